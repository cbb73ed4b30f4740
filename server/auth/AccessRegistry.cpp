#include "auth/AccessRegistry.h"

#include "auth/Addresses.h"
#include "db/Database.h"

#include <QJsonDocument>
#include <QMutex>
#include <QSet>

namespace cordial::server::auth {

namespace {

QMutex &snapshotMutex()
{
    static QMutex mutex;
    return mutex;
}

std::shared_ptr<const AccessSnapshot> &current()
{
    static std::shared_ptr<const AccessSnapshot> snapshot = std::make_shared<AccessSnapshot>();
    return snapshot;
}

domain::RoleDefinition parseDefinition(const QString &name, const QString &description, const QString &json)
{
    domain::RoleDefinition d = domain::RoleDefinition::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    d.name = name;
    d.description = description;
    return d;
}

} // namespace

const StoredRole *AccessSnapshot::role(const QString &name) const
{
    auto it = roleIds.constFind(name);
    if (it == roleIds.cend())
        return nullptr;
    auto r = roles.constFind(*it);
    return r == roles.cend() ? nullptr : &*r;
}

QList<qint64> AccessSnapshot::departmentPath(qint64 departmentId) const
{
    QList<qint64> path;
    // A cycle cannot exist; the bound only guards against one.
    for (qint64 dept = departmentId; dept != 0 && path.size() < 256; dept = departmentParent.value(dept, 0))
        path.append(dept);
    return path;
}

ResolvedAccess AccessSnapshot::resolve(qint64 userId, qint64 departmentId, const QString &primaryRole,
                                       const std::optional<RequestOrigin> &origin) const
{
    ResolvedAccess out;
    QSet<qint64> seen;
    auto add = [&](qint64 roleId, const QString &via, qint64 viaId, const QString &viaName) {
        auto it = roles.constFind(roleId);
        if (it == roles.cend())
            return;
        if (origin && !addressInRanges(origin->address, it->definition.ipRanges)) {
            if (!out.refusedRoles.contains(it->definition.name))
                out.refusedRoles.append(it->definition.name);
            return;
        }
        if (origin && it->definition.registeredMachinesOnly && !origin->approvedMachine) {
            if (!out.machineRefusedRoles.contains(it->definition.name))
                out.machineRefusedRoles.append(it->definition.name);
            return;
        }
        out.sources.append({it->definition.name, via, viaId, viaName});
        if (!seen.contains(roleId)) {
            seen.insert(roleId);
            out.roles.append(it->definition);
        }
    };
    if (const StoredRole *primary = role(primaryRole))
        add(primary->id, QStringLiteral("user"), userId, QString());
    for (qint64 roleId : userRoles.value(userId))
        add(roleId, QStringLiteral("user"), userId, QString());
    for (qint64 dept : departmentPath(departmentId))
        for (qint64 roleId : departmentRoles.value(dept))
            add(roleId, QStringLiteral("department"), dept, departmentNames.value(dept));
    for (qint64 groupId : userGroups.value(userId)) {
        const StoredGroup group = groups.value(groupId);
        for (qint64 roleId : group.roles)
            add(roleId, QStringLiteral("group"), groupId, group.name);
    }
    out.access = domain::combine(out.roles);
    out.rights = domain::rightsOf(out.access);
    return out;
}

std::shared_ptr<const ResolvedAccess> AccessSnapshot::resolveRemembered(qint64 userId, qint64 departmentId,
                                                                        const QString &primaryRole,
                                                                        const RequestOrigin &origin) const
{
    // The address counts only through the roles' address ranges, but the ranges are
    // not known before resolving: one entry per address a user works from.
    const QString key = QString::number(userId) + QLatin1Char('|') + QString::number(departmentId) + QLatin1Char('|')
                        + (origin.approvedMachine ? QLatin1Char('1') : QLatin1Char('0')) + QLatin1Char('|')
                        + origin.address + QLatin1Char('|') + primaryRole;
    {
        QMutexLocker lock(&m_resolvedMutex);
        if (auto it = m_resolved.constFind(key); it != m_resolved.cend())
            return *it;
    }
    auto resolved = std::make_shared<const ResolvedAccess>(resolve(userId, departmentId, primaryRole, origin));
    QMutexLocker lock(&m_resolvedMutex);
    constexpr qsizetype kMaxRemembered = 20000; // users × their computers; bounded against address churn
    if (m_resolved.size() >= kMaxRemembered)
        m_resolved.clear();
    m_resolved.insert(key, resolved);
    return resolved;
}

std::shared_ptr<const AccessSnapshot> accessSnapshot()
{
    QMutexLocker lock(&snapshotMutex());
    return current();
}

protocol::Status reloadAccess(const QSqlDatabase &db)
{
    auto s = std::make_shared<AccessSnapshot>();
    auto read = [&](const QString &sql, auto row) -> protocol::Status {
        auto q = db::exec(db, sql);
        if (!q)
            return q.error();
        while (q->next())
            row(q.value());
        return protocol::Ok{};
    };
    protocol::Status status = read(
        QStringLiteral("SELECT id, name, description, builtin, definition, version FROM roles"), [&](const QSqlQuery &q) {
            StoredRole r;
            r.id = q.value(0).toLongLong();
            r.builtin = q.value(3).toInt() != 0;
            r.version = q.value(5).toLongLong();
            r.definition = parseDefinition(q.value(1).toString(), q.value(2).toString(), q.value(4).toString());
            s->roleIds.insert(r.definition.name, r.id);
            s->roles.insert(r.id, r);
        });
    if (status)
        status = read(QStringLiteral("SELECT user_id, role_id FROM user_roles ORDER BY role_id"),
                      [&](const QSqlQuery &q) { s->userRoles[q.value(0).toLongLong()].append(q.value(1).toLongLong()); });
    if (status)
        status = read(QStringLiteral("SELECT department_id, role_id FROM department_roles ORDER BY role_id"),
                      [&](const QSqlQuery &q) {
                          s->departmentRoles[q.value(0).toLongLong()].append(q.value(1).toLongLong());
                      });
    if (status)
        status = read(QStringLiteral("SELECT id, parent_id, name FROM departments"), [&](const QSqlQuery &q) {
            s->departmentParent.insert(q.value(0).toLongLong(), q.value(1).isNull() ? 0 : q.value(1).toLongLong());
            s->departmentNames.insert(q.value(0).toLongLong(), q.value(2).toString());
        });
    if (status)
        status = read(QStringLiteral("SELECT id, name, description, version FROM user_groups"), [&](const QSqlQuery &q) {
            StoredGroup g;
            g.id = q.value(0).toLongLong();
            g.name = q.value(1).toString();
            g.description = q.value(2).toString();
            g.version = q.value(3).toLongLong();
            s->groups.insert(g.id, g);
        });
    if (status)
        status = read(QStringLiteral("SELECT group_id, user_id FROM group_members ORDER BY user_id"),
                      [&](const QSqlQuery &q) {
                          const qint64 group = q.value(0).toLongLong();
                          s->groups[group].members.append(q.value(1).toLongLong());
                          s->userGroups[q.value(1).toLongLong()].append(group);
                      });
    if (status)
        status = read(QStringLiteral("SELECT group_id, role_id FROM group_roles ORDER BY role_id"),
                      [&](const QSqlQuery &q) { s->groups[q.value(0).toLongLong()].roles.append(q.value(1).toLongLong()); });
    if (!status)
        return status;
    QMutexLocker lock(&snapshotMutex());
    current() = std::move(s);
    return protocol::Ok{};
}

protocol::Status seedBuiltInRoles(const QSqlDatabase &db)
{
    QSet<QString> present;
    {
        auto q = db::exec(db, QStringLiteral("SELECT name FROM roles"));
        if (!q)
            return q.error();
        while (q->next())
            present.insert(q->value(0).toString());
    }
    const qint64 now = db::nowMs();
    for (const domain::RoleDefinition &role : domain::builtInRoles()) {
        if (present.contains(role.name))
            continue;
        const QString json = QString::fromUtf8(QJsonDocument(role.toJson()).toJson(QJsonDocument::Compact));
        if (auto r = db::exec(db,
                              QStringLiteral("INSERT INTO roles (name, description, builtin, definition, version, "
                                             "created_at, updated_at) VALUES (?, ?, 1, ?, 1, ?, ?)"),
                              {role.name, role.description, json, now, now});
            !r)
            return r.error();
    }
    return protocol::Ok{};
}

} // namespace cordial::server::auth
