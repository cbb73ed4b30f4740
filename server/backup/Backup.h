// Backups of a data directory and its database: writing one, checking one, and
// restoring one into an empty data directory. Archive.h and Manifest.h hold the
// format; docs/operations.md describes it for administrators.
#pragma once

#include "backup/Manifest.h"

#include <atomic>
#include <optional>

namespace cordial::server::backup {

struct Source {
    QString dataDir;
    db::DatabaseUrl database;
};

struct Written {
    QString file;
    qint64 size = 0; // of the archive
    Manifest manifest;
};

// The data directory files a backup holds, relative to it: cordiald.ini and
// everything under tls/ and attachments/ (Manifest.h). The database is copied
// separately, and uploads/ and downloads/ hold only transfers of the last 24 hours.
QStringList dataDirectoryFiles(const QString &dataDir);

// Writes a backup to `file`, which must not exist: a consistent copy of the
// database, the data directory files and the manifest go into a temporary archive
// beside `file`, which is flushed to disk, read back against its manifest and then
// renamed into place.
protocol::Result<Written> writeBackup(const Source &source, const QString &file,
                                      const std::atomic<bool> *cancel = nullptr);

// Scheduled backups are named cordial-backup-YYYYMMDDTHHMMSSZ.zip (UTC), so that
// names sort by age.
QString scheduledName(qint64 epochMs);
bool isScheduledName(const QString &fileName);
// The scheduled backups among `fileNames` beyond the newest `keep`, oldest first;
// other names are never chosen.
QStringList beyondRetention(QStringList fileNames, int keep);

struct ScheduledRun {
    Written backup;
    QStringList removed; // older backups removed for the retention
};
// A backup into `directory` (made if missing) under scheduledName(now), one second
// later per name taken; then the scheduled backups beyond the newest `keep` are removed.
protocol::Result<ScheduledRun> runScheduled(const Source &source, const QString &directory, int keep,
                                            const std::atomic<bool> *cancel = nullptr);

struct Verified {
    Manifest manifest;
    qint64 size = 0;
    std::optional<qint64> auditRows; // SQLite: the rows of the audit chain, all verified
};
// Checks a backup all through: the archive's checksum, the manifest, the size and
// SHA-256 of every entry, and the database copy (SQLite: integrity_check, the
// manifest's schema version and audit head, the audit chain; PostgreSQL: pg_restore
// reads the dump through). A damaged or foreign file is `invalid`, field "backup".
protocol::Result<Verified> verifyBackup(const QString &file);

struct Restored {
    Manifest manifest;
    db::DatabaseUrl database;
    qint64 auditRows = 0;
    QString warning; // set when the restored audit chain is broken (it was so in the backup)
};
// Restores a backup into `dataDir`, which must be missing or empty, after checking
// the whole archive. The database goes to `databaseUrl`: empty means SQLite in the
// data directory; a PostgreSQL backup needs the URL of an existing, empty
// database. The restored cordiald.ini names that database. On failure nothing is
// left in the data directory. `conflict` for a non-empty target, `invalid` for a
// damaged backup or a database of the other kind.
protocol::Result<Restored> restoreBackup(const QString &file, const QString &dataDir, const QString &databaseUrl);

} // namespace cordial::server::backup
