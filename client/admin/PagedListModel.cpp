#include "admin/PagedListModel.h"

namespace cordial::client {

PagedListModel::PagedListModel(Connection *connection, QString op, QList<Column> columns, QObject *parent)
    : PagedModel(connection, parent), m_op(std::move(op)), m_columns(std::move(columns))
{
}

void PagedListModel::setArgs(const QCborMap &args)
{
    m_args = args;
    load({m_op, m_args});
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedListModel::rowData(const QCborMap &row, int column, int role) const
{
    const Column &c = m_columns[column];
    if (role == kSortRole)
        return c.sortKey ? c.sortKey(row) : c.data(row, Qt::DisplayRole);
    return c.data(row, role);
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns[section].title;
    return PagedModel::headerData(section, orientation, role);
}

} // namespace cordial::client
