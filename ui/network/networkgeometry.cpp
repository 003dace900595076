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
constexpr qsizetype kMaxViaLabelEdges = 600;

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
    if (top <= 0.0 && !byBetweenness) {
        // No evidence counted at all (a hand-made project): size by plain degree.
        for (int i = 0; i < n; ++i) {
            values[i] = c.degree(i);
            top = std::max(top, values[i]);
        }
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
                            const NetworkViewOptions &options, const NetworkStyle &style)
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
    }
    buildEdges(net, viewport);
    placeLabels(net, viewport, style);
}

void NetworkGeometry::buildEdges(const Network &net, const QRectF &viewport)
{
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
                                  const NetworkStyle &style)
{
    // Labels must not overlap labels; they avoid node marks too, except the labels of
    // the few largest actors, which may lie over a small mark rather than go missing.
    Occupancy occupied(viewport);
    Occupancy marks(viewport);
    const int n = net.nodeCount();
    QVector<int> order;
    order.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (m_nodes[i].inView) {
            const NetworkNodeItem &node = m_nodes[i];
            marks.add(QRectF(node.centre.x() - node.radius, node.centre.y() - node.radius,
                             2 * node.radius, 2 * node.radius));
            order.push_back(i);
        }
    }
    // Arrowheads and `via` rings are what a label must not hide: they say who supports
    // whom, and through whom.
    for (const NetworkEdgeItem &item : std::as_const(m_edges)) {
        if (item.arrow) {
            const double a = NetworkStyle::arrowLength(item.width) * 0.6;
            marks.add(QRectF(item.tip.x() - a, item.tip.y() - a, 2 * a, 2 * a));
        }
        const bool against =
            item.ref < net.edges().size() && m_analysis->blocs.isFrustrated(item.ref);
        if (!edge(net, item.ref).via.isEmpty() || against)
            marks.add(QRectF(item.mid.x() - 6, item.mid.y() - 6, 12, 12));
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (m_nodes[a].radius != m_nodes[b].radius)
            return m_nodes[a].radius > m_nodes[b].radius;
        return a < b;
    });

    const QFontMetricsF metrics(style.labelFont(false));
    const double h = m_labelHeight;
    const int important = std::max(8, int(order.size()) / 15);
    const QFontMetricsF small(style.smallFont());
    const auto placeNode = [&](int rank) {
        const int i = order[rank];
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
            QRectF(x + r * 0.7, y + r * 0.7, w, h),
            QRectF(x + r * 0.7, y - r * 0.7 - h, w, h),
            QRectF(x - r * 0.7 - w, y + r * 0.7, w, h),
            QRectF(x - r * 0.7 - w, y - r * 0.7 - h, w, h),
        };
        const QRectF *chosen = nullptr;
        for (int pass = 0; pass < 2 && !chosen; ++pass) {
            if (pass == 1 && rank >= important)
                break;
            for (const QRectF &c : candidates) {
                if (viewport.contains(c) && occupied.isFree(c) && (pass == 1 || marks.isFree(c))) {
                    chosen = &c;
                    break;
                }
            }
        }
        if (!chosen)
            return;
        const QRectF rect = *chosen;
        occupied.add(rect);
        QString text = net.nodes()[i].name;
        if (m_labelWidth[i] >= kMaxLabelWidth)
            text = metrics.elidedText(text, Qt::ElideRight, kMaxLabelWidth);
        m_labels.push_back({i, -1, rect, text, false});
    };

    // "via" labels beside the middle of the edges that name an intermediary.
    const auto placeVias = [&] {
        for (const NetworkEdgeItem &item : std::as_const(m_edges)) {
            const QString text = viaText(item.ref);
            if (text.isEmpty())
                continue;
            const double w = std::min(kMaxLabelWidth, small.horizontalAdvance(text)) + 4.0;
            const double sh = small.height();
            const QRectF candidates[] = {
                QRectF(item.mid.x() - w / 2, item.mid.y() - sh - 4, w, sh),
                QRectF(item.mid.x() - w / 2, item.mid.y() + 4, w, sh),
                QRectF(item.mid.x() + 5, item.mid.y() - sh / 2, w, sh),
                QRectF(item.mid.x() - 5 - w, item.mid.y() - sh / 2, w, sh),
            };
            const QRectF *chosen = nullptr;
            for (int pass = 0; pass < 2 && !chosen; ++pass) {
                for (const QRectF &c : candidates) {
                    if (viewport.contains(c) && occupied.isFree(c) &&
                        (pass == 1 || marks.isFree(c))) {
                        chosen = &c;
                        break;
                    }
                }
            }
            if (!chosen)
                continue;
            occupied.add(*chosen);
            m_labels.push_back({-1, item.ref, *chosen, small.elidedText(text, Qt::ElideRight, w)});
        }
    };

    // Actors first (the largest may lie over small marks), then the intermediaries (which
    // may too: an edge's `via` is not to go missing for want of a clear spot).
    for (int rank = 0; rank < order.size(); ++rank)
        placeNode(rank);
    // In a dense picture they would be noise: there, hovering an edge names its `via`.
    if (m_edges.size() <= kMaxViaLabelEdges)
        placeVias();
}

QString NetworkGeometry::viaText(int ref) const
{
    const Network &net = m_analysis->network;
    const NetworkEdge &e = edge(net, ref);
    if (e.via.isEmpty())
        return {};
    QStringList names;
    for (const QString &id : e.via) {
        const int v = net.nodeIndex(id);
        names << (v >= 0 ? net.nodes()[v].name : id);
    }
    return QCoreApplication::translate("Entente::NetworkView", "via %1")
        .arg(names.join(QStringLiteral(", ")));
}

NetworkOverlay NetworkGeometry::overlay(const NetworkEmphasis &emphasis, const QRectF &viewport,
                                        const NetworkStyle &style) const
{
    NetworkOverlay out;
    if (!m_analysis || m_nodes.isEmpty())
        return out;
    const Network &net = m_analysis->network;
    const int n = int(m_nodes.size());
    QVector<bool> lit(n, false);
    QVector<bool> litEdge(m_edges.size(), false);
    if (emphasis.hoverNode >= 0 && emphasis.hoverNode < n) {
        out.wash = true;
        lit[emphasis.hoverNode] = true;
        for (int ref : m_adjacent.value(emphasis.hoverNode)) {
            const NetworkEdge &e = edge(net, ref);
            lit[e.source] = lit[e.target] = true;
            if (const int item = edgeItem(ref); item >= 0)
                litEdge[item] = true;
        }
    } else if (emphasis.hoverEdge >= 0 && edgeItem(emphasis.hoverEdge) >= 0) {
        out.wash = true;
        const NetworkEdge &e = edge(net, emphasis.hoverEdge);
        lit[e.source] = lit[e.target] = true;
        litEdge[edgeItem(emphasis.hoverEdge)] = true;
    }
    for (int i = 0; i < m_edges.size(); ++i) {
        if (litEdge[i])
            out.litEdges.push_back(i);
        if (emphasis.selectedEdges.contains(m_edges[i].ref))
            out.selectedEdges.push_back(i);
    }
    for (int i = 0; i < n; ++i) {
        if (!m_nodes[i].inView)
            continue;
        if (lit[i])
            out.litNodes.push_back(i);
        if (emphasis.selectedNodes.contains(i))
            out.selectedNodes.push_back(i);
        if (emphasis.pinnedNodes.contains(i))
            out.pinnedNodes.push_back(i);
    }

    // Labels of what stands out: the hovered and selected actors in bold, then the lit
    // neighbourhood by size, then the `via` of lit or selected edges. They only avoid one
    // another: whatever else lies under them is washed out or secondary.
    QVector<int> order = out.litNodes;
    for (int i : std::as_const(out.selectedNodes)) {
        if (!lit[i])
            order.push_back(i);
    }
    const auto strong = [&](int i) {
        return i == emphasis.hoverNode || emphasis.selectedNodes.contains(i);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (strong(a) != strong(b))
            return strong(a);
        if (m_nodes[a].radius != m_nodes[b].radius)
            return m_nodes[a].radius > m_nodes[b].radius;
        return a < b;
    });
    Occupancy occupied(viewport);
    const QFontMetricsF metrics(style.labelFont(true));
    const double h = metrics.height();
    QHash<int, int> placedBefore; // node -> index of its label in the picture
    for (int k = 0; k < m_labels.size(); ++k) {
        if (m_labels[k].node >= 0)
            placedBefore.insert(m_labels[k].node, k);
    }
    for (int i : std::as_const(order)) {
        const NetworkNodeItem &node = m_nodes[i];
        const QString text =
            metrics.elidedText(net.nodes()[i].name, Qt::ElideRight, kMaxLabelWidth);
        const double w = metrics.horizontalAdvance(text) + 4.0;
        // A label the picture already has stays where it is (a bold one widens about its
        // middle), so hovering does not make labels jump.
        if (const auto it = placedBefore.constFind(i); it != placedBefore.constEnd()) {
            NetworkLabelItem label = m_labels[*it];
            if (strong(i)) {
                label.rect = QRectF(label.rect.center().x() - w / 2, label.rect.top(), w,
                                    label.rect.height());
                label.text = text;
                label.strong = true;
            }
            occupied.add(label.rect);
            out.labels.push_back(label);
            continue;
        }
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
            if (occupied.isFree(c)) {
                chosen = &c;
                break;
            }
        }
        if (!chosen && !strong(i))
            continue;
        const QRectF rect = chosen ? *chosen : candidates[0];
        occupied.add(rect);
        out.labels.push_back({i, -1, rect, text, strong(i)});
    }
    const QFontMetricsF small(style.smallFont());
    QVector<int> viaEdges = out.litEdges + out.selectedEdges;
    for (int item : std::as_const(viaEdges)) {
        const QString text = viaText(m_edges[item].ref);
        if (text.isEmpty())
            continue;
        // Already named in the picture: drawn again only over the wash.
        const auto placed =
            std::find_if(m_labels.cbegin(), m_labels.cend(),
                         [&](const NetworkLabelItem &l) { return l.edge == m_edges[item].ref; });
        if (placed != m_labels.cend()) {
            if (out.wash && occupied.isFree(placed->rect)) {
                occupied.add(placed->rect);
                out.labels.push_back(*placed);
            }
            continue;
        }
        const QPointF mid = m_edges[item].mid;
        const double w = std::min(kMaxLabelWidth, small.horizontalAdvance(text)) + 4.0;
        const QRectF rect(mid.x() - w / 2, mid.y() - small.height() - 4, w, small.height());
        if (!occupied.isFree(rect))
            continue;
        occupied.add(rect);
        out.labels.push_back(
            {-1, m_edges[item].ref, rect, small.elidedText(text, Qt::ElideRight, w)});
    }
    return out;
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
        // By hand: QRectF::united ignores the empty rectangle of a point.
        const double left =
            std::min({item.from.x(), item.tip.x(), item.curved ? item.control.x() : item.tip.x()});
        const double right =
            std::max({item.from.x(), item.tip.x(), item.curved ? item.control.x() : item.tip.x()});
        const double top =
            std::min({item.from.y(), item.tip.y(), item.curved ? item.control.y() : item.tip.y()});
        const double bottom =
            std::max({item.from.y(), item.tip.y(), item.curved ? item.control.y() : item.tip.y()});
        const QRectF box(QPointF(left, top), QPointF(right, bottom));
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

} // namespace entente
