#pragma once

#include "analysis/blocs.h"
#include "analysis/centrality.h"
#include "analysis/network.h"
#include "session/filter.h"

#include <QFutureWatcher>
#include <QMutex>
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
    // Degrees always; betweenness only when computed at once (see betweenness()).
    Centrality centrality;
    // Bloc of a snapshot actor (by its index), -1 when it is not in the network or has
    // no side.
    QVector<int> blocOfActor;
    // What it was computed for.
    Filter filter;

    // Computes from the relations the filter leaves visible (window, types, text). An
    // actor filter shows the ego networks of its actors: them, the actors they have ties
    // with, and the ties among all of these. Betweenness (the costly part, Brandes) is
    // left for later unless `withBetweenness`.
    static NetworkAnalysis compute(const Snapshot &snapshot, const VisibleSet &visible,
                                   const Filter &filter, bool withBetweenness = true);

    // Centrality with betweenness, or null while it has not been computed. Safe to call
    // from any thread.
    std::shared_ptr<const Centrality> betweenness() const;
    // Computes betweenness on this thread unless it is there already.
    std::shared_ptr<const Centrality> ensureBetweenness() const;
    // Takes betweenness computed before for the same network (same project and filter).
    void adoptBetweenness(std::shared_ptr<const Centrality> computed) const;

    // Renumbers the blocs so that each takes the id of the bloc of `previous` it shares
    // most actors with (greedily, largest overlap first); the others take the smallest
    // free ids. Ids may then skip a number (a bloc that went away keeps its colour
    // reserved). For views, so colours stay put while the window moves; the blocs of a
    // fresh compute() depend only on the project and the filter.
    void keepBlocIdsOf(const NetworkAnalysis &previous);

private:
    struct Lazy
    {
        QMutex mutex;
        std::shared_ptr<const Centrality> value;
    };
    std::shared_ptr<Lazy> m_lazy = std::make_shared<Lazy>();
};

// Keeps a NetworkAnalysis current for a session: recomputed on a worker thread when the
// project or the filter changes, the newest result kept until its inputs change again.
// Bloc ids follow the previous result (colours stay put); betweenness is computed on a
// worker only while someone wants it, and kept for the last few filters, so going back to
// a window does not compute it again.
class NetworkAnalysisCache final : public QObject
{
    Q_OBJECT

public:
    explicit NetworkAnalysisCache(Session *session);
    ~NetworkAnalysisCache() override;

    // Never null; empty until the first computation finishes.
    std::shared_ptr<const NetworkAnalysis> current() const { return m_current; }
    // For tests and headless use: compute now on this thread (betweenness too when wanted).
    void recomputeNow();
    // A newer analysis is being computed: current() is about to be replaced (updated()).
    bool isComputing() const { return (m_awaiting && !m_overtaken) || m_pending; }

    // While true, every analysis gets its betweenness computed after it is published
    // (betweennessReady() says when).
    void setBetweennessWanted(bool wanted);
    bool betweennessWanted() const { return m_wantBetweenness; }

Q_SIGNALS:
    void updated();
    // The current analysis has its betweenness now.
    void betweennessReady();

private:
    void schedule();
    void publish(std::shared_ptr<const NetworkAnalysis> analysis);
    void computeBetweennessIfWanted();
    void remember(const NetworkAnalysis &analysis);
    void adoptRemembered(const NetworkAnalysis &analysis) const;

    Session *m_session;
    std::shared_ptr<const NetworkAnalysis> m_current;
    QFutureWatcher<std::shared_ptr<const NetworkAnalysis>> m_watcher;
    QFutureWatcher<void> m_betweennessWatcher;
    std::shared_ptr<const NetworkAnalysis> m_betweennessFor; // what the watcher computes
    bool m_pending = false;
    bool m_awaiting = false;  // the watcher's finished signal is still to come
    bool m_overtaken = false; // and its result is older than what is on show
    bool m_wantBetweenness = false;
    bool m_projectChanged = false;
    // Betweenness of recent filters, newest first (same project).
    QVector<QPair<Filter, std::shared_ptr<const Centrality>>> m_betweennessOf;
};

} // namespace entente
