#include "timequeries.h"

#include "columnreader.h"
#include "schema.h"
#include "sqlite.h"

#include <QHash>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <numeric>
#include <vector>

namespace entente {

namespace {

// clang-format off

// Joins `table` (alias t) restricted to the rows whose days overlap the window
// [?1, ?2]: one index range per span class (?3 = Schema::kMaxSpanClass), see
// schema.cpp. The rows come in no useful order; the callers sort.
#define WINDOW_CLASSES \
    "WITH RECURSIVE classes(c) AS (SELECT 0 UNION ALL SELECT c + 1 FROM classes WHERE c < ?3) "
#define IN_WINDOW(table) \
    "FROM classes JOIN " table " t ON t.span_class = classes.c " \
    "AND t.first_day BETWEEN ?1 - (1 << classes.c) + 1 AND ?2 "

#define EVENT_COLUMNS \
    "e.pk, e.id, e.type, e.date, e.first_day, e.last_day, e.title, e.place_pk, e.cameo, " \
    "e.evidence_count "

// All events in key order, so that participants (also in key order) merge in one
// pass; a window's participants are found by key instead.
constexpr const char *kAllEvents = "SELECT " EVENT_COLUMNS "FROM events e ORDER BY e.pk";
constexpr const char *kAllParticipants =
    "SELECT event_pk, actor_pk, role FROM event_participants ORDER BY event_pk, seq";
constexpr const char *kWindowEvents =
    WINDOW_CLASSES "SELECT " EVENT_COLUMNS IN_WINDOW("events")
    "JOIN events e ON e.pk = t.pk WHERE t.last_day >= ?1";
// In index order per event (seq), events in no particular order.
constexpr const char *kWindowParticipants =
    WINDOW_CLASSES "SELECT p.event_pk, p.actor_pk, p.role " IN_WINDOW("events")
    "JOIN event_participants p ON p.event_pk = t.pk WHERE t.last_day >= ?1";

#define RELATION_COLUMNS \
    "r.pk, r.id, r.source_pk, r.target_pk, r.type, r.aspect, r.valid, r.basis, r.reported, " \
    "r.first_day, r.last_day, r.via_pk, r.claimed_by_pk, r.confidence, r.evidence_count "

constexpr const char *kAllRelations = "SELECT " RELATION_COLUMNS "FROM relations r ORDER BY r.pk";
// A relation with several periods in the window comes once per period.
constexpr const char *kWindowRelations =
    WINDOW_CLASSES "SELECT " RELATION_COLUMNS IN_WINDOW("relation_periods")
    "JOIN relations r ON r.pk = t.relation_pk WHERE t.last_day >= ?1";

#undef WINDOW_CLASSES
#undef IN_WINDOW
#undef EVENT_COLUMNS
#undef RELATION_COLUMNS

// clang-format on

void bindWindow(sql::Statement &s, const std::optional<DaySpan> &window)
{
    if (!window)
        return;
    s.bind(1, window->first);
    s.bind(2, window->last);
    s.bind(3, Schema::kMaxSpanClass);
}

QHash<qint64, QString> idsByPk(sql::Database &db, const char *sql)
{
    QHash<qint64, QString> ids;
    auto q = db.query(sql);
    while (q->step())
        ids.insert(q->int64(0), q->text(1));
    return ids;
}

// Walks rows ordered by key alongside `keys` (ascending) and calls attach(index, row)
// for each row whose key is one of them.
template <typename Attach>
void mergeByKey(sql::Statement &rows, const std::vector<qint64> &keys, Attach attach)
{
    size_t at = 0;
    while (rows.step()) {
        const qint64 key = rows.int64(0);
        while (at < keys.size() && keys[at] < key)
            ++at;
        if (at == keys.size()) {
            rows.reset();
            return;
        }
        if (keys[at] == key)
            attach(at, rows);
    }
}

// The records in the order `less` puts their indices in (one move per record).
template <typename Record, typename Less>
QVector<Record> reordered(QVector<Record> &records, Less less)
{
    std::vector<qsizetype> order(size_t(records.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), less);
    QVector<Record> sorted;
    sorted.reserve(records.size());
    for (const qsizetype i : order)
        sorted.append(std::move(records[i]));
    return sorted;
}

// The days of "2020-01-15;2020-03", the `reported` column, parsed from its bytes.
QVector<DaySpan> reportedPeriods(std::string_view dates)
{
    QVector<DaySpan> periods;
    char16_t buffer[16];
    while (!dates.empty()) {
        const size_t end = std::min(dates.find(';'), dates.size());
        const std::string_view date = dates.substr(0, end);
        if (!date.empty() && date.size() <= std::size(buffer)) {
            for (size_t i = 0; i < date.size(); ++i)
                buffer[i] = char16_t(static_cast<unsigned char>(date[i]));
            if (const auto d = FuzzyDate::parse(QStringView(buffer, qsizetype(date.size()))))
                periods.append(DaySpan{d->firstDay(), d->lastDay()});
        }
        dates.remove_prefix(std::min(end + 1, dates.size()));
    }
    return periods;
}

void logFailure(const char *what, const sql::Error &e)
{
    spdlog::error("project query '{}' failed: {}", what, e.message().toStdString());
}

} // namespace

TimeQueries::TimeQueries(sql::Database &db) : m_db(db) {}

QVector<EventRecord> TimeQueries::events(std::optional<DaySpan> window) const
{
    QVector<EventRecord> byKey; // in key (pk) order when loading all
    std::vector<qint64> keys;
    try {
        const sql::ReadTransaction read(m_db);
        ColumnReader reader;
        const QHash<qint64, QString> places = idsByPk(m_db, "SELECT pk, id FROM places");
        const QHash<qint64, QString> actors = idsByPk(m_db, "SELECT pk, id FROM actors");

        auto q = m_db.query(window ? kWindowEvents : kAllEvents);
        bindWindow(*q, window);
        while (q->step()) {
            EventRecord r;
            r.event.id = q->text(1);
            r.event.type = reader.shared(*q, 2);
            r.event.date = ColumnReader::span(*q, 3).value_or(TimeSpan());
            r.firstDay = q->int64(4);
            r.lastDay = q->int64(5);
            r.event.title = q->text(6);
            if (!q->isNull(7))
                r.event.placeId = places.value(q->int64(7));
            r.event.cameo = reader.shared(*q, 8);
            r.evidenceCount = int(q->int64(9));
            keys.push_back(q->int64(0));
            byKey.append(std::move(r));
        }

        const auto addParticipant = [&](size_t i, const sql::Statement &row) {
            QVector<Participant> &list = byKey[qsizetype(i)].event.participants;
            if (list.isEmpty())
                list.reserve(4);
            list.append(Participant{actors.value(row.int64(1)), reader.shared(row, 2)});
        };
        if (window) {
            QHash<qint64, size_t> indexOf;
            indexOf.reserve(qsizetype(keys.size()));
            for (size_t i = 0; i < keys.size(); ++i)
                indexOf.insert(keys[i], i);
            auto p = m_db.query(kWindowParticipants);
            bindWindow(*p, window);
            while (p->step()) {
                if (const auto it = indexOf.constFind(p->int64(0)); it != indexOf.constEnd())
                    addParticipant(*it, *p);
            }
        } else {
            auto p = m_db.query(kAllParticipants);
            mergeByKey(*p, keys, addParticipant);
        }
    } catch (const sql::Error &e) {
        logFailure("events", e);
        return {};
    }

    return reordered(byKey, [&](qsizetype a, qsizetype b) {
        const EventRecord &x = byKey.at(a);
        const EventRecord &y = byKey.at(b);
        if (x.firstDay != y.firstDay)
            return x.firstDay < y.firstDay;
        return x.lastDay != y.lastDay ? x.lastDay < y.lastDay : keys[size_t(a)] < keys[size_t(b)];
    });
}

QVector<RelationRecord> TimeQueries::relations(std::optional<DaySpan> window) const
{
    QVector<RelationRecord> records;
    std::vector<qint64> keys;
    // Growing by doubling moves every record several times; the last window's size is a
    // good guess for the next one.
    if (window) {
        records.reserve(m_windowRelationsHint);
        keys.reserve(size_t(m_windowRelationsHint));
    }
    try {
        const sql::ReadTransaction read(m_db);
        ColumnReader reader;
        const QHash<qint64, QString> actors = idsByPk(m_db, "SELECT pk, id FROM actors");
        const auto actorId = [&](const sql::Statement &s, int column) {
            return s.isNull(column) ? QString() : actors.value(s.int64(column));
        };
        std::map<std::string, RelationType, std::less<>> types;
        auto q = m_db.query(window ? kWindowRelations : kAllRelations);
        bindWindow(*q, window);
        while (q->step()) {
            RelationRecord r;
            const std::string_view basis = q->utf8(7);
            if (basis == "explicit") {
                r.validity = RelationValidity::Explicit;
                r.periods = {DaySpan{q->int64(9), q->int64(10)}};
            } else if (basis == "reported") {
                r.validity = RelationValidity::AsReported;
                r.periods = reportedPeriods(q->utf8(8));
            } else {
                r.validity = RelationValidity::Undated;
            }
            Relation &rel = r.relation;
            rel.id = q->text(1);
            rel.sourceId = actorId(*q, 2);
            rel.targetId = actorId(*q, 3);
            const std::string_view type = q->utf8(4);
            auto known = types.find(type);
            if (known == types.end()) {
                const auto parsed = relationTypeFromString(q->text(4));
                known =
                    types.emplace(std::string(type), parsed.value_or(RelationType::Supports)).first;
            }
            rel.type = known->second;
            rel.aspect = reader.shared(*q, 5);
            rel.valid = ColumnReader::span(*q, 6);
            rel.viaId = actorId(*q, 11);
            rel.claimedById = actorId(*q, 12);
            rel.confidence = q->optionalReal(13);
            r.evidenceCount = int(q->int64(14));
            keys.push_back(q->int64(0));
            records.append(std::move(r));
        }
        if (!window)
            return records;
        m_windowRelationsHint = records.size() + records.size() / 8;
    } catch (const sql::Error &e) {
        logFailure("relations", e);
        return {};
    }
    // A window's rows come in index order, a relation once per period in the window:
    // put them in key (import) order, once each.
    std::vector<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return keys[size_t(a)] < keys[size_t(b)]; });
    QVector<RelationRecord> sorted;
    sorted.reserve(records.size());
    for (size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || keys[size_t(order[i])] != keys[size_t(order[i - 1])])
            sorted.append(std::move(records[order[i]]));
    }
    return sorted;
}

} // namespace entente
