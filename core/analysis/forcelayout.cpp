#include "analysis/forcelayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <thread>

namespace entente {

namespace {

// The paper's local speed constants: k_s scales a node's speed, k_smax caps how far a
// node may move in one step.
constexpr double kSpeedFactor = 0.1;
constexpr double kMaxMove = 10.0;
// The global speed may grow by at most half per step, so a calm phase does not end in a
// burst (our choice; the adaptive speed is otherwise as in the paper).
constexpr double kMaxSpeedGrowth = 1.5;

// std::hypot guards against overflow we cannot reach here and is several times slower.
inline double length(double x, double y)
{
    return std::sqrt(x * x + y * y);
}

quint64 splitMix(quint64 state)
{
    quint64 z = state + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// A point in the unit disc, fixed by seed and node (no std:: distributions: their output
// differs between standard libraries).
QPointF discPoint(quint64 seed, int node)
{
    const quint64 a = splitMix(seed * 0x100000001b3ULL + quint64(node) * 2);
    const quint64 b = splitMix(a);
    const double u = double(a >> 11) / double(1ULL << 53);
    const double v = double(b >> 11) / double(1ULL << 53);
    const double r = std::sqrt(u);
    const double phi = 2.0 * std::numbers::pi * v;
    return {r * std::cos(phi), r * std::sin(phi)};
}

using PairWeights = std::vector<std::pair<std::pair<int, int>, double>>;

// Sums the weights of each pair and leaves the pairs in order: a sort and a merge, as a
// tree map of a window's 10,000 edges cost milliseconds of a new network's first frame.
// Stable, so a pair's weights are summed in the order they came.
void sumPerPair(PairWeights &pairs)
{
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    size_t merged = 0;
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (merged > 0 && pairs[merged - 1].first == pairs[i].first)
            pairs[merged - 1].second += pairs[i].second;
        else
            pairs[merged++] = pairs[i];
    }
    pairs.resize(merged);
}

} // namespace

QVector<LayoutEdge> layoutEdges(const Network &network, const LayoutEdgeOptions &options)
{
    PairWeights pairs;
    pairs.reserve(size_t(network.edges().size() + network.hierarchyEdges().size()));
    auto add = [&](const QVector<NetworkEdge> &edges) {
        for (const NetworkEdge &edge : edges) {
            const double factor = edge.sign > 0   ? options.positiveFactor
                                  : edge.sign < 0 ? options.negativeFactor
                                                  : options.hierarchyFactor;
            pairs.push_back(
                {std::minmax(edge.source, edge.target), factor * std::max(1, edge.weight)});
        }
    };
    add(network.edges());
    if (options.includeHierarchy)
        add(network.hierarchyEdges());
    sumPerPair(pairs);
    QVector<LayoutEdge> out;
    out.reserve(qsizetype(pairs.size()));
    for (const auto &[pair, weight] : pairs) {
        if (weight > 0.0)
            out.append({pair.first, pair.second, weight});
    }
    return out;
}

ForceLayout::ForceLayout(const ForceLayoutSettings &settings) : m_settings(settings) {}

void ForceLayout::setGraph(int nodeCount, const QVector<LayoutEdge> &edges)
{
    const size_t n = size_t(std::max(0, nodeCount));
    PairWeights pairs;
    pairs.reserve(size_t(edges.size()));
    for (const LayoutEdge &edge : edges) {
        if (edge.source < 0 || edge.target < 0 || edge.source >= nodeCount ||
            edge.target >= nodeCount || edge.source == edge.target || edge.weight <= 0.0)
            continue;
        pairs.push_back({std::minmax(edge.source, edge.target), edge.weight});
    }
    sumPerPair(pairs);
    m_off.assign(n + 1, 0);
    for (const auto &[pair, weight] : pairs) {
        ++m_off[size_t(pair.first) + 1];
        ++m_off[size_t(pair.second) + 1];
    }
    for (size_t i = 0; i < n; ++i)
        m_off[i + 1] += m_off[i];
    m_nbr.assign(pairs.size() * 2, 0);
    m_nbrWeight.assign(pairs.size() * 2, 0.0);
    std::vector<int> fill(m_off.begin(), m_off.end() - (n > 0 ? 1 : 0));
    for (const auto &[pair, weight] : pairs) {
        const double w = std::pow(weight, m_settings.edgeWeightInfluence);
        for (const auto &[a, b] : {pair, std::pair{pair.second, pair.first}}) {
            m_nbr[size_t(fill[size_t(a)])] = b;
            m_nbrWeight[size_t(fill[size_t(a)]++)] = w;
        }
    }
    m_mass.assign(n, 1.0);
    for (size_t i = 0; i < n; ++i)
        m_mass[i] = 1.0 + double(m_off[i + 1] - m_off[i]);
    m_x.assign(n, 0.0);
    m_y.assign(n, 0.0);
    m_fx.assign(n, 0.0);
    m_fy.assign(n, 0.0);
    m_oldFx.assign(n, 0.0);
    m_oldFy.assign(n, 0.0);
    m_placed.assign(n, false);
    m_pinned.assign(n, false);
    m_ids.clear();
    m_useTree = int(n) >= m_settings.barnesHutThreshold;
    m_needsPlacement = true;
    m_haveOldForces = false;
    m_speed = 0.0;
    m_calm = 0;
    m_iterations = 0;
    m_lastDisplacement = 0.0;
}

void ForceLayout::setGraph(const Network &network, const LayoutEdgeOptions &options)
{
    setGraph(network.nodeCount(), layoutEdges(network, options));
    for (const NetworkNode &node : network.nodes())
        m_ids << node.id;
}

void ForceLayout::setPosition(int node, QPointF position)
{
    m_x[size_t(node)] = position.x();
    m_y[size_t(node)] = position.y();
    m_placed[size_t(node)] = true;
    m_calm = 0;
}

void ForceLayout::setPreviousPositions(const QHash<QString, QPointF> &positions)
{
    for (int i = 0; i < m_ids.size(); ++i) {
        const auto it = positions.constFind(m_ids[i]);
        if (it != positions.constEnd())
            setPosition(i, *it);
    }
}

void ForceLayout::setPinned(int node, bool pinned)
{
    m_pinned[size_t(node)] = pinned;
    m_calm = 0;
}

QVector<QPointF> ForceLayout::positions() const
{
    QVector<QPointF> out;
    out.reserve(qsizetype(m_x.size()));
    for (size_t i = 0; i < m_x.size(); ++i)
        out.append({m_x[i], m_y[i]});
    return out;
}

QHash<QString, QPointF> ForceLayout::positionsById() const
{
    QHash<QString, QPointF> out;
    out.reserve(m_ids.size());
    for (int i = 0; i < m_ids.size() && size_t(i) < m_x.size(); ++i)
        out.insert(m_ids[i], position(i));
    return out;
}

void ForceLayout::placeUnplaced()
{
    m_needsPlacement = false;
    const int n = nodeCount();
    // Scale of the picture: the typical length of edges between placed nodes, or, on a
    // cold start, the equilibrium length of a lone edge under these forces.
    double lengthSum = 0.0;
    int lengthCount = 0;
    for (int i = 0; i < n; ++i) {
        for (int k = m_off[size_t(i)]; k < m_off[size_t(i) + 1]; ++k) {
            const int j = m_nbr[size_t(k)];
            if (j > i && m_placed[size_t(i)] && m_placed[size_t(j)]) {
                lengthSum +=
                    std::hypot(m_x[size_t(i)] - m_x[size_t(j)], m_y[size_t(i)] - m_y[size_t(j)]);
                ++lengthCount;
            }
        }
    }
    const double edgeLength =
        lengthCount > 0 ? lengthSum / lengthCount : std::sqrt(4.0 * m_settings.scaling) + 1.0;

    // Nodes next to placed ones go to their neighbours' barycentre, a little jittered;
    // repeated so that chains of new nodes grow out from the placed part.
    bool progress = true;
    bool anyPlaced = std::find(m_placed.begin(), m_placed.end(), true) != m_placed.end();
    while (progress) {
        progress = false;
        for (int i = 0; i < n; ++i) {
            if (m_placed[size_t(i)])
                continue;
            double sx = 0.0;
            double sy = 0.0;
            int count = 0;
            for (int k = m_off[size_t(i)]; k < m_off[size_t(i) + 1]; ++k) {
                const int j = m_nbr[size_t(k)];
                if (m_placed[size_t(j)]) {
                    sx += m_x[size_t(j)];
                    sy += m_y[size_t(j)];
                    ++count;
                }
            }
            if (count == 0)
                continue;
            const QPointF jitter = discPoint(m_settings.seed, i) * (0.5 * edgeLength);
            m_x[size_t(i)] = sx / count + jitter.x();
            m_y[size_t(i)] = sy / count + jitter.y();
            m_placed[size_t(i)] = true;
            progress = true;
        }
    }

    // The rest (a cold start, or parts with no placed node): at random in a disc around
    // the centre, large enough for the nodes to fit at about one edge length apart.
    double cx = 0.0;
    double cy = 0.0;
    double radius = 0.0;
    if (anyPlaced) {
        int placed = 0;
        for (int i = 0; i < n; ++i) {
            if (m_placed[size_t(i)]) {
                cx += m_x[size_t(i)];
                cy += m_y[size_t(i)];
                ++placed;
            }
        }
        cx /= placed;
        cy /= placed;
        for (int i = 0; i < n; ++i) {
            if (m_placed[size_t(i)])
                radius = std::max(radius, std::hypot(m_x[size_t(i)] - cx, m_y[size_t(i)] - cy));
        }
    }
    radius = std::max(radius, edgeLength * std::sqrt(double(n)));
    for (int i = 0; i < n; ++i) {
        if (m_placed[size_t(i)])
            continue;
        const QPointF p = discPoint(m_settings.seed, i) * radius;
        m_x[size_t(i)] = cx + p.x();
        m_y[size_t(i)] = cy + p.y();
        m_placed[size_t(i)] = true;
    }
}

void ForceLayout::computeForces(int begin, int end)
{
    const int n = nodeCount();
    const double kr = m_settings.scaling;
    const double kg = m_settings.gravity;
    for (int i = begin; i < end; ++i) {
        const double xi = m_x[size_t(i)];
        const double yi = m_y[size_t(i)];
        const double mi = m_mass[size_t(i)];
        double fx = 0.0;
        double fy = 0.0;

        // Repulsion: k_r (deg_i + 1)(deg_j + 1) / d, along the line between the two.
        if (m_useTree) {
            m_tree.addRepulsion(xi, yi, kr * mi, m_settings.barnesHutTheta, fx, fy);
        } else {
            for (int j = 0; j < n; ++j) {
                if (j == i)
                    continue;
                const double dx = xi - m_x[size_t(j)];
                const double dy = yi - m_y[size_t(j)];
                const double d2 = dx * dx + dy * dy;
                if (d2 > 0.0) {
                    const double f = kr * mi * m_mass[size_t(j)] / d2;
                    fx += dx * f;
                    fy += dy * f;
                }
            }
        }

        // Attraction: w^delta * d (or log(1 + d)), optionally shared out by degree.
        double ax = 0.0;
        double ay = 0.0;
        for (int k = m_off[size_t(i)]; k < m_off[size_t(i) + 1]; ++k) {
            const int j = m_nbr[size_t(k)];
            const double dx = m_x[size_t(j)] - xi;
            const double dy = m_y[size_t(j)] - yi;
            double f = m_nbrWeight[size_t(k)];
            if (m_settings.linLog) {
                const double d = std::sqrt(dx * dx + dy * dy);
                if (d <= 0.0)
                    continue;
                f *= std::log1p(d) / d;
            }
            ax += dx * f;
            ay += dy * f;
        }
        if (m_settings.dissuadeHubs) {
            ax /= mi;
            ay /= mi;
        }
        fx += ax;
        fy += ay;

        // Gravity towards the origin: k_g (deg + 1), or k_g (deg + 1) d when strong.
        const double d = std::sqrt(xi * xi + yi * yi);
        if (d > 0.0) {
            const double g = m_settings.strongGravity ? kg * mi : kg * mi / d;
            fx -= xi * g;
            fy -= yi * g;
        }
        m_fx[size_t(i)] = fx;
        m_fy[size_t(i)] = fy;
    }
}

void ForceLayout::oneStep()
{
    const int n = nodeCount();
    if (m_useTree)
        m_tree.build(m_x, m_y, m_mass);

    int threads = m_settings.threads > 0 ? m_settings.threads : (n >= 1000 ? 2 : 1);
    threads = std::clamp(threads, 1, std::max(1, n / 64));
    if (threads == 1) {
        computeForces(0, n);
    } else {
        // Each node's force is computed whole by one thread in the same order as a single
        // thread would: results do not depend on the thread count.
        std::vector<std::thread> workers;
        workers.reserve(size_t(threads) - 1);
        for (int t = 1; t < threads; ++t)
            workers.emplace_back([this, t, n, threads] {
                computeForces(int(qint64(n) * t / threads), int(qint64(n) * (t + 1) / threads));
            });
        computeForces(0, n / threads);
        for (auto &worker : workers)
            worker.join();
    }

    // Adaptive speed: swinging |F_t - F_t-1| (a node oscillating) against traction
    // |F_t + F_t-1| / 2 (a node moving on steadily), summed with the node masses.
    double swinging = 0.0;
    double traction = 0.0;
    for (int i = 0; i < n; ++i) {
        if (m_pinned[size_t(i)])
            continue;
        const double ox = m_haveOldForces ? m_oldFx[size_t(i)] : 0.0;
        const double oy = m_haveOldForces ? m_oldFy[size_t(i)] : 0.0;
        swinging += m_mass[size_t(i)] * length(m_fx[size_t(i)] - ox, m_fy[size_t(i)] - oy);
        traction += m_mass[size_t(i)] * length(m_fx[size_t(i)] + ox, m_fy[size_t(i)] + oy) / 2.0;
    }
    if (swinging > 0.0) {
        const double target = m_settings.tolerance * traction / swinging;
        m_speed = m_speed > 0.0 ? std::min(target, kMaxSpeedGrowth * m_speed) : target;
    }

    double moved = 0.0;
    int movable = 0;
    for (int i = 0; i < n; ++i) {
        if (m_pinned[size_t(i)])
            continue;
        const double fx = m_fx[size_t(i)];
        const double fy = m_fy[size_t(i)];
        const double ox = m_haveOldForces ? m_oldFx[size_t(i)] : 0.0;
        const double oy = m_haveOldForces ? m_oldFy[size_t(i)] : 0.0;
        const double swing = length(fx - ox, fy - oy);
        double speed = kSpeedFactor * m_speed / (1.0 + m_speed * std::sqrt(swing));
        const double force = length(fx, fy);
        if (force > 0.0)
            speed = std::min(speed, kMaxMove / force);
        m_x[size_t(i)] += speed * fx;
        m_y[size_t(i)] += speed * fy;
        moved += speed * force;
        ++movable;
    }
    std::swap(m_fx, m_oldFx);
    std::swap(m_fy, m_oldFy);
    m_haveOldForces = true;

    // Convergence: nodes hardly move compared with the size of the picture.
    m_lastDisplacement = movable > 0 ? moved / movable : 0.0;
    double cx = 0.0;
    double cy = 0.0;
    for (int i = 0; i < n; ++i) {
        cx += m_x[size_t(i)];
        cy += m_y[size_t(i)];
    }
    cx /= std::max(1, n);
    cy /= std::max(1, n);
    double spread = 0.0;
    for (int i = 0; i < n; ++i)
        spread += std::pow(m_x[size_t(i)] - cx, 2) + std::pow(m_y[size_t(i)] - cy, 2);
    const double radius = std::sqrt(spread / std::max(1, n));
    const bool calm = m_lastDisplacement <= m_settings.convergence * radius;
    m_calm = calm ? m_calm + 1 : 0;
    ++m_iterations;
}

int ForceLayout::step(int iterations, const std::atomic<bool> *cancel)
{
    if (m_needsPlacement)
        placeUnplaced();
    if (std::find(m_pinned.begin(), m_pinned.end(), false) == m_pinned.end())
        m_calm = m_settings.calmSteps; // nothing can move (or there is nothing)
    int done = 0;
    while (done < iterations && !converged()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        oneStep();
        ++done;
    }
    return done;
}

int ForceLayout::run(int maxIterations, const std::atomic<bool> *cancel)
{
    return step(maxIterations, cancel);
}

} // namespace entente
