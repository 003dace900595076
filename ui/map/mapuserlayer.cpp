#include "mapuserlayer.h"

#include "geo/geojson.h"
#include "geo/projection.h"
#include "mapviewport.h"
#include "util/sharedpath.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::MapUserLayer", text);
}

// simplestyle-spec colours: "#rgb", "#rrggbb" or a named colour.
QColor propertyColour(const QVariantMap &properties, const QString &key, const QColor &fallback)
{
    const QColor c = QColor::fromString(properties.value(key).toString());
    return c.isValid() ? c : fallback;
}

double propertyNumber(const QVariantMap &properties, const QString &key, double fallback)
{
    bool ok = false;
    const double v = properties.value(key).toDouble(&ok);
    return ok ? v : fallback;
}

} // namespace

std::optional<MapUserLayer> MapUserLayer::load(const QString &fileName, const QColor &colour,
                                               Diagnostics *diagnostics)
{
    return fromResult(GeoJsonReader().readFile(fileName), fileName, colour, diagnostics);
}

std::optional<MapUserLayer> MapUserLayer::fromData(const QByteArray &json, const QString &fileName,
                                                   const QColor &colour, Diagnostics *diagnostics)
{
    return fromResult(GeoJsonReader().read(json, fileName), fileName, colour, diagnostics);
}

std::optional<MapUserLayer> MapUserLayer::fromResult(const GeoReadResult &result,
                                                     const QString &fileName, const QColor &colour,
                                                     Diagnostics *diagnostics)
{
    if (diagnostics)
        diagnostics->append(result.diagnostics);
    if (result.hasErrors())
        return std::nullopt;
    MapUserLayer layer;
    for (const GeoFeature &feature : result.features) {
        if (feature.hasGeometry())
            layer.m_features.append(feature);
    }
    if (layer.m_features.isEmpty()) {
        if (diagnostics) {
            Diagnostic d;
            d.file = fileName;
            d.message = tr("the file has no feature with a geometry to draw");
            diagnostics->append(d);
        }
        return std::nullopt;
    }
    layer.m_fileName = fileName;
    layer.m_name = QFileInfo(fileName).completeBaseName();
    layer.m_colour = colour;
    return layer;
}

QColor MapUserLayer::colourFor(int n)
{
    // Dark, saturated hues that stand out against the bloc fills.
    static const int hues[] = {330, 15, 265, 175, 45, 300};
    return QColor::fromHsl(hues[n % 6], 200, 95);
}

void MapUserLayer::project(const Projection &projection) const
{
    if (m_projectionKey == projection.key())
        return;
    m_shapes.clear();
    m_shapes.reserve(m_features.size());
    for (const GeoFeature &feature : m_features) {
        Shape shape;
        shape.areas.setFillRule(Qt::OddEvenFill);
        for (const GeoPolygon &polygon : feature.polygons) {
            for (const QPolygonF &ring : geo::worldRings(polygon)) {
                shape.areas.addPolygon(projection.projectPolyline(ring));
                shape.areas.closeSubpath();
            }
        }
        for (const QPolygonF &line : feature.lines) {
            for (const QPolygonF &piece : geo::worldLines(line))
                shape.lines.addPolygon(projection.projectPolyline(piece));
        }
        readyForThreads(shape.areas); // drawn by every band of a frame at once
        readyForThreads(shape.lines);
        shape.points = feature.points;
        const QVariantMap &p = feature.properties;
        shape.stroke = propertyColour(p, QStringLiteral("stroke"), m_colour);
        shape.stroke.setAlphaF(float(propertyNumber(p, QStringLiteral("stroke-opacity"), 1.0)));
        shape.fill = propertyColour(p, QStringLiteral("fill"), m_colour);
        shape.fill.setAlphaF(float(propertyNumber(p, QStringLiteral("fill-opacity"), 0.18)));
        shape.strokeWidth = propertyNumber(p, QStringLiteral("stroke-width"), 2.0);
        shape.name = feature.name;
        m_shapes.append(std::move(shape));
    }
    m_projectionKey = projection.key();
}

void MapUserLayer::draw(QPainter &painter, const MapViewport &viewport, const QFont &font) const
{
    project(viewport.projection());
    const QRectF visible = viewport.visiblePlaneRect().normalized();
    const double unit = 1.0 / viewport.scale(); // one pixel in plane units
    painter.save();
    painter.setTransform(viewport.transform(), true);
    for (const Shape &shape : m_shapes) {
        if (!shape.areas.isEmpty() && shape.areas.controlPointRect().intersects(visible)) {
            QPen pen(shape.stroke, shape.strokeWidth * 0.75 * unit);
            pen.setJoinStyle(Qt::RoundJoin);
            painter.setPen(pen);
            painter.setBrush(shape.fill);
            painter.drawPath(shape.areas);
        }
        if (!shape.lines.isEmpty() && shape.lines.controlPointRect().intersects(visible)) {
            QPen pen(shape.stroke, shape.strokeWidth * unit);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(shape.lines);
        }
    }
    painter.restore();
    // Points in screen units, so the rings and names keep their size at any zoom.
    painter.save();
    painter.setFont(font);
    const QFontMetricsF fm(font);
    for (const Shape &shape : m_shapes) {
        for (const QPointF &ll : shape.points) {
            const QPointF p = viewport.lonLatToScreen(ll);
            if (!viewport.target().contains(p))
                continue;
            painter.setPen(QPen(shape.stroke, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(p, 4, 4);
            if (!shape.name.isEmpty()) {
                painter.setPen(shape.stroke);
                painter.drawText(p + QPointF(6, fm.ascent() / 2 - 1), shape.name);
            }
        }
    }
    painter.restore();
}

} // namespace entente
