#include "mapimagecache.h"

#include <cmath>

namespace entente {

bool MapImageCache::fits(const MapViewport &viewport, const QString &key) const
{
    if (m_image.isNull() || key != m_key || viewport.scale() != m_viewport.scale())
        return false;
    const QRectF cached(m_viewport.toPlane(m_viewport.target().topLeft()),
                        m_viewport.toPlane(m_viewport.target().bottomRight()));
    return cached.contains(viewport.visiblePlaneRect());
}

bool MapImageCache::standsIn(const MapViewport &viewport, const QString &key) const
{
    if (m_image.isNull() || key != m_key)
        return false;
    const QRectF view = viewport.target();
    const QRectF covered = toView(viewport).mapRect(m_viewport.target()).intersected(view);
    return covered.width() * covered.height() >= 0.6 * view.width() * view.height();
}

MapViewport MapImageCache::enlarged(const MapViewport &viewport)
{
    const QRectF view = viewport.target();
    const double mx = std::ceil(view.width() * kMargin), my = std::ceil(view.height() * kMargin);
    MapViewport v = viewport;
    v.setTarget(view.adjusted(-mx, -my, mx, my));
    // setTarget() may clamp; the enlarged view keeps the centre and scale exactly.
    v.setScale(viewport.scale());
    v.setCentre(viewport.centre());
    return v;
}

const MapViewport &MapImageCache::reset(const MapViewport &viewport, const QString &key,
                                        qreal devicePixelRatio)
{
    const MapViewport v = enlarged(viewport);
    const QSize size = (v.target().size() * devicePixelRatio).toSize();
    if (m_image.size() != size)
        m_image = QImage(size, QImage::Format_RGB32);
    m_image.setDevicePixelRatio(devicePixelRatio);
    m_viewport = v;
    m_key = key;
    ++m_rebuilds;
    return m_viewport;
}

void MapImageCache::clear()
{
    m_image = QImage();
    m_key.clear();
}

QTransform MapImageCache::toView(const MapViewport &viewport) const
{
    // image point q -> plane c0 + (q - t0) / s0 -> view t1 + (plane - c1) * s1.
    const double k = viewport.scale() / m_viewport.scale();
    const QPointF t0 = m_viewport.target().center(), t1 = viewport.target().center();
    const QPointF shift =
        t1 + (m_viewport.centre() - viewport.centre()) * viewport.scale() - t0 * k;
    return QTransform(k, 0, 0, k, shift.x(), shift.y());
}

} // namespace entente
