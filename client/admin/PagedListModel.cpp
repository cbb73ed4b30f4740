#include "admin/PagedListModel.h"

#include "net/Connection.h"

#include <QCborArray>
#include <QPointer>

namespace cordial::client {

PagedListModel::PagedListModel(Connection *connection, QString op, QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection), m_op(std::move(op)), m_columns(std::move(columns))
{
}

PagedListModel::~PagedListModel()
{
    if (m_pending)
        m_connection->cancel(m_pending);
}

void PagedListModel::setArgs(const QCborMap &args)
{
    if (m_pending) {
        m_connection->cancel(m_pending);
        m_pending = 0;
    }
    beginResetModel();
    m_args = args;
    m_rows.clear();
    m_nextCursor.clear();
    m_total = -1;
    m_failed = false;
    endResetModel();
    requestPage({});
}

void PagedListModel::requestPage(const QString &cursor)
{
    QCborMap args = m_args;
    args.insert(QStringLiteral("limit"), m_pageSize);
    if (!cursor.isEmpty())
        args.insert(QStringLiteral("cursor"), cursor);
    QPointer<PagedListModel> self(this);
    // The id is compared in the callback as well as cancelled on a reset: a reply
    // already queued for delivery must not land in the new list either.
    auto id = std::make_shared<quint64>(0);
    *id = m_connection->request(m_op, args, [this, self, id](const protocol::Reply &reply) {
        if (!self || *id != m_pending)
            return;
        m_pending = 0;
        if (!reply.ok) {
            m_failed = true;
            Q_EMIT loadingChanged(false);
            Q_EMIT loadFailed(reply.error);
            return;
        }
        const QCborMap result = reply.result.toMap();
        const QCborArray items = result.value(QStringLiteral("items")).toArray();
        m_nextCursor = result.value(QStringLiteral("next_cursor")).toString();
        const QCborValue total = result.value(QStringLiteral("total"));
        m_total = total.isInteger() ? int(total.toInteger()) : -1;
        if (!items.isEmpty()) {
            beginInsertRows({}, m_rows.size(), m_rows.size() + items.size() - 1);
            for (const QCborValue &item : items)
                m_rows.append(item.toMap());
            endInsertRows();
        }
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
    });
    m_pending = *id;
    Q_EMIT loadingChanged(true);
}

int PagedListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].value(QStringLiteral("id")).toInteger() == id)
            return i;
    return -1;
}

void PagedListModel::updateRecord(const QCborMap &record)
{
    const int row = rowOfId(record.value(QStringLiteral("id")).toInteger());
    if (row < 0)
        return;
    m_rows[row] = record;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns.size();
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QCborMap &row = m_rows[index.row()];
    const Column &column = m_columns[index.column()];
    if (role == kRecordIdRole)
        return row.value(QStringLiteral("id")).toInteger();
    if (role == kSortRole)
        return column.sortKey ? column.sortKey(row) : column.data(row, Qt::DisplayRole);
    return column.data(row, role);
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns[section].title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_pending && !m_failed && !m_nextCursor.isEmpty();
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextCursor);
}

} // namespace cordial::client
