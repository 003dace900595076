#pragma once

#include "analysis/forcelayout.h"
#include "analysis/network.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QThreadPool>
#include <QVector>

#include <memory>
#include <optional>

namespace entente {

// Runs the force layout of a network off the GUI thread, in short chunks, and hands the
// positions back as they improve so a view can animate them. A new network cancels the
// run in progress and starts from where every known actor already was (warm start), so a
// filter change moves nodes instead of reshuffling them. Pinned actors keep the position
// they were pinned at, across networks, until unpinned.

struct LayoutJobSettings
{
    ForceLayoutSettings layout;
    LayoutEdgeOptions edges;
    // A run stops once converged or after this many steps.
    int maxIterations = 1500;
    // How often a run hands intermediate positions to the GUI thread.
    int publishIntervalMs = 30;
    // After the first frame of a new network, wait up to this long for the view to say
    // it has shown it (firstFrameShown()) before stepping on: on a machine with few
    // cores the view's drawing of the new network matters more than the animation.
    int holdFirstFrameMs = 0;
    // setNetwork() waits up to this long for the new network's first frame (a few
    // milliseconds of placing new actors by their neighbours) and hands it over at once,
    // so the view can start drawing before other views take the GUI thread.
    int awaitFirstFrameMs = 0;
};

// The positions of one network, by node index (as Network::nodes()).
struct LayoutFrame
{
    std::shared_ptr<const Network> network;
    QVector<QPointF> positions;
    int iterations = 0;
    bool running = false;
};

class LayoutJob final : public QObject
{
    Q_OBJECT

public:
    explicit LayoutJob(QObject *parent = nullptr);
    ~LayoutJob() override;

    void setSettings(const LayoutJobSettings &settings) { m_settings = settings; }
    const LayoutJobSettings &settings() const { return m_settings; }

    // Lays out `network`, warm-started from the positions actors had before. The frame
    // keeps the old network until the worker has placed the new one.
    void setNetwork(std::shared_ptr<const Network> network);
    // Cold start with the settings' seed: forgets every position but the pinned ones.
    void relayout();
    // Forgets positions and pins (a different project).
    void reset();

    // Pins an actor at `position` (layout coordinates) and lets the others settle around
    // it; the frame shows it there at once.
    void pin(const QString &actorId, QPointF position);
    void unpin(const QString &actorId);
    void unpinAll();
    bool isPinned(const QString &actorId) const { return m_pins.contains(actorId); }
    const QHash<QString, QPointF> &pins() const { return m_pins; }

    const LayoutFrame &frame() const { return m_frame; }
    bool isRunning() const { return m_run != nullptr; }
    // Position of an actor in the current frame, if it is in it.
    std::optional<QPointF> position(const QString &actorId) const;

    // Stops the run in progress (positions so far are kept).
    void cancel();
    // The view has shown the first frame of the run in progress: it may step on (see
    // LayoutJobSettings::holdFirstFrameMs).
    void firstFrameShown();
    // Blocks until no run is in progress (restarts for pins included), then delivers the
    // final frame. For tests and headless export; the GUI never needs to wait.
    void waitForIdle();

Q_SIGNALS:
    // The frame changed: new positions, or a new network placed.
    void frameChanged();
    // A run ended (converged, cancelled or out of steps).
    void finished();

private:
    struct Run;
    void start(std::shared_ptr<const Network> network, const QHash<QString, QPointF> &warm);
    void poll();
    void rememberFrame();
    static void work(std::shared_ptr<Run> run, std::shared_ptr<const Network> network,
                     QHash<QString, QPointF> warm, LayoutJobSettings settings, LayoutJob *job);

    LayoutJobSettings m_settings;
    QThreadPool m_pool;
    std::shared_ptr<Run> m_run;
    LayoutFrame m_frame;
    std::shared_ptr<const Network> m_network; // the newest network asked for
    QHash<QString, QPointF> m_known;          // last positions of every actor seen
    QHash<QString, QPointF> m_pins;
    quint64 m_pinsVersion = 0;
};

} // namespace entente
