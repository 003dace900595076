#include "projectimport.h"

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

QString participantsText(const QVector<Participant> &participants)
{
    QStringList parts;
    for (const Participant &p : participants)
        parts.append(p.role.isEmpty() ? p.actorId : p.actorId + u" (" + p.role + u')');
    return parts.join(QStringLiteral(", "));
}

} // namespace

ProjectImport::ProjectImport(sql::Database &db) : m_db(db), m_session(db) {}

ImportReport ProjectImport::run(const QVector<FileToImport> &files)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport &report = m_session.report();
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
        sql::Transaction transaction(m_db);
        mergeAll(&Corpus::places, &ProjectImport::importPlace);
        mergeAll(&Corpus::actors, &ProjectImport::importActor);
        mergeAll(&Corpus::articles, &ProjectImport::importArticle);
        mergeAll(&Corpus::events, &ProjectImport::importEvent);
        mergeAll(&Corpus::relations, &ProjectImport::importRelation);
        m_session.updateDirtyRelations();
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
        m_session.change(EntityKind::Place, place.id, QString::fromLatin1(field), numberText(stored),
               numberText(incoming));
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
               storedAliases.join(QStringLiteral("; ")), united.join(QStringLiteral("; ")));
        changed = true;
    }
    if (existed)
        m_session.setStatus(EntityKind::Actor, pk, changed ? Status::Updated : Status::Unchanged);
}

void ProjectImport::importArticle(const Article &article)
{
    auto q = m_db.query("SELECT pk, title, text, source, url, published, language "
                        "FROM articles WHERE id = ?");
    q->bind(1, article.id);
    const QString published = article.published ? article.published->toString() : QString();
    if (!q->step()) {
        auto insert = m_db.query(
            "INSERT INTO articles(id, title, text, source, url, published, published_first, "
            "published_last, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
        const qint64 pk = m_db.lastInsertRowId();
        m_session.rememberArticle(article.id, ImportSession::ArticleRef{pk, article.published, article.text});
        insertMentions(pk, article);
        m_session.setStatus(EntityKind::Article, pk, Status::Added);
        return;
    }
    const qint64 pk = q->int64(0);
    QString title = q->text(1);
    const QString text = q->text(2);
    QString source = q->text(3);
    QString url = q->text(4);
    QString storedPublished = q->text(5);
    QString language = q->text(6);
    q->reset();
    if (text != article.text) {
        throw ImportError{QCoreApplication::translate("Entente::ProjectImport", "%1: the article \"%2\" is already in the project with a "
                                    "different text. Its mentions and evidence point at places "
                                    "in the old text, so it cannot be replaced; import the new "
                                    "text under a new id.")
                              .arg(m_session.file(), article.id)};
    }

    const EntityKind kind = EntityKind::Article;
    bool changed = false;
    if (m_session.merge(kind, article.id, "title", title, article.title)) {
        auto update = m_db.query("UPDATE articles SET title = ? WHERE pk = ?");
        update->bind(1, title);
        update->bind(2, pk);
        m_session.write(update);
        changed = true;
    }
    bool metaChanged = m_session.merge(kind, article.id, "source", source, article.source);
    metaChanged |= m_session.merge(kind, article.id, "url", url, article.url);
    metaChanged |= m_session.merge(kind, article.id, "language", language, article.language);
    const bool dateChanged = m_session.merge(kind, article.id, "published", storedPublished, published);
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
        auto related = m_db.query("SELECT DISTINCT relation_pk FROM evidence "
                                  "WHERE article_pk = ? AND relation_pk IS NOT NULL");
        related->bind(1, pk);
        while (related->step())
            m_session.markDirty(related->int64(0));
    }
    m_session.rememberArticle(article.id, ImportSession::ArticleRef{pk, date, text});

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
                   QCoreApplication::translate("Entente::ProjectImport", "%n mention(s)", nullptr,
                                               int(stored.size())),
                   QCoreApplication::translate("Entente::ProjectImport", "%n mention(s)", nullptr,
                                               int(incoming.size())));
            changed = true;
        }
    }
    m_session.setStatus(kind, pk, changed ? Status::Updated : Status::Unchanged);
}

void ProjectImport::insertMentions(qint64 articlePk, const Article &article)
{
    ImportSession::ArticleRef &ref = m_session.articleRef(article.id, EntityKind::Article, article.id);
    auto insert = m_db.query("INSERT INTO mentions(article_pk, span_start, span_end, quote, "
                             "actor_pk, place_pk) VALUES (?, ?, ?, ?, ?, ?)");
    for (const Mention &m : article.mentions) {
        insert->bind(1, articlePk);
        insert->bind(2, m.span.start);
        insert->bind(3, m.span.end);
        insert->bind(4, m_session.quoteOf(ref, m.span, article.id));
        if (!m.actorId.isEmpty())
            insert->bind(5, m_session.actorPk(m.actorId, EntityKind::Article, article.id));
        if (!m.placeId.isEmpty())
            insert->bind(6, m_session.placePk(m.placeId, EntityKind::Article, article.id));
        m_session.write(insert);
    }
}

void ProjectImport::insertParticipants(qint64 eventPk, const Event &event)
{
    auto insert = m_db.query("INSERT INTO event_participants(event_pk, seq, actor_pk, role) "
                             "VALUES (?, ?, ?, ?)");
    for (qsizetype i = 0; i < event.participants.size(); ++i) {
        const Participant &p = event.participants.at(i);
        insert->bind(1, eventPk);
        insert->bind(2, qint64(i));
        insert->bind(3, m_session.actorPk(p.actorId, EntityKind::Event, event.id));
        insert->bindOptional(4, p.role);
        m_session.write(insert);
    }
}

void ProjectImport::importEvent(const Event &event)
{
    const EntityKind kind = EntityKind::Event;
    auto q = m_db.query("SELECT e.pk, e.type, e.date, e.title, p.id, e.cameo FROM events e "
                        "LEFT JOIN places p ON p.pk = e.place_pk WHERE e.id = ?");
    q->bind(1, event.id);

    if (!q->step()) {
        if (!event.date.isValid()) {
            throw ImportError{
                QCoreApplication::translate("Entente::ProjectImport", "%1: the event \"%2\" has no date.").arg(m_session.file(), event.id)};
        }
        const auto placeKey = m_session.optionalPlacePk(event.placeId, kind, event.id);
        auto insert = m_db.query("INSERT INTO events(id, type, date, first_day, last_day, title, "
                                 "place_pk, cameo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert->bind(1, event.id);
        insert->bind(2, event.type);
        insert->bind(3, event.date.toString());
        insert->bind(4, event.date.firstDay());
        insert->bind(5, event.date.lastDay());
        insert->bind(6, event.title);
        insert->bindOptional(7, placeKey);
        insert->bindOptional(8, event.cameo);
        m_session.write(insert);
        const qint64 pk = m_db.lastInsertRowId();
        auto days = m_db.query("INSERT INTO event_days(event_pk, first_day, last_day) "
                               "VALUES (?, ?, ?)");
        days->bind(1, pk);
        days->bind(2, event.date.firstDay());
        days->bind(3, event.date.lastDay());
        m_session.write(days);
        m_session.setStatus(kind, pk, Status::Added);
        insertParticipants(pk, event);
        m_session.addEvidence(kind, pk, event.id, event.evidence);
        return;
    }

    const qint64 pk = q->int64(0);
    QString type = q->text(1);
    QString date = q->text(2);
    QString title = q->text(3);
    QString place = q->text(4);
    QString cameo = q->text(5);
    q->reset();
    const QString incomingDate = event.date.isValid() ? event.date.toString() : QString();
    bool changed = m_session.merge(kind, event.id, "type", type, event.type);
    const bool dateChanged = m_session.merge(kind, event.id, "date", date, incomingDate);
    changed |= dateChanged;
    changed |= m_session.merge(kind, event.id, "title", title, event.title);
    changed |= m_session.merge(kind, event.id, "place", place, event.placeId);
    changed |= m_session.merge(kind, event.id, "cameo", cameo, event.cameo);
    if (changed) {
        const TimeSpan span = TimeSpan::parse(date).value_or(event.date);
        const auto placeKey = m_session.optionalPlacePk(place, kind, event.id);
        auto update = m_db.query("UPDATE events SET type = ?, date = ?, first_day = ?, "
                                 "last_day = ?, title = ?, place_pk = ?, cameo = ? WHERE pk = ?");
        update->bind(1, type);
        update->bind(2, date);
        update->bind(3, span.firstDay());
        update->bind(4, span.lastDay());
        update->bind(5, title);
        update->bindOptional(6, placeKey);
        update->bindOptional(7, cameo);
        update->bind(8, pk);
        m_session.write(update);
        if (dateChanged) {
            auto days = m_db.query(
                "UPDATE event_days SET first_day = ?, last_day = ? WHERE event_pk = ?");
            days->bind(1, span.firstDay());
            days->bind(2, span.lastDay());
            days->bind(3, pk);
            m_session.write(days);
        }
    }

    if (!event.participants.isEmpty()) {
        QVector<Participant> stored;
        auto old = m_db.query("SELECT a.id, p.role FROM event_participants p "
                              "JOIN actors a ON a.pk = p.actor_pk WHERE p.event_pk = ? "
                              "ORDER BY p.seq");
        old->bind(1, pk);
        while (old->step())
            stored.append(Participant{old->text(0), old->text(1)});
        if (stored != event.participants) {
            auto remove = m_db.query("DELETE FROM event_participants WHERE event_pk = ?");
            remove->bind(1, pk);
            m_session.write(remove);
            insertParticipants(pk, event);
            m_session.change(kind, event.id, QStringLiteral("participants"), participantsText(stored),
                   participantsText(event.participants));
            changed = true;
        }
    }
    if (m_session.addEvidence(kind, pk, event.id, event.evidence) > 0)
        changed = true;
    m_session.setStatus(kind, pk, changed ? Status::Updated : Status::Unchanged);
}

void ProjectImport::importRelation(const Relation &relation)
{
    const EntityKind kind = EntityKind::Relation;
    const QString &id = relation.id;
    auto q = m_db.query("SELECT r.pk, s.id, t.id, r.type, r.aspect, r.valid, v.id, c.id, "
                        "r.confidence FROM relations r "
                        "JOIN actors s ON s.pk = r.source_pk JOIN actors t ON t.pk = r.target_pk "
                        "LEFT JOIN actors v ON v.pk = r.via_pk "
                        "LEFT JOIN actors c ON c.pk = r.claimed_by_pk WHERE r.id = ?");
    q->bind(1, id);
    const auto optionalActor = [&](const QString &actorId) {
        return m_session.optionalActorPk(actorId, kind, id);
    };

    if (!q->step()) {
        const ImportSession::Validity validity = m_session.validityOf(relation.valid, relation.evidence);
        const DaySpan envelope = validity.envelope();
        auto insert = m_db.query(
            "INSERT INTO relations(id, source_pk, target_pk, type, sign, aspect, valid, basis, "
            "reported, first_day, last_day, via_pk, claimed_by_pk, confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert->bind(1, id);
        insert->bind(2, m_session.actorPk(relation.sourceId, kind, id));
        insert->bind(3, m_session.actorPk(relation.targetId, kind, id));
        insert->bind(4, toString(relation.type));
        insert->bind(5, relationSign(relation.type));
        insert->bindOptional(6, relation.aspect);
        insert->bindOptional(7, validity.validText);
        insert->bind(8, ImportSession::validityKey(validity.basis));
        insert->bindOptional(9, validity.reportedDates.join(u';'));
        insert->bind(10, envelope.first);
        insert->bind(11, envelope.last);
        insert->bindOptional(12, optionalActor(relation.viaId));
        insert->bindOptional(13, optionalActor(relation.claimedById));
        insert->bindOptional(14, relation.confidence);
        m_session.write(insert);
        const qint64 pk = m_db.lastInsertRowId();
        m_session.setStatus(kind, pk, Status::Added);
        m_session.insertValidity(pk, validity);
        m_session.addEvidence(kind, pk, id, relation.evidence);
        return;
    }

    const qint64 pk = q->int64(0);
    QString source = q->text(1);
    QString target = q->text(2);
    QString type = q->text(3);
    QString aspect = q->text(4);
    QString valid = q->text(5);
    QString via = q->text(6);
    QString claimedBy = q->text(7);
    std::optional<double> confidence = q->optionalReal(8);
    q->reset();

    bool changed = m_session.merge(kind, id, "source", source, relation.sourceId);
    changed |= m_session.merge(kind, id, "target", target, relation.targetId);
    changed |= m_session.merge(kind, id, "type", type, toString(relation.type));
    changed |= m_session.merge(kind, id, "aspect", aspect, relation.aspect);
    const bool validChanged =
        m_session.merge(kind, id, "valid", valid, relation.valid ? relation.valid->toString() : QString());
    changed |= validChanged;
    changed |= m_session.merge(kind, id, "via", via, relation.viaId);
    changed |= m_session.merge(kind, id, "claimed_by", claimedBy, relation.claimedById);
    if (relation.confidence && relation.confidence != confidence) {
        m_session.change(kind, id, QStringLiteral("confidence"), numberText(confidence),
               numberText(relation.confidence));
        confidence = relation.confidence;
        changed = true;
    }
    if (changed) {
        const RelationType relationType = relationTypeFromString(type).value_or(relation.type);
        auto update = m_db.query("UPDATE relations SET source_pk = ?, target_pk = ?, type = ?, "
                                 "sign = ?, aspect = ?, valid = ?, via_pk = ?, "
                                 "claimed_by_pk = ?, confidence = ? WHERE pk = ?");
        update->bind(1, m_session.actorPk(source, kind, id));
        update->bind(2, m_session.actorPk(target, kind, id));
        update->bind(3, type);
        update->bind(4, relationSign(relationType));
        update->bindOptional(5, aspect);
        update->bindOptional(6, valid);
        update->bindOptional(7, optionalActor(via));
        update->bindOptional(8, optionalActor(claimedBy));
        update->bindOptional(9, confidence);
        update->bind(10, pk);
        m_session.write(update);
    }
    const bool evidenceAdded = m_session.addEvidence(kind, pk, id, relation.evidence) > 0;
    if (validChanged || evidenceAdded)
        m_session.markDirty(pk);
    m_session.setStatus(kind, pk, changed || evidenceAdded ? Status::Updated : Status::Unchanged);
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
