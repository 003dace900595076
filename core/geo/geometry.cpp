#include "geometry.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace entente {

namespace {

constexpr double kWest = -180.0;
constexpr double kEast = 180.0;
constexpr double kPolarCapMargin = 0.01; // degrees from a pole
constexpr double kTinyWidth = 1e-9;

QRectF boundsOf(const QPolygonF &points)
{
    if (points.isEmpty())
        return {};
    double minX = points.first().x(), maxX = minX;
    double minY = points.first().y(), maxY = minY;
    for (const QPointF &p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    // QRectF::united() ignores rects of zero width or height, so build it by corners.
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

QRectF unite(const QRectF &a, const QRectF &b)
{
    if (a.isNull())
        return b;
    if (b.isNull())
        return a;
    return QRectF(QPointF(std::min(a.left(), b.left()), std::min(a.top(), b.top())),
                  QPointF(std::max(a.right(), b.right()), std::max(a.bottom(), b.bottom())));
}

void closeRing(QPolygonF &ring)
{
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first());
}

QPolygonF translated(const QPolygonF &ring, double dx)
{
    QPolygonF out = ring;
    if (dx != 0.0)
        for (QPointF &p : out)
            p.rx() += dx;
    return out;
}

// The shift by a multiple of 360 that brings x nearest to target.
double shiftToward(double x, double target)
{
    return 360.0 * std::round((target - x) / 360.0);
}

// Sutherland-Hodgman against one vertical line; keeps x <= bound (or x >= bound).
QPolygonF clipAgainst(const QPolygonF &open, double bound, bool keepWest)
{
    QPolygonF out;
    const qsizetype n = open.size();
    if (n == 0)
        return out;
    out.reserve(n + 4);
    auto inside = [&](const QPointF &p) { return keepWest ? p.x() <= bound : p.x() >= bound; };
    auto cross = [&](const QPointF &a, const QPointF &b) {
        const double t = (bound - a.x()) / (b.x() - a.x());
        return QPointF(bound, a.y() + t * (b.y() - a.y()));
    };
    QPointF prev = open.at(n - 1);
    bool prevIn = inside(prev);
    for (const QPointF &cur : open) {
        const bool curIn = inside(cur);
        if (curIn) {
            if (!prevIn)
                out.append(cross(prev, cur));
            out.append(cur);
        } else if (prevIn) {
            out.append(cross(prev, cur));
        }
        prev = cur;
        prevIn = curIn;
    }
    return out;
}

QPolygonF clipRingToWorld(const QPolygonF &ring)
{
    QPolygonF open = ring;
    if (open.size() > 1 && open.first() == open.last())
        open.removeLast();
    open = clipAgainst(open, kWest, false);
    open = clipAgainst(open, kEast, true);
    closeRing(open);
    return open;
}

std::optional<double> widestSpanMiddle(const GeoPolygon &polygon, double latitude)
{
    QVector<double> xs;
    for (const QPolygonF &ring : polygon.rings) {
        for (qsizetype i = 1; i < ring.size(); ++i) {
            const QPointF a = ring.at(i - 1);
            const QPointF b = ring.at(i);
            if ((a.y() > latitude) != (b.y() > latitude))
                xs.append(a.x() + (latitude - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
    }
    std::sort(xs.begin(), xs.end());
    std::optional<double> best;
    double bestWidth = 0.0;
    for (qsizetype i = 0; i + 1 < xs.size(); i += 2) {
        const double width = xs.at(i + 1) - xs.at(i);
        if (width > bestWidth) {
            bestWidth = width;
            best = (xs.at(i) + xs.at(i + 1)) / 2.0;
        }
    }
    return best;
}

} // namespace

QRectF GeoPolygon::bounds() const
{
    QRectF out;
    for (const QPolygonF &ring : rings)
        out = unite(out, boundsOf(ring));
    return out;
}

QRectF GeoFeature::bounds() const
{
    QRectF out;
    for (const GeoPolygon &polygon : polygons)
        out = unite(out, polygon.bounds());
    for (const QPolygonF &line : lines)
        out = unite(out, boundsOf(line));
    if (!points.isEmpty())
        out = unite(out, boundsOf(QPolygonF(points)));
    return out;
}

bool GeoReadResult::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
        return d.severity == Diagnostic::Severity::Error;
    });
}

QString GeoReadResult::firstError() const
{
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            return d.toString();
    return {};
}

namespace geo {

double normalizedLongitude(double longitude)
{
    double lon = std::fmod(longitude + 180.0, 360.0);
    if (lon < 0.0)
        lon += 360.0;
    return lon - 180.0;
}

QPolygonF unwrapLongitudes(const QPolygonF &points)
{
    QPolygonF out = points;
    double offset = 0.0;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const double step = points.at(i).x() - points.at(i - 1).x();
        if (step > 180.0)
            offset -= 360.0;
        else if (step < -180.0)
            offset += 360.0;
        out[i].rx() += offset;
    }
    return out;
}

GeoPolygon unwrapPolygon(const GeoPolygon &polygon)
{
    GeoPolygon out;
    out.rings.reserve(polygon.rings.size());
    double sheetMiddle = 0.0;
    for (const QPolygonF &source : polygon.rings) {
        if (source.size() < 3)
            continue;
        const bool polarCap = std::all_of(source.cbegin(), source.cend(), [](const QPointF &p) {
            return std::abs(p.y()) >= 90.0 - kPolarCapMargin;
        });
        if (polarCap)
            continue;
        QPolygonF ring = unwrapLongitudes(source);
        const bool closedInSource = source.first() == source.last();
        if (closedInSource && std::abs(ring.last().x() - ring.first().x()) > 180.0) {
            // The ring winds once round a pole: close it along the pole on its side.
            double meanLatitude = 0.0;
            for (const QPointF &p : ring)
                meanLatitude += p.y();
            const double pole = meanLatitude < 0.0 ? -90.0 : 90.0;
            const QPointF first = ring.first();
            ring.append(QPointF(ring.last().x(), pole));
            ring.append(QPointF(first.x(), pole));
            ring.append(first);
        } else {
            closeRing(ring);
        }
        const QRectF box = boundsOf(ring);
        if (out.rings.isEmpty()) {
            ring = translated(ring, shiftToward(box.center().x(), 0.0));
            sheetMiddle = boundsOf(ring).center().x();
        } else {
            ring = translated(ring, shiftToward(box.center().x(), sheetMiddle));
        }
        out.rings.append(ring);
    }
    return out;
}

QVector<QPolygonF> worldRings(const GeoPolygon &polygon)
{
    QVector<QPolygonF> out;
    const QRectF box = polygon.bounds();
    if (box.isNull())
        return out;
    for (const double shift : {0.0, -360.0, 360.0}) {
        const double left = box.left() + shift;
        const double right = box.right() + shift;
        if (std::min(right, kEast) - std::max(left, kWest) <= kTinyWidth)
            continue;
        for (const QPolygonF &source : polygon.rings) {
            QPolygonF ring = translated(source, shift);
            const QRectF ringBox = boundsOf(ring);
            if (ringBox.left() >= kWest && ringBox.right() <= kEast) {
                out.append(ring);
                continue;
            }
            if (std::min(ringBox.right(), kEast) - std::max(ringBox.left(), kWest) <= kTinyWidth)
                continue;
            ring = clipRingToWorld(ring);
            if (ring.size() >= 4 && std::abs(signedArea(ring)) > 1e-12)
                out.append(ring);
        }
    }
    return out;
}

QVector<QPolygonF> worldLines(const QPolygonF &line)
{
    QVector<QPolygonF> out;
    const QPolygonF unwrapped = unwrapLongitudes(line);
    if (unwrapped.size() < 2)
        return out;
    const QRectF box = boundsOf(unwrapped);
    for (const double shift : {0.0, -360.0, 360.0}) {
        if (std::min(box.right() + shift, kEast) - std::max(box.left() + shift, kWest) < 0.0)
            continue;
        QPolygonF piece;
        for (qsizetype i = 1; i < unwrapped.size(); ++i) {
            const QPointF a = unwrapped.at(i - 1) + QPointF(shift, 0.0);
            const QPointF b = unwrapped.at(i) + QPointF(shift, 0.0);
            // Keep the part of segment a-b with west <= x <= east (Liang-Barsky in x).
            double t0 = 0.0, t1 = 1.0;
            const double dx = b.x() - a.x();
            if (dx == 0.0) {
                if (a.x() < kWest || a.x() > kEast)
                    t0 = 2.0;
            } else {
                double tw = (kWest - a.x()) / dx;
                double te = (kEast - a.x()) / dx;
                if (tw > te)
                    std::swap(tw, te);
                t0 = std::max(t0, tw);
                t1 = std::min(t1, te);
            }
            if (t0 > t1) {
                if (piece.size() >= 2)
                    out.append(piece);
                piece.clear();
                continue;
            }
            const QPointF start = a + t0 * (b - a);
            const QPointF end = a + t1 * (b - a);
            if (piece.isEmpty() || t0 > 0.0) {
                if (piece.size() >= 2)
                    out.append(piece);
                piece = QPolygonF{start};
            }
            piece.append(end);
            if (t1 < 1.0) {
                if (piece.size() >= 2)
                    out.append(piece);
                piece.clear();
            }
        }
        if (piece.size() >= 2)
            out.append(piece);
    }
    return out;
}

bool ringContains(const QPolygonF &ring, QPointF point)
{
    const qsizetype n = ring.size();
    if (n < 3)
        return false;
    bool inside = false;
    const double px = point.x();
    const double py = point.y();
    // Walk the edges including the closing one, whether or not the ring repeats its first
    // point (a repeated point adds a zero-length edge that never crosses).
    QPointF a = ring.at(n - 1);
    for (const QPointF &b : ring) {
        if ((a.y() > py) != (b.y() > py)) {
            const double x = a.x() + (py - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (px < x)
                inside = !inside;
        }
        a = b;
    }
    return inside;
}

bool ringsContain(const QVector<QPolygonF> &rings, QPointF point)
{
    bool inside = false;
    for (const QPolygonF &ring : rings)
        if (ringContains(ring, point))
            inside = !inside;
    return inside;
}

double signedArea(const QPolygonF &ring)
{
    const qsizetype n = ring.size();
    if (n < 3)
        return 0.0;
    const QPointF origin = ring.first();
    double twice = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = ring.at(i) - origin;
        const QPointF b = ring.at((i + 1) % n) - origin;
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return twice / 2.0;
}

double approximateArea(const GeoPolygon &polygon)
{
    if (polygon.rings.isEmpty())
        return 0.0;
    double area = std::abs(signedArea(polygon.rings.first()));
    for (qsizetype i = 1; i < polygon.rings.size(); ++i)
        area -= std::abs(signedArea(polygon.rings.at(i)));
    const double latitude = polygon.bounds().center().y();
    return std::max(0.0, area) * std::cos(latitude * std::numbers::pi / 180.0);
}

std::optional<QPointF> centroid(const GeoPolygon &polygon)
{
    if (polygon.rings.isEmpty() || polygon.rings.first().isEmpty())
        return std::nullopt;
    const QPointF origin = polygon.rings.first().first();
    double weightSum = 0.0;
    double cx = 0.0;
    double cy = 0.0;
    for (qsizetype r = 0; r < polygon.rings.size(); ++r) {
        const QPolygonF &ring = polygon.rings.at(r);
        const qsizetype n = ring.size();
        double twiceArea = 0.0;
        double sx = 0.0;
        double sy = 0.0;
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF a = ring.at(i) - origin;
            const QPointF b = ring.at((i + 1) % n) - origin;
            const double cross = a.x() * b.y() - b.x() * a.y();
            twiceArea += cross;
            sx += (a.x() + b.x()) * cross;
            sy += (a.y() + b.y()) * cross;
        }
        if (twiceArea == 0.0)
            continue;
        const double area = twiceArea / 2.0;
        // Outer ring counts positive and holes negative, whatever their winding.
        const double weight = (r == 0 ? 1.0 : -1.0) * std::abs(area);
        cx += weight * sx / (6.0 * area);
        cy += weight * sy / (6.0 * area);
        weightSum += weight;
    }
    if (weightSum <= 0.0)
        return std::nullopt;
    return QPointF(normalizedLongitude(origin.x() + cx / weightSum), origin.y() + cy / weightSum);
}

std::optional<QPointF> labelPoint(const GeoPolygon &polygon)
{
    const auto middle = centroid(polygon);
    if (!middle)
        return std::nullopt;
    // The centroid is normalised; the polygon may lie on the sheet past 180 degrees.
    const double sheet = shiftToward(middle->x(), polygon.bounds().center().x());
    const QPointF onSheet(middle->x() + sheet, middle->y());
    if (ringsContain(polygon.rings, onSheet))
        return middle;
    const QRectF box = polygon.bounds();
    const std::array<double, 7> fractions{0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};
    if (const auto x = widestSpanMiddle(polygon, onSheet.y()))
        return QPointF(normalizedLongitude(*x), onSheet.y());
    for (const double f : fractions) {
        const double latitude = box.top() + f * box.height();
        if (const auto x = widestSpanMiddle(polygon, latitude))
            return QPointF(normalizedLongitude(*x), latitude);
    }
    return middle;
}

} // namespace geo
} // namespace entente
