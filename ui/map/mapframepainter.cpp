#include "mapframepainter.h"

#include "mapbands.h"
#include "maprenderer.h"
#include "mapstyle.h"
#include "mapuserlayer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace entente {

MapFramePainter::MapFramePainter(const MapModel &model, const MapStyle &style,
                                 const MapLayerOptions &layers,
                                 const QVector<MapUserLayer> &userLayers)
    : m_model(model), m_style(style), m_layers(layers), m_userLayers(userLayers)
{
}

void MapFramePainter::paint(const MapViewport &v, QImage &base, bool newBase, QImage &scene,
                            std::optional<MapLayout> &layout, bool laidOut) const
{
    if (scene.size() != base.size() || scene.format() != base.format())
        scene = QImage(base.size(), base.format());
    scene.setDevicePixelRatio(base.devicePixelRatio());
    const qreal dpr = scene.devicePixelRatio();
    const int rows = scene.height();
    const qsizetype bpl = scene.bytesPerLine();
    const int count = MapBands::countNow();
    const auto layOut = [&] {
        if (!laidOut || !layout)
            layout.emplace(m_model, v, m_layers, m_style.labelFont());
    };
    // A band of the image (rows [first, end)) painted as the whole image, clipped to it.
    const auto paintBand = [&](QImage &band, int first, int end, const auto &paint) {
        const QPointF origin = v.target().topLeft() + QPointF(0, first / dpr);
        QPainter p(&band);
        p.translate(-origin);
        // Each band paints only what reaches into it (the renderer culls by the clip).
        p.setClipRect(QRectF(origin, QSizeF(v.target().width(), (end - first) / dpr)));
        paint(p);
    };
    if (newBase && rows > 0) {
        // The basemap in bands at once (MapBands); the calling thread lays the scene out
        // first, so its band is lower by about the layout's share of the work.
        if (m_layers.userLayers) {
            for (const MapUserLayer &layer : m_userLayers)
                layer.project(v.projection()); // once, not in every band
        }
        QVector<double> costs(rows, 1.0);
        costs.last() += 0.1 * rows;
        const auto bands = MapBands::split(costs, dpr, count);
        QVector<QImage> parts;
        for (const auto &[first, end] : bands)
            parts.append(MapBands::band(base, first, end));
        MapBands::run(bands.size(), [&](qsizetype i) {
            if (i + 1 == bands.size())
                layOut();
            paintBand(parts[i], bands[i].first, bands[i].second, [&](QPainter &p) {
                MapRenderer::renderBase(p, v, m_model, m_style, m_layers, &m_userLayers);
            });
        });
    } else {
        layOut();
    }

    // Then the scene over a copy of it, in bands split where the scene's work is.
    const MapRenderer renderer(m_model, *layout, m_style, m_layers);
    const auto bands = MapBands::split(rowCosts(*layout, rows, dpr), dpr, count);
    QVector<QImage> parts;
    for (const auto &[first, end] : bands)
        parts.append(MapBands::band(scene, first, end));
    const uchar *basePixels = std::as_const(base).constBits();
    MapBands::run(bands.size(), [&](qsizetype i) {
        const auto [first, end] = bands[i];
        std::memcpy(parts[i].bits(), basePixels + qsizetype(first) * bpl,
                    size_t(end - first) * size_t(bpl));
        paintBand(parts[i], first, end, [&](QPainter &p) { renderer.renderScene(p); });
    });
}

QVector<double> MapFramePainter::rowCosts(const MapLayout &layout, int rows, qreal dpr)
{
    if (rows <= 0)
        return {};
    QVector<double> costs(rows, 1200.0 / std::max(rows, 1)); // the copy of the basemap
    const double top = layout.viewport().target().top();
    const auto add = [&](double y0, double y1, double cost) {
        const int r0 = std::clamp(int(std::floor((std::min(y0, y1) - top) * dpr)), 0, rows - 1);
        const int r1 = std::clamp(int(std::floor((std::max(y0, y1) - top) * dpr)), 0, rows - 1);
        for (int r = r0; r <= r1; ++r)
            costs[r] += cost / (r1 - r0 + 1);
    };
    for (const MapArrowShape &shape : layout.arrows()) {
        for (qsizetype i = 1; i < shape.hitLine.size(); ++i) {
            const QLineF segment(shape.hitLine[i - 1], shape.hitLine[i]);
            add(segment.y1(), segment.y2(), 0.04 * segment.length() * (shape.width + 2));
        }
    }
    for (const MapCluster &cluster : layout.clusters())
        add(cluster.pos.y(), cluster.pos.y(), 25);
    for (const MapMarker &marker : layout.markers())
        add(marker.pos.y(), marker.pos.y(), 6);
    return costs;
}

} // namespace entente
