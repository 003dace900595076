#pragma once

#include "mapviewport.h"

#include <QImage>
#include <QString>
#include <QVector>

namespace entente {

class MapModel;
class MapStyle;
class MapUserLayer;
struct MapLayerOptions;

// The basemap (ocean, countries by bloc, user layers) rendered into an image with a margin
// around the view: while the map is panned only the image moves, and hovering or selecting
// never redraws the 50m shapes (tech-notes: 22-27 ms for an antialiased 50m draw). Rebuilt
// when the zoom, projection, country fills, layers or palette change, or when a pan leaves
// the margin.
class MapBaseCache
{
public:
    // The image for `viewport`; `topLeft` receives where its top-left corner goes.
    const QImage &image(const MapViewport &viewport, const MapModel &model, const MapStyle &style,
                        const MapLayerOptions &layers, const QVector<MapUserLayer> &userLayers,
                        int userLayersGeneration, qreal devicePixelRatio, QPointF *topLeft);
    void clear();
    int rebuildCount() const { return m_rebuilds; }

    static constexpr double kMargin = 0.25; // of the view on each side

private:
    QImage m_image;
    MapViewport m_viewport; // target = the image's rectangle in view coordinates
    QString m_key;
    int m_rebuilds = 0;
};

} // namespace entente
