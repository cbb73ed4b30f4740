#include "customers/CustomerListModel.h"

#include "net/Connection.h"

#include <QCborArray>
#include <QColor>
#include <QPointer>

namespace cordial::client::customers {

CustomerListModel::CustomerListModel(Connection *connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
}

CustomerListModel::~CustomerListModel()
{
    if (m_pending)
        m_connection->cancel(m_pending);
}

void CustomerListModel::setColumns(const QStringList &keys)
{
    beginResetModel();
    m_columns = keys;
    endResetModel();
}

void CustomerListModel::reload()
{
    if (m_pending) {
        m_connection->cancel(m_pending);
        m_pending = 0;
    }
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    m_failed = false;
    endResetModel();
    m_total = -1;
    Q_EMIT totalChanged(m_total);
    request({});
}

void CustomerListModel::request(const QString &cursor)
{
    QCborArray columns;
    for (const QString &key : m_columns)
        columns.append(key);
    QCborMap args;
    QString op;
    if (isSearching()) {
        op = QStringLiteral("customers.search");
        args.insert(QStringLiteral("query"), m_query);
        args.insert(QStringLiteral("limit"), kSearchLimit);
    } else {
        op = QStringLiteral("customers.list");
        args.insert(QStringLiteral("limit"), kPageSize);
        if (!m_filters.isEmpty())
            args.insert(QStringLiteral("filters"), m_filters);
        if (!m_sort.isEmpty())
            args.insert(QStringLiteral("sort"), m_sort);
        if (m_binned)
            args.insert(QStringLiteral("binned"), true);
        if (!cursor.isEmpty())
            args.insert(QStringLiteral("cursor"), cursor);
    }
    // deleted_at is not a field; binned rows carry it anyway.
    args.insert(QStringLiteral("columns"), columns);
    m_lastArgs = args;

    const quint64 generation = m_generation;
    QPointer<CustomerListModel> self(this);
    auto id = std::make_shared<quint64>(0);
    *id = m_connection->request(op, args, [this, self, id, generation](const protocol::Reply &reply) {
        // A reply of an earlier query or list (the person typed on) is never shown.
        if (!self || generation != m_generation || *id != m_pending)
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
        if (!items.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
            for (const QCborValue &item : items)
                m_rows.append(item.toMap());
            endInsertRows();
        }
        const QCborValue total = result.value(QStringLiteral("total"));
        if (total.isInteger())
            m_total = int(total.toInteger());
        else if (isSearching())
            m_total = int(m_rows.size());
        Q_EMIT totalChanged(m_total);
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
    });
    m_pending = *id;
    Q_EMIT loadingChanged(true);
}

qint64 CustomerListModel::idAt(int row) const
{
    return m_rows.value(row).value(QStringLiteral("id")).toInteger();
}

int CustomerListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].value(QStringLiteral("id")).toInteger() == id)
            return i;
    return -1;
}

void CustomerListModel::updateRecord(const QCborMap &record)
{
    const int row = rowOfId(record.value(QStringLiteral("id")).toInteger());
    if (row < 0)
        return;
    m_rows[row] = record;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void CustomerListModel::removeIds(const QList<qint64> &ids)
{
    int removed = 0;
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        ++removed;
    }
    if (removed && m_total >= 0) {
        m_total = qMax(0, m_total - removed);
        Q_EMIT totalChanged(m_total);
    }
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QCborMap &row = m_rows[index.row()];
    const QString &key = m_columns[index.column()];
    if (role == kRecordIdRole)
        return row.value(QStringLiteral("id")).toInteger();
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

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_pending && !m_failed && !m_nextCursor.isEmpty();
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_nextCursor);
}

} // namespace cordial::client::customers
