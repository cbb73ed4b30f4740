#include "backup/Backup.h"

#include "audit/AuditLog.h"
#include "backup/Archive.h"
#include "db/Migrations.h"
#include "db/Snapshot.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcBackup, "cordial.backup")

namespace cordial::server::backup {

using protocol::ErrorCode;
using protocol::Error;
using protocol::makeError;
using protocol::Result;

namespace {

constexpr qint64 kManifestLimit = 16 * 1024 * 1024;
const QString kWorkPrefix = QStringLiteral(".cordial-backup-");

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Error mismatch(const QString &file, const ManifestEntry &expected, const ManifestEntry &found)
{
    return damaged(file, QStringLiteral("%1 does not match the manifest (it has %2 bytes with SHA-256 %3; the manifest "
                                        "says %4 bytes with SHA-256 %5)")
                             .arg(expected.entry)
                             .arg(found.size)
                             .arg(found.sha256)
                             .arg(expected.size)
                             .arg(expected.sha256));
}

// Reads one entry into `sink` (nullptr: only hashed) and checks it against the manifest.
protocol::Status readChecked(ArchiveReader &reader, const QString &file, const ManifestEntry &expected, QIODevice *sink)
{
    auto found = reader.read(expected.entry, sink, expected.size);
    if (!found)
        return found.error();
    if (found->size != expected.size || found->sha256 != expected.sha256)
        return mismatch(file, expected, *found);
    return protocol::Ok{};
}

// Extracts one entry to a new file, checked and flushed to disk.
protocol::Status extractChecked(ArchiveReader &reader, const QString &file, const ManifestEntry &expected,
                                const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot create %1: %2").arg(path, out.errorString()));
    if (auto read = readChecked(reader, file, expected, &out); !read)
        return read;
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return protocol::Ok{};
}

// Opens the archive and reads its manifest; the archive must hold exactly the
// manifest's entries.
Result<Manifest> openBackup(ArchiveReader &reader, const QString &file)
{
    if (auto opened = reader.open(file); !opened)
        return opened.error();
    auto json = reader.readSmall(kManifestEntry, kManifestLimit);
    if (!json)
        return json.error();
    auto manifest = Manifest::fromJson(*json);
    if (!manifest)
        return makeError(ErrorCode::Invalid, QStringLiteral("%1: %2").arg(file, manifest.error().message),
                         QStringLiteral("backup"));
    QStringList listed{kManifestEntry};
    for (const ManifestEntry &e : manifest->payload())
        listed << e.entry;
    QStringList held = reader.entries();
    listed.sort();
    held.sort();
    for (const QString &entry : std::as_const(held))
        if (!listed.contains(entry) || held.count(entry) > 1)
            return damaged(file, QStringLiteral("it holds %1, which the manifest does not list once").arg(entry));
    for (const QString &entry : std::as_const(listed))
        if (!held.contains(entry))
            return damaged(file, QStringLiteral("it lacks %1, which the manifest lists").arg(entry));
    return manifest;
}

// The archive's checksum, its manifest and every entry against it, without
// unpacking anything.
Result<Manifest> checkArchive(const QString &file)
{
    ArchiveReader reader;
    auto manifest = openBackup(reader, file);
    if (!manifest)
        return manifest.error();
    for (const ManifestEntry &entry : manifest->payload())
        if (auto read = readChecked(reader, file, entry, nullptr); !read)
            return read.error();
    return manifest;
}

struct ChainCheck {
    qint64 rows = 0;
    QString warning;
};

// The audit chain of a restored or extracted database, and its head against the manifest.
Result<ChainCheck> checkAgainstManifest(const QSqlDatabase &db, const db::SnapshotFacts &facts, const Manifest &m,
                                        const QString &file)
{
    if (facts.schemaVersion != m.schemaVersion || facts.auditLastId != m.auditLastId
        || facts.auditLastHash != m.auditLastHash)
        return damaged(file, QStringLiteral("its database does not match the manifest (schema version %1, audit head "
                                            "#%2 %3; the manifest says %4, #%5 %6)")
                                 .arg(facts.schemaVersion)
                                 .arg(facts.auditLastId)
                                 .arg(facts.auditLastHash)
                                 .arg(m.schemaVersion)
                                 .arg(m.auditLastId)
                                 .arg(m.auditLastHash));
    auto chain = audit::verify(db);
    if (!chain)
        return chain.error();
    ChainCheck check;
    check.rows = chain->rows;
    if (!chain->ok)
        check.warning = QStringLiteral("the audit log in this backup is broken at row %1: it was so when the backup "
                                       "was taken")
                            .arg(*chain->firstBadId);
    return check;
}

// A SQLite copy from a backup: integrity_check, the manifest's facts, the audit chain.
Result<ChainCheck> checkSqliteFromBackup(const QString &copy, const Manifest &m, const QString &file)
{
    db::ScopedConnection connection(QStringLiteral("cordial-verify-"));
    auto db = db::openSqliteCopy(copy, connection);
    if (!db)
        return db.error();
    auto facts = db::checkSqliteCopy(*db);
    if (!facts)
        return damaged(file, QStringLiteral("its database: %1").arg(facts.error().message));
    return checkAgainstManifest(*db, *facts, m, file);
}

} // namespace

QStringList dataDirectoryFiles(const QString &dataDir)
{
    const QDir root(QFileInfo(dataDir).absoluteFilePath());
    QStringList files;
    if (QFileInfo(root.filePath(kSettingsFile)).isFile())
        files << kSettingsFile;
    for (const QString &folder : kBackedUpFolders) {
        QDirIterator it(root.filePath(folder), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << root.relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

Result<Written> writeBackup(const Source &source, const QString &file, const std::atomic<bool> *cancel)
{
    const QFileInfo target(file);
    if (target.exists())
        return makeError(ErrorCode::Conflict, QStringLiteral("%1 already exists; a backup never overwrites a file").arg(file));
    const QDir directory = target.absoluteDir();
    if (!directory.exists())
        return makeError(ErrorCode::Internal, QStringLiteral("the directory %1 does not exist").arg(directory.path()));
    // Everything is made beside the target, on the same file system, so that the
    // finished archive is renamed into place in one step.
    QTemporaryDir work(directory.filePath(kWorkPrefix + QStringLiteral("XXXXXX")));
    if (!work.isValid())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot write in %1: %2").arg(directory.path(), work.errorString()));

    Manifest manifest;
    manifest.createdAt = db::nowMs();
    manifest.cordialVersion = QStringLiteral(CORDIAL_VERSION);
    manifest.kind = source.database.backend;
    const QString copy = work.filePath(QFileInfo(databaseEntry(manifest.kind)).fileName());
    auto facts = db::copyDatabase(source.database, copy, cancel);
    if (!facts)
        return facts.error();
    manifest.schemaVersion = facts->schemaVersion;
    manifest.auditLastId = facts->auditLastId;
    manifest.auditLastHash = facts->auditLastHash;

    const QString partial = work.filePath(QStringLiteral("backup.zip"));
    ArchiveWriter archive(partial);
    if (auto opened = archive.open(); !opened)
        return opened.error();
    // pg_dump's custom format is compressed already.
    auto database = archive.addFile(databaseEntry(manifest.kind), copy,
                                    manifest.kind == db::Backend::Sqlite ? Compression::Deflate : Compression::Store,
                                    cancel);
    if (!database)
        return database.error();
    manifest.database = *database;
    QFile::remove(copy);
    for (const QString &relative : dataDirectoryFiles(source.dataDir)) {
        if (!isBackedUpPath(relative))
            return makeError(ErrorCode::Internal,
                             QStringLiteral("cannot back up %1: its name contains a backslash").arg(relative));
        auto added = archive.addFile(kFilesPrefix + relative, QDir(source.dataDir).filePath(relative),
                                     Compression::Deflate, cancel);
        if (!added)
            return added.error();
        manifest.files << *added;
    }
    if (auto added = archive.addBytes(kManifestEntry, manifest.toJson()); !added)
        return added.error();
    if (auto finished = archive.finish(); !finished)
        return finished.error();
    // Read back before it takes its name: the file holds exactly the checked copy.
    if (auto readBack = checkArchive(partial); !readBack)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the backup did not read back intact: %1").arg(readBack.error().message));
    if (QFileInfo::exists(file))
        return makeError(ErrorCode::Conflict, QStringLiteral("%1 already exists; a backup never overwrites a file").arg(file));
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(file).constData()) != 0)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot rename the finished backup to %1: %2")
                                                  .arg(file, QString::fromLocal8Bit(std::strerror(errno))));
    if (!syncPath(directory.path(), true))
        qCWarning(lcBackup) << "cannot flush the directory" << directory.path() << "to disk";
    return Written{target.absoluteFilePath(), archive.size(), manifest};
}

QString scheduledName(qint64 epochMs)
{
    return QStringLiteral("cordial-backup-%1.zip")
        .arg(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

bool isScheduledName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^cordial-backup-\\d{8}T\\d{6}Z\\.zip$"));
    return pattern.match(fileName).hasMatch();
}

QStringList beyondRetention(QStringList fileNames, int keep)
{
    fileNames.removeIf([](const QString &name) { return !isScheduledName(name); });
    fileNames.sort();
    return fileNames.mid(0, qMax(qsizetype(0), fileNames.size() - qMax(keep, 1)));
}

Result<ScheduledRun> runScheduled(const Source &source, const QString &directory, int keep,
                                  const std::atomic<bool> *cancel)
{
    QDir dir(directory);
    if (!dir.exists()) {
        if (!QDir().mkpath(directory))
            return makeError(ErrorCode::Internal, QStringLiteral("cannot create the backup directory %1").arg(directory));
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // A backup killed half-way leaves its work directory behind.
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &stale : dir.entryInfoList({kWorkPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden))
        if (stale.lastModified() < dayAgo)
            QDir(stale.filePath()).removeRecursively();

    qint64 at = db::nowMs();
    while (QFileInfo::exists(dir.filePath(scheduledName(at))))
        at += 1000;
    auto written = writeBackup(source, dir.filePath(scheduledName(at)), cancel);
    if (!written)
        return written.error();
    ScheduledRun run{*written, {}};
    for (const QString &old : beyondRetention(dir.entryList(QDir::Files), keep)) {
        if (QFile::remove(dir.filePath(old)))
            run.removed << old;
        else
            qCWarning(lcBackup) << "cannot remove the old backup" << dir.filePath(old);
    }
    return run;
}

Result<Verified> verifyBackup(const QString &file)
{
    ArchiveReader reader;
    auto manifest = openBackup(reader, file);
    if (!manifest)
        return manifest.error();
    Verified verified{*manifest, reader.size(), std::nullopt};
    for (const ManifestEntry &entry : manifest->files)
        if (auto read = readChecked(reader, file, entry, nullptr); !read)
            return read.error();
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot make a temporary directory: %1").arg(work.errorString()));
    const QString copy = work.filePath(QFileInfo(manifest->database.entry).fileName());
    if (auto extracted = extractChecked(reader, file, manifest->database, copy); !extracted)
        return extracted.error();
    if (manifest->kind == db::Backend::Sqlite) {
        auto chain = checkSqliteFromBackup(copy, *manifest, file);
        if (!chain)
            return chain.error();
        if (!chain->warning.isEmpty())
            return damaged(file, chain->warning);
        verified.auditRows = chain->rows;
    } else if (auto read = db::checkPostgresDump(copy); !read) {
        return damaged(file, QStringLiteral("its database dump cannot be read: %1").arg(read.error().message));
    }
    return verified;
}

Result<Restored> restoreBackup(const QString &file, const QString &dataDir, const QString &databaseUrl)
{
    QDir target(dataDir);
    const bool existed = target.exists();
    if (existed && !target.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 is not empty: a backup is restored only into an empty or new data directory")
                             .arg(dataDir));

    ArchiveReader reader;
    auto manifest = openBackup(reader, file);
    if (!manifest)
        return manifest.error();
    if (manifest->schemaVersion > db::latestSchemaVersion())
        return makeError(ErrorCode::Invalid, QStringLiteral("the backup has schema version %1 and this Cordial knows "
                                                            "versions up to %2: restore it with a newer Cordial")
                                                 .arg(manifest->schemaVersion)
                                                 .arg(db::latestSchemaVersion()));
    const QString kind = manifest->kind == db::Backend::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    if (manifest->kind == db::Backend::Postgres && databaseUrl.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("this is a PostgreSQL backup: name the empty database to restore it into with "
                                        "--database postgresql://USER@HOST:PORT/NAME"),
                         QStringLiteral("database"));
    auto url = db::DatabaseUrl::parse(databaseUrl, dataDir);
    if (!url)
        return url.error();
    if (url->backend != manifest->kind)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("this is a %1 backup; it cannot be restored into %2").arg(kind, url->display()),
                         QStringLiteral("database"));
    if (url->backend == db::Backend::Sqlite && QFileInfo::exists(url->path))
        return makeError(ErrorCode::Conflict, QStringLiteral("%1 already exists").arg(url->path));
    if (url->backend == db::Backend::Postgres) {
        auto empty = db::isEmptyPostgresDatabase(*url);
        if (!empty)
            return empty.error();
        if (!*empty)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("the database %1 is not empty: restore into a new, empty database")
                                 .arg(url->display()));
    }

    if (!QDir().mkpath(dataDir))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot create %1").arg(dataDir));
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    bool databaseLoaded = false;
    QString placedFile; // the SQLite database once in place
    // From here on, a failure leaves the data directory as it was found.
    auto fail = [&](const Error &error) -> Error {
        if (existed) {
            for (const QFileInfo &made :
                 target.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
                if (made.isDir() && !made.isSymLink())
                    QDir(made.filePath()).removeRecursively();
                else
                    QFile::remove(made.filePath());
            }
        } else {
            target.removeRecursively();
        }
        if (!placedFile.isEmpty())
            QFile::remove(placedFile);
        Error reported = error;
        if (databaseLoaded)
            reported.message += QStringLiteral(" (the database %1 now holds the restored data: empty it before "
                                               "trying again)")
                                    .arg(url->display());
        return reported;
    };

    Restored restored{*manifest, *url, 0, {}};
    if (url->backend == db::Backend::Sqlite) {
        // Extracted and checked beside its place, then renamed into it.
        const QString partial = url->path + QStringLiteral(".restoring");
        QFile::remove(partial);
        auto chain = [&]() -> Result<ChainCheck> {
            if (auto extracted = extractChecked(reader, file, manifest->database, partial); !extracted)
                return extracted.error();
            auto checked = checkSqliteFromBackup(partial, *manifest, file);
            if (checked
                && ::rename(QFile::encodeName(partial).constData(), QFile::encodeName(url->path).constData()) != 0)
                return makeError(ErrorCode::Internal, QStringLiteral("cannot rename %1 to %2: %3")
                                                          .arg(partial, url->path,
                                                               QString::fromLocal8Bit(std::strerror(errno))));
            return checked;
        }();
        if (!chain) {
            QFile::remove(partial);
            return fail(chain.error());
        }
        placedFile = url->path;
        syncPath(QFileInfo(url->path).absolutePath(), true);
        restored.auditRows = chain->rows;
        restored.warning = chain->warning;
    } else {
        QTemporaryDir work(target.filePath(kWorkPrefix + QStringLiteral("XXXXXX")));
        const QString dump = work.filePath(QStringLiteral("cordial.pgdump"));
        if (!work.isValid())
            return fail(makeError(ErrorCode::Internal, QStringLiteral("cannot write in %1").arg(dataDir)));
        if (auto extracted = extractChecked(reader, file, manifest->database, dump); !extracted)
            return fail(extracted.error());
        if (auto loaded = db::restorePostgresDump(*url, dump); !loaded)
            return fail(loaded.error());
        databaseLoaded = true;
        db::ScopedConnection connection(QStringLiteral("cordial-restore-"));
        auto db = db::openConnection(*url, connection.name());
        if (!db)
            return fail(db.error());
        auto facts = db::readFacts(*db);
        if (!facts)
            return fail(facts.error());
        auto chain = checkAgainstManifest(*db, *facts, *manifest, file);
        if (!chain)
            return fail(chain.error());
        restored.auditRows = chain->rows;
        restored.warning = chain->warning;
    }

    for (const ManifestEntry &entry : manifest->files) {
        const QString path = target.filePath(entry.entry.mid(kFilesPrefix.size()));
        const QString parent = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(parent))
            return fail(makeError(ErrorCode::Internal, QStringLiteral("cannot create %1").arg(parent)));
        QFile::setPermissions(parent, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (auto extracted = extractChecked(reader, file, entry, path); !extracted)
            return fail(extracted.error());
    }
    {
        // The restored settings name the database just restored.
        QSettings ini(target.filePath(QStringLiteral("cordiald.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("server/database"), databaseUrl);
        ini.sync();
        if (ini.status() != QSettings::NoError)
            return fail(makeError(ErrorCode::Internal, QStringLiteral("cannot write %1").arg(ini.fileName())));
    }
    QFile::setPermissions(target.filePath(QStringLiteral("cordiald.ini")), QFile::ReadOwner | QFile::WriteOwner);
    syncPath(target.filePath(QStringLiteral("cordiald.ini")), false);
    syncPath(dataDir, true);
    return restored;
}

} // namespace cordial::server::backup
