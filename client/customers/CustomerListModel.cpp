#include "customers/CustomerListModel.h"

#include <QCborArray>

namespace cordial::client::customers {

CustomerListModel::CustomerListModel(Connection *connection, QObject *parent) : PagedModel(connection, parent) {}

void CustomerListModel::setColumns(const QStringList &keys)
{
    beginResetModel();
    m_columns = keys;
    endResetModel();
}

void CustomerListModel::reload()
{
    QCborArray columns;
    for (const QString &key : m_columns)
        columns.append(key);
    ListRequest request;
    if (!m_filters.isEmpty())
        request.args.insert(QStringLiteral("filters"), m_filters);
    if (isSearching()) {
        request.op = QStringLiteral("customers.search");
        request.args.insert(QStringLiteral("query"), m_query);
        // One page holds every result the server gives.
        request.pageSize = kSearchLimit;
    } else {
        request.op = QStringLiteral("customers.list");
        request.seekable = true;
        if (!m_sort.isEmpty())
            request.args.insert(QStringLiteral("sort"), m_sort);
        if (m_binned)
            request.args.insert(QStringLiteral("binned"), true);
        // A read of ids alone (readRows): id and version come with any column; the
        // name is the one column asked for (an empty list would mean every field; a
        // role that hides the name gets every field it sees: larger, as right).
        request.idArgs.insert(QStringLiteral("columns"), QCborArray{QStringLiteral("name")});
    }
    // deleted_at is not a field; binned rows carry it anyway.
    request.args.insert(QStringLiteral("columns"), columns);
    load(std::move(request));
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CustomerListModel::rowData(const QCborMap &row, int column, int role) const
{
    const QString &key = m_columns[column];
    if (role == kFieldKeyRole)
        return key;
    const FieldInfo *field = m_catalog.find(key);
    if (!field)
        return role == Qt::DisplayRole ? row.value(key).toVariant() : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return FieldText::display(*field, row.value(key), row);
    case Qt::ToolTipRole: {
        const QString text = FieldText::display(*field, row.value(key), row);
        return text.size() > 20 ? text : QVariant();
    }
    case Qt::TextAlignmentRole:
        return FieldText::isRightAligned(*field) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                 : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const FieldInfo *field = m_catalog.find(m_columns[section]);
    if (role == Qt::DisplayRole)
        return field ? field->title() : m_columns[section];
    if (role == Qt::TextAlignmentRole && field && FieldText::isRightAligned(*field))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == kFieldKeyRole)
        return m_columns[section];
    return {};
}

} // namespace cordial::client::customers
