#pragma once

#include "geometry.h"

#include <QByteArray>
#include <QString>

namespace entente {

// Reads GeoJSON (RFC 7946) files that users load as map layers of their own: regions,
// front lines, sites. Accepts a FeatureCollection, a single Feature or a bare geometry
// (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon,
// GeometryCollection), returning one GeoFeature per feature (id, properties.name and all
// properties kept).
//
// It checks everything and reports each problem with the file, the JSON path
// ("features[3].geometry.coordinates[0][2]") and what was expected. A feature with an
// error is left out; the others are still returned, so the caller decides whether to
// refuse the file (GeoReadResult::hasErrors()) or to go on. Decisions:
// - a position is [longitude, latitude] in degrees, extra values (altitude) ignored;
//   latitude beyond +-90 or longitude beyond +-360 is an error (projected coordinates);
// - a LineString needs 2 positions, a linear ring 4;
// - a ring whose last position differs from its first is a warning: it is closed;
// - "geometry": null gives a feature without geometry; a missing "geometry" is an error;
// - a "crs" member other than WGS 84 longitude/latitude is a warning (RFC 7946 drops crs);
// - after 100 errors reading stops.
// Polygons go through geo::unwrapPolygon() and lines through geo::unwrapLongitudes(), as
// for TopoJSON.
class GeoJsonReader
{
public:
    GeoReadResult readFile(const QString &fileName) const;
    GeoReadResult read(const QByteArray &json, const QString &fileName = {}) const;
};

} // namespace entente
