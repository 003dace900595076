#include "sessiontablemodel.h"

#include "session/session.h"

#include <algorithm>
#include <numeric>

namespace entente {

SessionTableModel::SessionTableModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &Session::projectChanged, this, [this] {
        m_ranks.clear();
        reload();
    });
    connect(session, &Session::filterChanged, this, &SessionTableModel::reload);
}

void SessionTableModel::reload()
{
    // A filter change can replace every row: a reset is cheaper for the views than
    // thousands of row moves, and the browse panel restores the selection after it.
    beginResetModel();
    if (m_columns.isEmpty())
        m_columns = columns();
    m_items.clear();
    m_rowOfItem.clear();
    if (m_session->sharedSnapshot()) {
        m_items = items(*m_session);
        sortItems();
        m_rowOfItem.fill(-1, itemCount(m_session->snapshot()));
        for (int row = 0; row < m_items.size(); ++row)
            m_rowOfItem[m_items.at(row)] = row;
    }
    endResetModel();
}

void SessionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> itemsBefore;
    itemsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        itemsBefore.append(m_items.at(index.row()));
    sortItems();
    for (int row = 0; row < m_items.size(); ++row)
        m_rowOfItem[m_items.at(row)] = row;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(m_rowOfItem.at(itemsBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SessionTableModel::sortItems()
{
    if (m_sortColumn < 0 || !m_session->sharedSnapshot()) {
        std::sort(m_items.begin(), m_items.end());
        return;
    }
    const QVector<int> &rank = ranks(m_sortColumn);
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(m_items.begin(), m_items.end(), [&](int a, int b) { return rank[a] < rank[b]; });
    else
        std::sort(m_items.begin(), m_items.end(), [&](int a, int b) { return rank[a] > rank[b]; });
}

const QVector<int> &SessionTableModel::ranks(int column)
{
    auto it = m_ranks.find(column);
    if (it != m_ranks.end())
        return *it;
    // Every item of the snapshot, ordered once by this column's value; ties keep the
    // snapshot's order so that sorting is stable across filter changes.
    const Snapshot &snapshot = m_session->snapshot();
    const int n = int(itemCount(snapshot));
    QVector<QVariant> keys(n);
    for (int i = 0; i < n; ++i)
        keys[i] = sortValue(snapshot, i, column);
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QVariant &x = keys[a];
        const QVariant &y = keys[b];
        if (x.typeId() == QMetaType::QString && y.typeId() == QMetaType::QString)
            return QString::compare(x.toString(), y.toString(), Qt::CaseInsensitive) < 0;
        return QVariant::compare(x, y) == QPartialOrdering::Less;
    });
    QVector<int> rank(n);
    for (int r = 0; r < n; ++r)
        rank[order[r]] = r;
    return *m_ranks.insert(column, std::move(rank));
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Snapshot &snapshot = m_session->snapshot();
    const int item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(snapshot, item, index.column());
    case Qt::ToolTipRole: return toolTip(snapshot, item);
    case Qt::TextAlignmentRole: return int(m_columns.at(index.column()).alignment);
    case IdRole: return id(snapshot, item);
    case SortRole: return sortValue(snapshot, item, index.column());
    default: return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::ToolTipRole)
        return m_columns.at(section).toolTip;
    return {};
}

int SessionTableModel::rowOf(const QString &wanted) const
{
    if (!m_session->sharedSnapshot())
        return -1;
    const int item = itemIndex(m_session->snapshot(), wanted);
    return item >= 0 && item < m_rowOfItem.size() ? m_rowOfItem.at(item) : -1;
}

QString SessionTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    return id(m_session->snapshot(), m_items.at(row));
}

QVariant SessionTableModel::sortValue(const Snapshot &snapshot, int item, int column) const
{
    return display(snapshot, item, column);
}

QString SessionTableModel::toolTip(const Snapshot &, int) const
{
    return {};
}

} // namespace entente
