#include "sharedpath.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace entente {

void readyForThreads(const QPainterPath &path)
{
    if (path.isEmpty())
        return;
    // Drawing is what makes the form; far off a one-pixel image it costs little more.
    thread_local QImage pixel(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&pixel);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    const QRectF bounds = path.controlPointRect();
    painter.translate(-bounds.left() + 16, -bounds.top() + 16);
    painter.drawPath(path);
    path.boundingRect(); // cached too
}

} // namespace entente
