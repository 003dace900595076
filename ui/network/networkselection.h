#pragma once

#include "session/filter.h"
#include "session/networkanalysis.h"

#include <QSet>
#include <QString>

namespace entente {

// What the session's selection picks out in a network: the selected actors and the
// participants of selected events (as node indices), and the edges that carry a selected
// relation (as edge refs, see NetworkGeometry).
struct NetworkSelection
{
    QSet<int> nodes;
    QSet<int> edges;

    static NetworkSelection resolve(const NetworkAnalysis &analysis, const Snapshot &snapshot,
                                    const Selection &selection, bool withHierarchy);
};

} // namespace entente
