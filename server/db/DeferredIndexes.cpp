#include "db/DeferredIndexes.h"

#include <QLoggingCategory>

namespace cordial::server::db {

namespace {

Q_LOGGING_CATEGORY(lcIndexes, "cordial.db.indexes")

struct IndexDefinition {
    QString name;
    QString table;
    QString definition;
};

// The non-unique indexes the schema created on `table` (SQLite's automatic indexes
// for UNIQUE and PRIMARY KEY have no SQL; PostgreSQL's are unique).
Result<QList<IndexDefinition>> secondaryIndexes(const QSqlDatabase &db, const Dialect &dialect, const QString &table)
{
    const QString sql = dialect.backend() == Backend::Sqlite
                            ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                             "AND sql IS NOT NULL ORDER BY name")
                            : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                                             "AND tablename = ? ORDER BY indexname");
    auto rows = exec(db, sql, {table});
    if (!rows)
        return rows.error();
    QList<IndexDefinition> out;
    while (rows->next()) {
        const QString definition = rows->value(1).toString();
        if (definition.simplified().startsWith(QLatin1String("CREATE UNIQUE"), Qt::CaseInsensitive))
            continue;
        out.append({rows->value(0).toString(), table, definition});
    }
    return out;
}

} // namespace

Result<QStringList> deferIndexes(const QSqlDatabase &db, const Dialect &dialect, const QStringList &tables)
{
    WriteTransaction tx(db, dialect);
    if (auto s = tx.begin(); !s)
        return s.error();
    QStringList names;
    const qint64 now = nowMs();
    for (const QString &table : tables) {
        auto indexes = secondaryIndexes(db, dialect, table);
        if (!indexes)
            return indexes.error();
        for (const IndexDefinition &index : std::as_const(*indexes)) {
            if (auto r = exec(db, QStringLiteral("INSERT INTO deferred_indexes (name, table_name, definition, deferred_at) "
                                                 "VALUES (?, ?, ?, ?)"),
                              {index.name, index.table, index.definition, now});
                !r)
                return r.error();
            // Index names come from the schema, never from a request.
            if (auto r = exec(db, QStringLiteral("DROP INDEX %1").arg(index.name)); !r)
                return r.error();
            names.append(index.name);
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return names;
}

Result<int> buildDeferredIndexes(const QSqlDatabase &db, const Dialect &dialect)
{
    {
        Row any;
        auto found = fetchOne(any, db, QStringLiteral("SELECT name FROM deferred_indexes LIMIT 1"));
        if (!found)
            return found.error();
        if (!*found)
            return 0;
    }
    WriteTransaction tx(db, dialect);
    if (auto s = tx.begin(); !s)
        return s.error();
    // Read inside the write transaction: another process may have built them meanwhile.
    QList<IndexDefinition> pending;
    {
        auto rows = exec(db, QStringLiteral("SELECT name, table_name, definition FROM deferred_indexes ORDER BY name"));
        if (!rows)
            return rows.error();
        while (rows->next())
            pending.append({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString()});
    }
    for (const IndexDefinition &index : std::as_const(pending)) {
        qCInfo(lcIndexes) << "building index" << index.name << "on" << index.table;
        if (auto r = exec(db, index.definition); !r)
            return r.error();
    }
    if (auto r = exec(db, QStringLiteral("DELETE FROM deferred_indexes")); !r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(pending.size());
}

} // namespace cordial::server::db
