#pragma once

#include "geo/projection.h"

#include <QPointF>
#include <QRectF>
#include <QTransform>
#include <QVector>

#include <memory>
#include <optional>

namespace entente {

// Where the actor map looks: a projection, the plane point shown at the centre of the
// target rectangle and the scale in pixels per plane unit. Plane to screen is a scale and a
// translation (the projections put y southward already), so hit-testing inverts exactly.
// A value type: the view keeps one, export copies it onto another target.
class MapViewport
{
public:
    // Equirectangular with the 32-degree standard parallel, the whole world in 800x500.
    MapViewport();
    explicit MapViewport(std::shared_ptr<const Projection> projection);

    const Projection &projection() const { return *m_projection; }
    std::shared_ptr<const Projection> sharedProjection() const { return m_projection; }
    // Keeps the longitude/latitude at the centre and the pixels per degree there.
    void setProjection(std::shared_ptr<const Projection> projection);

    QRectF target() const { return m_target; }
    void setTarget(const QRectF &target);
    // The same area shown in another rectangle (export to a page, a bigger image).
    MapViewport retargeted(const QRectF &target) const;

    QPointF centre() const { return m_centre; } // plane
    void setCentre(QPointF plane);
    double scale() const { return m_scale; } // pixels per plane unit
    void setScale(double pixelsPerUnit);
    // Pixels per degree of latitude (plane units are radians on the unit sphere).
    double pixelsPerDegree() const;
    double minScale() const;
    double maxScale() const;

    QTransform transform() const; // plane -> screen
    QPointF toScreen(QPointF plane) const;
    QPointF toPlane(QPointF screen) const;
    QPointF lonLatToScreen(QPointF lonLat) const;
    std::optional<QPointF> screenToLonLat(QPointF screen) const;
    QRectF visiblePlaneRect() const;

    // Shows planeRect with a margin (a fraction of the target on each side), no closer than
    // maxPixelsPerDegree so a single place does not fill the view.
    void fit(const QRectF &planeRect, double margin = 0.08, double maxPixelsPerDegree = 60.0);
    // The viewport that shows these places (longitude, latitude): this one when they lie
    // well inside it, this one moved when they fit at its zoom, else fitted to them,
    // closer than now only when `allowZoomIn`.
    MapViewport showing(const QVector<QPointF> &lonLats, bool allowZoomIn) const;
    // The plane point under `anchor` stays under it.
    void zoomAt(double factor, QPointF anchor);
    void panBy(QPointF screenDelta);

    // Ground distance per pixel at the centre, measured along the parallel (what a scale
    // bar shows); 0 when the centre is off the world.
    double kilometresPerPixel() const;

    static constexpr double kMaxPixelsPerDegree = 400.0;

    friend bool operator==(const MapViewport &a, const MapViewport &b)
    {
        return a.m_projection->key() == b.m_projection->key() && a.m_target == b.m_target &&
               a.m_centre == b.m_centre && a.m_scale == b.m_scale;
    }

private:
    void clamp();

    std::shared_ptr<const Projection> m_projection;
    QRectF m_target{0, 0, 800, 500};
    QPointF m_centre;
    double m_scale = 1.0;
};

} // namespace entente
