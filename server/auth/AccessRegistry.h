// The roles of this server and who holds them: roles (built-in and made by
// administrators), the extra roles of users, the roles of departments (for every
// member of the department and of those below it) and of user groups. Every request
// resolves its caller's effective access from one immutable snapshot; the ops that
// change roles, groups or departments replace it after their transaction commits.
#pragma once

#include "domain/Roles.h"
#include "protocol/ErrorCode.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace cordial::server::auth {

struct StoredRole {
    qint64 id = 0;
    qint64 version = 0;
    bool builtin = false;
    domain::RoleDefinition definition; // with name and description
};

struct StoredGroup {
    qint64 id = 0;
    qint64 version = 0;
    QString name;
    QString description;
    QList<qint64> members;
    QList<qint64> roles;
};

// Where one of a user's roles comes from.
struct RoleSource {
    QString role;
    QString via;       // "user", "department" or "group"
    qint64 viaId = 0;  // the user, department or group
    QString viaName;   // its name, for "why" answers
};

// Where a request comes from, for the roles restricted to address ranges or to
// registered computers.
struct RequestOrigin {
    QString address;
    bool approvedMachine = false; // the session's computer proved its key and is approved
};

struct ResolvedAccess {
    domain::EffectiveAccess access;
    QStringList refusedRoles;        // roles that do not apply from the client's address
    QStringList machineRefusedRoles; // roles that would apply from there, but only on an approved computer
    QStringList rights;
    QList<RoleSource> sources;
    QList<domain::RoleDefinition> roles; // each once
};

struct AccessSnapshot {
    QHash<qint64, StoredRole> roles; // by id
    QHash<QString, qint64> roleIds;  // name → id
    QHash<qint64, QList<qint64>> userRoles;       // user → extra role ids
    QHash<qint64, QList<qint64>> departmentRoles; // department → role ids
    QHash<qint64, qint64> departmentParent;       // department → parent (0: root)
    QHash<qint64, QString> departmentNames;
    QHash<qint64, StoredGroup> groups;            // by id
    QHash<qint64, QList<qint64>> userGroups;      // user → group ids

    const StoredRole *role(const QString &name) const;
    // The department and every department above it, nearest first.
    QList<qint64> departmentPath(qint64 departmentId) const;
    // The union of the user's primary role, extra roles, the roles of their department
    // and its ancestors, and the roles of their groups. With an `origin`, a role
    // restricted to address ranges that do not hold its address is left out
    // (refusedRoles), and so is a role for registered computers only when the computer
    // is not approved (machineRefusedRoles). Without one, every role counts.
    ResolvedAccess resolve(qint64 userId, qint64 departmentId, const QString &primaryRole,
                           const std::optional<RequestOrigin> &origin = std::nullopt) const;
    // resolve() for a request's caller, remembered for the life of this snapshot (a
    // change of roles, groups or departments replaces the snapshot, never changes it):
    // every request resolves its caller, and combining the roles was ~45 % of that
    // (~0.09 ms a request).
    std::shared_ptr<const ResolvedAccess> resolveRemembered(qint64 userId, qint64 departmentId,
                                                            const QString &primaryRole,
                                                            const RequestOrigin &origin) const;

private:
    mutable QMutex m_resolvedMutex;
    mutable QHash<QString, std::shared_ptr<const ResolvedAccess>> m_resolved;
};

std::shared_ptr<const AccessSnapshot> accessSnapshot();
// Reads roles, assignments, departments and groups and makes them the current snapshot.
protocol::Status reloadAccess(const QSqlDatabase &db);
// Inserts the built-in roles that the database does not have yet (a new database, or
// a role added to the code later). Not audited: part of setting up the schema.
protocol::Status seedBuiltInRoles(const QSqlDatabase &db);

} // namespace cordial::server::auth
