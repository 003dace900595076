#include "project.h"

#include "projectimport.h"
#include "projectqueries.h"
#include "schema.h"
#include "sqlite.h"
#include "timequeries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace entente {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Project::Project(const QString &path, std::unique_ptr<sql::Database> db, bool readOnly)
    : m_path(path), m_db(std::move(db)), m_queries(std::make_unique<ProjectQueries>(*m_db)),
      m_time(std::make_unique<TimeQueries>(*m_db)), m_readOnly(readOnly)
{
}

Project::~Project() = default;

std::unique_ptr<Project> Project::open(const QString &path, OpenMode mode, QString *error)
{
    const auto fail = [&](const QString &message) -> std::unique_ptr<Project> {
        spdlog::warn("cannot open project: {}", message.toStdString());
        if (error)
            *error = message;
        return nullptr;
    };
    const QString shown = nativePath(path);
    if (path.isEmpty())
        return fail(QCoreApplication::translate("Entente::Project", "No project file was given."));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QCoreApplication::translate("Entente::Project",
                                                "\"%1\" is a folder, not a project file.")
                        .arg(shown));
    if (!info.exists() && mode != OpenMode::CreateIfMissing)
        return fail(
            QCoreApplication::translate("Entente::Project", "The project \"%1\" does not exist.")
                .arg(shown));

    sql::Database::Access access = sql::Database::Access::ReadWriteCreate;
    if (mode == OpenMode::OpenExisting)
        access = sql::Database::Access::ReadWrite;
    else if (mode == OpenMode::ReadOnly)
        access = sql::Database::Access::ReadOnly;

    try {
        auto db = std::make_unique<sql::Database>(path, access);
        const bool writable = mode != OpenMode::ReadOnly;
        // SQLite silently falls back to read-only for a write-protected file.
        if (writable && db->isReadOnly()) {
            return fail(QCoreApplication::translate(
                            "Entente::Project",
                            "The project \"%1\" cannot be written (check the permissions "
                            "of the file and its folder); open it read-only instead.")
                            .arg(shown));
        }
        db->exec("PRAGMA busy_timeout = 5000");
        int version = 0;
        const Schema::State state = Schema::inspect(*db, &version);
        switch (state) {
        case Schema::State::Foreign:
            return fail(
                QCoreApplication::translate(
                    "Entente::Project", "\"%1\" is an SQLite database but not an Entente project.")
                    .arg(shown));
        case Schema::State::Newer:
            return fail(QCoreApplication::translate(
                            "Entente::Project",
                            "The project \"%1\" was saved by a newer version of Entente "
                            "(project format %2; this version reads formats up to %3). "
                            "Open it with a newer version.")
                            .arg(shown)
                            .arg(version)
                            .arg(Schema::kCurrentVersion));
        case Schema::State::Empty:
            if (!writable)
                return fail(
                    QCoreApplication::translate("Entente::Project",
                                                "\"%1\" is an empty file, not an Entente project.")
                        .arg(shown));
            break;
        case Schema::State::Older:
            if (!writable) {
                return fail(QCoreApplication::translate(
                                "Entente::Project",
                                "The project \"%1\" uses an older format (%2) that must be "
                                "upgraded: open it once for writing.")
                                .arg(shown)
                                .arg(version));
            }
            break;
        case Schema::State::Current:
            break;
        }
        // Before WAL writes the first page: larger pages make a bulk import's B-trees
        // shallower (measured 3% fewer instructions than 4096).
        if (state == Schema::State::Empty)
            db->exec("PRAGMA page_size = 8192");
        Schema::configure(*db, writable);
        if (state == Schema::State::Empty || state == Schema::State::Older)
            Schema::migrate(*db);
        spdlog::info("opened project {}{}", path.toStdString(), writable ? "" : " (read-only)");
        return std::unique_ptr<Project>(new Project(path, std::move(db), !writable));
    } catch (const sql::Error &e) {
        switch (e.code() & 0xff) {
        case SQLITE_NOTADB:
            return fail(
                QCoreApplication::translate("Entente::Project",
                                            "\"%1\" is not an Entente project (it is not an SQLite "
                                            "database).")
                    .arg(shown));
        case SQLITE_CANTOPEN:
            return fail(
                QCoreApplication::translate("Entente::Project", "Cannot open or create \"%1\": %2")
                    .arg(shown, e.message()));
        case SQLITE_READONLY:
            return fail(QCoreApplication::translate("Entente::Project",
                                                    "The project \"%1\" cannot be written: %2")
                            .arg(shown, e.message()));
        case SQLITE_BUSY:
            return fail(QCoreApplication::translate(
                            "Entente::Project",
                            "The project \"%1\" is busy (another program is writing to "
                            "it): %2")
                            .arg(shown, e.message()));
        default:
            return fail(QCoreApplication::translate("Entente::Project",
                                                    "Cannot open the project \"%1\": %2")
                            .arg(shown, e.message()));
        }
    }
}

bool Project::hasActor(const QString &id) const
{
    return m_queries->exists(ProjectQueries::Lookup::Actor, id);
}

bool Project::hasPlace(const QString &id) const
{
    return m_queries->exists(ProjectQueries::Lookup::Place, id);
}

bool Project::hasArticle(const QString &id) const
{
    return m_queries->exists(ProjectQueries::Lookup::Article, id);
}

std::optional<QString> Project::articleText(const QString &id) const
{
    return m_queries->articleText(id);
}

bool Project::isActorMentioned(const QString &id) const
{
    return m_queries->exists(ProjectQueries::Lookup::MentionedActor, id);
}

ImportReport Project::importFiles(const QVector<FileToImport> &files)
{
    if (m_readOnly) {
        ImportReport report;
        report.error =
            QCoreApplication::translate(
                "Entente::Project", "The project \"%1\" is open read-only; nothing was imported.")
                .arg(nativePath(m_path));
        return report;
    }
    ProjectImport importer(*m_db);
    return importer.run(files);
}

ProjectStats Project::stats() const
{
    return m_queries->stats();
}

QVector<EventRecord> Project::events() const
{
    return m_time->events(std::nullopt);
}

QVector<EventRecord> Project::eventsInWindow(qint64 fromDay, qint64 toDay) const
{
    return m_time->events(DaySpan{fromDay, toDay});
}

QVector<RelationRecord> Project::relations() const
{
    return m_time->relations(std::nullopt);
}

QVector<RelationRecord> Project::relationsInWindow(qint64 fromDay, qint64 toDay) const
{
    return m_time->relations(DaySpan{fromDay, toDay});
}

QVector<Actor> Project::actors() const
{
    return m_queries->actors();
}

QVector<ActorRelationCount> Project::actorRelationCounts() const
{
    return m_queries->actorRelationCounts();
}

QVector<Place> Project::places() const
{
    return m_queries->places();
}

QVector<ArticleSummary> Project::articles() const
{
    return m_queries->articles();
}

std::optional<Article> Project::article(const QString &id) const
{
    return m_queries->article(id);
}

QVector<EvidenceRecord> Project::eventEvidence(const QString &eventId) const
{
    return m_queries->evidence(EntityKind::Event, eventId);
}

QVector<EventAttribute> Project::eventAttributes(const QString &eventId) const
{
    return m_queries->eventAttributes(eventId);
}

QVector<EvidenceRecord> Project::relationEvidence(const QString &relationId) const
{
    return m_queries->evidence(EntityKind::Relation, relationId);
}

QVector<SearchHit> Project::search(const QString &text, int limit) const
{
    return m_queries->search(text, limit);
}

QVector<ImportLogEntry> Project::importLog() const
{
    return m_queries->importLog();
}

} // namespace entente
