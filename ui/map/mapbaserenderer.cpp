#include "mapbaserenderer.h"

#include "mapbasemaps.h"
#include "mapmodel.h"
#include "mapstyle.h"
#include "mapuserlayer.h"
#include "util/sharedpath.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPaintEngine>
#include <QPainter>

namespace entente {

namespace {

// Projected bounds of each country (to skip those off screen) and graticules, per basemap
// and projection: both are built once and shared by every view and export.
struct PlaneCache
{
    QMutex mutex;
    QHash<QString, QVector<QRectF>> countryBounds;
    QHash<QString, QPainterPath> paths;
};

PlaneCache &planeCache()
{
    static PlaneCache cache;
    return cache;
}

QVector<QRectF> countryBounds(const Basemap &basemap, const Projection &projection,
                              const QVector<QPainterPath> &paths)
{
    const QString key = basemap.fileName() + u'|' + projection.key();
    PlaneCache &cache = planeCache();
    QMutexLocker locker(&cache.mutex);
    auto it = cache.countryBounds.find(key);
    if (it == cache.countryBounds.end()) {
        QVector<QRectF> bounds;
        bounds.reserve(paths.size());
        for (const QPainterPath &path : paths)
            bounds.append(path.controlPointRect());
        it = cache.countryBounds.insert(key, bounds);
    }
    return it.value();
}

QPainterPath cachedPath(const Projection &projection, const QString &what, double step)
{
    const QString key = projection.key() + u'|' + what + u'|' + QString::number(step);
    PlaneCache &cache = planeCache();
    QMutexLocker locker(&cache.mutex);
    auto it = cache.paths.find(key);
    if (it == cache.paths.end()) {
        it = cache.paths.insert(key, what == u"outline" ? projection.outline()
                                                        : projection.graticule(step));
        readyForThreads(it.value()); // the bands of a frame draw it at once
    }
    return it.value();
}

double graticuleStep(double pixelsPerDegree)
{
    if (pixelsPerDegree < 4)
        return 30;
    if (pixelsPerDegree < 12)
        return 15;
    if (pixelsPerDegree < 40)
        return 5;
    return 1;
}

} // namespace

void MapBaseRenderer::render(QPainter &p, const MapViewport &viewport, const MapModel &model,
                             const MapStyle &style, const MapLayerOptions &layers,
                             const QVector<MapUserLayer> *userLayers)
{
    const Projection &projection = viewport.projection();
    p.save();
    p.setClipRect(viewport.target(), Qt::IntersectClip);
    p.setRenderHint(QPainter::Antialiasing);
    // Zoomed in, the world's outline covers the whole picture: the ocean is then one plain
    // fill instead of the space outside the world and an antialiased outline over it.
    const QPainterPath outline = cachedPath(projection, QStringLiteral("outline"), 0);
    const QRectF painted =
        viewport.target().intersected(p.hasClipping() ? p.clipBoundingRect() : viewport.target());
    const bool allOcean =
        outline.contains(viewport.transform().inverted().mapRect(painted).normalized());
    p.fillRect(viewport.target(), allOcean ? style.ocean() : style.outsideWorld());
    p.save();
    p.setTransform(viewport.transform(), true);
    const double px = 1.0 / viewport.scale(); // one pixel in plane units
    if (!allOcean) {
        p.setPen(Qt::NoPen);
        p.setBrush(style.ocean());
        p.drawPath(outline);
    }
    p.setPen(QPen(style.graticule(), 0.7 * px));
    p.setBrush(Qt::NoBrush);
    p.drawPath(cachedPath(projection, QStringLiteral("graticule"),
                          graticuleStep(viewport.pixelsPerDegree())));

    const auto basemap = MapBasemaps::get(MapBasemaps::resolutionFor(viewport.pixelsPerDegree()));
    const QVector<QPainterPath> paths = basemap->projectedPaths(projection);
    const QVector<QRectF> bounds = countryBounds(*basemap, projection, paths);
    // Only countries in the painter's clip: a band of the image painted by one thread
    // (MapBands) leaves out those of the other bands.
    QRectF visible = viewport.visiblePlaneRect().normalized();
    if (p.hasClipping())
        visible = visible.intersected(p.clipBoundingRect().normalized());
    QPen border(style.border(), 0.6 * px);
    border.setJoinStyle(Qt::RoundJoin);
    // On screen the fills go without antialiasing and the antialiased borders drawn over
    // them hide the steps: a third of a cold frame's basemap time. Vector output fills
    // and strokes each country in one go.
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    if (raster) {
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
    } else {
        p.setPen(border);
    }
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (!bounds[i].intersects(visible))
            continue;
        const std::optional<int> bloc =
            layers.countries ? model.countryBloc(basemap->country(i).key()) : std::nullopt;
        p.setBrush(style.countryFill(bloc.value_or(-1), bloc.has_value()));
        p.drawPath(paths[i]);
    }
    if (raster) {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(border);
        p.setBrush(Qt::NoBrush);
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (bounds[i].intersects(visible))
                p.drawPath(paths[i]);
        }
    }
    p.restore();
    if (layers.userLayers && userLayers) {
        for (const MapUserLayer &layer : *userLayers) {
            if (layer.isVisible())
                layer.draw(p, viewport, style.smallFont());
        }
    }
    p.restore();
}

} // namespace entente
