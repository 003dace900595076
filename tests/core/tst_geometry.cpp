#include "geo/geometry.h"
#include "geo/greatcircle.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace entente;

namespace {

QPolygonF ring(std::initializer_list<QPointF> points)
{
    return QPolygonF(QVector<QPointF>(points));
}

// Largest longitude step between successive points of any ring.
double largestStep(const QVector<QPolygonF> &rings)
{
    double step = 0.0;
    for (const QPolygonF &r : rings)
        for (qsizetype i = 1; i < r.size(); ++i)
            step = std::max(step, std::abs(r.at(i).x() - r.at(i - 1).x()));
    return step;
}

} // namespace

class TestGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesLongitude_data();
    void normalizesLongitude();
    void unwrapsAcrossAntimeridian();
    void splitsPolygonAcrossAntimeridian();
    void keepsHolesOnTheOuterRingsSheet();
    void closesPolarRings();
    void dropsPolarCaps();
    void splitsLines();
    void centroidAndLabelPoint();
    void greatCircleDistances();
    void greatCirclePoints();
};

void TestGeometry::normalizesLongitude_data()
{
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");
    QTest::newRow("inside") << 17.0 << 17.0;
    QTest::newRow("east edge") << 180.0 << -180.0;
    QTest::newRow("west edge") << -180.0 << -180.0;
    QTest::newRow("past east") << 190.0 << -170.0;
    QTest::newRow("past west") << -190.0 << 170.0;
    QTest::newRow("two turns") << 377.0 << 17.0;
    QTest::newRow("minus two turns") << -703.0 << 17.0;
}

void TestGeometry::normalizesLongitude()
{
    QFETCH(double, in);
    QFETCH(double, out);
    QVERIFY(std::abs(geo::normalizedLongitude(in) - out) < 1e-12);
}

void TestGeometry::unwrapsAcrossAntimeridian()
{
    const QPolygonF raw = ring({{170, 0}, {179, 1}, {-179, 2}, {-170, 3}, {179, 4}, {170, 0}});
    const QPolygonF unwrapped = geo::unwrapLongitudes(raw);
    QCOMPARE(unwrapped.size(), raw.size());
    QCOMPARE(unwrapped.at(2), QPointF(181, 2));
    QCOMPARE(unwrapped.at(3), QPointF(190, 3));
    QCOMPARE(unwrapped.at(4), QPointF(179, 4));
    QVERIFY(largestStep({unwrapped}) < 180.0);
}

void TestGeometry::splitsPolygonAcrossAntimeridian()
{
    // A box from 170 E to 172 W, stitched across the antimeridian as in world-atlas.
    GeoPolygon raw;
    raw.rings.append(ring({{170, -10}, {-172, -10}, {-172, 10}, {170, 10}, {170, -10}}));
    const GeoPolygon polygon = geo::unwrapPolygon(raw);
    QCOMPARE(polygon.rings.size(), 1);
    QVERIFY(largestStep(polygon.rings) < 180.0);
    // Its middle (179 E) is on the map, so it keeps its place and runs on to 188 E.
    QCOMPARE(polygon.bounds(), QRectF(QPointF(170, -10), QPointF(188, 10)));

    const QVector<QPolygonF> pieces = geo::worldRings(polygon);
    QCOMPARE(pieces.size(), 2);
    double area = 0.0;
    for (const QPolygonF &piece : pieces) {
        QVERIFY(piece.boundingRect().left() >= -180.0);
        QVERIFY(piece.boundingRect().right() <= 180.0);
        QCOMPARE(piece.first(), piece.last());
        area += std::abs(geo::signedArea(piece));
    }
    QVERIFY(std::abs(area - 360.0) < 1e-9);
    QVERIFY(geo::ringsContain(pieces, QPointF(175, 0)));
    QVERIFY(geo::ringsContain(pieces, QPointF(-175, 0)));
    QVERIFY(!geo::ringsContain(pieces, QPointF(0, 0)));
    QVERIFY(!geo::ringsContain(pieces, QPointF(165, 0)));
    QVERIFY(!geo::ringsContain(pieces, QPointF(-165, 0)));

    // A polygon drawn mostly west of the antimeridian lands on the same sheet.
    GeoPolygon west;
    west.rings.append(ring({{-170, -10}, {170, -10}, {170, 10}, {-170, 10}, {-170, -10}}));
    const GeoPolygon westUnwrapped = geo::unwrapPolygon(west);
    QVERIFY(std::abs(westUnwrapped.bounds().center().x()) <= 180.0);
    QCOMPARE(geo::worldRings(westUnwrapped).size(), 2);
}

void TestGeometry::keepsHolesOnTheOuterRingsSheet()
{
    GeoPolygon raw;
    raw.rings.append(ring({{170, -10}, {-172, -10}, {-172, 10}, {170, 10}, {170, -10}}));
    raw.rings.append(ring({{-178, -2}, {-176, -2}, {-176, 2}, {-178, 2}, {-178, -2}}));
    const GeoPolygon polygon = geo::unwrapPolygon(raw);
    QCOMPARE(polygon.rings.size(), 2);
    QVERIFY(polygon.rings.at(1).boundingRect().left() > 180.0); // moved to the outer's sheet
    const QVector<QPolygonF> pieces = geo::worldRings(polygon);
    QVERIFY(!geo::ringsContain(pieces, QPointF(-177, 0))); // in the hole
    QVERIFY(geo::ringsContain(pieces, QPointF(-179, 0)));
    QVERIFY(geo::ringsContain(pieces, QPointF(-173, 5)));
    QVERIFY(geo::ringsContain(pieces, QPointF(175, 0)));
}

void TestGeometry::closesPolarRings()
{
    // A coast going once round the south pole at 70 S, closed at -180 as in world-atlas.
    QPolygonF coast;
    for (int lon = -180; lon < 180; lon += 10)
        coast.append(QPointF(lon, -70 - (lon % 20 == 0 ? 1 : 0)));
    coast.append(coast.first());
    GeoPolygon raw;
    raw.rings.append(coast);
    const GeoPolygon polygon = geo::unwrapPolygon(raw);
    QCOMPARE(polygon.rings.size(), 1);
    const QVector<QPolygonF> pieces = geo::worldRings(polygon);
    QVERIFY(!pieces.isEmpty());
    QVERIFY(geo::ringsContain(pieces, QPointF(0, -80)));
    QVERIFY(geo::ringsContain(pieces, QPointF(123, -89.9)));
    QVERIFY(geo::ringsContain(pieces, QPointF(-179.5, -75)));
    QVERIFY(!geo::ringsContain(pieces, QPointF(0, -60)));
    QVERIFY(!geo::ringsContain(pieces, QPointF(0, 45)));

    // Starting the ring elsewhere gives the same cover.
    QPolygonF shifted;
    for (int lon = 40; lon < 400; lon += 10)
        shifted.append(QPointF(geo::normalizedLongitude(lon), -70));
    shifted.append(shifted.first());
    GeoPolygon rawShifted;
    rawShifted.rings.append(shifted);
    const QVector<QPolygonF> shiftedPieces = geo::worldRings(geo::unwrapPolygon(rawShifted));
    for (int lon = -180; lon < 180; lon += 15) {
        QVERIFY(geo::ringsContain(shiftedPieces, QPointF(lon + 0.5, -80)));
        QVERIFY(!geo::ringsContain(shiftedPieces, QPointF(lon + 0.5, -65)));
    }

    // Round the north pole: closed along the north pole.
    QPolygonF arctic;
    for (int lon = -180; lon < 180; lon += 10)
        arctic.append(QPointF(lon, 80));
    arctic.append(arctic.first());
    GeoPolygon rawArctic;
    rawArctic.rings.append(arctic);
    const QVector<QPolygonF> arcticPieces = geo::worldRings(geo::unwrapPolygon(rawArctic));
    QVERIFY(geo::ringsContain(arcticPieces, QPointF(10, 85)));
    QVERIFY(!geo::ringsContain(arcticPieces, QPointF(10, 75)));
}

void TestGeometry::dropsPolarCaps()
{
    QPolygonF cap;
    for (int lon = 180; lon > -180; lon -= 30)
        cap.append(QPointF(lon, -89.999));
    cap.append(cap.first());
    GeoPolygon raw;
    raw.rings.append(cap);
    QVERIFY(geo::unwrapPolygon(raw).rings.isEmpty());
}

void TestGeometry::splitsLines()
{
    const QPolygonF line = ring({{170, 0}, {-170, 10}});
    const QVector<QPolygonF> pieces = geo::worldLines(line);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0).first(), QPointF(170, 0));
    QCOMPARE(pieces.at(0).last(), QPointF(180, 5));
    QCOMPARE(pieces.at(1).first(), QPointF(-180, 5));
    QCOMPARE(pieces.at(1).last(), QPointF(-170, 10));

    const QPolygonF inside = ring({{10, 0}, {20, 5}, {30, 0}});
    const QVector<QPolygonF> whole = geo::worldLines(inside);
    QCOMPARE(whole.size(), 1);
    QCOMPARE(whole.first(), inside);
}

void TestGeometry::centroidAndLabelPoint()
{
    GeoPolygon square;
    square.rings.append(ring({{10, 20}, {14, 20}, {14, 24}, {10, 24}, {10, 20}}));
    QCOMPARE(*geo::centroid(square), QPointF(12, 22));
    QCOMPARE(*geo::labelPoint(square), QPointF(12, 22));
    const double area = geo::approximateArea(square);
    QVERIFY(std::abs(area - 16.0 * std::cos(22.0 * std::numbers::pi / 180.0)) < 1e-9);

    // A hole on the right pulls the centroid left.
    GeoPolygon holed = square;
    holed.rings.append(ring({{13, 21}, {13.5, 21}, {13.5, 23}, {13, 23}, {13, 21}}));
    QVERIFY(geo::centroid(holed)->x() < 12.0);
    QVERIFY(geo::approximateArea(holed) < area);

    // A U shape: the centroid falls in the gap, the label point inside the U.
    GeoPolygon u;
    u.rings.append(
        ring({{0, 0}, {10, 0}, {10, 10}, {8, 10}, {8, 2}, {2, 2}, {2, 10}, {0, 10}, {0, 0}}));
    const QPointF c = *geo::centroid(u);
    QVERIFY(!geo::ringsContain(u.rings, c));
    const QPointF label = *geo::labelPoint(u);
    QVERIFY2(geo::ringsContain(u.rings, label),
             qPrintable(QStringLiteral("%1,%2").arg(label.x()).arg(label.y())));

    // A shape past 180 E gets a normalised label point.
    GeoPolygon chukotka;
    chukotka.rings.append(ring({{185, 60}, {190, 60}, {190, 65}, {185, 65}, {185, 60}}));
    QCOMPARE(*geo::labelPoint(chukotka), QPointF(-172.5, 62.5));

    QVERIFY(!geo::centroid(GeoPolygon()));
}

void TestGeometry::greatCircleDistances()
{
    const QPointF tripoli(13.19, 32.89);
    const QPointF ankara(32.85, 39.93);
    QVERIFY(std::abs(geo::greatCircleDistanceKm(tripoli, ankara) - 1920.17) < 0.5);
    const QPointF london(-0.1278, 51.5074);
    const QPointF newYork(-74.006, 40.7128);
    QVERIFY(std::abs(geo::greatCircleDistanceKm(london, newYork) - 5570.23) < 0.5);
    QCOMPARE(geo::greatCircleAngle(QPointF(0, 0), QPointF(90, 0)), 90.0);
    QVERIFY(std::abs(geo::greatCircleAngle(QPointF(0, 0), QPointF(180, 0)) - 180.0) < 1e-9);
    QCOMPARE(geo::greatCircleAngle(tripoli, tripoli), 0.0);
}

void TestGeometry::greatCirclePoints()
{
    const QPolygonF equator = geo::greatCirclePoints(QPointF(0, 0), QPointF(90, 0), 10.0);
    QCOMPARE(equator.size(), 10);
    QCOMPARE(equator.first(), QPointF(0, 0));
    QCOMPARE(equator.last(), QPointF(90, 0));
    for (qsizetype i = 0; i < equator.size(); ++i) {
        QVERIFY(std::abs(equator.at(i).y()) < 1e-9);
        QVERIFY(std::abs(equator.at(i).x() - 10.0 * i) < 1e-9);
    }

    // London to New York bulges north of both ends, and each step is at most 2 degrees.
    const QPointF london(-0.1278, 51.5074);
    const QPointF newYork(-74.006, 40.7128);
    const QPolygonF route = geo::greatCirclePoints(london, newYork);
    double north = -90;
    for (qsizetype i = 1; i < route.size(); ++i) {
        QVERIFY(geo::greatCircleAngle(route.at(i - 1), route.at(i)) <= 2.0 + 1e-9);
        north = std::max(north, route.at(i).y());
    }
    QVERIFY(north > 52.0);

    // Across the Pacific: longitudes run on past 180 instead of jumping.
    const QPolygonF pacific = geo::greatCirclePoints(QPointF(170, 0), QPointF(-170, 0), 5.0);
    QCOMPARE(pacific.size(), 5);
    for (qsizetype i = 1; i < pacific.size(); ++i)
        QVERIFY(pacific.at(i).x() > pacific.at(i - 1).x());
    QCOMPARE(pacific.last().x(), 190.0);
    QCOMPARE(geo::worldLines(pacific).size(), 2);

    // The same point: a route of one segment.
    QCOMPARE(geo::greatCirclePoints(london, london).size(), 2);
}

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
