#include "networkgeometry.h"

#include "networklabelspace.h"
#include "textwidths.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace entente {

namespace {

constexpr double kCurveSpacing = 16.0; // pixels between parallel ties at their middle
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
    // Until its betweenness is computed (off the GUI thread), sized by evidence.
    const std::shared_ptr<const Centrality> between =
        size == NetworkViewOptions::NodeSize::Betweenness ? analysis.betweenness() : nullptr;
    const bool byBetweenness = between != nullptr;
    QVector<double> values(n, 0.0);
    double top = 0.0;
    for (int i = 0; i < n; ++i) {
        values[i] = byBetweenness ? between->betweenness(i) : c.weightedDegree(i);
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
    const bool betweenness = analysis.betweenness() != nullptr;
    if (m_cachedNetwork == &net && m_cachedSize == options.nodeSize &&
        m_cachedHierarchy == options.showHierarchy && m_cachedFont == font &&
        m_cachedBetweenness == betweenness && m_size.size() == net.nodeCount())
        return;
    m_cachedBetweenness = betweenness;
    m_cachedNetwork = &net;
    m_cachedSize = options.nodeSize;
    m_cachedHierarchy = options.showHierarchy;
    m_cachedFont = font;

    m_size = sizeValues(analysis, options.nodeSize);
    const QFontMetricsF metrics(font);
    m_labelHeight = metrics.height();
    m_labelWidth.resize(net.nodeCount());
    TextWidths widths(font);
    for (int i = 0; i < net.nodeCount(); ++i)
        m_labelWidth[i] = std::min(kMaxLabelWidth, widths.advance(net.nodes()[i].name));

    // Ties joining the same two actors fan out: those running from the smaller index to
    // the larger first, then the reverse ones, each side ordered by type. Pairs are found
    // by sorting, not by a hash of lists: a window's 10,000 ties would allocate as many.
    const int count = edgeCount(net, options.showHierarchy);
    m_slot.fill(0, count);
    m_slotCount.fill(1, count);
    std::vector<std::pair<quint64, int>> byPair(static_cast<size_t>(count)); // (pair, ref)
    m_adjacentFirst.fill(0, net.nodeCount() + 1);
    for (int ref = 0; ref < count; ++ref) {
        const NetworkEdge &e = edge(net, ref);
        const auto [a, b] = std::minmax(e.source, e.target);
        byPair[size_t(ref)] = {(quint64(quint32(a)) << 32) | quint32(b), ref};
        ++m_adjacentFirst[e.source + 1];
        ++m_adjacentFirst[e.target + 1];
    }
    for (int i = 0; i < net.nodeCount(); ++i)
        m_adjacentFirst[i + 1] += m_adjacentFirst[i];
    m_adjacentRefs.resize(m_adjacentFirst.last());
    QVector<int> at(m_adjacentFirst.cbegin(), m_adjacentFirst.cend() - 1);
    for (int ref = 0; ref < count; ++ref) {
        const NetworkEdge &e = edge(net, ref);
        m_adjacentRefs[at[e.source]++] = ref;
        m_adjacentRefs[at[e.target]++] = ref;
    }
    std::sort(byPair.begin(), byPair.end(), [&](const auto &x, const auto &y) {
        if (x.first != y.first)
            return x.first < y.first;
        const NetworkEdge &ex = edge(net, x.second);
        const NetworkEdge &ey = edge(net, y.second);
        const bool fx = ex.source < ex.target;
        const bool fy = ey.source < ey.target;
        if (fx != fy)
            return fx;
        if (ex.type != ey.type)
            return ex.type < ey.type;
        return x.second < y.second;
    });
    for (size_t first = 0; first < byPair.size();) {
        size_t end = first + 1;
        while (end < byPair.size() && byPair[end].first == byPair[first].first)
            ++end;
        for (size_t k = first; end - first > 1 && k < end; ++k) {
            m_slot[byPair[k].second] = int(k - first);
            m_slotCount[byPair[k].second] = int(end - first);
        }
        first = end;
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
    NetworkLabelSpace space(viewport);
    QVector<int> order;
    for (int i = 0; i < net.nodeCount(); ++i) {
        const NetworkNodeItem &node = m_nodes[i];
        if (node.inView) {
            space.addMark(QRectF(node.centre.x() - node.radius, node.centre.y() - node.radius,
                                 2 * node.radius, 2 * node.radius));
            order.push_back(i);
        }
    }
    // Arrowheads and the rings and crosses at edge middles are what a label must not
    // hide: they say who supports whom, through whom, and against the split.
    for (const NetworkEdgeItem &item : std::as_const(m_edges)) {
        if (item.arrow) {
            const double a = NetworkStyle::arrowLength(item.width) * 0.6;
            space.addMark(QRectF(item.tip.x() - a, item.tip.y() - a, 2 * a, 2 * a));
        }
        const bool against =
            item.ref < net.edges().size() && m_analysis->blocs.isFrustrated(item.ref);
        if (!edge(net, item.ref).via.isEmpty() || against)
            space.addMark(QRectF(item.mid.x() - 6, item.mid.y() - 6, 12, 12));
    }
    // By what node size shows (evidence or betweenness), not by the drawn radius: a
    // person's mark is drawn smaller, but Haftar matters more than a minor state.
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (m_size[a] != m_size[b])
            return m_size[a] > m_size[b];
        if (m_nodes[a].radius != m_nodes[b].radius)
            return m_nodes[a].radius > m_nodes[b].radius;
        return a < b;
    });

    // Weightiest actors first; the first dozen or so may lie over a small mark rather
    // than go missing.
    const QFontMetricsF metrics(style.labelFont(false));
    const int important = std::max(12, int(order.size()) / 15);
    for (int rank = 0; rank < order.size(); ++rank) {
        const int i = order[rank];
        const QSizeF size(m_labelWidth[i] + 4.0, m_labelHeight);
        const auto candidates =
            NetworkLabelSpace::aroundMark(m_nodes[i].centre, m_nodes[i].radius, size, true);
        auto rect = space.firstFree(candidates, false);
        if (!rect && rank < important)
            rect = space.firstFree(candidates, true);
        if (!rect)
            continue;
        space.addLabel(*rect);
        m_labels.push_back(
            {i, -1, *rect,
             metrics.elidedText(net.nodes()[i].name, Qt::ElideRight, kMaxLabelWidth)});
    }

    // Then the intermediaries beside the middle of their edges (over a mark if need be),
    // unless the picture is dense: there they would be noise, and hovering names them.
    if (m_edges.size() > kMaxViaLabelEdges)
        return;
    const QFontMetricsF small(style.smallFont());
    for (const NetworkEdgeItem &item : std::as_const(m_edges)) {
        const QString text = viaText(item.ref);
        if (text.isEmpty())
            continue;
        const double w = std::min(kMaxLabelWidth, small.horizontalAdvance(text)) + 4.0;
        const auto candidates = NetworkLabelSpace::besidePoint(item.mid, QSizeF(w, small.height()));
        auto rect = space.firstFree(candidates, false);
        if (!rect)
            rect = space.firstFree(candidates, true);
        if (!rect)
            continue;
        space.addLabel(*rect);
        m_labels.push_back({-1, item.ref, *rect, small.elidedText(text, Qt::ElideRight, w)});
    }
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
        for (int k = m_adjacentFirst[emphasis.hoverNode];
             k < m_adjacentFirst[emphasis.hoverNode + 1]; ++k) {
            const int ref = m_adjacentRefs[k];
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
    NetworkLabelSpace space(viewport);
    const QFontMetricsF metrics(style.labelFont(true));
    QHash<int, int> placedBefore; // node -> index of its label in the picture
    for (int k = 0; k < m_labels.size(); ++k) {
        if (m_labels[k].node >= 0)
            placedBefore.insert(m_labels[k].node, k);
    }
    for (int i : std::as_const(order)) {
        const QString text =
            metrics.elidedText(net.nodes()[i].name, Qt::ElideRight, kMaxLabelWidth);
        const QSizeF size(metrics.horizontalAdvance(text) + 4.0, metrics.height());
        // A label the picture already has stays where it is (a bold one widens about its
        // middle), so hovering does not make labels jump.
        if (const auto it = placedBefore.constFind(i); it != placedBefore.constEnd()) {
            NetworkLabelItem label = m_labels[*it];
            if (strong(i)) {
                label.rect = QRectF(label.rect.center().x() - size.width() / 2, label.rect.top(),
                                    size.width(), label.rect.height());
                label.text = text;
                label.strong = true;
            }
            space.addLabel(label.rect);
            out.labels.push_back(label);
            continue;
        }
        const auto candidates =
            NetworkLabelSpace::aroundMark(m_nodes[i].centre, m_nodes[i].radius, size, false);
        auto rect = space.firstFree(candidates, true);
        if (!rect && !strong(i))
            continue;
        space.addLabel(rect.value_or(candidates.first()));
        out.labels.push_back({i, -1, rect.value_or(candidates.first()), text, strong(i)});
    }
    const QFontMetricsF small(style.smallFont());
    const QVector<int> viaEdges = out.litEdges + out.selectedEdges;
    for (int item : viaEdges) {
        const QString text = viaText(m_edges[item].ref);
        if (text.isEmpty())
            continue;
        // Already named in the picture: drawn again only over the wash.
        const auto placed =
            std::find_if(m_labels.cbegin(), m_labels.cend(),
                         [&](const NetworkLabelItem &l) { return l.edge == m_edges[item].ref; });
        if (placed != m_labels.cend()) {
            if (out.wash && space.isClearOfLabels(placed->rect)) {
                space.addLabel(placed->rect);
                out.labels.push_back(*placed);
            }
            continue;
        }
        const double w = std::min(kMaxLabelWidth, small.horizontalAdvance(text)) + 4.0;
        const auto rect = space.firstFree(
            NetworkLabelSpace::besidePoint(m_edges[item].mid, QSizeF(w, small.height())), true);
        if (!rect)
            continue;
        space.addLabel(*rect);
        out.labels.push_back(
            {-1, m_edges[item].ref, *rect, small.elidedText(text, Qt::ElideRight, w)});
    }
    return out;
}

void NetworkGeometry::fit(const QVector<QPointF> &world, const QRectF &area, double &scale,
                          QPointF &offset)
{
    if (world.isEmpty())
        return;
    // QRectF::united ignores empty rectangles, so the extent is taken by hand.
    double left = world.first().x();
    double right = left;
    double top = world.first().y();
    double bottom = top;
    for (const QPointF &p : world) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    const QRectF box(QPointF(left, top), QPointF(right, bottom));
    scale = std::min(area.width() / std::max(box.width(), 1e-9),
                     area.height() / std::max(box.height(), 1e-9));
    if (!std::isfinite(scale) || scale <= 0.0 || (box.width() == 0.0 && box.height() == 0.0))
        scale = 1.0;
    offset = area.center() - box.center() * scale;
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
