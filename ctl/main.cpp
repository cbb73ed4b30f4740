// cordialctl: the administrator's command line for a Cordial data directory.
#include "DataDir.h"
#include "admin/UserOps.h"
#include "audit/AuditLog.h"
#include "auth/Passwords.h"
#include "backup/Backup.h"
#include "customers/DemoData.h"
#include "db/Migrations.h"
#include "tls/Certificate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace cordial;
using namespace cordial::server;

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "cordialctl: %s\n", qUtf8Printable(message));
    return code;
}

void say(const QString &message)
{
    std::printf("%s\n", qUtf8Printable(message));
    std::fflush(stdout);
}

QString readLine()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line);
}

// From stdin when it is not a terminal (scripts); else asked twice with echo off.
std::optional<QString> readPassword()
{
    if (!::isatty(STDIN_FILENO))
        return readLine();
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::fprintf(stderr, "Password: ");
    const QString first = readLine();
    std::fprintf(stderr, "\nRepeat password: ");
    const QString second = readLine();
    std::fprintf(stderr, "\n");
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (first != second)
        return std::nullopt;
    return first;
}

// The department named, or the root department (the oldest without a parent).
protocol::Result<qint64> findDepartment(const QSqlDatabase &db, const QString &name)
{
    auto rows = name.isEmpty()
                    ? db::exec(db, QStringLiteral("SELECT id FROM departments WHERE parent_id IS NULL ORDER BY id LIMIT 1"))
                    : db::exec(db, QStringLiteral("SELECT id FROM departments WHERE name = ? ORDER BY id LIMIT 2"), {name});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return protocol::makeError(protocol::ErrorCode::NotFound,
                                   name.isEmpty() ? QStringLiteral("there is no department yet; run init first")
                                                  : QStringLiteral("no department named '%1'").arg(name));
    const qint64 id = rows->value(0).toLongLong();
    if (rows->next())
        return protocol::makeError(protocol::ErrorCode::Conflict,
                                   QStringLiteral("several departments are named '%1'").arg(name));
    return id;
}

int addUser(const QSqlDatabase &db, const db::Dialect &dialect, const ServerConfig &config, admin::NewUser user,
            const QString &departmentName, bool createRootDepartment)
{
    const auto password = readPassword();
    if (!password)
        return fail(QStringLiteral("the passwords differ"));
    user.password = *password;
    const Caller tool = localAdministrator(QHostInfo::localHostName());
    db::WriteTransaction tx(db, dialect);
    if (auto s = tx.begin(); !s)
        return fail(s.error().message);
    if (createRootDepartment) {
        const qint64 now = db::nowMs();
        auto id = db::insertReturningId(
            db, QStringLiteral("INSERT INTO departments (name, parent_id, created_at, updated_at) VALUES (?, NULL, ?, ?)"),
            {departmentName, now, now});
        if (!id)
            return fail(id.error().message);
        const QJsonObject image{{QStringLiteral("id"), *id}, {QStringLiteral("name"), departmentName},
                                {QStringLiteral("parent_id"), QJsonValue()}};
        if (auto s = audit::append(tx, tool, {QStringLiteral("departments.create"), QStringLiteral("department"), *id,
                                              std::nullopt, image});
            !s)
            return fail(s.error().message);
        user.departmentId = *id;
    } else {
        auto department = findDepartment(db, departmentName);
        if (!department)
            return fail(department.error().message);
        user.departmentId = *department;
    }
    auth::PasswordHasher hasher;
    auto id = admin::createUser(tx, tool, user, hasher, config.minPasswordLength);
    if (!id)
        return fail(QStringLiteral("%1%2").arg(id.error().field.isEmpty() ? QString() : id.error().field + QStringLiteral(": "),
                                               id.error().message));
    if (auto s = tx.commit(); !s)
        return fail(s.error().message);
    say(QStringLiteral("created user %1 (id %2, role %3)").arg(user.login).arg(*id).arg(user.role));
    return 0;
}

// Exit code 3 for a damaged backup, as for a damaged database or audit log.
int failBackup(const protocol::Error &error)
{
    const bool damaged = error.code == protocol::ErrorCode::Invalid && error.field == QLatin1String("backup");
    return fail(error.message, damaged ? 3 : 1);
}

QStringList manifestLines(const backup::Manifest &m)
{
    QStringList files;
    for (const backup::ManifestEntry &f : m.files)
        files << f.entry.mid(backup::kFilesPrefix.size());
    return {
        QStringLiteral("  created   %1 by Cordial %2").arg(db::isoTime(m.createdAt), m.cordialVersion),
        QStringLiteral("  database  %1, %2 bytes, SHA-256 %3")
            .arg(backup::backendName(m.kind))
            .arg(m.database.size)
            .arg(m.database.sha256),
        QStringLiteral("  schema    version %1").arg(m.schemaVersion),
        QStringLiteral("  audit     head #%1 %2").arg(m.auditLastId).arg(m.auditLastHash),
        QStringLiteral("  files     %1").arg(files.isEmpty() ? QStringLiteral("none") : files.join(QStringLiteral(", "))),
    };
}

int backupCommand(const QStringList &words, const ServerConfig &config, const db::DatabaseUrl &url)
{
    if (words.size() != 2)
        return fail(QStringLiteral("usage: backup FILE"), 2);
    auto written = backup::writeBackup({config.dataDir, url}, words.at(1));
    if (!written)
        return failBackup(written.error());
    say(QStringLiteral("backup written: %1 (%2 bytes)").arg(written->file).arg(written->size));
    say(manifestLines(written->manifest).join(QLatin1Char('\n')));
    return 0;
}

int verifyBackupCommand(const QStringList &words)
{
    if (words.size() != 2)
        return fail(QStringLiteral("usage: verify-backup FILE"), 2);
    auto verified = backup::verifyBackup(words.at(1));
    if (!verified)
        return failBackup(verified.error());
    say(QStringLiteral("backup OK: %1 (%2 bytes)").arg(words.at(1)).arg(verified->size));
    say(manifestLines(verified->manifest).join(QLatin1Char('\n')));
    say(verified->auditRows ? QStringLiteral("  checked   archive checksum, every entry's SHA-256, integrity_check, "
                                             "audit chain of %1 rows")
                                  .arg(*verified->auditRows)
                            : QStringLiteral("  checked   archive checksum, every entry's SHA-256, the dump reads "
                                             "through (the audit chain is checked on restore)"));
    return 0;
}

int restoreCommand(const QStringList &words, const QString &dataDir, const QString &database)
{
    if (words.size() != 2)
        return fail(QStringLiteral("usage: restore FILE"), 2);
    auto restored = backup::restoreBackup(words.at(1), dataDir, database);
    if (!restored) {
        protocol::Error error = restored.error();
        error.message = QStringLiteral("restore failed: ") + error.message;
        return failBackup(error);
    }
    say(QStringLiteral("restored %1 into %2, database %3")
            .arg(words.at(1), dataDir, restored->database.display()));
    say(manifestLines(restored->manifest).join(QLatin1Char('\n')));
    say(QStringLiteral("  audit log %1 rows").arg(restored->auditRows));
    if (!restored->warning.isEmpty())
        std::fprintf(stderr, "cordialctl: warning: %s\n", qUtf8Printable(restored->warning));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cordialctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORDIAL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Cordial administration.\n\n"
        "Commands:\n"
        "  init --admin LOGIN [--name NAME] [--department NAME]  create the database and the first administrator\n"
        "  user add LOGIN --role ROLE [--name NAME] [--department NAME]\n"
        "  fingerprint      print the server certificate's SHA-256 fingerprint\n"
        "  audit verify     check the audit log's hash chain (exit 0 if intact)\n"
        "  migrate          apply pending schema migrations\n"
        "  check            database integrity check\n"
        "  demo --customers N [--seed S]  load N realistic demo customers (same seed, same data);\n"
        "                   makes demo departments and staff users when fewer than 20 users exist\n"
        "  backup FILE      write a backup of the database and the data directory to FILE\n"
        "  verify-backup FILE  check a backup all through (no --data-dir needed; exit 0 intact, 3 damaged)\n"
        "  restore FILE     restore a backup into an empty --data-dir (a PostgreSQL backup into the empty\n"
        "                   database named by --database); exit 3 when the backup is damaged\n\n"
        "Passwords are read from standard input when it is not a terminal."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database URL (default: from cordiald.ini)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("admin"), QStringLiteral("init: the administrator's login."), QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("user add: administrator, director, manager, staff or readonly."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Display name (default: the login)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("department"),
                      QStringLiteral("init: name of the root department (default 总部); user add: the user's department."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("demo: how many customers to load."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("demo: random seed (default 1)."), QStringLiteral("S"),
                      QStringLiteral("1")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("init, user add, fingerprint, audit verify, migrate, check, demo, "
                                                "backup, verify-backup, restore"));
    parser.process(app);

    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        parser.showHelp(2);
    if (!auth::initSodium())
        return fail(QStringLiteral("libsodium failed to initialise"));
    if (words.first() == QLatin1String("verify-backup"))
        return verifyBackupCommand(words);
    if (!parser.isSet(QStringLiteral("data-dir")))
        return fail(QStringLiteral("--data-dir is required"), 2);
    const QString command = words.mid(0, 2).join(QLatin1Char(' '));
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    // Before anything below writes cordiald.ini into the empty target.
    if (words.first() == QLatin1String("restore"))
        return restoreCommand(words, dataDir, parser.value(QStringLiteral("database")));
    const bool initialising = words.first() == QLatin1String("init");
    if (!initialising && !QFile::exists(dataDir))
        return fail(QStringLiteral("no data directory at %1").arg(dataDir));
    if (auto s = ensureDataDir(dataDir); !s)
        return fail(s.error().message);
    const ServerConfig config = ServerConfig::load(dataDir);

    if (words.first() == QLatin1String("fingerprint")) {
        auto path = ensureCertificate(config);
        if (!path)
            return fail(path.error().message);
        const QString fp = tls::fingerprintOfFile(*path);
        if (fp.isEmpty())
            return fail(QStringLiteral("cannot read the certificate %1").arg(*path));
        say(fp);
        return 0;
    }

    auto url = databaseUrl(config, parser.value(QStringLiteral("database")));
    if (!url)
        return fail(url.error().message);
    const db::Dialect dialect(url->backend);
    // Before openAndMigrate: a backup copies the database as it is, unmigrated.
    if (words.first() == QLatin1String("backup"))
        return backupCommand(words, config, *url);

    if (initialising) {
        const QString login = parser.value(QStringLiteral("admin"));
        if (login.isEmpty())
            return fail(QStringLiteral("init needs --admin LOGIN"), 2);
        {
            auto probe = db::openConnection(*url, QStringLiteral("probe"));
            if (!probe)
                return fail(probe.error().message);
            if (probe->tables().contains(QStringLiteral("users"))) {
                db::Row q;
                auto users = db::fetchOne(q, *probe, QStringLiteral("SELECT COUNT(*) FROM users"));
                if (!users || q.value(0).toLongLong() > 0)
                    return fail(QStringLiteral("the database %1 is already initialised; refusing to overwrite it")
                                    .arg(url->display()));
            }
            probe->close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        if (auto cert = ensureCertificate(config); !cert)
            return fail(cert.error().message);
    }

    auto db = openAndMigrate(*url, QStringLiteral("cordialctl"));
    if (!db)
        return fail(db.error().message);

    if (initialising) {
        admin::NewUser user;
        user.login = parser.value(QStringLiteral("admin"));
        user.displayName = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : user.login;
        user.role = QStringLiteral("administrator");
        const QString department = parser.isSet(QStringLiteral("department")) ? parser.value(QStringLiteral("department"))
                                                                              : QStringLiteral("总部");
        const int rc = addUser(*db, dialect, config, user, department, true);
        if (rc == 0)
            say(QStringLiteral("certificate fingerprint (SHA-256): %1")
                    .arg(tls::fingerprintOfFile(config.effectiveCertificatePath())));
        return rc;
    }
    if (command == QLatin1String("user add")) {
        if (words.size() != 3)
            return fail(QStringLiteral("usage: user add LOGIN --role ROLE [--department NAME]"), 2);
        admin::NewUser user;
        user.login = words.at(2);
        user.displayName = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : user.login;
        user.role = parser.value(QStringLiteral("role"));
        if (user.role.isEmpty())
            return fail(QStringLiteral("user add needs --role ROLE"), 2);
        return addUser(*db, dialect, config, user, parser.value(QStringLiteral("department")), false);
    }
    if (command == QLatin1String("audit verify")) {
        auto result = audit::verify(*db);
        if (!result)
            return fail(result.error().message);
        if (result->ok) {
            say(QStringLiteral("audit log intact: %1 rows").arg(result->rows));
            return 0;
        }
        say(QStringLiteral("audit log BROKEN at row %1 (%2 rows checked)").arg(*result->firstBadId).arg(result->rows));
        return 3;
    }
    if (command == QLatin1String("migrate")) {
        auto version = db::currentSchemaVersion(*db);
        if (!version)
            return fail(version.error().message);
        say(QStringLiteral("schema version %1").arg(*version));
        return 0;
    }
    if (command == QLatin1String("check")) {
        if (url->backend == db::Backend::Sqlite) {
            auto rows = db::exec(*db, QStringLiteral("PRAGMA integrity_check"));
            if (!rows)
                return fail(rows.error().message);
            QStringList problems;
            while (rows->next())
                problems << rows->value(0).toString();
            if (problems != QStringList{QStringLiteral("ok")}) {
                say(QStringLiteral("integrity check FAILED:\n") + problems.join(QLatin1Char('\n')));
                return 3;
            }
        }
        auto version = db::currentSchemaVersion(*db);
        if (!version)
            return fail(version.error().message);
        say(QStringLiteral("database ok: %1, schema version %2").arg(url->display()).arg(*version));
        return 0;
    }
    if (words.first() == QLatin1String("demo")) {
        // "demo --customers N" or "demo N".
        bool ok = false;
        const QString countText = parser.isSet(QStringLiteral("customers")) ? parser.value(QStringLiteral("customers"))
                                                                        : words.value(1);
        const qint64 wanted = countText.toLongLong(&ok);
        if (!ok || wanted <= 0 || words.size() > (parser.isSet(QStringLiteral("customers")) ? 1 : 2))
            return fail(QStringLiteral("usage: demo --customers N [--seed S]"), 2);
        const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed must be a non-negative integer"), 2);
        customers::demo::LoadOptions options;
        options.customers = wanted;
        options.seed = seed;
        options.demoPassword = QStringLiteral("cordial-demo-2026");
        options.minPasswordLength = config.minPasswordLength;
        QElapsedTimer timer;
        timer.start();
        options.progress = [&](qint64 done) {
            if (done % 100000 == 0 || done == wanted)
                std::fprintf(stderr, "  %lld customers (%.1f s)\n", static_cast<long long>(done), timer.elapsed() / 1000.0);
        };
        auto result = customers::demo::load(*db, dialect, localAdministrator(QHostInfo::localHostName()), options);
        if (!result)
            return fail(result.error().message);
        if (!result->createdDepartments.isEmpty())
            say(QStringLiteral("created departments: %1").arg(result->createdDepartments.join(QStringLiteral(", "))));
        if (!result->createdUsers.isEmpty())
            say(QStringLiteral("created %1 demo users (%2 … %3), password: %4")
                    .arg(result->createdUsers.size())
                    .arg(result->createdUsers.first(), result->createdUsers.last(), options.demoPassword));
        if (!result->deferredIndexes.isEmpty())
            say(QStringLiteral("built %1 indexes after the rows in %2 s")
                    .arg(result->deferredIndexes.size())
                    .arg(result->indexMs / 1000.0, 0, 'f', 1));
        say(QStringLiteral("loaded %1 customers with %2 contacts (seed %3) in %4 s")
                .arg(result->customers)
                .arg(result->contacts)
                .arg(seed)
                .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
        return 0;
    }
    return fail(QStringLiteral("unknown command '%1'; see --help").arg(words.join(QLatin1Char(' '))), 2);
}
