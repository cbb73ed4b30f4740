#include "customers/AccessOps.h"

#include "customers/CustomerStore.h"
#include "net/ArgReader.h"
#include "net/OpSupport.h"
#include "net/ServerContext.h"

#include <QCborArray>
#include <QSet>

#include <limits>

namespace cordial::server::customers {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

// Enough for a customer shared with a whole branch user by user; a longer list is
// what departments and groups are for.
constexpr int kMaxPrincipals = 100;

// Who may change a customer's readers and editors: whoever may change the customer
// by their role — an editor within the scope they see it in, an author on the
// customers they follow or created. Being listed as an editor is not enough: a
// listing is given by those, not passed on.
protocol::Result<bool> mayChangeAccess(const OpContext &ctx, qint64 id)
{
    if (!ctx.caller.hasRight(domain::rights::kCustomersUpdate))
        return false;
    const auto scope = customerEditScope(ctx.caller, QStringLiteral("c"), Listed::Ignored);
    db::Row q;
    auto found = db::fetchOne(q, ctx.db,
                              QStringLiteral("SELECT 1 FROM customers c WHERE c.id = ? AND c.deleted_at IS NULL AND ")
                                  + scope.sql,
                              QVariantList{id} + scope.binds);
    if (!found)
        return found.error();
    return *found;
}

QCborArray toWire(const QList<Principal> &list)
{
    QCborArray out;
    for (const Principal &p : list)
        out.append(customers::toWire(p));
    return out;
}

// `readers` or `editors`: a list of {user: id} | {department: id} | {group: id} (a
// `name` beside the id, as customers.access gives it, is ignored), each once.
protocol::Result<QList<Principal>> readPrincipals(const QCborMap &args, const QString &key)
{
    const QCborValue value = args.value(key);
    if (value.isUndefined())
        return makeError(ErrorCode::Invalid, QStringLiteral("'%1' is required: a list of principals (empty for none)").arg(key),
                         key);
    if (!value.isArray())
        return makeError(ErrorCode::Invalid, QStringLiteral("'%1' is a list of {user: id}, {department: id} or {group: id}")
                                                 .arg(key),
                         key);
    const QCborArray list = value.toArray();
    if (list.size() > kMaxPrincipals)
        return makeError(ErrorCode::Invalid, QStringLiteral("at most %1 %2").arg(kMaxPrincipals).arg(key), key);
    QList<Principal> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("%1.%2").arg(key).arg(i);
        auto bad = [&] {
            return makeError(ErrorCode::Invalid, QStringLiteral("a principal is {user: id}, {department: id} or {group: id}"),
                             field);
        };
        if (!list.at(i).isMap())
            return bad();
        const QCborMap map = list.at(i).toMap();
        std::optional<Principal> principal;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QString name = it.key().toString();
            if (name == QLatin1String("name") && (it.value().isString() || it.value().isNull()))
                continue;
            const auto kind = principalKindFromName(name);
            if (!it.key().isString() || !kind || principal || !it.value().isInteger() || it.value().toInteger() <= 0)
                return bad();
            principal = Principal{*kind, it.value().toInteger(), {}, true};
        }
        if (!principal)
            return bad();
        const bool repeated = std::any_of(out.cbegin(), out.cend(), [&](const Principal &p) { return p.sameAs(*principal); });
        if (!repeated)
            out.append(*principal);
    }
    return out;
}

// `invalid` naming the first principal of `sent` (by its position in `args`) that does
// not exist: an enabled user, a department, a group. Principals the customer already
// lists may stay though they are gone (a deleted group, a disabled user): they match
// nobody, and removing them is the caller's decision.
protocol::Status checkPrincipalsExist(const OpContext &ctx, const QCborMap &args, const QString &key,
                                      const QList<Principal> &sent, const RecordAccess &before)
{
    QHash<PrincipalKind, QSet<qint64>> wanted;
    auto listed = [&](const Principal &p) {
        for (const QList<Principal> *list : {&before.readers, &before.editors})
            for (const Principal &q : *list)
                if (q.sameAs(p))
                    return true;
        return false;
    };
    for (const Principal &p : sent)
        if (!listed(p))
            wanted[p.kind].insert(p.id);
    QHash<PrincipalKind, QSet<qint64>> existing;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        QVariantList ids;
        for (qint64 id : it.value())
            ids.append(id);
        QString sql;
        switch (it.key()) {
        case PrincipalKind::User: sql = QStringLiteral("SELECT id FROM users WHERE disabled = 0 AND id IN (%1)"); break;
        case PrincipalKind::Department: sql = QStringLiteral("SELECT id FROM departments WHERE id IN (%1)"); break;
        case PrincipalKind::Group: sql = QStringLiteral("SELECT id FROM user_groups WHERE id IN (%1)"); break;
        }
        auto rows = db::exec(ctx.db, sql.arg(db::placeholders(ids.size())), ids);
        if (!rows)
            return rows.error();
        while (rows->next())
            existing[it.key()].insert(rows->value(0).toLongLong());
    }
    // The position as sent: repeated entries were dropped from `sent`.
    const QCborArray raw = args.value(key).toArray();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QCborMap map = raw.at(i).toMap();
        for (PrincipalKind kind : {PrincipalKind::User, PrincipalKind::Department, PrincipalKind::Group}) {
            const QCborValue id = map.value(principalKindName(kind));
            if (!id.isInteger() || !wanted.value(kind).contains(id.toInteger()) || existing.value(kind).contains(id.toInteger()))
                continue;
            const QString what = kind == PrincipalKind::User ? QStringLiteral("no enabled user has id %1")
                                 : kind == PrincipalKind::Department ? QStringLiteral("no department has id %1")
                                                                     : QStringLiteral("no user group has id %1");
            return makeError(ErrorCode::Invalid, what.arg(id.toInteger()), QStringLiteral("%1.%2").arg(key).arg(i));
        }
    }
    return protocol::Ok{};
}

} // namespace

OpOutcome customerAccess(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    // Whoever sees the customer (in the bin too, as its history) sees who else may.
    auto customer = loadCustomer(ctx.db, ctx.caller, id, Binned::Include);
    if (!customer)
        return customer.error();
    auto canChange = mayChangeAccess(ctx, id);
    if (!canChange)
        return canChange.error();
    return QCborMap{{QStringLiteral("readers"), toWire(customer->access.readers)},
                    {QStringLiteral("editors"), toWire(customer->access.editors)},
                    {QStringLiteral("version"), customer->version},
                    {QStringLiteral("can_change"), *canChange}};
}

OpOutcome setCustomerAccess(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const qint64 id = args.id(QStringLiteral("id"));
    const auto version = args.optionalInt(QStringLiteral("version"), 1, std::numeric_limits<qint64>::max());
    if (args.ok() && !version)
        args.fail(QStringLiteral("version"), QStringLiteral("'version' is required: the version that was read"));
    if (!args.ok())
        return args.error();
    auto readers = readPrincipals(raw, QStringLiteral("readers"));
    if (!readers)
        return readers.error();
    auto editors = readPrincipals(raw, QStringLiteral("editors"));
    if (!editors)
        return editors.error();

    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto before = loadCustomer(ctx.db, ctx.caller, id);
        if (!before)
            return before.error();
        auto canChange = mayChangeAccess(ctx, id);
        if (!canChange)
            return canChange.error();
        if (!*canChange)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("only the customer's follower or creator, or an editor whose scope holds "
                                            "it, may change who sees it"),
                             QStringLiteral("id"));
        if (before->version != *version)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("the record was changed by someone else (version %1, you have %2)")
                                 .arg(before->version)
                                 .arg(*version),
                             QStringLiteral("version"));
        for (const auto &[key, list] : {std::pair{QStringLiteral("readers"), &readers.value()},
                                        std::pair{QStringLiteral("editors"), &editors.value()}})
            if (auto s = checkPrincipalsExist(ctx, raw, key, *list, before->access); !s)
                return s.error();
        const RecordAccess after{readers.value(), editors.value()};
        if (after == before->access)
            return QCborMap{{QStringLiteral("version"), before->version}};
        // The version moves with the lists, so that a form saved against the old
        // version learns that someone changed the customer meanwhile.
        auto bumped = db::exec(ctx.db,
                               QStringLiteral("UPDATE customers SET version = version + 1, updated_at = ?, updated_by = ? "
                                              "WHERE id = ? AND version = ?"),
                               {db::nowMs(), ctx.caller.userId, id, *version});
        if (!bumped)
            return bumped.error();
        if (bumped->numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict, QStringLiteral("the record was changed by someone else; read it again"),
                             QStringLiteral("version"));
        if (auto s = storeRecordAccess(ctx.db, id, after); !s)
            return s.error();
        auto changed = reindexAndAudit(tx, ctx.caller, ctx.request.op, id, image(before.value()), false);
        if (!changed)
            return changed.error();
        return QCborMap{{QStringLiteral("version"), changed->version}};
    });
}

} // namespace cordial::server::customers
