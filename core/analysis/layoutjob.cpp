#include "analysis/layoutjob.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <atomic>

namespace entente {

// What one run shares between the GUI thread and its worker. Positions go one way,
// pins the other; both under the mutex. The worker never touches the LayoutJob itself
// except to post a queued poll() to it.
struct LayoutJob::Run
{
    std::shared_ptr<const Network> network;
    std::atomic<bool> cancel{false};
    QMutex mutex;
    // Worker -> GUI.
    bool done = false; // set with the last positions
    QVector<QPointF> positions;
    int iterations = 0;
    quint64 published = 0;
    quint64 pinsApplied = 0;
    // GUI -> worker.
    QHash<QString, QPointF> pins;
    quint64 pinsVersion = 0;
    bool firstShown = false;
    QWaitCondition shown; // firstShown set, or cancel
    QWaitCondition publishedAny; // the first frame is in
    // GUI only: the last publication copied into the frame.
    quint64 taken = 0;
};

LayoutJob::LayoutJob(QObject *parent) : QObject(parent)
{
    // One run at a time: a cancelled run finishes its step before the next one starts,
    // so two layouts never compete for the cores.
    m_pool.setMaxThreadCount(1);
}

LayoutJob::~LayoutJob()
{
    cancel();
    m_pool.waitForDone();
}

std::optional<QPointF> LayoutJob::position(const QString &actorId) const
{
    if (!m_frame.network)
        return std::nullopt;
    const int i = m_frame.network->nodeIndex(actorId);
    if (i < 0 || i >= m_frame.positions.size())
        return std::nullopt;
    return m_frame.positions[i];
}

void LayoutJob::setNetwork(std::shared_ptr<const Network> network)
{
    if (!network)
        network = std::make_shared<Network>();
    m_network = network;
    rememberFrame();
    QHash<QString, QPointF> warm = m_known;
    for (auto it = m_pins.cbegin(); it != m_pins.cend(); ++it)
        warm.insert(it.key(), it.value());
    start(std::move(network), warm);
    if (m_settings.awaitFirstFrameMs > 0) {
        const std::shared_ptr<Run> run = m_run;
        {
            QMutexLocker lock(&run->mutex);
            if (run->published == 0 && !run->done)
                run->publishedAny.wait(&run->mutex, QDeadlineTimer(m_settings.awaitFirstFrameMs));
        }
        poll();
    }
}

void LayoutJob::relayout()
{
    if (!m_network)
        return;
    m_known.clear();
    start(m_network, m_pins);
}

void LayoutJob::reset()
{
    cancel();
    m_run.reset(); // whatever the cancelled worker still hands in is ignored
    m_known.clear();
    m_pins.clear();
    ++m_pinsVersion;
    m_network.reset();
    m_frame = {};
    Q_EMIT frameChanged();
}

void LayoutJob::pin(const QString &actorId, QPointF position)
{
    m_pins.insert(actorId, position);
    ++m_pinsVersion;
    if (m_frame.network) {
        const int i = m_frame.network->nodeIndex(actorId);
        if (i >= 0 && i < m_frame.positions.size())
            m_frame.positions[i] = position;
    }
    if (m_run) {
        QMutexLocker lock(&m_run->mutex);
        m_run->pins = m_pins;
        m_run->pinsVersion = m_pinsVersion;
    } else if (m_network) {
        // The layout had settled: let the others make room around the new position.
        rememberFrame();
        start(m_network, m_known);
    }
    Q_EMIT frameChanged();
}

void LayoutJob::unpin(const QString &actorId)
{
    if (!m_pins.remove(actorId))
        return;
    ++m_pinsVersion;
    if (m_run) {
        QMutexLocker lock(&m_run->mutex);
        m_run->pins = m_pins;
        m_run->pinsVersion = m_pinsVersion;
    } else if (m_network) {
        rememberFrame();
        start(m_network, m_known);
    }
    Q_EMIT frameChanged();
}

void LayoutJob::unpinAll()
{
    const QStringList ids = m_pins.keys();
    for (const QString &id : ids)
        unpin(id);
}

void LayoutJob::cancel()
{
    if (m_run) {
        m_run->cancel = true;
        firstFrameShown(); // no longer worth waiting for
    }
}

void LayoutJob::firstFrameShown()
{
    if (!m_run)
        return;
    QMutexLocker lock(&m_run->mutex);
    m_run->firstShown = true;
    m_run->shown.wakeAll();
}

void LayoutJob::waitForIdle()
{
    firstFrameShown();
    while (m_run) {
        m_pool.waitForDone();
        poll(); // may start another run for pins set meanwhile
    }
}

void LayoutJob::start(std::shared_ptr<const Network> network, const QHash<QString, QPointF> &warm)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->network = network;
    run->pins = m_pins;
    run->pinsVersion = m_pinsVersion;
    m_run = run;
    m_frame.running = true;
    m_pool.start([run, network, warm, settings = m_settings, this] {
        work(run, network, warm, settings, this);
    });
}

void LayoutJob::poll()
{
    if (!m_run)
        return;
    const std::shared_ptr<Run> run = m_run;
    bool changed = false;
    quint64 pinsApplied = 0;
    bool ended = false;
    {
        QMutexLocker lock(&run->mutex);
        if (run->published != run->taken) {
            m_frame.network = run->network;
            m_frame.positions = run->positions;
            m_frame.iterations = run->iterations;
            run->taken = run->published;
            changed = true;
        }
        pinsApplied = run->pinsApplied;
        ended = run->done;
    }
    if (changed && m_frame.network) {
        // A drag moves faster than the worker publishes: show pins where they are now.
        for (auto it = m_pins.cbegin(); it != m_pins.cend(); ++it) {
            const int i = m_frame.network->nodeIndex(it.key());
            if (i >= 0 && i < m_frame.positions.size())
                m_frame.positions[i] = it.value();
        }
    }
    if (ended) {
        m_run.reset();
        m_frame.running = false;
        rememberFrame();
        // Pins that changed after the worker last looked still need a settling run.
        if (!run->cancel.load() && pinsApplied != m_pinsVersion && m_network)
            start(m_network, m_known);
    }
    if (changed || ended)
        Q_EMIT frameChanged();
    if (ended && !m_run)
        Q_EMIT finished();
}

void LayoutJob::rememberFrame()
{
    if (!m_frame.network)
        return;
    const QVector<NetworkNode> &nodes = m_frame.network->nodes();
    for (int i = 0; i < nodes.size() && i < m_frame.positions.size(); ++i)
        m_known.insert(nodes[i].id, m_frame.positions[i]);
}

void LayoutJob::work(std::shared_ptr<Run> run, std::shared_ptr<const Network> network,
                     QHash<QString, QPointF> warm, LayoutJobSettings settings, LayoutJob *job)
{
    const auto notify = [job] {
        QMetaObject::invokeMethod(
            job, [job] { job->poll(); }, Qt::QueuedConnection);
    };
    if (run->cancel) {
        QMutexLocker lock(&run->mutex);
        run->done = true;
        run->publishedAny.wakeAll();
        lock.unlock();
        notify();
        return;
    }
    ForceLayout layout(settings.layout);
    layout.setGraph(*network, settings.edges);
    layout.setPreviousPositions(warm);

    QVector<int> pinned;
    quint64 appliedVersion = 0;
    bool firstPins = true;
    const auto applyPins = [&] {
        QHash<QString, QPointF> pins;
        {
            QMutexLocker lock(&run->mutex);
            if (!firstPins && run->pinsVersion == appliedVersion)
                return;
            pins = run->pins;
            appliedVersion = run->pinsVersion;
            run->pinsApplied = appliedVersion;
        }
        firstPins = false;
        for (int i : std::as_const(pinned))
            layout.setPinned(i, false);
        pinned.clear();
        for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
            const int i = network->nodeIndex(it.key());
            if (i < 0)
                continue;
            layout.setPosition(i, it.value());
            layout.setPinned(i, true);
            pinned.push_back(i);
        }
    };
    const auto publish = [&](bool last) {
        QVector<QPointF> positions = layout.positions();
        QMutexLocker lock(&run->mutex);
        run->positions = std::move(positions);
        run->iterations = layout.iterations();
        run->done = last;
        ++run->published;
        run->publishedAny.wakeAll();
    };

    applyPins();
    layout.step(0); // places the nodes without a known position
    publish(false);
    notify(); // the view can show the new network at once
    if (settings.holdFirstFrameMs > 0) {
        QMutexLocker lock(&run->mutex);
        if (!run->firstShown && !run->cancel)
            run->shown.wait(&run->mutex, QDeadlineTimer(settings.holdFirstFrameMs));
    }

    QElapsedTimer sincePublish;
    sincePublish.start();
    while (!run->cancel.load(std::memory_order_relaxed) && !layout.converged() &&
           layout.iterations() < settings.maxIterations) {
        applyPins();
        layout.step(1, &run->cancel);
        if (sincePublish.elapsed() >= settings.publishIntervalMs) {
            publish(false);
            notify();
            sincePublish.restart();
        }
    }
    applyPins();
    publish(true);
    notify();
}

} // namespace entente
