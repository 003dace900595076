#include "networkselection.h"

#include "networkgeometry.h"

#include <algorithm>

namespace entente {

NetworkSelection NetworkSelection::resolve(const NetworkAnalysis &analysis,
                                           const Snapshot &snapshot, const Selection &selection,
                                           bool withHierarchy)
{
    NetworkSelection out;
    const Network &net = analysis.network;
    for (const QString &id : selection.actors) {
        const int i = net.nodeIndex(id);
        if (i >= 0)
            out.nodes.insert(i);
    }
    // An event selected elsewhere lights the actors that took part in it.
    for (const QString &id : selection.events) {
        const int e = snapshot.eventIndex(id);
        if (e < 0)
            continue;
        for (const SnapshotParticipant &p : snapshot.events[e].participants) {
            const int i = p.actor >= 0 ? net.nodeIndex(snapshot.actors[p.actor].id) : -1;
            if (i >= 0)
                out.nodes.insert(i);
        }
    }
    if (!selection.relations.isEmpty()) {
        const int count = NetworkGeometry::edgeCount(net, withHierarchy);
        for (int ref = 0; ref < count; ++ref) {
            const EdgeList<QString> &ids = NetworkGeometry::edge(net, ref).relationIds;
            if (std::any_of(ids.begin(), ids.end(),
                            [&](const QString &id) { return selection.relations.contains(id); }))
                out.edges.insert(ref);
        }
    }
    return out;
}

} // namespace entente
