#include "admin/RoleOps.h"

#include "audit/AuditLog.h"
#include "auth/AccessChanges.h"
#include "auth/AccessRegistry.h"
#include "auth/Addresses.h"
#include "auth/Scope.h"
#include "customers/FieldRegistry.h"
#include "net/ArgReader.h"
#include "net/OpSupport.h"
#include "net/ServerContext.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cordial::server::admin {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr int kMaxNameLength = 64;
constexpr int kMaxDescriptionLength = 500;
constexpr int kMaxIpRanges = 50;
constexpr int kMaxMembers = 10000;

QCborArray textArray(const QStringList &list)
{
    QCborArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What the audit log keeps of a role.
QJsonObject roleImage(const domain::RoleDefinition &d)
{
    QJsonObject o = d.toJson();
    o.insert(QStringLiteral("name"), d.name);
    o.insert(QStringLiteral("description"), d.description);
    return o;
}

QCborMap roleToCbor(const auth::StoredRole &role, qint64 holders)
{
    QCborMap m = QCborValue::fromJsonValue(role.definition.toJson()).toMap();
    const domain::EffectiveAccess alone = domain::combine({role.definition});
    m.insert(QStringLiteral("id"), role.id);
    m.insert(QStringLiteral("name"), role.definition.name);
    m.insert(QStringLiteral("description"), role.definition.description);
    m.insert(QStringLiteral("builtin"), role.builtin);
    m.insert(QStringLiteral("version"), role.version);
    m.insert(QStringLiteral("rights"), textArray(domain::rightsOf(alone)));
    m.insert(QStringLiteral("scope"), domain::dataScopeName(alone.module(domain::Module::Customers).scope));
    m.insert(QStringLiteral("holders"), holders);
    return m;
}

// How many users hold each role, directly (primary or extra), through their
// department (or one above it) or through a group.
QHash<qint64, qint64> holderCounts(const QSqlDatabase &db, const auth::AccessSnapshot &snapshot)
{
    QHash<qint64, qint64> counts;
    auto q = db::exec(db, QStringLiteral("SELECT id, department_id, role FROM users WHERE disabled = 0"));
    if (!q)
        return counts;
    while (q->next()) {
        const auto resolved = snapshot.resolve(q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString());
        for (const domain::RoleDefinition &r : resolved.roles)
            ++counts[snapshot.roleIds.value(r.name)];
    }
    return counts;
}

// The grants part of a role from the args (modules, ip_ranges, registered_machines_only),
// merged over `base`; checked in full.
protocol::Result<domain::RoleDefinition> grantsFromArgs(const QCborMap &args, domain::RoleDefinition base)
{
    QJsonObject json = base.toJson();
    for (const QString &key : {QStringLiteral("modules"), QStringLiteral("ip_ranges"),
                               QStringLiteral("registered_machines_only")})
        if (args.contains(key))
            json.insert(key, args.value(key).toJsonValue());
    QStringList known;
    const auto catalog = customers::catalog();
    for (const domain::FieldDef &f : catalog->customer)
        known.append(f.key);
    for (const domain::FieldDef &f : catalog->contact)
        known.append(domain::contactFieldKey(f.key));
    if (auto problem = domain::validateRoleJson(json, known))
        return makeError(ErrorCode::Invalid, problem->message, problem->field);
    const QJsonValue ranges = json.value(QStringLiteral("ip_ranges"));
    if (ranges.toArray().size() > kMaxIpRanges)
        return makeError(ErrorCode::Invalid, QStringLiteral("at most %1 address ranges").arg(kMaxIpRanges),
                         QStringLiteral("ip_ranges"));
    for (const QJsonValue &r : ranges.toArray()) {
        if (!auth::isAddressRange(r.toString()))
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("'%1' is not an address range like 192.168.1.0/24 or 2001:db8::/32")
                                 .arg(r.toVariant().toString().left(60)),
                             QStringLiteral("ip_ranges"));
    }
    domain::RoleDefinition d = domain::RoleDefinition::fromJson(json);
    d.name = base.name;
    d.description = base.description;
    return d;
}

protocol::Status withinCaller(const Caller &caller, const domain::RoleDefinition &role, const QString &field)
{
    if (!domain::grantsWithin(role, caller.access))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("the role '%1' would grant more than you hold").arg(role.name), field);
    return protocol::Ok{};
}

// Refuses when anyone outside the caller's part of the company holds the role (a
// department administrator changes only roles their own people hold).
protocol::Status heldOnlyInScope(const OpContext &ctx, qint64 roleId, const QString &roleName)
{
    if (ctx.caller.adminScope == domain::DataScope::All)
        return protocol::Ok{};
    const auto users = auth::userScope(ctx.caller, QStringLiteral("u.id"), QStringLiteral("u.department_id"));
    const auto departments = auth::departmentScope(ctx.caller, QStringLiteral("dr.department_id"));
    // Departments that hold the role are counted themselves, not through their members.
    const auto holds = auth::holdsRole(QStringLiteral("u"), roleName, roleId, false);
    db::Row q;
    auto found = db::fetchOne(
        q, ctx.db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM users u WHERE %1 AND NOT (%2)) + "
                       "(SELECT COUNT(*) FROM department_roles dr WHERE dr.role_id = ? AND NOT (%3))")
            .arg(holds.sql, users.sql, departments.sql),
        holds.binds + users.binds + QVariantList{roleId} + departments.binds);
    if (!found)
        return found.error();
    const qint64 outside = q.value(0).toLongLong();
    if (outside > 0)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("the role is also held outside your part of the company"), QStringLiteral("id"));
    return protocol::Ok{};
}

protocol::Result<auth::StoredRole> findRole(qint64 id)
{
    const auto snapshot = auth::accessSnapshot();
    auto it = snapshot->roles.constFind(id);
    if (it == snapshot->roles.cend())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such role"), QStringLiteral("id"));
    return *it;
}

protocol::Status checkName(const QString &name)
{
    if (name.isEmpty() || name.size() > kMaxNameLength || name != name.trimmed())
        return makeError(ErrorCode::Invalid, QStringLiteral("a name has 1 to %1 characters").arg(kMaxNameLength),
                         QStringLiteral("name"));
    return protocol::Ok{};
}

// Commits and then makes the change visible to every request.
OpOutcome commitAndReload(OpContext &ctx, db::WriteTransaction &tx, OpOutcome outcome)
{
    if (auto s = tx.commit(); !s)
        return s.error();
    if (auto s = auth::reloadAccess(ctx.db); !s)
        return s.error();
    return outcome;
}

// ---- groups ----

struct GroupArgs {
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QList<qint64>> members;
    std::optional<QStringList> roles;
};

// Members must be users the caller sees; roles must be roles the caller may give.
protocol::Status checkGroupArgs(const OpContext &ctx, const GroupArgs &g, const QStringList &heldRoles)
{
    if (g.name)
        if (auto s = checkName(*g.name); !s)
            return s;
    if (g.members && !g.members->isEmpty()) {
        const auto scope = auth::userScope(ctx.caller, QStringLiteral("u.id"), QStringLiteral("u.department_id"));
        QVariantList binds;
        for (qint64 id : *g.members)
            binds.append(id);
        db::Row q;
        auto found = db::fetchOne(q, ctx.db,
                                  QStringLiteral("SELECT COUNT(*) FROM users u WHERE u.id IN (%1) AND %2")
                                      .arg(db::placeholders(binds.size()), scope.sql),
                                  binds + scope.binds);
        if (!found)
            return found.error();
        const bool all = q.value(0).toLongLong() == g.members->size();
        if (!all)
            return makeError(ErrorCode::NotFound, QStringLiteral("a member is not a user you can see"),
                             QStringLiteral("members"));
    }
    if (g.roles) {
        const auto snapshot = auth::accessSnapshot();
        for (const QString &name : *g.roles) {
            const auth::StoredRole *role = snapshot->role(name);
            if (!role)
                return makeError(ErrorCode::Invalid, QStringLiteral("unknown role '%1'").arg(name), QStringLiteral("roles"));
            if (!heldRoles.contains(name))
                if (auto s = withinCaller(ctx.caller, role->definition, QStringLiteral("roles")); !s)
                    return s;
        }
    }
    return protocol::Ok{};
}

QJsonObject groupImage(const QString &name, const QString &description, const QList<qint64> &members,
                       const QStringList &roles)
{
    QJsonArray memberArray;
    for (qint64 id : members)
        memberArray.append(id);
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("members"), memberArray},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
}

QStringList roleNames(const auth::AccessSnapshot &snapshot, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        if (auto it = snapshot.roles.constFind(id); it != snapshot.roles.cend())
            names.append(it->definition.name);
    names.sort();
    return names;
}

protocol::Status writeGroupLinks(const db::WriteTransaction &tx, qint64 groupId, const GroupArgs &g)
{
    if (g.members) {
        if (auto r = db::exec(tx.db(), QStringLiteral("DELETE FROM group_members WHERE group_id = ?"), {groupId}); !r)
            return r.error();
        for (qint64 user : *g.members)
            if (auto r = db::exec(tx.db(), QStringLiteral("INSERT INTO group_members (group_id, user_id) VALUES (?, ?)"),
                                  {groupId, user});
                !r)
                return r.error();
    }
    if (g.roles) {
        if (auto r = db::exec(tx.db(), QStringLiteral("DELETE FROM group_roles WHERE group_id = ?"), {groupId}); !r)
            return r.error();
        const auto snapshot = auth::accessSnapshot();
        for (const QString &name : *g.roles)
            if (auto r = db::exec(tx.db(), QStringLiteral("INSERT INTO group_roles (group_id, role_id) VALUES (?, ?)"),
                                  {groupId, snapshot->roleIds.value(name)});
                !r)
                return r.error();
    }
    return protocol::Ok{};
}

GroupArgs readGroupArgs(net::ArgReader &args, bool creating)
{
    GroupArgs g;
    if (creating)
        g.name = args.text(QStringLiteral("name"), kMaxNameLength);
    else
        g.name = args.optionalText(QStringLiteral("name"), kMaxNameLength);
    g.description = args.optionalText(QStringLiteral("description"), kMaxDescriptionLength);
    g.members = args.optionalIdList(QStringLiteral("members"), kMaxMembers);
    g.roles = args.optionalTextList(QStringLiteral("roles"), 50, kMaxNameLength);
    return g;
}

protocol::Status groupNameTaken(const protocol::Error &e)
{
    if (e.code == ErrorCode::Conflict)
        return makeError(ErrorCode::Conflict, QStringLiteral("a group with that name already exists"),
                         QStringLiteral("name"));
    return e;
}

// A group's members outside the caller's part of the company (a department
// administrator changes only groups of their own people).
protocol::Status groupInScope(const OpContext &ctx, const auth::StoredGroup &group)
{
    if (ctx.caller.adminScope == domain::DataScope::All || group.members.isEmpty())
        return protocol::Ok{};
    const auto scope = auth::userScope(ctx.caller, QStringLiteral("u.id"), QStringLiteral("u.department_id"));
    db::Row q;
    auto found = db::fetchOne(q, ctx.db,
                              QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN users u ON u.id = gm.user_id "
                                             "WHERE gm.group_id = ? AND NOT (%1)")
                                  .arg(scope.sql),
                              QVariantList{group.id} + scope.binds);
    if (!found)
        return found.error();
    const bool outside = q.value(0).toLongLong() > 0;
    if (outside)
        return makeError(ErrorCode::Forbidden, QStringLiteral("the group has members outside your part of the company"),
                         QStringLiteral("id"));
    return protocol::Ok{};
}

protocol::Result<auth::StoredGroup> findGroup(qint64 id)
{
    const auto snapshot = auth::accessSnapshot();
    auto it = snapshot->groups.constFind(id);
    if (it == snapshot->groups.cend())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such group"), QStringLiteral("id"));
    return *it;
}

// Who must learn that their access changed when a group's members or roles change:
// those who joined or left it (a group also names its members among customers'
// readers and editors), and when its roles changed every member before and after.
// `before` and `after` are the members with a session (auth::groupMembersWithSessions).
QSet<qint64> groupChangeReaches(const QSet<qint64> &before, const QSet<qint64> &after, bool rolesChanged)
{
    if (rolesChanged)
        return before + after;
    return (before - after) + (after - before);
}

} // namespace

QCborMap accessToCbor(const domain::EffectiveAccess &access)
{
    QCborMap modules;
    for (domain::Module module : domain::allModules()) {
        const domain::ModuleAccess a = access.module(module);
        if (!a.any())
            continue;
        QCborMap fields;
        QStringList keys = a.fields.keys();
        keys.sort();
        for (const QString &key : keys)
            fields.insert(key, domain::fieldAccessName(a.fields.value(key)));
        modules.insert(domain::moduleName(module),
                       QCborMap{{QStringLiteral("level"), domain::accessLevelName(a.level())},
                                {QStringLiteral("scope"), domain::dataScopeName(a.scope)},
                                {QStringLiteral("extras"), textArray(a.extras)},
                                {QStringLiteral("fields"), fields},
                                {QStringLiteral("sources"), textArray(a.sources)}});
    }
    return modules;
}

OpOutcome listRoles(OpContext &ctx)
{
    const auto snapshot = auth::accessSnapshot();
    const QHash<qint64, qint64> holders = holderCounts(ctx.db, *snapshot);
    QList<auth::StoredRole> roles = snapshot->roles.values();
    std::sort(roles.begin(), roles.end(), [](const auth::StoredRole &a, const auth::StoredRole &b) {
        if (a.builtin != b.builtin)
            return a.builtin; // built-in roles first, in the order they were made
        return a.builtin ? a.id < b.id : a.definition.name < b.definition.name;
    });
    QCborArray items;
    for (const auth::StoredRole &role : roles)
        items.append(roleToCbor(role, holders.value(role.id)));
    return QCborMap{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}};
}

OpOutcome createRole(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    domain::RoleDefinition base;
    base.name = args.text(QStringLiteral("name"), kMaxNameLength);
    base.description = args.optionalText(QStringLiteral("description"), kMaxDescriptionLength).value_or(QString());
    if (args.ok() && !ctx.request.args.contains(QStringLiteral("modules")))
        args.fail(QStringLiteral("modules"), QStringLiteral("'modules' is required"));
    if (!args.ok())
        return args.error();
    if (auto s = checkName(base.name); !s)
        return s.error();
    auto role = grantsFromArgs(ctx.request.args, base);
    if (!role)
        return role.error();
    if (auto s = withinCaller(ctx.caller, *role, QStringLiteral("modules")); !s)
        return s.error();
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    const qint64 now = db::nowMs();
    auto id = db::insertReturningId(ctx.db,
                                    QStringLiteral("INSERT INTO roles (name, description, builtin, definition, version, "
                                                   "created_at, updated_at) VALUES (?, ?, 0, ?, 1, ?, ?)"),
                                    {role->name, role->description, compactJson(role->toJson()), now, now});
    if (!id) {
        if (id.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::Conflict, QStringLiteral("a role with that name already exists"),
                             QStringLiteral("name"));
        return id.error();
    }
    if (auto s = audit::append(tx, ctx.caller,
                               {ctx.request.op, QStringLiteral("role"), *id, std::nullopt, roleImage(*role)});
        !s)
        return s.error();
    return commitAndReload(ctx, tx, QCborMap{{QStringLiteral("id"), *id}, {QStringLiteral("version"), 1}});
}

OpOutcome updateRole(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    const auto version = args.optionalInt(QStringLiteral("version"), 1, std::numeric_limits<qint64>::max());
    const auto name = args.optionalText(QStringLiteral("name"), kMaxNameLength);
    const auto description = args.optionalText(QStringLiteral("description"), kMaxDescriptionLength);
    if (args.ok() && !version)
        args.fail(QStringLiteral("version"), QStringLiteral("'version' is required"));
    if (!args.ok())
        return args.error();
    auto before = findRole(id);
    if (!before)
        return before.error();
    if (before->version != *version)
        return makeError(ErrorCode::Conflict, QStringLiteral("the role was changed by someone else; reload it"),
                         QStringLiteral("version"));
    if (before->builtin && before->definition.name == QLatin1String("administrator"))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the administrator role cannot be changed, so that someone can always manage access"),
                         QStringLiteral("id"));
    if (before->builtin && ctx.caller.adminScope != domain::DataScope::All)
        return makeError(ErrorCode::Forbidden, QStringLiteral("built-in roles are company-wide"), QStringLiteral("id"));
    domain::RoleDefinition base = before->definition;
    if (name) {
        if (auto s = checkName(*name); !s)
            return s.error();
        if (before->builtin && *name != base.name)
            return makeError(ErrorCode::Invalid, QStringLiteral("a built-in role keeps its name"), QStringLiteral("name"));
        base.name = *name;
    }
    if (description)
        base.description = *description;
    auto after = grantsFromArgs(ctx.request.args, base);
    if (!after)
        return after.error();
    if (auto s = withinCaller(ctx.caller, before->definition, QStringLiteral("id")); !s)
        return s.error();
    if (auto s = withinCaller(ctx.caller, *after, QStringLiteral("modules")); !s)
        return s.error();
    if (auto s = heldOnlyInScope(ctx, id, before->definition.name); !s)
        return s.error();

    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    // Its holders learn at once when what it grants, or its name, changes (read before
    // a rename moves their primary role to the new name).
    QSet<qint64> holders;
    if (after->name != before->definition.name || after->toJson() != before->definition.toJson()) {
        auto found = auth::roleHoldersWithSessions(ctx.db, before->definition.name, id);
        if (!found)
            return found.error();
        holders = found.takeValue();
    }
    auto updated = db::exec(ctx.db,
                            QStringLiteral("UPDATE roles SET name = ?, description = ?, definition = ?, version = version + 1, "
                                           "updated_at = ? WHERE id = ? AND version = ?"),
                            {after->name, after->description, compactJson(after->toJson()), db::nowMs(), id, *version});
    if (!updated) {
        if (updated.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::Conflict, QStringLiteral("a role with that name already exists"),
                             QStringLiteral("name"));
        return updated.error();
    }
    if (updated->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, QStringLiteral("the role was changed by someone else; reload it"),
                         QStringLiteral("version"));
    // Users name their primary role; a renamed role keeps its holders.
    if (after->name != before->definition.name)
        if (auto r = db::exec(ctx.db, QStringLiteral("UPDATE users SET role = ? WHERE role = ?"),
                              {after->name, before->definition.name});
            !r)
            return r.error();
    if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, QStringLiteral("role"), id,
                                                roleImage(before->definition), roleImage(*after)});
        !s)
        return s.error();
    OpOutcome outcome(QCborMap{{QStringLiteral("version"), *version + 1}});
    outcome.pushes = auth::accessChangedPushes(holders, ctx.request.op);
    return commitAndReload(ctx, tx, outcome);
}

OpOutcome deleteRole(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    auto before = findRole(id);
    if (!before)
        return before.error();
    if (before->builtin)
        return makeError(ErrorCode::Conflict, QStringLiteral("a built-in role cannot be deleted"), QStringLiteral("id"));
    if (auto s = withinCaller(ctx.caller, before->definition, QStringLiteral("id")); !s)
        return s.error();
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    db::Row q;
    auto held = db::fetchOne(q, ctx.db,
                             QStringLiteral("SELECT (SELECT COUNT(*) FROM users WHERE role = ?) + "
                                            "(SELECT COUNT(*) FROM user_roles WHERE role_id = ?) + "
                                            "(SELECT COUNT(*) FROM department_roles WHERE role_id = ?) + "
                                            "(SELECT COUNT(*) FROM group_roles WHERE role_id = ?)"),
                             {before->definition.name, id, id, id});
    if (!held)
        return held.error();
    const qint64 holders = q.value(0).toLongLong();
    if (holders > 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the role is still given to %1 users, departments or groups; take it away first")
                             .arg(holders),
                         QStringLiteral("id"));
    if (auto r = db::exec(ctx.db, QStringLiteral("DELETE FROM roles WHERE id = ?"), {id}); !r)
        return r.error();
    if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, QStringLiteral("role"), id,
                                                roleImage(before->definition), std::nullopt});
        !s)
        return s.error();
    return commitAndReload(ctx, tx, QCborMap{});
}

OpOutcome listGroups(OpContext &ctx)
{
    const auto snapshot = auth::accessSnapshot();
    // Only members the caller may see are listed; the count is of all members.
    const auto scope = auth::userScope(ctx.caller, QStringLiteral("u.id"), QStringLiteral("u.department_id"));
    auto q = db::exec(ctx.db,
                      QStringLiteral("SELECT gm.group_id, gm.user_id FROM group_members gm JOIN users u ON u.id = gm.user_id "
                                     "WHERE %1 ORDER BY gm.user_id")
                          .arg(scope.sql),
                      scope.binds);
    if (!q)
        return q.error();
    QHash<qint64, QCborArray> visible;
    while (q->next())
        visible[q->value(0).toLongLong()].append(q->value(1).toLongLong());
    QList<auth::StoredGroup> groups = snapshot->groups.values();
    std::sort(groups.begin(), groups.end(),
              [](const auth::StoredGroup &a, const auth::StoredGroup &b) { return a.name < b.name; });
    QCborArray items;
    for (const auth::StoredGroup &g : groups)
        items.append(QCborMap{{QStringLiteral("id"), g.id},
                              {QStringLiteral("name"), g.name},
                              {QStringLiteral("description"), g.description},
                              {QStringLiteral("version"), g.version},
                              {QStringLiteral("members"), visible.value(g.id)},
                              {QStringLiteral("member_count"), g.members.size()},
                              {QStringLiteral("roles"), textArray(roleNames(*snapshot, g.roles))}});
    return QCborMap{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}};
}

OpOutcome createGroup(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const GroupArgs g = readGroupArgs(args, true);
    if (!args.ok())
        return args.error();
    if (auto s = checkGroupArgs(ctx, g, {}); !s)
        return s.error();
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    const qint64 now = db::nowMs();
    auto id = db::insertReturningId(ctx.db,
                                    QStringLiteral("INSERT INTO user_groups (name, description, version, created_at, "
                                                   "updated_at) VALUES (?, ?, 1, ?, ?)"),
                                    {*g.name, g.description.value_or(QString()), now, now});
    if (!id)
        return groupNameTaken(id.error()).error();
    if (auto s = writeGroupLinks(tx, *id, g); !s)
        return s.error();
    auto joined = auth::groupMembersWithSessions(ctx.db, *id);
    if (!joined)
        return joined.error();
    if (auto s = audit::append(tx, ctx.caller,
                               {ctx.request.op, QStringLiteral("group"), *id, std::nullopt,
                                groupImage(*g.name, g.description.value_or(QString()), g.members.value_or(QList<qint64>()),
                                           g.roles.value_or(QStringList()))});
        !s)
        return s.error();
    OpOutcome outcome(QCborMap{{QStringLiteral("id"), *id}, {QStringLiteral("version"), 1}});
    outcome.pushes = auth::accessChangedPushes(groupChangeReaches({}, *joined, false), ctx.request.op);
    return commitAndReload(ctx, tx, outcome);
}

OpOutcome updateGroup(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    const auto version = args.optionalInt(QStringLiteral("version"), 1, std::numeric_limits<qint64>::max());
    const GroupArgs g = readGroupArgs(args, false);
    if (args.ok() && !version)
        args.fail(QStringLiteral("version"), QStringLiteral("'version' is required"));
    if (!args.ok())
        return args.error();
    auto before = findGroup(id);
    if (!before)
        return before.error();
    if (before->version != *version)
        return makeError(ErrorCode::Conflict, QStringLiteral("the group was changed by someone else; reload it"),
                         QStringLiteral("version"));
    if (auto s = groupInScope(ctx, *before); !s)
        return s.error();
    const auto snapshot = auth::accessSnapshot();
    const QStringList heldRoles = roleNames(*snapshot, before->roles);
    if (auto s = checkGroupArgs(ctx, g, heldRoles); !s)
        return s.error();
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    const QString name = g.name.value_or(before->name);
    const QString description = g.description.value_or(before->description);
    auto updated = db::exec(ctx.db,
                            QStringLiteral("UPDATE user_groups SET name = ?, description = ?, version = version + 1, "
                                           "updated_at = ? WHERE id = ? AND version = ?"),
                            {name, description, db::nowMs(), id, *version});
    if (!updated)
        return groupNameTaken(updated.error()).error();
    if (updated->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, QStringLiteral("the group was changed by someone else; reload it"),
                         QStringLiteral("version"));
    auto membersBefore = auth::groupMembersWithSessions(ctx.db, id);
    if (!membersBefore)
        return membersBefore.error();
    if (auto s = writeGroupLinks(tx, id, g); !s)
        return s.error();
    auto membersAfter = auth::groupMembersWithSessions(ctx.db, id);
    if (!membersAfter)
        return membersAfter.error();
    const bool rolesChanged = g.roles && QSet<QString>(g.roles->cbegin(), g.roles->cend())
                                             != QSet<QString>(heldRoles.cbegin(), heldRoles.cend());
    if (auto s = audit::append(
            tx, ctx.caller,
            {ctx.request.op, QStringLiteral("group"), id,
             groupImage(before->name, before->description, before->members, heldRoles),
             groupImage(name, description, g.members.value_or(before->members), g.roles.value_or(heldRoles))});
        !s)
        return s.error();
    OpOutcome outcome(QCborMap{{QStringLiteral("version"), *version + 1}});
    outcome.pushes = auth::accessChangedPushes(groupChangeReaches(*membersBefore, *membersAfter, rolesChanged),
                                               ctx.request.op);
    return commitAndReload(ctx, tx, outcome);
}

OpOutcome deleteGroup(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    auto before = findGroup(id);
    if (!before)
        return before.error();
    if (auto s = groupInScope(ctx, *before); !s)
        return s.error();
    const QStringList heldRoles = roleNames(*auth::accessSnapshot(), before->roles);
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto members = auth::groupMembersWithSessions(ctx.db, id);
    if (!members)
        return members.error();
    for (const QString &sql : {QStringLiteral("DELETE FROM group_members WHERE group_id = ?"),
                               QStringLiteral("DELETE FROM group_roles WHERE group_id = ?"),
                               QStringLiteral("DELETE FROM user_groups WHERE id = ?")})
        if (auto r = db::exec(ctx.db, sql, {id}); !r)
            return r.error();
    if (auto s = audit::append(tx, ctx.caller,
                               {ctx.request.op, QStringLiteral("group"), id,
                                groupImage(before->name, before->description, before->members, heldRoles), std::nullopt});
        !s)
        return s.error();
    OpOutcome outcome(QCborMap{});
    outcome.pushes = auth::accessChangedPushes(groupChangeReaches(*members, {}, false), ctx.request.op);
    return commitAndReload(ctx, tx, outcome);
}

OpOutcome userAccess(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    const auto scope = auth::userScope(ctx.caller, QStringLiteral("u.id"), QStringLiteral("u.department_id"));
    db::Row q;
    auto found = db::fetchOne(q, ctx.db,
                              QStringLiteral("SELECT u.role, u.department_id FROM users u WHERE u.id = ? AND ") + scope.sql,
                              QVariantList{id} + scope.binds);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such user"), QStringLiteral("id"));
    const QString primary = q.value(0).toString();
    const qint64 department = q.value(1).toLongLong();
    const auth::ResolvedAccess resolved = auth::accessSnapshot()->resolve(id, department, primary);
    QCborArray sources;
    for (const auth::RoleSource &s : resolved.sources) {
        QCborMap m{{QStringLiteral("role"), s.role}, {QStringLiteral("via"), s.via}};
        if (s.via != QLatin1String("user")) {
            m.insert(QStringLiteral("via_id"), s.viaId);
            m.insert(QStringLiteral("via_name"), s.viaName);
        } else {
            m.insert(QStringLiteral("primary"), s.role == primary);
        }
        sources.append(m);
    }
    return QCborMap{{QStringLiteral("user_id"), id},
                    {QStringLiteral("roles"), sources},
                    {QStringLiteral("modules"), accessToCbor(resolved.access)},
                    {QStringLiteral("rights"), textArray(resolved.rights)}};
}

} // namespace cordial::server::admin
