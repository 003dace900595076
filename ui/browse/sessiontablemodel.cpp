#include "sessiontablemodel.h"

#include "session/session.h"

namespace entente {

SessionTableModel::SessionTableModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &Session::projectChanged, this, &SessionTableModel::reload);
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
        m_rowOfItem.fill(-1, itemCount(m_session->snapshot()));
        for (int row = 0; row < m_items.size(); ++row)
            m_rowOfItem[m_items.at(row)] = row;
    }
    endResetModel();
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
