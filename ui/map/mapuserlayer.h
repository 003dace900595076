#pragma once

#include "geo/geometry.h"

#include <QColor>
#include <QPainterPath>
#include <QString>
#include <QVector>

#include <optional>

class QPainter;

namespace entente {

class MapViewport;
class Projection;

// A GeoJSON file the analyst laid over the basemap: regions of control, front lines,
// sites. Features may carry simplestyle properties ("stroke", "fill", "stroke-width",
// "fill-opacity"); otherwise the layer's own colour is used. Projected shapes are cached
// per projection.
class MapUserLayer
{
public:
    // Reads a GeoJSON file. Returns nullopt when it has errors or no feature with geometry;
    // `diagnostics` then says why (file, JSON path, message).
    static std::optional<MapUserLayer> load(const QString &fileName, const QColor &colour,
                                            Diagnostics *diagnostics);
    static std::optional<MapUserLayer> fromData(const QByteArray &json, const QString &fileName,
                                                const QColor &colour, Diagnostics *diagnostics);

    QString name() const { return m_name; }
    QString fileName() const { return m_fileName; }
    QColor colour() const { return m_colour; }
    const QVector<GeoFeature> &features() const { return m_features; }
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible) { m_visible = visible; }

    // Draws the layer for a viewport: polygons filled and outlined, lines stroked, points
    // as small rings with their names.
    void draw(QPainter &painter, const MapViewport &viewport, const QFont &font) const;
    // Projects the shapes for `projection` now (draw() does it on first use): call it
    // before drawing from several threads at once.
    void project(const Projection &projection) const;

    // A distinct colour for the n-th loaded layer.
    static QColor colourFor(int n);

private:
    static std::optional<MapUserLayer> fromResult(const GeoReadResult &result,
                                                  const QString &fileName, const QColor &colour,
                                                  Diagnostics *diagnostics);

    struct Shape
    {
        QPainterPath areas; // plane coordinates
        QPainterPath lines;
        QVector<QPointF> points; // lon/lat
        QColor stroke, fill;
        double strokeWidth = 2.0;
        QString name;
    };

    QString m_name;
    QString m_fileName;
    QColor m_colour;
    QVector<GeoFeature> m_features;
    bool m_visible = true;
    mutable QString m_projectionKey;
    mutable QVector<Shape> m_shapes;
};

} // namespace entente
