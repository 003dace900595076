#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace entente {

struct GeoFeature;

// A map projection: longitude/latitude in degrees to a plane and back (the inverse is for
// hit-testing). Plane units are those of the unit sphere (about one unit per radian at the
// equator) and y grows southward, as on screen, so a view only scales and translates.
// The central meridian is Greenwich; the world spans longitudes -180..180.
class Projection
{
public:
    enum class Kind { Equirectangular, NaturalEarth };

    virtual ~Projection() = default;

    virtual Kind kind() const = 0;
    // Names the projection and its parameters ("equirectangular:32"): a cache key, and what
    // create() reads back.
    virtual QString key() const = 0;
    virtual QString displayName() const = 0;
    virtual std::unique_ptr<Projection> clone() const = 0;

    virtual QPointF project(QPointF lonLat) const = 0;
    // nullopt for a plane point off the world.
    virtual std::optional<QPointF> inverse(QPointF planePoint) const = 0;
    // True when lines of constant longitude and latitude stay straight, so straight edges
    // in lon/lat need no extra points.
    virtual bool isRectilinear() const { return false; }

    // Projects a polyline or ring, adding points on edges longer than maxStepDegrees where
    // the projection bends them.
    QPolygonF projectPolyline(const QPolygonF &lonLat, double maxStepDegrees = 1.0) const;
    // The polygons (as world rings, even-odd filled) and lines of a feature; points are left
    // to the caller, which draws them as markers.
    QPainterPath projectFeature(const GeoFeature &feature) const;
    // The edge of the world (the map's ocean), and its bounding rect.
    QPainterPath outline() const;
    // Meridians and parallels every stepDegrees (open subpaths, to stroke), poles left out.
    QPainterPath graticule(double stepDegrees = 15.0) const;
    QRectF worldBounds() const;

    // From key(): "equirectangular", "equirectangular:<standard parallel>", "naturalearth".
    static std::unique_ptr<Projection> create(QStringView key);
};

// Plate carree with a standard parallel phi0: x = lambda cos(phi0), y = phi. Near phi0
// shapes keep their proportions (32 degrees suits the Mediterranean); inverts exactly.
class EquirectangularProjection final : public Projection
{
public:
    static constexpr double kDefaultStandardParallel = 32.0;

    explicit EquirectangularProjection(double standardParallelDegrees = kDefaultStandardParallel);

    double standardParallel() const { return m_standardParallel; }

    Kind kind() const override { return Kind::Equirectangular; }
    QString key() const override;
    QString displayName() const override;
    std::unique_ptr<Projection> clone() const override;
    QPointF project(QPointF lonLat) const override;
    std::optional<QPointF> inverse(QPointF planePoint) const override;
    bool isRectilinear() const override { return true; }

private:
    double m_standardParallel;
    double m_xScale; // cos(phi0)
};

// Natural Earth (I), Tom Patterson's pseudocylindrical compromise projection for world
// overviews, in the polynomial form published by Savric, Jenny, Patterson, Petrovic and
// Hurni ("A polynomial equation for the Natural Earth projection", Cartography and
// Geographic Information Science 38(4), 2011). The inverse solves the latitude polynomial
// by Newton iteration.
class NaturalEarthProjection final : public Projection
{
public:
    Kind kind() const override { return Kind::NaturalEarth; }
    QString key() const override;
    QString displayName() const override;
    std::unique_ptr<Projection> clone() const override;
    QPointF project(QPointF lonLat) const override;
    std::optional<QPointF> inverse(QPointF planePoint) const override;
};

} // namespace entente
