#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace entente {

struct DirectPixels;

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

    // Draws the image of `key`, made on first use by `drawMark(QPainter &)` painting
    // within `bounds` (in logical pixels, around an origin), with its origin at `origin`.
    // `direct`, made once for a batch of marks (DirectPixels::of), lets the image be
    // copied straight into the painter's: thousands of drawImage() calls cost more than
    // the pixels they copy.
    template <typename DrawMark>
    static void draw(QPainter &p, const QString &key, const QRectF &bounds, QPointF origin,
                     const DrawMark &drawMark, const DirectPixels *direct = nullptr)
    {
        // No std::function: its copy of the callable costs an allocation per mark.
        drawWith(p, key, bounds, origin, direct, &drawMark, [](const void *callable, QPainter &ip) {
            (*static_cast<const DrawMark *>(callable))(ip);
        });
    }

    static int cachedCount(); // for tests

private:
    using MarkPainter = void (*)(const void *callable, QPainter &);
    static void drawWith(QPainter &p, const QString &key, const QRectF &bounds, QPointF origin,
                         const DirectPixels *direct, const void *callable, MarkPainter paintMark);
};

} // namespace entente
