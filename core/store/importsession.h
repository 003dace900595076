#pragma once

#include "store/importreport.h"
#include "store/records.h"

#include <QHash>
#include <QSet>

#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace entente {

namespace sql {
class BatchInsert;
class Database;
class Query;
} // namespace sql

// A merge conflict or a dangling reference found while importing; the message goes to
// the user as it is, and the import rolls back.
struct ImportError
{
    QString message;
};

// The state one import carries from row to row (used by ProjectImport): the report,
// the string id -> row caches, each entity's added/updated/unchanged status, evidence
// spans, and the validity of relations, recomputed at the end for those whose inputs
// changed.
class ImportSession final
{
public:
    enum class Status { Added, Updated, Unchanged };
    struct ArticleRef
    {
        qint64 pk = 0;
        std::optional<FuzzyDate> published;
        QString publishedText;
        QString text; // filled on demand (to cut quotes that a span did not carry)
    };
    struct Validity
    {
        RelationValidity basis = RelationValidity::Undated;
        QVector<DaySpan> periods; // in calendar order
        QStringList reportedDates;
        QString validText;
        DaySpan envelope() const; // all time when undated
    };

    explicit ImportSession(sql::Database &db);
    ~ImportSession();

    // The `basis` column's value: "explicit", "reported" or "undated".
    static QString validityKey(RelationValidity basis);
    // FuzzyDate::toString() and TimeSpan::toString() without QString::arg(), which
    // took a tenth of a large import.
    static QString dateText(const FuzzyDate &date);
    static QString spanText(const TimeSpan &span);

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
    void change(EntityKind kind, const QString &id, const QString &field, const QString &oldValue,
                const QString &newValue);
    // Call once, inside the transaction, before anything is written.
    void begin();
    void setStatus(EntityKind kind, qint64 pk, Status status);
    bool wasAdded(EntityKind kind, qint64 pk) const;
    // Runs a write and counts the rows it changed.
    void write(sql::Query &query);

    // After a multi-row INSERT ... ON CONFLICT DO NOTHING of the rows with these ids (in
    // order) into the table of `kind`, which inserted `inserted` rows and found its
    // first free key at `firstPk`: the key of each row inserted, 0 for the rows that met
    // an id already stored (or repeated). New rows take consecutive keys from the
    // largest one (SQLite's rowid rule), so only a chunk with conflicts needs lookups.
    std::vector<qint64> insertedKeys(EntityKind kind, const std::vector<const QString *> &ids,
                                     qint64 firstPk, qsizetype inserted);

    // One evidence span to store for an event or relation.
    struct OwnedEvidence
    {
        qint64 ownerPk = 0;
        const QString *ownerId = nullptr;
        const QString *file = nullptr; // for messages
        const Evidence *evidence = nullptr;
    };
    // Inserts spans in batches; the key (owner, article, start, end) drops those already
    // stored. Returns how many were new.
    qsizetype insertEvidence(EntityKind owner, const std::vector<OwnedEvidence> &rows);
    // The number of distinct spans (article, start, end) in the list.
    static int distinctSpans(const QVector<Evidence> &evidence);
    // The same for one existing owner, reporting a change when spans were added.
    int addEvidence(EntityKind owner, qint64 ownerPk, const QString &ownerId,
                    const QVector<Evidence> &evidence);

    Validity validityOf(const std::optional<TimeSpan> &valid, const QVector<Evidence> &evidence);
    // Writes the period rows of new relations (an undated one gets one spanning all time,
    // so that every window finds it).
    void insertPeriods(const std::vector<std::pair<qint64, const Validity *>> &relations);
    void markDirty(qint64 relationPk) { m_dirtyRelations.insert(relationPk); }
    // Recomputes the validity of every relation marked dirty.
    void updateDirtyRelations();
    // Fills the report's counts from the statuses.
    void countStatuses();

private:
    Validity storedValidity(qint64 relationPk);

    sql::Database &m_db;
    std::unique_ptr<sql::BatchInsert> m_eventEvidence;
    std::unique_ptr<sql::BatchInsert> m_relationEvidence;
    std::unique_ptr<sql::BatchInsert> m_periods;
    ImportReport m_report;
    QString m_file;
    QHash<QString, qint64> m_places;
    QHash<QString, qint64> m_actors;
    QHash<QString, ArticleRef> m_articles;
    // Rows are never deleted and new rows get keys above the largest one, so a key above
    // the largest at the start was added by this import: only the statuses of existing
    // entities need a table.
    std::array<qint64, kEntityKindCount> m_firstNewPk{};
    std::array<int, kEntityKindCount> m_added{};
    std::array<QHash<qint64, Status>, kEntityKindCount> m_status;
    QSet<qint64> m_dirtyRelations;
};

} // namespace entente
