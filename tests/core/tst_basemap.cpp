#include "geo/basemap.h"
#include "geo/projection.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace entente;

namespace {

const QString kWorld50m =
    QStringLiteral(ENTENTE_SOURCE_DIR "/resources/basemap/countries-50m.json");
const QString kWorld110m =
    QStringLiteral(ENTENTE_SOURCE_DIR "/resources/basemap/countries-110m.json");

// Fills one country's path into a 720x360 image (2 px per degree in equirectangular 0).
class CountryImage
{
public:
    CountryImage(const Basemap &basemap, qsizetype index, const Projection &projection)
        : m_image(720, 360, QImage::Format_RGB32), m_projection(projection)
    {
        const QRectF world = projection.worldBounds();
        m_transform.scale(m_image.width() / world.width(), m_image.height() / world.height());
        m_transform.translate(-world.left(), -world.top());
        m_image.fill(Qt::white);
        QPainter painter(&m_image);
        painter.setTransform(m_transform);
        painter.fillPath(basemap.projectedPath(index, projection), Qt::black);
    }

    bool filledAt(double lon, double lat) const
    {
        const QPoint pixel = m_transform.map(m_projection.project(QPointF(lon, lat))).toPoint();
        return m_image.pixelColor(pixel.x(), pixel.y()) == QColor(Qt::black);
    }

private:
    QImage m_image;
    QTransform m_transform;
    const Projection &m_projection;
};

} // namespace

class TestBasemap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsCountries();
    void countryAt_data();
    void countryAt();
    void countryAtPlanePoint_data();
    void countryAtPlanePoint();
    void labelPointsFallInside();
    void findsCountries_data();
    void findsCountries();
    void cachesPathsPerProjection();
    void pathsHaveNoStreaks();
    void fillsAntarcticaToThePole();
    void failsCleanly_data();
    void failsCleanly();
    void loads110m();
    void movedFromIsUsable();

private:
    Basemap m_basemap;
};

void TestBasemap::initTestCase()
{
    Diagnostics diagnostics;
    QVERIFY(m_basemap.load(kWorld50m, &diagnostics));
    for (const Diagnostic &d : diagnostics)
        QVERIFY2(d.severity != Diagnostic::Severity::Error, qPrintable(d.toString()));
    QCOMPARE(m_basemap.fileName(), kWorld50m);
}

void TestBasemap::loadsCountries()
{
    // 241 shapes; Ashmore and Cartier Islands share Australia's id and are merged into it.
    QCOMPARE(m_basemap.count(), 240);
    int withoutCode = 0;
    for (const BasemapCountry &country : m_basemap.countries()) {
        QVERIFY(!country.worldRings.isEmpty());
        QCOMPARE(country.ringBounds.size(), country.worldRings.size());
        QVERIFY(country.bounds.left() >= -180.0 && country.bounds.right() <= 180.0);
        QVERIFY(!country.key().isEmpty());
        if (country.numericCode.isEmpty())
            ++withoutCode;
        else
            QVERIFY2(!country.alpha3.isEmpty(), qPrintable(country.name));
    }
    QCOMPARE(withoutCode, 5);
    const qsizetype australia = m_basemap.indexOfAlpha3(u"AUS");
    QVERIFY(australia >= 0);
    QCOMPARE(m_basemap.country(australia).name, QStringLiteral("Australia"));
    // The label sits in the mainland, not on the reef islands.
    QCOMPARE(m_basemap.countryAt(m_basemap.country(australia).labelPoint.x(),
                                 m_basemap.country(australia).labelPoint.y()),
             australia);
    QVERIFY(m_basemap.country(australia).labelPoint.y() < -15);
}

void TestBasemap::countryAt_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("alpha3");
    QTest::newRow("inside Libya") << 17.0 << 27.0 << "LBY";
    QTest::newRow("Tripoli") << 13.19 << 32.89 << "LBY";
    QTest::newRow("Mediterranean") << 18.0 << 34.5 << "";
    QTest::newRow("Ankara") << 32.85 << 39.93 << "TUR";
    QTest::newRow("Doha") << 51.53 << 25.29 << "QAT";
    QTest::newRow("Abu Dhabi") << 54.37 << 24.45 << "ARE";
    QTest::newRow("Cairo") << 31.24 << 30.04 << "EGY";
    QTest::newRow("Paris") << 2.35 << 48.86 << "FRA";
    QTest::newRow("Moscow") << 37.62 << 55.75 << "RUS";
    QTest::newRow("Malta") << 14.5 << 35.9 << "MLT";
    QTest::newRow("Bahrain") << 50.55 << 26.2 << "BHR";
    QTest::newRow("Chukotka west of 180") << -176.0 << 66.5 << "RUS";
    QTest::newRow("Bering Sea") << -172.0 << 65.5 << "";
    QTest::newRow("Viti Levu") << 178.0 << -17.8 << "FJI";
    QTest::newRow("Lau Islands") << -178.8 << -18.2 << "FJI";
    QTest::newRow("Antarctica") << 0.0 << -85.0 << "ATA";
    QTest::newRow("South Pole") << 0.0 << -89.5 << "ATA";
    QTest::newRow("Canada") << -100.0 << 65.0 << "CAN";
    QTest::newRow("Pacific") << -150.0 << 0.0 << "";
    QTest::newRow("folded longitude") << 377.0 << 27.0 << "LBY";
    QTest::newRow("folded west") << -343.0 << 27.0 << "LBY";
}

void TestBasemap::countryAt()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, alpha3);
    QCOMPARE(m_basemap.alpha3At(lon, lat), alpha3);
    const qsizetype index = m_basemap.countryAt(lon, lat);
    QCOMPARE(index >= 0, !alpha3.isEmpty());
}

void TestBasemap::countryAtPlanePoint_data()
{
    QTest::addColumn<QString>("projection");
    QTest::addColumn<QPointF>("lonLat");
    QTest::addColumn<QString>("alpha3");
    for (const char *key : {"naturalearth", "equirectangular"}) {
        QTest::addRow("%s Ankara", key) << key << QPointF(32.85, 39.93) << "TUR";
        QTest::addRow("%s Doha", key) << key << QPointF(51.53, 25.29) << "QAT";
        QTest::addRow("%s sea", key) << key << QPointF(18.0, 34.5) << "";
    }
}

void TestBasemap::countryAtPlanePoint()
{
    QFETCH(QString, projection);
    QFETCH(QPointF, lonLat);
    QFETCH(QString, alpha3);
    const auto p = Projection::create(projection);
    const qsizetype index = m_basemap.countryAt(p->project(lonLat), *p);
    QCOMPARE(index >= 0 ? m_basemap.country(index).alpha3 : QString(), alpha3);
    QCOMPARE(m_basemap.countryAt(QPointF(100.0, 100.0), *p), qsizetype(-1)); // off the world
}

void TestBasemap::labelPointsFallInside()
{
    QStringList outside;
    for (qsizetype i = 0; i < m_basemap.count(); ++i) {
        const BasemapCountry &country = m_basemap.country(i);
        if (m_basemap.countryAt(country.labelPoint.x(), country.labelPoint.y()) != i)
            outside.append(country.name);
    }
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(u", ")));
    const BasemapCountry &libya = m_basemap.country(m_basemap.indexOfAlpha3(u"LBY"));
    QVERIFY(libya.centroid.x() > 15 && libya.centroid.x() < 20);
    QVERIFY(libya.centroid.y() > 25 && libya.centroid.y() < 29);
    const BasemapCountry &russia = m_basemap.country(m_basemap.indexOfAlpha3(u"RUS"));
    QVERIFY(russia.labelPoint.x() > 60 && russia.labelPoint.x() < 120);
}

void TestBasemap::findsCountries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::newRow("alpha3") << "LBY"
                            << "Libya";
    QTest::newRow("alpha3 lower") << "tur"
                                  << "Turkey";
    QTest::newRow("numeric") << "434"
                             << "Libya";
    QTest::newRow("numeric padded") << "036"
                                    << "Australia";
    QTest::newRow("numeric bare") << "36"
                                  << "Australia";
    QTest::newRow("file name") << "Turkey"
                               << "Turkey";
    QTest::newRow("iso name") << QString::fromUtf8("Türkiye") << "Turkey";
    QTest::newRow("alias") << "UAE"
                           << "United Arab Emirates";
    QTest::newRow("iso long name") << "Russian Federation"
                                   << "Russia";
    QTest::newRow("no iso code") << "Kosovo"
                                 << "Kosovo";
    QTest::newRow("unknown") << "Atlantis"
                             << "";
}

void TestBasemap::findsCountries()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    const qsizetype index = m_basemap.indexOf(query);
    QCOMPARE(index >= 0 ? m_basemap.country(index).name : QString(), name);
}

void TestBasemap::cachesPathsPerProjection()
{
    const NaturalEarthProjection naturalEarth;
    const EquirectangularProjection equirect;
    const QVector<QPainterPath> first = m_basemap.projectedPaths(naturalEarth);
    QCOMPARE(first.size(), m_basemap.count());
    const QVector<QPainterPath> again = m_basemap.projectedPaths(naturalEarth);
    QCOMPARE(again.constData(), first.constData()); // shared, not rebuilt
    const QVector<QPainterPath> other = m_basemap.projectedPaths(equirect);
    QVERIFY(other.constData() != first.constData());
    const qsizetype libya = m_basemap.indexOfAlpha3(u"LBY");
    QVERIFY(first.at(libya).boundingRect() != other.at(libya).boundingRect());
    // The projected label point lies in the projected path.
    QVERIFY(first.at(libya).contains(m_basemap.projectedLabelPoint(libya, naturalEarth)));
    m_basemap.clearPathCache();
    QVERIFY(m_basemap.projectedPaths(naturalEarth).constData() != first.constData());
    QVERIFY(m_basemap.projectedPath(-1, naturalEarth).isEmpty());
}

void TestBasemap::pathsHaveNoStreaks()
{
    // Every edge of every world ring stays short, except along a pole's line.
    for (const BasemapCountry &country : m_basemap.countries()) {
        for (const QPolygonF &ring : country.worldRings) {
            for (qsizetype i = 1; i < ring.size(); ++i) {
                const QPointF a = ring.at(i - 1);
                const QPointF b = ring.at(i);
                if (std::abs(a.y()) == 90.0 && a.y() == b.y())
                    continue;
                QVERIFY2(std::abs(b.x() - a.x()) < 180.0,
                         qPrintable(country.name + QStringLiteral(" %1,%2 -> %3,%4")
                                                       .arg(a.x())
                                                       .arg(a.y())
                                                       .arg(b.x())
                                                       .arg(b.y())));
            }
        }
    }
    // Drawn, Russia fills Siberia and Chukotka on both sides and nothing in between.
    const EquirectangularProjection plain(0.0);
    const CountryImage russia(m_basemap, m_basemap.indexOfAlpha3(u"RUS"), plain);
    QVERIFY(russia.filledAt(100, 60));
    QVERIFY(russia.filledAt(-176, 66.5));
    QVERIFY(russia.filledAt(178, 67));
    for (double lon = -165; lon <= 25; lon += 1)
        QVERIFY2(!russia.filledAt(lon, 66), qPrintable(QString::number(lon)));
    const CountryImage fiji(m_basemap, m_basemap.indexOfAlpha3(u"FJI"), plain);
    for (double lon = -170; lon <= 170; lon += 1)
        QVERIFY2(!fiji.filledAt(lon, -17), qPrintable(QString::number(lon)));
}

void TestBasemap::fillsAntarcticaToThePole()
{
    const NaturalEarthProjection naturalEarth;
    const CountryImage antarctica(m_basemap, m_basemap.indexOfAlpha3(u"ATA"), naturalEarth);
    for (double lon = -170; lon <= 170; lon += 20) {
        QVERIFY2(antarctica.filledAt(lon, -88), qPrintable(QString::number(lon)));
        QVERIFY(!antarctica.filledAt(lon, -50));
    }
}

void TestBasemap::failsCleanly_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("not json") << QByteArray("{") << QString();
    QTest::newRow("no countries")
        << QByteArray(R"({"type": "Topology", "arcs": [], "objects": {"land": {"type": null}}})")
        << "objects";
    QTest::newRow("empty countries")
        << QByteArray(R"({"type": "Topology", "arcs": [], "objects": {"countries":
                          {"type": "GeometryCollection", "geometries": []}}})")
        << "objects.countries";
}

void TestBasemap::failsCleanly()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    Basemap basemap;
    QVERIFY(basemap.load(kWorld110m));
    const qsizetype before = basemap.count();
    Diagnostics diagnostics;
    QVERIFY(!basemap.loadFromData(json, QStringLiteral("broken.json"), &diagnostics));
    QVERIFY(!diagnostics.isEmpty());
    QCOMPARE(diagnostics.first().file, QStringLiteral("broken.json"));
    QCOMPARE(diagnostics.first().path, path);
    QCOMPARE(basemap.count(), before); // kept what it had
    QCOMPARE(basemap.fileName(), kWorld110m);

    Diagnostics missing;
    QVERIFY(!basemap.load(QStringLiteral("/nonexistent/countries.json"), &missing));
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().file, QStringLiteral("/nonexistent/countries.json"));
}

void TestBasemap::loads110m()
{
    Basemap coarse;
    QVERIFY(coarse.load(kWorld110m));
    QCOMPARE(coarse.count(), 177);
    QCOMPARE(coarse.indexOfAlpha3(u"MLT"), qsizetype(-1));
    QCOMPARE(coarse.alpha3At(17, 27), QStringLiteral("LBY"));
    QCOMPARE(coarse.alpha3At(-175, 67), QStringLiteral("RUS"));
    QCOMPARE(coarse.alpha3At(0, -85), QStringLiteral("ATA"));
    QVERIFY(Basemap::resourcePath(BasemapResolution::Coarse110m).endsWith(u"countries-110m.json"));
    QVERIFY(Basemap::resourcePath(BasemapResolution::Medium50m).startsWith(u":/basemap/"));
}

void TestBasemap::movedFromIsUsable()
{
    Basemap source;
    QVERIFY(source.load(kWorld110m));
    const EquirectangularProjection projection;
    QCOMPARE(source.projectedPaths(projection).size(), 177);
    Basemap target(std::move(source));
    QCOMPARE(target.count(), 177);
    QCOMPARE(target.projectedPaths(projection).size(), 177);
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from stays usable
    QVERIFY(source.projectedPaths(projection).isEmpty());
    QVERIFY(source.load(kWorld110m));
    QCOMPARE(source.count(), 177);
}

QTEST_GUILESS_MAIN(TestBasemap)
#include "tst_basemap.moc"
