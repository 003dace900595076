#pragma once

#include <QRectF>

class QPainter;

namespace entente {

class MapLayout;
class MapModel;
class MapStyle;

// The actor map's key, drawn into the map itself (so exports carry it) as a band along
// the bottom edge whose entries flow and wrap like text: the blocs named by a few members,
// the tie types on screen and the event types shown. It covers the map's bottom strip only,
// where the ocean or the far south usually is, rather than a corner of the story.
class MapLegend
{
public:
    // Draws along the bottom of `area`; returns the band's rectangle (empty if nothing to
    // show).
    static QRectF draw(QPainter &painter, const QRectF &area, const MapModel &model,
                       const MapLayout &layout, const MapStyle &style);
};

} // namespace entente
