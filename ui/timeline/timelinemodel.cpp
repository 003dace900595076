#include "timelinemodel.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace entente {

void TimelineModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot)
{
    m_snapshot = snapshot ? std::move(snapshot) : std::make_shared<Snapshot>();
    m_focusActors.clear();
    m_focusRelations.clear();
    QHash<QString, int> typeIndex;
    for (int t = 0; t < m_snapshot->eventTypes.size(); ++t)
        typeIndex.insert(m_snapshot->eventTypes[t], t);
    m_typeOf.resize(m_snapshot->events.size());
    for (int e = 0; e < m_snapshot->events.size(); ++e)
        m_typeOf[e] = typeIndex.value(m_snapshot->events[e].type, -1);
    m_filterSet = false;
    setFilter(m_filter);
}

bool TimelineModel::setFilter(const Filter &filter)
{
    const Filter f = withoutWindow(filter);
    if (m_filterSet && f == m_filter)
        return false;
    m_filter = f;
    m_filterSet = true;
    const VisibleSet visible = applyFilter(*m_snapshot, m_filter);
    m_eventVisible.assign(size_t(m_snapshot->events.size()), 0);
    for (int e : visible.events)
        m_eventVisible[size_t(e)] = 1;
    m_relationVisible.assign(size_t(m_snapshot->relations.size()), 0);
    for (int r : visible.relations)
        m_relationVisible[size_t(r)] = 1;
    m_visibleEvents = int(visible.events.size());
    rebuild();
    return true;
}

void TimelineModel::setLaneMode(LaneMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuild();
}

void TimelineModel::setLaneOrder(const QVector<int> &actorOrder)
{
    m_laneOrder = actorOrder;
    rebuild();
}

void TimelineModel::setRelationFocus(const QSet<int> &actors, const QSet<int> &relations)
{
    if (actors == m_focusActors && relations == m_focusRelations)
        return;
    m_focusActors = actors;
    m_focusRelations = relations;
    collectRelations();
    layout();
}

void TimelineModel::setMetrics(const Metrics &metrics)
{
    m_metrics = metrics;
    layout();
}

bool TimelineModel::isRelationVisible(int relation) const
{
    return relation >= 0 && relation < int(m_relationVisible.size()) &&
           m_relationVisible[size_t(relation)];
}

qint64 TimelineModel::laneKey(const Lane &lane) const
{
    return (qint64(lane.kind) << 32) | quint32(lane.key + 1);
}

void TimelineModel::toggleCollapsed(int lane)
{
    if (lane < 0 || lane >= m_lanes.size())
        return;
    const qint64 key = laneKey(m_lanes[lane]);
    if (!m_collapsed.remove(key))
        m_collapsed.insert(key);
    m_lanes[lane].collapsed = m_collapsed.contains(key);
    layout();
}

void TimelineModel::setAllCollapsed(bool collapsed)
{
    for (Lane &lane : m_lanes) {
        lane.collapsed = collapsed;
        if (collapsed)
            m_collapsed.insert(laneKey(lane));
        else
            m_collapsed.remove(laneKey(lane));
    }
    layout();
}

void TimelineModel::rebuild()
{
    const Snapshot &s = *m_snapshot;
    const int eventCount = int(s.events.size());
    m_lanes.clear();
    m_actorLane.fill(-1, s.actors.size());
    m_typeLane.fill(-1, s.eventTypes.size());

    // Participants live in one small heap array per event; read them once into a flat
    // list (distinct actors per event) and work from that.
    QVector<int> offsets(eventCount + 1, 0);
    QVector<int> flat;
    if (m_mode == LaneMode::Actors) {
        flat.reserve(eventCount * 2);
        for (int e = 0; e < eventCount; ++e) {
            offsets[e] = int(flat.size());
            if (!m_eventVisible[size_t(e)])
                continue;
            for (const auto &p : s.events[e].participants) {
                if (p.actor >= 0 &&
                    std::find(flat.cbegin() + offsets[e], flat.cend(), p.actor) == flat.cend())
                    flat << p.actor;
            }
        }
        offsets[eventCount] = int(flat.size());
    }

    if (m_mode == LaneMode::Actors) {
        std::vector<char> present(size_t(s.actors.size()), 0);
        bool noActorEvents = false;
        for (int e = 0; e < eventCount; ++e) {
            for (int k = offsets[e]; k < offsets[e + 1]; ++k)
                present[size_t(flat[k])] = 1;
            noActorEvents =
                noActorEvents || (m_eventVisible[size_t(e)] && offsets[e] == offsets[e + 1]);
        }
        for (int r = 0; r < s.relations.size(); ++r) {
            const SnapshotRelation &rel = s.relations[r];
            if (!m_relationVisible[size_t(r)])
                continue;
            if (rel.source >= 0)
                present[size_t(rel.source)] = 1;
            if (rel.target >= 0)
                present[size_t(rel.target)] = 1;
        }
        QVector<int> order;
        std::vector<char> placed(present.size(), 0);
        for (int a : m_laneOrder) {
            if (a >= 0 && a < int(present.size()) && present[size_t(a)] && !placed[size_t(a)]) {
                order << a;
                placed[size_t(a)] = 1;
            }
        }
        QVector<int> rest;
        for (int a = 0; a < int(present.size()); ++a) {
            if (present[size_t(a)] && !placed[size_t(a)])
                rest << a;
        }
        std::stable_sort(rest.begin(), rest.end(), [&](int a, int b) {
            const int ca = s.actors[a].eventCount + s.actors[a].relationCount;
            const int cb = s.actors[b].eventCount + s.actors[b].relationCount;
            return ca != cb ? ca > cb
                            : QString::compare(s.actors[a].name, s.actors[b].name,
                                               Qt::CaseInsensitive) < 0;
        });
        order += rest;
        for (int a : order) {
            m_actorLane[a] = int(m_lanes.size());
            m_lanes.push_back(Lane{LaneKind::Actor, a});
        }
        if (noActorEvents)
            m_lanes.push_back(Lane{LaneKind::NoActor, -1});
    } else {
        QVector<int> counts(s.eventTypes.size(), 0);
        for (int e = 0; e < eventCount; ++e) {
            if (m_eventVisible[size_t(e)] && m_typeOf[e] >= 0)
                ++counts[m_typeOf[e]];
        }
        QVector<int> order;
        for (int t = 0; t < counts.size(); ++t) {
            if (counts[t] > 0)
                order << t;
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return counts[a] > counts[b]; });
        for (int t : order) {
            m_typeLane[t] = int(m_lanes.size());
            m_lanes.push_back(Lane{LaneKind::EventType, t});
        }
    }

    // Each visible event goes on the lane of each participant, on its type's lane, or
    // on the "(no actor)" lane, which is last.
    const auto forEachLane = [&](int e, auto &&fn) {
        if (m_mode == LaneMode::EventTypes) {
            fn(m_typeLane[m_typeOf[e]]);
        } else if (offsets[e] == offsets[e + 1]) {
            fn(int(m_lanes.size()) - 1);
        } else {
            for (int k = offsets[e]; k < offsets[e + 1]; ++k)
                fn(m_actorLane[flat[k]]);
        }
    };
    // Count first so each lane's arrays are allocated once.
    QVector<int> sizes(m_lanes.size(), 0);
    for (int e = 0; e < eventCount; ++e) {
        if (m_eventVisible[size_t(e)])
            forEachLane(e, [&](int lane) { ++sizes[lane]; });
    }
    for (int l = 0; l < m_lanes.size(); ++l) {
        Lane &lane = m_lanes[l];
        lane.events.reserve(sizes[l]);
        lane.firsts.reserve(sizes[l]);
        lane.lasts.reserve(sizes[l]);
        lane.maxLasts.reserve(sizes[l]);
        lane.rows.reserve(sizes[l]);
    }

    // Fill the lanes in snapshot order, which keeps each lane sorted by first day. Span
    // rows are assigned greedily in day space, so they do not change with zoom or pan.
    struct Tracks
    {
        std::array<qint64, kMaxSpanRows> end;
        Tracks() { end.fill(kOpenPastDay - 1); }
    };
    QVector<Tracks> tracks(m_lanes.size());
    for (int e = 0; e < eventCount; ++e) {
        if (!m_eventVisible[size_t(e)])
            continue;
        const SnapshotEvent &ev = s.events[e];
        const bool span = isSpan(ev);
        forEachLane(e, [&](int laneIndex) {
            Lane &lane = m_lanes[laneIndex];
            quint8 row = 0;
            if (span) {
                auto &end = tracks[laneIndex].end;
                int best = 0;
                for (int t = 0; t < kMaxSpanRows; ++t) {
                    if (end[size_t(t)] < ev.firstDay) {
                        best = t;
                        break;
                    }
                    if (end[size_t(t)] < end[size_t(best)])
                        best = t;
                }
                end[size_t(best)] = std::max(end[size_t(best)], ev.lastDay);
                row = quint8(best + 1);
                lane.spanRows = std::max(lane.spanRows, best + 1);
            }
            lane.events << e;
            lane.firsts << ev.firstDay;
            lane.lasts << ev.lastDay;
            lane.maxLasts << (lane.maxLasts.isEmpty() ? ev.lastDay
                                                      : std::max(lane.maxLasts.last(), ev.lastDay));
            lane.rows << row;
        });
    }
    for (Lane &lane : m_lanes)
        lane.collapsed = m_collapsed.contains(laneKey(lane));
    collectRelations();
    layout();
}

void TimelineModel::collectRelations()
{
    const Snapshot &s = *m_snapshot;
    for (Lane &lane : m_lanes)
        lane.relations.clear();
    if (m_mode != LaneMode::Actors)
        return;
    for (int r = 0; r < s.relations.size(); ++r) {
        const SnapshotRelation &rel = s.relations[r];
        const bool selected = m_focusRelations.contains(r);
        if (!selected && !isRelationVisible(r))
            continue;
        for (int actor : {rel.source, rel.target}) {
            const int lane = laneOfActor(actor);
            const bool wanted = m_focusActors.contains(actor) || (selected && actor == rel.source);
            if (lane >= 0 && wanted && !m_lanes[lane].relations.contains(r) &&
                m_lanes[lane].relations.size() < kMaxRelationRows)
                m_lanes[lane].relations << r;
        }
    }
    // Friendly ties first, then hostile, then hierarchy; by start within a sign.
    const auto startOf = [&](int r) {
        const auto &p = s.relations[r].periods;
        return p.isEmpty() ? kOpenFutureDay : p.first().first;
    };
    const auto signRank = [&](int r) {
        const int sign = relationSign(s.relations[r].type);
        return sign > 0 ? 0 : (sign < 0 ? 1 : 2);
    };
    for (Lane &lane : m_lanes) {
        std::stable_sort(lane.relations.begin(), lane.relations.end(), [&](int a, int b) {
            return signRank(a) != signRank(b) ? signRank(a) < signRank(b) : startOf(a) < startOf(b);
        });
    }
}

void TimelineModel::layout()
{
    double y = 0;
    for (Lane &lane : m_lanes) {
        lane.top = y;
        lane.bodyHeight = lane.collapsed ? m_metrics.collapsed
                                         : 2 * m_metrics.padding + m_metrics.markRow +
                                               lane.spanRows * m_metrics.spanRow;
        lane.height = lane.bodyHeight + lane.relations.size() * m_metrics.relationRow;
        y += lane.height;
    }
    m_contentHeight = y;
}

QVector<int> TimelineModel::lanesOfEvent(int event) const
{
    QVector<int> out;
    if (!isEventVisible(event))
        return out;
    const SnapshotEvent &e = m_snapshot->events[event];
    if (m_mode == LaneMode::EventTypes) {
        const int lane = laneOfType(typeOf(event));
        if (lane >= 0)
            out << lane;
        return out;
    }
    for (const auto &p : e.participants) {
        const int lane = laneOfActor(p.actor);
        if (lane >= 0 && !out.contains(lane))
            out << lane;
    }
    if (out.isEmpty() && !m_lanes.isEmpty() && m_lanes.last().kind == LaneKind::NoActor)
        out << int(m_lanes.size()) - 1;
    return out;
}

int TimelineModel::laneAt(double contentY) const
{
    if (m_lanes.isEmpty() || contentY < 0 || contentY >= m_contentHeight)
        return -1;
    const auto it = std::upper_bound(m_lanes.cbegin(), m_lanes.cend(), contentY,
                                     [](double y, const Lane &lane) { return y < lane.top; });
    return int(it - m_lanes.cbegin()) - 1;
}

int TimelineModel::rowOf(int laneIndex, int event) const
{
    if (laneIndex < 0 || laneIndex >= m_lanes.size() || !isEventVisible(event))
        return -1;
    const Lane &lane = m_lanes[laneIndex];
    const qint64 first = m_snapshot->events[event].firstDay;
    auto it = std::lower_bound(lane.firsts.cbegin(), lane.firsts.cend(), first);
    for (int i = int(it - lane.firsts.cbegin()); i < lane.firsts.size() && lane.firsts[i] == first;
         ++i) {
        if (lane.events[i] == event)
            return lane.rows[i];
    }
    return -1;
}

std::pair<int, int> TimelineModel::slice(const Lane &lane, double first, double end) const
{
    const qint64 from = qint64(std::floor(first));
    const qint64 to = qint64(std::ceil(end)) - 1; // last day that starts before `end`
    const int lo = int(std::lower_bound(lane.maxLasts.cbegin(), lane.maxLasts.cend(), from) -
                       lane.maxLasts.cbegin());
    const int hi =
        int(std::upper_bound(lane.firsts.cbegin(), lane.firsts.cend(), to) - lane.firsts.cbegin());
    return {lo, std::max(lo, hi)};
}

} // namespace entente
