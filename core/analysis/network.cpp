#include "analysis/network.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <tuple>
#include <vector>

namespace entente {

namespace {

// The relations behind one edge while the network is built; strings are gathered as
// indices into the source and turned into sorted lists once, at the end.
struct PendingEdge
{
    int source = -1; // actor index in the source
    int target = -1;
    int type = 0;
    std::vector<int> relations; // rows of the source
    QVector<ValidityPeriod> periods;
    bool undated = false;
};

bool inWindow(const NetworkRelation &relation, const NetworkOptions &options)
{
    if (relation.undated)
        return options.includeUndated;
    return relation.firstDay <= options.toDay && relation.lastDay >= options.fromDay;
}

QVector<ValidityPeriod> mergedPeriods(QVector<ValidityPeriod> periods)
{
    std::sort(periods.begin(), periods.end(), [](const auto &a, const auto &b) {
        return std::tie(a.firstDay, a.lastDay) < std::tie(b.firstDay, b.lastDay);
    });
    QVector<ValidityPeriod> merged;
    for (const ValidityPeriod &period : periods) {
        // Periods that touch (one ends the day before the next starts) are one period.
        if (!merged.isEmpty() && period.firstDay <= merged.last().lastDay + 1)
            merged.last().lastDay = std::max(merged.last().lastDay, period.lastDay);
        else
            merged.append(period);
    }
    return merged;
}

QStringList sortedDistinct(QStringList list)
{
    list.sort();
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

} // namespace

// Built on actor indices and integer keys: string maps keyed by (source id, target id,
// type) made a window change at 2,000 actors and 20,000 relations cost tens of
// milliseconds. Ids are compared only to normalise undirected edges and to sort.
Network Network::build(const NetworkSource &source, const NetworkOptions &options)
{
    Network network;
    network.m_fromDay = options.fromDay;
    network.m_toDay = options.toDay;

    QHash<QString, int> actorIndex;
    actorIndex.reserve(source.actors.size());
    for (int i = 0; i < source.actors.size(); ++i) {
        if (!actorIndex.contains(source.actors[i].id))
            actorIndex.insert(source.actors[i].id, i);
    }

    bool typeWanted[16] = {};
    for (RelationType type : options.relationTypes)
        typeWanted[static_cast<int>(type)] = true;
    const bool allTypes = options.relationTypes.isEmpty();

    std::vector<PendingEdge> pending;
    QHash<quint64, int> pendingOf; // (source, target, type) -> index into pending
    std::vector<char> touched(size_t(source.actors.size()), 0);
    for (int row = 0; row < source.relations.size(); ++row) {
        const NetworkRelation &relation = source.relations[row];
        if (!allTypes && !typeWanted[static_cast<int>(relation.type)])
            continue;
        if (relation.confidence < options.minConfidence || !inWindow(relation, options))
            continue;
        int from = actorIndex.value(relation.source, -1);
        int to = actorIndex.value(relation.target, -1);
        if (from < 0 || to < 0 || relation.source == relation.target) {
            ++network.m_skipped;
            continue;
        }
        if (!relationIsDirected(relation.type) && relation.target < relation.source)
            std::swap(from, to);
        const int type = static_cast<int>(relation.type);
        const quint64 key =
            (quint64(quint32(from)) << 36) | (quint64(quint32(to)) << 8) | quint64(quint32(type));
        auto it = pendingOf.find(key);
        if (it == pendingOf.end()) {
            it = pendingOf.insert(key, int(pending.size()));
            pending.push_back({from, to, type, {}, {}, false});
        }
        PendingEdge &edge = pending[size_t(*it)];
        edge.relations.push_back(row);
        if (!relation.via.isEmpty()) {
            const int via = actorIndex.value(relation.via, -1);
            if (via >= 0)
                touched[size_t(via)] = 1;
        }
        if (relation.undated)
            edge.undated = true;
        else
            edge.periods.append({relation.firstDay, relation.lastDay});
        touched[size_t(from)] = 1;
        touched[size_t(to)] = 1;
    }
    if (network.m_skipped > 0)
        spdlog::debug("network: skipped {} relations with unknown or identical endpoints",
                      network.m_skipped);

    // Nodes sorted by id; rank[actor] is the node index.
    std::vector<int> chosen;
    for (int i = 0; i < source.actors.size(); ++i) {
        if ((touched[size_t(i)] || options.keepAllActors) &&
            actorIndex.value(source.actors[i].id) == i)
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

    // Edges in (source id, target id, type) order: node indices follow the ids.
    for (PendingEdge &edge : pending) {
        edge.source = rank[size_t(edge.source)];
        edge.target = rank[size_t(edge.target)];
    }
    std::sort(pending.begin(), pending.end(), [](const PendingEdge &a, const PendingEdge &b) {
        return std::tie(a.source, a.target, a.type) < std::tie(b.source, b.target, b.type);
    });
    for (PendingEdge &pendingEdge : pending) {
        NetworkEdge edge;
        edge.source = pendingEdge.source;
        edge.target = pendingEdge.target;
        edge.type = static_cast<RelationType>(pendingEdge.type);
        edge.sign = relationSign(edge.type);
        edge.directed = relationIsDirected(edge.type);
        // Rows sharing a relation id are one relation: its largest evidence and
        // confidence among them count once.
        std::vector<int> &rows = pendingEdge.relations;
        std::sort(rows.begin(), rows.end(),
                  [&](int a, int b) { return source.relations[a].id < source.relations[b].id; });
        QStringList via;
        QStringList aspects;
        for (size_t k = 0; k < rows.size();) {
            const NetworkRelation &first = source.relations[rows[k]];
            int evidence = 0;
            double confidence = 0.0;
            size_t next = k;
            for (; next < rows.size() && source.relations[rows[next]].id == first.id; ++next) {
                const NetworkRelation &r = source.relations[rows[next]];
                evidence = std::max(evidence, r.evidenceCount);
                confidence = std::max(confidence, r.confidence);
                if (!r.via.isEmpty())
                    via.append(r.via);
                if (!r.aspect.isEmpty())
                    aspects.append(r.aspect);
            }
            edge.relationIds.append(first.id);
            edge.weight += evidence;
            edge.confidence = std::max(edge.confidence, confidence);
            k = next;
        }
        edge.via = sortedDistinct(std::move(via));
        edge.aspects = sortedDistinct(std::move(aspects));
        edge.periods = mergedPeriods(std::move(pendingEdge.periods));
        edge.undated = pendingEdge.undated;
        (edge.isHierarchy() ? network.m_hierarchy : network.m_edges).append(std::move(edge));
    }
    return network;
}

} // namespace entente
