#include "db/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace cordial::server::db {

using protocol::ErrorCode;
using protocol::makeError;

QList<Migration> bundledMigrations()
{
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/migrations"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return out;
}

int latestSchemaVersion()
{
    const auto all = bundledMigrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> currentSchemaVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    db::Row q;
    auto found = fetchOne(q, db, QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    if (!found)
        return found.error();
    return *found ? q.value(0).toInt() : 0;
}

namespace {
// Statements end with ';' at the end of a line; migrations keep semicolons out of literals.
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}
} // namespace

Result<int> migrate(const QSqlDatabase &db, const Dialect &dialect)
{
    auto created = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                           "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
    if (!created)
        return created.error();
    int applied = 0;
    for (const Migration &migration : bundledMigrations()) {
        WriteTransaction tx(db, dialect);
        if (auto s = tx.begin(); !s)
            return s.error();
        // Checked inside the write transaction so two processes never apply one migration twice.
        db::Row q;
        auto done = fetchOne(q, db, QStringLiteral("SELECT version FROM schema_migrations WHERE version = ?"),
                             {migration.version});
        if (!done)
            return done.error();
        if (*done)
            continue;
        for (const QString &statement : splitStatements(dialect.migrationSql(migration.sql))) {
            auto r = exec(db, statement);
            if (!r)
                return makeError(ErrorCode::Internal, QStringLiteral("migration %1 (%2) failed")
                                                          .arg(migration.version)
                                                          .arg(migration.name));
        }
        auto recorded = exec(db, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                             {migration.version, migration.name, nowMs()});
        if (!recorded)
            return recorded.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        ++applied;
    }
    return applied;
}

} // namespace cordial::server::db
