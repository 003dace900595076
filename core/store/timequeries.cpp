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
// The keys of the relations with a period in the window, from the periods' index alone;
// a relation with several periods in the window comes once per period.
constexpr const char *kWindowRelationKeys =
    WINDOW_CLASSES "SELECT t.relation_pk " IN_WINDOW("relation_periods") "WHERE t.last_day >= ?1";
// Reads the relations of the window's key set (kWindowKeySet) in key order. Seeking each
// key costs ten times stepping over a row, so this walks the key range instead while at
// least one row in kDenseKeyRatio is wanted; the join seeks when the keys are sparse.
#define WINDOW_KEY_SET "entente_window_key"
constexpr const char *kWindowKeySet = WINDOW_KEY_SET;
// No upper bound: the caller stops once it has read every key, which saves SQLite a
// comparison per row.
constexpr const char *kRelationsInKeySet =
    "SELECT " RELATION_COLUMNS "FROM relations r "
    "WHERE r.pk >= ?1 AND " WINDOW_KEY_SET "(r.pk) ORDER BY r.pk";
// A relation with several periods in the window comes once per period.
constexpr const char *kWindowRelations =
    WINDOW_CLASSES "SELECT " RELATION_COLUMNS IN_WINDOW("relation_periods")
    "JOIN relations r ON r.pk = t.relation_pk WHERE t.last_day >= ?1";
constexpr qint64 kDenseKeyRatio = 16;

#undef WINDOW_CLASSES
#undef WINDOW_KEY_SET
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

// Makes relation records from rows of RELATION_COLUMNS, with actor ids for keys.
class RelationRowReader final
{
public:
    explicit RelationRowReader(sql::Database &db)
        : m_actorIds(idsByPk(db, "SELECT pk, id FROM actors"))
    {
    }

    RelationRecord read(const sql::Statement &row)
    {
        RelationRecord r;
        const std::string_view basis = row.utf8(7);
        if (basis == "explicit") {
            r.validity = RelationValidity::Explicit;
            r.periods = {DaySpan{row.int64(9), row.int64(10)}};
        } else if (basis == "reported") {
            r.validity = RelationValidity::AsReported;
            // One date (most relations) is its own envelope: nothing to parse.
            const std::string_view dates = row.utf8(8);
            if (dates.find(';') == std::string_view::npos)
                r.periods = {DaySpan{row.int64(9), row.int64(10)}};
            else
                r.periods = reportedPeriods(dates);
        } else {
            r.validity = RelationValidity::Undated;
        }
        Relation &rel = r.relation;
        rel.id = row.text(1);
        rel.sourceId = m_actorIds.value(row.int64(2)); // NOT NULL
        rel.targetId = m_actorIds.value(row.int64(3));
        rel.type = type(row, 4);
        rel.aspect = m_columns.shared(row, 5);
        if (r.validity == RelationValidity::Explicit)
            rel.valid = ColumnReader::span(row, 6);
        rel.viaId = actorId(row, 11);
        rel.claimedById = actorId(row, 12);
        rel.confidence = row.optionalReal(13);
        r.evidenceCount = int(row.int64(14));
        return r;
    }

private:
    QString actorId(const sql::Statement &row, int column) const
    {
        return row.isNull(column) ? QString() : m_actorIds.value(row.int64(column));
    }

    RelationType type(const sql::Statement &row, int column)
    {
        const std::string_view text = row.utf8(column);
        auto known = m_types.find(text);
        if (known == m_types.end()) {
            const auto parsed = relationTypeFromString(row.text(column));
            known = m_types.emplace(std::string(text), parsed.value_or(RelationType::Supports))
                        .first;
        }
        return known->second;
    }

    QHash<qint64, QString> m_actorIds;
    ColumnReader m_columns;
    std::map<std::string, RelationType, std::less<>> m_types;
};

void logFailure(const char *what, const sql::Error &e)
{
    spdlog::error("project query '{}' failed: {}", what, e.message().toStdString());
}

} // namespace

TimeQueries::TimeQueries(sql::Database &db) : m_db(db)
{
    m_db.defineKeySet(kWindowKeySet, m_windowKeys);
}

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
    try {
        const sql::ReadTransaction read(m_db);
        RelationRowReader reader(m_db);
        if (!window) {
            auto q = m_db.query(kAllRelations);
            while (q->step())
                records.append(reader.read(*q));
            return records;
        }
        std::vector<qint64> keys;
        {
            auto q = m_db.query(kWindowRelationKeys);
            bindWindow(*q, window);
            while (q->step())
                keys.push_back(q->int64(0));
        }
        m_windowKeys.assign(keys);
        const qsizetype count = m_windowKeys.count();
        if (count == 0)
            return records;
        records.reserve(count);
        if (count * kDenseKeyRatio >= m_windowKeys.last() - m_windowKeys.first() + 1) {
            auto q = m_db.query(kRelationsInKeySet);
            q->bind(1, m_windowKeys.first());
            while (records.size() < count && q->step())
                records.append(reader.read(*q));
            return records;
        }
        // Sparse: seek, then put the rows in key order, once each.
        keys = m_windowKeys.keys();
        QHash<qint64, qsizetype> slot;
        slot.reserve(count);
        for (size_t i = 0; i < keys.size(); ++i)
            slot.insert(keys[i], qsizetype(i));
        records.resize(count);
        auto q = m_db.query(kWindowRelations);
        bindWindow(*q, window);
        while (q->step()) {
            RelationRecord &r = records[slot.value(q->int64(0))];
            if (r.relation.id.isEmpty())
                r = reader.read(*q);
        }
    } catch (const sql::Error &e) {
        logFailure("relations", e);
        return {};
    }
    return records;
}

} // namespace entente
