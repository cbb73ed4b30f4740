// Secondary indexes set aside for a bulk load and built again after it
// (resources/migrations/0009_deferred_indexes.sql). A million rows inserted into a
// table with a dozen indexes on random keys cost several times what the same rows
// cost when each index is built afterwards by one sort; cordialctl demo uses this
// when it loads at least as many customers as there are.
#pragma once

#include "db/Database.h"

#include <QStringList>

namespace cordial::server::db {

// Drops the non-unique secondary indexes of `tables` and records each definition in
// deferred_indexes, in one transaction; returns their names. Unique indexes and
// primary keys stay, so constraints hold during the load. While an index is
// deferred, queries that would use it are slower but answer the same.
Result<QStringList> deferIndexes(const QSqlDatabase &db, const Dialect &dialect, const QStringList &tables);

// Builds every index recorded in deferred_indexes and forgets it, in one
// transaction; returns how many were built. One indexed read when none is recorded:
// called by openAndMigrate, so that a load killed half-way is repaired by the next
// start of cordiald or cordialctl.
Result<int> buildDeferredIndexes(const QSqlDatabase &db, const Dialect &dialect);

} // namespace cordial::server::db
