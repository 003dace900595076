#include "networkanalysis.h"

#include "session/session.h"
#include "util/backgroundpool.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <tuple>

namespace entente {

namespace {

// The rows of snapshot.networkSource() to build from: those of the visible relations;
// under an actor filter also the ties among the actors those relations reach (the filter
// keeps a relation when either end is a chosen actor, so the ties between two neighbours
// of a chosen actor are still missing).
std::vector<int> rowsFrom(const Snapshot &s, const VisibleSet &visible, const Filter &filter)
{
    std::vector<int> rows;
    rows.reserve(size_t(visible.relations.size()) + size_t(visible.relations.size()) / 4);
    for (int i : visible.relations)
        s.appendNetworkRows(i, rows);
    if (filter.actorIds.isEmpty())
        return rows;

    std::vector<char> reached(size_t(s.actors.size()), 0);
    std::vector<char> taken(size_t(s.relations.size()), 0);
    for (int i : visible.relations) {
        reached[size_t(s.relations[i].source)] = 1;
        reached[size_t(s.relations[i].target)] = 1;
        taken[size_t(i)] = 1;
    }
    Filter rest = filter;
    rest.actorIds.clear();
    for (int i : applyFilter(s, rest).relations) {
        const SnapshotRelation &r = s.relations[i];
        if (!taken[size_t(i)] && reached[size_t(r.source)] && reached[size_t(r.target)])
            s.appendNetworkRows(i, rows);
    }
    return rows;
}

} // namespace

NetworkAnalysis NetworkAnalysis::compute(const Snapshot &snapshot, const VisibleSet &visible,
                                         const Filter &filter, bool withBetweenness)
{
    NetworkAnalysis a;
    NetworkOptions options;
    if (filter.window) {
        options.fromDay = filter.window->first;
        options.toDay = filter.window->last;
    }
    a.filter = filter;
    options.rows = rowsFrom(snapshot, visible, filter);
    a.network = Network::build(snapshot.networkSource(), options);
    a.blocs = Blocs::detect(a.network);
    CentralityOptions centrality;
    centrality.computeBetweenness = withBetweenness;
    a.centrality = Centrality::compute(a.network, centrality);
    if (withBetweenness)
        a.m_lazy->value = std::make_shared<const Centrality>(a.centrality);
    a.blocOfActor.fill(-1, snapshot.actors.size());
    for (int n = 0; n < a.network.nodeCount(); ++n) {
        const int actor = snapshot.actorIndex(a.network.nodes()[n].id);
        if (actor >= 0)
            a.blocOfActor[actor] = a.blocs.blocOf(n);
    }
    return a;
}

std::shared_ptr<const Centrality> NetworkAnalysis::betweenness() const
{
    const QMutexLocker lock(&m_lazy->mutex);
    return m_lazy->value;
}

std::shared_ptr<const Centrality> NetworkAnalysis::ensureBetweenness() const
{
    if (auto done = betweenness())
        return done;
    // Computed outside the lock, so readers never wait for Brandes; two racing callers
    // would both compute the same numbers and the first to finish wins.
    auto computed = std::make_shared<const Centrality>(Centrality::compute(network));
    const QMutexLocker lock(&m_lazy->mutex);
    if (!m_lazy->value)
        m_lazy->value = std::move(computed);
    return m_lazy->value;
}

void NetworkAnalysis::adoptBetweenness(std::shared_ptr<const Centrality> computed) const
{
    const QMutexLocker lock(&m_lazy->mutex);
    if (!m_lazy->value && computed)
        m_lazy->value = std::move(computed);
}

void NetworkAnalysis::keepBlocIdsOf(const NetworkAnalysis &previous)
{
    const int count = blocs.idBound();
    if (count == 0 || previous.blocs.blocCount() == 0)
        return;
    // Overlaps by actor id, so they hold across snapshots of the same project.
    QHash<int, int> overlapOf; // new bloc * bound + old id -> shared actors
    const int bound = previous.blocs.idBound();
    for (int b = 0; b < count; ++b) {
        for (int node : blocs.members(b)) {
            const int old = previous.network.nodeIndex(network.nodes()[node].id);
            const int oldBloc = old >= 0 ? previous.blocs.blocOf(old) : -1;
            if (oldBloc >= 0)
                ++overlapOf[b * bound + oldBloc];
        }
    }
    std::vector<std::tuple<int, int, int>> pairs; // (-overlap, new, old): best first
    for (auto it = overlapOf.cbegin(); it != overlapOf.cend(); ++it)
        pairs.emplace_back(-it.value(), it.key() / bound, it.key() % bound);
    std::sort(pairs.begin(), pairs.end());
    QVector<int> newId(count, -1);
    QVector<bool> used(std::max(count, bound) + count, false);
    for (const auto &[overlap, b, old] : pairs) {
        if (newId[b] < 0 && !used[old]) {
            newId[b] = old;
            used[old] = true;
        }
    }
    int next = 0;
    for (int b = 0; b < count; ++b) {
        if (newId[b] >= 0 || blocs.members(b).isEmpty())
            continue;
        while (used[next])
            ++next;
        newId[b] = next;
        used[next] = true;
    }
    blocs = blocs.renumbered(newId);
    for (int &bloc : blocOfActor) {
        if (bloc >= 0)
            bloc = newId.value(bloc, -1);
    }
}

NetworkAnalysisCache::NetworkAnalysisCache(Session *session)
    : QObject(session), m_session(session), m_current(std::make_shared<NetworkAnalysis>())
{
    connect(session, &Session::projectChanged, this, [this] {
        m_projectChanged = true;
        m_betweennessOf.clear();
        schedule();
    });
    connect(session, &Session::filterChanged, this, &NetworkAnalysisCache::schedule);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const NetworkAnalysis>>::finished, this,
            [this] {
                // A result recomputeNow() has overtaken (its finished signal was still
                // queued) would put an older analysis back.
                if (!m_overtaken)
                    publish(m_watcher.result());
                m_overtaken = false;
                m_awaiting = false;
                if (m_pending) {
                    m_pending = false;
                    schedule();
                }
            });
    connect(&m_betweennessWatcher, &QFutureWatcher<void>::finished, this, [this] {
        remember(*m_betweennessFor);
        m_betweennessFor.reset();
        if (m_current->betweenness())
            Q_EMIT betweennessReady();
        else
            computeBetweennessIfWanted(); // a newer analysis came meanwhile
    });
}

NetworkAnalysisCache::~NetworkAnalysisCache()
{
    m_watcher.waitForFinished();
    m_betweennessWatcher.waitForFinished();
}

void NetworkAnalysisCache::setBetweennessWanted(bool wanted)
{
    m_wantBetweenness = wanted;
    computeBetweennessIfWanted();
}

void NetworkAnalysisCache::schedule()
{
    if (m_watcher.isRunning()) {
        m_pending = true; // only the newest inputs matter: compute once more afterwards
        return;
    }
    // Bloc ids follow the analysis on show, unless the project changed under it.
    std::shared_ptr<const NetworkAnalysis> previous = m_projectChanged ? nullptr : m_current;
    m_projectChanged = false;
    // The worker owns copies of its inputs (the snapshot is shared and immutable).
    // A new future drops the queued signal of the old one.
    m_overtaken = false;
    m_awaiting = true;
    m_watcher.setFuture(QtConcurrent::run(
        &backgroundPool(),
        [snapshot = m_session->sharedSnapshot(), visible = m_session->visible(),
         filter = m_session->filter(), previous]() -> std::shared_ptr<const NetworkAnalysis> {
            auto analysis = std::make_shared<NetworkAnalysis>(
                NetworkAnalysis::compute(*snapshot, visible, filter, false));
            if (previous)
                analysis->keepBlocIdsOf(*previous);
            return analysis;
        }));
}

void NetworkAnalysisCache::remember(const NetworkAnalysis &analysis)
{
    const auto computed = analysis.betweenness();
    if (!computed)
        return;
    for (qsizetype i = 0; i < m_betweennessOf.size(); ++i) {
        if (m_betweennessOf[i].first == analysis.filter) {
            m_betweennessOf.remove(i);
            break;
        }
    }
    constexpr qsizetype kRemembered = 8;
    m_betweennessOf.prepend({analysis.filter, computed});
    if (m_betweennessOf.size() > kRemembered)
        m_betweennessOf.resize(kRemembered);
}

void NetworkAnalysisCache::adoptRemembered(const NetworkAnalysis &analysis) const
{
    for (const auto &[filter, computed] : std::as_const(m_betweennessOf)) {
        if (filter == analysis.filter) {
            analysis.adoptBetweenness(computed);
            return;
        }
    }
}

void NetworkAnalysisCache::publish(std::shared_ptr<const NetworkAnalysis> analysis)
{
    adoptRemembered(*analysis);
    m_current = std::move(analysis);
    Q_EMIT updated();
    computeBetweennessIfWanted();
}

void NetworkAnalysisCache::computeBetweennessIfWanted()
{
    if (!m_wantBetweenness || m_betweennessWatcher.isRunning() || m_current->betweenness())
        return;
    m_betweennessFor = m_current;
    m_betweennessWatcher.setFuture(
        QtConcurrent::run(&backgroundPool(), [analysis = m_current] { analysis->ensureBetweenness(); }));
}

void NetworkAnalysisCache::recomputeNow()
{
    m_overtaken = m_awaiting;
    m_watcher.waitForFinished();
    m_betweennessWatcher.waitForFinished();
    m_pending = false;
    auto analysis = std::make_shared<NetworkAnalysis>(NetworkAnalysis::compute(
        m_session->snapshot(), m_session->visible(), m_session->filter(), false));
    if (!m_projectChanged)
        analysis->keepBlocIdsOf(*m_current);
    m_projectChanged = false;
    adoptRemembered(*analysis);
    if (m_wantBetweenness) {
        analysis->ensureBetweenness();
        remember(*analysis);
    }
    publish(analysis);
}

} // namespace entente
