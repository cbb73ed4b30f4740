// Statements prepared once per worker connection and kept for the next request (#4).
#pragma once

#include "db/Database.h"

#include <memory>

namespace cordial::server::db {

struct CachedStatement;

// An executed statement borrowed from the cache of this thread's pool connection;
// read it like a QSqlQuery. When the handle goes the statement is reset — its read
// snapshot on SQLite ends there, as when a QSqlQuery is destroyed — and kept for
// the next run of the same SQL. Preparing was ~12 % of the server's CPU: the
// customer select has ~75 columns and three joins.
class CachedQuery
{
public:
    CachedQuery(CachedQuery &&other) noexcept;
    CachedQuery &operator=(CachedQuery &&) = delete;
    ~CachedQuery();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    bool isNull(int column) const { return m_query->isNull(column); }
    const QSqlQuery &query() const { return *m_query; }

private:
    friend Result<CachedQuery> execCached(const QSqlDatabase &, const QString &, const QVariantList &);
    CachedQuery(std::shared_ptr<CachedStatement> cached, std::unique_ptr<QSqlQuery> oneOff);

    std::shared_ptr<CachedStatement> m_cached;
    std::unique_ptr<QSqlQuery> m_oneOff;
    QSqlQuery *m_query = nullptr;
};

// As exec(), with the statement prepared once per pool connection. A connection that
// is not this thread's pool connection, or SQL already borrowed by an outer caller
// (nested use), gets a one-off statement. Use it for statements with a fixed text
// run on every request; SQL built around user input (IN lists of varying length)
// would only fill the cache.
Result<CachedQuery> execCached(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// Drops the statements cached for a connection; called before it closes.
void dropCachedStatements(const QString &connectionName);

} // namespace cordial::server::db
