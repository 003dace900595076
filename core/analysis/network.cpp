#include "analysis/network.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

namespace entente {

namespace {

// One edge while the network is built: its relations are gathered as (edge, row) hits
// and grouped once at the end, so no edge allocates on its own.
struct PendingEdge
{
    int source = -1; // actor index in the source, then node index
    int target = -1;
    int type = 0;
    int rows = 0; // hits
    bool undated = false;
};

bool inWindow(const NetworkRelation &relation, const NetworkOptions &options)
{
    if (relation.undated)
        return options.includeUndated;
    return relation.firstDay <= options.toDay && relation.lastDay >= options.fromDay;
}

// Sorts the values from `first` on and drops repeats: one edge's run at the end of the
// network's shared array.
void sortDistinctTail(QVector<QString> &values, qsizetype first)
{
    std::sort(values.begin() + first, values.end());
    values.erase(std::unique(values.begin() + first, values.end()), values.end());
}

// Sorts the periods from `first` on and merges those that overlap or touch (one ends the
// day before the next starts).
void mergeTail(QVector<ValidityPeriod> &periods, qsizetype first)
{
    if (periods.size() - first < 2)
        return;
    std::sort(periods.begin() + first, periods.end(), [](const auto &a, const auto &b) {
        return std::tie(a.firstDay, a.lastDay) < std::tie(b.firstDay, b.lastDay);
    });
    qsizetype last = first;
    for (qsizetype i = first + 1; i < periods.size(); ++i) {
        if (periods[i].firstDay <= periods[last].lastDay + 1)
            periods[last].lastDay = std::max(periods[last].lastDay, periods[i].lastDay);
        else
            periods[++last] = periods[i];
    }
    periods.resize(last + 1);
}

// Where one edge's runs lie in the network's shared arrays.
struct EdgeRuns
{
    qsizetype ids = 0, idCount = 0;
    qsizetype via = 0, viaCount = 0;
    qsizetype aspects = 0, aspectCount = 0;
    qsizetype periods = 0, periodCount = 0;
};

} // namespace

// Built on actor indices and integer keys: string maps keyed by (source id, target id,
// type) made a window change at 2,000 actors and 20,000 relations cost tens of
// milliseconds. Ids are compared only to normalise undirected edges and to sort.
Network Network::build(const NetworkSource &source, const NetworkOptions &options)
{
    Network network;
    network.m_fromDay = options.fromDay;
    network.m_toDay = options.toDay;

    // An actor whose id repeats is its first occurrence, whichever way it is named.
    QHash<QString, int> actorIndex;
    actorIndex.reserve(source.actors.size());
    std::vector<int> firstOf(size_t(source.actors.size()));
    for (int i = 0; i < source.actors.size(); ++i) {
        auto it = actorIndex.find(source.actors[i].id);
        if (it == actorIndex.end())
            it = actorIndex.insert(source.actors[i].id, i);
        firstOf[size_t(i)] = *it;
    }
    const auto actorOf = [&](int given, const QString &id) {
        if (given >= 0)
            return given < int(firstOf.size()) ? firstOf[size_t(given)] : -1;
        return actorIndex.value(id, -1);
    };

    bool typeWanted[16] = {};
    for (RelationType type : options.relationTypes)
        typeWanted[static_cast<int>(type)] = true;
    const bool allTypes = options.relationTypes.isEmpty();

    std::vector<PendingEdge> pending;
    QHash<quint64, int> pendingOf; // (source, target, type) -> index into pending
    std::vector<std::pair<int, int>> hits; // (index into pending, row of the source)
    std::vector<char> touched(size_t(source.actors.size()), 0);
    const auto consider = [&](int row) {
        const NetworkRelation &relation = source.relations[row];
        if (!allTypes && !typeWanted[static_cast<int>(relation.type)])
            return;
        if (relation.confidence < options.minConfidence || !inWindow(relation, options))
            return;
        int from = actorOf(relation.sourceActor, relation.source);
        int to = actorOf(relation.targetActor, relation.target);
        if (from < 0 || to < 0 || relation.source == relation.target) {
            ++network.m_skipped;
            return;
        }
        if (!relationIsDirected(relation.type) && relation.target < relation.source)
            std::swap(from, to);
        const int type = static_cast<int>(relation.type);
        const quint64 key =
            (quint64(quint32(from)) << 36) | (quint64(quint32(to)) << 8) | quint64(quint32(type));
        auto it = pendingOf.find(key);
        if (it == pendingOf.end()) {
            it = pendingOf.insert(key, int(pending.size()));
            pending.push_back({from, to, type, 0, false});
        }
        PendingEdge &edge = pending[size_t(*it)];
        ++edge.rows;
        hits.emplace_back(*it, row);
        if (!relation.via.isEmpty()) {
            const int via = actorOf(relation.viaActor, relation.via);
            if (via >= 0)
                touched[size_t(via)] = 1;
        }
        edge.undated = edge.undated || relation.undated;
        touched[size_t(from)] = 1;
        touched[size_t(to)] = 1;
    };
    pendingOf.reserve(options.rows ? qsizetype(options.rows->size()) : source.relations.size());
    if (options.rows) {
        hits.reserve(options.rows->size());
        for (const int row : *options.rows)
            consider(row);
    } else {
        hits.reserve(size_t(source.relations.size()));
        for (int row = 0; row < source.relations.size(); ++row)
            consider(row);
    }
    if (network.m_skipped > 0)
        spdlog::debug("network: skipped {} relations with unknown or identical endpoints",
                      network.m_skipped);

    // Nodes sorted by id; rank[actor] is the node index.
    std::vector<int> chosen;
    for (int i = 0; i < source.actors.size(); ++i) {
        if ((touched[size_t(i)] || options.keepAllActors) && firstOf[size_t(i)] == i)
            chosen.push_back(i);
    }
    std::sort(chosen.begin(), chosen.end(),
              [&](int a, int b) { return source.actors[a].id < source.actors[b].id; });
    std::vector<int> rank(size_t(source.actors.size()), -1);
    network.m_nodes.reserve(qsizetype(chosen.size()));
    network.m_index.reserve(qsizetype(chosen.size()));
    for (int actor : chosen) {
        const NetworkActor &a = source.actors[actor];
        rank[size_t(actor)] = int(network.m_nodes.size());
        network.m_index.insert(a.id, int(network.m_nodes.size()));
        network.m_nodes.append({a.id, a.name, a.kind, a.country});
    }

    // The rows of each edge side by side (a counting sort of the hits by edge).
    std::vector<int> firstHit(pending.size() + 1, 0);
    for (size_t p = 0; p < pending.size(); ++p)
        firstHit[p + 1] = firstHit[p] + pending[p].rows;
    std::vector<int> rowsByEdge(hits.size());
    {
        std::vector<int> at(firstHit.begin(), firstHit.end() - 1);
        for (const auto &[edge, row] : hits)
            rowsByEdge[size_t(at[size_t(edge)]++)] = row;
    }

    // Edges in (source id, target id, type) order: node indices follow the ids.
    for (PendingEdge &edge : pending) {
        edge.source = rank[size_t(edge.source)];
        edge.target = rank[size_t(edge.target)];
    }
    network.m_edges.reserve(qsizetype(pending.size()));
    std::vector<int> order(pending.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const PendingEdge &x = pending[size_t(a)];
        const PendingEdge &y = pending[size_t(b)];
        return std::tie(x.source, x.target, x.type) < std::tie(y.source, y.target, y.type);
    });
    // Every edge's lists as runs of four arrays the network shares (EdgeList).
    QVector<QString> ids, vias, aspects;
    QVector<ValidityPeriod> periods;
    ids.reserve(qsizetype(hits.size()));
    periods.reserve(qsizetype(hits.size()));
    std::vector<EdgeRuns> signedRuns, hierarchyRuns;
    for (const int p : order) {
        const PendingEdge &pendingEdge = pending[size_t(p)];
        NetworkEdge edge;
        edge.source = pendingEdge.source;
        edge.target = pendingEdge.target;
        edge.type = static_cast<RelationType>(pendingEdge.type);
        edge.sign = relationSign(edge.type);
        edge.directed = relationIsDirected(edge.type);
        // Rows sharing a relation id are one relation: its largest evidence and
        // confidence among them count once.
        const auto rowsBegin = rowsByEdge.begin() + firstHit[size_t(p)];
        const auto rowsEnd = rowsByEdge.begin() + firstHit[size_t(p) + 1];
        std::sort(rowsBegin, rowsEnd,
                  [&](int a, int b) { return source.relations[a].id < source.relations[b].id; });
        EdgeRuns runs{ids.size(), 0, vias.size(), 0, aspects.size(), 0, periods.size(), 0};
        for (auto k = rowsBegin; k != rowsEnd;) {
            const NetworkRelation &first = source.relations[*k];
            int evidence = 0;
            double confidence = 0.0;
            auto next = k;
            for (; next != rowsEnd && source.relations[*next].id == first.id; ++next) {
                const NetworkRelation &r = source.relations[*next];
                evidence = std::max(evidence, r.evidenceCount);
                confidence = std::max(confidence, r.confidence);
                if (!r.via.isEmpty())
                    vias.append(r.via);
                if (!r.aspect.isEmpty())
                    aspects.append(r.aspect);
                if (!r.undated)
                    periods.append({r.firstDay, r.lastDay});
            }
            ids.append(first.id);
            edge.weight += evidence;
            edge.confidence = std::max(edge.confidence, confidence);
            k = next;
        }
        sortDistinctTail(vias, runs.via);
        sortDistinctTail(aspects, runs.aspects);
        mergeTail(periods, runs.periods);
        runs.idCount = ids.size() - runs.ids;
        runs.viaCount = vias.size() - runs.via;
        runs.aspectCount = aspects.size() - runs.aspects;
        runs.periodCount = periods.size() - runs.periods;
        edge.undated = pendingEdge.undated;
        (edge.isHierarchy() ? hierarchyRuns : signedRuns).push_back(runs);
        (edge.isHierarchy() ? network.m_hierarchy : network.m_edges).append(std::move(edge));
    }
    // Now that the arrays are whole (growing them moved their values).
    const auto share = [&](QVector<NetworkEdge> &edges, const std::vector<EdgeRuns> &runs) {
        for (qsizetype i = 0; i < edges.size(); ++i) {
            const EdgeRuns &r = runs[size_t(i)];
            NetworkEdge &edge = edges[i];
            edge.relationIds = EdgeList<QString>(ids, r.ids, r.idCount);
            edge.via = EdgeList<QString>(vias, r.via, r.viaCount);
            edge.aspects = EdgeList<QString>(aspects, r.aspects, r.aspectCount);
            edge.periods = EdgeList<ValidityPeriod>(periods, r.periods, r.periodCount);
        }
    };
    share(network.m_edges, signedRuns);
    share(network.m_hierarchy, hierarchyRuns);
    return network;
}

} // namespace entente
