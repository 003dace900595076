#pragma once

#include "analysis/network.h"

#include <QVector>

namespace entente {

// Node centralities of a Network, for sizing nodes and ranking actors: degree counts
// (plain and weighted by evidence) and betweenness (Brandes' algorithm).

struct CentralityOptions
{
    // Count hierarchy edges (commands, member_of, acts_for) as well as signed ones.
    bool includeHierarchy = true;
    bool computeBetweenness = true;
    // Exact betweenness while nodes x edges stays under this (about a second of work);
    // above it, Brandes-Pich sampling from `samplePivots` source nodes, scaled up.
    qint64 exactBetweennessLimit = 100'000'000;
    int samplePivots = 500;
    quint64 seed = 1; // chooses the pivots
    // Betweenness threads; 0: two on graphs where it takes more than a few milliseconds.
    int threads = 0;
};

class Centrality
{
public:
    Centrality() = default;

    static Centrality compute(const Network &network, const CentralityOptions &options = {});

    // Edges are the aggregated edges of the network (one per other actor and type).
    // An undirected edge is reciprocal: it counts in both inDegree and outDegree, once
    // in degree.
    int degree(int node) const { return m_degree.value(node); }
    int inDegree(int node) const { return m_in.value(node); }
    int outDegree(int node) const { return m_out.value(node); }
    // The same, summing the edges' evidence counts.
    double weightedDegree(int node) const { return m_weighted.value(node); }
    double weightedInDegree(int node) const { return m_weightedIn.value(node); }
    double weightedOutDegree(int node) const { return m_weightedOut.value(node); }

    // Betweenness on the undirected, unweighted graph of ties (direction and sign
    // ignored: who stands between others, whatever the tie). rawBetweenness counts
    // shortest paths between unordered pairs; betweenness divides by the number of
    // pairs, (n-1)(n-2)/2, so it lies in [0, 1].
    double betweenness(int node) const { return m_betweenness.value(node); }
    double rawBetweenness(int node) const { return m_rawBetweenness.value(node); }
    bool hasBetweenness() const { return !m_betweenness.isEmpty(); }
    // True when betweenness was estimated from sampled sources.
    bool betweennessSampled() const { return m_sampled; }

private:
    QVector<int> m_degree;
    QVector<int> m_in;
    QVector<int> m_out;
    QVector<double> m_weighted;
    QVector<double> m_weightedIn;
    QVector<double> m_weightedOut;
    QVector<double> m_betweenness;
    QVector<double> m_rawBetweenness;
    bool m_sampled = false;
};

} // namespace entente
