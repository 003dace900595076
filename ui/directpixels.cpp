#include "directpixels.h"

#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <cmath>

namespace entente {

std::optional<DirectPixels> DirectPixels::of(QPainter &painter)
{
    if (!painter.device() || painter.device()->devType() != QInternal::Image)
        return std::nullopt;
    auto *image = static_cast<QImage *>(painter.device());
    if (image->format() != QImage::Format_ARGB32_Premultiplied &&
        image->format() != QImage::Format_RGB32 && image->format() != QImage::Format_ARGB32)
        return std::nullopt;
    if (painter.compositionMode() != QPainter::CompositionMode_SourceOver ||
        painter.opacity() < 1.0)
        return std::nullopt;
    DirectPixels pixels{image, painter.deviceTransform(), image->rect()};
    if (pixels.transform.type() > QTransform::TxScale)
        return std::nullopt;
    if (painter.hasClipping()) {
        const QRegion clip = painter.clipRegion() * pixels.transform;
        if (clip.rectCount() > 1)
            return std::nullopt;
        pixels.bounds &= clip.boundingRect();
    }
    return pixels;
}

bool DirectPixels::blend(QPointF at, const QImage &sprite) const
{
    // Premultiplied onto premultiplied (RGB32 is that, opaque); not onto plain ARGB32.
    if (sprite.format() != QImage::Format_ARGB32_Premultiplied ||
        image->format() == QImage::Format_ARGB32)
        return false;
    if (!qFuzzyCompare(transform.m11(), sprite.devicePixelRatio()) ||
        !qFuzzyCompare(transform.m22(), sprite.devicePixelRatio()))
        return false;
    const QPointF device = transform.map(at);
    const double x = std::round(device.x()), y = std::round(device.y());
    if (std::abs(device.x() - x) > 1e-6 || std::abs(device.y() - y) > 1e-6)
        return false;
    const QRect target = QRect(QPoint(int(x), int(y)), sprite.size()) & bounds;
    if (target.isEmpty())
        return true;
    const int dx = target.left() - int(x);
    const int dy = target.top() - int(y);
    for (int row = 0; row < target.height(); ++row) {
        const auto *src = reinterpret_cast<const quint32 *>(sprite.constScanLine(dy + row)) + dx;
        auto *dst =
            reinterpret_cast<quint32 *>(image->scanLine(target.top() + row)) + target.left();
        for (int i = 0; i < target.width(); ++i) {
            const quint32 s = src[i];
            const quint32 alpha = s >> 24;
            if (alpha == 255) {
                dst[i] = s;
            } else if (alpha != 0) {
                // s + d * (255 - alpha) / 255, two channels at a time.
                const quint32 d = dst[i];
                const quint32 keep = 255 - alpha;
                quint32 rb = (d & 0x00ff00ff) * keep;
                quint32 ag = ((d >> 8) & 0x00ff00ff) * keep;
                rb = ((rb + ((rb >> 8) & 0x00ff00ff) + 0x00800080) >> 8) & 0x00ff00ff;
                ag = (ag + ((ag >> 8) & 0x00ff00ff) + 0x00800080) & 0xff00ff00;
                dst[i] = s + (rb | ag);
            }
        }
    }
    return true;
}

} // namespace entente
