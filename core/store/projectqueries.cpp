#include "projectqueries.h"

#include "eventattributes.h"
#include "sqlite.h"

#include <QHash>

#include <utility>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace entente {

namespace {

std::optional<FuzzyDate> dateOf(const QString &text)
{
    return text.isEmpty() ? std::nullopt : FuzzyDate::parse(text);
}

void logFailure(const char *what, const sql::Error &e)
{
    spdlog::error("project query '{}' failed: {}", what, e.message().toStdString());
}

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

// The snippet markers: control characters that article text does not contain (the
// C++ side strips any that would).
constexpr QChar kMarkStart = QChar(0x01);
constexpr QChar kMarkEnd = QChar(0x02);

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

QVector<EventAttribute> ProjectQueries::eventAttributes(const QString &eventId) const
{
    try {
        auto q = m_db.query("SELECT attributes FROM events WHERE id = ?");
        q->bind(1, eventId);
        if (q->step())
            return decodeEventAttributes(q->text(0));
    } catch (const sql::Error &e) {
        logFailure("eventAttributes", e);
    }
    return {};
}

ProjectStats ProjectQueries::stats() const
{
    ProjectStats stats;
    try {
        const sql::ReadTransaction read(m_db);
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
        auto range =
            m_db.query("SELECT min(CASE WHEN first_day <> ?1 THEN first_day ELSE last_day END), "
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

QVector<Actor> ProjectQueries::actors() const
{
    QVector<Actor> actors;
    try {
        const sql::ReadTransaction read(m_db);
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
        const sql::ReadTransaction read(m_db);
        // One scan of the relations' endpoints, counted here: there is no index per
        // endpoint (see schema.cpp), and a GROUP BY would sort 2 rows per relation.
        QHash<qint64, std::pair<int, int>> byActor; // pk -> (outgoing, incoming)
        auto ends = m_db.query("SELECT source_pk, target_pk FROM relations");
        while (ends->step()) {
            ++byActor[ends->int64(0)].first;
            ++byActor[ends->int64(1)].second;
        }
        auto q = m_db.query("SELECT pk, id, name, kind FROM actors");
        while (q->step()) {
            ActorRelationCount c;
            c.actorId = q->text(1);
            c.name = q->text(2);
            c.kind = actorKindFromString(q->text(3)).value_or(ActorKind::Other);
            const auto [outgoing, incoming] = byActor.value(q->int64(0));
            c.outgoing = outgoing;
            c.incoming = incoming;
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
        const sql::ReadTransaction read(m_db);
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
        const bool between =
            k > 0 && k + 1 < terms.size() && !terms.at(k - 1).isOr && !terms.at(k + 1).isOr;
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
        auto q = m_db.query("SELECT a.id, a.title, a.source, a.published, "
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
