#pragma once

#include "analysis/networksource.h"
#include "model/fuzzydate.h"
#include "model/vocabulary.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

namespace entente {

// An immutable, in-memory copy of a project's entities, indexed by position, for the
// views to draw from. Loaded once per project change (store -> Snapshot); the views
// never query SQLite on the paint path. Cross references are indices into the vectors
// (-1 = none).

struct DayRange
{
    qint64 first = kOpenPastDay;
    qint64 last = kOpenFutureDay;
    bool overlaps(qint64 a, qint64 b) const { return a <= last && b >= first; }
    bool contains(qint64 day) const { return day >= first && day <= last; }
    friend bool operator==(const DayRange &, const DayRange &) = default;
};

struct SnapshotPlace
{
    QString id;
    QString name;
    double lat = std::numeric_limits<double>::quiet_NaN();
    double lon = std::numeric_limits<double>::quiet_NaN();
    QString country;
    PlaceKind kind = PlaceKind::Unspecified;
    bool hasCoordinates() const { return !std::isnan(lat) && !std::isnan(lon); }
};

struct SnapshotActor
{
    QString id;
    QString name;
    ActorKind kind = ActorKind::Other;
    QString country;
    QStringList aliases;
    int basePlace = -1;
    int eventCount = 0;    // events the actor takes part in
    int relationCount = 0; // relations where it is source or target
};

struct SnapshotParticipant
{
    int actor = -1;
    QString role;
};

struct SnapshotEvent
{
    QString id;
    QString type;
    QString title;
    QString dateText; // as written: "2020-08", "2019-04-04/2020-06-05"
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    DatePrecision precision = DatePrecision::Day; // of the start date
    bool isInterval = false;
    int place = -1;
    QString cameo;
    QVector<SnapshotParticipant> participants;
    int evidenceCount = 0;
};

// How a relation's time of validity is known (article-format: Relation.valid).
enum class ValidityBasis { Explicit, AsReported, Undated };

struct SnapshotRelation
{
    QString id;
    int source = -1;
    int target = -1;
    RelationType type = RelationType::Supports;
    QString aspect;
    QString validText;
    ValidityBasis basis = ValidityBasis::Undated;
    QVector<DayRange> periods; // explicit: one; as reported: one per publication date
    int via = -1;
    int claimedBy = -1;
    double confidence = 1.0;
    int evidenceCount = 0;

    bool validIn(const DayRange &window) const;
};

class Snapshot
{
public:
    QVector<SnapshotActor> actors;
    QVector<SnapshotPlace> places;
    QVector<SnapshotEvent> events; // sorted by firstDay, then lastDay
    QVector<SnapshotRelation> relations;
    QStringList eventTypes; // distinct, sorted

    // Builds the id -> index tables, the distinct event types and the counts; call once
    // after filling the vectors (sorts events).
    void finalize();

    int actorIndex(const QString &id) const { return m_actorIndex.value(id, -1); }
    int placeIndex(const QString &id) const { return m_placeIndex.value(id, -1); }
    int eventIndex(const QString &id) const { return m_eventIndex.value(id, -1); }
    int relationIndex(const QString &id) const { return m_relationIndex.value(id, -1); }

    // The span covered by dated events (by relation periods when no event is dated);
    // an empty project gives an invalid range (first > last).
    DayRange extent() const { return m_extent; }

    // The relations as the rows Network::build reads, with actor indices (those of
    // `actors`) filled in: one row per period, one for an undated relation. Built on
    // first use, once per snapshot, so that a window change does not copy them again;
    // safe to call from any thread.
    const NetworkSource &networkSource() const;
    // The rows of relation i in networkSource(), appended to `rows`.
    void appendNetworkRows(int relation, std::vector<int> &rows) const;

private:
    struct NetworkRows
    {
        std::once_flag built;
        NetworkSource source;
        std::vector<int> firstRow; // per relation, and one past the last row
    };
    const NetworkRows &networkRows() const;

    QHash<QString, int> m_actorIndex;
    QHash<QString, int> m_placeIndex;
    QHash<QString, int> m_eventIndex;
    QHash<QString, int> m_relationIndex;
    DayRange m_extent{1, 0};
    std::shared_ptr<NetworkRows> m_networkRows = std::make_shared<NetworkRows>();
};

} // namespace entente
