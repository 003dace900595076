#include "geo/topojson.h"

#include <QTest>

#include <cmath>

using namespace entente;

namespace {

const QString kWorld50m =
    QStringLiteral(ENTENTE_SOURCE_DIR "/resources/basemap/countries-50m.json");
const QString kWorld110m =
    QStringLiteral(ENTENTE_SOURCE_DIR "/resources/basemap/countries-110m.json");
const QString kSmall = QStringLiteral(ENTENTE_TEST_DATA "/geo/small.topojson");

const GeoFeature *featureById(const QVector<GeoFeature> &features, const QString &id)
{
    for (const GeoFeature &f : features)
        if (f.id == id)
            return &f;
    return nullptr;
}

QPolygonF points(std::initializer_list<QPointF> list)
{
    return QPolygonF(QVector<QPointF>(list));
}

bool featureContains(const GeoFeature &feature, QPointF p)
{
    for (const GeoPolygon &polygon : feature.polygons)
        if (geo::ringsContain(geo::worldRings(polygon), p))
            return true;
    return false;
}

} // namespace

class TestTopoJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSmallTopology();
    void readsOneObject();
    void reportsErrors_data();
    void reportsErrors();
    void readsWorld50m();
    void readsWorld110m();
    void unwrapsStitchedShapes_data();
    void unwrapsStitchedShapes();
};

void TestTopoJson::decodesSmallTopology()
{
    const GeoReadResult result = TopoJsonReader().readFile(kSmall);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(result.firstError()));
    QCOMPARE(result.features.size(), 6);

    // Arcs: delta-decoded, scaled by (0.5, 0.25) and moved by (10, 20).
    const GeoFeature &square = result.features.at(0);
    QCOMPARE(square.id, QStringLiteral("A"));
    QCOMPARE(square.name, QStringLiteral("Square"));
    QCOMPARE(square.polygons.size(), 1);
    QCOMPARE(square.polygons.first().rings.size(), 1);
    QCOMPARE(square.polygons.first().rings.first(),
             points({{12, 20}, {12, 21}, {10, 21}, {10, 20}, {12, 20}}));

    // ~0 = -1: arc 0 reversed, sharing the joint point once.
    const GeoFeature &neighbour = result.features.at(1);
    QCOMPARE(neighbour.id, QStringLiteral("5")); // a numeric id becomes text
    QCOMPARE(neighbour.polygons.first().rings.first(),
             points({{12, 20}, {14, 20}, {14, 21}, {12, 21}, {12, 20}}));

    const GeoFeature &holed = result.features.at(2);
    QCOMPARE(holed.polygons.size(), 1);
    QCOMPARE(holed.polygons.first().rings.size(), 2);
    QVERIFY(featureContains(holed, QPointF(20.5, 21)));
    QVERIFY(!featureContains(holed, QPointF(22, 21))); // in the hole
    QVERIFY(!featureContains(holed, QPointF(25, 21)));

    const GeoFeature &road = result.features.at(3);
    QCOMPARE(road.lines.size(), 1);
    QCOMPARE(road.lines.first(), points({{10, 20}, {11, 20.5}, {12, 20}}));
    QVERIFY(road.polygons.isEmpty());

    const GeoFeature &town = result.features.at(4); // quantised, not delta-encoded
    QCOMPARE(town.points, QVector<QPointF>{QPointF(12, 22)});

    const GeoFeature &empty = result.features.at(5);
    QCOMPARE(empty.id, QStringLiteral("empty"));
    QVERIFY(!empty.hasGeometry());
}

void TestTopoJson::readsOneObject()
{
    const GeoReadResult shapes = TopoJsonReader().readFile(kSmall, QStringLiteral("shapes"));
    QCOMPARE(shapes.features.size(), 6);
    const GeoReadResult missing = TopoJsonReader().readFile(kSmall, QStringLiteral("land"));
    QVERIFY(missing.hasErrors());
    QVERIFY(missing.features.isEmpty());
    QCOMPARE(missing.diagnostics.first().path, QStringLiteral("objects"));
    QVERIFY(missing.diagnostics.first().message.contains(u"shapes"));
}

void TestTopoJson::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("features");

    const QByteArray arcs = R"("arcs": [[[0,0],[1,0],[0,1],[-1,0],[0,-1]]])";
    auto topology = [&](const QByteArray &geometries) -> QByteArray {
        return R"({"type": "Topology", "transform": {"scale": [1,1], "translate": [0,0]}, )" +
               arcs + R"(, "objects": {"o": {"type": "GeometryCollection", "geometries": [)" +
               geometries + "]}}}";
    };
    QTest::newRow("not json") << QByteArray("{\"type\": \"Topology\",\n  \"arcs\": [}") << QString()
                              << "not valid JSON" << 0;
    QTest::newRow("array root") << QByteArray("[1, 2]") << QString() << "TopoJSON object" << 0;
    QTest::newRow("geojson") << QByteArray(R"({"type": "FeatureCollection", "features": []})")
                             << "type"
                             << "\"FeatureCollection\"" << 0;
    QTest::newRow("bad transform")
        << QByteArray(R"({"type": "Topology", "transform": {"scale": [1], "translate": [0, 0]},
                        "arcs": [], "objects": {}})")
        << "transform.scale"
        << "two numbers" << 0;
    QTest::newRow("arcs missing") << QByteArray(R"({"type": "Topology", "objects": {}})") << "arcs"
                                  << "array of arcs" << 0;
    QTest::newRow("bad arc position")
        << QByteArray(R"({"type": "Topology", "arcs": [[[0,0],[1,"x"]]], "objects": {}})")
        << "arcs[0][1]"
        << "position" << 0;
    QTest::newRow("index out of range")
        << topology(R"({"type": "Polygon", "arcs": [[0]]}, {"type": "Polygon", "arcs": [[-3]]})")
        << "objects.o.geometries[1].arcs[0][0]"
        << "out of range" << 1;
    QTest::newRow("index not integer") << topology(R"({"type": "Polygon", "arcs": [[0.5]]})")
                                       << "objects.o.geometries[0].arcs[0][0]"
                                       << "arc index" << 0;
    QTest::newRow("bad nesting") << topology(R"({"type": "MultiPolygon", "arcs": [[0]]})")
                                 << "objects.o.geometries[0].arcs[0][0]"
                                 << "arc indices" << 0;
    QTest::newRow("unknown type")
        << topology(R"({"type": "Circle", "arcs": [[0]]}, {"type": "Polygon", "arcs": [[0]]})")
        << "objects.o.geometries[0].type"
        << "\"Circle\"" << 1;
    QTest::newRow("objects missing")
        << QByteArray(R"({"type": "Topology", "arcs": []})") << "objects"
        << "named geometries" << 0;
}

void TestTopoJson::reportsErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QFETCH(int, features);
    const GeoReadResult result = TopoJsonReader().read(json, QStringLiteral("bad.json"));
    QVERIFY(result.hasErrors());
    const Diagnostic &first = result.diagnostics.first();
    QCOMPARE(first.file, QStringLiteral("bad.json"));
    QCOMPARE(first.path, path);
    QVERIFY2(first.message.contains(fragment), qPrintable(first.message));
    QCOMPARE(result.features.size(), features);
    QVERIFY(result.firstError().startsWith(u"bad.json"));
    if (QTest::currentDataTag() == QByteArray("not json")) {
        QCOMPARE(first.line, 2);
        QVERIFY(first.column > 0);
    }
}

void TestTopoJson::readsWorld50m()
{
    const GeoReadResult result = TopoJsonReader().readFile(kWorld50m, QStringLiteral("countries"));
    QVERIFY2(!result.hasErrors(), qPrintable(result.firstError()));
    QCOMPARE(result.features.size(), 241);

    const GeoFeature *libya = featureById(result.features, QStringLiteral("434"));
    QVERIFY(libya);
    QCOMPARE(libya->name, QStringLiteral("Libya"));
    // Libya spans about 9.3-25.2 E and 19.5-33.2 N.
    const QRectF box = libya->bounds();
    QVERIFY2(std::abs(box.left() - 9.3) < 0.3 && std::abs(box.right() - 25.15) < 0.3 &&
                 std::abs(box.top() - 19.5) < 0.3 && std::abs(box.bottom() - 33.17) < 0.3,
             qPrintable(QStringLiteral("%1 %2 %3 %4")
                            .arg(box.left())
                            .arg(box.right())
                            .arg(box.top())
                            .arg(box.bottom())));
    QVERIFY(featureContains(*libya, QPointF(17, 27)));
    QVERIFY(featureContains(*libya, QPointF(13.19, 32.89)));  // Tripoli
    QVERIFY(!featureContains(*libya, QPointF(18, 34.5)));     // the sea off Benghazi
    QVERIFY(!featureContains(*libya, QPointF(31.24, 30.04))); // Cairo

    const GeoFeature *turkey = featureById(result.features, QStringLiteral("792"));
    QVERIFY(turkey && featureContains(*turkey, QPointF(32.85, 39.93))); // Ankara
    const GeoFeature *qatar = featureById(result.features, QStringLiteral("634"));
    QVERIFY(qatar && featureContains(*qatar, QPointF(51.53, 25.29))); // Doha
    const GeoFeature *malta = featureById(result.features, QStringLiteral("470"));
    QVERIFY(malta && featureContains(*malta, QPointF(14.5, 35.9)));

    int withoutId = 0;
    for (const GeoFeature &f : result.features) {
        QVERIFY2(!f.polygons.isEmpty(), qPrintable(f.name));
        QVERIFY(!f.name.isEmpty());
        withoutId += f.id.isEmpty() ? 1 : 0;
    }
    QCOMPARE(withoutId, 5); // Somaliland, Kosovo, N. Cyprus, Indian Ocean Ter., Siachen Glacier
}

void TestTopoJson::readsWorld110m()
{
    const GeoReadResult all = TopoJsonReader().readFile(kWorld110m);
    QVERIFY(!all.hasErrors());
    QCOMPARE(all.features.size(), 178); // 177 countries and the land object
    const GeoReadResult countries =
        TopoJsonReader().readFile(kWorld110m, QStringLiteral("countries"));
    QCOMPARE(countries.features.size(), 177);
    QVERIFY(!featureById(countries.features, QStringLiteral("470"))); // 110m has no Malta
}

void TestTopoJson::unwrapsStitchedShapes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QPointF>("westOfAntimeridian");
    QTest::addColumn<QPointF>("eastOfAntimeridian");
    QTest::newRow("Russia") << "643" << QPointF(-176, 66.5) << QPointF(100, 60);
    QTest::newRow("Fiji") << "242" << QPointF(-178.8, -18.2) << QPointF(178, -17.8);
}

void TestTopoJson::unwrapsStitchedShapes()
{
    QFETCH(QString, id);
    QFETCH(QPointF, westOfAntimeridian);
    QFETCH(QPointF, eastOfAntimeridian);
    const GeoReadResult result = TopoJsonReader().readFile(kWorld50m, QStringLiteral("countries"));
    const GeoFeature *feature = featureById(result.features, id);
    QVERIFY(feature);
    bool pastEdge = false;
    for (const GeoPolygon &polygon : feature->polygons) {
        for (const QPolygonF &ring : polygon.rings) {
            for (qsizetype i = 1; i < ring.size(); ++i)
                QVERIFY2(
                    std::abs(ring.at(i).x() - ring.at(i - 1).x()) < 180.0,
                    qPrintable(
                        QStringLiteral("jump at %1,%2").arg(ring.at(i).x()).arg(ring.at(i).y())));
            QCOMPARE(ring.first(), ring.last());
            pastEdge = pastEdge || ring.boundingRect().right() > 180.0 ||
                       ring.boundingRect().left() < -180.0;
        }
        // World rings stay on the map.
        for (const QPolygonF &ring : geo::worldRings(polygon)) {
            QVERIFY(ring.boundingRect().left() >= -180.0);
            QVERIFY(ring.boundingRect().right() <= 180.0);
        }
    }
    QVERIFY(pastEdge); // stitched shapes now run on past the antimeridian
    QVERIFY(featureContains(*feature, westOfAntimeridian));
    QVERIFY(featureContains(*feature, eastOfAntimeridian));
}

QTEST_GUILESS_MAIN(TestTopoJson)
#include "tst_topojson.moc"
