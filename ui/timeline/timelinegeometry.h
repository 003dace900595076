#pragma once

#include "timeaxis.h"
#include "timelinemodel.h"

#include <QFontMetricsF>
#include <QRectF>
#include <QSet>

#include <optional>

namespace entente {

// What the timeline shows besides the model: the visible days, the vertical scroll, the
// session's time window and the selection and hover (as snapshot indices).
struct TimelineViewState
{
    double firstDay = 0;
    double endDay = 1; // exclusive
    double scrollY = 0;
    std::optional<DayRange> window;
    QSet<int> selectedEvents;
    QSet<int> selectedActors;
    QSet<int> selectedRelations;
    int hoverEvent = -1;
    int hoverRelation = -1;
    int hoverLane = -1;
};

// Where everything of the timeline sits inside a target rectangle: the header column,
// the axis, the plot, each lane, mark, span and relation bar, and which lanes are drawn
// as per-pixel-column densities. The renderer paints with it and the view hit-tests with
// it, so a click lands exactly on what was drawn.
class TimelineGeometry
{
public:
    enum class HitKind { None, Axis, LaneHeader, LaneToggle, Event, Bin, Relation, Plot };
    struct Hit
    {
        HitKind kind = HitKind::None;
        int lane = -1;
        int event = -1;      // Event
        int relation = -1;   // Relation
        QVector<int> events; // Bin: the events counted in the column
        double day = 0;      // the day under the point (plot, bins)
    };

    static constexpr double kBinWidth = 3.0;
    // Past this many items per pixel of plot a lane is drawn as densities.
    static constexpr double kAggregateItemsPerPixel = 0.25;

    TimelineGeometry(const TimelineModel &model, const TimelineViewState &state,
                     const QRectF &target, const QFont &font, bool headers = true);

    const TimelineModel &model() const { return m_model; }
    const TimelineViewState &state() const { return m_state; }
    const TimeAxis &axis() const { return m_axis; }
    const QFontMetricsF &metrics() const { return m_metrics; }
    QRectF target() const { return m_target; }
    QRectF headerRect() const { return m_header; } // the lane header column below the axis
    QRectF axisRect() const { return m_axisRect; }
    QRectF cornerRect() const { return m_corner; }
    QRectF plotRect() const { return m_plot; }

    static double headerWidth(const QFontMetricsF &metrics);
    static double axisHeight(const QFontMetricsF &metrics);
    static TimelineModel::Metrics laneMetrics(const QFontMetricsF &metrics);

    // Lanes intersecting the plot: [first, last], or first > last when none.
    std::pair<int, int> visibleLanes() const;
    double laneTop(int lane) const
    {
        return m_plot.top() - m_state.scrollY + m_model.lanes()[lane].top;
    }
    QRectF laneRect(int lane) const;
    QRectF laneHeaderRect(int lane) const;
    QRectF toggleRect(int lane) const;
    QRectF relationRowRect(int lane, int row) const;
    double markY(int lane) const;
    QRectF spanRect(int lane, int row, qint64 first, qint64 last) const;
    bool isAggregated(int lane) const;
    // Days a mark reaches past its own day, left and right (marks are wider than days when zoomed
    // out).
    double markSlackDays() const;

    std::optional<QPointF> eventPosition(int event) const; // on its first visible lane
    Hit hitTest(const QPointF &pos) const;

private:
    std::optional<QPointF> eventPositionOn(int lane, int event) const;

    const TimelineModel &m_model;
    const TimelineViewState &m_state;
    QFontMetricsF m_metrics;
    QRectF m_target;
    QRectF m_header;
    QRectF m_axisRect;
    QRectF m_corner;
    QRectF m_plot;
    TimeAxis m_axis;
};

} // namespace entente
