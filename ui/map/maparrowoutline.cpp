#include "maparrowoutline.h"

#include <QPolygonF>
#include <QVector>

#include <cmath>
#include <numbers>

namespace entente {

namespace {

QPointF unitOf(QPointF v)
{
    const double l = std::hypot(v.x(), v.y());
    return l > 1e-9 ? v / l : QPointF(1, 0);
}

// The inner points of a half circle around `c` from c + n*r through c + t*r to c - n*r.
// Chords alone would cut a few percent off each cap, which shows on dots (mostly caps):
// the points sit a little outside the circle (`bulge`), so the cap keeps its area.
void addCap(QPolygonF &poly, QPointF c, QPointF n, QPointF t, double r, int steps, double bulge)
{
    for (int j = 1; j < steps; ++j) {
        const double a = std::numbers::pi * j / steps;
        poly << c + (n * std::cos(a) + t * std::sin(a)) * (r * bulge);
    }
}

// The radius factor of a cap's inner points for which the polygon's area is the half
// disc's: (steps - 2) k^2 + 2 k = pi / sin(pi / steps), from the triangles of the fan.
double bulgeFor(int steps)
{
    const double m = steps;
    const double c = std::numbers::pi / std::sin(std::numbers::pi / m);
    return (-2 + std::sqrt(4 + 4 * (m - 2) * c)) / (2 * (m - 2));
}

// One dash (a piece of the flattened curve) widened by r on both sides, with round ends.
void addDash(QVector<QPolygonF> &out, const QPolygonF &dash, double r, int capSteps, double bulge)
{
    const qsizetype k = dash.size();
    QVector<QPointF> normals(k);
    for (qsizetype i = 0; i < k; ++i) {
        // The mean direction of the segments on both sides: no kinks at inner points.
        const QPointF before = i > 0 ? unitOf(dash[i] - dash[i - 1]) : QPointF();
        const QPointF after = i + 1 < k ? unitOf(dash[i + 1] - dash[i]) : QPointF();
        const QPointF t = unitOf(before + after);
        normals[i] = QPointF(-t.y(), t.x());
    }
    QPolygonF poly;
    poly.reserve(2 * k + 2 * capSteps);
    for (qsizetype i = 0; i < k; ++i)
        poly << dash[i] + normals[i] * r;
    const QPointF nEnd = normals[k - 1], nStart = normals[0];
    addCap(poly, dash[k - 1], nEnd, QPointF(nEnd.y(), -nEnd.x()), r, capSteps, bulge);
    for (qsizetype i = k - 1; i >= 0; --i)
        poly << dash[i] - normals[i] * r;
    addCap(poly, dash[0], -nStart, QPointF(-nStart.y(), nStart.x()), r, capSteps, bulge);
    out.append(std::move(poly));
}

} // namespace

QList<qreal> MapArrowOutline::patternOf(const QPen &pen)
{
    if (pen.style() == Qt::SolidLine)
        return {1e12, 1};
    return pen.dashPattern();
}

QPainterPath MapArrowOutline::of(const QPainterPath &curve, const QPen &pen)
{
    QPainterPath out;
    out.setFillRule(Qt::WindingFill); // a dash's tight bend may fold its inner side
    for (const QPolygonF &dash : dashes(curve, pen)) {
        out.addPolygon(dash);
        out.closeSubpath();
    }
    return out;
}

QVector<QPolygonF> MapArrowOutline::dashes(const QPainterPath &curve, const QPen &pen)
{
    QVector<QPolygonF> out;
    const double w = pen.widthF();
    const double r = w / 2;
    const QList<qreal> pattern = patternOf(pen);
    const QList<QPolygonF> lines = curve.toSubpathPolygons();
    if (lines.isEmpty() || lines.first().size() < 2 || pattern.isEmpty() || !(w > 0))
        return out;
    // A cap's polygon stays within a sixth of a pixel of the circle at these widths.
    const int capSteps = r < 1.5 ? 3 : r < 3 ? 4 : 6;
    const double bulge = bulgeFor(capSteps);
    const QPolygonF &line = lines.first();

    // Walk the flattened curve through the pattern, as Qt's dash stroker does (from the
    // start, no offset); each "on" piece becomes a dash.
    qsizetype entry = 0;
    double left = std::max(pattern[0] * w, 1e-3);
    bool on = true;
    QPolygonF dash;
    dash << line[0];
    for (qsizetype i = 1; i < line.size(); ++i) {
        QPointF a = line[i - 1];
        const QPointF b = line[i];
        double rest = std::hypot(b.x() - a.x(), b.y() - a.y());
        const QPointF dir = rest > 0 ? (b - a) / rest : QPointF();
        while (rest > left) {
            a += dir * left;
            rest -= left;
            dash << a;
            if (on)
                addDash(out, dash, r, capSteps, bulge);
            dash.clear();
            if (!on)
                dash << a;
            on = !on;
            entry = (entry + 1) % pattern.size();
            left = std::max(pattern[entry] * w, 1e-3);
        }
        left -= rest;
        if (on)
            dash << b;
    }
    if (on && dash.size() >= 2)
        addDash(out, dash, r, capSteps, bulge);
    return out;
}

} // namespace entente
