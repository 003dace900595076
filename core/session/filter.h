#pragma once

#include "session/snapshot.h"

#include <QSet>
#include <QString>

#include <optional>

namespace entente {

// What the analyst has chosen to look at. Empty sets mean "all".
struct Filter
{
    std::optional<DayRange> window; // none = the whole extent
    QSet<QString> eventTypes;
    QSet<RelationType> relationTypes;
    QSet<QString> actorIds;
    QString text; // matched against titles, names and aliases (case-insensitive)

    bool isEmpty() const
    {
        return !window && eventTypes.isEmpty() && relationTypes.isEmpty() && actorIds.isEmpty() &&
               text.isEmpty();
    }
    friend bool operator==(const Filter &, const Filter &) = default;
};

// What the analyst has clicked on, in any view. Ids are the corpus ids.
struct Selection
{
    QSet<QString> actors;
    QSet<QString> events;
    QSet<QString> relations;

    bool isEmpty() const { return actors.isEmpty() && events.isEmpty() && relations.isEmpty(); }
    static Selection actor(const QString &id) { return {{id}, {}, {}}; }
    static Selection event(const QString &id) { return {{}, {id}, {}}; }
    static Selection relation(const QString &id) { return {{}, {}, {id}}; }
    friend bool operator==(const Selection &, const Selection &) = default;
};

// Which snapshot items pass a filter, as sorted index lists into the snapshot.
struct VisibleSet
{
    QVector<int> events;
    QVector<int> relations;
    QVector<int> actors; // actors of the visible events and relations (or the actor filter)
};

VisibleSet applyFilter(const Snapshot &snapshot, const Filter &filter);

} // namespace entente

inline size_t qHash(entente::RelationType t, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(t), seed);
}
