// A table model over a paged list op (users.list, audit.list …): fetches the first
// page when the arguments change and further pages as the view scrolls
// (canFetchMore/fetchMore); replies to superseded requests are dropped.
#pragma once

#include "protocol/ErrorCode.h"

#include <QAbstractTableModel>
#include <QCborMap>
#include <QList>
#include <functional>

namespace cordial::client {

class Connection;

class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column {
        QString title;
        // Answers DisplayRole and any other role it cares about; an invalid QVariant otherwise.
        std::function<QVariant(const QCborMap &row, int role)> data;
        // The value sorting compares; DisplayRole text when unset.
        std::function<QVariant(const QCborMap &row)> sortKey = {};
    };
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kRecordIdRole = Qt::UserRole + 2;

    PagedListModel(Connection *connection, QString op, QList<Column> columns, QObject *parent = nullptr);
    ~PagedListModel() override;

    void setPageSize(int rows) { m_pageSize = rows; }
    // New filter arguments: the rows are cleared and the first page requested.
    void setArgs(const QCborMap &args);
    QCborMap args() const { return m_args; }
    void reload() { setArgs(m_args); }

    QCborMap record(int row) const { return m_rows.value(row); }
    int rowOfId(qint64 id) const;
    // Replaces the record with the same "id" (after an edit), keeping the scroll position.
    void updateRecord(const QCborMap &record);
    // The "total" the server reported, or -1 when it does not report one.
    int total() const { return m_total; }
    bool isLoading() const { return m_pending != 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(); // a page arrived
    void loadFailed(const cordial::protocol::Error &error);

private:
    void requestPage(const QString &cursor);

    Connection *m_connection;
    QString m_op;
    QList<Column> m_columns;
    QCborMap m_args;
    QList<QCborMap> m_rows;
    QString m_nextCursor;
    quint64 m_pending = 0;
    int m_total = -1;
    int m_pageSize = 100;
    bool m_failed = false;
};

} // namespace cordial::client
