#include "geojson.h"

#include "jsonhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace entente {

namespace {

constexpr int kMaxErrors = 100;

// "Polygon" for a string value, else "a number" and the like: for "found ..." messages.
QString found(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QCoreApplication::translate("Entente::GeoJson", "an empty array");
        if (array.first().isDouble())
            return QCoreApplication::translate("Entente::GeoJson", "an array of numbers");
        if (array.first().isArray())
            return QCoreApplication::translate("Entente::GeoJson", "an array of arrays");
    }
    return geo::json::describe(value);
}

class Parser
{
public:
    Parser(const QString &fileName, GeoReadResult &result) : m_fileName(fileName), m_result(result)
    {
    }

    void readRoot(const QJsonObject &root);

private:
    void readCollection(const QJsonObject &root);
    std::optional<GeoFeature> readFeature(const QJsonValue &value, const QString &path);
    bool addGeometry(const QJsonValue &value, const QString &path, GeoFeature &feature);
    bool addCoordinates(const QString &type, const QJsonValue &coordinates, const QString &path,
                        GeoFeature &feature);
    std::optional<QPointF> position(const QJsonValue &value, const QString &path);
    std::optional<QPolygonF> positions(const QJsonValue &value, const QString &path,
                                       qsizetype minimum);
    std::optional<GeoPolygon> polygon(const QJsonValue &value, const QString &path);
    bool expectArray(const QJsonValue &value, const QString &path, const QString &what);
    void checkCrs(const QJsonObject &object, const QString &path);

    void error(const QString &path, const QString &message)
    {
        if (m_errors == kMaxErrors)
            return;
        ++m_errors;
        m_result.diagnostics.append(geo::json::error(m_fileName, path, message));
        if (m_errors == kMaxErrors)
            m_result.diagnostics.append(
                geo::json::error(m_fileName, {},
                                 QCoreApplication::translate("Entente::GeoJson",
                                                             "too many errors; stopped reading")));
    }
    void warning(const QString &path, const QString &message)
    {
        m_result.diagnostics.append(geo::json::warning(m_fileName, path, message));
    }
    bool stopped() const { return m_errors >= kMaxErrors; }

    QString m_fileName;
    GeoReadResult &m_result;
    int m_errors = 0;
};

bool isGeometryType(const QString &type)
{
    static const QStringList types{QStringLiteral("Point"),
                                   QStringLiteral("MultiPoint"),
                                   QStringLiteral("LineString"),
                                   QStringLiteral("MultiLineString"),
                                   QStringLiteral("Polygon"),
                                   QStringLiteral("MultiPolygon"),
                                   QStringLiteral("GeometryCollection")};
    return types.contains(type);
}

void Parser::readRoot(const QJsonObject &root)
{
    checkCrs(root, {});
    const QJsonValue type = root.value(QLatin1String("type"));
    const QString typeName = type.toString();
    if (typeName == QLatin1String("FeatureCollection")) {
        readCollection(root);
    } else if (typeName == QLatin1String("Feature")) {
        if (auto feature = readFeature(root, {}))
            m_result.features.append(*feature);
    } else if (isGeometryType(typeName)) {
        GeoFeature feature;
        if (addGeometry(root, {}, feature))
            m_result.features.append(feature);
    } else {
        error(QStringLiteral("type"),
              QCoreApplication::translate("Entente::GeoJson",
                                          "expected \"FeatureCollection\", \"Feature\" or a "
                                          "geometry type, found %1")
                  .arg(found(type)));
    }
}

void Parser::readCollection(const QJsonObject &root)
{
    const QString path = QStringLiteral("features");
    const QJsonValue features = root.value(path);
    if (!expectArray(features, path,
                     QCoreApplication::translate("Entente::GeoJson", "an array of features")))
        return;
    const QJsonArray array = features.toArray();
    m_result.features.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !stopped(); ++i) {
        if (auto feature = readFeature(array.at(i), geo::json::indexPath(path, i)))
            m_result.features.append(*feature);
    }
}

std::optional<GeoFeature> Parser::readFeature(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        error(path,
              QCoreApplication::translate("Entente::GeoJson", "expected a Feature object, found %1")
                  .arg(found(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue type = object.value(QLatin1String("type"));
    if (type.toString() != QLatin1String("Feature")) {
        error(geo::json::memberPath(path, QStringLiteral("type")),
              QCoreApplication::translate("Entente::GeoJson", "expected \"Feature\", found %1")
                  .arg(found(type)));
        return std::nullopt;
    }

    GeoFeature feature;
    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isString())
        feature.id = id.toString();
    else if (id.isDouble())
        feature.id = QString::number(id.toDouble(), 'g', 17);
    else if (!id.isUndefined())
        warning(geo::json::memberPath(path, QStringLiteral("id")),
                QCoreApplication::translate("Entente::GeoJson",
                                            "expected a string or a number, found %1; ignored")
                    .arg(found(id)));

    const QString propertiesPath = geo::json::memberPath(path, QStringLiteral("properties"));
    const QJsonValue properties = object.value(QLatin1String("properties"));
    if (properties.isObject()) {
        const QJsonObject map = properties.toObject();
        feature.properties = map.toVariantMap();
        for (const char *key : {"name", "Name", "NAME", "title"}) {
            const QJsonValue name = map.value(QLatin1String(key));
            if (name.isString()) {
                feature.name = name.toString();
                break;
            }
        }
    } else if (!properties.isNull() && !properties.isUndefined()) {
        error(propertiesPath, QCoreApplication::translate("Entente::GeoJson",
                                                          "expected an object or null, found %1")
                                  .arg(found(properties)));
        return std::nullopt;
    }

    const QString geometryPath = geo::json::memberPath(path, QStringLiteral("geometry"));
    if (!object.contains(QLatin1String("geometry"))) {
        error(geometryPath,
              QCoreApplication::translate("Entente::GeoJson",
                                          "missing; expected a geometry object, or null for none"));
        return std::nullopt;
    }
    const QJsonValue geometry = object.value(QLatin1String("geometry"));
    if (geometry.isNull())
        return feature;
    if (!addGeometry(geometry, geometryPath, feature))
        return std::nullopt;
    return feature;
}

bool Parser::addGeometry(const QJsonValue &value, const QString &path, GeoFeature &feature)
{
    if (!value.isObject()) {
        error(path, QCoreApplication::translate("Entente::GeoJson",
                                                "expected a geometry object, found %1")
                        .arg(found(value)));
        return false;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue typeValue = object.value(QLatin1String("type"));
    const QString type = typeValue.toString();
    if (!isGeometryType(type)) {
        error(geo::json::memberPath(path, QStringLiteral("type")),
              QCoreApplication::translate(
                  "Entente::GeoJson",
                  "expected a geometry type (Point, MultiPoint, LineString, MultiLineString, "
                  "Polygon, MultiPolygon or GeometryCollection), found %1")
                  .arg(found(typeValue)));
        return false;
    }
    if (type == QLatin1String("GeometryCollection")) {
        const QString membersPath = geo::json::memberPath(path, QStringLiteral("geometries"));
        const QJsonValue members = object.value(QLatin1String("geometries"));
        if (!expectArray(members, membersPath,
                         QCoreApplication::translate("Entente::GeoJson", "an array of geometries")))
            return false;
        const QJsonArray array = members.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (!addGeometry(array.at(i), geo::json::indexPath(membersPath, i), feature))
                return false;
        return true;
    }
    const QString coordinatesPath = geo::json::memberPath(path, QStringLiteral("coordinates"));
    if (!object.contains(QLatin1String("coordinates"))) {
        error(coordinatesPath,
              QCoreApplication::translate("Entente::GeoJson", "missing; a %1 needs \"coordinates\"")
                  .arg(type));
        return false;
    }
    return addCoordinates(type, object.value(QLatin1String("coordinates")), coordinatesPath,
                          feature);
}

bool Parser::addCoordinates(const QString &type, const QJsonValue &coordinates, const QString &path,
                            GeoFeature &feature)
{
    if (type == QLatin1String("Point")) {
        const auto p = position(coordinates, path);
        if (p)
            feature.points.append(*p);
        return p.has_value();
    }
    if (type == QLatin1String("MultiPoint")) {
        const auto list = positions(coordinates, path, 0);
        if (list)
            feature.points.append(*list);
        return list.has_value();
    }
    if (type == QLatin1String("LineString")) {
        const auto line = positions(coordinates, path, 2);
        if (line)
            feature.lines.append(geo::unwrapLongitudes(*line));
        return line.has_value();
    }
    if (type == QLatin1String("Polygon")) {
        const auto shape = polygon(coordinates, path);
        if (shape && !shape->rings.isEmpty())
            feature.polygons.append(*shape);
        return shape.has_value();
    }
    // MultiLineString and MultiPolygon: one more level of arrays.
    const QString what =
        type == QLatin1String("MultiLineString")
            ? QCoreApplication::translate("Entente::GeoJson", "an array of line strings")
            : QCoreApplication::translate("Entente::GeoJson", "an array of polygons");
    if (!expectArray(coordinates, path, what))
        return false;
    const QJsonArray parts = coordinates.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString partPath = geo::json::indexPath(path, i);
        if (type == QLatin1String("MultiLineString")) {
            const auto line = positions(parts.at(i), partPath, 2);
            if (!line)
                return false;
            feature.lines.append(geo::unwrapLongitudes(*line));
        } else {
            const auto shape = polygon(parts.at(i), partPath);
            if (!shape)
                return false;
            if (!shape->rings.isEmpty())
                feature.polygons.append(*shape);
        }
    }
    return true;
}

std::optional<QPointF> Parser::position(const QJsonValue &value, const QString &path)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() < 2 || !array.at(0).isDouble() ||
        !array.at(1).isDouble()) {
        QString message =
            QCoreApplication::translate("Entente::GeoJson",
                                        "expected a position [longitude, latitude], found %1")
                .arg(found(value));
        if (value.isArray() && !array.isEmpty() && array.first().isArray())
            message += QCoreApplication::translate("Entente::GeoJson",
                                                   " (one level of brackets too many?)");
        error(path, message);
        return std::nullopt;
    }
    const double lon = array.at(0).toDouble();
    const double lat = array.at(1).toDouble();
    if (std::abs(lat) > 90.0 || std::abs(lon) > 360.0) {
        error(path, QCoreApplication::translate(
                        "Entente::GeoJson",
                        "position [%1, %2] is not longitude/latitude in degrees (expected "
                        "latitude within -90..90 and longitude within -180..180; is the file "
                        "in a projected coordinate system?)")
                        .arg(lon)
                        .arg(lat));
        return std::nullopt;
    }
    return QPointF(lon, lat);
}

std::optional<QPolygonF> Parser::positions(const QJsonValue &value, const QString &path,
                                           qsizetype minimum)
{
    if (!expectArray(value, path,
                     QCoreApplication::translate("Entente::GeoJson", "an array of positions")))
        return std::nullopt;
    const QJsonArray array = value.toArray();
    if (!array.isEmpty() && array.first().isDouble()) {
        error(path, QCoreApplication::translate("Entente::GeoJson",
                                                "expected an array of positions, found a "
                                                "single position (a level of brackets "
                                                "missing?)"));
        return std::nullopt;
    }
    if (array.size() < minimum) {
        error(path, QCoreApplication::translate("Entente::GeoJson",
                                                "expected at least %1 positions, found %2")
                        .arg(minimum)
                        .arg(array.size()));
        return std::nullopt;
    }
    QPolygonF out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto p = position(array.at(i), geo::json::indexPath(path, i));
        if (!p)
            return std::nullopt;
        out.append(*p);
    }
    return out;
}

std::optional<GeoPolygon> Parser::polygon(const QJsonValue &value, const QString &path)
{
    if (!expectArray(value, path,
                     QCoreApplication::translate("Entente::GeoJson", "an array of linear rings")))
        return std::nullopt;
    const QJsonArray array = value.toArray();
    if (!array.isEmpty() && array.first().isArray() && !array.first().toArray().isEmpty() &&
        array.first().toArray().first().isDouble()) {
        error(path, QCoreApplication::translate("Entente::GeoJson",
                                                "expected an array of linear rings, found an "
                                                "array of positions (a level of brackets "
                                                "missing?)"));
        return std::nullopt;
    }
    GeoPolygon shape;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString ringPath = geo::json::indexPath(path, i);
        auto ring = positions(array.at(i), ringPath, 4);
        if (!ring)
            return std::nullopt;
        if (ring->first() != ring->last()) {
            warning(ringPath, QCoreApplication::translate(
                                  "Entente::GeoJson",
                                  "the ring is not closed (its last position should repeat "
                                  "the first); closed it"));
            ring->append(ring->first());
        }
        shape.rings.append(*ring);
    }
    return geo::unwrapPolygon(shape);
}

bool Parser::expectArray(const QJsonValue &value, const QString &path, const QString &what)
{
    if (value.isArray())
        return true;
    error(path, QCoreApplication::translate("Entente::GeoJson", "expected %1, found %2")
                    .arg(what, found(value)));
    return false;
}

void Parser::checkCrs(const QJsonObject &object, const QString &path)
{
    const QJsonValue crs = object.value(QLatin1String("crs"));
    if (crs.isUndefined() || crs.isNull())
        return;
    const QString name =
        crs.toObject().value(QLatin1String("properties")).toObject().value(u"name").toString();
    if (name.contains(QLatin1String("CRS84")) || name.endsWith(QLatin1String("EPSG::4326")) ||
        name == QLatin1String("EPSG:4326"))
        return;
    warning(geo::json::memberPath(path, QStringLiteral("crs")),
            QCoreApplication::translate("Entente::GeoJson",
                                        "coordinate system \"%1\" is not supported; "
                                        "coordinates are read as WGS 84 longitude/latitude")
                .arg(name));
}

} // namespace

GeoReadResult GeoJsonReader::readFile(const QString &fileName) const
{
    GeoReadResult result;
    const auto data = geo::json::readFile(fileName, result.diagnostics);
    if (!data)
        return result;
    return read(*data, fileName);
}

GeoReadResult GeoJsonReader::read(const QByteArray &json, const QString &fileName) const
{
    GeoReadResult result;
    const auto document = geo::json::parse(json, fileName, result.diagnostics);
    if (!document)
        return result;
    if (!document->isObject()) {
        result.diagnostics.append(geo::json::error(
            fileName, {},
            QCoreApplication::translate("Entente::GeoJson",
                                        "expected a GeoJSON object such as {\"type\": "
                                        "\"FeatureCollection\", \"features\": [...]}, found %1")
                .arg(document->isArray()
                         ? QCoreApplication::translate("Entente::GeoJson", "an array")
                         : QCoreApplication::translate("Entente::GeoJson", "nothing"))));
        return result;
    }
    Parser(fileName, result).readRoot(document->object());
    return result;
}

} // namespace entente
