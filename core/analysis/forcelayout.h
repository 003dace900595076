#pragma once

#include "analysis/network.h"
#include "analysis/quadtree.h"

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <vector>

namespace entente {

// ForceAtlas2 force-directed layout (Jacomy, Venturini, Heymann, Bastian 2014, PLOS ONE
// 9(6): e98679), written from the paper: degree-weighted repulsion, linear (or LinLog)
// attraction, gravity, and the paper's adaptive speed (swinging / traction). Repulsion
// uses a Barnes-Hut quadtree on larger graphs and may be split over threads.
//
// Deterministic for a given seed and graph, whatever the thread count or chunking: each
// node's force is summed in a fixed order by whichever thread computes it. It runs in
// chunks (step) so a caller can drive it off the GUI thread and cancel it, and it warm
// starts from earlier positions so a filter change moves nodes instead of reshuffling.
// Not thread-safe itself: one thread drives one ForceLayout at a time.

struct LayoutEdge
{
    int source = -1;
    int target = -1;
    double weight = 1.0;
};

struct ForceLayoutSettings
{
    double scaling = 2.0;             // k_r: repulsion strength, spreads the layout
    double gravity = 1.0;             // k_g: pulls every node (and stray parts) to the centre
    bool strongGravity = false;       // gravity grows with distance instead of constant
    bool linLog = false;              // attraction log(1 + d): tighter clusters
    bool dissuadeHubs = false;        // attraction / (degree + 1): hubs to the centre
    double edgeWeightInfluence = 0.5; // delta: attraction scales with weight^delta
    double tolerance = 1.0;           // tau: jitter tolerance of the adaptive speed
    double barnesHutTheta = 1.2;      // cell acts as one mass when size / distance < theta
    int barnesHutThreshold = 250;     // exact O(n^2) repulsion below this many nodes
    int threads = 0;                  // 0: one thread below 1,000 nodes, else up to two
    quint64 seed = 1;                 // initial positions of nodes without a known one
    // Converged when the mean node displacement stays below this fraction of the
    // layout's radius (RMS distance from the centroid) for `calmSteps` steps running.
    double convergence = 0.002;
    int calmSteps = 10;
};

// How the network's aggregated edges become layout springs: one per pair of actors,
// weighing the evidence (at least 1 per edge) by these factors.
struct LayoutEdgeOptions
{
    bool includeHierarchy = true;
    double positiveFactor = 1.0;
    // Enemies still attract a little, so a conflict's camps face each other instead of
    // drifting to opposite edges of the view.
    double negativeFactor = 0.25;
    double hierarchyFactor = 2.0; // keeps members close to their body
};

QVector<LayoutEdge> layoutEdges(const Network &network, const LayoutEdgeOptions &options = {});

class ForceLayout
{
public:
    explicit ForceLayout(const ForceLayoutSettings &settings = {});

    // Replaces the graph; every node is unplaced and unpinned. Parallel edges merge
    // (weights summed); self-loops and out-of-range edges are dropped.
    void setGraph(int nodeCount, const QVector<LayoutEdge> &edges);
    // The same for a network, remembering node ids for the id-based calls below.
    void setGraph(const Network &network, const LayoutEdgeOptions &options = {});

    // Warm start: nodes with a known position start there; the others start near the
    // barycentre of their placed neighbours (or at random when they have none).
    void setPosition(int node, QPointF position);
    void setPreviousPositions(const QHash<QString, QPointF> &positions);
    // A pinned node keeps its position (it still pushes and pulls the others).
    void setPinned(int node, bool pinned);
    bool isPinned(int node) const { return m_pinned[size_t(node)]; }

    // Runs up to `iterations` steps; returns how many ran (fewer when cancelled or once
    // converged). Safe to call again to continue.
    int step(int iterations = 1, const std::atomic<bool> *cancel = nullptr);
    // Steps until converged, cancelled or `maxIterations`; returns the steps run.
    int run(int maxIterations, const std::atomic<bool> *cancel = nullptr);

    bool converged() const { return m_calm >= m_settings.calmSteps; }
    int iterations() const { return m_iterations; }
    int nodeCount() const { return int(m_x.size()); }
    // Mean displacement of the movable nodes in the last step.
    double lastDisplacement() const { return m_lastDisplacement; }

    QPointF position(int node) const { return {m_x[size_t(node)], m_y[size_t(node)]}; }
    QVector<QPointF> positions() const;
    QHash<QString, QPointF> positionsById() const;
    const QStringList &nodeIds() const { return m_ids; }
    const ForceLayoutSettings &settings() const { return m_settings; }

private:
    void placeUnplaced();
    void oneStep();
    void computeForces(int begin, int end);

    ForceLayoutSettings m_settings;
    QStringList m_ids;
    // Compressed adjacency: neighbours of i are m_nbr[m_off[i] .. m_off[i+1]).
    std::vector<int> m_off;
    std::vector<int> m_nbr;
    std::vector<double> m_nbrWeight; // weight^delta, precomputed
    std::vector<double> m_mass;      // degree + 1
    std::vector<double> m_x, m_y;
    std::vector<double> m_fx, m_fy;       // this step's forces
    std::vector<double> m_oldFx, m_oldFy; // last step's forces
    std::vector<bool> m_placed;
    std::vector<bool> m_pinned;
    QuadTree m_tree;
    bool m_useTree = false;
    bool m_needsPlacement = true;
    bool m_haveOldForces = false;
    double m_speed = 0.0;
    double m_lastDisplacement = 0.0;
    int m_calm = 0;
    int m_iterations = 0;
};

} // namespace entente
