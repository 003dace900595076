#pragma once

#include "analysis/edgelist.h"
#include "analysis/networksource.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <vector>

namespace entente {

// The support network as of a time window: the actors touched by relations valid in the
// window and those relations aggregated per (source, target, type). Signed relations
// (supports, fights, ...) and hierarchy relations (commands, member_of, acts_for) are
// kept as two layers. Blocs, centrality, layout and the exports all read this.

struct NetworkOptions
{
    // Inclusive window in Julian days; the defaults take every relation.
    qint64 fromDay = kOpenPastDay;
    qint64 toDay = kOpenFutureDay;
    // Also make nodes of actors that no relation in the window touches.
    bool keepAllActors = false;
    // Undated relations hold in every window; false leaves them out altogether.
    bool includeUndated = true;
    // Only these types (empty = all).
    QVector<RelationType> relationTypes;
    // Relations with a lower confidence are left out.
    double minConfidence = 0.0;
    // Only these rows of the source (indices into NetworkSource::relations), when given:
    // lets a caller keep one source for many windows and filters.
    std::optional<std::vector<int>> rows;
};

struct NetworkNode
{
    QString id;
    QString name;
    ActorKind kind = ActorKind::Other;
    QString country;
};

struct ValidityPeriod
{
    qint64 firstDay = kOpenPastDay;
    qint64 lastDay = kOpenFutureDay;
    friend bool operator==(const ValidityPeriod &, const ValidityPeriod &) = default;
};

// All relations of one type from one actor to another in the window. For undirected
// types the endpoints are normalised (source has the smaller id), so A-B and B-A meet.
struct NetworkEdge
{
    int source = -1; // node index
    int target = -1; // node index
    RelationType type = RelationType::Supports;
    int sign = 0;
    bool directed = true;
    // Summed evidence of the distinct relations behind the edge.
    int weight = 0;
    // The highest confidence among them.
    double confidence = 0.0;
    EdgeList<QString> relationIds; // sorted, distinct
    EdgeList<QString> via;         // intermediary actor ids, sorted, distinct
    EdgeList<QString> aspects;     // sorted, distinct, non-empty
    // When the relations behind the edge hold (their full validity, not clipped to the
    // window): sorted, merged where they overlap or touch. Open ends keep the sentinels.
    EdgeList<ValidityPeriod> periods;
    // At least one relation behind the edge is undated: the edge holds at any time.
    bool undated = false;

    bool isHierarchy() const { return sign == 0; }
};

class Network
{
public:
    Network() = default;

    static Network build(const NetworkSource &source, const NetworkOptions &options = {});

    qint64 fromDay() const { return m_fromDay; }
    qint64 toDay() const { return m_toDay; }

    // Sorted by actor id, so indices are stable for a given project and window.
    const QVector<NetworkNode> &nodes() const { return m_nodes; }
    int nodeCount() const { return int(m_nodes.size()); }
    int nodeIndex(const QString &actorId) const { return m_index.value(actorId, -1); }

    // Signed layer (sign +1 or -1), sorted by source id, target id, type.
    const QVector<NetworkEdge> &edges() const { return m_edges; }
    // Hierarchy layer (sign 0), same order.
    const QVector<NetworkEdge> &hierarchyEdges() const { return m_hierarchy; }

    // Relations in the window that could not be used: an endpoint is not a known actor,
    // or source and target are the same actor.
    int skippedRelations() const { return m_skipped; }

private:
    qint64 m_fromDay = kOpenPastDay;
    qint64 m_toDay = kOpenFutureDay;
    QVector<NetworkNode> m_nodes;
    QHash<QString, int> m_index;
    QVector<NetworkEdge> m_edges;
    QVector<NetworkEdge> m_hierarchy;
    int m_skipped = 0;
};

} // namespace entente
