#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace entente {

// Pre-drawn images of the marks the map draws by the thousand on screen (actor markers,
// haloed labels): a raster painter copies each image instead of stroking the same shape
// or text outline again, which made up most of a scene redraw after a window change.
// Vector output (PDF, SVG) keeps drawing the shapes.
class MapSprites final
{
public:
    // True when `p` paints pixels with at most a translation (not on PDF or SVG, not
    // scaled or rotated): only then is a copied image the same as the drawn mark.
    static bool usable(const QPainter &p);

    // Draws the image of `key`, made on first use by `draw` painting within `bounds` (in
    // logical pixels, around an origin), with its origin at `origin`.
    static void draw(QPainter &p, const QString &key, const QRectF &bounds, QPointF origin,
                     const std::function<void(QPainter &)> &draw);

    static int cachedCount(); // for tests
};

} // namespace entente
