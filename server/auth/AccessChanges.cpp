#include "auth/AccessChanges.h"

#include <algorithm>

namespace cordial::server::auth {

namespace {

QCborMap accessChangedData(const QString &op)
{
    return QCborMap{{QStringLiteral("reason"), op}};
}

} // namespace

ScopeFilter holdsRole(const QString &userAlias, const QString &roleName, qint64 roleId, bool viaDepartments)
{
    ScopeFilter f;
    f.sql = QStringLiteral("(%1.role = ? OR EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = %1.id AND ur.role_id = ?) "
                           "OR EXISTS (SELECT 1 FROM group_members gm JOIN group_roles gr ON gr.group_id = gm.group_id "
                           "WHERE gm.user_id = %1.id AND gr.role_id = ?)")
                .arg(userAlias);
    f.binds = {roleName, roleId, roleId};
    if (viaDepartments) {
        // A department's role reaches every member of the departments below it.
        f.sql += QStringLiteral(" OR %1.department_id IN ").arg(userAlias)
                 + departmentsBelowSubquery(
                     QStringLiteral("SELECT dr.department_id FROM department_roles dr WHERE dr.role_id = ?"));
        f.binds << roleId;
    }
    f.sql += QLatin1Char(')');
    return f;
}

protocol::Result<QSet<qint64>> usersWithSessions(const QSqlDatabase &db, const ScopeFilter &userIds)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT DISTINCT s.user_id FROM sessions s WHERE s.ended_at IS NULL AND s.user_id IN (%1)")
                          .arg(userIds.sql),
                      userIds.binds);
    if (!q)
        return q.error();
    QSet<qint64> users;
    while (q->next())
        users.insert(q->value(0).toLongLong());
    return users;
}

protocol::Result<QSet<qint64>> roleHoldersWithSessions(const QSqlDatabase &db, const QString &roleName, qint64 roleId)
{
    const ScopeFilter holds = holdsRole(QStringLiteral("u"), roleName, roleId, true);
    return usersWithSessions(db, {QStringLiteral("SELECT u.id FROM users u WHERE ") + holds.sql, holds.binds});
}

protocol::Result<QSet<qint64>> departmentTreeMembersWithSessions(const QSqlDatabase &db, qint64 departmentId)
{
    return usersWithSessions(
        db, {QStringLiteral("SELECT u.id FROM users u WHERE u.department_id IN ") + departmentTreeSubquery(), {departmentId}});
}

protocol::Result<QSet<qint64>> groupMembersWithSessions(const QSqlDatabase &db, qint64 groupId)
{
    return usersWithSessions(db, {QStringLiteral("SELECT gm.user_id FROM group_members gm WHERE gm.group_id = ?"), {groupId}});
}

protocol::Result<QHash<qint64, qint64>> sessionsOnMachine(const QSqlDatabase &db, qint64 machineId)
{
    auto q = db::exec(db, QStringLiteral("SELECT id, user_id FROM sessions WHERE machine_id = ? AND ended_at IS NULL"),
                      {machineId});
    if (!q)
        return q.error();
    QHash<qint64, qint64> sessions;
    while (q->next())
        sessions.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return sessions;
}

QList<UserPush> accessChangedPushes(const QSet<qint64> &users, const QString &op)
{
    QList<qint64> ordered(users.cbegin(), users.cend());
    std::sort(ordered.begin(), ordered.end());
    QList<UserPush> pushes;
    for (qint64 user : ordered)
        pushes.append(UserPush{user, kAccessChanged, accessChangedData(op)});
    return pushes;
}

QList<UserPush> accessChangedPushes(const QHash<qint64, qint64> &sessions, const QString &op)
{
    QList<UserPush> pushes;
    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it)
        pushes.append(UserPush{it.value(), kAccessChanged, accessChangedData(op), it.key()});
    return pushes;
}

} // namespace cordial::server::auth
