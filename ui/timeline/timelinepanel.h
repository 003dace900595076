#pragma once

#include <QWidget>

class QComboBox;

namespace entente {

class OverviewStrip;
class Session;
class TimelineLegend;
class TimelineView;

// The timeline as the main window docks it: a small toolbar (lane mode, fit, zoom,
// clear window, legend toggle), the legend, the TimelineView and the OverviewStrip.
// Everything talks through the Session; the panel only ties the view and its strip.
class TimelinePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(Session *session, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    OverviewStrip *overview() const { return m_overview; }
    TimelineLegend *legend() const { return m_legend; }

private:
    // Actors that have a bloc, grouped by bloc and most active first within it.
    QVector<int> laneOrderByBloc() const;

    Session *m_session;
    TimelineView *m_view;
    OverviewStrip *m_overview;
    TimelineLegend *m_legend;
    QComboBox *m_laneMode;
};

} // namespace entente
