#pragma once

#include "analysis/network.h"

#include <QVector>

namespace entente {

// Blocs: a partition of the actors such that positive ties (supports, allied_with, ...)
// fall within blocs and negative ties (opposes, fights, condemns) across them, as far as
// the data allow (structural balance on the signed graph). What cannot be satisfied is
// reported as the frustration. A heuristic (merges, moves and spectral splits), not an
// exact optimum: see blocs.cpp.

enum class BlocWeighting {
    Count,   // every aggregated edge counts 1
    Evidence // an edge counts its evidence (at least 1), so well-attested ties win
};

struct BlocOptions
{
    BlocWeighting weighting = BlocWeighting::Evidence;
    // At most this many blocs in each connected part of the network. 2 is structural
    // balance in Heider's sense (two camps; three mutual enemies cannot be balanced);
    // 0 lifts the limit (Davis' clusterability: enemies may form any number of blocs).
    int maxBlocsPerComponent = 2;
    // "A supports B via V": treat V as tied to A (positively) and to B (with the edge's
    // sign) at half the edge's weight, so an intermediary joins the camp it serves.
    bool viaTies = true;
    // Upper bound on improvement passes (each pass is linear in the edges), and on the
    // rounds that try to split blocs in two.
    int maxPasses = 50;
};

class Blocs
{
public:
    Blocs() = default;

    static Blocs detect(const Network &network, const BlocOptions &options = {});

    // Bloc of a node (index into Network::nodes()), or -1 for an actor with no signed
    // tie in its hierarchy group: it has no side to be on.
    int blocOf(int node) const { return m_blocOf.value(node, -1); }
    const QVector<int> &assignment() const { return m_blocOf; }

    // Bloc ids run from 0; bloc 0 is the largest (by number of actors), ties broken by
    // the smallest actor id, so ids are stable for a given project and window.
    int blocCount() const { return m_count; }
    // One past the largest bloc id. Equal to blocCount() unless renumbered() left gaps;
    // loop up to this and skip empty members().
    int idBound() const { return int(m_members.size()); }
    const QVector<int> &members(int bloc) const { return m_members[bloc]; }

    // The same partition with bloc b numbered newId[b] (distinct, non-negative ids; a
    // view keeps colours across windows with it, see NetworkAnalysis::keepBlocIdsOf).
    Blocs renumbered(const QVector<int> &newId) const;

    // Weighted frustration (as BlocOptions::weighting) of the signed edges: positive
    // edges across blocs plus negative edges within. Implied `via` ties do not count.
    double frustration() const { return m_frustration; }
    int frustratedEdgeCount() const { return m_frustratedCount; }
    // Per index into Network::edges().
    bool isFrustrated(int edge) const { return m_frustrated.value(edge, false); }

private:
    QVector<int> m_blocOf;
    QVector<QVector<int>> m_members;
    QVector<bool> m_frustrated;
    double m_frustration = 0.0;
    int m_frustratedCount = 0;
    int m_count = 0;
};

} // namespace entente
