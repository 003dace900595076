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

// Turns dashes (pieces of the flattened curve) into their outlines, widened by r on both
// sides with round ends; its buffers serve every dash of a curve.
class DashOutliner
{
public:
    DashOutliner(double r, int capSteps, double bulge,
                 const std::function<void(const QPolygonF &)> &use)
        : m_r(r), m_capSteps(capSteps), m_bulge(bulge), m_use(use)
    {
    }

    void operator()(const QPolygonF &dash)
    {
        const qsizetype k = dash.size();
        m_normals.resize(k);
        for (qsizetype i = 0; i < k; ++i) {
            // The mean direction of the segments on both sides: no kinks at inner points.
            const QPointF before = i > 0 ? unitOf(dash[i] - dash[i - 1]) : QPointF();
            const QPointF after = i + 1 < k ? unitOf(dash[i + 1] - dash[i]) : QPointF();
            const QPointF t = unitOf(before + after);
            m_normals[i] = QPointF(-t.y(), t.x());
        }
        m_poly.resize(0);
        for (qsizetype i = 0; i < k; ++i)
            m_poly << dash[i] + m_normals[i] * m_r;
        const QPointF nEnd = m_normals[k - 1], nStart = m_normals[0];
        addCap(m_poly, dash[k - 1], nEnd, QPointF(nEnd.y(), -nEnd.x()), m_r, m_capSteps, m_bulge);
        for (qsizetype i = k - 1; i >= 0; --i)
            m_poly << dash[i] - m_normals[i] * m_r;
        addCap(m_poly, dash[0], -nStart, QPointF(-nStart.y(), nStart.x()), m_r, m_capSteps,
               m_bulge);
        m_use(m_poly);
    }

private:
    double m_r;
    int m_capSteps;
    double m_bulge;
    const std::function<void(const QPolygonF &)> &m_use;
    QVector<QPointF> m_normals;
    QPolygonF m_poly;
};

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
    forEachDash(curve, pen, [&](const QPolygonF &dash) { out.append(dash); });
    return out;
}

void MapArrowOutline::forEachDash(const QPainterPath &curve, const QPen &pen,
                                  const std::function<void(const QPolygonF &)> &use)
{
    const double w = pen.widthF();
    const double r = w / 2;
    const QList<qreal> pattern = patternOf(pen);
    const QList<QPolygonF> lines = curve.toSubpathPolygons();
    if (lines.isEmpty() || lines.first().size() < 2 || pattern.isEmpty() || !(w > 0))
        return;
    // A cap's polygon stays within a sixth of a pixel of the circle at these widths.
    const int capSteps = r < 1.5 ? 3 : r < 3 ? 4 : 6;
    DashOutliner outline(r, capSteps, bulgeFor(capSteps), use);
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
                outline(dash);
            dash.resize(0);
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
        outline(dash);
}

} // namespace entente
