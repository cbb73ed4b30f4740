#include "db/Snapshot.h"

#include "db/Migrations.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace cordial::server::db {

using protocol::ErrorCode;
using protocol::makeError;

ScopedConnection::ScopedConnection(const QString &prefix)
{
    static std::atomic<int> counter{0};
    m_name = prefix + QString::number(++counter);
}

ScopedConnection::~ScopedConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

namespace {

// The libpq connection of the PostgreSQL command line tools: the URL's host, port
// and user as options, its password in the environment (never on a command line
// that `ps` shows). --no-password: fail rather than wait for a prompt.
QStringList connectionOptions(const DatabaseUrl &url)
{
    QStringList options{QStringLiteral("--no-password"), QStringLiteral("--host=") + url.host,
                        QStringLiteral("--port=") + QString::number(url.port)};
    if (!url.user.isEmpty())
        options << QStringLiteral("--username=") + url.user;
    return options;
}

// Runs one of the PostgreSQL client programs to its end and returns its standard
// output; its last lines of standard error are the message when it fails.
Result<QByteArray> runTool(const QString &name, const QStringList &arguments, const DatabaseUrl *url,
                           const std::atomic<bool> *cancel = nullptr)
{
    const QString program = QStandardPaths::findExecutable(name);
    if (program.isEmpty())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("%1 not found: install the PostgreSQL client programs (Debian: postgresql-client)")
                             .arg(name));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    if (url && !url->password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), url->password);
    process.setProcessEnvironment(environment);
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(30000))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot run %1: %2").arg(program, process.errorString()));
    QByteArray out;
    QByteArray err;
    while (process.state() != QProcess::NotRunning) {
        process.waitForFinished(250);
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        if (cancel && cancel->load()) {
            process.kill();
            process.waitForFinished(10000);
            return makeError(ErrorCode::Internal, QStringLiteral("%1 stopped: the backup was cancelled").arg(name));
        }
    }
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QStringList lines = QString::fromUtf8(err).trimmed().split(QLatin1Char('\n'));
        if (lines.size() > 5)
            lines = lines.mid(lines.size() - 5);
        return makeError(ErrorCode::Internal, QStringLiteral("%1 failed (exit %2): %3")
                                                  .arg(name)
                                                  .arg(process.exitCode())
                                                  .arg(lines.join(QStringLiteral(" / "))));
    }
    return out;
}

Result<SnapshotFacts> copySqlite(const DatabaseUrl &url, const QString &file)
{
    {
        ScopedConnection live(QStringLiteral("cordial-backup-"));
        auto db = openConnection(url, live.name());
        if (!db)
            return db.error();
        // VACUUM INTO reads inside one read transaction: the copy is the database as
        // of its start, and WAL lets the server's writers go on meanwhile.
        QSqlQuery vacuum(*db);
        if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?")))
            return makeError(ErrorCode::Internal,
                             QStringLiteral("cannot copy the database: %1").arg(vacuum.lastError().text()));
        vacuum.addBindValue(file);
        if (!vacuum.exec())
            return makeError(ErrorCode::Internal,
                             QStringLiteral("cannot copy the database: %1").arg(vacuum.lastError().text()));
    }
    ScopedConnection copy(QStringLiteral("cordial-backup-copy-"));
    auto db = openSqliteCopy(file, copy);
    if (!db)
        return db.error();
    return checkSqliteCopy(*db);
}

Result<SnapshotFacts> copyPostgres(const DatabaseUrl &url, const QString &file, const std::atomic<bool> *cancel)
{
    ScopedConnection live(QStringLiteral("cordial-backup-"));
    auto db = openConnection(url, live.name());
    if (!db)
        return db.error();
    // pg_dump reads in the snapshot this transaction exports, so the manifest's facts
    // and the dump describe the same moment.
    if (auto begun = exec(*db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !begun)
        return begun.error();
    db::Row exported;
    auto found = fetchOne(exported, *db, QStringLiteral("SELECT pg_export_snapshot()"));
    if (!found)
        return found.error();
    const QString snapshot = exported.value(0).toString();
    auto facts = readFacts(*db);
    if (!facts)
        return facts.error();
    auto dumped = runTool(QStringLiteral("pg_dump"),
                          connectionOptions(url)
                              + QStringList{QStringLiteral("--format=custom"), QStringLiteral("--snapshot=") + snapshot,
                                            QStringLiteral("--file=") + file, QStringLiteral("--dbname=") + url.name},
                          &url, cancel);
    exec(*db, QStringLiteral("COMMIT"));
    if (!dumped)
        return dumped.error();
    return facts;
}

} // namespace

Result<SnapshotFacts> copyDatabase(const DatabaseUrl &url, const QString &file, const std::atomic<bool> *cancel)
{
    if (QFile::exists(file))
        return makeError(ErrorCode::Conflict, QStringLiteral("%1 already exists").arg(file));
    return url.backend == Backend::Sqlite ? copySqlite(url, file) : copyPostgres(url, file, cancel);
}

Result<SnapshotFacts> readFacts(const QSqlDatabase &db)
{
    SnapshotFacts facts;
    auto version = currentSchemaVersion(db);
    if (!version)
        return version.error();
    facts.schemaVersion = *version;
    db::Row head;
    auto found = fetchOne(head, db, QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::Internal, QStringLiteral("the database has no audit head; is it a Cordial database?"));
    facts.auditLastId = head.value(0).toLongLong();
    facts.auditLastHash = head.value(1).toString();
    return facts;
}

Result<QSqlDatabase> openSqliteCopy(const QString &file, const ScopedConnection &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.name());
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot open %1: %2").arg(file, db.lastError().text()));
    return db;
}

Result<SnapshotFacts> checkSqliteCopy(const QSqlDatabase &db)
{
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA integrity_check")))
            return makeError(ErrorCode::Internal,
                             QStringLiteral("PRAGMA integrity_check failed: %1").arg(check.lastError().text()));
        QStringList findings;
        while (check.next() && findings.size() < 10)
            findings << check.value(0).toString();
        if (findings != QStringList{QStringLiteral("ok")})
            return makeError(ErrorCode::Internal,
                             QStringLiteral("PRAGMA integrity_check failed: %1").arg(findings.join(QStringLiteral("; "))));
    }
    return readFacts(db);
}

Status checkPostgresDump(const QString &file)
{
    auto read = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--file=/dev/null"), file}, nullptr);
    if (!read)
        return read.error();
    return protocol::Ok{};
}

Result<bool> isEmptyPostgresDatabase(const DatabaseUrl &url)
{
    ScopedConnection connection(QStringLiteral("cordial-restore-probe-"));
    auto db = openConnection(url, connection.name());
    if (!db)
        return db.error();
    db::Row q;
    auto found = fetchOne(q, *db,
                          QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_class c "
                                         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                         "WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' "
                                         "AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"));
    if (!found)
        return found.error();
    return q.value(0).toLongLong() == 0;
}

Status restorePostgresDump(const DatabaseUrl &url, const QString &file)
{
    // The dump comments on the pg_trgm extension, which only the extension's owner
    // may do; where the superuser created it beforehand (operations.md allows that),
    // the comment would fail the whole restore. It is left out.
    auto toc = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, nullptr);
    if (!toc)
        return toc.error();
    static const QRegularExpression extensionComment(QStringLiteral("^\\d+; \\d+ \\d+ COMMENT - EXTENSION "));
    QStringList kept;
    for (const QString &line : QString::fromUtf8(*toc).split(QLatin1Char('\n')))
        if (!extensionComment.match(line).hasMatch())
            kept << line;
    QTemporaryFile list;
    if (!list.open() || list.write(kept.join(QLatin1Char('\n')).toUtf8()) < 0 || !list.flush())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write the restore list: %1").arg(list.errorString()));
    auto restored = runTool(QStringLiteral("pg_restore"),
                            connectionOptions(url)
                                + QStringList{QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                                              QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
                                              QStringLiteral("--use-list=") + list.fileName(),
                                              QStringLiteral("--dbname=") + url.name, file},
                            &url);
    if (!restored)
        return restored.error();
    return protocol::Ok{};
}

} // namespace cordial::server::db
