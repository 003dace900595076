#pragma once

#include "sessiontablemodel.h"

namespace entente {

// The actors of the visible events and relations: name, kind, country and how active
// each is in the whole project.
class ActorTableModel final : public SessionTableModel
{
    Q_OBJECT

public:
    enum ColumnId { Name, Kind, Country, Events, Relations };

    explicit ActorTableModel(Session *session, QObject *parent = nullptr);

protected:
    QVector<int> items(const Session &session) const override;
    QVector<Column> columns() const override;
    QString id(const Snapshot &snapshot, int item) const override;
    int itemIndex(const Snapshot &snapshot, const QString &id) const override;
    qsizetype itemCount(const Snapshot &snapshot) const override;
    QVariant display(const Snapshot &snapshot, int item, int column) const override;
    QString toolTip(const Snapshot &snapshot, int item) const override;
};

} // namespace entente
