#pragma once

#include "networkgeometry.h"
#include "networklegend.h"
#include "networkstyle.h"

#include <QPalette>

#include <optional>

class QPainter;

namespace entente {

struct NetworkRenderOptions
{
    // Exports leave out what only makes sense on screen: hover, selection rings, pins.
    bool exporting = false;
    bool legend = true;
    bool background = true;
    std::optional<QPalette> palette; // e.g. a light one for print; else the view's
};

// Paints a NetworkGeometry: edges batched by stroke, arrowheads and `via` rings, nodes by
// kind and bloc, labels on a halo, and the legend band; and, separately, the overlay of
// hover, selection and pins. No widget state: the view and the exports hand it all.
class NetworkRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Entente::NetworkRenderer)

public:
    // The picture itself (what the view caches and exports print).
    static void paint(QPainter &painter, const QRectF &area, const NetworkGeometry &geometry,
                      const NetworkStyle &style, const NetworkViewOptions &viewOptions,
                      const NetworkRenderOptions &options);
    // Hover, selection and pins over a picture painted by paint() from the same geometry,
    // above the legend band `legend` (see legendRect()).
    static void paintOverlay(QPainter &painter, const QRectF &area, const NetworkGeometry &geometry,
                             const NetworkOverlay &overlay, const NetworkStyle &style,
                             const QRectF &legend);

    // The legend band along the bottom of `area` (empty when the legend is off).
    static QRectF legendRect(const QRectF &area, const NetworkAnalysis &analysis,
                             const NetworkViewOptions &viewOptions, const NetworkStyle &style,
                             bool exporting);
    // The same for entries worked out before (they cost a pass over every edge).
    static QRectF legendRect(const QRectF &area, const QVector<NetworkLegendEntry> &entries,
                             const NetworkStyle &style);
    // The legend's entries as drawn: the summary only in exports (the panel shows it).
    static QVector<NetworkLegendEntry> legendEntries(const NetworkAnalysis &analysis,
                                                     const NetworkViewOptions &viewOptions,
                                                     bool exporting);

    // Above this many edges in view, edges are drawn without antialiasing: several times
    // faster, and at that density the difference hardly shows.
    static constexpr int kDenseEdges = 1500;
    // The same for the ties lit by hovering, drawn on every repaint.
    static constexpr int kDenseOverlayEdges = 300;

private:
    // `subset` (indices into the geometry's edges or nodes) or all of them.
    static void paintEdges(QPainter &painter, const NetworkGeometry &geometry,
                           const QVector<int> *subset, const NetworkStyle &style, bool dense);
    static void paintNodes(QPainter &painter, const NetworkGeometry &geometry,
                           const QVector<int> *subset, const NetworkStyle &style, bool sprites);
    static void paintLabels(QPainter &painter, const QVector<NetworkLabelItem> &labels,
                            const NetworkStyle &style);
};

} // namespace entente
