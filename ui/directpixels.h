#pragma once

#include <QImage>
#include <QRect>
#include <QTransform>

#include <optional>

class QPainter;

namespace entente {

// The pixels of the image a painter paints on, for the few marks a dense picture draws by
// the thousand: one-pixel lines, aliased triangles, small copied images. Written straight
// in, they cost a fraction of the painter's calls, whose overhead per call is larger than
// the few dozen pixels each touches.
struct DirectPixels
{
    QImage *image = nullptr;
    QTransform transform; // logical to device pixels (a scale and a translation)
    QRect bounds;         // device pixels that may be written: the image within the clip

    // nullopt unless the painter paints on a 32-bit image, source-over at full opacity,
    // with at most a scale and a translation, clipped to one rectangle (or not at all).
    static std::optional<DirectPixels> of(QPainter &painter);

    // Copies `sprite` (premultiplied) source-over with its top-left at logical `at`.
    // Returns false, having drawn nothing, where that is not a whole device pixel, the
    // sprite's pixel ratio is not the device's scale, or the formats do not allow it.
    bool blend(QPointF at, const QImage &sprite) const;
};

} // namespace entente
