#include "mapviewport.h"

#include "geo/greatcircle.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace entente {

namespace {

constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;

QRectF boundsOf(const QVector<QPointF> &points)
{
    if (points.isEmpty())
        return {};
    double x0 = points.first().x(), x1 = x0, y0 = points.first().y(), y1 = y0;
    for (const QPointF &p : points) {
        x0 = std::min(x0, p.x()), x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y()), y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace

MapViewport::MapViewport() : MapViewport(std::make_shared<EquirectangularProjection>()) {}

MapViewport::MapViewport(std::shared_ptr<const Projection> projection)
    : m_projection(std::move(projection))
{
    fit(m_projection->worldBounds(), 0.02, kMaxPixelsPerDegree);
}

void MapViewport::setProjection(std::shared_ptr<const Projection> projection)
{
    if (!projection || projection->key() == m_projection->key())
        return;
    const auto lonLat = screenToLonLat(m_target.center());
    const double ppd = pixelsPerDegree();
    m_projection = std::move(projection);
    m_scale = ppd / kRadiansPerDegree;
    m_centre = lonLat ? m_projection->project(*lonLat) : m_projection->worldBounds().center();
    clamp();
}

void MapViewport::setTarget(const QRectF &target)
{
    if (target.isEmpty())
        return;
    m_target = target;
    clamp();
}

MapViewport MapViewport::retargeted(const QRectF &target) const
{
    MapViewport v = *this;
    if (target.isEmpty() || m_target.isEmpty())
        return v;
    // The visible plane rect fits inside the new target (the shorter side decides).
    const double factor =
        std::min(target.width() / m_target.width(), target.height() / m_target.height());
    v.m_target = target;
    v.m_scale = m_scale * factor;
    return v;
}

void MapViewport::setCentre(QPointF plane)
{
    m_centre = plane;
    clamp();
}

void MapViewport::setScale(double pixelsPerUnit)
{
    if (!std::isfinite(pixelsPerUnit) || pixelsPerUnit <= 0)
        return;
    m_scale = pixelsPerUnit;
    clamp();
}

double MapViewport::pixelsPerDegree() const
{
    return m_scale * kRadiansPerDegree;
}

double MapViewport::minScale() const
{
    // Zoomed out, the whole world takes at least half of the target.
    const QRectF world = m_projection->worldBounds();
    return 0.5 * std::min(m_target.width() / world.width(), m_target.height() / world.height());
}

double MapViewport::maxScale() const
{
    return kMaxPixelsPerDegree / kRadiansPerDegree;
}

void MapViewport::clamp()
{
    m_scale = std::clamp(m_scale, minScale(), std::max(minScale(), maxScale()));
    // The centre stays on the world, so it can never be panned out of sight.
    const QRectF world = m_projection->worldBounds();
    m_centre.setX(std::clamp(m_centre.x(), world.left(), world.right()));
    m_centre.setY(std::clamp(m_centre.y(), world.top(), world.bottom()));
}

QTransform MapViewport::transform() const
{
    const QPointF c = m_target.center();
    return QTransform(m_scale, 0, 0, m_scale, c.x() - m_centre.x() * m_scale,
                      c.y() - m_centre.y() * m_scale);
}

QPointF MapViewport::toScreen(QPointF plane) const
{
    return m_target.center() + (plane - m_centre) * m_scale;
}

QPointF MapViewport::toPlane(QPointF screen) const
{
    return m_centre + (screen - m_target.center()) / m_scale;
}

QPointF MapViewport::lonLatToScreen(QPointF lonLat) const
{
    return toScreen(m_projection->project(lonLat));
}

std::optional<QPointF> MapViewport::screenToLonLat(QPointF screen) const
{
    return m_projection->inverse(toPlane(screen));
}

QRectF MapViewport::visiblePlaneRect() const
{
    return QRectF(toPlane(m_target.topLeft()), toPlane(m_target.bottomRight()));
}

void MapViewport::fit(const QRectF &planeRect, double margin, double maxPixelsPerDegree)
{
    if (!planeRect.isValid() && planeRect.isNull())
        return;
    const QRectF r = planeRect.normalized();
    const double w = m_target.width() * std::max(0.1, 1.0 - 2 * margin);
    const double h = m_target.height() * std::max(0.1, 1.0 - 2 * margin);
    double scale = maxPixelsPerDegree / kRadiansPerDegree;
    if (r.width() > 0)
        scale = std::min(scale, w / r.width());
    if (r.height() > 0)
        scale = std::min(scale, h / r.height());
    m_scale = scale;
    m_centre = r.center();
    clamp();
}

MapViewport MapViewport::showing(const QVector<QPointF> &lonLats, bool allowZoomIn) const
{
    MapViewport v = *this;
    if (lonLats.isEmpty())
        return v;
    QVector<QPointF> plane;
    for (const QPointF &ll : lonLats)
        plane.append(projection().project(ll));
    const QRectF bounds = boundsOf(plane);
    const QRectF view = visiblePlaneRect().normalized();
    const QRectF inner = view.adjusted(view.width() * 0.05, view.height() * 0.05,
                                       -view.width() * 0.05, -view.height() * 0.05);
    if (!allowZoomIn && inner.contains(bounds))
        return v;
    if (!allowZoomIn && bounds.width() <= inner.width() && bounds.height() <= inner.height())
        v.setCentre(bounds.center()); // fits at this zoom: only pan
    else
        v.fit(bounds, 0.1, allowZoomIn ? 60.0 : pixelsPerDegree());
    return v;
}

void MapViewport::zoomAt(double factor, QPointF anchor)
{
    if (!std::isfinite(factor) || factor <= 0)
        return;
    const QPointF plane = toPlane(anchor);
    m_scale *= factor;
    clamp();
    // Put `plane` back under the anchor at the new scale.
    m_centre = plane - (anchor - m_target.center()) / m_scale;
    clamp();
}

void MapViewport::panBy(QPointF screenDelta)
{
    m_centre -= screenDelta / m_scale;
    clamp();
}

double MapViewport::kilometresPerPixel() const
{
    const QPointF c = m_target.center();
    const double half = 50.0;
    const auto a = screenToLonLat(c - QPointF(half, 0));
    const auto b = screenToLonLat(c + QPointF(half, 0));
    if (!a || !b)
        return 0.0;
    return geo::greatCircleDistanceKm(*a, *b) / (2 * half);
}

} // namespace entente
