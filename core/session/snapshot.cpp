#include "snapshot.h"

#include <algorithm>
#include <set>

namespace entente {

bool SnapshotRelation::validIn(const DayRange &window) const
{
    if (basis == ValidityBasis::Undated)
        return true; // kept in every window (and marked so by the views)
    return std::any_of(periods.cbegin(), periods.cend(),
                       [&](const DayRange &p) { return window.overlaps(p.first, p.last); });
}

void Snapshot::finalize()
{
    m_networkRows = std::make_shared<NetworkRows>();

    std::stable_sort(events.begin(), events.end(), [](const auto &a, const auto &b) {
        return a.firstDay != b.firstDay ? a.firstDay < b.firstDay : a.lastDay < b.lastDay;
    });

    const auto index = [](const auto &items, QHash<QString, int> &table) {
        table.clear();
        table.reserve(items.size());
        for (int i = 0; i < items.size(); ++i)
            table.insert(items[i].id, i);
    };
    index(actors, m_actorIndex);
    index(places, m_placeIndex);
    index(events, m_eventIndex);
    index(relations, m_relationIndex);

    std::set<QString> types;
    qint64 lo = kOpenFutureDay, hi = kOpenPastDay;
    const auto widen = [&](qint64 a, qint64 b) {
        if (a != kOpenPastDay)
            lo = std::min(lo, a), hi = std::max(hi, a);
        if (b != kOpenFutureDay)
            lo = std::min(lo, b), hi = std::max(hi, b);
    };
    for (auto &a : actors)
        a.eventCount = a.relationCount = 0;
    for (const auto &e : events) {
        types.insert(e.type);
        widen(e.firstDay, e.lastDay);
        for (const auto &p : e.participants) {
            if (p.actor >= 0)
                ++actors[p.actor].eventCount;
        }
    }
    // The extent is what the events span; relation periods count only when there are no
    // dated events, so a relation "since 2014" does not stretch a 2019-2021 timeline.
    const bool eventsDated = lo <= hi;
    for (const auto &r : relations) {
        if (!eventsDated) {
            for (const auto &p : r.periods)
                widen(p.first, p.last);
        }
        if (r.source >= 0)
            ++actors[r.source].relationCount;
        if (r.target >= 0 && r.target != r.source)
            ++actors[r.target].relationCount;
    }
    eventTypes = QStringList(types.begin(), types.end());
    m_extent = lo <= hi ? DayRange{lo, hi} : DayRange{1, 0};
}

const Snapshot::NetworkRows &Snapshot::networkRows() const
{
    NetworkRows &rows = *m_networkRows;
    std::call_once(rows.built, [&] {
        NetworkSource &source = rows.source;
        source.actors.reserve(actors.size());
        for (const SnapshotActor &a : actors)
            source.actors.push_back({a.id, a.name, a.kind, a.country});
        rows.firstRow.reserve(size_t(relations.size()) + 1);
        for (const SnapshotRelation &r : relations) {
            rows.firstRow.push_back(int(source.relations.size()));
            NetworkRelation base;
            base.id = r.id;
            base.source = actors[r.source].id;
            base.target = actors[r.target].id;
            base.sourceActor = r.source;
            base.targetActor = r.target;
            base.type = r.type;
            base.aspect = r.aspect;
            if (r.via >= 0) {
                base.via = actors[r.via].id;
                base.viaActor = r.via;
            }
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
        rows.firstRow.push_back(int(source.relations.size()));
    });
    return rows;
}

const NetworkSource &Snapshot::networkSource() const
{
    return networkRows().source;
}

void Snapshot::appendNetworkRows(int relation, std::vector<int> &rows) const
{
    const NetworkRows &network = networkRows();
    for (int row = network.firstRow[size_t(relation)]; row < network.firstRow[size_t(relation) + 1];
         ++row)
        rows.push_back(row);
}

} // namespace entente
