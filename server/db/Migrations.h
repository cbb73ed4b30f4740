// Numbered schema migrations (resources/migrations/NNNN_name.sql) applied in order.
#pragma once

#include "db/Database.h"

namespace cordial::server::db {

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

QList<Migration> bundledMigrations();
int latestSchemaVersion();
// The version recorded in the database, 0 for an empty database.
Result<int> currentSchemaVersion(const QSqlDatabase &db);
// Applies every pending migration, each in its own transaction. Returns how many ran.
Result<int> migrate(const QSqlDatabase &db, const Dialect &dialect);

} // namespace cordial::server::db
