#include "projectqueries.h"

#include "schema.h"
#include "sqlite.h"

#include <QHash>
#include <QSet>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <numeric>
#include <vector>

namespace entente {

namespace {

// Bulk loads repeat a few strings (types, roles, ids) many times: share one copy.
class StringPool
{
public:
    QString operator()(const QString &s)
    {
        if (s.isEmpty())
            return {};
        const auto it = m_strings.constFind(s);
        if (it != m_strings.constEnd())
            return *it;
        m_strings.insert(s);
        return s;
    }

private:
    QSet<QString> m_strings;
};

std::optional<FuzzyDate> dateOf(const QString &text)
{
    return text.isEmpty() ? std::nullopt : FuzzyDate::parse(text);
}

QHash<qint64, QString> idsByPk(sql::Database &db, const char *sql)
{
    QHash<qint64, QString> ids;
    auto q = db.query(sql);
    while (q->step())
        ids.insert(q->int64(0), q->text(1));
    return ids;
}

void logFailure(const char *what, const sql::Error &e)
{
    spdlog::error("project query '{}' failed: {}", what, e.message().toStdString());
}

// The rows of `table` (alias t) overlapping the window [?1, ?2]: one index range per
// span class (?3 = Schema::kMaxSpanClass); see schema.cpp.
#define IN_WINDOW(table)                                                                    \
    "WITH RECURSIVE classes(c) AS (SELECT 0 UNION ALL SELECT c + 1 FROM classes WHERE c < ?3), " \
    "hits(pk) AS (SELECT t.pk FROM classes JOIN " table " t ON t.span_class = classes.c "    \
    "AND t.first_day BETWEEN ?1 - (1 << classes.c) + 1 AND ?2 WHERE t.last_day >= ?1) "

#define EVENT_COLUMNS                                                                   \
    "e.pk, e.id, e.type, e.date, e.first_day, e.last_day, e.title, e.place_pk, e.cameo, " \
    "(SELECT count(*) FROM event_evidence x WHERE x.event_pk = e.pk) "

// All in key order, so that participants (also in key order) merge in one pass.
constexpr const char *kAllEvents = "SELECT " EVENT_COLUMNS "FROM events e ORDER BY e.pk";
constexpr const char *kWindowEvents = IN_WINDOW("events") "SELECT " EVENT_COLUMNS
    "FROM hits JOIN events e ON e.pk = hits.pk ORDER BY e.pk";
constexpr const char *kAllParticipants =
    "SELECT event_pk, actor_pk, role FROM event_participants ORDER BY event_pk, seq";
constexpr const char *kWindowParticipants = IN_WINDOW("events")
    "SELECT p.event_pk, p.actor_pk, p.role FROM hits "
    "JOIN event_participants p ON p.event_pk = hits.pk ORDER BY p.event_pk, p.seq";

#define RELATION_COLUMNS                                                                    \
    "r.pk, r.id, r.source_pk, r.target_pk, r.type, r.aspect, r.valid, r.basis, r.reported, " \
    "r.first_day, r.last_day, r.via_pk, r.claimed_by_pk, r.confidence, "                    \
    "(SELECT count(*) FROM relation_evidence x WHERE x.relation_pk = r.pk) "

constexpr const char *kAllRelations = "SELECT " RELATION_COLUMNS "FROM relations r ORDER BY r.pk";
constexpr const char *kWindowRelations = IN_WINDOW("relations") "SELECT " RELATION_COLUMNS
    "FROM hits JOIN relations r ON r.pk = hits.pk ORDER BY r.pk";

constexpr const char *kEventEvidence =
    "SELECT a.id, a.title, a.source, a.url, a.published, x.span_start, x.span_end, x.quote "
    "FROM events o JOIN event_evidence x ON x.event_pk = o.pk "
    "JOIN articles a ON a.pk = x.article_pk "
    "WHERE o.id = ? ORDER BY a.published_first, a.id, x.span_start, x.span_end";
constexpr const char *kRelationEvidence =
    "SELECT a.id, a.title, a.source, a.url, a.published, x.span_start, x.span_end, x.quote "
    "FROM relations o JOIN relation_evidence x ON x.relation_pk = o.pk "
    "JOIN articles a ON a.pk = x.article_pk "
    "WHERE o.id = ? ORDER BY a.published_first, a.id, x.span_start, x.span_end";

void bindWindow(sql::Statement &s, const DaySpan &window)
{
    s.bind(1, window.first);
    s.bind(2, window.last);
    s.bind(3, Schema::kMaxSpanClass);
}

// The snippet markers: control characters that article text does not contain (the
// C++ side strips any that would).
constexpr QChar kMarkStart = QChar(0x01);
constexpr QChar kMarkEnd = QChar(0x02);

#undef IN_WINDOW
#undef EVENT_COLUMNS
#undef RELATION_COLUMNS

} // namespace

ProjectQueries::ProjectQueries(sql::Database &db) : m_db(db) {}

bool ProjectQueries::exists(Lookup what, const QString &id) const
{
    const char *sql = nullptr;
    switch (what) {
    case Lookup::Actor:
        sql = "SELECT 1 FROM actors WHERE id = ?";
        break;
    case Lookup::Place:
        sql = "SELECT 1 FROM places WHERE id = ?";
        break;
    case Lookup::Article:
        sql = "SELECT 1 FROM articles WHERE id = ?";
        break;
    case Lookup::MentionedActor:
        sql = "SELECT 1 FROM actors a JOIN mentions m ON m.actor_pk = a.pk WHERE a.id = ? LIMIT 1";
        break;
    }
    try {
        auto q = m_db.query(sql);
        q->bind(1, id);
        return q->step();
    } catch (const sql::Error &e) {
        logFailure("exists", e);
        return false;
    }
}

std::optional<QString> ProjectQueries::articleText(const QString &id) const
{
    try {
        auto q = m_db.query("SELECT text FROM articles WHERE id = ?");
        q->bind(1, id);
        if (q->step())
            return q->text(0);
    } catch (const sql::Error &e) {
        logFailure("articleText", e);
    }
    return std::nullopt;
}

ProjectStats ProjectQueries::stats() const
{
    ProjectStats stats;
    try {
        auto q = m_db.query(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM actors), "
            "(SELECT count(*) FROM places), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM relations), (SELECT count(*) FROM mentions), "
            "(SELECT count(*) FROM event_evidence) + (SELECT count(*) FROM relation_evidence)");
        if (q->step()) {
            stats.articles = int(q->int64(0));
            stats.actors = int(q->int64(1));
            stats.places = int(q->int64(2));
            stats.events = int(q->int64(3));
            stats.relations = int(q->int64(4));
            stats.mentions = int(q->int64(5));
            stats.evidence = int(q->int64(6));
        }
        // An open end does not extend the range; its other end still counts.
        auto range = m_db.query(
            "SELECT min(CASE WHEN first_day <> ?1 THEN first_day ELSE last_day END), "
            "max(CASE WHEN last_day <> ?2 THEN last_day ELSE first_day END) "
            "FROM events WHERE NOT (first_day = ?1 AND last_day = ?2)");
        range->bind(1, kOpenPastDay);
        range->bind(2, kOpenFutureDay);
        if (range->step() && !range->isNull(0))
            stats.eventDays = DaySpan{range->int64(0), range->int64(1)};
    } catch (const sql::Error &e) {
        logFailure("stats", e);
    }
    return stats;
}

QVector<EventRecord> ProjectQueries::events(std::optional<DaySpan> window) const
{
    QVector<EventRecord> byKey; // in key (pk) order
    try {
        StringPool pool;
        const QHash<qint64, QString> places = idsByPk(m_db, "SELECT pk, id FROM places");
        const QHash<qint64, QString> actors = idsByPk(m_db, "SELECT pk, id FROM actors");
        std::vector<qint64> keys;

        auto q = m_db.query(window ? kWindowEvents : kAllEvents);
        if (window)
            bindWindow(*q, *window);
        while (q->step()) {
            EventRecord r;
            r.event.id = q->text(1);
            r.event.type = pool(q->text(2));
            r.event.date = TimeSpan::parse(q->text(3)).value_or(TimeSpan());
            r.firstDay = q->int64(4);
            r.lastDay = q->int64(5);
            r.event.title = q->text(6);
            if (!q->isNull(7))
                r.event.placeId = places.value(q->int64(7));
            r.event.cameo = pool(q->text(8));
            r.evidenceCount = int(q->int64(9));
            keys.push_back(q->int64(0));
            byKey.append(std::move(r));
        }

        // Both lists are in key order: merge them in one pass.
        auto p = m_db.query(window ? kWindowParticipants : kAllParticipants);
        if (window)
            bindWindow(*p, *window);
        size_t at = 0;
        while (p->step()) {
            const qint64 key = p->int64(0);
            while (at < keys.size() && keys[at] < key)
                ++at;
            if (at == keys.size())
                break;
            if (keys[at] == key) {
                byKey[qsizetype(at)].event.participants.append(
                    Participant{actors.value(p->int64(1)), pool(p->text(2))});
            }
        }
    } catch (const sql::Error &e) {
        logFailure("events", e);
        return {};
    }

    std::vector<qsizetype> order(size_t(byKey.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const EventRecord &x = byKey.at(a);
        const EventRecord &y = byKey.at(b);
        return x.firstDay != y.firstDay ? x.firstDay < y.firstDay : x.lastDay < y.lastDay;
    });
    QVector<EventRecord> records;
    records.reserve(byKey.size());
    for (const qsizetype i : order)
        records.append(std::move(byKey[i]));
    return records;
}

QVector<RelationRecord> ProjectQueries::relations(std::optional<DaySpan> window) const
{
    QVector<RelationRecord> records;
    try {
        StringPool pool;
        const QHash<qint64, QString> actors = idsByPk(m_db, "SELECT pk, id FROM actors");
        const auto actorId = [&](const sql::Statement &s, int column) {
            return s.isNull(column) ? QString() : actors.value(s.int64(column));
        };
        auto q = m_db.query(window ? kWindowRelations : kAllRelations);
        if (window)
            bindWindow(*q, *window);
        while (q->step()) {
            RelationRecord r;
            const QString basis = q->text(7);
            if (basis == u"explicit") {
                r.validity = RelationValidity::Explicit;
                r.periods = {DaySpan{q->int64(9), q->int64(10)}};
            } else if (basis == u"reported") {
                r.validity = RelationValidity::AsReported;
                const QStringList dates = q->text(8).split(u';', Qt::SkipEmptyParts);
                r.periods.reserve(dates.size());
                for (const QString &text : dates) {
                    if (const auto d = FuzzyDate::parse(text))
                        r.periods.append(DaySpan{d->firstDay(), d->lastDay()});
                }
                // The index found the envelope of the report dates; the window may fall
                // between two of them.
                if (window && r.periods.size() > 1 &&
                    std::none_of(r.periods.cbegin(), r.periods.cend(), [&](const DaySpan &p) {
                        return p.first <= window->last && p.last >= window->first;
                    }))
                    continue;
            } else {
                r.validity = RelationValidity::Undated;
            }
            Relation &rel = r.relation;
            rel.id = q->text(1);
            rel.sourceId = actorId(*q, 2);
            rel.targetId = actorId(*q, 3);
            rel.type = relationTypeFromString(q->text(4)).value_or(RelationType::Supports);
            rel.aspect = pool(q->text(5));
            if (!q->isNull(6))
                rel.valid = TimeSpan::parse(q->text(6));
            rel.viaId = actorId(*q, 11);
            rel.claimedById = actorId(*q, 12);
            rel.confidence = q->optionalReal(13);
            r.evidenceCount = int(q->int64(14));
            records.append(std::move(r));
        }
    } catch (const sql::Error &e) {
        logFailure("relations", e);
        records.clear();
    }
    return records;
}

QVector<Actor> ProjectQueries::actors() const
{
    QVector<Actor> actors;
    try {
        QHash<qint64, qsizetype> indexByPk;
        auto q = m_db.query("SELECT a.pk, a.id, a.name, a.kind, a.country, p.id FROM actors a "
                            "LEFT JOIN places p ON p.pk = a.base_pk "
                            "ORDER BY a.name COLLATE NOCASE, a.id");
        while (q->step()) {
            Actor a;
            a.id = q->text(1);
            a.name = q->text(2);
            a.kind = actorKindFromString(q->text(3)).value_or(ActorKind::Other);
            a.country = q->text(4);
            a.baseId = q->text(5);
            indexByPk.insert(q->int64(0), actors.size());
            actors.append(std::move(a));
        }
        auto aliases = m_db.query("SELECT actor_pk, alias FROM actor_aliases");
        while (aliases->step()) {
            if (const auto it = indexByPk.constFind(aliases->int64(0)); it != indexByPk.constEnd())
                actors[*it].aliases.append(aliases->text(1));
        }
    } catch (const sql::Error &e) {
        logFailure("actors", e);
        actors.clear();
    }
    return actors;
}

QVector<ActorRelationCount> ProjectQueries::actorRelationCounts() const
{
    QVector<ActorRelationCount> counts;
    try {
        // One scan of the relations (no index per endpoint: see schema.cpp).
        auto q = m_db.query("WITH ends(actor_pk, outgoing, incoming) AS ("
                            "SELECT source_pk, 1, 0 FROM relations "
                            "UNION ALL SELECT target_pk, 0, 1 FROM relations), "
                            "counts AS (SELECT actor_pk, sum(outgoing) AS o, sum(incoming) AS i "
                            "FROM ends GROUP BY actor_pk) "
                            "SELECT a.id, a.name, a.kind, coalesce(c.o, 0), coalesce(c.i, 0) "
                            "FROM actors a LEFT JOIN counts c ON c.actor_pk = a.pk");
        while (q->step()) {
            ActorRelationCount c;
            c.actorId = q->text(0);
            c.name = q->text(1);
            c.kind = actorKindFromString(q->text(2)).value_or(ActorKind::Other);
            c.outgoing = int(q->int64(3));
            c.incoming = int(q->int64(4));
            counts.append(std::move(c));
        }
    } catch (const sql::Error &e) {
        logFailure("actorRelationCounts", e);
        counts.clear();
    }
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        if (a.total() != b.total())
            return a.total() > b.total();
        return a.actorId < b.actorId;
    });
    return counts;
}

QVector<Place> ProjectQueries::places() const
{
    QVector<Place> places;
    try {
        auto q = m_db.query("SELECT id, name, lat, lon, country, kind FROM places "
                            "ORDER BY name COLLATE NOCASE, id");
        while (q->step()) {
            Place p;
            p.id = q->text(0);
            p.name = q->text(1);
            p.lat = q->optionalReal(2);
            p.lon = q->optionalReal(3);
            p.country = q->text(4);
            p.kind = placeKindFromString(q->text(5)).value_or(PlaceKind::Unspecified);
            places.append(std::move(p));
        }
    } catch (const sql::Error &e) {
        logFailure("places", e);
        places.clear();
    }
    return places;
}

QVector<ArticleSummary> ProjectQueries::articles() const
{
    QVector<ArticleSummary> articles;
    try {
        auto q = m_db.query("SELECT a.id, a.title, a.source, a.url, a.published, a.language, "
                            "(SELECT count(*) FROM mentions m WHERE m.article_pk = a.pk) "
                            "FROM articles a "
                            "ORDER BY a.published_first IS NULL, a.published_first, a.id");
        while (q->step()) {
            ArticleSummary a;
            a.id = q->text(0);
            a.title = q->text(1);
            a.source = q->text(2);
            a.url = q->text(3);
            a.published = dateOf(q->text(4));
            a.language = q->text(5);
            a.mentionCount = int(q->int64(6));
            articles.append(std::move(a));
        }
    } catch (const sql::Error &e) {
        logFailure("articles", e);
        articles.clear();
    }
    return articles;
}

std::optional<Article> ProjectQueries::article(const QString &id) const
{
    try {
        Article a;
        qint64 pk = 0;
        {
            auto q = m_db.query("SELECT pk, id, title, text, source, url, published, language "
                                "FROM articles WHERE id = ?");
            q->bind(1, id);
            if (!q->step())
                return std::nullopt;
            pk = q->int64(0);
            a.id = q->text(1);
            a.title = q->text(2);
            a.text = q->text(3);
            a.source = q->text(4);
            a.url = q->text(5);
            a.published = dateOf(q->text(6));
            a.language = q->text(7);
        }
        auto m = m_db.query("SELECT m.span_start, m.span_end, m.quote, ac.id, pl.id "
                            "FROM mentions m LEFT JOIN actors ac ON ac.pk = m.actor_pk "
                            "LEFT JOIN places pl ON pl.pk = m.place_pk "
                            "WHERE m.article_pk = ? ORDER BY m.span_start, m.span_end, m.seq");
        m->bind(1, pk);
        while (m->step()) {
            Mention mention;
            mention.span = TextSpan{m->int64(0), m->int64(1), m->text(2)};
            mention.actorId = m->text(3);
            mention.placeId = m->text(4);
            a.mentions.append(std::move(mention));
        }
        return a;
    } catch (const sql::Error &e) {
        logFailure("article", e);
        return std::nullopt;
    }
}

QVector<EvidenceRecord> ProjectQueries::evidence(EntityKind owner, const QString &id) const
{
    QVector<EvidenceRecord> records;
    if (owner != EntityKind::Event && owner != EntityKind::Relation)
        return records;
    try {
        auto q = m_db.query(owner == EntityKind::Event ? kEventEvidence : kRelationEvidence);
        q->bind(1, id);
        while (q->step()) {
            EvidenceRecord r;
            r.articleId = q->text(0);
            r.articleTitle = q->text(1);
            r.source = q->text(2);
            r.url = q->text(3);
            r.published = dateOf(q->text(4));
            r.start = q->int64(5);
            r.end = q->int64(6);
            r.quote = q->text(7);
            records.append(std::move(r));
        }
    } catch (const sql::Error &e) {
        logFailure("evidence", e);
        records.clear();
    }
    return records;
}

QString ProjectQueries::toFtsQuery(const QString &text)
{
    struct Term
    {
        QString text;
        bool prefix = false;
        bool isOr = false;
    };
    QVector<Term> terms;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (text.at(i) == u'"') {
            // A phrase runs to the closing quote, or to the end when there is none.
            qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0)
                close = n;
            term.text = text.mid(i + 1, close - i - 1);
            i = close + 1;
            if (i < n && text.at(i) == u'*') {
                term.prefix = true;
                ++i;
            }
        } else {
            qsizetype j = i;
            while (j < n && !text.at(j).isSpace() && text.at(j) != u'"')
                ++j;
            term.text = text.mid(i, j - i);
            i = j;
            while (term.text.endsWith(u'*')) {
                term.text.chop(1);
                term.prefix = true;
            }
            term.isOr = !term.prefix && term.text == u"OR";
        }
        if (!term.text.trimmed().isEmpty())
            terms.append(term);
    }

    QStringList parts;
    for (qsizetype k = 0; k < terms.size(); ++k) {
        const Term &t = terms.at(k);
        const bool between = k > 0 && k + 1 < terms.size() && !terms.at(k - 1).isOr &&
                             !terms.at(k + 1).isOr;
        if (t.isOr && between) {
            parts.append(QStringLiteral("OR"));
            continue;
        }
        QString quoted = t.text;
        quoted.replace(u'"', QStringLiteral("\"\""));
        parts.append(u'"' + quoted + u'"' + (t.prefix ? QStringLiteral(" *") : QString()));
    }
    return parts.join(u' ');
}

QVector<SearchHit> ProjectQueries::search(const QString &text, int limit) const
{
    QVector<SearchHit> hits;
    const QString match = toFtsQuery(text);
    if (match.isEmpty() || limit <= 0)
        return hits;
    try {
        // Title matches weigh more than matches in the body.
        auto q = m_db.query(
            "SELECT a.id, a.title, a.source, a.published, "
            "snippet(articles_fts, -1, char(1), char(2), '\u2026', 24), "
            "bm25(articles_fts, 4.0, 1.0) AS score "
            "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
            "WHERE articles_fts MATCH ?1 ORDER BY score LIMIT ?2");
        q->bind(1, match);
        q->bind(2, limit);
        while (q->step()) {
            SearchHit hit;
            hit.articleId = q->text(0);
            hit.title = q->text(1);
            hit.source = q->text(2);
            hit.published = dateOf(q->text(3));
            const QString marked = q->text(4);
            hit.snippet.reserve(marked.size());
            int start = -1;
            for (const QChar c : marked) {
                if (c == kMarkStart) {
                    start = int(hit.snippet.size());
                } else if (c == kMarkEnd) {
                    if (start >= 0)
                        hit.highlights.append({start, int(hit.snippet.size()) - start});
                    start = -1;
                } else {
                    hit.snippet.append(c);
                }
            }
            hit.score = q->real(5);
            hits.append(std::move(hit));
        }
    } catch (const sql::Error &e) {
        // toFtsQuery() leaves no syntax to get wrong; anything else is logged.
        logFailure("search", e);
        hits.clear();
    }
    return hits;
}

QVector<ImportLogEntry> ProjectQueries::importLog() const
{
    QVector<ImportLogEntry> entries;
    try {
        auto q = m_db.query("SELECT imported_at, files, counts, changes, warnings "
                            "FROM import_log ORDER BY pk DESC");
        while (q->step()) {
            ImportLogEntry e;
            e.importedAt = QDateTime::fromString(q->text(0), Qt::ISODateWithMs);
            e.files = q->text(1).split(u'\n', Qt::SkipEmptyParts);
            e.counts = importCountsFromJson(q->text(2).toUtf8());
            e.changeCount = int(q->int64(3));
            e.warnings = q->text(4).split(u'\n', Qt::SkipEmptyParts);
            entries.append(std::move(e));
        }
    } catch (const sql::Error &e) {
        logFailure("importLog", e);
        entries.clear();
    }
    return entries;
}

} // namespace entente
