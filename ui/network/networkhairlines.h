#pragma once

#include <QLineF>
#include <QVector>

class QPainter;
class QPen;

namespace entente {

// Draws many one-pixel lines straight into the image a painter paints on, for the dense
// network picture. Qt's hairline path spends most of its time per pixel in generic span
// blending; with an opaque colour, source-over and no rotation each pixel is one store,
// about three times as fast on a picture of 12,000 edges.
class NetworkHairlines
{
public:
    // Draws `lines` (in the painter's logical coordinates) with the pen's colour and
    // dash pattern (in device pixels), aliased. Returns false, having drawn nothing, when
    // this is not a case it handles (not a 32-bit image, a translucent colour, another
    // composition mode, a rotating transform, a clip that is not a rectangle); the
    // caller then draws them with the painter.
    static bool draw(QPainter &painter, const QVector<QLineF> &lines, const QPen &pen);
};

} // namespace entente
