#include "io/acledimporter.h"
#include "store/project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/acled/") + name;
}

template <typename T> const T *byId(const QVector<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QString attribute(const Event &event, const QString &key)
{
    for (const EventAttribute &a : event.attributes) {
        if (a.key == key)
            return a.value;
    }
    return {};
}

const QByteArray kMiniHeader =
    "event_id_cnty,event_date,time_precision,event_type,actor1,actor2,latitude,longitude,notes\r\n";

} // namespace

class TestAcledImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentLayout();
    void precisions();
    void olderLayoutWindows1252();
    void byteOrderMark();
    void storesInProject();
    void dates_data();
    void dates();
    void errors_data();
    void errors();
    void errorLimit();
    void missingFile();
};

void TestAcledImporter::currentLayout()
{
    const ParsedFile parsed =
        AcledImporter().readFile(fixture(u"libya-2019-2020.csv"_s), EmptyProjectLookup());
    QVERIFY2(parsed.ok(), qPrintable(toText(parsed.errors)));
    const Corpus &c = parsed.corpus;
    QCOMPARE(c.events.size(), 5);
    QCOMPARE(c.places.size(), 5);
    QCOMPARE(c.articles.size(), 4);  // LBY1005 has no notes
    QCOMPARE(c.relations.size(), 2); // the two battles
    // LNA, GNA, two associates of GNA, Turkey, protesters, women, Wagner
    QCOMPARE(c.actors.size(), 8);

    const Event *clash = byId(c.events, u"acled:LBY1001"_s);
    QVERIFY(clash);
    QCOMPARE(clash->type, u"armed_clash"_s);
    QCOMPARE(clash->date.toString(), u"2019-04-05"_s);
    QVERIFY(clash->title.contains(u"Gharyan"_s));
    const QString lna = u"acled:Military Forces of Libya (2014-) Libyan National Army"_s;
    const QString gna =
        u"acled:Military Forces of Libya (2016-2021) Government of National Accord"_s;
    QCOMPARE(clash->participants,
             (QVector<Participant>{{lna, u"actor1"_s},
                                   {gna, u"actor2"_s},
                                   {u"acled:Tripoli Protection Force"_s, u"assoc_actor2"_s},
                                   {u"acled:Misrata Brigades"_s, u"assoc_actor2"_s}}));
    QCOMPARE(attribute(*clash, u"fatalities"_s), u"3"_s);
    QCOMPARE(attribute(*clash, u"inter1"_s), u"1"_s);
    QCOMPARE(attribute(*clash, u"interaction"_s), u"11"_s);
    QCOMPARE(attribute(*clash, u"geo_precision"_s), u"1"_s);
    QCOMPARE(attribute(*clash, u"source_scale"_s), u"National"_s);
    QVERIFY(attribute(*clash, u"civilian_targeting"_s).isEmpty());

    const Place *gharyan = byId(c.places, clash->placeId);
    QVERIFY(gharyan);
    QCOMPARE(gharyan->name, u"Gharyan"_s);
    QCOMPARE(gharyan->country, u"LBY"_s);
    QCOMPARE(*gharyan->lat, 32.1722);
    QCOMPARE(*gharyan->lon, 13.0203);

    // The notes are the article and the whole of it is the evidence.
    QCOMPARE(clash->evidence.size(), 1);
    const Article *notes = byId(c.articles, clash->evidence.first().articleId);
    QVERIFY(notes);
    QCOMPARE(notes->title, u"ACLED LBY1001"_s);
    QCOMPARE(notes->source, u"Libya Observer; Al Wasat"_s);
    QVERIFY(notes->text.contains(u"GNA-aligned \"Tripoli Protection Force\" fighters"_s));
    QCOMPARE(clash->evidence.first().span.start, 0);
    QCOMPARE(clash->evidence.first().span.end, notes->text.size());
    QCOMPARE(clash->evidence.first().span.quote, notes->text);

    const Relation *fights = byId(c.relations, u"acled:LBY1001:fights"_s);
    QVERIFY(fights);
    QCOMPARE(toString(fights->type), u"fights"_s);
    QCOMPARE(fights->sourceId, lna);
    QCOMPARE(fights->targetId, gna);
    QVERIFY(fights->valid);
    QCOMPARE(fights->valid->firstDay(), clash->date.firstDay());
    QCOMPARE(fights->valid->lastDay(), clash->date.lastDay());
    QCOMPARE(fights->evidence, clash->evidence);

    // Collapsed by name; the kind comes from the inter code.
    const Actor *lnaActor = byId(c.actors, lna);
    QVERIFY(lnaActor);
    QCOMPARE(toString(lnaActor->kind), toString(ActorKind::Government));
    QCOMPARE(toString(byId(c.actors, u"acled:Protesters (Libya)"_s)->kind),
             toString(ActorKind::Other));

    // No notes: no article, no evidence, the source stays beside the event.
    const Event *tarhuna = byId(c.events, u"acled:LBY1005"_s);
    QVERIFY(tarhuna);
    QVERIFY(tarhuna->evidence.isEmpty());
    QCOMPARE(attribute(*tarhuna, u"source"_s), u"Libya Observer"_s);
    QCOMPARE(byId(c.relations, u"acled:LBY1005:fights"_s)->sourceId, gna);

    const Event *protest = byId(c.events, u"acled:LBY1004"_s);
    QCOMPARE(byId(c.places, protest->placeId)->name, u"Misrātah"_s);
    QVERIFY(byId(c.articles, u"acled:LBY1004"_s)->text.contains(u"“no return to war”"_s));
}

void TestAcledImporter::precisions()
{
    const ParsedFile parsed =
        AcledImporter().readFile(fixture(u"libya-2019-2020.csv"_s), EmptyProjectLookup());
    QVERIFY(parsed.ok());
    // time_precision 2: the ISO week holding the reported day (7 April 2019 is a Sunday).
    const Event *week = byId(parsed.corpus.events, u"acled:LBY1002"_s);
    QCOMPARE(week->date.toString(), u"2019-04-01/2019-04-07"_s);
    QCOMPARE(attribute(*week, u"time_precision"_s), u"2"_s);
    QVERIFY(byId(parsed.corpus.articles, u"acled:LBY1002"_s)->text.contains(u'\n'));
    // time_precision 3: the month.
    const Event *month = byId(parsed.corpus.events, u"acled:LBY1003"_s);
    QCOMPARE(month->date.toString(), u"2019-05"_s);
    QCOMPARE(month->date.start()->precision(), DatePrecision::Month);
    // Not a battle: no relation.
    QVERIFY(!byId(parsed.corpus.relations, u"acled:LBY1003:fights"_s));
}

void TestAcledImporter::olderLayoutWindows1252()
{
    const ParsedFile parsed =
        AcledImporter().readFile(fixture(u"libya-old-1252.csv"_s), EmptyProjectLookup());
    QVERIFY2(parsed.ok(), qPrintable(toText(parsed.errors)));
    const Corpus &c = parsed.corpus;
    QCOMPARE(c.events.size(), 2);
    const Event *battle = byId(c.events, u"acled:LBY2001"_s);
    QVERIFY(battle);
    QCOMPARE(battle->date.toString(), u"2019-09-14"_s);
    QCOMPARE(byId(c.events, u"acled:LBY2002"_s)->date.toString(), u"2020-01-03"_s);
    QCOMPARE(byId(c.articles, u"acled:LBY2001"_s)->text,
             u"Clashes in Ain Zara; the LNA’s 9th Brigade was involved; “heavy” shelling "
             u"reported."_s);
    QVERIFY(byId(c.articles, u"acled:LBY2002"_s)->text.contains(u"café"_s));
    const Place *ainZara = byId(c.places, battle->placeId);
    QCOMPARE(*ainZara->lat, 32.75);                           // a decimal comma
    QCOMPARE(ainZara->country, u"LBY"_s);                     // from the country name
    QCOMPARE(attribute(*battle, u"geo_precision"_s), u"1"_s); // GEO_PRECIS
    // "Battle-No change of territory" is a battle.
    QCOMPARE(c.relations.size(), 1);
    QCOMPARE(toString(byId(c.actors, u"acled:LNA: Libyan National Army"_s)->kind),
             toString(ActorKind::ArmedGroup));
}

void TestAcledImporter::byteOrderMark()
{
    QFile file(fixture(u"libya-2019-2020.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = "\xEF\xBB\xBF" + file.readAll();
    const ParsedFile parsed = AcledImporter().readData(bytes, u"bom.csv"_s, EmptyProjectLookup());
    QVERIFY2(parsed.ok(), qPrintable(toText(parsed.errors)));
    QCOMPARE(parsed.corpus.events.size(), 5);
    QCOMPARE(parsed.corpus.events.first().id, u"acled:LBY1001"_s);
}

void TestAcledImporter::storesInProject()
{
    QTemporaryDir dir;
    QString error;
    auto project =
        Project::open(dir.filePath(u"a.entente"_s), Project::OpenMode::CreateIfMissing, &error);
    QVERIFY2(project, qPrintable(error));
    for (const QString &name : {u"libya-2019-2020.csv"_s, u"libya-old-1252.csv"_s}) {
        ParsedFile parsed = AcledImporter().readFile(fixture(name), *project);
        QVERIFY(parsed.ok());
        const ImportReport report =
            project->importFiles({FileToImport{parsed.file, parsed.corpus, parsed.warnings}});
        QVERIFY2(report.ok(), qPrintable(report.error));
    }
    const ProjectStats stats = project->stats();
    QCOMPARE(stats.events, 7);
    QCOMPARE(stats.relations, 3);
    const QVector<EvidenceRecord> evidence = project->relationEvidence(u"acled:LBY1001:fights"_s);
    QCOMPARE(evidence.size(), 1);
    QCOMPARE(evidence.first().articleTitle, u"ACLED LBY1001"_s);
    QVERIFY(evidence.first().quote.startsWith(u"On 5 April 2019, LNA forces"_s));
    QCOMPARE(project->eventAttributes(u"acled:LBY1001"_s).first(),
             (EventAttribute{u"event_type"_s, u"Battles"_s}));
}

void TestAcledImporter::dates_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("precision");
    QTest::addColumn<QString>("expected");

    QTest::newRow("iso") << QByteArray("2020-01-12") << QByteArray("1") << u"2020-01-12"_s;
    QTest::newRow("day first") << QByteArray("12-01-2020") << QByteArray("1") << u"2020-01-12"_s;
    QTest::newRow("day first, slashes")
        << QByteArray("12/01/2020") << QByteArray("") << u"2020-01-12"_s;
    QTest::newRow("long month") << QByteArray("\"15 January 2010\"") << QByteArray("1")
                                << u"2010-01-15"_s;
    QTest::newRow("short month") << QByteArray("5 Jun 2020") << QByteArray("1") << u"2020-06-05"_s;
    QTest::newRow("week across months")
        << QByteArray("2020-07-01") << QByteArray("2") << u"2020-06-29/2020-07-05"_s;
    QTest::newRow("month") << QByteArray("2020-02-29") << QByteArray("3") << u"2020-02"_s;
}

void TestAcledImporter::dates()
{
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, precision);
    QFETCH(QString, expected);
    const QByteArray csv = kMiniHeader + "LBY9," + date + ',' + precision +
                           ",Battles,A,B,32.9,13.2,\"Shelling, then a truce.\"\r\n";
    const ParsedFile parsed = AcledImporter().readData(csv, u"d.csv"_s, EmptyProjectLookup());
    QVERIFY2(parsed.ok(), qPrintable(toText(parsed.errors)));
    QCOMPARE(parsed.corpus.events.size(), 1);
    QCOMPARE(parsed.corpus.events.first().date.toString(), expected);
    QCOMPARE(parsed.corpus.relations.size(), 1);
    QCOMPARE(parsed.corpus.relations.first().valid->firstDay(),
             parsed.corpus.events.first().date.firstDay());
}

void TestAcledImporter::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");

    const QByteArray good =
        "LBY1,2019-04-05,1,Battles,A,B,32.9,13.2,\"Two lines,\r\nof notes\"\r\n";
    QTest::newRow("truncated line") << kMiniHeader + good + "LBY2,2019-04-06,1,Battles,A\r\n"
                                    << 4 << QString() << u"found 5 fields, expected 9"_s;
    QTest::newRow("extra field") << kMiniHeader + good + "LBY2,2019-04-06,1,Battles,A,B,1,2,n,x\r\n"
                                 << 4 << QString() << u"expected 9"_s;
    QTest::newRow("bad date") << kMiniHeader + good + "LBY2,2019-13-45,1,Battles,A,B,1,2,n\r\n"
                              << 4 << u"event_date"_s << u"2019-13-45"_s;
    QTest::newRow("not a date") << kMiniHeader + "LBY2,yesterday,1,Battles,A,B,1,2,n\r\n"
                                << 2 << u"event_date"_s << u"yesterday"_s;
    QTest::newRow("bad time precision") << kMiniHeader + "LBY2,2019-04-05,7,Battles,A,B,1,2,n\r\n"
                                        << 2 << u"time_precision"_s << u"expected 1, 2 or 3"_s;
    QTest::newRow("bad latitude") << kMiniHeader + "LBY2,2019-04-05,1,Battles,A,B,north,2,n\r\n"
                                  << 2 << u"latitude"_s << u"north"_s;
    QTest::newRow("bad fatalities")
        << QByteArray("event_id_cnty,event_date,event_type,actor1,latitude,longitude,fatalities\n"
                      "LBY3,2019-04-05,Battles,A,1,2,many\n")
        << 2 << u"fatalities"_s << u"many"_s;
    QTest::newRow("duplicate id") << kMiniHeader + good + good << 4 << u"event_id_cnty"_s
                                  << u"already on line 2"_s;
    QTest::newRow("missing required column")
        << QByteArray("event_id_cnty,event_type,actor1,latitude,longitude\nLBY1,Battles,A,1,2\n")
        << 1 << QString() << u"missing required column \"event_date\""_s;
    QTest::newRow("missing id column")
        << QByteArray("event_date,event_type,actor1,latitude,longitude\n2019-04-05,Battles,A,1,2\n")
        << 1 << QString() << u"event_id_cnty"_s;
    QTest::newRow("not a CSV: JSON")
        << QByteArray("{\"format\": \"entente-corpus\", \"version\": 1}\n") << 1 << QString()
        << u"not an ACLED CSV"_s;
    QTest::newRow("not a CSV: other columns")
        << QByteArray("name,colour,size\nfig,green,3\n") << 1 << QString() << u"not an ACLED CSV"_s;
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00\x08", 7) << 1 << QString()
                            << u"NUL byte"_s;
    QTest::newRow("unterminated quote")
        << kMiniHeader + "LBY2,2019-04-05,1,Battles,A,B,1,2,\"never closed\r\n"
        << 2 << QString() << u"quoted field that starts on line 2"_s;
    QTest::newRow("empty") << QByteArray() << 0 << QString() << u"empty"_s;
}

void TestAcledImporter::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const ParsedFile parsed = AcledImporter().readData(input, u"bad.csv"_s, EmptyProjectLookup());
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.corpus.isEmpty()); // all or nothing, good rows included
    const Diagnostic &first = parsed.errors.first();
    QCOMPARE(first.file, u"bad.csv"_s);
    QCOMPARE(first.line, line);
    QCOMPARE(first.path, path);
    QVERIFY2(first.message.contains(fragment), qPrintable(first.toString()));
}

void TestAcledImporter::errorLimit()
{
    QByteArray csv = kMiniHeader;
    for (int i = 0; i < 150; ++i)
        csv += "LBY" + QByteArray::number(i) + ",not a date,1,Battles,A,B,1,2,n\r\n";
    ImportLimits limits;
    limits.maxErrors = 10;
    const ParsedFile parsed =
        AcledImporter(limits).readData(csv, u"many.csv"_s, EmptyProjectLookup());
    QCOMPARE(parsed.errors.size(), 11);
    QCOMPARE(parsed.errors.at(9).line, 11);
    QVERIFY(parsed.errors.last().message.contains(u"140"_s));
}

void TestAcledImporter::missingFile()
{
    const ParsedFile parsed =
        AcledImporter().readFile(fixture(u"no-such-file.csv"_s), EmptyProjectLookup());
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.errors.first().message.contains(u"cannot be read"_s));
}

QTEST_GUILESS_MAIN(TestAcledImporter)
#include "tst_acledimporter.moc"
