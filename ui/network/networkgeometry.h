#pragma once

#include "networkstyle.h"

#include "session/networkanalysis.h"

#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QVector>

namespace entente {

// What the analyst has chosen to see in the network view (toolbar state).
struct NetworkViewOptions
{
    enum class NodeSize { WeightedDegree, Betweenness };
    NodeSize nodeSize = NodeSize::WeightedDegree;
    bool showHierarchy = false;
    bool showLegend = true;
};

// Interaction state drawn over the network: the hovered node or edge, what the session
// has selected, the pinned actors. Edges are referred to by "ref": an index into the
// signed layer, or signed count + an index into the hierarchy layer.
struct NetworkEmphasis
{
    int hoverNode = -1;
    int hoverEdge = -1;
    QSet<int> selectedNodes;
    QSet<int> selectedEdges;
    QSet<int> pinnedNodes;
};

struct NetworkNodeItem
{
    QPointF centre;
    double radius = 0.0;
    bool inView = false;
};

struct NetworkEdgeItem
{
    int ref = -1;
    QPointF from;    // where the stroke starts (outside the source node)
    QPointF to;      // where the stroke ends (at the arrow's base when directed)
    QPointF tip;     // arrow tip, on the target's outline
    QPointF control; // quadratic control point when curved
    QPointF mid;     // the point halfway along the drawn curve
    bool curved = false;
    bool arrow = false;
    double width = 1.0;
    bool undated = false; // every relation behind it is undated
};

struct NetworkLabelItem
{
    int node = -1; // or -1 for an edge's `via` label
    int edge = -1;
    QRectF rect;
    QString text;
    bool strong = false;
};

// What hovering and selecting add on top of the plain picture (indices into the
// geometry's nodes() and edges()): with a hover, the rest is washed out and the lit
// neighbourhood drawn again, with its own labels.
struct NetworkOverlay
{
    bool wash = false;
    QVector<int> litEdges;
    QVector<int> litNodes;
    QVector<int> selectedEdges;
    QVector<int> selectedNodes;
    QVector<int> pinnedNodes;
    QVector<NetworkLabelItem> labels;
    bool isEmpty() const
    {
        return !wash && selectedEdges.isEmpty() && selectedNodes.isEmpty() && pinnedNodes.isEmpty();
    }
};

// Screen geometry of the network for one frame: node marks, edge strokes (curved apart
// when several ties join the same two actors), the labels that fit without overlapping.
// Painting, export and hit-testing all read it, so a click lands where the eye sees.
class NetworkGeometry
{
public:
    // `world` holds one layout position per network node; screen = world * scale + offset.
    void build(const NetworkAnalysis &analysis, const QVector<QPointF> &world, double scale,
               QPointF offset, const QRectF &viewport, const NetworkViewOptions &options,
               const NetworkStyle &style);
    // The marks and labels that hover, selection and pins add.
    NetworkOverlay overlay(const NetworkEmphasis &emphasis, const QRectF &viewport,
                           const NetworkStyle &style) const;

    const QVector<NetworkNodeItem> &nodes() const { return m_nodes; }
    const QVector<NetworkEdgeItem> &edges() const { return m_edges; } // visible ones
    const QVector<NetworkLabelItem> &labels() const { return m_labels; }
    const NetworkAnalysis *analysis() const { return m_analysis; }

    // The topmost node whose mark contains `point`, or -1.
    int nodeAt(QPointF point) const;
    // The edge ref whose stroke passes within a few pixels of `point`, or -1.
    int edgeAt(QPointF point) const;
    // Index into edges() of a ref, or -1 when it is not drawn.
    int edgeItem(int ref) const { return m_itemOfRef.value(ref, -1); }

    static int edgeCount(const Network &network, bool withHierarchy);
    static const NetworkEdge &edge(const Network &network, int ref);
    // The transform (screen = world * scale + offset) that fits `world` into `area`.
    static void fit(const QVector<QPointF> &world, const QRectF &area, double &scale,
                    QPointF &offset);
    // Size values normalised to [0, 1] by the largest.
    static QVector<double> sizeValues(const NetworkAnalysis &analysis,
                                      NetworkViewOptions::NodeSize size);

private:
    void prepare(const NetworkAnalysis &analysis, const NetworkViewOptions &options,
                 const NetworkStyle &style);
    void buildEdges(const Network &network, const QRectF &viewport);
    void placeLabels(const Network &network, const QRectF &viewport, const NetworkStyle &style);
    QString viaText(int ref) const;

    const NetworkAnalysis *m_analysis = nullptr;
    QVector<NetworkNodeItem> m_nodes;
    QVector<NetworkEdgeItem> m_edges;
    QVector<NetworkLabelItem> m_labels;
    QVector<int> m_itemOfRef;

    // Per-network caches, rebuilt when the network, the size mode or the font change.
    const Network *m_cachedNetwork = nullptr;
    NetworkViewOptions::NodeSize m_cachedSize = NetworkViewOptions::NodeSize::WeightedDegree;
    bool m_cachedHierarchy = false;
    bool m_cachedBetweenness = false;
    QFont m_cachedFont;
    QVector<double> m_size; // normalised size per node
    QVector<double> m_labelWidth;
    double m_labelHeight = 0.0;
    QVector<int> m_slot;              // position of an edge among those joining the same pair
    QVector<int> m_slotCount;         // how many edges join that pair
    // Edge refs per node (drawn layers): those of node i are
    // m_adjacentRefs[m_adjacentFirst[i]] up to m_adjacentFirst[i + 1].
    QVector<int> m_adjacentFirst;
    QVector<int> m_adjacentRefs;
};

} // namespace entente
