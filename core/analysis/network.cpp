#include "analysis/network.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace entente {

namespace {

using EdgeKey = std::tuple<QString, QString, int>; // source id, target id, type

struct PendingRelation
{
    int evidence = 0;
    double confidence = 0.0;
};

struct PendingEdge
{
    std::map<QString, PendingRelation> relations; // by relation id
    std::set<QString> via;
    std::set<QString> aspects;
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

} // namespace

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

    // std::map keeps the edges sorted by (source id, target id, type) for free.
    std::map<EdgeKey, PendingEdge> pending;
    std::set<QString> touched;
    for (const NetworkRelation &relation : source.relations) {
        if (!allTypes && !typeWanted[static_cast<int>(relation.type)])
            continue;
        if (relation.confidence < options.minConfidence || !inWindow(relation, options))
            continue;
        if (!actorIndex.contains(relation.source) || !actorIndex.contains(relation.target) ||
            relation.source == relation.target) {
            ++network.m_skipped;
            continue;
        }
        QString from = relation.source;
        QString to = relation.target;
        if (!relationIsDirected(relation.type) && to < from)
            std::swap(from, to);
        PendingEdge &edge = pending[EdgeKey{from, to, static_cast<int>(relation.type)}];
        PendingRelation &behind = edge.relations[relation.id];
        behind.evidence = std::max(behind.evidence, relation.evidenceCount);
        behind.confidence = std::max(behind.confidence, relation.confidence);
        if (!relation.via.isEmpty()) {
            edge.via.insert(relation.via);
            if (actorIndex.contains(relation.via))
                touched.insert(relation.via);
        }
        if (!relation.aspect.isEmpty())
            edge.aspects.insert(relation.aspect);
        if (relation.undated)
            edge.undated = true;
        else
            edge.periods.append({relation.firstDay, relation.lastDay});
        touched.insert(from);
        touched.insert(to);
    }
    if (network.m_skipped > 0)
        spdlog::debug("network: skipped {} relations with unknown or identical endpoints",
                      network.m_skipped);

    if (options.keepAllActors) {
        for (const NetworkActor &actor : source.actors)
            touched.insert(actor.id);
    }
    network.m_nodes.reserve(qsizetype(touched.size()));
    for (const QString &id : touched) {
        const NetworkActor &actor = source.actors[actorIndex.value(id)];
        network.m_index.insert(id, int(network.m_nodes.size()));
        network.m_nodes.append({actor.id, actor.name, actor.kind, actor.country});
    }

    for (auto &[key, pendingEdge] : pending) {
        NetworkEdge edge;
        edge.source = network.m_index.value(std::get<0>(key));
        edge.target = network.m_index.value(std::get<1>(key));
        edge.type = static_cast<RelationType>(std::get<2>(key));
        edge.sign = relationSign(edge.type);
        edge.directed = relationIsDirected(edge.type);
        for (const auto &[id, behind] : pendingEdge.relations) {
            edge.relationIds.append(id);
            edge.weight += behind.evidence;
            edge.confidence = std::max(edge.confidence, behind.confidence);
        }
        edge.via = QStringList(pendingEdge.via.begin(), pendingEdge.via.end());
        edge.aspects = QStringList(pendingEdge.aspects.begin(), pendingEdge.aspects.end());
        edge.periods = mergedPeriods(std::move(pendingEdge.periods));
        edge.undated = pendingEdge.undated;
        (edge.isHierarchy() ? network.m_hierarchy : network.m_edges).append(std::move(edge));
    }
    return network;
}

} // namespace entente
