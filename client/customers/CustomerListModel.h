// The customer list: pages of customers.list fetched as the view scrolls (keyset
// cursor, 100 rows a page, only the visible columns), or the results of
// customers.search while a query is active. Replies to superseded requests are
// dropped by a generation counter.
#pragma once

#include "customers/CustomerFields.h"
#include "protocol/ErrorCode.h"

#include <QAbstractTableModel>
#include <QCborMap>
#include <QList>

namespace cordial::client {

class Connection;

namespace customers {

class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    static constexpr int kSearchLimit = 200;
    static constexpr int kRecordIdRole = Qt::UserRole + 2;
    static constexpr int kFieldKeyRole = Qt::UserRole + 3;

    explicit CustomerListModel(Connection *connection, QObject *parent = nullptr);
    ~CustomerListModel() override;

    void setCatalog(const FieldCatalog &catalog) { m_catalog = catalog; }
    const FieldCatalog &catalog() const { return m_catalog; }

    // The setters below take effect with the next reload().
    void setColumns(const QStringList &keys);
    QStringList columns() const { return m_columns; }
    void setFilters(const QCborMap &filters) { m_filters = filters; }
    QCborMap filters() const { return m_filters; }
    void setSort(const QString &sort) { m_sort = sort; } // "name", "-created_at"; empty = server default
    QString sort() const { return m_sort; }
    void setBinned(bool binned) { m_binned = binned; }
    bool isBinned() const { return m_binned; }
    // A non-empty query switches to search results; an empty one back to the list.
    void setQuery(const QString &query) { m_query = query.trimmed(); }
    QString query() const { return m_query; }
    bool isSearching() const { return !m_query.isEmpty(); }

    // Clears the rows and asks for the first page (or the search results).
    void reload();

    QCborMap record(int row) const { return m_rows.value(row); }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    // Replaces the row of the record with this id (after an edit), keeping the scroll position.
    void updateRecord(const QCborMap &record);
    void removeIds(const QList<qint64> &ids);
    QString columnKey(int column) const { return m_columns.value(column); }

    // The total the server reported for the list, or the number of search results; -1 while unknown.
    int total() const { return m_total; }
    bool isLoading() const { return m_pending != 0; }
    bool hasMore() const { return !m_nextCursor.isEmpty(); }
    quint64 generation() const { return m_generation; }
    // The arguments of the last request sent, for tests.
    QCborMap lastArgs() const { return m_lastArgs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();      // a page or the search results arrived
    void totalChanged(int total);
    void loadFailed(const cordial::protocol::Error &error);

private:
    void request(const QString &cursor);

    Connection *m_connection;
    FieldCatalog m_catalog;
    QStringList m_columns;
    QCborMap m_filters;
    QString m_sort;
    QString m_query;
    bool m_binned = false;
    QList<QCborMap> m_rows;
    QString m_nextCursor;
    QCborMap m_lastArgs;
    quint64 m_pending = 0;
    quint64 m_generation = 0;
    int m_total = -1;
    bool m_failed = false;
};

} // namespace customers
} // namespace cordial::client
