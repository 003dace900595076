#pragma once

#include "analysis/blocs.h"
#include "analysis/centrality.h"
#include "analysis/network.h"
#include "session/filter.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace entente {

class Session;

// The support network as of the session's filter, with its blocs and centrality: the
// derived data the network view and the map both draw from.
struct NetworkAnalysis
{
    Network network;
    Blocs blocs;
    Centrality centrality;
    // Bloc of a snapshot actor (by its index), -1 when it is not in the network or has
    // no side.
    QVector<int> blocOfActor;

    // Computes from the relations the filter leaves visible (window, types, actors, text).
    static NetworkAnalysis compute(const Snapshot &snapshot, const VisibleSet &visible,
                                   const Filter &filter);
};

// Keeps a NetworkAnalysis current for a session: recomputed on a worker thread when the
// project or the filter changes, the newest result kept until its inputs change again.
class NetworkAnalysisCache final : public QObject
{
    Q_OBJECT

public:
    explicit NetworkAnalysisCache(Session *session);
    ~NetworkAnalysisCache() override;

    // Never null; empty until the first computation finishes.
    std::shared_ptr<const NetworkAnalysis> current() const { return m_current; }
    // For tests and headless use: compute now on this thread.
    void recomputeNow();

Q_SIGNALS:
    void updated();

private:
    void schedule();

    Session *m_session;
    std::shared_ptr<const NetworkAnalysis> m_current;
    QFutureWatcher<std::shared_ptr<const NetworkAnalysis>> m_watcher;
    bool m_pending = false;
};

} // namespace entente
