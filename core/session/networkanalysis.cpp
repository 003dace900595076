#include "networkanalysis.h"

#include "session/session.h"

#include <QtConcurrent/QtConcurrentRun>

namespace entente {

namespace {

NetworkSource sourceFrom(const Snapshot &s, const VisibleSet &visible)
{
    NetworkSource source;
    source.actors.reserve(s.actors.size());
    for (const SnapshotActor &a : s.actors)
        source.actors.push_back({a.id, a.name, a.kind, a.country});
    source.relations.reserve(visible.relations.size());
    for (int i : visible.relations) {
        const SnapshotRelation &r = s.relations[i];
        NetworkRelation base;
        base.id = r.id;
        base.source = s.actors[r.source].id;
        base.target = s.actors[r.target].id;
        base.type = r.type;
        base.aspect = r.aspect;
        base.via = r.via >= 0 ? s.actors[r.via].id : QString();
        base.evidenceCount = r.evidenceCount;
        base.confidence = r.confidence;
        if (r.basis == ValidityBasis::Undated || r.periods.isEmpty()) {
            base.undated = true;
            source.relations.push_back(base);
            continue;
        }
        for (const DayRange &p : r.periods) {
            NetworkRelation row = base;
            row.firstDay = p.first;
            row.lastDay = p.last;
            source.relations.push_back(row);
        }
    }
    return source;
}

} // namespace

NetworkAnalysis NetworkAnalysis::compute(const Snapshot &snapshot, const VisibleSet &visible,
                                         const Filter &filter)
{
    NetworkAnalysis a;
    NetworkOptions options;
    if (filter.window) {
        options.fromDay = filter.window->first;
        options.toDay = filter.window->last;
    }
    a.network = Network::build(sourceFrom(snapshot, visible), options);
    a.blocs = Blocs::detect(a.network);
    a.centrality = Centrality::compute(a.network);
    a.blocOfActor.fill(-1, snapshot.actors.size());
    for (int n = 0; n < a.network.nodeCount(); ++n) {
        const int actor = snapshot.actorIndex(a.network.nodes()[n].id);
        if (actor >= 0)
            a.blocOfActor[actor] = a.blocs.blocOf(n);
    }
    return a;
}

NetworkAnalysisCache::NetworkAnalysisCache(Session *session)
    : QObject(session), m_session(session), m_current(std::make_shared<NetworkAnalysis>())
{
    connect(session, &Session::projectChanged, this, &NetworkAnalysisCache::schedule);
    connect(session, &Session::filterChanged, this, &NetworkAnalysisCache::schedule);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const NetworkAnalysis>>::finished, this,
            [this] {
                m_current = m_watcher.result();
                Q_EMIT updated();
                if (m_pending) {
                    m_pending = false;
                    schedule();
                }
            });
}

NetworkAnalysisCache::~NetworkAnalysisCache()
{
    m_watcher.waitForFinished();
}

void NetworkAnalysisCache::schedule()
{
    if (m_watcher.isRunning()) {
        m_pending = true; // only the newest inputs matter: compute once more afterwards
        return;
    }
    // The worker owns copies of its inputs (the snapshot is shared and immutable).
    m_watcher.setFuture(QtConcurrent::run(
        [snapshot = m_session->sharedSnapshot(), visible = m_session->visible(),
         filter = m_session->filter()]() -> std::shared_ptr<const NetworkAnalysis> {
            return std::make_shared<NetworkAnalysis>(
                NetworkAnalysis::compute(*snapshot, visible, filter));
        }));
}

void NetworkAnalysisCache::recomputeNow()
{
    m_watcher.waitForFinished();
    m_pending = false;
    m_current = std::make_shared<NetworkAnalysis>(
        NetworkAnalysis::compute(m_session->snapshot(), m_session->visible(), m_session->filter()));
    Q_EMIT updated();
}

} // namespace entente
