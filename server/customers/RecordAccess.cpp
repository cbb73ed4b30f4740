#include "customers/RecordAccess.h"

#include "db/Database.h"
#include "db/StatementCache.h"

#include <algorithm>

namespace cordial::server::customers {

namespace {

const QString kReader = QStringLiteral("reader");
const QString kEditor = QStringLiteral("editor");

void sortPrincipals(QList<Principal> &list)
{
    std::sort(list.begin(), list.end(), [](const Principal &a, const Principal &b) {
        return std::tie(a.kind, a.name, a.id) < std::tie(b.kind, b.name, b.id);
    });
}

} // namespace

QString principalKindName(PrincipalKind kind)
{
    switch (kind) {
    case PrincipalKind::User: return QStringLiteral("user");
    case PrincipalKind::Department: return QStringLiteral("department");
    case PrincipalKind::Group: return QStringLiteral("group");
    }
    return {};
}

std::optional<PrincipalKind> principalKindFromName(const QString &name)
{
    for (PrincipalKind kind : {PrincipalKind::User, PrincipalKind::Department, PrincipalKind::Group})
        if (principalKindName(kind) == name)
            return kind;
    return std::nullopt;
}

bool RecordAccess::operator==(const RecordAccess &other) const
{
    // The same principals in any order (each list holds a principal once).
    auto same = [](const QList<Principal> &a, const QList<Principal> &b) {
        return a.size() == b.size() && std::all_of(a.begin(), a.end(), [&](const Principal &x) {
                   return std::any_of(b.begin(), b.end(), [&](const Principal &y) { return x.sameAs(y); });
               });
    };
    return same(readers, other.readers) && same(editors, other.editors);
}

protocol::Result<RecordAccess> loadRecordAccess(const QSqlDatabase &db, qint64 customerId)
{
    auto rows = db::execCached(
        db,
        QStringLiteral("SELECT a.access, a.principal_kind, a.principal_id, COALESCE(u.display_name, d.name, g.name), "
                       "CASE WHEN u.id IS NULL AND d.id IS NULL AND g.id IS NULL THEN 0 ELSE 1 END "
                       "FROM customer_access a "
                       "LEFT JOIN users u ON a.principal_kind = 'user' AND u.id = a.principal_id "
                       "LEFT JOIN departments d ON a.principal_kind = 'department' AND d.id = a.principal_id "
                       "LEFT JOIN user_groups g ON a.principal_kind = 'group' AND g.id = a.principal_id "
                       "WHERE a.customer_id = ?"),
        {customerId});
    if (!rows)
        return rows.error();
    RecordAccess access;
    while (rows->next()) {
        const auto kind = principalKindFromName(rows->value(1).toString());
        if (!kind)
            continue; // not written by this server
        Principal p{*kind, rows->value(2).toLongLong(), rows->value(3).toString(), rows->value(4).toInt() != 0};
        (rows->value(0).toString() == kEditor ? access.editors : access.readers).append(p);
    }
    sortPrincipals(access.readers);
    sortPrincipals(access.editors);
    return access;
}

protocol::Status storeRecordAccess(const QSqlDatabase &db, qint64 customerId, const RecordAccess &access)
{
    if (auto r = db::exec(db, QStringLiteral("DELETE FROM customer_access WHERE customer_id = ?"), {customerId}); !r)
        return r.error();
    for (const auto &[list, name] : {std::pair{&access.readers, kReader}, std::pair{&access.editors, kEditor}}) {
        for (const Principal &p : *list) {
            if (auto r = db::exec(db,
                                  QStringLiteral("INSERT INTO customer_access (customer_id, access, principal_kind, "
                                                 "principal_id) VALUES (?, ?, ?, ?)"),
                                  {customerId, name, principalKindName(p.kind), p.id});
                !r)
                return r.error();
        }
    }
    return protocol::Ok{};
}

bool replaceUser(RecordAccess &access, qint64 fromUserId, const Principal &successor)
{
    const Principal from{PrincipalKind::User, fromUserId, {}, true};
    bool changed = false;
    for (QList<Principal> *list : {&access.readers, &access.editors}) {
        if (list->removeIf([&](const Principal &p) { return p.sameAs(from); }) == 0)
            continue;
        changed = true;
        if (std::none_of(list->cbegin(), list->cend(), [&](const Principal &p) { return p.sameAs(successor); }))
            list->append(successor);
        sortPrincipals(*list);
    }
    return changed;
}

QCborMap toWire(const Principal &principal)
{
    return {{principalKindName(principal.kind), principal.id},
            {QStringLiteral("name"), principal.exists ? QCborValue(principal.name) : QCborValue(nullptr)}};
}

QJsonObject image(const Principal &principal)
{
    QJsonObject o{{principalKindName(principal.kind), principal.id}};
    if (principal.exists)
        o.insert(QStringLiteral("name"), principal.name);
    return o;
}

auth::ScopeFilter listedIds(const Caller &caller, bool editorsOnly)
{
    QStringList principals{QStringLiteral("(acl.principal_kind = 'user' AND acl.principal_id = ?)")};
    QVariantList binds{caller.userId};
    auto addKind = [&](const QString &kind, const QList<qint64> &ids) {
        if (ids.isEmpty())
            return;
        principals.append(QStringLiteral("(acl.principal_kind = '%1' AND acl.principal_id IN (%2))")
                              .arg(kind, db::placeholders(ids.size())));
        for (qint64 id : ids)
            binds.append(id);
    };
    addKind(QStringLiteral("department"), caller.departmentPath);
    addKind(QStringLiteral("group"), caller.groupIds);
    return {QStringLiteral("(SELECT acl.customer_id FROM customer_access acl WHERE %1(%2))")
                .arg(editorsOnly ? QStringLiteral("acl.access = 'editor' AND ") : QString(),
                     principals.join(QStringLiteral(" OR "))),
            binds};
}

auth::ScopeFilter restrictionAllows(const Caller &caller, const QString &alias)
{
    // Written with uncorrelated id sets, each computed once per statement, so that a
    // count over a scope reads the same index it read before restrictions existed:
    // the restricted customers are few, the caller's own among them fewer.
    const auto listed = listedIds(caller, false);
    return {QStringLiteral("(%1.id NOT IN (SELECT acr.customer_id FROM customer_access acr WHERE acr.access = 'reader') "
                           "OR %1.id IN (SELECT aci.customer_id FROM customer_access aci "
                           "JOIN customers acc ON acc.id = aci.customer_id "
                           "WHERE aci.access = 'reader' AND (acc.owner_id = ? OR acc.creator_id = ?) "
                           "UNION SELECT acf.customer_id FROM customer_followers acf WHERE acf.user_id = ?) "
                           "OR %1.id IN %2)")
                .arg(alias, listed.sql),
            QVariantList{caller.userId, caller.userId, caller.userId} + listed.binds};
}

} // namespace cordial::server::customers
