// Parts of db::exec shared with the statement cache.
#pragma once

#include "db/Database.h"

#include <QSqlError>

namespace cordial::server::db {

// The value bound for `value`: a null QString binds as '' (see exec()).
QVariant bindable(const QVariant &value);
// Logs a failed statement and maps it to `conflict` (unique violation) or `internal`.
protocol::Error queryError(const QSqlError &error, const QString &sql);
// Whether `db` is the connection ConnectionPool opened for this thread.
bool isPoolConnection(const QSqlDatabase &db);

} // namespace cordial::server::db
