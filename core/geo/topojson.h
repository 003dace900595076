#pragma once

#include "geometry.h"

#include <QByteArray>
#include <QString>

namespace entente {

// Reads TopoJSON topologies (such as the world-atlas basemaps): decodes the quantised,
// delta-encoded arcs, assembles rings from arc indices (a negative index ~i is arc i
// reversed) and returns each geometry as a GeoFeature in longitude/latitude. Polygons are
// passed through geo::unwrapPolygon(), so rings stitched across +-180 degrees (Russia,
// Fiji) are continuous; lines likewise through geo::unwrapLongitudes().
//
// Each member of a top-level GeometryCollection becomes one feature (its id and
// properties.name kept); a top-level geometry of another type becomes one feature too.
// Errors name the file and the JSON path ("objects.countries.geometries[3].arcs[0][1]");
// a geometry with an error is left out, the others are still read.
class TopoJsonReader
{
public:
    // objectName picks one member of "objects"; empty reads them all in key order.
    GeoReadResult readFile(const QString &fileName, const QString &objectName = {}) const;
    GeoReadResult read(const QByteArray &json, const QString &fileName = {},
                       const QString &objectName = {}) const;
};

} // namespace entente
