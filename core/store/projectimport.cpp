#include "projectimport.h"

#include "eventimport.h"
#include "relationimport.h"
#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <tuple>
#include <vector>

namespace entente {

namespace {

using Status = ImportSession::Status;

QString numberText(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

// Switches foreign key enforcement off for its lifetime (outside any transaction:
// SQLite ignores the pragma inside one).
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(sql::Database &db) : m_db(db)
    {
        m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        try {
            m_db.exec("PRAGMA foreign_keys = ON");
        } catch (const sql::Error &e) {
            spdlog::error("could not switch foreign keys back on: {}", e.message().toStdString());
        }
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    sql::Database &m_db;
};

} // namespace

ProjectImport::ProjectImport(sql::Database &db)
    : m_db(db), m_session(db), m_mentions(db,
                                          "INSERT OR ROLLBACK INTO mentions(article_pk, seq, "
                                          "span_start, span_end, quote, actor_pk, "
                                          "place_pk) VALUES ",
                                          "(?, ?, ?, ?, ?, ?, ?)")
{
}

ImportReport ProjectImport::run(const QVector<FileToImport> &files)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport &report = m_session.report();
    if (files.isEmpty())
        return report; // nothing to do, nothing to log
    for (const FileToImport &f : files)
        report.warnings += f.warnings;

    // Member pointers let one loop walk each kind over every file, in file order.
    const auto mergeAll = [&](auto list, auto importOne) {
        for (const FileToImport &f : files) {
            m_session.setFile(f.file);
            for (const auto &item : f.corpus.*list)
                (this->*importOne)(item);
        }
        m_session.setFile({});
    };
    try {
        // Foreign keys stay on for the connection, but not for this transaction: every
        // key the import writes was looked up or inserted in it (an unknown id is an
        // ImportError before anything refers to it), and the checks would cost several
        // times the inserts themselves (measured: ~1 us per key per row).
        const ForeignKeysOff foreignKeysOff(m_db);
        sql::Transaction transaction(m_db);
        m_session.begin();
        mergeAll(&Corpus::places, &ProjectImport::importPlace);
        mergeAll(&Corpus::actors, &ProjectImport::importActor);
        mergeAll(&Corpus::articles, &ProjectImport::importArticle);
        EventImport(m_db, m_session).run(files);
        RelationImport(m_db, m_session).run(files);
        m_session.updateDirtyRelations();
        indexTexts();
        m_session.countStatuses();
        writeLog(files);
        transaction.commit();
    } catch (const ImportError &e) {
        report.error = e.message;
    } catch (const sql::Error &e) {
        report.error = QCoreApplication::translate("Entente::ProjectImport",
                                                   "The project could not be written: %1")
                           .arg(e.message());
    }

    if (report.ok()) {
        try {
            m_db.exec("PRAGMA optimize");
        } catch (const sql::Error &e) {
            spdlog::warn("PRAGMA optimize failed: {}", e.message().toStdString());
        }
    } else {
        report.counts = {};
        report.changes.clear();
        report.rowsWritten = 0;
        spdlog::warn("import rolled back: {}", report.error.toStdString());
    }
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (report.ok()) {
        spdlog::info("imported {} file(s): {} rows in {:.3f} s ({:.0f} rows/s), {} changes, "
                     "{} warnings",
                     files.size(), report.rowsWritten, report.seconds, report.rowsPerSecond(),
                     report.changes.size(), report.warnings.size());
    }
    return report;
}

void ProjectImport::importPlace(const Place &place)
{
    auto q = m_db.query("SELECT pk, name, lat, lon, country, kind FROM places WHERE id = ?");
    q->bind(1, place.id);
    const QString kind = place.kind == PlaceKind::Unspecified ? QString() : toString(place.kind);
    if (!q->step()) {
        auto insert = m_db.query("INSERT INTO places(id, name, lat, lon, country, kind) "
                                 "VALUES (?, ?, ?, ?, ?, ?)");
        insert->bind(1, place.id);
        insert->bind(2, place.name);
        insert->bindOptional(3, place.lat);
        insert->bindOptional(4, place.lon);
        insert->bindOptional(5, place.country);
        insert->bindOptional(6, kind);
        m_session.write(insert);
        const qint64 pk = m_db.lastInsertRowId();
        m_session.rememberPlace(place.id, pk);
        m_session.setStatus(EntityKind::Place, pk, Status::Added);
        return;
    }
    const qint64 pk = q->int64(0);
    QString name = q->text(1);
    std::optional<double> lat = q->optionalReal(2);
    std::optional<double> lon = q->optionalReal(3);
    QString country = q->text(4);
    QString storedKind = q->text(5);
    q->reset();
    m_session.rememberPlace(place.id, pk);

    const auto mergeNumber = [&](const char *field, std::optional<double> &stored,
                                 std::optional<double> incoming) {
        if (!incoming || incoming == stored)
            return false;
        m_session.change(EntityKind::Place, place.id, QString::fromLatin1(field),
                         numberText(stored), numberText(incoming));
        stored = incoming;
        return true;
    };
    bool changed = m_session.merge(EntityKind::Place, place.id, "name", name, place.name);
    changed |= mergeNumber("lat", lat, place.lat);
    changed |= mergeNumber("lon", lon, place.lon);
    changed |= m_session.merge(EntityKind::Place, place.id, "country", country, place.country);
    changed |= m_session.merge(EntityKind::Place, place.id, "kind", storedKind, kind);
    if (changed) {
        auto update = m_db.query(
            "UPDATE places SET name = ?, lat = ?, lon = ?, country = ?, kind = ? WHERE pk = ?");
        update->bind(1, name);
        update->bindOptional(2, lat);
        update->bindOptional(3, lon);
        update->bindOptional(4, country);
        update->bindOptional(5, storedKind);
        update->bind(6, pk);
        m_session.write(update);
    }
    m_session.setStatus(EntityKind::Place, pk, changed ? Status::Updated : Status::Unchanged);
}

void ProjectImport::importActor(const Actor &actor)
{
    auto q = m_db.query("SELECT a.pk, a.name, a.kind, a.country, p.id FROM actors a "
                        "LEFT JOIN places p ON p.pk = a.base_pk WHERE a.id = ?");
    q->bind(1, actor.id);
    qint64 pk = 0;
    QStringList storedAliases;
    bool changed = false;
    if (!q->step()) {
        const auto basePk = m_session.optionalPlacePk(actor.baseId, EntityKind::Actor, actor.id);
        auto insert = m_db.query(
            "INSERT INTO actors(id, name, kind, country, base_pk) VALUES (?, ?, ?, ?, ?)");
        insert->bind(1, actor.id);
        insert->bind(2, actor.name);
        insert->bind(3, toString(actor.kind));
        insert->bindOptional(4, actor.country);
        insert->bindOptional(5, basePk);
        m_session.write(insert);
        pk = m_db.lastInsertRowId();
        m_session.rememberActor(actor.id, pk);
        m_session.setStatus(EntityKind::Actor, pk, Status::Added);
    } else {
        pk = q->int64(0);
        QString name = q->text(1);
        QString kind = q->text(2);
        QString country = q->text(3);
        QString base = q->text(4);
        q->reset();
        m_session.rememberActor(actor.id, pk);
        changed = m_session.merge(EntityKind::Actor, actor.id, "name", name, actor.name);
        changed |= m_session.merge(EntityKind::Actor, actor.id, "kind", kind, toString(actor.kind));
        changed |= m_session.merge(EntityKind::Actor, actor.id, "country", country, actor.country);
        changed |= m_session.merge(EntityKind::Actor, actor.id, "base", base, actor.baseId);
        if (changed) {
            const auto basePk = m_session.optionalPlacePk(base, EntityKind::Actor, actor.id);
            auto update = m_db.query(
                "UPDATE actors SET name = ?, kind = ?, country = ?, base_pk = ? WHERE pk = ?");
            update->bind(1, name);
            update->bind(2, kind);
            update->bindOptional(3, country);
            update->bindOptional(4, basePk);
            update->bind(5, pk);
            m_session.write(update);
        }
        if (!actor.aliases.isEmpty()) {
            auto aliases = m_db.query("SELECT alias FROM actor_aliases WHERE actor_pk = ?");
            aliases->bind(1, pk);
            while (aliases->step())
                storedAliases.append(aliases->text(0));
        }
    }

    QStringList united = storedAliases;
    auto insertAlias = m_db.query(
        "INSERT INTO actor_aliases(actor_pk, alias) VALUES (?, ?) ON CONFLICT DO NOTHING");
    for (const QString &alias : actor.aliases) {
        if (alias.isEmpty() || united.contains(alias))
            continue;
        insertAlias->bind(1, pk);
        insertAlias->bind(2, alias);
        m_session.write(insertAlias);
        united.append(alias);
    }
    const bool existed = !m_session.wasAdded(EntityKind::Actor, pk);
    if (existed && united.size() > storedAliases.size()) {
        m_session.change(EntityKind::Actor, actor.id, QStringLiteral("aliases"),
                         storedAliases.join(QStringLiteral("; ")),
                         united.join(QStringLiteral("; ")));
        changed = true;
    }
    if (existed)
        m_session.setStatus(EntityKind::Actor, pk, changed ? Status::Updated : Status::Unchanged);
}

void ProjectImport::importArticle(const Article &article)
{
    const EntityKind kind = EntityKind::Article;
    const QString published =
        article.published ? ImportSession::dateText(*article.published) : QString();
    // Insert first: a new article costs one statement; an existing one is merged below.
    auto insert = m_db.query(
        "INSERT INTO articles(id, title, text, source, url, published, published_first, "
        "published_last, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING");
    insert->bind(1, article.id);
    insert->bind(2, article.title);
    insert->bind(3, article.text);
    insert->bindOptional(4, article.source);
    insert->bindOptional(5, article.url);
    insert->bindOptional(6, published);
    if (article.published) {
        insert->bind(7, article.published->firstDay());
        insert->bind(8, article.published->lastDay());
    }
    insert->bindOptional(9, article.language);
    m_session.write(insert);
    if (m_db.changes() == 1) {
        const qint64 pk = m_db.lastInsertRowId();
        m_textToIndex.push_back(TextToIndex{pk, false, {}, article.title, article.text});
        m_session.rememberArticle(article.id, {pk, article.published, published, article.text});
        m_session.setStatus(kind, pk, Status::Added);
        insertMentions(pk, article);
        return;
    }

    auto q = m_db.query("SELECT pk, title, text, source, url, published, language "
                        "FROM articles WHERE id = ?");
    q->bind(1, article.id);
    if (!q->step())
        return; // cannot happen: the insert above met this id
    const qint64 pk = q->int64(0);
    QString title = q->text(1);
    const QString text = q->text(2);
    QString source = q->text(3);
    QString url = q->text(4);
    QString storedPublished = q->text(5);
    QString language = q->text(6);
    q->reset();
    if (text != article.text) {
        throw ImportError{QCoreApplication::translate(
                              "Entente::ProjectImport",
                              "%1: the article \"%2\" is already in the project with a different "
                              "text. Its mentions and evidence point at places in the old text, "
                              "so it cannot be replaced; import the new text under a new id.")
                              .arg(m_session.file(), article.id)};
    }

    bool changed = false;
    const QString oldTitle = title;
    if (m_session.merge(kind, article.id, "title", title, article.title)) {
        m_textToIndex.push_back(TextToIndex{pk, true, oldTitle, title, text});
        auto update = m_db.query("UPDATE articles SET title = ? WHERE pk = ?");
        update->bind(1, title);
        update->bind(2, pk);
        m_session.write(update);
        changed = true;
    }
    bool metaChanged = m_session.merge(kind, article.id, "source", source, article.source);
    metaChanged |= m_session.merge(kind, article.id, "url", url, article.url);
    metaChanged |= m_session.merge(kind, article.id, "language", language, article.language);
    const bool dateChanged =
        m_session.merge(kind, article.id, "published", storedPublished, published);
    const std::optional<FuzzyDate> date =
        storedPublished.isEmpty() ? std::nullopt : FuzzyDate::parse(storedPublished);
    if (metaChanged || dateChanged) {
        auto update = m_db.query("UPDATE articles SET source = ?, url = ?, published = ?, "
                                 "published_first = ?, published_last = ?, language = ? "
                                 "WHERE pk = ?");
        update->bindOptional(1, source);
        update->bindOptional(2, url);
        update->bindOptional(3, storedPublished);
        if (date) {
            update->bind(4, date->firstDay());
            update->bind(5, date->lastDay());
        }
        update->bindOptional(6, language);
        update->bind(7, pk);
        m_session.write(update);
        changed = true;
    }
    if (dateChanged) {
        // Relations reported by this article now hold at another date.
        auto related =
            m_db.query("SELECT DISTINCT relation_pk FROM relation_evidence WHERE article_pk = ?");
        related->bind(1, pk);
        while (related->step())
            m_session.markDirty(related->int64(0));
    }
    m_session.rememberArticle(article.id, {pk, date, storedPublished, text});

    if (!article.mentions.isEmpty()) {
        using Key = std::tuple<qint64, qint64, QString, QString>;
        std::vector<Key> stored, incoming;
        auto old = m_db.query("SELECT m.span_start, m.span_end, ac.id, pl.id FROM mentions m "
                              "LEFT JOIN actors ac ON ac.pk = m.actor_pk "
                              "LEFT JOIN places pl ON pl.pk = m.place_pk WHERE m.article_pk = ?");
        old->bind(1, pk);
        while (old->step())
            stored.emplace_back(old->int64(0), old->int64(1), old->text(2), old->text(3));
        for (const Mention &m : article.mentions)
            incoming.emplace_back(m.span.start, m.span.end, m.actorId, m.placeId);
        std::sort(stored.begin(), stored.end());
        std::sort(incoming.begin(), incoming.end());
        if (stored != incoming) {
            auto remove = m_db.query("DELETE FROM mentions WHERE article_pk = ?");
            remove->bind(1, pk);
            m_session.write(remove);
            insertMentions(pk, article);
            m_session.change(kind, article.id, QStringLiteral("mentions"),
                             QCoreApplication::translate("Entente::ProjectImport", "%n mention(s)",
                                                         nullptr, int(stored.size())),
                             QCoreApplication::translate("Entente::ProjectImport", "%n mention(s)",
                                                         nullptr, int(incoming.size())));
            changed = true;
        }
    }
    m_session.setStatus(kind, pk, changed ? Status::Updated : Status::Unchanged);
}

void ProjectImport::indexTexts()
{
    // Last, after every other write: FTS5 flushes its pending terms whenever a later
    // statement of the transaction opens a savepoint, which made per-article inserts
    // between the other rows several times slower.
    auto remove = m_db.query("INSERT INTO articles_fts(articles_fts, rowid, title, text) "
                             "VALUES ('delete', ?, ?, ?)");
    auto insert = m_db.query("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)");
    for (const TextToIndex &t : m_textToIndex) {
        if (t.replaces) {
            // External content: the old row goes with the values it was indexed by.
            remove->bind(1, t.articlePk);
            remove->bind(2, t.oldTitle);
            remove->bind(3, t.text);
            m_session.write(remove);
        }
        insert->bind(1, t.articlePk);
        insert->bind(2, t.title);
        insert->bind(3, t.text);
        m_session.write(insert);
    }
    m_textToIndex.clear();
}

void ProjectImport::insertMentions(qint64 articlePk, const Article &article)
{
    ImportSession::ArticleRef &ref =
        m_session.articleRef(article.id, EntityKind::Article, article.id);
    m_session.report().rowsWritten +=
        m_mentions.insert(article.mentions.size(), [&](sql::Statement &s, int p, qsizetype i) {
            const Mention &m = article.mentions.at(i);
            s.bind(p, articlePk);
            s.bind(p + 1, qint64(i));
            s.bind(p + 2, m.span.start);
            s.bind(p + 3, m.span.end);
            s.bind(p + 4, m_session.quoteOf(ref, m.span, article.id));
            s.bindOptional(p + 5,
                           m_session.optionalActorPk(m.actorId, EntityKind::Article, article.id));
            s.bindOptional(p + 6,
                           m_session.optionalPlacePk(m.placeId, EntityKind::Article, article.id));
        });
}

void ProjectImport::writeLog(const QVector<FileToImport> &files)
{
    const ImportReport &report = m_session.report();
    QStringList names, warnings;
    for (const FileToImport &f : files)
        names.append(f.file);
    for (const Diagnostic &d : report.warnings)
        warnings.append(d.toString().simplified());
    auto insert = m_db.query("INSERT INTO import_log(imported_at, files, counts, changes, "
                             "warnings) VALUES (?, ?, ?, ?, ?)");
    insert->bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert->bind(2, names.join(u'\n'));
    insert->bind(3, QString::fromUtf8(importCountsToJson(report.counts)));
    insert->bind(4, qint64(report.changes.size()));
    insert->bind(5, warnings.join(u'\n'));
    m_session.write(insert);
}

} // namespace entente
