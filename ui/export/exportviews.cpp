#include "exportviews.h"

#include "exportstyle.h"
#include "timeline/timelineview.h"

// The map and network views are built by other parts of the project; until they are in
// the tree, their pages are drawn as "not available" frames.
#if __has_include("map/mapview.h") && __has_include("network/networkview.h")
#define ENTENTE_EXPORT_HAS_VIEWS 1
#include "analysis/layoutjob.h"
#include "map/mapview.h"
#include "network/networkview.h"
#else
#define ENTENTE_EXPORT_HAS_VIEWS 0
#endif
#include "session/session.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QThread>

#include <cmath>

#include <spdlog/spdlog.h>

namespace entente {

namespace {

// The hidden views are laid out at this size and scaled into the export's frame.
constexpr QSize kHiddenViewSize(900, 700);

[[maybe_unused]] void prepareHidden(QWidget *view)
{
    view->setAttribute(Qt::WA_DontShowOnScreen, true);
    view->setPalette(ExportStyle::printPalette());
    view->setFont(ExportStyle::font(9));
    view->resize(kHiddenViewSize);
    view->show();
}

#if ENTENTE_EXPORT_HAS_VIEWS
// Lays a hidden view out at the shape of the frame it is drawn into, so that fitting the
// content uses the frame well, then draws it scaled into the frame.
QSize hiddenSizeFor(const QRectF &target)
{
    const double aspect = target.width() / std::max(1.0, target.height());
    const double area = double(kHiddenViewSize.width()) * kHiddenViewSize.height();
    const double h = std::sqrt(area / std::max(0.05, aspect));
    return QSize(int(h * aspect), int(h));
}
#endif

} // namespace

struct ExportViews::Views
{
#if ENTENTE_EXPORT_HAS_VIEWS
    explicit Views(Session *session) : map(session), network(session) {}
    MapView map;
    NetworkView network;
#else
    explicit Views(Session *) {}
#endif
};

ExportViews::ExportViews(Session *session)
    : m_session(session), m_views(std::make_unique<Views>(session))
{
#if ENTENTE_EXPORT_HAS_VIEWS
    prepareHidden(&m_views->map);
    prepareHidden(&m_views->network);
    // The export draws the network's legend itself, under the network rather than over
    // it: the view would keep clear of a band measured at its own size, not the page's.
    m_views->network.setShowLegend(false);
    m_views->map.fitToData();
#endif
}

ExportViews::~ExportViews() = default;

void ExportViews::waitUntilReady(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    m_session->network()->recomputeNow();
    spdlog::debug("export views: analysis {} ms", timer.elapsed());
#if ENTENTE_EXPORT_HAS_VIEWS
    QDeadlineTimer deadline(timeoutMs);
    NetworkView &network = m_views->network;
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        network.layout()->waitForIdle();
        // The last frame arrives as a queued signal.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (network.analysis() && !network.layout()->isRunning())
            break;
        QThread::msleep(5);
    }
    spdlog::debug("export views: first layout {} ms", timer.elapsed());
    // The session's own analysis (scheduled when the project or filter was set) may land
    // after ours and restart the layout: let it settle too.
    // Until the positions stop moving between two looks.
    QVector<QPointF> before;
    for (int round = 0; round < 40 && !deadline.hasExpired(); ++round) {
        QThread::msleep(30);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        network.layout()->waitForIdle();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (round >= 2 && network.positions() == before && !network.layout()->isRunning()) {
            spdlog::debug("export views: settled after {} rounds", round);
            break;
        }
        before = network.positions();
    }
    network.fitAll();
    m_views->map.fitToData();
    spdlog::debug("export views: network analysis and layout ready in {} ms", timer.elapsed());
#else
    Q_UNUSED(timeoutMs);
#endif
}

ExportSource ExportViews::dataSource(Session *session)
{
    ExportSource source;
    source.snapshot = session->sharedSnapshot();
    source.project = session->project();
    source.filter = session->filter();
    source.selection = session->selection();
    const auto analysis = session->network()->current();
    if (analysis && !analysis->network.nodes().isEmpty())
        source.analysis = analysis;
    source.projectName = QFileInfo(session->projectPath()).completeBaseName();
    return source;
}

void ExportViews::attach(ExportSource &source) const
{
    source = dataSource(m_session);
#if ENTENTE_EXPORT_HAS_VIEWS
    MapView *map = &m_views->map;
    NetworkView *network = &m_views->network;
    source.map = [map](QPainter &painter, const QRectF &target) {
        map->resize(hiddenSizeFor(target));
        map->fitToData();
        MapRenderOptions options;
        options.exporting = true;
        options.palette = ExportStyle::printPalette();
        map->render(painter, target, options);
    };
    source.network = [network](QPainter &painter, const QRectF &target) {
        NetworkRenderOptions options;
        options.exporting = true;
        options.legend = false;
        options.palette = ExportStyle::printPalette();
        const NetworkStyle style(*options.palette, network->font());
        NetworkViewOptions withLegend = network->options();
        withLegend.showLegend = true;
        // The legend band at the bottom of the frame, the network fitted above it.
        QRectF above = target;
        QRectF band;
        if (const NetworkAnalysis *analysis = network->analysis()) {
            band = NetworkRenderer::legendRect(target, *analysis, withLegend, style, true);
            if (!band.isEmpty() && band.height() < target.height() * 0.5)
                above.setBottom(band.top() - 4);
            else
                band = QRectF();
        }
        network->resize(hiddenSizeFor(above));
        network->fitAll();
        network->render(painter, above, options);
        if (!band.isEmpty())
            NetworkLegend::paint(
                painter, band,
                NetworkRenderer::legendEntries(*network->analysis(), withLegend, true), style);
    };
#endif
}

ExportSource ExportViews::liveSource(Session *session, QWidget *window)
{
    ExportSource source = dataSource(session);
    if (const TimelineView *timeline = window ? window->findChild<TimelineView *>() : nullptr) {
        source.timeline = [timeline](QPainter &painter, const QRectF &target) {
            TimelineRenderOptions options;
            options.exporting = true;
            options.palette = ExportStyle::printPalette();
            timeline->render(painter, target, options);
        };
    }
#if ENTENTE_EXPORT_HAS_VIEWS
    if (const MapView *map = window ? window->findChild<MapView *>() : nullptr) {
        source.map = [map](QPainter &painter, const QRectF &target) {
            MapRenderOptions options;
            options.exporting = true;
            options.palette = ExportStyle::printPalette();
            map->render(painter, target, options);
        };
    }
    if (const NetworkView *network = window ? window->findChild<NetworkView *>() : nullptr) {
        source.network = [network](QPainter &painter, const QRectF &target) {
            NetworkRenderOptions options;
            options.exporting = true;
            network->render(painter, target, options);
        };
    }
#endif
    return source;
}

} // namespace entente
