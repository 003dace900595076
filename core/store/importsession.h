#pragma once

#include "store/importreport.h"
#include "store/records.h"

#include <QHash>
#include <QSet>

#include <array>
#include <optional>

namespace entente {

namespace sql {
class Database;
class Query;
}

// A merge conflict or a dangling reference found while importing; the message goes to
// the user as it is, and the import rolls back.
struct ImportError
{
    QString message;
};

// The state one import carries from row to row (used by ProjectImport): the report,
// the string id -> row caches, each entity's added/updated/unchanged status, evidence
// spans, and the validity periods of relations, recomputed at the end for those whose
// inputs changed.
class ImportSession final
{
public:
    enum class Status { Added, Updated, Unchanged };
    struct ArticleRef
    {
        qint64 pk = 0;
        std::optional<FuzzyDate> published;
        QString text; // filled on demand (to cut quotes that a span did not carry)
    };
    struct Validity
    {
        RelationValidity basis = RelationValidity::Undated;
        QVector<DaySpan> periods; // in calendar order
        QStringList reportedDates;
        QString validText;
        DaySpan envelope() const;
    };

    explicit ImportSession(sql::Database &db);

    // The `basis` column's value: "explicit", "reported" or "undated".
    static QString validityKey(RelationValidity basis);

    sql::Database &db() { return m_db; }
    ImportReport &report() { return m_report; }
    void setFile(const QString &file) { m_file = file; }
    const QString &file() const { return m_file; }

    // Row keys by string id; a missing id throws ImportError naming the referrer.
    qint64 placePk(const QString &id, EntityKind owner, const QString &ownerId);
    qint64 actorPk(const QString &id, EntityKind owner, const QString &ownerId);
    // nullopt for an empty id (an absent optional reference).
    std::optional<qint64> optionalActorPk(const QString &id, EntityKind owner,
                                          const QString &ownerId);
    std::optional<qint64> optionalPlacePk(const QString &id, EntityKind owner,
                                          const QString &ownerId);
    ArticleRef &articleRef(const QString &id, EntityKind owner, const QString &ownerId);
    void rememberPlace(const QString &id, qint64 pk) { m_places.insert(id, pk); }
    void rememberActor(const QString &id, qint64 pk) { m_actors.insert(id, pk); }
    void rememberArticle(const QString &id, const ArticleRef &ref) { m_articles.insert(id, ref); }
    // The span's quote, or the article's text at its offsets when it carries none.
    QString quoteOf(ArticleRef &article, const TextSpan &span, const QString &articleId);

    // When `incoming` is given and differs from `stored`: records the change, stores
    // the new value and returns true.
    bool merge(EntityKind kind, const QString &id, const char *field, QString &stored,
               const QString &incoming);
    void change(EntityKind kind, const QString &id, const QString &field,
                const QString &oldValue, const QString &newValue);
    void setStatus(EntityKind kind, qint64 pk, Status status);
    bool wasAdded(EntityKind kind, qint64 pk) const;
    // Runs a write and counts the rows it changed.
    void write(sql::Query &query);

    // Inserts the spans not yet stored for the owner; returns how many were new.
    int addEvidence(EntityKind owner, qint64 ownerPk, const QString &ownerId,
                    const QVector<Evidence> &evidence);

    Validity validityOf(const std::optional<TimeSpan> &valid, const QVector<Evidence> &evidence);
    // Writes the R*Tree rows of a new relation (its row already holds the validity).
    void insertValidity(qint64 relationPk, const Validity &validity);
    void markDirty(qint64 relationPk) { m_dirtyRelations.insert(relationPk); }
    // Recomputes the validity of every relation marked dirty.
    void updateDirtyRelations();
    // Fills the report's counts from the statuses.
    void countStatuses();

private:
    Validity storedValidity(qint64 relationPk);
    void writeValidity(qint64 relationPk, const Validity &validity, bool replace);

    sql::Database &m_db;
    ImportReport m_report;
    QString m_file;
    QHash<QString, qint64> m_places;
    QHash<QString, qint64> m_actors;
    QHash<QString, ArticleRef> m_articles;
    std::array<QHash<qint64, Status>, kEntityKindCount> m_status;
    QSet<qint64> m_dirtyRelations;
};

} // namespace entente
