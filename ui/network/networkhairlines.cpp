#include "networkhairlines.h"

#include "directpixels.h"

#include <QImage>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <vector>

namespace entente {

bool NetworkHairlines::draw(QPainter &painter, const QVector<QLineF> &lines, const QPen &pen)
{
    if (pen.style() == Qt::NoPen || pen.style() == Qt::CustomDashLine ||
        pen.brush().style() != Qt::SolidPattern)
        return false;
    const auto target = DirectPixels::of(painter);
    if (!target || pen.color().alpha() != 255)
        return false;
    QImage *image = target->image;
    const QTransform &t = target->transform;
    const QRect bounds = target->bounds;
    if (bounds.isEmpty())
        return true;

    // The dash pattern as on/off runs of whole pixels (the pen is a hairline).
    std::vector<int> runs;
    if (pen.style() != Qt::SolidLine) {
        for (qreal r : pen.dashPattern())
            runs.push_back(std::max(1, int(std::lround(r))));
    }
    // One period of the pattern, pixel by pixel: walking a line then costs an index and a
    // wrap per pixel, not a division and a search (a third of the edges are dashed).
    std::vector<char> pattern;
    for (size_t k = 0; k < runs.size(); ++k)
        pattern.insert(pattern.end(), size_t(runs[k]), k % 2 == 0 ? 1 : 0);
    const int period = int(pattern.size());

    const quint32 colour = pen.color().rgba(); // opaque: premultiplied is the same
    uchar *bits = image->bits();
    const qsizetype stride = image->bytesPerLine();
    const int left = bounds.left();
    const int right = bounds.right();
    const int top = bounds.top();
    const int bottom = bounds.bottom();
    for (const QLineF &line : lines) {
        const QPointF a = t.map(line.p1());
        const QPointF b = t.map(line.p2());
        const double dx = b.x() - a.x();
        const double dy = b.y() - a.y();
        const int steps = int(std::ceil(std::max(std::abs(dx), std::abs(dy))));
        // Outside the picture altogether: nothing to walk.
        if (std::max(a.x(), b.x()) < left || std::min(a.x(), b.x()) > right + 1 ||
            std::max(a.y(), b.y()) < top || std::min(a.y(), b.y()) > bottom + 1)
            continue;
        const double sx = steps > 0 ? dx / steps : 0.0;
        const double sy = steps > 0 ? dy / steps : 0.0;
        // Only the steps that can fall inside the bounds are walked (one spare each end).
        double from = 0.0;
        double to = steps;
        const auto narrow = [&](double p, double s, double lo, double hi) {
            if (s == 0.0) {
                if (p < lo || p >= hi)
                    to = -1.0;
                return;
            }
            double t0 = (lo - p) / s;
            double t1 = (hi - p) / s;
            if (t0 > t1)
                std::swap(t0, t1);
            from = std::max(from, t0 - 1.0);
            to = std::min(to, t1 + 1.0);
        };
        narrow(a.x(), sx, left, right + 1.0);
        narrow(a.y(), sy, top, bottom + 1.0);
        if (to < from)
            continue;
        const int first = std::max(0, int(from));
        const int last = std::min(steps, int(to) + 1);
        // 16.16 fixed point: a shift floors, with no call into libm per pixel.
        constexpr double kOne = 65536.0;
        qint64 fx = qint64((a.x() + sx * first) * kOne + (1 << 20) * kOne) - (qint64(1) << 36);
        qint64 fy = qint64((a.y() + sy * first) * kOne + (1 << 20) * kOne) - (qint64(1) << 36);
        const qint64 stepX = qint64(sx * kOne);
        const qint64 stepY = qint64(sy * kOne);
        if (period == 0) {
            for (int i = first; i <= last; ++i, fx += stepX, fy += stepY) {
                const int px = int(fx >> 16);
                const int py = int(fy >> 16);
                if (px >= left && px <= right && py >= top && py <= bottom)
                    reinterpret_cast<quint32 *>(bits + py * stride)[px] = colour;
            }
            continue;
        }
        int phase = first % period; // the pattern starts at the line's first point
        for (int i = first; i <= last; ++i, fx += stepX, fy += stepY) {
            const int px = int(fx >> 16);
            const int py = int(fy >> 16);
            if (pattern[size_t(phase)] && px >= left && px <= right && py >= top && py <= bottom)
                reinterpret_cast<quint32 *>(bits + py * stride)[px] = colour;
            if (++phase == period)
                phase = 0;
        }
    }
    return true;
}

bool NetworkHairlines::fillTriangles(QPainter &painter, const QVector<QPointF> &corners,
                                     const QColor &colour)
{
    const auto target = DirectPixels::of(painter);
    if (!target || colour.alpha() != 255)
        return false;
    const QRect bounds = target->bounds;
    if (bounds.isEmpty())
        return true;
    const quint32 value = colour.rgba(); // opaque: premultiplied is the same
    uchar *bits = target->image->bits();
    const qsizetype stride = target->image->bytesPerLine();
    for (qsizetype i = 0; i + 2 < corners.size(); i += 3) {
        QPointF p[3] = {target->transform.map(corners[i]), target->transform.map(corners[i + 1]),
                        target->transform.map(corners[i + 2])};
        std::sort(std::begin(p), std::end(p), [](QPointF a, QPointF b) { return a.y() < b.y(); });
        // Rows whose centre line crosses the triangle, within the bounds.
        const int y0 = std::max(bounds.top(), int(std::ceil(p[0].y() - 0.5)));
        const int y1 = std::min(bounds.bottom(), int(std::ceil(p[2].y() - 0.5)) - 1);
        // x where the segment a-b meets the line at height y (a.y() <= y <= b.y()).
        const auto at = [](QPointF a, QPointF b, double y) {
            return b.y() > a.y() ? a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) : a.x();
        };
        for (int y = y0; y <= y1; ++y) {
            const double c = y + 0.5;
            const double x02 = at(p[0], p[2], c);
            const double other = c < p[1].y() ? at(p[0], p[1], c) : at(p[1], p[2], c);
            const double from = std::min(x02, other);
            const double to = std::max(x02, other);
            // Pixels whose centre x + 0.5 lies in [from, to).
            const int x0 = std::max(bounds.left(), int(std::ceil(from - 0.5)));
            const int x1 = std::min(bounds.right(), int(std::ceil(to - 0.5)) - 1);
            auto *row = reinterpret_cast<quint32 *>(bits + y * stride);
            for (int x = x0; x <= x1; ++x)
                row[x] = value;
        }
    }
    return true;
}

} // namespace entente
