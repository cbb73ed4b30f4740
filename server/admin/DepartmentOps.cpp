#include "admin/DepartmentOps.h"

#include "audit/AuditLog.h"
#include "auth/AccessChanges.h"
#include "auth/AccessRegistry.h"
#include "auth/Scope.h"
#include "net/ArgReader.h"
#include "net/ServerContext.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonObject>

namespace cordial::server::admin {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr int kMaxNameLength = 100;

struct Department {
    qint64 id = 0;
    QString name;
    std::optional<qint64> parentId;
    qint64 createdAt = 0;
    qint64 userCount = 0;
    QStringList roles; // given to every member of this department and of those below it
};

QStringList departmentRoles(qint64 id)
{
    const auto snapshot = auth::accessSnapshot();
    QStringList names;
    for (qint64 roleId : snapshot->departmentRoles.value(id))
        if (auto it = snapshot->roles.constFind(roleId); it != snapshot->roles.cend())
            names.append(it->definition.name);
    names.sort();
    return names;
}

QJsonObject image(const Department &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("parent_id"), d.parentId ? QJsonValue(*d.parentId) : QJsonValue()},
            {QStringLiteral("roles"), QJsonArray::fromStringList(d.roles)}};
}

QCborMap toCbor(const Department &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("parent_id"), d.parentId ? QCborValue(*d.parentId) : QCborValue(nullptr)},
            {QStringLiteral("user_count"), d.userCount},
            {QStringLiteral("roles"), QCborArray::fromStringList(d.roles)},
            {QStringLiteral("created_at"), db::isoTime(d.createdAt)}};
}

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.name, d.parent_id, d.created_at, "
    "(SELECT COUNT(*) FROM users u WHERE u.department_id = d.id) FROM departments d WHERE ");

template <typename RowT> // QSqlQuery or db::Row
Department fromRow(const RowT &q)
{
    Department d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    if (!q.isNull(2))
        d.parentId = q.value(2).toLongLong();
    d.createdAt = q.value(3).toLongLong();
    d.userCount = q.value(4).toLongLong();
    d.roles = departmentRoles(d.id);
    return d;
}

// A department the caller may see, or not_found (also for ids outside the scope).
protocol::Result<Department> loadVisible(const OpContext &ctx, qint64 id, const QString &field)
{
    const auto scope = auth::departmentScope(ctx.caller, QStringLiteral("d.id"));
    db::Row q;
    auto found = db::fetchOne(q, ctx.db, kSelect + QStringLiteral("d.id = ? AND ") + scope.sql,
                              QVariantList{id} + scope.binds);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such department"), field);
    return fromRow(q);
}

protocol::Error nameTaken()
{
    return makeError(ErrorCode::Conflict, QStringLiteral("a department with that name already exists there"),
                     QStringLiteral("name"));
}

} // namespace

OpOutcome listDepartments(OpContext &ctx)
{
    const auto scope = auth::departmentScope(ctx.caller, QStringLiteral("d.id"));
    auto query = db::exec(ctx.db, kSelect + scope.sql + QStringLiteral(" ORDER BY d.name, d.id"), scope.binds);
    if (!query)
        return query.error();
    QList<Department> all;
    QHash<qint64, int> indexById;
    while (query->next()) {
        indexById.insert(query->value(0).toLongLong(), all.size());
        all.append(fromRow(query.value()));
    }
    // Parents before children, siblings by name: a depth-first walk from the roots of
    // what the caller sees (a department whose parent is out of scope is a root here).
    QMultiHash<qint64, int> children;
    QList<int> roots;
    for (int i = 0; i < all.size(); ++i) {
        const auto parent = all[i].parentId;
        if (parent && indexById.contains(*parent))
            children.insert(*parent, i);
        else
            roots.append(i);
    }
    QCborArray items;
    std::function<void(int)> walk = [&](int i) {
        items.append(toCbor(all[i]));
        QList<int> kids = children.values(all[i].id);
        std::sort(kids.begin(), kids.end());
        for (int k : kids)
            walk(k);
    };
    for (int r : roots)
        walk(r);
    return QCborMap{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}};
}

OpOutcome createDepartment(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const QString name = args.text(QStringLiteral("name"), kMaxNameLength);
    const auto parentId = args.optionalId(QStringLiteral("parent_id"));
    if (!args.ok())
        return args.error();
    if (parentId) {
        auto parent = loadVisible(ctx, *parentId, QStringLiteral("parent_id"));
        if (!parent)
            return parent.error();
    }
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    const qint64 now = db::nowMs();
    auto id = db::insertReturningId(
        ctx.db, QStringLiteral("INSERT INTO departments (name, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?)"),
        {name, parentId ? QVariant(*parentId) : QVariant(QMetaType(QMetaType::LongLong)), now, now});
    if (!id)
        return id.error().code == ErrorCode::Conflict ? nameTaken() : id.error();
    Department created{*id, name, parentId, now, 0, {}};
    if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, QStringLiteral("department"), *id, std::nullopt,
                                                image(created)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    auth::reloadAccess(ctx.db); // role inheritance follows the tree
    return QCborMap{{QStringLiteral("id"), *id}};
}

OpOutcome updateDepartment(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    const auto name = args.optionalText(QStringLiteral("name"), kMaxNameLength);
    const bool moves = args.has(QStringLiteral("parent_id"));
    const auto parentId = args.optionalId(QStringLiteral("parent_id"));
    const auto roles = args.optionalTextList(QStringLiteral("roles"), 50, 64);
    if (args.ok() && name && name->isEmpty())
        args.fail(QStringLiteral("name"), QStringLiteral("'name' must not be empty"));
    if (!args.ok())
        return args.error();

    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto before = loadVisible(ctx, id, QStringLiteral("id"));
    if (!before)
        return before.error();
    Department after = before.value();
    if (name)
        after.name = *name;
    if (moves) {
        if (parentId) {
            auto parent = loadVisible(ctx, *parentId, QStringLiteral("parent_id"));
            if (!parent)
                return parent.error();
            // The new parent must not be the department itself or one below it.
            db::Row q;
            auto inSubtree = db::fetchOne(q, ctx.db,
                                          QStringLiteral("SELECT 1 WHERE CAST(? AS BIGINT) IN ")
                                              + auth::departmentTreeSubquery(),
                                          {*parentId, id});
            if (!inSubtree)
                return inSubtree.error();
            if (*inSubtree)
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("a department cannot move below itself"), QStringLiteral("parent_id"));
        }
        after.parentId = parentId;
    }
    if (roles && *roles != after.roles) {
        // Only roles the caller holds in full may be given; roles already given stay.
        const auto snapshot = auth::accessSnapshot();
        if (auto r = db::exec(ctx.db, QStringLiteral("DELETE FROM department_roles WHERE department_id = ?"), {id}); !r)
            return r.error();
        for (const QString &roleName : *roles) {
            const auth::StoredRole *role = snapshot->role(roleName);
            if (!role)
                return makeError(ErrorCode::Invalid, QStringLiteral("unknown role '%1'").arg(roleName),
                                 QStringLiteral("roles"));
            if (!before->roles.contains(roleName) && !domain::grantsWithin(role->definition, ctx.caller.access))
                return makeError(ErrorCode::Forbidden,
                                 QStringLiteral("the role '%1' grants more than you hold").arg(roleName),
                                 QStringLiteral("roles"));
            if (auto r = db::exec(ctx.db, QStringLiteral("INSERT INTO department_roles (department_id, role_id) VALUES (?, ?)"),
                                  {id, role->id});
                !r)
                return r.error();
        }
        after.roles = *roles;
    }
    auto updated = db::exec(ctx.db, QStringLiteral("UPDATE departments SET name = ?, parent_id = ?, updated_at = ? WHERE id = ?"),
                            {after.name,
                             after.parentId ? QVariant(*after.parentId) : QVariant(QMetaType(QMetaType::LongLong)),
                             db::nowMs(), id});
    if (!updated)
        return updated.error().code == ErrorCode::Conflict ? nameTaken() : updated.error();
    if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, QStringLiteral("department"), id,
                                                image(before.value()), image(after)});
        !s)
        return s.error();
    // The department's roles, and those it inherits from above, reach every member of
    // it and of the departments below it; so does a move (it also changes whom their
    // department scope names).
    QSet<qint64> reached;
    const QStringList rolesBefore = before->roles;
    QStringList rolesAfter = after.roles;
    rolesAfter.sort();
    if (rolesAfter != rolesBefore || after.parentId != before->parentId) {
        auto members = auth::departmentTreeMembersWithSessions(ctx.db, id);
        if (!members)
            return members.error();
        reached = members.takeValue();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    auth::reloadAccess(ctx.db);
    OpOutcome outcome(QCborMap{});
    outcome.pushes = auth::accessChangedPushes(reached, ctx.request.op);
    return outcome;
}

OpOutcome deleteDepartment(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto before = loadVisible(ctx, id, QStringLiteral("id"));
    if (!before)
        return before.error();
    db::Row q;
    auto children = db::fetchOne(q, ctx.db, QStringLiteral("SELECT COUNT(*) FROM departments WHERE parent_id = ?"), {id});
    if (!children)
        return children.error();
    if (q.value(0).toLongLong() > 0 || before->userCount > 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the department still has sub-departments or users; move them first"));
    if (auto r = db::exec(ctx.db, QStringLiteral("DELETE FROM department_roles WHERE department_id = ?"), {id}); !r)
        return r.error();
    if (auto r = db::exec(ctx.db, QStringLiteral("DELETE FROM departments WHERE id = ?"), {id}); !r)
        return r.error();
    if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, QStringLiteral("department"), id,
                                                image(before.value()), std::nullopt});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    auth::reloadAccess(ctx.db);
    return QCborMap{};
}

} // namespace cordial::server::admin
