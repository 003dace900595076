#pragma once

#include "session/filter.h"
#include "session/snapshot.h"

#include <QSet>
#include <QVector>

#include <memory>
#include <utility>
#include <vector>

namespace entente {

// The timeline's lanes over a session snapshot: which events sit on which lane (as
// arrays sorted by first day, with a running maximum of the last day so the visible
// slice of a lane is two binary searches away), how span events stack into rows, which
// relation bars hang under a lane, and where each lane sits vertically. No widgets: the
// renderer draws it, the view asks it where things are.
class TimelineModel
{
public:
    enum class LaneMode { Actors, EventTypes };
    enum class LaneKind { Actor, NoActor, EventType };

    static constexpr int kMaxSpanRows = 3;
    static constexpr int kMaxRelationRows = 16;

    struct Lane
    {
        LaneKind kind = LaneKind::Actor;
        int key = -1; // actor index or event type index; -1 for the "(no actor)" lane
        // Parallel arrays, sorted by first day (the snapshot's order).
        QVector<int> events;
        QVector<qint64> firsts;
        QVector<qint64> lasts;
        QVector<qint64> maxLasts; // running maximum of lasts: monotone, so searchable
        QVector<quint8> rows;     // 0 = the mark row, 1..kMaxSpanRows = span rows
        int spanRows = 0;
        bool collapsed = false;
        QVector<int> relations; // relation bars under the lane (indices into the snapshot)
        double top = 0;         // in content coordinates (0 = top of the first lane)
        double height = 0;
        double bodyHeight = 0; // without the relation rows
    };

    struct Metrics
    {
        double markRow = 20;
        double spanRow = 8;
        double relationRow = 16;
        double collapsed = 14;
        double padding = 3;
    };

    // Spans are events known to month or year only, or intervals; the rest are marks.
    static bool isSpan(const SnapshotEvent &e)
    {
        return e.isInterval || e.precision != DatePrecision::Day || e.lastDay > e.firstDay;
    }
    // The filter without its time window: events outside the window stay on the
    // timeline (shaded), everything else the filter removes is hidden.
    static Filter withoutWindow(Filter filter)
    {
        filter.window.reset();
        return filter;
    }

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    const Snapshot &snapshot() const { return *m_snapshot; }
    // Returns true when the (window-less) filter changed and the lanes were rebuilt.
    bool setFilter(const Filter &filter);
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_mode; }
    // Actor indices to put first; the others follow by activity (events + relations).
    void setLaneOrder(const QVector<int> &actorOrder);
    // Actors whose relation bars are shown under their lane, and relations shown under
    // their source actor's lane (the selection). Re-lays out the lanes.
    void setRelationFocus(const QSet<int> &actors, const QSet<int> &relations);
    void setMetrics(const Metrics &metrics);
    const Metrics &metrics() const { return m_metrics; }

    const QVector<Lane> &lanes() const { return m_lanes; }
    double contentHeight() const { return m_contentHeight; }
    void toggleCollapsed(int lane);
    void setAllCollapsed(bool collapsed);

    bool isEventVisible(int event) const
    {
        return event >= 0 && event < int(m_eventVisible.size()) && m_eventVisible[size_t(event)];
    }
    bool isRelationVisible(int relation) const;
    int visibleEventCount() const { return m_visibleEvents; }
    // Index of the event's type in snapshot().eventTypes, precomputed for the paint path.
    int typeOf(int event) const { return m_typeOf.value(event, -1); }
    int laneOfActor(int actor) const
    {
        return actor >= 0 && actor < m_actorLane.size() ? m_actorLane[actor] : -1;
    }
    int laneOfType(int typeIndex) const
    {
        return typeIndex >= 0 && typeIndex < m_typeLane.size() ? m_typeLane[typeIndex] : -1;
    }
    QVector<int> lanesOfEvent(int event) const;
    int laneAt(double contentY) const;
    // Row of `event` in `lane` (0 marks, >0 span row), or -1 when it is not on it.
    int rowOf(int lane, int event) const;

    // Items of `lane` that may overlap the days [first, end): a slice [lo, hi) of its
    // arrays; items inside it still need the lasts[i] >= floor(first) check.
    std::pair<int, int> slice(const Lane &lane, double first, double end) const;

private:
    void rebuild();
    void layout();
    void collectRelations();
    qint64 laneKey(const Lane &lane) const;

    std::shared_ptr<const Snapshot> m_snapshot = std::make_shared<Snapshot>();
    Filter m_filter;
    bool m_filterSet = false;
    LaneMode m_mode = LaneMode::Actors;
    QVector<int> m_laneOrder;
    QSet<int> m_focusActors;
    QSet<int> m_focusRelations;
    Metrics m_metrics;
    QSet<qint64> m_collapsed; // by lane key, so it survives rebuilds
    QVector<int> m_typeOf;
    std::vector<char> m_eventVisible;
    std::vector<char> m_relationVisible;
    int m_visibleEvents = 0;
    QVector<Lane> m_lanes;
    QVector<int> m_actorLane; // lane per actor index, -1 = none
    QVector<int> m_typeLane;
    double m_contentHeight = 0;
};

} // namespace entente
