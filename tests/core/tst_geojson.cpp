#include "geo/geojson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

const QString kRegions = QStringLiteral(ENTENTE_TEST_DATA "/geo/regions.geojson");

QByteArray collection(const QByteArray &features)
{
    return R"({"type": "FeatureCollection", "features": [)" + features + "]}";
}

QByteArray feature(const QByteArray &geometry)
{
    return R"({"type": "Feature", "properties": {}, "geometry": )" + geometry + "}";
}

const QByteArray kGoodPoint = feature(R"({"type": "Point", "coordinates": [13.19, 32.89]})");

} // namespace

class TestGeoJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFixture();
    void readsSingleFeatureAndBareGeometry();
    void reportsErrors_data();
    void reportsErrors();
    void keepsGoodFeatures();
    void closesOpenRingsWithWarning();
    void warnsAboutOtherCrs();
    void namesTheFile();
    void stopsAfterManyErrors();
};

void TestGeoJson::readsFixture()
{
    const GeoReadResult result = GeoJsonReader().readFile(kRegions);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(result.diagnostics.value(0).toString()));
    QCOMPARE(result.features.size(), 6);

    const GeoFeature &front = result.features.at(0);
    QCOMPARE(front.id, QStringLiteral("sirte-jufra"));
    QCOMPARE(front.name, QStringLiteral("Sirte-Jufra line"));
    QCOMPARE(front.properties.value(QStringLiteral("kind")).toString(), QStringLiteral("front"));
    QCOMPARE(front.lines.size(), 1);
    QCOMPARE(front.lines.first().size(), 3);
    QCOMPARE(front.lines.first().at(1), QPointF(16.0, 29.1));

    const GeoFeature &region = result.features.at(1);
    QCOMPARE(region.id, QStringLiteral("7"));
    QCOMPARE(region.polygons.size(), 1);
    QCOMPARE(region.polygons.first().rings.size(), 2);
    const auto &rings = region.polygons.first().rings;
    QVERIFY(geo::ringsContain(rings, QPointF(11, 31)));
    QVERIFY(!geo::ringsContain(rings, QPointF(12.5, 31.5))); // the hole
    QVERIFY(!geo::ringsContain(rings, QPointF(17, 31)));

    const GeoFeature &bases = result.features.at(2);
    QCOMPARE(bases.points, (QVector<QPointF>{QPointF(13.19, 32.89), QPointF(23.96, 32.08)}));

    const GeoFeature &pair = result.features.at(3);
    QVERIFY(pair.name.isEmpty());
    QCOMPARE(pair.polygons.size(), 2);

    QVERIFY(!result.features.at(4).hasGeometry());
    QCOMPARE(result.features.at(4).name, QStringLiteral("Nothing drawn"));

    const GeoFeature &mixed = result.features.at(5);
    QCOMPARE(mixed.points.size(), 1);
    QCOMPARE(mixed.lines.size(), 2);
}

void TestGeoJson::readsSingleFeatureAndBareGeometry()
{
    const GeoReadResult one = GeoJsonReader().read(kGoodPoint);
    QVERIFY(one.diagnostics.isEmpty());
    QCOMPARE(one.features.size(), 1);
    QCOMPARE(one.features.first().points.first(), QPointF(13.19, 32.89));

    const GeoReadResult bare =
        GeoJsonReader().read(R"({"type": "LineString", "coordinates": [[170, 0], [-170, 5]]})");
    QVERIFY(bare.diagnostics.isEmpty());
    QCOMPARE(bare.features.size(), 1);
    // Unwrapped, as TopoJSON lines are.
    QCOMPARE(bare.features.first().lines.first().last(), QPointF(190, 5));
}

void TestGeoJson::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("not json") << QByteArray("{\"type\": \"FeatureCollection\",\n\"features\": [,]}")
                              << QString() << "not valid JSON";
    QTest::newRow("array root") << QByteArray("[]") << QString() << "expected a GeoJSON object";
    QTest::newRow("wrong type") << QByteArray(R"({"type": "Topology", "objects": {}})") << "type"
                                << "\"Topology\"";
    QTest::newRow("no type") << QByteArray(R"({"features": []})") << "type"
                             << "nothing";
    QTest::newRow("features not array")
        << QByteArray(R"({"type": "FeatureCollection", "features": {}})") << "features"
        << "an array of features";
    QTest::newRow("feature type") << collection(R"({"type": "Point", "coordinates": [1, 2]})")
                                  << "features[0].type"
                                  << "\"Feature\"";
    QTest::newRow("missing geometry")
        << collection(R"({"type": "Feature", "properties": {}})") << "features[0].geometry"
        << "missing";
    QTest::newRow("missing coordinates")
        << collection(kGoodPoint + "," + kGoodPoint + "," + kGoodPoint + "," +
                      feature(R"({"type": "Polygon"})"))
        << "features[3].geometry.coordinates"
        << "missing";
    QTest::newRow("coordinates not array")
        << collection(feature(R"({"type": "LineString", "coordinates": "0,0 1,1"})"))
        << "features[0].geometry.coordinates"
        << "an array of positions";
    QTest::newRow("polygon missing a level")
        << collection(feature(R"({"type": "Polygon", "coordinates": [[0,0],[1,0],[1,1],[0,0]]})"))
        << "features[0].geometry.coordinates"
        << "level of brackets missing";
    QTest::newRow("line missing a level")
        << collection(feature(R"({"type": "LineString", "coordinates": [0, 0]})"))
        << "features[0].geometry.coordinates"
        << "single position";
    QTest::newRow("point one level too many")
        << collection(feature(R"({"type": "Point", "coordinates": [[0, 0]]})"))
        << "features[0].geometry.coordinates"
        << "too many";
    QTest::newRow("multipolygon deep")
        << collection(feature(R"({"type": "MultiPolygon", "coordinates": [
               [[[0,0],[1,0],[1,1],[0,0]]],
               [[[0,0],[1,0],[1,"a"],[0,0]]]]})"))
        << "features[0].geometry.coordinates[1][0][2]"
        << "position";
    QTest::newRow("short position")
        << collection(feature(R"({"type": "Point", "coordinates": [5]})"))
        << "features[0].geometry.coordinates"
        << "position";
    QTest::newRow("projected coordinates")
        << collection(feature(
               R"({"type": "LineString", "coordinates": [[1468000, 3875000], [1470000, 3876000]]})"))
        << "features[0].geometry.coordinates[0]"
        << "projected";
    QTest::newRow("short ring")
        << collection(feature(R"({"type": "Polygon", "coordinates": [[[0,0],[1,0],[0,0]]]})"))
        << "features[0].geometry.coordinates[0]"
        << "at least 4 positions";
    QTest::newRow("short line") << collection(
                                       feature(R"({"type": "LineString", "coordinates": [[0,0]]})"))
                                << "features[0].geometry.coordinates"
                                << "at least 2 positions";
    QTest::newRow("unknown geometry")
        << collection(feature(R"({"type": "Circle", "coordinates": [0, 0], "radius": 5})"))
        << "features[0].geometry.type"
        << "\"Circle\"";
    QTest::newRow("geometry not object")
        << collection(R"({"type": "Feature", "geometry": [1, 2]})") << "features[0].geometry"
        << "geometry object";
    QTest::newRow("properties string")
        << collection(R"({"type": "Feature", "properties": "x", "geometry": null})")
        << "features[0].properties"
        << "an object or null";
    QTest::newRow("collection member")
        << collection(feature(R"({"type": "GeometryCollection", "geometries": [
               {"type": "Point", "coordinates": [0, 0]}, {"type": "Point"}]})"))
        << "features[0].geometry.geometries[1].coordinates"
        << "missing";
}

void TestGeoJson::reportsErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const GeoReadResult result = GeoJsonReader().read(json, QStringLiteral("layer.geojson"));
    QVERIFY(result.hasErrors());
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QCOMPARE(d.file, QStringLiteral("layer.geojson"));
    QCOMPARE(d.path, path);
    QVERIFY2(d.message.contains(fragment), qPrintable(d.message));
    if (!path.isEmpty())
        QVERIFY(d.toString().contains(QStringLiteral("layer.geojson: error: ") + path + u':'));
    if (QTest::currentDataTag() == QByteArray("not json"))
        QCOMPARE(d.line, 2);
}

void TestGeoJson::keepsGoodFeatures()
{
    const QByteArray json =
        collection(kGoodPoint + "," + feature(R"({"type": "Point", "coordinates": [0, 95]})") +
                   "," + kGoodPoint);
    const GeoReadResult result = GeoJsonReader().read(json, QStringLiteral("x.geojson"));
    QVERIFY(result.hasErrors());
    QCOMPARE(result.features.size(), 2);
    QCOMPARE(result.diagnostics.first().path, QStringLiteral("features[1].geometry.coordinates"));
}

void TestGeoJson::closesOpenRingsWithWarning()
{
    const GeoReadResult result = GeoJsonReader().read(
        collection(feature(R"({"type": "Polygon", "coordinates": [[[0,0],[4,0],[4,4],[0,4]]]})")));
    QVERIFY(!result.hasErrors());
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.severity, Diagnostic::Severity::Warning);
    QCOMPARE(d.path, QStringLiteral("features[0].geometry.coordinates[0]"));
    QVERIFY(d.message.contains(u"not closed"));
    const QPolygonF ring = result.features.first().polygons.first().rings.first();
    QCOMPARE(ring.size(), 5);
    QCOMPARE(ring.first(), ring.last());
    QVERIFY(geo::ringsContain({ring}, QPointF(2, 2)));
}

void TestGeoJson::warnsAboutOtherCrs()
{
    const QByteArray mercator = R"({"type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
        "features": []})";
    const GeoReadResult result = GeoJsonReader().read(mercator);
    QVERIFY(!result.hasErrors());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().path, QStringLiteral("crs"));
    QVERIFY(result.diagnostics.first().message.contains(u"3857"));

    const QByteArray wgs84 = R"({"type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "features": []})";
    QVERIFY(GeoJsonReader().read(wgs84).diagnostics.isEmpty());
}

void TestGeoJson::namesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.geojson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(collection(feature(R"({"type": "Polygon", "coordinates": []})") + "," +
                          feature(R"({"type": "Polygon", "coordinates": 3})")));
    file.close();
    const GeoReadResult result = GeoJsonReader().readFile(path);
    QVERIFY(result.hasErrors());
    QCOMPARE(result.diagnostics.first().file, path);
    QCOMPARE(result.diagnostics.first().path, QStringLiteral("features[1].geometry.coordinates"));
    QCOMPARE(result.features.size(), 1); // an empty polygon is allowed, without rings
    QVERIFY(!result.features.first().hasGeometry());

    const QString missing = dir.filePath(QStringLiteral("missing.geojson"));
    const GeoReadResult none = GeoJsonReader().readFile(missing);
    QVERIFY(none.hasErrors());
    QCOMPARE(none.diagnostics.first().file, missing);
    QVERIFY(none.firstError().startsWith(missing));
}

void TestGeoJson::stopsAfterManyErrors()
{
    QByteArray features;
    for (int i = 0; i < 150; ++i)
        features += (i ? "," : "") + feature(R"({"type": "Point", "coordinates": "x"})");
    const GeoReadResult result = GeoJsonReader().read(collection(features));
    QCOMPARE(result.diagnostics.size(), 101); // 100 and a note that reading stopped
    QVERIFY(result.features.isEmpty());
}

QTEST_GUILESS_MAIN(TestGeoJson)
#include "tst_geojson.moc"
