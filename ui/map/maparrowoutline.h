#pragma once

#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QVector>

#include <functional>

namespace entente {

// The outline of an arrow's stroke (solid, dashed or dotted, round caps) as polygons to
// fill. On a raster painter Qt strokes a dashed wide pen dash by dash, each with two curved
// caps, which made the 200 arrows of a cold frame cost more than the basemap; the same
// shapes built here as polygons fill several times faster. Vector output keeps the pen.
class MapArrowOutline final
{
public:
    // The area `pen` would cover stroking `curve` (its first subpath): the pen's width,
    // style and dash pattern, round caps at both ends of each dash. Winding fill.
    static QPainterPath of(const QPainterPath &curve, const QPen &pen);
    // The same, one polygon per dash (winding fill): a raster painter fills small polygons
    // one by one faster than one path with all the dashes of a long arrow.
    static QVector<QPolygonF> dashes(const QPainterPath &curve, const QPen &pen);
    // The same, each dash handed to `use` as it is made (one buffer for all: no copies).
    static void forEachDash(const QPainterPath &curve, const QPen &pen,
                            const std::function<void(const QPolygonF &)> &use);
    // Dash pattern in pen widths as Qt draws it (QPen::dashPattern); solid: one long dash.
    static QList<qreal> patternOf(const QPen &pen);
};

} // namespace entente
