#pragma once

class QPainter;

namespace entente {

class TimelineGeometry;
class TimelineStyle;

// Draws the timeline's axis band: the corner (lane mode, tick level), tick marks, the
// unit row and the context row (month or year) of TimeAxis, and the time window's bar.
class TimeAxisPainter
{
public:
    static void paint(QPainter &painter, const TimelineGeometry &geometry,
                      const TimelineStyle &style);
};

} // namespace entente
