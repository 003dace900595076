#include "analysis/blocs.h"

#include "analysis/balancesolver.h"

#include <algorithm>
#include <map>
#include <vector>

// The heuristic (deterministic; every loop runs in index order). Step 1 is here, the
// rest in BalanceSolver (balancesolver.cpp) and cutInTwo (signedcut.cpp):
//  1. Hierarchy ties are binding: actors joined by commands / member_of / acts_for form
//     one group that always shares a bloc (a minister sits with his government).
//  2. Between groups, each pair gets a net cost c = (negative weight) - (positive weight):
//     putting the two in one bloc costs c more than keeping them apart. Minimising the
//     frustration is minimising the sum of c over pairs that share a bloc.
//  3. Each connected part of the network is solved on its own (separate conflicts do not
//     share a colour by accident), from two starts; the cheaper result wins, the first on
//     a tie. First start: components of net-positive ties. Second start: the whole part
//     as one bloc. Steps 4 and 5 repeat on each until neither lowers the cost.
//  4. Refine: merge the pair of blocs whose merge lowers the cost most, until no merge
//     helps; if a part has more blocs than allowed, fold them into that many by a greedy
//     colouring of the bloc graph (foldInto); move single groups to the bloc where they
//     cost least (or to a new bloc while the limit allows).
//  5. Split: merges and single moves get stuck when a few positive bridges chain two
//     hostile camps into one bloc, as no single group gains by leaving. So each bloc
//     with a net-negative pair inside gets its best cut in two (cutInTwo: a spectral
//     bipartition seeded at its heaviest such pair, polished by single moves between the
//     halves). While the part may open blocs, the cut that gains most is made, and its
//     halves are looked at again. At the limit a cut must be paid for by the cheapest
//     merge of two blocs (one that re-joins the halves ends the try); step 4 follows,
//     and the split stays only if the part's cost dropped.
//     The second start is this recursive bisection from the top, which keeps camps whole
//     where early merges and moves of the first start can mix them.
// Each step after a folding lowers the cost (a split that does not pay is undone) and the
// rounds are capped by BlocOptions::maxPasses, so the loop ends; it finds a local
// optimum, which on balanced graphs is the exact, zero-frustration answer.

namespace entente {

namespace {

double tieWeight(const NetworkEdge &edge, BlocWeighting weighting)
{
    return weighting == BlocWeighting::Count ? 1.0 : double(std::max(1, edge.weight));
}

} // namespace

Blocs Blocs::detect(const Network &network, const BlocOptions &options)
{
    const int n = network.nodeCount();
    // Hierarchy groups, numbered in the order of their smallest node.
    std::vector<std::vector<int>> bound(static_cast<size_t>(n));
    for (const NetworkEdge &edge : network.hierarchyEdges()) {
        bound[size_t(edge.source)].push_back(edge.target);
        bound[size_t(edge.target)].push_back(edge.source);
    }
    std::vector<int> groupOf(size_t(n), -1);
    int groupCount = 0;
    for (int node = 0; node < n; ++node) {
        if (groupOf[size_t(node)] >= 0)
            continue;
        std::vector<int> stack{node};
        groupOf[size_t(node)] = groupCount;
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            for (int next : bound[size_t(at)]) {
                if (groupOf[size_t(next)] < 0) {
                    groupOf[size_t(next)] = groupCount;
                    stack.push_back(next);
                }
            }
        }
        ++groupCount;
    }

    std::vector<GroupTie> ties;
    ties.reserve(size_t(network.edges().size()));
    for (const NetworkEdge &edge : network.edges()) {
        const double weight = tieWeight(edge, options.weighting);
        const int g = groupOf[size_t(edge.source)];
        const int h = groupOf[size_t(edge.target)];
        ties.push_back({g, h, -edge.sign * weight});
        if (!options.viaTies)
            continue;
        for (const QString &via : edge.via) {
            const int v = network.nodeIndex(via);
            if (v < 0 || v == edge.source || v == edge.target)
                continue;
            ties.push_back({groupOf[size_t(v)], g, -0.5 * weight});
            ties.push_back({groupOf[size_t(v)], h, -edge.sign * 0.5 * weight});
        }
    }
    const std::vector<int> labelOfGroup =
        BalanceSolver::solve(groupCount, ties, options.maxBlocsPerComponent, options.maxPasses);

    // Number the blocs: largest first, then by smallest actor id (nodes are id-sorted).
    std::map<int, QVector<int>> membersOfLabel;
    for (int node = 0; node < n; ++node) {
        const int label = labelOfGroup[size_t(groupOf[size_t(node)])];
        if (label >= 0)
            membersOfLabel[label].append(node);
    }
    Blocs blocs;
    for (auto &[label, members] : membersOfLabel)
        blocs.m_members.append(std::move(members));
    std::sort(blocs.m_members.begin(), blocs.m_members.end(), [](const auto &a, const auto &b) {
        if (a.size() != b.size())
            return a.size() > b.size();
        return a.first() < b.first();
    });
    blocs.m_count = int(blocs.m_members.size());
    blocs.m_blocOf = QVector<int>(n, -1);
    for (int bloc = 0; bloc < blocs.m_members.size(); ++bloc) {
        for (int node : blocs.m_members[bloc])
            blocs.m_blocOf[node] = bloc;
    }

    blocs.m_frustrated = QVector<bool>(network.edges().size(), false);
    for (int i = 0; i < network.edges().size(); ++i) {
        const NetworkEdge &edge = network.edges()[i];
        const bool together = blocs.m_blocOf[edge.source] == blocs.m_blocOf[edge.target];
        if (together == (edge.sign < 0)) {
            blocs.m_frustrated[i] = true;
            ++blocs.m_frustratedCount;
            blocs.m_frustration += tieWeight(edge, options.weighting);
        }
    }
    return blocs;
}

Blocs Blocs::renumbered(const QVector<int> &newId) const
{
    Blocs out = *this;
    int bound = 0;
    for (int id : newId)
        bound = std::max(bound, id + 1);
    out.m_members = QVector<QVector<int>>(bound);
    for (int bloc = 0; bloc < m_members.size(); ++bloc) {
        const int id = newId.value(bloc, -1);
        if (id < 0)
            continue;
        out.m_members[id] = m_members[bloc];
        for (int node : m_members[bloc])
            out.m_blocOf[node] = id;
    }
    return out;
}

} // namespace entente
