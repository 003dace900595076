#include "networkgeometry.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace entente {

namespace {

constexpr double kCurveSpacing = 16.0; // pixels between parallel ties at their middle
constexpr double kGridCell = 48.0;
constexpr double kMaxLabelWidth = 170.0;

double length(QPointF v)
{
    return std::sqrt(v.x() * v.x() + v.y() * v.y());
}

QPointF unit(QPointF v)
{
    const double l = length(v);
    return l > 0.0 ? v / l : QPointF(1.0, 0.0);
}

QPointF bezier(QPointF a, QPointF c, QPointF b, double t)
{
    const double u = 1.0 - t;
    return a * (u * u) + c * (2.0 * u * t) + b * (t * t);
}

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double l2 = QPointF::dotProduct(ab, ab);
    double t = l2 > 0.0 ? QPointF::dotProduct(p - a, ab) / l2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return length(p - (a + ab * t));
}

// Rectangles placed so far, bucketed on a coarse grid over the viewport.
class Occupancy
{
public:
    explicit Occupancy(const QRectF &area)
        : m_area(area), m_cols(std::max(1, int(std::ceil(area.width() / kGridCell)))),
          m_rows(std::max(1, int(std::ceil(area.height() / kGridCell)))),
          m_cells(size_t(m_cols) * size_t(m_rows))
    {
    }

    bool isFree(const QRectF &r) const
    {
        bool free = true;
        visit(r, [&](const std::vector<QRectF> &cell) {
            for (const QRectF &o : cell) {
                if (o.intersects(r)) {
                    free = false;
                    return;
                }
            }
        });
        return free;
    }

    void add(const QRectF &r)
    {
        visit(r, [&](std::vector<QRectF> &cell) { cell.push_back(r); });
    }

private:
    template <typename F> void visit(const QRectF &r, F &&f) const
    {
        const auto [c0, c1, r0, r1] = span(r);
        for (int y = r0; y <= r1; ++y)
            for (int x = c0; x <= c1; ++x)
                f(m_cells[size_t(y) * size_t(m_cols) + size_t(x)]);
    }
    template <typename F> void visit(const QRectF &r, F &&f)
    {
        const auto [c0, c1, r0, r1] = span(r);
        for (int y = r0; y <= r1; ++y)
            for (int x = c0; x <= c1; ++x)
                f(m_cells[size_t(y) * size_t(m_cols) + size_t(x)]);
    }
    std::array<int, 4> span(const QRectF &r) const
    {
        const auto clampCol = [&](double v) {
            return std::clamp(int((v - m_area.left()) / kGridCell), 0, m_cols - 1);
        };
        const auto clampRow = [&](double v) {
            return std::clamp(int((v - m_area.top()) / kGridCell), 0, m_rows - 1);
        };
        return {clampCol(r.left()), clampCol(r.right()), clampRow(r.top()), clampRow(r.bottom())};
    }

    QRectF m_area;
    int m_cols;
    int m_rows;
    std::vector<std::vector<QRectF>> m_cells;
};

} // namespace

int NetworkGeometry::edgeCount(const Network &network, bool withHierarchy)
{
    return int(network.edges().size() + (withHierarchy ? network.hierarchyEdges().size() : 0));
}

const NetworkEdge &NetworkGeometry::edge(const Network &network, int ref)
{
    const int signedCount = int(network.edges().size());
    return ref < signedCount ? network.edges()[ref] : network.hierarchyEdges()[ref - signedCount];
}

QVector<double> NetworkGeometry::sizeValues(const NetworkAnalysis &analysis,
                                            NetworkViewOptions::NodeSize size)
{
    const int n = analysis.network.nodeCount();
    const Centrality &c = analysis.centrality;
    const bool byBetweenness =
        size == NetworkViewOptions::NodeSize::Betweenness && c.hasBetweenness();
    QVector<double> values(n, 0.0);
    double top = 0.0;
    for (int i = 0; i < n; ++i) {
        values[i] = byBetweenness ? c.betweenness(i) : c.weightedDegree(i);
        top = std::max(top, values[i]);
    }
    if (top > 0.0) {
        for (double &v : values)
            v /= top;
    }
    return values;
}

void NetworkGeometry::prepare(const NetworkAnalysis &analysis, const NetworkViewOptions &options,
                              const NetworkStyle &style)
{
    const Network &net = analysis.network;
    const QFont font = style.labelFont(false);
    if (m_cachedNetwork == &net && m_cachedSize == options.nodeSize &&
        m_cachedHierarchy == options.showHierarchy && m_cachedFont == font &&
        m_size.size() == net.nodeCount())
        return;
    m_cachedNetwork = &net;
    m_cachedSize = options.nodeSize;
    m_cachedHierarchy = options.showHierarchy;
    m_cachedFont = font;

    m_size = sizeValues(analysis, options.nodeSize);
    const QFontMetricsF metrics(font);
    m_labelHeight = metrics.height();
    m_labelWidth.resize(net.nodeCount());
    for (int i = 0; i < net.nodeCount(); ++i)
        m_labelWidth[i] = std::min(kMaxLabelWidth, metrics.horizontalAdvance(net.nodes()[i].name));

    // Ties joining the same two actors fan out: those running from the smaller index to
    // the larger first, then the reverse ones, each side ordered by type.
    const int count = edgeCount(net, options.showHierarchy);
    m_slot.fill(0, count);
    m_slotCount.fill(1, count);
    m_adjacent = QVector<QVector<int>>(net.nodeCount());
    QHash<quint64, QVector<int>> byPair;
    byPair.reserve(count);
    for (int ref = 0; ref < count; ++ref) {
        const NetworkEdge &e = edge(net, ref);
        const auto [a, b] = std::minmax(e.source, e.target);
        byPair[(quint64(quint32(a)) << 32) | quint32(b)].push_back(ref);
        m_adjacent[e.source].push_back(ref);
        m_adjacent[e.target].push_back(ref);
    }
    for (QVector<int> &refs : byPair) {
        if (refs.size() < 2)
            continue;
        std::sort(refs.begin(), refs.end(), [&](int x, int y) {
            const NetworkEdge &ex = edge(net, x);
            const NetworkEdge &ey = edge(net, y);
            const bool fx = ex.source < ex.target;
            const bool fy = ey.source < ey.target;
            if (fx != fy)
                return fx;
            if (ex.type != ey.type)
                return ex.type < ey.type;
            return x < y;
        });
        for (int k = 0; k < refs.size(); ++k) {
            m_slot[refs[k]] = k;
            m_slotCount[refs[k]] = int(refs.size());
        }
    }
}

void NetworkGeometry::build(const NetworkAnalysis &analysis, const QVector<QPointF> &world,
                            double scale, QPointF offset, const QRectF &viewport,
                            const NetworkViewOptions &options, const NetworkStyle &style,
                            const NetworkEmphasis &emphasis)
{
    m_analysis = &analysis;
    const Network &net = analysis.network;
    const int n = net.nodeCount();
    m_nodes.resize(n);
    m_edges.clear();
    m_labels.clear();
    if (world.size() != n) {
        m_nodes.clear();
        m_itemOfRef.clear();
        return;
    }
    prepare(analysis, options, style);

    for (int i = 0; i < n; ++i) {
        NetworkNodeItem &item = m_nodes[i];
        item.centre = world[i] * scale + offset;
        item.radius = style.nodeRadius(m_size[i], net.nodes()[i].kind, n);
        const double r = item.radius + 2.0;
        item.inView = viewport.adjusted(-r, -r, r, r).contains(item.centre);
        item.selected = emphasis.selectedNodes.contains(i);
        item.pinned = emphasis.pinnedNodes.contains(i);
        item.dimmed = false;
        item.lit = false;
    }

    // Hovering a node lights it and its neighbours; hovering an edge lights its ends.
    const bool focus = emphasis.hoverNode >= 0 || emphasis.hoverEdge >= 0;
    if (emphasis.hoverNode >= 0 && emphasis.hoverNode < n) {
        m_nodes[emphasis.hoverNode].lit = true;
        for (int ref : std::as_const(m_adjacent[emphasis.hoverNode])) {
            const NetworkEdge &e = edge(net, ref);
            m_nodes[e.source].lit = true;
            m_nodes[e.target].lit = true;
        }
    } else if (emphasis.hoverEdge >= 0 && emphasis.hoverEdge < m_slot.size()) {
        const NetworkEdge &e = edge(net, emphasis.hoverEdge);
        m_nodes[e.source].lit = true;
        m_nodes[e.target].lit = true;
    }
    if (focus) {
        for (NetworkNodeItem &item : m_nodes)
            item.dimmed = !item.lit && !item.selected;
    }

    buildEdges(net, scale, viewport);
    for (NetworkEdgeItem &item : m_edges) {
        const NetworkEdge &e = edge(net, item.ref);
        item.selected = emphasis.selectedEdges.contains(item.ref);
        if (emphasis.hoverNode >= 0)
            item.lit = e.source == emphasis.hoverNode || e.target == emphasis.hoverNode;
        else if (emphasis.hoverEdge >= 0)
            item.lit = item.ref == emphasis.hoverEdge;
        item.dimmed = focus && !item.lit && !item.selected;
    }
    placeLabels(net, viewport, style, emphasis);
}

void NetworkGeometry::buildEdges(const Network &net, double scale, const QRectF &viewport)
{
    Q_UNUSED(scale);
    const int count = int(m_slot.size());
    m_itemOfRef.fill(-1, count);
    m_edges.reserve(count);
    for (int ref = 0; ref < count; ++ref) {
        const NetworkEdge &e = edge(net, ref);
        const NetworkNodeItem &s = m_nodes[e.source];
        const NetworkNodeItem &t = m_nodes[e.target];
        if (!s.inView || !t.inView) {
            const QRectF box = QRectF(s.centre, t.centre).normalized().adjusted(-20, -20, 20, 20);
            if (!box.intersects(viewport))
                continue;
        }
        const QPointF d = t.centre - s.centre;
        const double len = length(d);
        if (len <= s.radius + t.radius + 2.0)
            continue; // the marks overlap: nothing to draw between them

        NetworkEdgeItem item;
        item.ref = ref;
        item.width = NetworkStyle::edgeWidth(e.weight);
        item.arrow = e.directed;
        item.undated = e.undated && e.periods.isEmpty();

        // The fan's normal is taken from the smaller node index to the larger, so ties in
        // both directions share one frame and curve to opposite sides.
        const QPointF lowToHigh = e.source < e.target ? d : -d;
        const QPointF normal(-lowToHigh.y() / len, lowToHigh.x() / len);
        const int k = m_slotCount[ref];
        const double spacing = std::min(kCurveSpacing, 0.5 * len / k);
        const double bend = (m_slot[ref] - (k - 1) / 2.0) * spacing;
        const QPointF middle = (s.centre + t.centre) / 2.0;
        item.curved = std::abs(bend) > 0.01;
        item.control = middle + normal * (2.0 * bend);

        const QPointF startDir = item.curved ? unit(item.control - s.centre) : d / len;
        const QPointF endDir = item.curved ? unit(t.centre - item.control) : d / len;
        item.from = s.centre + startDir * (s.radius + 1.0);
        item.tip = t.centre - endDir * (t.radius + 1.5);
        item.to = item.arrow ? item.tip - endDir * (0.8 * NetworkStyle::arrowLength(item.width))
                             : item.tip;
        // The middle of the curve as drawn (between the shortened ends), for labels and
        // for clicking.
        item.mid = item.curved ? bezier(item.from, item.control, item.tip, 0.5)
                               : (item.from + item.tip) / 2.0;
        m_itemOfRef[ref] = int(m_edges.size());
        m_edges.push_back(item);
    }
}

void NetworkGeometry::placeLabels(const Network &net, const QRectF &viewport,
                                  const NetworkStyle &style, const NetworkEmphasis &emphasis)
{
    Occupancy occupied(viewport);
    const int n = net.nodeCount();
    QVector<int> order;
    order.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (m_nodes[i].inView) {
            const NetworkNodeItem &node = m_nodes[i];
            occupied.add(QRectF(node.centre.x() - node.radius, node.centre.y() - node.radius,
                                2 * node.radius, 2 * node.radius));
            if (!node.dimmed)
                order.push_back(i);
        }
    }
    // Arrowheads are what a label must not hide: they say who supports whom.
    for (const NetworkEdgeItem &item : std::as_const(m_edges)) {
        if (item.arrow && !item.dimmed) {
            const double a = NetworkStyle::arrowLength(item.width) * 0.6;
            occupied.add(QRectF(item.tip.x() - a, item.tip.y() - a, 2 * a, 2 * a));
        }
    }
    const auto forced = [&](int i) {
        return i == emphasis.hoverNode || m_nodes[i].selected || m_nodes[i].lit;
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const bool fa = forced(a);
        const bool fb = forced(b);
        if (fa != fb)
            return fa;
        if (m_nodes[a].radius != m_nodes[b].radius)
            return m_nodes[a].radius > m_nodes[b].radius;
        return a < b;
    });

    const QFontMetricsF metrics(style.labelFont(false));
    const double h = m_labelHeight;
    for (int i : std::as_const(order)) {
        const NetworkNodeItem &node = m_nodes[i];
        const double w = m_labelWidth[i] + 4.0;
        const double x = node.centre.x();
        const double y = node.centre.y();
        const double r = node.radius;
        const QRectF candidates[] = {
            QRectF(x - w / 2, y + r + 1, w, h),
            QRectF(x + r + 3, y - h / 2, w, h),
            QRectF(x - w / 2, y - r - 1 - h, w, h),
            QRectF(x - r - 3 - w, y - h / 2, w, h),
        };
        const QRectF *chosen = nullptr;
        for (const QRectF &c : candidates) {
            if (viewport.contains(c) && occupied.isFree(c)) {
                chosen = &c;
                break;
            }
        }
        const bool must = forced(i);
        if (!chosen && !must)
            continue;
        const QRectF rect = chosen ? *chosen : candidates[0];
        occupied.add(rect);
        QString text = net.nodes()[i].name;
        if (m_labelWidth[i] >= kMaxLabelWidth)
            text = metrics.elidedText(text, Qt::ElideRight, kMaxLabelWidth);
        m_labels.push_back({i, -1, rect, text, i == emphasis.hoverNode || node.selected, false});
    }

    // "via" labels at the middle of the edges that name an intermediary.
    const QFontMetricsF small(style.smallFont());
    for (const NetworkEdgeItem &item : std::as_const(m_edges)) {
        const NetworkEdge &e = edge(net, item.ref);
        if (e.via.isEmpty() || item.dimmed)
            continue;
        QStringList names;
        for (const QString &id : e.via) {
            const int v = net.nodeIndex(id);
            names << (v >= 0 ? net.nodes()[v].name : id);
        }
        const QString text = QCoreApplication::translate("Entente::NetworkView", "via %1")
                                 .arg(names.join(QStringLiteral(", ")));
        const double w = std::min(kMaxLabelWidth, small.horizontalAdvance(text)) + 4.0;
        const double sh = small.height();
        const QRectF candidates[] = {
            QRectF(item.mid.x() - w / 2, item.mid.y() - sh / 2, w, sh),
            QRectF(item.mid.x() - w / 2, item.mid.y() - sh - 2, w, sh),
            QRectF(item.mid.x() - w / 2, item.mid.y() + 2, w, sh),
        };
        const QRectF *chosen = nullptr;
        for (const QRectF &c : candidates) {
            if (occupied.isFree(c)) {
                chosen = &c;
                break;
            }
        }
        if (!chosen && !item.selected && !item.lit)
            continue;
        const QRectF rect = chosen ? *chosen : candidates[0];
        occupied.add(rect);
        m_labels.push_back(
            {-1, item.ref, rect, small.elidedText(text, Qt::ElideRight, w), false, false});
    }
}

int NetworkGeometry::nodeAt(QPointF point) const
{
    int best = -1;
    double bestDistance = 0.0;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const NetworkNodeItem &node = m_nodes[i];
        if (!node.inView)
            continue;
        const double d = length(point - node.centre);
        if (d <= std::max(node.radius, 4.0) + 2.0 && (best < 0 || d < bestDistance)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

int NetworkGeometry::edgeAt(QPointF point) const
{
    int best = -1;
    double bestDistance = 0.0;
    for (const NetworkEdgeItem &item : m_edges) {
        const double tolerance = std::max(4.0, item.width / 2.0 + 2.5);
        QRectF box = QRectF(item.from, item.tip).normalized();
        if (item.curved)
            box = box.united(QRectF(item.control, item.control));
        if (!box.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point))
            continue;
        double d = 0.0;
        if (!item.curved) {
            d = segmentDistance(point, item.from, item.tip);
        } else {
            d = std::numeric_limits<double>::max();
            QPointF previous = item.from;
            constexpr int kSamples = 12;
            for (int s = 1; s <= kSamples; ++s) {
                const QPointF next =
                    bezier(item.from, item.control, item.tip, double(s) / kSamples);
                d = std::min(d, segmentDistance(point, previous, next));
                previous = next;
            }
        }
        if (d <= tolerance && (best < 0 || d < bestDistance)) {
            best = item.ref;
            bestDistance = d;
        }
    }
    return best;
}

QSet<int> NetworkGeometry::neighbours(int node) const
{
    QSet<int> out;
    if (!m_analysis || node < 0 || node >= m_adjacent.size())
        return out;
    for (int ref : m_adjacent[node]) {
        const NetworkEdge &e = edge(m_analysis->network, ref);
        out.insert(e.source == node ? e.target : e.source);
    }
    return out;
}

} // namespace entente
