#pragma once

#include <QPointF>
#include <QPolygonF>

// Great-circle helpers for drawing support arrows between places on the map. Points are
// degrees, x = longitude, y = latitude.

namespace entente::geo {

// Mean Earth radius (IUGG), kilometres.
inline constexpr double kEarthRadiusKm = 6371.0088;

// Central angle between two points, in degrees.
double greatCircleAngle(QPointF from, QPointF to);
double greatCircleDistanceKm(QPointF from, QPointF to);

// Points along the shorter great circle from one point to the other, both ends included,
// spaced at most maxStepDegrees of arc apart (at least one segment). Longitudes are
// continuous (a route across the Pacific runs past 180 rather than jumping): pass the
// result through worldLines() before drawing it on a world map. Antipodal points have no
// single shortest route; the one by the meridian of `from` is used.
QPolygonF greatCirclePoints(QPointF from, QPointF to, double maxStepDegrees = 2.0);

} // namespace entente::geo
