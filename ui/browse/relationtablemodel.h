#pragma once

#include "sessiontablemodel.h"

namespace entente {

// The relations valid in the filter: who, what relation, to whom, when it held, through
// whom, and how many evidence quotes back it.
class RelationTableModel final : public SessionTableModel
{
    Q_OBJECT

public:
    enum ColumnId { Source, Type, Target, Valid, Via, Evidence };

    explicit RelationTableModel(Session *session, QObject *parent = nullptr);

protected:
    QVector<int> items(const Session &session) const override;
    QVector<Column> columns() const override;
    QString id(const Snapshot &snapshot, int item) const override;
    int itemIndex(const Snapshot &snapshot, const QString &id) const override;
    qsizetype itemCount(const Snapshot &snapshot) const override;
    QVariant display(const Snapshot &snapshot, int item, int column) const override;
    QVariant sortValue(const Snapshot &snapshot, int item, int column) const override;
    QString toolTip(const Snapshot &snapshot, int item) const override;
};

} // namespace entente
