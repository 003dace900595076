#pragma once

#include "store/importreport.h"
#include "store/records.h"

#include <optional>

namespace entente {

namespace sql {
class Database;
}

// The read side of the project store: the SELECTs the views need besides the time
// queries (TimeQueries), on prepared statements cached by the connection. Project
// forwards to it; errors are logged and give empty results (a read never changes the
// file).
class ProjectQueries final
{
public:
    enum class Lookup { Actor, Place, Article, MentionedActor };

    explicit ProjectQueries(sql::Database &db);

    bool exists(Lookup what, const QString &id) const;
    std::optional<QString> articleText(const QString &id) const;

    ProjectStats stats() const;
    QVector<Actor> actors() const;
    QVector<ActorRelationCount> actorRelationCounts() const;
    QVector<Place> places() const;
    QVector<ArticleSummary> articles() const;
    std::optional<Article> article(const QString &id) const;
    QVector<EvidenceRecord> evidence(EntityKind owner, const QString &id) const;
    QVector<EventAttribute> eventAttributes(const QString &eventId) const;
    QVector<SearchHit> search(const QString &text, int limit) const;
    QVector<ImportLogEntry> importLog() const;

    // Turns what a user typed into an FTS5 query that cannot be a syntax error: terms
    // and "phrases" become FTS5 strings, a trailing * a prefix, a bare OR between two
    // terms stays an operator. Empty when nothing searchable is left.
    static QString toFtsQuery(const QString &text);

private:
    sql::Database &m_db;
};

} // namespace entente
