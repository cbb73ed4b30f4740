// The database-specific halves of backup and restore: a consistent copy of the live
// database (SQLite: VACUUM INTO; PostgreSQL: pg_dump from an exported snapshot),
// the checks of such a copy, and loading a dump into an empty PostgreSQL database.
#pragma once

#include "db/Database.h"

#include <atomic>

namespace cordial::server::db {

// What a copy holds, read from the same snapshot as its data.
struct SnapshotFacts {
    int schemaVersion = 0;
    qint64 auditLastId = 0;
    QString auditLastHash;
};

// A named connection that is closed and unregistered when this goes out of scope.
// Declare it before any QSqlDatabase or QSqlQuery that uses it.
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString &prefix);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

// Copies the database at `url` into `file` (which must not exist) as one consistent
// snapshot, while other connections go on writing. SQLite: VACUUM INTO, then
// PRAGMA integrity_check on the copy. PostgreSQL: pg_dump's custom format. `cancel`
// is polled while pg_dump runs.
Result<SnapshotFacts> copyDatabase(const DatabaseUrl &url, const QString &file, const std::atomic<bool> *cancel);

// Opens a SQLite copy read-only under `connection`.
Result<QSqlDatabase> openSqliteCopy(const QString &file, const ScopedConnection &connection);
// PRAGMA integrity_check, then the facts. `internal` when the check fails, with its findings.
Result<SnapshotFacts> checkSqliteCopy(const QSqlDatabase &db);
// Reads a pg_dump archive all through with pg_restore, writing nothing.
Status checkPostgresDump(const QString &file);

// The facts of a database as an open connection sees it now.
Result<SnapshotFacts> readFacts(const QSqlDatabase &db);
// Whether the PostgreSQL database at `url` holds no tables, views or sequences.
Result<bool> isEmptyPostgresDatabase(const DatabaseUrl &url);
// Loads a pg_dump archive into the empty database at `url` in one transaction; the
// objects belong to the URL's user.
Status restorePostgresDump(const DatabaseUrl &url, const QString &file);

} // namespace cordial::server::db
