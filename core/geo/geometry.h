#pragma once

#include "model/diagnostic.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVariantMap>
#include <QVector>

#include <optional>

// Geometry value types shared by the readers, projections and the basemap of core/geo,
// and the antimeridian handling that makes world shapes safe to fill on a flat map.
// Coordinates are degrees: x = longitude (east positive), y = latitude (north positive).

namespace entente {

// A polygon: rings[0] is the outer ring, the others are holes. Rings are closed (the last
// point repeats the first). Longitudes are continuous along each ring: after the readers'
// unwrapping a ring may run past +-180 degrees (Chukotka at 190 E) but never jumps by 360.
struct GeoPolygon
{
    QVector<QPolygonF> rings;

    QRectF bounds() const;
    friend bool operator==(const GeoPolygon &, const GeoPolygon &) = default;
};

// One feature of a GeoJSON or TopoJSON file: a country, a region, a front line, a site.
struct GeoFeature
{
    QString id;             // the feature's id as text ("434"); empty when it has none
    QString name;           // properties.name; empty when absent
    QVariantMap properties; // all properties as read
    QVector<QPointF> points;
    QVector<QPolygonF> lines;
    QVector<GeoPolygon> polygons;

    bool hasGeometry() const
    {
        return !points.isEmpty() || !lines.isEmpty() || !polygons.isEmpty();
    }
    QRectF bounds() const; // of all parts; a null rect for a feature without geometry
};

// What a reader returns: the features that were read without error and every diagnostic.
struct GeoReadResult
{
    QVector<GeoFeature> features;
    Diagnostics diagnostics;

    bool hasErrors() const;
    QString firstError() const; // Diagnostic::toString() of the first error; empty if none
};

namespace geo {

// Longitude folded into [-180, 180).
double normalizedLongitude(double longitude);

// Removes 360-degree jumps along a ring or line: where two successive longitudes differ by
// more than 180 degrees, the rest of it is shifted by 360 so that it goes on continuously.
QPolygonF unwrapLongitudes(const QPolygonF &points);

// Makes a polygon of a world file safe to draw on a flat map:
// - each ring is unwrapped; the outer ring is moved by a multiple of 360 degrees so that
//   its middle lies within [-180, 180], and holes onto the same sheet as the outer ring;
// - a ring that goes once round a pole (Antarctica's coast) is closed along that pole's
//   latitude, so that it encloses the land and not the rest of the world;
// - a ring that lies entirely within 0.01 degree of a pole encloses nothing on a flat map
//   and is dropped (TopoJSON stitching leaves one for Antarctica).
GeoPolygon unwrapPolygon(const GeoPolygon &polygon);

// The parts of an unwrapped polygon that fall on the world [-180, 180]: the polygon clipped
// to it, plus its copies shifted by +-360 degrees, clipped likewise (the part of Russia
// past 180 E reappears at the western edge). Holes come out as rings too: combine the
// result with the even-odd rule (Qt::OddEvenFill, ringsContain()).
QVector<QPolygonF> worldRings(const GeoPolygon &polygon);

// The same for a line: the pieces of an unwrapped line and its shifted copies that fall on
// the world, each an open polyline.
QVector<QPolygonF> worldLines(const QPolygonF &line);

// Point-in-ring test (crossing number), and its even-odd form over any number of rings.
bool ringContains(const QPolygonF &ring, QPointF point);
bool ringsContain(const QVector<QPolygonF> &rings, QPointF point);

// Signed shoelace area in square degrees (positive for counter-clockwise in lon/lat).
double signedArea(const QPolygonF &ring);

// Area of a polygon (outer minus holes) in square degrees scaled by the cosine of its
// latitude: proportional to true area for small shapes, enough to rank them.
double approximateArea(const GeoPolygon &polygon);

// Area centroid of a polygon (holes subtracted), longitude normalised; nullopt when the
// polygon has no area.
std::optional<QPointF> centroid(const GeoPolygon &polygon);

// A point for a label or a marker: the centroid when it falls inside the polygon, else
// the middle of the widest stretch of the polygon on a parallel near the centroid (the
// centroid of a crescent lies outside it). Longitude normalised.
std::optional<QPointF> labelPoint(const GeoPolygon &polygon);

} // namespace geo
} // namespace entente
