#include "eventimport.h"

#include "eventattributes.h"
#include "schema.h"

#include <QCoreApplication>

namespace entente {

namespace {

constexpr int kChunk = 64;

using Status = ImportSession::Status;

QString participantsText(const QVector<Participant> &participants)
{
    QStringList parts;
    for (const Participant &p : participants)
        parts.append(p.role.isEmpty() ? p.actorId : p.actorId + u" (" + p.role + u')');
    return parts.join(QStringLiteral(", "));
}

} // namespace

EventImport::EventImport(sql::Database &db, ImportSession &session)
    : m_db(db), m_session(session),
      m_events(db,
               "INSERT OR ROLLBACK INTO events(id, type, date, first_day, last_day, span_class, "
               "title, place_pk, cameo, evidence_count, attributes) VALUES ",
               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", " ON CONFLICT(id) DO NOTHING", kChunk),
      m_participants(
          db, "INSERT OR ROLLBACK INTO event_participants(event_pk, seq, actor_pk, role) VALUES ",
          "(?, ?, ?, ?)")
{
}

void EventImport::run(const QVector<FileToImport> &files)
{
    m_nextPk = m_db.scalar("SELECT max(pk) FROM events") + 1;
    std::vector<Item> chunk;
    chunk.reserve(kChunk);
    for (const FileToImport &f : files) {
        for (const Event &e : f.corpus.events) {
            chunk.push_back(Item{&e, &f.file});
            if (chunk.size() == size_t(kChunk)) {
                importChunk(chunk);
                chunk.clear();
            }
        }
    }
    if (!chunk.empty())
        importChunk(chunk);
}

void EventImport::importChunk(const std::vector<Item> &chunk)
{
    const EntityKind kind = EntityKind::Event;
    // Try to insert every dated event; those whose id is already stored are skipped.
    std::vector<const Item *> dated;
    dated.reserve(chunk.size());
    for (const Item &item : chunk) {
        if (item.event->date.isValid())
            dated.push_back(&item);
    }
    const qint64 firstPk = m_nextPk;
    const qsizetype inserted =
        m_events.insert(qsizetype(dated.size()), [&](sql::Statement &s, int p, qsizetype i) {
            const Event &e = *dated[size_t(i)]->event;
            m_session.setFile(*dated[size_t(i)]->file);
            s.bind(p, e.id);
            s.bind(p + 1, e.type);
            s.bind(p + 2, ImportSession::spanText(e.date));
            s.bind(p + 3, e.date.firstDay());
            s.bind(p + 4, e.date.lastDay());
            s.bind(p + 5, Schema::spanClass(e.date.firstDay(), e.date.lastDay()));
            s.bind(p + 6, e.title);
            s.bindOptional(p + 7, m_session.optionalPlacePk(e.placeId, kind, e.id));
            s.bindOptional(p + 8, e.cameo);
            s.bind(p + 9, ImportSession::distinctSpans(e.evidence));
            s.bindOptional(p + 10, encodeEventAttributes(e.attributes));
        });
    m_nextPk += inserted;
    m_session.report().rowsWritten += inserted;
    std::vector<const QString *> ids;
    ids.reserve(dated.size());
    for (const Item *item : dated)
        ids.push_back(&item->event->id);
    const std::vector<qint64> keys = m_session.insertedKeys(kind, ids, firstPk, inserted);
    QHash<const Item *, qint64> newKeys;
    for (size_t i = 0; i < dated.size(); ++i) {
        if (keys[i] > 0)
            newKeys.insert(dated[i], keys[i]);
    }

    // The new events' participants and evidence, batched across the chunk; the rest
    // (stored before, or repeated within the chunk) merge afterwards, in order.
    struct ParticipantRow
    {
        qint64 eventPk;
        qsizetype seq;
        const Item *item;
    };
    std::vector<ParticipantRow> participants;
    std::vector<ImportSession::OwnedEvidence> evidence;
    std::vector<const Item *> merges;
    for (const Item &item : chunk) {
        const qint64 pk = newKeys.value(&item, 0);
        if (pk == 0) {
            merges.push_back(&item);
            continue;
        }
        m_session.setStatus(kind, pk, Status::Added);
        for (qsizetype i = 0; i < item.event->participants.size(); ++i)
            participants.push_back(ParticipantRow{pk, i, &item});
        for (const Evidence &e : item.event->evidence)
            evidence.push_back({pk, &item.event->id, item.file, &e});
    }
    m_session.report().rowsWritten += m_participants.insert(
        qsizetype(participants.size()), [&](sql::Statement &s, int p, qsizetype i) {
            const ParticipantRow &row = participants[size_t(i)];
            const Event &e = *row.item->event;
            const Participant &participant = e.participants.at(row.seq);
            m_session.setFile(*row.item->file);
            s.bind(p, row.eventPk);
            s.bind(p + 1, qint64(row.seq));
            s.bind(p + 2, m_session.actorPk(participant.actorId, kind, e.id));
            s.bindOptional(p + 3, participant.role);
        });
    m_session.insertEvidence(kind, evidence);
    for (const Item *item : merges) {
        m_session.setFile(*item->file);
        merge(*item->event);
    }
}

void EventImport::insertParticipants(qint64 eventPk, const Event &event)
{
    m_session.report().rowsWritten += m_participants.insert(
        event.participants.size(), [&](sql::Statement &s, int p, qsizetype i) {
            const Participant &participant = event.participants.at(i);
            s.bind(p, eventPk);
            s.bind(p + 1, qint64(i));
            s.bind(p + 2, m_session.actorPk(participant.actorId, EntityKind::Event, event.id));
            s.bindOptional(p + 3, participant.role);
        });
}

void EventImport::merge(const Event &event)
{
    const EntityKind kind = EntityKind::Event;
    auto q = m_db.query("SELECT e.pk, e.type, e.date, e.title, p.id, e.cameo, e.attributes "
                        "FROM events e "
                        "LEFT JOIN places p ON p.pk = e.place_pk WHERE e.id = ?");
    q->bind(1, event.id);
    if (!q->step()) {
        throw ImportError{QCoreApplication::translate("Entente::ProjectImport",
                                                      "%1: the event \"%2\" has no date.")
                              .arg(m_session.file(), event.id)};
    }
    const qint64 pk = q->int64(0);
    QString type = q->text(1);
    QString date = q->text(2);
    QString title = q->text(3);
    QString place = q->text(4);
    QString cameo = q->text(5);
    QString attributes = q->text(6);
    q->reset();
    const QString incomingDate = ImportSession::spanText(event.date);
    bool changed = m_session.merge(kind, event.id, "type", type, event.type);
    changed |= m_session.merge(kind, event.id, "date", date, incomingDate);
    changed |= m_session.merge(kind, event.id, "title", title, event.title);
    changed |= m_session.merge(kind, event.id, "place", place, event.placeId);
    changed |= m_session.merge(kind, event.id, "cameo", cameo, event.cameo);
    changed |= m_session.merge(kind, event.id, "attributes", attributes,
                               encodeEventAttributes(event.attributes));
    if (changed) {
        const TimeSpan span = TimeSpan::parse(date).value_or(event.date);
        auto update = m_db.query("UPDATE events SET type = ?, date = ?, first_day = ?, "
                                 "last_day = ?, span_class = ?, title = ?, place_pk = ?, "
                                 "cameo = ?, attributes = ? WHERE pk = ?");
        update->bind(1, type);
        update->bind(2, date);
        update->bind(3, span.firstDay());
        update->bind(4, span.lastDay());
        update->bind(5, Schema::spanClass(span.firstDay(), span.lastDay()));
        update->bind(6, title);
        update->bindOptional(7, m_session.optionalPlacePk(place, kind, event.id));
        update->bindOptional(8, cameo);
        update->bindOptional(9, attributes);
        update->bind(10, pk);
        m_session.write(update);
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
            m_session.change(kind, event.id, QStringLiteral("participants"),
                             participantsText(stored), participantsText(event.participants));
            changed = true;
        }
    }
    if (m_session.addEvidence(kind, pk, event.id, event.evidence) > 0)
        changed = true;
    m_session.setStatus(kind, pk, changed ? Status::Updated : Status::Unchanged);
}

} // namespace entente
