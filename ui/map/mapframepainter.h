#pragma once

#include "maplayout.h"

#include <QImage>
#include <QVector>

#include <optional>

namespace entente {

class MapModel;
class MapStyle;
class MapUserLayer;
class MapViewport;

// Paints a frame of the actor map into the view's two images: the basemap (when it is new)
// and the scene over a copy of it, each in horizontal bands on all cores at once
// (MapBands). The calling thread lays the scene out while the other cores paint their
// bands of the basemap; the scene's bands are split where its work is (rowCosts).
class MapFramePainter final
{
public:
    MapFramePainter(const MapModel &model, const MapStyle &style, const MapLayerOptions &layers,
                    const QVector<MapUserLayer> &userLayers);

    // `v` is the images' viewport (its target their rectangle). Paints `base` first when
    // `newBase`, then `scene` (made the size and format of `base`), laid out into `layout`
    // unless `laidOut` says it already is, for `v` and the model as it is.
    void paint(const MapViewport &v, QImage &base, bool newBase, QImage &scene,
               std::optional<MapLayout> &layout, bool laidOut = false) const;

    // Roughly what each row of the scene image costs to paint, in microseconds (measured at
    // 1600x1000): the basemap's copy spread evenly, arrows by length and width, event
    // badges and actor markers where they stand. Bands of equal cost finish together; by
    // rows alone the half with Europe waited for the other.
    static QVector<double> rowCosts(const MapLayout &layout, int rows, qreal dpr);

private:
    const MapModel &m_model;
    const MapStyle &m_style;
    const MapLayerOptions &m_layers;
    const QVector<MapUserLayer> &m_userLayers;
};

} // namespace entente
