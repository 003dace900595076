#include "timelinepanel.h"

#include "overviewstrip.h"
#include "session/networkanalysis.h"
#include "session/session.h"
#include "timelinelegend.h"
#include "timelineview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace entente {

TimelinePanel::TimelinePanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_view(new TimelineView(session, this)),
      m_overview(new OverviewStrip(session, this)), m_legend(new TimelineLegend(this)),
      m_laneMode(new QComboBox(this))
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    auto *laneLabel = new QLabel(tr("&Lanes:"), this);
    laneLabel->setBuddy(m_laneMode);
    m_laneMode->addItem(tr("Actors"), int(TimelineModel::LaneMode::Actors));
    m_laneMode->addItem(tr("Event types"), int(TimelineModel::LaneMode::EventTypes));
    m_laneMode->setToolTip(tr("One lane per actor, or one per event type"));
    bar->addWidget(laneLabel);
    bar->addWidget(m_laneMode);
    bar->addSpacing(8);

    const auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(tr("Fit"), tr("Show every event (Home, or double-click the timeline)"),
           [this] { m_view->fitAll(); });
    button(tr("Zoom in"), tr("Zoom in around the centre (+, or the mouse wheel)"),
           [this] { m_view->zoomBy(1 / 1.5); });
    button(tr("Zoom out"), tr("Zoom out around the centre (-, or the mouse wheel)"),
           [this] { m_view->zoomBy(1.5); });
    button(tr("Fold all"), tr("Fold every lane to a density strip"),
           [this] { m_view->setAllLanesCollapsed(true); });
    button(tr("Unfold all"), tr("Unfold every lane"),
           [this] { m_view->setAllLanesCollapsed(false); });
    QToolButton *clear =
        button(tr("Clear window"), tr("Show all dates in the other views again (Esc)"),
               [this] { m_session->setTimeWindow(std::nullopt); });
    bar->addStretch(1);
    QToolButton *legendToggle = button(tr("Legend"), tr("Show or hide the legend"),
                                       [this](bool on) { m_legend->setVisible(on); });
    legendToggle->setCheckable(true);
    legendToggle->setChecked(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_overview);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_overview->setMinimumHeight(m_overview->minimumSizeHint().height());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_legend);
    layout->addWidget(splitter, 1);

    // Lanes by bloc, then activity. Blocs are taken from the unfiltered network only, so
    // brushing a window does not reshuffle the lanes under the analyst's eyes.
    connect(m_session->network(), &NetworkAnalysisCache::updated, this, [this] {
        if (m_session->filter().isEmpty())
            m_view->setLaneOrder(laneOrderByBloc());
    });

    connect(m_laneMode, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setLaneMode(
            static_cast<TimelineModel::LaneMode>(m_laneMode->currentData().toInt()));
    });
    connect(m_view, &TimelineView::visibleDaysChanged, m_overview, &OverviewStrip::setViewRange);
    connect(m_view, &TimelineView::plotMarginsChanged, m_overview, &OverviewStrip::alignPlot);
    connect(m_overview, &OverviewStrip::dayActivated, this, [this](double day) {
        const double half = (m_view->visibleEndDay() - m_view->visibleFirstDay()) / 2;
        m_view->setVisibleDays(day - half, day + half);
    });
    const auto refresh = [this, clear] {
        m_legend->setEventTypes(m_session->snapshot().eventTypes);
        clear->setEnabled(m_session->filter().window.has_value());
    };
    connect(m_session, &Session::projectChanged, this, refresh);
    connect(m_session, &Session::filterChanged, this, refresh);
    refresh();
    m_overview->setViewRange(m_view->visibleFirstDay(), m_view->visibleEndDay());
}

QVector<int> TimelinePanel::laneOrderByBloc() const
{
    const Snapshot &snapshot = m_session->snapshot();
    const QVector<int> &blocOf = m_session->network()->current()->blocOfActor;
    QVector<int> order;
    for (int a = 0; a < blocOf.size() && a < snapshot.actors.size(); ++a) {
        if (blocOf[a] >= 0)
            order.push_back(a);
    }
    const auto activity = [&](int a) {
        return snapshot.actors[a].eventCount + snapshot.actors[a].relationCount;
    };
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        if (blocOf[x] != blocOf[y])
            return blocOf[x] < blocOf[y];
        return activity(x) > activity(y);
    });
    return order;
}

} // namespace entente
