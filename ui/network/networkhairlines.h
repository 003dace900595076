#pragma once

#include <QLineF>
#include <QVector>

class QColor;
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

    // Fills triangles (three corners each, in logical coordinates) with an opaque colour,
    // aliased as Qt fills them: a pixel is inked when its centre lies inside. The arrow
    // heads of a dense picture are thousands of tiny triangles, and a path of them costs
    // the rasteriser several milliseconds. Returns false, having drawn nothing, in the
    // cases draw() refuses.
    static bool fillTriangles(QPainter &painter, const QVector<QPointF> &corners,
                              const QColor &colour);
};

} // namespace entente
