// Opening databases (SQLite or PostgreSQL), per-thread connections, SQL dialect
// differences, transactions and query helpers. All SQL that differs between the
// two databases lives in this folder.
#pragma once

#include "protocol/ErrorCode.h"

#include <QCborValue>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace cordial::server::db {

using protocol::Result;
using protocol::Status;

class WriteGate;

enum class Backend { Sqlite, Postgres };

struct DatabaseUrl {
    Backend backend = Backend::Sqlite;
    QString path;     // SQLite file
    QString host;     // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString name;

    // "" or "sqlite:" → <dataDir>/cordial.db; "sqlite:///abs/path.db";
    // "postgresql://user[:password]@host[:port]/dbname".
    static Result<DatabaseUrl> parse(const QString &url, const QString &dataDir);
    QString display() const; // without the password
};

class Dialect
{
public:
    explicit Dialect(Backend backend) : m_backend(backend) {}
    Backend backend() const { return m_backend; }
    // Statement that starts a read-write transaction (SQLite takes the write lock at once).
    QString beginWrite() const;
    // Suffix that locks the selected rows until commit ("" on SQLite, where the write lock already serialises).
    QString forUpdate() const;
    // An SQL expression reading member `key` of the JSON text in `column` (NULL when
    // absent), as a number when `numeric`.
    QString jsonMember(const QString &column, const QString &key, bool numeric = false) const;
    // `expression` such that the planner does not pick an index of it: SQLite, which
    // has no statistics, would otherwise walk a filter's index rather than the one that
    // finds the few candidates ("+c.owner_id"). PostgreSQL plans on statistics.
    QString unindexed(const QString &expression) const;
    // Replaces the placeholders in migration text ({{ID}}) and keeps only the lines
    // meant for this backend ("-- @sqlite" / "-- @postgresql" … "-- @end" blocks).
    QString migrationSql(QString sql) const;

private:
    Backend m_backend;
};

// Opens a new named connection and applies the per-connection settings.
Result<QSqlDatabase> openConnection(const DatabaseUrl &url, const QString &connectionName);

// A connection per thread for the server's workers, opened on first use and closed
// when the thread ends.
class ConnectionPool
{
public:
    explicit ConnectionPool(DatabaseUrl url);
    Result<QSqlDatabase> connectionForThisThread();
    const DatabaseUrl &url() const { return m_url; }
    Dialect dialect() const { return Dialect(m_url.backend); }

private:
    DatabaseUrl m_url;
};

// Runs one statement with positional bound values. A null QString binds as '' (use
// QVariant() for SQL NULL). Errors are logged and mapped to
// `internal`, or to `conflict` for unique-constraint violations.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// As exec(), but on SQLite the statement does not wait for another connection's
// write lock (busy timeout 0 for it alone): for a write that may be skipped and made
// again later, so that a long transaction elsewhere (a large import) does not stall
// this worker for the busy timeout. Fails with `internal` ("database is locked") then.
Result<QSqlQuery> execWithoutWaiting(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// One row copied out of its statement, read like a positioned QSqlQuery.
class Row
{
public:
    Row() = default;
    explicit Row(const QSqlQuery &q);
    QVariant value(int column) const { return m_values.value(column); }
    bool isNull(int column) const { return column >= m_values.size() || m_values.at(column).isNull(); }

private:
    QVariantList m_values;
};

// Runs a statement expected to return at most one row and copies it into `out`.
// Returns whether a row was found. The statement is finished before this returns,
// so no read snapshot stays open behind the caller (on SQLite an open one makes a
// later write transaction on the same connection fail with SQLITE_BUSY_SNAPSHOT
// when another connection committed meanwhile).
Result<bool> fetchOne(Row &out, const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Runs an INSERT with " RETURNING id" appended (SQLite ≥ 3.35 and PostgreSQL) and returns the new id.
Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &binds);

// A read-write transaction that rolls back unless committed. Inside an op, its
// first one does not begin while a long one runs (db/WriteGate.h).
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, Dialect dialect);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();
    const QSqlDatabase &db() const { return m_db; }
    const Dialect &dialect() const { return m_dialect; }

private:
    void openGate();

    QSqlDatabase m_db;
    Dialect m_dialect;
    bool m_open = false;
    WriteGate *m_closedGate = nullptr; // a long transaction's, until it ends
};

// While it lives, an SQLite connection keeps up to `mebibytes` of pages in memory
// (SQLite's default is 2 MiB); the size it had comes back when it goes. For a
// transaction that writes many rows: a small cache spills its dirty pages to the WAL
// and reads them back while the transaction runs. Nothing on PostgreSQL.
class LargerPageCache
{
public:
    LargerPageCache(const QSqlDatabase &db, const Dialect &dialect, int mebibytes);
    ~LargerPageCache();
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_previous; // PRAGMA cache_size as it was; none: untouched
};

// "?, ?, ?": the placeholders of n bound values, for "IN (…)" and "VALUES (…)".
QString placeholders(qsizetype n);
// A nullable integer column (an id) as the wire has it: the integer or null.
QCborValue nullableId(const QSqlQuery &q, int column);
QCborValue nullableId(const Row &row, int column);

qint64 nowMs();
QString isoTime(qint64 epochMs); // ISO 8601 UTC with milliseconds, e.g. 2026-11-24T08:06:31.123Z
std::optional<qint64> parseIsoTime(const QString &text);

} // namespace cordial::server::db
