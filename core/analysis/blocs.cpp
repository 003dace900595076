#include "analysis/blocs.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <vector>

// The heuristic (deterministic; every loop runs in index order):
//  1. Hierarchy ties are binding: actors joined by commands / member_of / acts_for form
//     one group that always shares a bloc (a minister sits with his government).
//  2. Between groups, each pair gets a net cost c = (negative weight) - (positive weight):
//     putting the two in one bloc costs c more than keeping them apart. Minimising the
//     frustration is minimising the sum of c over pairs that share a bloc.
//  3. Each connected part of the network is solved on its own (separate conflicts do not
//     share a colour by accident). Start: components of net-positive ties.
//  4. Repeat until nothing changes: merge the pair of blocs whose merge lowers the cost
//     most, until no merge helps; if a part has more blocs than allowed, fold them into
//     that many by a greedy colouring of the bloc graph (see foldInto); move single
//     groups to the bloc where they cost least (or to a new bloc while the limit allows).
// Each step after the first folding strictly lowers the cost, so the loop ends; it finds
// a local optimum, which on balanced graphs is the exact, zero-frustration answer.

namespace entente {

namespace {

constexpr double kEpsilon = 1e-9;

class UnionFind
{
public:
    explicit UnionFind(int n) : m_parent(size_t(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }
    // The smaller index becomes the root, which keeps labels deterministic.
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[size_t(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

class BalanceSolver
{
public:
    BalanceSolver(int groupCount, int maxBlocs, int maxPasses)
        : m_adj(size_t(groupCount)), m_active(size_t(groupCount), false),
          m_label(size_t(groupCount), -1), m_groupsOfLabel(size_t(groupCount)),
          m_acc(size_t(groupCount), 0.0), m_seen(size_t(groupCount), 0), m_maxBlocs(maxBlocs),
          m_maxPasses(maxPasses)
    {
    }

    void addTie(int g, int h, double cost)
    {
        m_active[size_t(g)] = m_active[size_t(h)] = true;
        if (g == h)
            return; // inside a hierarchy group: frustrated or not whatever we do
        m_pending[{std::min(g, h), std::max(g, h)}] += cost;
    }
    void markActive(int g) { m_active[size_t(g)] = true; }

    // Returns the bloc label of every group (-1 for inactive groups).
    std::vector<int> solve()
    {
        for (const auto &[pair, cost] : m_pending) {
            m_adj[size_t(pair.first)].push_back({pair.second, cost});
            m_adj[size_t(pair.second)].push_back({pair.first, cost});
        }
        const int n = int(m_adj.size());
        for (auto &list : m_adj)
            std::sort(list.begin(), list.end());

        // Initial blocs: components of net-positive ties; parts: components of any tie.
        UnionFind positive(n);
        UnionFind parts(n);
        for (const auto &[pair, cost] : m_pending) {
            parts.unite(pair.first, pair.second);
            if (cost < -kEpsilon)
                positive.unite(pair.first, pair.second);
        }
        std::map<int, std::vector<int>> groupsOfPart;
        for (int g = 0; g < n; ++g) {
            if (!m_active[size_t(g)])
                continue;
            const int label = positive.find(g);
            m_label[size_t(g)] = label;
            m_groupsOfLabel[size_t(label)].push_back(g);
            groupsOfPart[parts.find(g)].push_back(g);
        }
        for (int label = 0; label < n; ++label) {
            if (m_groupsOfLabel[size_t(label)].empty())
                m_free.insert(label);
        }
        for (auto &[root, groups] : groupsOfPart)
            solvePart(groups);
        return m_label;
    }

private:
    struct Tie
    {
        int other;
        double cost;
        bool operator<(const Tie &o) const { return other < o.other; }
    };

    void solvePart(const std::vector<int> &groups)
    {
        std::set<int> labelSet;
        for (int g : groups)
            labelSet.insert(m_label[size_t(g)]);
        m_labels.assign(labelSet.begin(), labelSet.end());
        for (int pass = 0; pass < m_maxPasses; ++pass) {
            bool changed = mergeBlocs(groups);
            changed |= moveGroups(groups);
            if (!changed)
                break;
        }
    }

    using Between = std::map<int, std::map<int, double>>;      // net cost between two blocs
    using Candidates = std::set<std::tuple<double, int, int>>; // (cost, a, b), a < b

    Between blocCosts(const std::vector<int> &groups) const
    {
        // Summed once per pair and mirrored, so both sides hold the very same value.
        std::map<std::pair<int, int>, double> pairs;
        for (int g : groups) {
            for (const Tie &tie : m_adj[size_t(g)]) {
                const int a = m_label[size_t(g)];
                const int b = m_label[size_t(tie.other)];
                if (g < tie.other && a != b) // each tie once
                    pairs[{std::min(a, b), std::max(a, b)}] += tie.cost;
            }
        }
        Between between;
        for (const auto &[pair, cost] : pairs) {
            between[pair.first][pair.second] = cost;
            between[pair.second][pair.first] = cost;
        }
        return between;
    }

    static void offer(Candidates &candidates, int a, int b, double cost)
    {
        if (cost < -kEpsilon)
            candidates.insert({cost, std::min(a, b), std::max(a, b)});
    }

    // Merges while some merge lowers the cost (best first), then, if the part still has
    // more blocs than allowed, folds them into that many.
    bool mergeBlocs(const std::vector<int> &groups)
    {
        Between between = blocCosts(groups);
        Candidates candidates;
        for (const auto &[a, row] : between) {
            for (const auto &[b, cost] : row) {
                if (a < b)
                    offer(candidates, a, b, cost);
            }
        }
        bool changed = false;
        while (!candidates.empty()) {
            const auto [cost, a, b] = *candidates.begin();
            const auto row = between.find(a);
            if (row == between.end() || !row->second.contains(b)) {
                candidates.erase(candidates.begin()); // stale; cannot happen, but never loop
                continue;
            }
            mergeInto(a, b, between, &candidates);
            changed = true;
        }
        if (m_maxBlocs > 0 && int(m_labels.size()) > m_maxBlocs) {
            foldInto(m_maxBlocs, between);
            changed = true;
        }
        return changed;
    }

    // Greedy colouring of the bloc graph with `slots` colours: blocs are taken in the
    // order of their ties to blocs already placed (strongest first, like Prim's
    // algorithm, starting from the largest bloc) and put where they cost least; then
    // each colour's blocs merge. Linear in the ties, where pairwise merging would be
    // quadratic in the number of blocs.
    void foldInto(int slots, Between &between)
    {
        const std::vector<int> labels = m_labels;
        std::map<int, double> pull;                // label -> |cost| to placed blocs
        std::map<int, std::vector<double>> costIn; // label -> cost per slot
        std::set<std::pair<double, int>> queue;    // (-pull, label)
        std::map<int, int> slotOf;
        for (int label : labels) {
            costIn[label].assign(size_t(slots), 0.0);
            pull[label] = 0.0;
        }
        int start = labels.front();
        for (int label : labels) {
            if (m_groupsOfLabel[size_t(label)].size() > m_groupsOfLabel[size_t(start)].size())
                start = label;
        }
        queue.insert({0.0, start});
        while (slotOf.size() < labels.size()) {
            int label;
            if (queue.empty()) { // cannot happen in a connected part; be safe anyway
                label = *std::find_if(labels.begin(), labels.end(),
                                      [&](int l) { return !slotOf.contains(l); });
            } else {
                label = queue.begin()->second;
                queue.erase(queue.begin());
            }
            const std::vector<double> &costs = costIn[label];
            const int slot = int(std::min_element(costs.begin(), costs.end()) - costs.begin());
            slotOf[label] = slot;
            for (const auto &[other, cost] : between[label]) {
                if (slotOf.contains(other))
                    continue;
                queue.erase({-pull[other], other});
                pull[other] += std::abs(cost);
                costIn[other][size_t(slot)] += cost;
                queue.insert({-pull[other], other});
            }
        }
        std::vector<int> keep(size_t(slots), -1);
        for (int label : labels) {
            int &target = keep[size_t(slotOf[label])];
            if (target < 0)
                target = label;
            else
                target = mergeInto(target, label, between, nullptr);
        }
    }

    // Merges two blocs; the one with more groups keeps its label (fewer relabels).
    // Returns the surviving label. Keeps `between` symmetric and the candidates current.
    int mergeInto(int a, int b, Between &between, Candidates *candidates)
    {
        if (m_groupsOfLabel[size_t(b)].size() > m_groupsOfLabel[size_t(a)].size())
            std::swap(a, b);
        auto forget = [&](int x, int y, double cost) {
            if (candidates)
                candidates->erase({cost, std::min(x, y), std::max(x, y)});
        };
        if (auto node = between.extract(b); !node.empty()) {
            for (const auto &[c, cost] : node.mapped()) {
                forget(b, c, cost);
                auto &rowC = between[c];
                rowC.erase(b);
                if (c == a)
                    continue;
                auto &rowA = between[a];
                double merged = cost;
                if (const auto old = rowA.find(c); old != rowA.end()) {
                    forget(a, c, old->second);
                    merged += old->second;
                }
                rowA[c] = merged;
                rowC[a] = merged;
                if (candidates)
                    offer(*candidates, a, c, merged);
            }
        }
        if (auto rowA = between.find(a); rowA != between.end() && rowA->second.empty())
            between.erase(rowA);
        for (int g : m_groupsOfLabel[size_t(b)]) {
            m_label[size_t(g)] = a;
            m_groupsOfLabel[size_t(a)].push_back(g);
        }
        m_groupsOfLabel[size_t(b)].clear();
        m_free.insert(b);
        m_labels.erase(std::find(m_labels.begin(), m_labels.end(), b));
        return a;
    }

    // One sweep of single-group moves; true when something moved.
    bool moveGroups(const std::vector<int> &groups)
    {
        bool changed = false;
        for (int g : groups) {
            const int current = m_label[size_t(g)];
            std::vector<int> touched;
            ++m_stamp;
            for (const Tie &tie : m_adj[size_t(g)]) {
                const int label = m_label[size_t(tie.other)];
                if (m_seen[size_t(label)] != m_stamp) {
                    m_seen[size_t(label)] = m_stamp;
                    touched.push_back(label);
                }
                m_acc[size_t(label)] += tie.cost;
            }
            int best = current;
            double bestCost = m_acc[size_t(current)];
            auto consider = [&](int label) {
                if (m_acc[size_t(label)] < bestCost - kEpsilon) {
                    best = label;
                    bestCost = m_acc[size_t(label)];
                }
            };
            if (m_maxBlocs > 0) {
                for (int label : m_labels)
                    consider(label);
            } else {
                std::sort(touched.begin(), touched.end());
                for (int label : touched)
                    consider(label);
            }
            const bool alone = m_groupsOfLabel[size_t(current)].size() == 1;
            const bool mayOpen = m_maxBlocs <= 0 || int(m_labels.size()) < m_maxBlocs;
            if (!alone && mayOpen && bestCost > kEpsilon)
                best = *m_free.begin(); // a bloc of its own costs nothing
            for (int label : touched)
                m_acc[size_t(label)] = 0.0;
            if (best != current) {
                moveGroup(g, current, best);
                changed = true;
            }
        }
        return changed;
    }

    void moveGroup(int g, int from, int to)
    {
        auto &old = m_groupsOfLabel[size_t(from)];
        old.erase(std::find(old.begin(), old.end(), g));
        if (old.empty()) {
            m_free.insert(from);
            m_labels.erase(std::find(m_labels.begin(), m_labels.end(), from));
        }
        if (m_groupsOfLabel[size_t(to)].empty()) {
            m_free.erase(to);
            m_labels.insert(std::lower_bound(m_labels.begin(), m_labels.end(), to), to);
        }
        m_groupsOfLabel[size_t(to)].push_back(g);
        m_label[size_t(g)] = to;
    }

    std::map<std::pair<int, int>, double> m_pending;
    std::vector<std::vector<Tie>> m_adj;
    std::vector<bool> m_active;
    std::vector<int> m_label;
    std::vector<std::vector<int>> m_groupsOfLabel;
    std::vector<double> m_acc; // cost of the group being moved, per bloc label
    std::vector<int> m_seen;   // == m_stamp: label already in m_acc for this group
    int m_stamp = 0;
    std::set<int> m_free;
    std::vector<int> m_labels; // labels in use in the part being solved, sorted
    int m_maxBlocs;
    int m_maxPasses;
};

double tieWeight(const NetworkEdge &edge, BlocWeighting weighting)
{
    return weighting == BlocWeighting::Count ? 1.0 : double(std::max(1, edge.weight));
}

} // namespace

Blocs Blocs::detect(const Network &network, const BlocOptions &options)
{
    const int n = network.nodeCount();
    UnionFind hierarchy(n);
    for (const NetworkEdge &edge : network.hierarchyEdges())
        hierarchy.unite(edge.source, edge.target);
    std::vector<int> groupOf(size_t(n), -1);
    std::vector<int> groupOfRoot(size_t(n), -1);
    int groupCount = 0;
    for (int node = 0; node < n; ++node) {
        int &group = groupOfRoot[size_t(hierarchy.find(node))];
        if (group < 0)
            group = groupCount++;
        groupOf[size_t(node)] = group;
    }

    BalanceSolver solver(groupCount, std::max(0, options.maxBlocsPerComponent),
                         std::max(1, options.maxPasses));
    for (const NetworkEdge &edge : network.edges()) {
        const double weight = tieWeight(edge, options.weighting);
        const int g = groupOf[size_t(edge.source)];
        const int h = groupOf[size_t(edge.target)];
        solver.addTie(g, h, -edge.sign * weight);
        if (!options.viaTies)
            continue;
        for (const QString &via : edge.via) {
            const int v = network.nodeIndex(via);
            if (v < 0 || v == edge.source || v == edge.target)
                continue;
            solver.addTie(groupOf[size_t(v)], g, -0.5 * weight);
            solver.addTie(groupOf[size_t(v)], h, -edge.sign * 0.5 * weight);
        }
    }
    const std::vector<int> labelOfGroup = solver.solve();

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

} // namespace entente
