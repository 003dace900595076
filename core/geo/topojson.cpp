#include "topojson.h"

#include "jsonhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace entente {

namespace {

// One pass over a topology: the decoded arcs, then the objects' geometries.
class Decoder
{
public:
    Decoder(const QString &fileName, Diagnostics &diagnostics)
        : m_fileName(fileName), m_diagnostics(diagnostics)
    {
    }

    bool readHeader(const QJsonObject &root);
    void readObject(const QJsonValue &object, const QString &path, QVector<GeoFeature> &out);

private:
    bool readTransform(const QJsonValue &value);
    bool readArcs(const QJsonValue &value);
    std::optional<GeoFeature> readFeature(const QJsonObject &geometry, const QString &path);
    bool addGeometry(const QJsonObject &geometry, const QString &path, GeoFeature &feature);
    std::optional<QPointF> position(const QJsonValue &value, const QString &path);
    std::optional<QPolygonF> chain(const QJsonValue &indices, const QString &path);
    std::optional<GeoPolygon> polygon(const QJsonValue &rings, const QString &path);
    void error(const QString &path, const QString &message)
    {
        m_diagnostics.append(geo::json::error(m_fileName, path, message));
    }
    void warning(const QString &path, const QString &message)
    {
        m_diagnostics.append(geo::json::warning(m_fileName, path, message));
    }

    QString m_fileName;
    Diagnostics &m_diagnostics;
    bool m_quantised = false;
    double m_scaleX = 1.0, m_scaleY = 1.0, m_translateX = 0.0, m_translateY = 0.0;
    QVector<QPolygonF> m_arcs;
};

bool Decoder::readHeader(const QJsonObject &root)
{
    const QJsonValue type = root.value(QLatin1String("type"));
    if (type.toString() != QLatin1String("Topology")) {
        error(
            QStringLiteral("type"),
            QCoreApplication::translate("Entente::TopoJson", "expected \"Topology\", found %1")
                .arg(type.isString() ? u'"' + type.toString() + u'"' : geo::json::describe(type)));
        return false;
    }
    return readTransform(root.value(QLatin1String("transform"))) &&
           readArcs(root.value(QLatin1String("arcs")));
}

bool Decoder::readTransform(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return true;
    const QString path = QStringLiteral("transform");
    if (!value.isObject()) {
        error(path, QCoreApplication::translate(
                        "Entente::TopoJson",
                        "expected an object with \"scale\" and \"translate\", found %1")
                        .arg(geo::json::describe(value)));
        return false;
    }
    auto pair = [&](const char *member, double &x, double &y) {
        const QJsonValue v = value.toObject().value(QLatin1String(member));
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble()) {
            error(geo::json::memberPath(path, QLatin1String(member)),
                  QCoreApplication::translate("Entente::TopoJson",
                                              "expected two numbers [x, y], found %1")
                      .arg(geo::json::describe(v)));
            return false;
        }
        x = a.at(0).toDouble();
        y = a.at(1).toDouble();
        return true;
    };
    if (!pair("scale", m_scaleX, m_scaleY) || !pair("translate", m_translateX, m_translateY))
        return false;
    m_quantised = true;
    return true;
}

bool Decoder::readArcs(const QJsonValue &value)
{
    const QString path = QStringLiteral("arcs");
    if (!value.isArray()) {
        error(path, QCoreApplication::translate("Entente::TopoJson",
                                                "expected an array of arcs, found %1")
                        .arg(geo::json::describe(value)));
        return false;
    }
    const QJsonArray arcs = value.toArray();
    m_arcs.reserve(arcs.size());
    for (qsizetype i = 0; i < arcs.size(); ++i) {
        const QJsonValue arcValue = arcs.at(i);
        const QJsonArray arc = arcValue.toArray();
        if (!arcValue.isArray() || arc.size() < 2) {
            error(geo::json::indexPath(path, i),
                  QCoreApplication::translate(
                      "Entente::TopoJson",
                      "expected an arc: an array of at least two positions, found %1")
                      .arg(geo::json::describe(arcValue)));
            return false;
        }
        QPolygonF points;
        points.reserve(arc.size());
        // Quantised arcs are delta-encoded: each position is an offset from the previous.
        double x = 0.0, y = 0.0;
        for (qsizetype j = 0; j < arc.size(); ++j) {
            const QJsonArray p = arc.at(j).toArray();
            if (p.size() < 2 || !p.at(0).isDouble() || !p.at(1).isDouble()) {
                error(geo::json::indexPath(geo::json::indexPath(path, i), j),
                      QCoreApplication::translate("Entente::TopoJson",
                                                  "expected a position [x, y], found %1")
                          .arg(geo::json::describe(arc.at(j))));
                return false;
            }
            if (m_quantised) {
                x += p.at(0).toDouble();
                y += p.at(1).toDouble();
                points.append(QPointF(x * m_scaleX + m_translateX, y * m_scaleY + m_translateY));
            } else {
                points.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
            }
        }
        m_arcs.append(points);
    }
    return true;
}

void Decoder::readObject(const QJsonValue &object, const QString &path, QVector<GeoFeature> &out)
{
    if (!object.isObject()) {
        error(path, QCoreApplication::translate("Entente::TopoJson",
                                                "expected a geometry object, found %1")
                        .arg(geo::json::describe(object)));
        return;
    }
    const QJsonObject geometry = object.toObject();
    if (geometry.value(QLatin1String("type")).toString() != QLatin1String("GeometryCollection")) {
        if (auto feature = readFeature(geometry, path))
            out.append(*feature);
        return;
    }
    const QString membersPath = geo::json::memberPath(path, QStringLiteral("geometries"));
    const QJsonValue members = geometry.value(QLatin1String("geometries"));
    if (!members.isArray()) {
        error(membersPath, QCoreApplication::translate("Entente::TopoJson",
                                                       "expected an array of geometries, found %1")
                               .arg(geo::json::describe(members)));
        return;
    }
    const QJsonArray array = members.toArray();
    out.reserve(out.size() + array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString memberPath = geo::json::indexPath(membersPath, i);
        if (!array.at(i).isObject()) {
            error(memberPath, QCoreApplication::translate("Entente::TopoJson",
                                                          "expected a geometry object, found %1")
                                  .arg(geo::json::describe(array.at(i))));
            continue;
        }
        if (auto feature = readFeature(array.at(i).toObject(), memberPath))
            out.append(*feature);
    }
}

std::optional<GeoFeature> Decoder::readFeature(const QJsonObject &geometry, const QString &path)
{
    GeoFeature feature;
    const QJsonValue id = geometry.value(QLatin1String("id"));
    if (id.isString())
        feature.id = id.toString();
    else if (id.isDouble())
        feature.id = QString::number(id.toDouble(), 'g', 17);
    const QJsonValue properties = geometry.value(QLatin1String("properties"));
    if (properties.isObject()) {
        feature.properties = properties.toObject().toVariantMap();
        feature.name = properties.toObject().value(QLatin1String("name")).toString();
    }
    if (!addGeometry(geometry, path, feature))
        return std::nullopt;
    return feature;
}

bool Decoder::addGeometry(const QJsonObject &geometry, const QString &path, GeoFeature &feature)
{
    const QJsonValue typeValue = geometry.value(QLatin1String("type"));
    if (typeValue.isNull())
        return true; // a geometry of type null: a feature without shape
    const QString type = typeValue.toString();
    const QString arcsPath = geo::json::memberPath(path, QStringLiteral("arcs"));
    const QJsonValue arcs = geometry.value(QLatin1String("arcs"));
    const QString coordinatesPath = geo::json::memberPath(path, QStringLiteral("coordinates"));
    const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));

    auto expectArray = [&](const QJsonValue &value, const QString &where) {
        if (value.isArray())
            return true;
        error(where, QCoreApplication::translate("Entente::TopoJson", "expected an array, found %1")
                         .arg(geo::json::describe(value)));
        return false;
    };

    if (type == QLatin1String("Point")) {
        const auto p = position(coordinates, coordinatesPath);
        if (!p)
            return false;
        feature.points.append(*p);
    } else if (type == QLatin1String("MultiPoint")) {
        if (!expectArray(coordinates, coordinatesPath))
            return false;
        const QJsonArray list = coordinates.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto p = position(list.at(i), geo::json::indexPath(coordinatesPath, i));
            if (!p)
                return false;
            feature.points.append(*p);
        }
    } else if (type == QLatin1String("LineString")) {
        const auto line = chain(arcs, arcsPath);
        if (!line)
            return false;
        feature.lines.append(geo::unwrapLongitudes(*line));
    } else if (type == QLatin1String("MultiLineString")) {
        if (!expectArray(arcs, arcsPath))
            return false;
        const QJsonArray list = arcs.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto line = chain(list.at(i), geo::json::indexPath(arcsPath, i));
            if (!line)
                return false;
            feature.lines.append(geo::unwrapLongitudes(*line));
        }
    } else if (type == QLatin1String("Polygon")) {
        const auto shape = polygon(arcs, arcsPath);
        if (!shape)
            return false;
        if (!shape->rings.isEmpty())
            feature.polygons.append(*shape);
    } else if (type == QLatin1String("MultiPolygon")) {
        if (!expectArray(arcs, arcsPath))
            return false;
        const QJsonArray list = arcs.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto shape = polygon(list.at(i), geo::json::indexPath(arcsPath, i));
            if (!shape)
                return false;
            if (!shape->rings.isEmpty())
                feature.polygons.append(*shape);
        }
    } else if (type == QLatin1String("GeometryCollection")) {
        // Nested inside a feature: its parts all belong to that feature.
        const QString membersPath = geo::json::memberPath(path, QStringLiteral("geometries"));
        const QJsonValue members = geometry.value(QLatin1String("geometries"));
        if (!expectArray(members, membersPath))
            return false;
        const QJsonArray list = members.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString memberPath = geo::json::indexPath(membersPath, i);
            if (!list.at(i).isObject()) {
                error(memberPath, QCoreApplication::translate(
                                      "Entente::TopoJson", "expected a geometry object, found %1")
                                      .arg(geo::json::describe(list.at(i))));
                return false;
            }
            if (!addGeometry(list.at(i).toObject(), memberPath, feature))
                return false;
        }
    } else {
        error(geo::json::memberPath(path, QStringLiteral("type")),
              QCoreApplication::translate(
                  "Entente::TopoJson",
                  "expected a geometry type (Point, MultiPoint, LineString, MultiLineString, "
                  "Polygon, MultiPolygon, GeometryCollection or null), found %1")
                  .arg(typeValue.isString() ? u'"' + type + u'"' : geo::json::describe(typeValue)));
        return false;
    }
    return true;
}

std::optional<QPointF> Decoder::position(const QJsonValue &value, const QString &path)
{
    const QJsonArray p = value.toArray();
    if (!value.isArray() || p.size() < 2 || !p.at(0).isDouble() || !p.at(1).isDouble()) {
        error(path, QCoreApplication::translate("Entente::TopoJson",
                                                "expected a position [x, y], found %1")
                        .arg(geo::json::describe(value)));
        return std::nullopt;
    }
    // Quantised points are not delta-encoded: just scaled and translated.
    const double x = p.at(0).toDouble();
    const double y = p.at(1).toDouble();
    if (m_quantised)
        return QPointF(x * m_scaleX + m_translateX, y * m_scaleY + m_translateY);
    return QPointF(x, y);
}

// Concatenates arcs by index; successive arcs share their joining point, kept once.
std::optional<QPolygonF> Decoder::chain(const QJsonValue &indices, const QString &path)
{
    if (!indices.isArray() || indices.toArray().isEmpty()) {
        error(path, QCoreApplication::translate(
                        "Entente::TopoJson", "expected a non-empty array of arc indices, found %1")
                        .arg(geo::json::describe(indices)));
        return std::nullopt;
    }
    const QJsonArray list = indices.toArray();
    QPolygonF out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue v = list.at(i);
        const double raw = v.toDouble(std::nan(""));
        if (!v.isDouble() || raw != std::floor(raw)) {
            error(geo::json::indexPath(path, i),
                  QCoreApplication::translate("Entente::TopoJson",
                                              "expected an arc index (an integer), found %1")
                      .arg(geo::json::describe(v)));
            return std::nullopt;
        }
        const qint64 index = qint64(raw);
        const qint64 arc = index < 0 ? ~index : index;
        if (arc >= m_arcs.size()) {
            error(geo::json::indexPath(path, i),
                  QCoreApplication::translate(
                      "Entente::TopoJson", "arc index %1 is out of range: the topology has %2 arcs")
                      .arg(index)
                      .arg(m_arcs.size()));
            return std::nullopt;
        }
        const QPolygonF &points = m_arcs.at(arc);
        out.reserve(out.size() + points.size());
        const qsizetype skip = out.isEmpty() ? 0 : 1;
        if (index >= 0) {
            for (qsizetype j = skip; j < points.size(); ++j)
                out.append(points.at(j));
        } else {
            for (qsizetype j = points.size() - 1 - skip; j >= 0; --j)
                out.append(points.at(j));
        }
    }
    return out;
}

std::optional<GeoPolygon> Decoder::polygon(const QJsonValue &rings, const QString &path)
{
    if (!rings.isArray()) {
        error(path, QCoreApplication::translate("Entente::TopoJson",
                                                "expected an array of rings, found %1")
                        .arg(geo::json::describe(rings)));
        return std::nullopt;
    }
    const QJsonArray list = rings.toArray();
    GeoPolygon shape;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString ringPath = geo::json::indexPath(path, i);
        auto ring = chain(list.at(i), ringPath);
        if (!ring)
            return std::nullopt;
        if (ring->first() != ring->last()) {
            warning(ringPath, QCoreApplication::translate("Entente::TopoJson",
                                                          "the ring is not closed; closed it"));
            ring->append(ring->first());
        }
        if (ring->size() < 4) {
            // Quantisation can collapse a tiny island; without its outer ring the polygon
            // is gone too.
            warning(ringPath, QCoreApplication::translate(
                                  "Entente::TopoJson",
                                  "the ring has fewer than four positions; left it out"));
            if (i == 0)
                return GeoPolygon();
            continue;
        }
        shape.rings.append(*ring);
    }
    return geo::unwrapPolygon(shape);
}

} // namespace

GeoReadResult TopoJsonReader::readFile(const QString &fileName, const QString &objectName) const
{
    GeoReadResult result;
    const auto data = geo::json::readFile(fileName, result.diagnostics);
    if (!data)
        return result;
    return read(*data, fileName, objectName);
}

GeoReadResult TopoJsonReader::read(const QByteArray &json, const QString &fileName,
                                   const QString &objectName) const
{
    GeoReadResult result;
    const auto document = geo::json::parse(json, fileName, result.diagnostics);
    if (!document)
        return result;
    if (!document->isObject()) {
        result.diagnostics.append(geo::json::error(
            fileName, {},
            QCoreApplication::translate(
                "Entente::TopoJson", "expected a TopoJSON object {\"type\": \"Topology\", ...}")));
        return result;
    }
    const QJsonObject root = document->object();
    Decoder decoder(fileName, result.diagnostics);
    if (!decoder.readHeader(root))
        return result;

    const QString objectsPath = QStringLiteral("objects");
    const QJsonValue objectsValue = root.value(objectsPath);
    if (!objectsValue.isObject()) {
        result.diagnostics.append(geo::json::error(
            fileName, objectsPath,
            QCoreApplication::translate("Entente::TopoJson",
                                        "expected an object of named geometries, found %1")
                .arg(geo::json::describe(objectsValue))));
        return result;
    }
    const QJsonObject objects = objectsValue.toObject();
    if (!objectName.isEmpty()) {
        if (!objects.contains(objectName)) {
            result.diagnostics.append(geo::json::error(
                fileName, objectsPath,
                QCoreApplication::translate("Entente::TopoJson",
                                            "there is no object named \"%1\"; the file has: %2")
                    .arg(objectName, objects.keys().join(QStringLiteral(", ")))));
            return result;
        }
        decoder.readObject(objects.value(objectName),
                           geo::json::memberPath(objectsPath, objectName), result.features);
        return result;
    }
    for (auto it = objects.constBegin(); it != objects.constEnd(); ++it)
        decoder.readObject(it.value(), geo::json::memberPath(objectsPath, it.key()),
                           result.features);
    return result;
}

} // namespace entente
