#include "actortablemodel.h"

#include "evidence/evidencetext.h"
#include "session/session.h"

namespace entente {

ActorTableModel::ActorTableModel(Session *session, QObject *parent)
    : SessionTableModel(session, parent)
{
    reload();
}

QVector<int> ActorTableModel::items(const Session &session) const
{
    return session.visible().actors;
}

QVector<SessionTableModel::Column> ActorTableModel::columns() const
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    return {{tr("Actor"), tr("The actor's name")},
            {tr("Kind"), tr("State, government, armed group, person…")},
            {tr("Country"), tr("The country the actor belongs to")},
            {tr("Events"), tr("Events it takes part in, in the whole project"), right},
            {tr("Relations"), tr("Relations it is a side of, in the whole project"), right}};
}

QString ActorTableModel::id(const Snapshot &snapshot, int item) const
{
    return snapshot.actors[item].id;
}

int ActorTableModel::itemIndex(const Snapshot &snapshot, const QString &id) const
{
    return snapshot.actorIndex(id);
}

qsizetype ActorTableModel::itemCount(const Snapshot &snapshot) const
{
    return snapshot.actors.size();
}

QVariant ActorTableModel::display(const Snapshot &s, int item, int column) const
{
    const SnapshotActor &a = s.actors[item];
    switch (column) {
    case Name: return a.name;
    case Kind: return EvidenceText::actorKind(a.kind);
    case Country: return a.country.isEmpty() ? QString() : EvidenceText::country(a.country);
    case Events: return a.eventCount;
    case Relations: return a.relationCount;
    default: return {};
    }
}

QString ActorTableModel::toolTip(const Snapshot &s, int item) const
{
    const SnapshotActor &a = s.actors[item];
    if (a.aliases.isEmpty())
        return a.name;
    return tr("%1\nalso: %2").arg(a.name, a.aliases.join(QStringLiteral(", ")));
}

} // namespace entente
