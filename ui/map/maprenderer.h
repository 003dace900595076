#pragma once

#include "maplayout.h"
#include "mapviewport.h"

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
    bool exporting = false;          // no hover and no selection highlights
    bool decorations = true;         // legend (if its layer is on), scale bar and attribution
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
// and attribution, into any QPainter (widget, QImage, QPdfWriter, QSvgGenerator), for the
// layout's viewport. render() draws it all (export draws the basemap as vector paths); the
// widget draws the same parts separately so it can keep the basemap and the scene in
// images (MapImageCache) and redraw only highlights and decorations on hover.
class MapRenderer
{
public:
    MapRenderer(const MapModel &model, const MapLayout &layout, const MapStyle &style,
                const MapLayerOptions &layers);

    void setUserLayers(const QVector<MapUserLayer> *layers) { m_userLayers = layers; }
    void setHighlights(const MapHighlights *highlights) { m_highlights = highlights; }

    void render(QPainter &painter, const MapRenderOptions &options) const;

    // Ocean, graticule, countries and user layers for a viewport.
    static void renderBase(QPainter &painter, const MapViewport &viewport, const MapModel &model,
                           const MapStyle &style, const MapLayerOptions &layers,
                           const QVector<MapUserLayer> *userLayers);
    // Arrows, events and actors as laid out, without highlights.
    void renderScene(QPainter &painter) const;
    // The selection and hover over the scene (outlined countries, lit arrows, rings and the
    // labels of highlighted actors); nothing without highlights.
    void renderHighlights(QPainter &painter) const;
    // Legend, scale bar and attribution along the edges of `view`.
    void renderDecorations(QPainter &painter, const MapViewport &view) const;

private:
    // The part of the layout `p` paints: the view, or on pixels the clip within it (a band
    // of the image, MapBands); marks wholly outside it are skipped.
    QRectF drawnArea(const QPainter &p) const;
    void drawCountryOutlines(QPainter &p) const;
    void drawArrow(QPainter &p, const MapArrowShape &shape, bool casing) const;
    void drawArrows(QPainter &p) const;
    void drawEvents(QPainter &p) const;
    void drawLeaders(QPainter &p) const;
    void drawActors(QPainter &p) const;
    void drawLabel(QPainter &p, const QRectF &rect, const QString &text, bool strong) const;
    void drawScaleBar(QPainter &p, double kmPerPixel, const QRectF &target) const;
    void drawAttribution(QPainter &p, const QRectF &target) const;

    const MapModel &m_model;
    const MapLayout &m_layout;
    const MapViewport &m_viewport;
    const MapStyle &m_style;
    MapLayerOptions m_layers;
    const QVector<MapUserLayer> *m_userLayers = nullptr;
    const MapHighlights *m_highlights = nullptr;
};

} // namespace entente
