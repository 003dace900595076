#pragma once

#include "model/projectlookup.h"
#include "store/importreport.h"
#include "store/records.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace entente {

namespace sql {
class Database;
}
class ProjectQueries;
class TimeQueries;

// An open project: one SQLite file (*.entente) holding the imported articles, actors,
// places, events and relations, their evidence and a full-text index. Imports merge by
// id in one transaction; the read queries return model value types for the views.
// One Project is one connection: use it from one thread at a time (open a second,
// read-only Project for a worker thread).
class Project final : public ProjectLookup
{
public:
    enum class OpenMode {
        CreateIfMissing, // create an empty project when the file does not exist
        OpenExisting,    // the file must exist and be writable
        ReadOnly         // the file must exist and be at the current schema version
    };

    // Opens the project, creating or upgrading its schema as needed. Returns nullptr
    // and a translated message in *error when the file is missing, not an SQLite
    // database, not an Entente project, from a newer version, or not writable.
    static std::unique_ptr<Project> open(const QString &path, OpenMode mode,
                                         QString *error = nullptr);
    ~Project() override;
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    // ProjectLookup
    bool hasActor(const QString &id) const override;
    bool hasPlace(const QString &id) const override;
    bool hasArticle(const QString &id) const override;
    std::optional<QString> articleText(const QString &id) const override;
    bool isActorMentioned(const QString &id) const override;

    // Merges the files into the project in one transaction, in file order (a later
    // file's value wins). All or nothing: on any error the project is left as it was
    // and the report's error says why. See projectimport.h for the merge rules.
    ImportReport importFiles(const QVector<FileToImport> &files);

    ProjectStats stats() const;
    // Every event, sorted by first day then last day (the timeline's bulk load).
    QVector<EventRecord> events() const;
    // Events whose dates overlap [fromDay, toDay] (inclusive Julian days), sorted.
    QVector<EventRecord> eventsInWindow(qint64 fromDay, qint64 toDay) const;
    QVector<RelationRecord> relations() const;
    // Relations valid at some day of [fromDay, toDay]; undated ones are always in.
    QVector<RelationRecord> relationsInWindow(qint64 fromDay, qint64 toDay) const;
    QVector<Actor> actors() const;                           // sorted by name
    QVector<ActorRelationCount> actorRelationCounts() const; // most relations first
    QVector<Place> places() const;                           // sorted by name
    QVector<ArticleSummary> articles() const;                // by publication date
    std::optional<Article> article(const QString &id) const; // text and mentions
    QVector<EvidenceRecord> eventEvidence(const QString &eventId) const;
    QVector<EvidenceRecord> relationEvidence(const QString &relationId) const;
    // What the importer kept beside the event (fatalities, scores...), in source order.
    QVector<EventAttribute> eventAttributes(const QString &eventId) const;
    // Full-text search over article titles and texts. Any user text is safe: words
    // and "quoted phrases" are matched literally, a trailing * matches a prefix, and an
    // upper-case OR between two terms means either.
    QVector<SearchHit> search(const QString &text, int limit = 50) const;
    QVector<ImportLogEntry> importLog() const; // newest first

private:
    Project(const QString &path, std::unique_ptr<sql::Database> db, bool readOnly);

    QString m_path;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<ProjectQueries> m_queries;
    std::unique_ptr<TimeQueries> m_time;
    bool m_readOnly = false;
};

} // namespace entente
