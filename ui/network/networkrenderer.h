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

// Paints a NetworkGeometry: edges batched by stroke, arrowheads, nodes by kind and bloc,
// selection and pin marks, labels with a halo, and the legend. No widget state: the view
// and the exports hand it everything it draws.
class NetworkRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Entente::NetworkRenderer)

public:
    static void paint(QPainter &painter, const QRectF &area, const NetworkGeometry &geometry,
                      const NetworkStyle &style, const NetworkViewOptions &viewOptions,
                      const NetworkRenderOptions &options);

    // Where the legend goes inside `area` (top-left corner), and its size.
    static QRectF legendRect(const QRectF &area, const NetworkAnalysis &analysis,
                             const NetworkViewOptions &viewOptions, const NetworkStyle &style);

private:
    static void paintEdges(QPainter &painter, const NetworkGeometry &geometry,
                           const NetworkStyle &style, bool exporting);
    static void paintNodes(QPainter &painter, const NetworkGeometry &geometry,
                           const NetworkStyle &style, bool exporting);
    static void paintLabels(QPainter &painter, const NetworkGeometry &geometry,
                            const NetworkStyle &style);
};

} // namespace entente
