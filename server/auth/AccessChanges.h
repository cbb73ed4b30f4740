// Who must learn at once that what they may do changed (#5): the users and sessions a
// change of roles, groups, departments, users or computers touches, found in SQL in
// that change's own transaction, and the `access.changed` pushes that go to them
// after it committed (docs/protocol.md, Push events).
#pragma once

#include "auth/Scope.h"
#include "db/Database.h"
#include "net/OpTable.h"

#include <QSet>

namespace cordial::server::auth {

inline const QString kAccessChanged = QStringLiteral("access.changed");

// A boolean SQL expression: the user `userAlias` (an alias of users) holds the role,
// as primary or extra role or through a user group and, with `viaDepartments`, through
// their department or any department above it.
ScopeFilter holdsRole(const QString &userAlias, const QString &roleName, qint64 roleId, bool viaDepartments);

// Of the users that `userIds` selects (a SELECT of one id column), those with a
// session that has not ended, read in the open transaction of `db`.
protocol::Result<QSet<qint64>> usersWithSessions(const QSqlDatabase &db, const ScopeFilter &userIds);

// Those of the users holding the role in any way (holdsRole with departments) who
// have a session.
protocol::Result<QSet<qint64>> roleHoldersWithSessions(const QSqlDatabase &db, const QString &roleName, qint64 roleId);

// Those of the members of the department and every department below it who have a session.
protocol::Result<QSet<qint64>> departmentTreeMembersWithSessions(const QSqlDatabase &db, qint64 departmentId);

// Those of the members of the group who have a session.
protocol::Result<QSet<qint64>> groupMembersWithSessions(const QSqlDatabase &db, qint64 groupId);

// The sessions on a computer that have not ended: session id → user id.
protocol::Result<QHash<qint64, qint64>> sessionsOnMachine(const QSqlDatabase &db, qint64 machineId);

// An access.changed push, {reason: op}, to every session of each of the users.
QList<UserPush> accessChangedPushes(const QSet<qint64> &users, const QString &op);
// An access.changed push, {reason: op}, to each of the sessions (session id → user id).
QList<UserPush> accessChangedPushes(const QHash<qint64, qint64> &sessions, const QString &op);

} // namespace cordial::server::auth
