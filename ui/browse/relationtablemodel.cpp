#include "relationtablemodel.h"

#include "evidence/evidencetext.h"
#include "session/session.h"
#include "viewpalette.h"

#include <limits>

namespace entente {

namespace {

QString actorName(const Snapshot &s, int actor)
{
    return actor >= 0 && actor < s.actors.size() ? s.actors[actor].name : QString();
}

} // namespace

RelationTableModel::RelationTableModel(Session *session, QObject *parent)
    : SessionTableModel(session, parent)
{
    reload();
}

QVector<int> RelationTableModel::items(const Session &session) const
{
    return session.visible().relations;
}

QVector<SessionTableModel::Column> RelationTableModel::columns() const
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    return {{tr("Source"), tr("The actor the relation goes from")},
            {tr("Relation"), tr("Supports, opposes, fights…")},
            {tr("Target"), tr("The actor the relation goes to")},
            {tr("Valid"), tr("When the relation held: its interval, the dates of the articles "
                             "that report it, or undated")},
            {tr("Via"), tr("The intermediary, when the support goes through one")},
            {tr("Evidence"), tr("Quotes from articles that back it"), right}};
}

QString RelationTableModel::id(const Snapshot &snapshot, int item) const
{
    return snapshot.relations[item].id;
}

int RelationTableModel::itemIndex(const Snapshot &snapshot, const QString &id) const
{
    return snapshot.relationIndex(id);
}

qsizetype RelationTableModel::itemCount(const Snapshot &snapshot) const
{
    return snapshot.relations.size();
}

QVariant RelationTableModel::display(const Snapshot &s, int item, int column) const
{
    const SnapshotRelation &r = s.relations[item];
    switch (column) {
    case Source: return actorName(s, r.source);
    case Type: return relationTypeLabel(r.type);
    case Target: return actorName(s, r.target);
    case Valid:
        if (r.basis == ValidityBasis::Explicit)
            return EvidenceText::dateText(r.validText);
        if (r.periods.isEmpty())
            return tr("undated");
        return tr("as reported, %1").arg(EvidenceText::dayRange(r.periods.first().first,
                                                                 r.periods.last().last));
    case Via: return actorName(s, r.via);
    case Evidence: return r.evidenceCount;
    default: return {};
    }
}

QVariant RelationTableModel::sortValue(const Snapshot &s, int item, int column) const
{
    if (column != Valid)
        return display(s, item, column);
    // By first day; undated relations last.
    const SnapshotRelation &r = s.relations[item];
    return r.periods.isEmpty() ? std::numeric_limits<qint64>::max() : r.periods.first().first;
}

QString RelationTableModel::toolTip(const Snapshot &s, int item) const
{
    const SnapshotRelation &r = s.relations[item];
    return EvidenceText::relationSentence(r.type, actorName(s, r.source), actorName(s, r.target));
}

} // namespace entente
