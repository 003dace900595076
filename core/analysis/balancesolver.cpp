#include "analysis/balancesolver.h"

#include "analysis/signedcut.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <utility>

// Steps 2 to 5 of the heuristic described in blocs.cpp.

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

class Solver
{
public:
    Solver(int groupCount, int maxBlocs, int maxPasses)
        : m_adj(size_t(groupCount)), m_active(size_t(groupCount), false),
          m_label(size_t(groupCount), -1), m_groupsOfLabel(size_t(groupCount)),
          m_acc(size_t(groupCount), 0.0), m_seen(size_t(groupCount), 0),
          m_local(size_t(groupCount), -1), m_maxBlocs(maxBlocs), m_maxPasses(maxPasses)
    {
    }

    void addTie(int g, int h, double cost)
    {
        m_active[size_t(g)] = m_active[size_t(h)] = true;
        if (g == h)
            return; // inside a hierarchy group: frustrated or not whatever we do
        m_pending[{std::min(g, h), std::max(g, h)}] += cost;
    }

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

    using Between = std::map<int, std::map<int, double>>;      // net cost between two blocs
    using Candidates = std::set<std::tuple<double, int, int>>; // (cost, a, b), a < b

    void solvePart(const std::vector<int> &groups)
    {
        std::set<int> labelSet;
        for (int g : groups)
            labelSet.insert(m_label[size_t(g)]);
        m_labels.assign(labelSet.begin(), labelSet.end());
        improve(groups);
        if (groups.size() < 3)
            return; // two groups: together or apart, the moves have seen both
        const double agglomerative = partCost(groups);
        const Saved first = save(groups);
        gatherIntoOne(groups);
        improve(groups);
        if (partCost(groups) >= agglomerative - kEpsilon)
            restore(groups, first);
    }

    // Steps 4 and 5 until neither lowers the cost.
    void improve(const std::vector<int> &groups)
    {
        for (int round = 0; round < m_maxPasses; ++round) {
            const bool cut = cutWhileRoom();
            refine(groups);
            if (!cut && !splitAtLimit(groups))
                break;
        }
    }

    // Merges, folds and single-group moves until none of them changes anything.
    void refine(const std::vector<int> &groups)
    {
        for (int pass = 0; pass < m_maxPasses; ++pass) {
            bool changed = mergeBlocs(groups);
            changed |= moveGroups(groups);
            if (!changed)
                break;
        }
    }

    // Sum of c over the pairs of the part that share a bloc.
    double partCost(const std::vector<int> &groups) const
    {
        double cost = 0.0;
        for (int g : groups) {
            for (const Tie &tie : m_adj[size_t(g)]) {
                if (g < tie.other && m_label[size_t(g)] == m_label[size_t(tie.other)])
                    cost += tie.cost;
            }
        }
        return cost;
    }

    bool hasRoom() const { return m_maxBlocs <= 0 || int(m_labels.size()) < m_maxBlocs; }

    // While the part may open blocs: cuts the bloc whose cut gains most, then looks at the
    // two halves again (recursive bisection, best first). True when something was cut.
    bool cutWhileRoom()
    {
        std::map<int, Cut> cuts; // label -> its best cut, while the bloc is unchanged
        std::vector<int> fresh = m_labels;
        bool cut = false;
        while (hasRoom()) {
            for (int label : fresh) {
                if (Cut c = cutOf(label); !c.half.empty())
                    cuts[label] = std::move(c);
            }
            if (cuts.empty())
                break;
            auto best = cuts.begin(); // the smallest label wins a tie
            for (auto it = cuts.begin(); it != cuts.end(); ++it) {
                if (it->second.gain > best->second.gain + kEpsilon)
                    best = it;
            }
            const int label = best->first;
            const int other = splitOff(label, best->second.half);
            cuts.erase(best);
            fresh = {label, other};
            cut = true;
        }
        return cut;
    }

    // At the bloc limit a cut must be paid for by a merge. Tries the best cut of each bloc
    // with the cheapest merge and step 4; keeps the first that lowers the part's cost.
    bool splitAtLimit(const std::vector<int> &groups)
    {
        if (m_maxBlocs <= 0 || int(m_labels.size()) != m_maxBlocs)
            return false;
        const std::vector<int> labels = m_labels;
        for (int label : labels) {
            const Cut cut = cutOf(label);
            if (cut.half.empty())
                continue;
            const double before = partCost(groups);
            const Saved saved = save(groups);
            const int fresh = splitOff(label, cut.half);
            // When the cheapest merge re-joins the halves, the bloc is as it was and
            // refining it again would find nothing new.
            Between between = blocCosts(groups);
            const auto [cost, a, b] = cheapestMerge(between);
            if (a == std::min(label, fresh) && b == std::max(label, fresh)) {
                restore(groups, saved);
                continue;
            }
            mergeInto(a, b, between, nullptr);
            refine(groups);
            if (partCost(groups) < before - kEpsilon)
                return true;
            restore(groups, saved);
        }
        return false;
    }

    // The pair of blocs of the part whose merge costs least (a pair without ties costs
    // 0), as (cost, a, b) with a < b.
    std::tuple<double, int, int> cheapestMerge(const Between &between) const
    {
        std::tuple<double, int, int> best{std::numeric_limits<double>::infinity(), -1, -1};
        for (size_t i = 0; i < m_labels.size(); ++i) {
            const auto row = between.find(m_labels[i]);
            for (size_t j = i + 1; j < m_labels.size(); ++j) {
                double cost = 0.0;
                if (row != between.end()) {
                    if (const auto cell = row->second.find(m_labels[j]); cell != row->second.end())
                        cost = cell->second;
                }
                best = std::min(best, std::tuple{cost, m_labels[i], m_labels[j]});
            }
        }
        return best;
    }

    struct Cut
    {
        std::vector<int> half; // the groups to move out; empty when no cut helps
        double gain = 0.0;
    };

    // The bloc's best cut in two (see cutInTwo).
    Cut cutOf(int label)
    {
        std::vector<int> members = m_groupsOfLabel[size_t(label)];
        if (members.size() < 2)
            return {};
        std::sort(members.begin(), members.end());
        for (size_t i = 0; i < members.size(); ++i)
            m_local[size_t(members[i])] = int(i);
        std::vector<std::vector<SignedTie>> ties(members.size());
        for (size_t i = 0; i < members.size(); ++i) {
            for (const Tie &tie : m_adj[size_t(members[i])]) {
                if (const int j = m_local[size_t(tie.other)]; j >= 0)
                    ties[i].push_back({j, tie.cost});
            }
        }
        for (int g : members)
            m_local[size_t(g)] = -1;
        const SignedCut signedCut = cutInTwo(ties, m_maxPasses);
        Cut cut;
        for (size_t i = 0; i < signedCut.side.size(); ++i) {
            if (signedCut.side[i])
                cut.half.push_back(members[i]);
        }
        cut.gain = signedCut.gain;
        return cut;
    }

    // Moves `half` (a proper subset of the bloc) into a new bloc; returns its label.
    // Linear in the bloc, where one moveGroup per group would be quadratic.
    int splitOff(int label, const std::vector<int> &half)
    {
        const int fresh = *m_free.begin();
        m_free.erase(fresh);
        m_labels.insert(std::lower_bound(m_labels.begin(), m_labels.end(), fresh), fresh);
        for (int g : half)
            m_label[size_t(g)] = fresh;
        auto &members = m_groupsOfLabel[size_t(label)];
        members.erase(std::remove_if(members.begin(), members.end(),
                                     [&](int g) { return m_label[size_t(g)] == fresh; }),
                      members.end());
        m_groupsOfLabel[size_t(fresh)] = half;
        return fresh;
    }

    // Puts the whole part into one bloc, the one with the smallest label.
    void gatherIntoOne(const std::vector<int> &groups)
    {
        const int keep = m_labels.front();
        for (int label : m_labels) {
            m_groupsOfLabel[size_t(label)].clear();
            if (label != keep)
                m_free.insert(label);
        }
        m_labels.assign(1, keep);
        m_groupsOfLabel[size_t(keep)] = groups;
        for (int g : groups)
            m_label[size_t(g)] = keep;
    }

    // The part's bloc state, to undo a split that did not pay.
    struct Saved
    {
        std::vector<int> labelOfGroup; // per entry of the part's groups
        std::vector<int> labels;
        std::vector<std::vector<int>> members; // per entry of labels
    };

    Saved save(const std::vector<int> &groups) const
    {
        Saved saved;
        saved.labelOfGroup.reserve(groups.size());
        for (int g : groups)
            saved.labelOfGroup.push_back(m_label[size_t(g)]);
        saved.labels = m_labels;
        for (int label : m_labels)
            saved.members.push_back(m_groupsOfLabel[size_t(label)]);
        return saved;
    }

    void restore(const std::vector<int> &groups, const Saved &saved)
    {
        // Labels of other parts never change here, so only the part's labels need care.
        for (int label : m_labels) {
            m_groupsOfLabel[size_t(label)].clear();
            m_free.insert(label);
        }
        for (size_t i = 0; i < saved.labels.size(); ++i) {
            m_groupsOfLabel[size_t(saved.labels[i])] = saved.members[i];
            m_free.erase(saved.labels[i]);
        }
        m_labels = saved.labels;
        for (size_t i = 0; i < groups.size(); ++i)
            m_label[size_t(groups[i])] = saved.labelOfGroup[i];
    }

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
    std::vector<int> m_local;  // index within the bloc being split, else -1
    int m_stamp = 0;
    std::set<int> m_free;
    std::vector<int> m_labels; // labels in use in the part being solved, sorted
    int m_maxBlocs;
    int m_maxPasses;
};

} // namespace

std::vector<int> BalanceSolver::solve(int groupCount, const std::vector<GroupTie> &ties,
                                      int maxBlocs, int maxPasses)
{
    Solver solver(groupCount, std::max(0, maxBlocs), std::max(1, maxPasses));
    for (const GroupTie &tie : ties)
        solver.addTie(tie.a, tie.b, tie.cost);
    return solver.solve();
}

} // namespace entente
