// A table over a paged list op (users.list, audit.list …) whose columns are given
// as functions of a row: the paging itself (pages on demand, a bounded cache,
// dropping stale replies) is PagedModel's.
#pragma once

#include "models/PagedModel.h"

#include <functional>

namespace cordial::client {

class PagedListModel : public PagedModel
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

    PagedListModel(Connection *connection, QString op, QList<Column> columns, QObject *parent = nullptr);

    // New filter arguments: the rows are cleared and the first page requested.
    void setArgs(const QCborMap &args);
    QCborMap args() const { return m_args; }
    void reload() { setArgs(m_args); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant rowData(const QCborMap &row, int column, int role) const override;

private:
    QString m_op;
    QList<Column> m_columns;
    QCborMap m_args;
};

} // namespace cordial::client
