#pragma once

#include "exportoptions.h"
#include "exportsource.h"

#include <QRectF>

class QPainter;

namespace entente {

// Draws one view for export inside a frame: a title line with the time window, the
// view's own paint routine (no hover, no selection handles), its legend and, for the
// map, the Natural Earth attribution. A view without a paint routine is drawn as a
// labelled "not available in this version" frame.
class ViewFrame
{
public:
    // `view` is Timeline, Map or Network. Coordinates are points.
    static void paint(QPainter &painter, const QRectF &rect, ExportOptions::What view,
                      ExportSource &source);
    // The three views side by side, under one title line.
    static void paintAll(QPainter &painter, const QRectF &rect, ExportSource &source);
    // The timeline of the source's filter over its shown days, every lane fitted in
    // (scaled down when there are many, with a note of what did not fit).
    static void paintTimeline(QPainter &painter, const QRectF &rect, const ExportSource &source);
    static void paintUnavailable(QPainter &painter, const QRectF &rect, const QString &what);
};

} // namespace entente
