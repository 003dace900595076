#include "analysis/centrality.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace entente {

namespace {

// SplitMix64: tiny, fast and the same on every platform (std distributions are not).
quint64 splitMix(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Compressed adjacency of the simple undirected graph (parallel edges collapsed).
struct Adjacency
{
    std::vector<int> offset;
    std::vector<int> target;
};

Adjacency simpleGraph(int n, const std::vector<std::pair<int, int>> &edges)
{
    std::vector<std::pair<int, int>> both;
    both.reserve(edges.size() * 2);
    for (const auto &[a, b] : edges) {
        both.emplace_back(a, b);
        both.emplace_back(b, a);
    }
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    Adjacency adj;
    adj.offset.assign(size_t(n) + 1, 0);
    for (const auto &edge : both)
        ++adj.offset[size_t(edge.first) + 1];
    for (int i = 0; i < n; ++i)
        adj.offset[size_t(i) + 1] += adj.offset[size_t(i)];
    adj.target.reserve(both.size());
    for (const auto &edge : both)
        adj.target.push_back(edge.second);
    return adj;
}

// Brandes (2001) from the given sources; returns dependencies summed over sources.
std::vector<double> brandes(const Adjacency &adj, const std::vector<int> &sources)
{
    const size_t n = adj.offset.size() - 1;
    std::vector<double> result(n, 0.0);
    std::vector<int> order;
    std::vector<int> distance(n);
    std::vector<double> paths(n);
    std::vector<double> dependency(n);
    order.reserve(n);
    for (int s : sources) {
        std::fill(distance.begin(), distance.end(), -1);
        std::fill(paths.begin(), paths.end(), 0.0);
        std::fill(dependency.begin(), dependency.end(), 0.0);
        order.clear();
        distance[size_t(s)] = 0;
        paths[size_t(s)] = 1.0;
        order.push_back(s);
        for (size_t head = 0; head < order.size(); ++head) {
            const int v = order[head];
            for (int i = adj.offset[size_t(v)]; i < adj.offset[size_t(v) + 1]; ++i) {
                const int w = adj.target[size_t(i)];
                if (distance[size_t(w)] < 0) {
                    distance[size_t(w)] = distance[size_t(v)] + 1;
                    order.push_back(w);
                }
                if (distance[size_t(w)] == distance[size_t(v)] + 1)
                    paths[size_t(w)] += paths[size_t(v)];
            }
        }
        // Predecessors are the neighbours one step closer: no lists needed.
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const int w = *it;
            for (int i = adj.offset[size_t(w)]; i < adj.offset[size_t(w) + 1]; ++i) {
                const int v = adj.target[size_t(i)];
                if (distance[size_t(v)] == distance[size_t(w)] - 1)
                    dependency[size_t(v)] +=
                        paths[size_t(v)] / paths[size_t(w)] * (1.0 + dependency[size_t(w)]);
            }
            if (w != s)
                result[size_t(w)] += dependency[size_t(w)];
        }
    }
    return result;
}

} // namespace

Centrality Centrality::compute(const Network &network, const CentralityOptions &options)
{
    const int n = network.nodeCount();
    Centrality c;
    c.m_degree = c.m_in = c.m_out = QVector<int>(n, 0);
    c.m_weighted = c.m_weightedIn = c.m_weightedOut = QVector<double>(n, 0.0);

    std::vector<std::pair<int, int>> ties;
    auto count = [&](const QVector<NetworkEdge> &edges) {
        for (const NetworkEdge &edge : edges) {
            const double w = edge.weight;
            for (int node : {edge.source, edge.target}) {
                ++c.m_degree[node];
                c.m_weighted[node] += w;
            }
            ++c.m_out[edge.source];
            c.m_weightedOut[edge.source] += w;
            ++c.m_in[edge.target];
            c.m_weightedIn[edge.target] += w;
            if (!edge.directed) {
                ++c.m_in[edge.source];
                c.m_weightedIn[edge.source] += w;
                ++c.m_out[edge.target];
                c.m_weightedOut[edge.target] += w;
            }
            ties.emplace_back(edge.source, edge.target);
        }
    };
    count(network.edges());
    if (options.includeHierarchy)
        count(network.hierarchyEdges());

    if (!options.computeBetweenness || n == 0)
        return c;
    const Adjacency adj = simpleGraph(n, ties);
    std::vector<int> sources(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        sources[size_t(i)] = i;
    double scale = 0.5; // each unordered pair is counted from both ends
    const qint64 work = qint64(n) * qint64(adj.target.size() / 2 + 1);
    if (work > options.exactBetweennessLimit && options.samplePivots > 0 &&
        options.samplePivots < n) {
        // Deterministic partial Fisher-Yates shuffle picks the pivots.
        quint64 state = options.seed;
        for (int i = 0; i < options.samplePivots; ++i) {
            const int j = i + int(splitMix(state) % quint64(n - i));
            std::swap(sources[size_t(i)], sources[size_t(j)]);
        }
        sources.resize(size_t(options.samplePivots));
        std::sort(sources.begin(), sources.end());
        scale *= double(n) / double(options.samplePivots);
        c.m_sampled = true;
    }
    // Sources split over threads, partial sums added in a fixed order: the same input
    // and thread count give the same numbers.
    int threads = options.threads > 0 ? options.threads : (work > 2'000'000 ? 2 : 1);
    threads = std::clamp(threads, 1, std::max(1, int(sources.size()) / 16));
    std::vector<std::vector<double>> partial(static_cast<size_t>(threads));
    std::vector<std::thread> workers;
    auto runShare = [&](int t) {
        const size_t begin = sources.size() * size_t(t) / size_t(threads);
        const size_t end = sources.size() * size_t(t + 1) / size_t(threads);
        partial[size_t(t)] = brandes(adj, std::vector<int>(sources.begin() + long(begin),
                                                           sources.begin() + long(end)));
    };
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(runShare, t);
    runShare(0);
    for (auto &worker : workers)
        worker.join();
    std::vector<double> raw = std::move(partial[0]);
    for (int t = 1; t < threads; ++t) {
        for (size_t i = 0; i < raw.size(); ++i)
            raw[i] += partial[size_t(t)][i];
    }
    const double pairs = n > 2 ? double(n - 1) * double(n - 2) / 2.0 : 0.0;
    c.m_rawBetweenness = QVector<double>(n, 0.0);
    c.m_betweenness = QVector<double>(n, 0.0);
    for (int i = 0; i < n; ++i) {
        c.m_rawBetweenness[i] = raw[size_t(i)] * scale;
        c.m_betweenness[i] = pairs > 0 ? c.m_rawBetweenness[i] / pairs : 0.0;
    }
    return c;
}

} // namespace entente
