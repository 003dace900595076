#include "geo/geometry.h"
#include "geo/projection.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace entente;

namespace {

constexpr double kDegree = std::numbers::pi / 180.0;

std::unique_ptr<Projection> makeProjection(const QString &key)
{
    auto projection = Projection::create(key);
    if (!projection)
        qFatal("unknown projection key");
    return projection;
}

} // namespace

class TestProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void equirectangularValues();
    void naturalEarthValues_data();
    void naturalEarthValues();
    void naturalEarthIsSymmetric();
    void inverseOffTheWorld_data();
    void inverseOffTheWorld();
    void outlineAndBounds();
    void densifiesCurvedEdges();
    void keysRoundTrip_data();
    void keysRoundTrip();
    void projectsFeaturesAcrossAntimeridian();
    void drawsGraticule();
};

void TestProjection::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    const QStringList keys{QStringLiteral("equirectangular"), QStringLiteral("equirectangular:0"),
                           QStringLiteral("equirectangular:60"), QStringLiteral("naturalearth")};
    QVector<QPointF> points;
    for (int lon = -180; lon <= 180; lon += 30)
        for (int lat = -90; lat <= 90; lat += 15)
            points.append(QPointF(lon, lat));
    // Edges and awkward spots: next to the poles and the antimeridian, tiny values.
    for (const QPointF p :
         {QPointF(179.999, 89.999), QPointF(-179.999, -89.999), QPointF(180, 90),
          QPointF(-180, -90), QPointF(1e-9, -1e-9), QPointF(13.19, 32.89), QPointF(32.85, 39.93),
          QPointF(51.53, 25.29), QPointF(-0.0001, 89.9999), QPointF(123.456, -78.9)})
        points.append(p);
    for (const QString &key : keys)
        for (const QPointF p : points)
            QTest::addRow("%s %g,%g", qPrintable(key), p.x(), p.y()) << key << p.x() << p.y();
}

void TestProjection::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(double, lon);
    QFETCH(double, lat);
    const auto projection = makeProjection(key);
    const QPointF plane = projection->project(QPointF(lon, lat));
    QVERIFY(std::isfinite(plane.x()) && std::isfinite(plane.y()));
    const auto back = projection->inverse(plane);
    QVERIFY2(back, qPrintable(QStringLiteral("plane %1,%2").arg(plane.x()).arg(plane.y())));
    QVERIFY2(
        std::abs(back->x() - lon) < 1e-7,
        qPrintable(QStringLiteral("lon %1 came back as %2").arg(lon).arg(back->x(), 0, 'g', 12)));
    QVERIFY2(
        std::abs(back->y() - lat) < 1e-7,
        qPrintable(QStringLiteral("lat %1 came back as %2").arg(lat).arg(back->y(), 0, 'g', 12)));
}

void TestProjection::equirectangularValues()
{
    const EquirectangularProjection projection; // standard parallel 32 N
    QCOMPARE(projection.standardParallel(), 32.0);
    const QPointF p = projection.project(QPointF(10.0, 32.0));
    QVERIFY(qFuzzyCompare(p.x(), 10.0 * kDegree * std::cos(32.0 * kDegree)));
    QVERIFY(qFuzzyCompare(p.y(), -32.0 * kDegree)); // y grows southward
    // Along the standard parallel one degree east equals one degree north on the sphere.
    const QPointF east =
        projection.project(QPointF(1.0, 32.0)) - projection.project(QPointF(0.0, 32.0));
    const QPointF north =
        projection.project(QPointF(0.0, 33.0)) - projection.project(QPointF(0.0, 32.0));
    QVERIFY(std::abs(east.x() - std::cos(32.0 * kDegree) * std::abs(north.y())) < 1e-12);
    QVERIFY(projection.isRectilinear());
}

void TestProjection::naturalEarthValues_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    // The published extent of Natural Earth on the unit sphere: 2.73539 wide half-width at
    // the equator, 1.42239 from the equator to the pole line, 1.50556 half-length of it.
    QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("east equator") << 180.0 << 0.0 << 2.73538 << 0.0;
    QTest::newRow("west equator") << -180.0 << 0.0 << -2.73538 << 0.0;
    QTest::newRow("north pole") << 0.0 << 90.0 << 0.0 << -1.42239;
    QTest::newRow("south pole") << 0.0 << -90.0 << 0.0 << 1.42239;
    QTest::newRow("pole line end") << 180.0 << 90.0 << 1.50556 << -1.42239;
}

void TestProjection::naturalEarthValues()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, x);
    QFETCH(double, y);
    const NaturalEarthProjection projection;
    const QPointF p = projection.project(QPointF(lon, lat));
    QVERIFY2(std::abs(p.x() - x) < 1e-4, qPrintable(QString::number(p.x(), 'g', 10)));
    QVERIFY2(std::abs(p.y() - y) < 1e-4, qPrintable(QString::number(p.y(), 'g', 10)));
}

void TestProjection::naturalEarthIsSymmetric()
{
    const NaturalEarthProjection projection;
    for (double lat = -90; lat <= 90; lat += 7.5) {
        const QPointF a = projection.project(QPointF(73.0, lat));
        const QPointF b = projection.project(QPointF(-73.0, -lat));
        QVERIFY(std::abs(a.x() + b.x()) < 1e-12);
        QVERIFY(std::abs(a.y() + b.y()) < 1e-12);
    }
    // Parallels are straight and evenly spaced in longitude; y rises with latitude.
    double previous = 1e9;
    for (double lat = -90; lat <= 90; lat += 1.0) {
        const double y = projection.project(QPointF(0.0, lat)).y();
        QVERIFY(y < previous);
        previous = y;
        QCOMPARE(projection.project(QPointF(50.0, lat)).y(), y);
    }
}

void TestProjection::inverseOffTheWorld_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::newRow("equirect east") << "equirectangular" << 3.0 << 0.0;
    QTest::newRow("equirect north") << "equirectangular" << 0.0 << -1.6;
    QTest::newRow("equirect nan") << "equirectangular" << std::nan("") << 0.0;
    QTest::newRow("ne beyond pole") << "naturalearth" << 0.0 << -1.5;
    QTest::newRow("ne corner") << "naturalearth" << 2.7 << -1.4; // outside the rounded edge
    QTest::newRow("ne east") << "naturalearth" << 2.8 << 0.0;
    QTest::newRow("ne infinite") << "naturalearth" << 0.0
                                 << std::numeric_limits<double>::infinity();
}

void TestProjection::inverseOffTheWorld()
{
    QFETCH(QString, key);
    QFETCH(double, x);
    QFETCH(double, y);
    QVERIFY(!makeProjection(key)->inverse(QPointF(x, y)));
}

void TestProjection::outlineAndBounds()
{
    const NaturalEarthProjection naturalEarth;
    const QRectF ne = naturalEarth.worldBounds();
    QVERIFY(std::abs(ne.left() + 2.73538) < 1e-4);
    QVERIFY(std::abs(ne.right() - 2.73538) < 1e-4);
    QVERIFY(std::abs(ne.top() + 1.42239) < 1e-4);
    QVERIFY(std::abs(ne.bottom() - 1.42239) < 1e-4);
    // The rounded sides: the pole line is shorter than the equator.
    const QPainterPath outline = naturalEarth.outline();
    QVERIFY(outline.contains(QPointF(2.7, 0.0)));
    QVERIFY(!outline.contains(QPointF(2.7, -1.4)));

    const EquirectangularProjection equirect(0.0);
    const QRectF eq = equirect.worldBounds();
    QVERIFY(std::abs(eq.width() - 2 * std::numbers::pi) < 1e-12);
    QVERIFY(std::abs(eq.height() - std::numbers::pi) < 1e-12);
}

void TestProjection::densifiesCurvedEdges()
{
    const QPolygonF meridian{QPointF(180, -90), QPointF(180, 90)};
    QCOMPARE(EquirectangularProjection().projectPolyline(meridian).size(), 2);
    const QPolygonF curved = NaturalEarthProjection().projectPolyline(meridian, 1.0);
    QCOMPARE(curved.size(), 181);
    // The 180th meridian bulges outward at the equator.
    QVERIFY(std::abs(curved.at(90).x() - 2.73538) < 1e-4);
}

void TestProjection::keysRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default equirect") << "equirectangular" << true;
    QTest::newRow("equirect 45.5") << "equirectangular:45.5" << true;
    QTest::newRow("natural earth") << "naturalearth" << true;
    QTest::newRow("equirect pole") << "equirectangular:90" << false;
    QTest::newRow("equirect junk") << "equirectangular:abc" << false;
    QTest::newRow("mercator") << "mercator" << false;
    QTest::newRow("empty") << "" << false;
}

void TestProjection::keysRoundTrip()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    const auto projection = Projection::create(key);
    QCOMPARE(bool(projection), valid);
    if (!projection)
        return;
    const auto again = Projection::create(projection->key());
    QVERIFY(again);
    QCOMPARE(again->key(), projection->key());
    QCOMPARE(projection->clone()->key(), projection->key());
    QVERIFY(!projection->displayName().isEmpty());
    const QPointF p(21.5, 43.25);
    QCOMPARE(again->project(p), projection->project(p));
}

void TestProjection::projectsFeaturesAcrossAntimeridian()
{
    GeoPolygon raw;
    raw.rings.append(
        QPolygonF(QVector<QPointF>{{170, -10}, {-172, -10}, {-172, 10}, {170, 10}, {170, -10}}));
    GeoFeature feature;
    feature.polygons.append(geo::unwrapPolygon(raw));
    feature.lines.append(geo::unwrapLongitudes(QPolygonF(QVector<QPointF>{{160, 30}, {-160, 30}})));
    for (const char *key : {"naturalearth", "equirectangular"}) {
        const auto projection = makeProjection(QString::fromLatin1(key));
        const QPainterPath path = projection->projectFeature(feature);
        const QRectF world = projection->worldBounds().adjusted(-1e-9, -1e-9, 1e-9, 1e-9);
        QVERIFY2(world.contains(path.boundingRect()), key);
        QCOMPARE(path.fillRule(), Qt::OddEvenFill);
        QVERIFY(path.contains(projection->project(QPointF(175, 0))));
        QVERIFY(path.contains(projection->project(QPointF(-175, 0))));
        QVERIFY(!path.contains(projection->project(QPointF(0, 0))));
        QVERIFY(!path.contains(projection->project(QPointF(165, 0))));
        // Two polygon pieces and two line pieces, as separate subpaths.
        int moves = 0;
        for (int i = 0; i < path.elementCount(); ++i)
            moves += path.elementAt(i).isMoveTo() ? 1 : 0;
        QCOMPARE(moves, 4);
    }
}

void TestProjection::drawsGraticule()
{
    const NaturalEarthProjection projection;
    const QPainterPath graticule = projection.graticule(30.0);
    int moves = 0;
    for (int i = 0; i < graticule.elementCount(); ++i)
        moves += graticule.elementAt(i).isMoveTo() ? 1 : 0;
    QCOMPARE(moves, 13 + 5); // meridians -180..180, parallels -60..60
    const QRectF box = graticule.boundingRect();
    QVERIFY(std::abs(box.width() - projection.worldBounds().width()) < 1e-3);
    QVERIFY(box.height() < projection.worldBounds().height());
    QVERIFY(projection.graticule(0.0).isEmpty());
}

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
