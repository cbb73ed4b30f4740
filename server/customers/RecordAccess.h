// Record-level access (#5): the readers and editors listed on one customer, the
// principals they name, and the SQL pieces with which customerScope and
// customerEditScope narrow and widen what a caller reaches.
#pragma once

#include "auth/Caller.h"
#include "auth/Scope.h"
#include "protocol/ErrorCode.h"

#include <QCborMap>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace cordial::server::customers {

// A user; a department, standing for its members and those of every department below
// it; or a user group.
enum class PrincipalKind { User, Department, Group };
QString principalKindName(PrincipalKind kind); // "user", "department", "group"
std::optional<PrincipalKind> principalKindFromName(const QString &name);

struct Principal {
    PrincipalKind kind = PrincipalKind::User;
    qint64 id = 0;
    QString name;       // the user's display name, the department's or group's name
    bool exists = true; // false: a department or group deleted since it was listed

    bool sameAs(const Principal &other) const { return kind == other.kind && id == other.id; }
};

struct RecordAccess {
    QList<Principal> readers; // users first, then departments, then groups; by name
    QList<Principal> editors;

    // A customer with readers is seen only by its insiders (and administrators).
    bool restricted() const { return !readers.isEmpty(); }
    bool operator==(const RecordAccess &other) const; // the same principals, in any order
};

// The lists of one customer, with names.
protocol::Result<RecordAccess> loadRecordAccess(const QSqlDatabase &db, qint64 customerId);
// Replaces the lists of one customer (inside the caller's transaction; not audited).
protocol::Status storeRecordAccess(const QSqlDatabase &db, qint64 customerId, const RecordAccess &access);

// Puts `successor` where the user `fromUserId` stands among the readers and editors
// (users.disable): in each list that names the user, the user goes and the successor
// comes, once. Whether anything changed.
bool replaceUser(RecordAccess &access, qint64 fromUserId, const Principal &successor);

// `{user: id, name}`, `{department: id, name}` or `{group: id, name}`; name null for a
// principal that no longer exists.
QCborMap toWire(const Principal &principal);
// For audit images: the same, name as it was then.
QJsonObject image(const Principal &principal);

// A subquery of the ids of the customers that list the caller (as user, through their
// department or a department above it, or through a group) among readers or editors,
// or (editorsOnly) among editors.
auth::ScopeFilter listedIds(const Caller &caller, bool editorsOnly);
// SQL over the customers of `alias` a restriction does not hide from the caller: not
// restricted, or the caller follows (owner or extra follower), created or is listed on it.
auth::ScopeFilter restrictionAllows(const Caller &caller, const QString &alias);

} // namespace cordial::server::customers
