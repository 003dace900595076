#pragma once

#include "maplayout.h"
#include "mapviewport.h"

#include <QImage>
#include <QPalette>
#include <QSet>
#include <QString>

#include <optional>

class QPainter;

namespace entente {

class MapModel;
class MapStyle;
class MapUserLayer;

struct MapRenderOptions
{
    bool exporting = false; // no hover and no selection highlights
    bool decorations = true; // legend (if its layer is on), scale bar and attribution
    std::optional<QPalette> palette; // e.g. a light one for print; else the view's
};

// What is selected or hovered, resolved to indices (the view keeps it current).
struct MapHighlights
{
    QSet<int> actors; // snapshot indices
    QSet<int> events;
    QSet<int> relations;
    QSet<int> arrows;        // into MapModel::arrows()
    QSet<QString> countries; // basemap keys of selected states
    MapHit hover;
    QString hoverCountry; // basemap key under the mouse
};

// The actor map's one paint routine: basemap (countries filled by bloc), user layers,
// arrows, event sites and clusters, actor markers and labels, highlights, legend, scale bar
// and attribution, into any QPainter (widget, QImage, QPdfWriter, QSvgGenerator). The
// widget passes a pre-rendered image of the basemap to skip redrawing it while panning;
// export draws the basemap as vector paths.
class MapRenderer
{
public:
    MapRenderer(const MapModel &model, const MapLayout &layout, const MapViewport &viewport,
                const MapStyle &style, const MapLayerOptions &layers);

    void setUserLayers(const QVector<MapUserLayer> *layers) { m_userLayers = layers; }
    void setHighlights(const MapHighlights *highlights) { m_highlights = highlights; }
    // A rendering of renderBase() whose top-left corner goes at `topLeft`.
    void setBaseImage(const QImage *image, QPointF topLeft)
    {
        m_baseImage = image;
        m_baseTopLeft = topLeft;
    }

    void render(QPainter &painter, const MapRenderOptions &options) const;

    // Ocean, graticule, countries and user layers for a viewport: what does not change
    // while the mouse moves, so the view caches it.
    static void renderBase(QPainter &painter, const MapViewport &viewport, const MapModel &model,
                           const MapStyle &style, const MapLayerOptions &layers,
                           const QVector<MapUserLayer> *userLayers);

private:
    void drawCountryOutlines(QPainter &p, bool exporting) const;
    void drawArrows(QPainter &p, bool exporting) const;
    void drawEvents(QPainter &p, bool exporting) const;
    void drawActors(QPainter &p, bool exporting) const;
    void drawScaleBar(QPainter &p) const;
    void drawAttribution(QPainter &p) const;

    const MapModel &m_model;
    const MapLayout &m_layout;
    const MapViewport &m_viewport;
    const MapStyle &m_style;
    MapLayerOptions m_layers;
    const QVector<MapUserLayer> *m_userLayers = nullptr;
    const MapHighlights *m_highlights = nullptr;
    const QImage *m_baseImage = nullptr;
    QPointF m_baseTopLeft;
};

} // namespace entente
