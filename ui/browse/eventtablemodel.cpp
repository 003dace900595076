#include "eventtablemodel.h"

#include "evidence/evidencetext.h"
#include "session/session.h"

namespace entente {

namespace {

QString participantNames(const Snapshot &s, const SnapshotEvent &e)
{
    QStringList names;
    for (const SnapshotParticipant &p : e.participants) {
        if (p.actor >= 0 && p.actor < s.actors.size())
            names << s.actors[p.actor].name;
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

EventTableModel::EventTableModel(Session *session, QObject *parent)
    : SessionTableModel(session, parent)
{
    reload();
}

QVector<int> EventTableModel::items(const Session &session) const
{
    return session.visible().events;
}

QVector<SessionTableModel::Column> EventTableModel::columns() const
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    return {{tr("Date"), tr("When it happened, as precisely as the sources say")},
            {tr("Event"), tr("The event's title")},
            {tr("Type"), tr("The kind of event")},
            {tr("Place"), tr("Where it happened")},
            {tr("Participants"), tr("The actors taking part")},
            {tr("Evidence"), tr("Quotes from articles that report it"), right}};
}

QString EventTableModel::id(const Snapshot &snapshot, int item) const
{
    return snapshot.events[item].id;
}

int EventTableModel::itemIndex(const Snapshot &snapshot, const QString &id) const
{
    return snapshot.eventIndex(id);
}

qsizetype EventTableModel::itemCount(const Snapshot &snapshot) const
{
    return snapshot.events.size();
}

QVariant EventTableModel::display(const Snapshot &s, int item, int column) const
{
    const SnapshotEvent &e = s.events[item];
    switch (column) {
    case Date: return EvidenceText::dateText(e.dateText);
    case Title: return e.title;
    case Type: return e.type;
    case Place: return e.place >= 0 && e.place < s.places.size() ? s.places[e.place].name : QString();
    case Participants: return participantNames(s, e);
    case Evidence: return e.evidenceCount;
    default: return {};
    }
}

QVariant EventTableModel::sortValue(const Snapshot &s, int item, int column) const
{
    // The snapshot keeps events in date order: the index sorts dates of any precision.
    if (column == Date)
        return item;
    return display(s, item, column);
}

QString EventTableModel::toolTip(const Snapshot &s, int item) const
{
    const SnapshotEvent &e = s.events[item];
    return tr("%1\n%2 · %3").arg(e.title, EvidenceText::dateText(e.dateText), participantNames(s, e));
}

} // namespace entente
