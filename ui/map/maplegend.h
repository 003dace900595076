#pragma once

#include <QRectF>

class QPainter;

namespace entente {

class MapLayout;
class MapModel;
class MapStyle;

// The actor map's key, drawn into the map itself (so exports carry it): the blocs named
// by a few members, the arrow types on screen and the event types shown.
class MapLegend
{
public:
    // Draws in the top-right corner of `area`; returns the rectangle used.
    static QRectF draw(QPainter &painter, const QRectF &area, const MapModel &model,
                       const MapLayout &layout, const MapStyle &style);
};

} // namespace entente
