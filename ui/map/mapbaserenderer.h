#pragma once

#include "maplayout.h"

#include <QVector>

class QPainter;

namespace entente {

class MapModel;
class MapStyle;
class MapUserLayer;
class MapViewport;

// The actor map's basemap for a viewport: ocean, graticule, countries filled by the bloc
// of their state with their borders, and the user's GeoJSON layers. Country bounds and
// graticules in the plane are made once per basemap and projection and shared by every
// view, band (MapBands) and export.
class MapBaseRenderer final
{
public:
    // Paints within the painter's clip only (a band of an image, say) what reaches into it.
    static void render(QPainter &painter, const MapViewport &viewport, const MapModel &model,
                       const MapStyle &style, const MapLayerOptions &layers,
                       const QVector<MapUserLayer> *userLayers);
};

} // namespace entente
