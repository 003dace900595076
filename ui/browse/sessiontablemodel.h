#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace entente {

class Session;
class Snapshot;

// A table of the snapshot items (events, actors or relations) that pass the session's
// filter, one row each, kept current as the project and filter change. The subclasses
// say which items and what the columns show; rows carry the item's id (IdRole) for
// selection and a raw value (SortRole) so that dates and counts sort as numbers.
// The model sorts itself: each column's order over the whole snapshot is ranked once
// (when first asked for), so that a filter change re-sorts integers, not strings.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit SessionTableModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // column < 0: the default order (the snapshot's).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The row of the item with this id, or -1 when it is not shown.
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

protected:
    struct Column
    {
        QString title;
        QString toolTip;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    // The snapshot indices to show, in a sensible default order.
    virtual QVector<int> items(const Session &session) const = 0;
    virtual QVector<Column> columns() const = 0;
    virtual QString id(const Snapshot &snapshot, int item) const = 0;
    virtual int itemIndex(const Snapshot &snapshot, const QString &id) const = 0;
    virtual qsizetype itemCount(const Snapshot &snapshot) const = 0;
    virtual QVariant display(const Snapshot &snapshot, int item, int column) const = 0;
    // Defaults to the display text.
    virtual QVariant sortValue(const Snapshot &snapshot, int item, int column) const;
    virtual QString toolTip(const Snapshot &snapshot, int item) const;

    const Session &session() const { return *m_session; }
    // Subclasses call this from their constructor (virtual calls are not yet possible in
    // the base's).
    void reload();

private:
    Session *m_session;
    QVector<int> m_items;
    QVector<int> m_rowOfItem; // by snapshot index; -1 when not shown
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<int, QVector<int>> m_ranks; // column -> rank of each snapshot item

    void sortItems();
    const QVector<int> &ranks(int column);
    QVector<Column> m_columns;
};

} // namespace entente
