// The customer list: customers.list with the visible columns, the server's sort and
// filters, or the recycle bin — a sized list of every customer, whose pages are read
// as the view scrolls and forgotten far from it (PagedModel) — or the results of
// customers.search (one page of at most 200) while a query is active.
#pragma once

#include "customers/CustomerFields.h"
#include "models/PagedModel.h"

namespace cordial::client {

class Connection;

namespace customers {

class CustomerListModel : public PagedModel
{
    Q_OBJECT
public:
    static constexpr int kSearchLimit = 200;
    static constexpr int kFieldKeyRole = Qt::UserRole + 3;

    explicit CustomerListModel(Connection *connection, QObject *parent = nullptr);

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

    QString columnKey(int column) const { return m_columns.value(column); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant rowData(const QCborMap &row, int column, int role) const override;

private:
    FieldCatalog m_catalog;
    QStringList m_columns;
    QCborMap m_filters;
    QString m_sort;
    QString m_query;
    bool m_binned = false;
};

} // namespace customers
} // namespace cordial::client
