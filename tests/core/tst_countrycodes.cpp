#include "geo/countrycodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace entente;

class TestCountryCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsConsistent();
    void numericToAlpha3_data();
    void numericToAlpha3();
    void alpha3ToNumeric();
    void fromName_data();
    void fromName();
    void rejectsBadCodes_data();
    void rejectsBadCodes();
    void findTriesCodesThenNames();
    void worldAtlasIdsAllMap_data();
    void worldAtlasIdsAllMap();
};

void TestCountryCodes::tableIsConsistent()
{
    const auto &all = CountryCodes::all();
    QCOMPARE(all.size(), 249);
    QSet<int> numerics;
    QSet<QString> alpha2s;
    QSet<QString> alpha3s;
    for (const CountryCode &code : all) {
        QVERIFY2(code.numeric > 0 && code.numeric < 1000, qPrintable(code.alpha3));
        QCOMPARE(code.alpha2.size(), 2);
        QCOMPARE(code.alpha3.size(), 3);
        QCOMPARE(code.alpha3, code.alpha3.toUpper());
        QVERIFY(!code.name.isEmpty());
        numerics.insert(code.numeric);
        alpha2s.insert(code.alpha2);
        alpha3s.insert(code.alpha3);
    }
    QCOMPARE(numerics.size(), all.size());
    QCOMPARE(alpha2s.size(), all.size());
    QCOMPARE(alpha3s.size(), all.size());
}

void TestCountryCodes::numericToAlpha3_data()
{
    QTest::addColumn<QString>("numeric");
    QTest::addColumn<QString>("alpha3");
    QTest::addColumn<QString>("alpha2");
    QTest::newRow("Libya") << "434"
                           << "LBY"
                           << "LY";
    QTest::newRow("Turkey") << "792"
                            << "TUR"
                            << "TR";
    QTest::newRow("Qatar") << "634"
                           << "QAT"
                           << "QA";
    QTest::newRow("Egypt") << "818"
                           << "EGY"
                           << "EG";
    QTest::newRow("UAE") << "784"
                         << "ARE"
                         << "AE";
    QTest::newRow("France") << "250"
                            << "FRA"
                            << "FR";
    QTest::newRow("Russia") << "643"
                            << "RUS"
                            << "RU";
    QTest::newRow("Australia padded") << "036"
                                      << "AUS"
                                      << "AU";
    QTest::newRow("Australia bare") << "36"
                                    << "AUS"
                                    << "AU";
    QTest::newRow("Afghanistan") << "004"
                                 << "AFG"
                                 << "AF";
    QTest::newRow("South Sudan") << "728"
                                 << "SSD"
                                 << "SS";
    QTest::newRow("Zambia") << "894"
                            << "ZMB"
                            << "ZM";
}

void TestCountryCodes::numericToAlpha3()
{
    QFETCH(QString, numeric);
    QFETCH(QString, alpha3);
    QFETCH(QString, alpha2);
    QCOMPARE(CountryCodes::alpha3FromNumeric(numeric), alpha3);
    const auto code = CountryCodes::fromNumeric(numeric);
    QVERIFY(code);
    QCOMPARE(code->alpha2, alpha2);
    QCOMPARE(code->numeric, numeric.toInt());
    QCOMPARE(CountryCodes::fromAlpha2(alpha2.toLower())->alpha3, alpha3);
}

void TestCountryCodes::alpha3ToNumeric()
{
    QCOMPARE(CountryCodes::numericFromAlpha3(u"AUS"), QStringLiteral("036"));
    QCOMPARE(CountryCodes::numericFromAlpha3(u"lby"), QStringLiteral("434"));
    QCOMPARE(CountryCodes::numericFromAlpha3(u" TUR "), QStringLiteral("792"));
    QCOMPARE(CountryCodes::nameFromAlpha3(u"LBY"), QStringLiteral("Libya"));
    QCOMPARE(CountryCodes::nameFromAlpha3(u"SYR"), QStringLiteral("Syria"));
    QCOMPARE(CountryCodes::fromAlpha3(u"SYR")->name, QStringLiteral("Syrian Arab Republic"));
    QCOMPARE(CountryCodes::nameFromAlpha3(u"XXX"), QString());
    QCOMPARE(CountryCodes::numericFromAlpha3(u"XKX"), QString());
}

void TestCountryCodes::fromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("alpha3");
    QTest::newRow("iso name") << "Libya"
                              << "LBY";
    QTest::newRow("iso name Turkiye") << QString::fromUtf8("Türkiye") << "TUR";
    QTest::newRow("no accent") << "turkiye"
                               << "TUR";
    QTest::newRow("alias Turkey") << "Turkey"
                                  << "TUR";
    QTest::newRow("iso Russia") << "Russian Federation"
                                << "RUS";
    QTest::newRow("alias Russia") << "russia"
                                  << "RUS";
    QTest::newRow("UAE long") << "United Arab Emirates"
                              << "ARE";
    QTest::newRow("UAE short") << "UAE"
                               << "ARE";
    QTest::newRow("common name") << "Syria"
                                 << "SYR";
    QTest::newRow("common Iran") << "Iran"
                                 << "IRN";
    QTest::newRow("accent") << QString::fromUtf8("Côte d'Ivoire") << "CIV";
    QTest::newRow("no accent CIV") << "Cote d'Ivoire"
                                   << "CIV";
    QTest::newRow("leading the") << "The Netherlands"
                                 << "NLD";
    QTest::newRow("extra spaces") << "  united   kingdom "
                                  << "GBR";
    QTest::newRow("punctuation") << "Korea, Republic of"
                                 << "KOR";
    QTest::newRow("DR Congo") << "Democratic Republic of the Congo"
                              << "COD";
}

void TestCountryCodes::fromName()
{
    QFETCH(QString, name);
    QFETCH(QString, alpha3);
    const auto code = CountryCodes::fromName(name);
    QVERIFY2(code, qPrintable(name));
    QCOMPARE(code->alpha3, alpha3);
}

void TestCountryCodes::rejectsBadCodes_data()
{
    QTest::addColumn<QString>("text");
    for (const char *bad :
         {"", "43a", "1234", "999", "000", "-1", "LBYA", "XXX", "QQ", "Atlantis", "Kosovo", "ZZ"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestCountryCodes::rejectsBadCodes()
{
    QFETCH(QString, text);
    QVERIFY(!CountryCodes::fromNumeric(text));
    QVERIFY(!CountryCodes::fromAlpha3(text));
    QVERIFY(!CountryCodes::fromAlpha2(text));
    QVERIFY(!CountryCodes::find(text));
}

void TestCountryCodes::findTriesCodesThenNames()
{
    QCOMPARE(CountryCodes::find(u"USA")->alpha3, QStringLiteral("USA"));
    QCOMPARE(CountryCodes::find(u"US")->alpha3, QStringLiteral("USA"));
    QCOMPARE(CountryCodes::find(u"792")->alpha3, QStringLiteral("TUR"));
    QCOMPARE(CountryCodes::find(u"Qatar")->alpha3, QStringLiteral("QAT"));
    QCOMPARE(CountryCodes::find(u"qa")->alpha3, QStringLiteral("QAT"));
}

void TestCountryCodes::worldAtlasIdsAllMap_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("withId");
    QTest::newRow("50m") << "countries-50m.json" << 236;
    QTest::newRow("110m") << "countries-110m.json" << 174;
}

// Read the basemap files with plain QJsonDocument, independently of the TopoJSON reader.
void TestCountryCodes::worldAtlasIdsAllMap()
{
    QFETCH(QString, file);
    QFETCH(int, withId);
    QFile in(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/basemap/") + file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QJsonArray geometries = QJsonDocument::fromJson(in.readAll())
                                      .object()[u"objects"][u"countries"][u"geometries"]
                                      .toArray();
    QVERIFY(!geometries.isEmpty());
    int checked = 0;
    for (const QJsonValue &geometry : geometries) {
        const QString id = geometry[u"id"].toString();
        const QString name = geometry[u"properties"][u"name"].toString();
        if (id.isEmpty())
            continue;
        const QString alpha3 = CountryCodes::alpha3FromNumeric(id);
        QVERIFY2(!alpha3.isEmpty(), qPrintable(id + u' ' + name));
        ++checked;
    }
    QCOMPARE(checked, withId);
}

QTEST_GUILESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"
