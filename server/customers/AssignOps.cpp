#include "customers/AssignOps.h"

#include "audit/AuditLog.h"
#include "customers/CustomerStore.h"
#include "customers/FieldRegistry.h"
#include "customers/FieldValues.h"
#include "db/SearchSql.h"
#include "net/OpSupport.h"
#include "notifications/Notify.h"
#include "net/ServerContext.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace cordial::server::customers {

using domain::FieldDef;
using domain::FieldEntity;
using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr int kMaxRecords = 10000; // customers changed by one call
constexpr int kMaxTargets = 100;   // users named in `to`
constexpr int kIdChunk = 500;      // ids bound in one IN (…)
const QString kCustomerEntity = QStringLiteral("customer");
const QString kAssignedKind = QStringLiteral("customers.assigned");

// Which customers an op works on: explicit ids, or conditions over `c` (the
// caller's scope and the recycle bin are added when selecting).
struct Selection {
    bool explicitIds = false;
    QList<qint64> ids; // as sent, without repeats
    Where where;
    QString field;     // named by the error when too many match
};

protocol::Result<QList<qint64>> readIds(const QCborValue &value)
{
    auto bad = [] {
        return makeError(ErrorCode::Invalid, QStringLiteral("'ids' is a list of 1 to %1 customer ids").arg(kMaxRecords),
                         QStringLiteral("ids"));
    };
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > kMaxRecords)
        return bad();
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QCborValue &item : value.toArray()) {
        if (!item.isInteger() || item.toInteger() <= 0)
            return bad();
        if (!seen.contains(item.toInteger())) {
            seen.insert(item.toInteger());
            ids.append(item.toInteger());
        }
    }
    return ids;
}

// `ids` or `by: {creator: id} | {follower: id} | {region: {province, city?}}`.
protocol::Result<Selection> readIdsOrBy(const QCborMap &raw)
{
    const bool hasIds = raw.contains(QStringLiteral("ids"));
    const bool hasBy = raw.contains(QStringLiteral("by"));
    if (hasIds == hasBy)
        return makeError(ErrorCode::Invalid, QStringLiteral("send either 'ids' or 'by'"), QStringLiteral("ids"));
    Selection sel;
    if (hasIds) {
        auto ids = readIds(raw.value(QStringLiteral("ids")));
        if (!ids)
            return ids.error();
        sel.explicitIds = true;
        sel.ids = ids.value();
        return sel;
    }
    sel.field = QStringLiteral("by");
    const QCborValue by = raw.value(QStringLiteral("by"));
    auto bad = [] {
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("'by' is one of {creator: user id}, {follower: user id} or "
                                        "{region: {province, city?}}"),
                         QStringLiteral("by"));
    };
    if (!by.isMap() || by.toMap().size() != 1)
        return bad();
    const QCborMap map = by.toMap();
    const QString key = map.constBegin().key().toString();
    const QCborValue v = map.constBegin().value();
    if (key == QLatin1String("creator") || key == QLatin1String("follower")) {
        if (!v.isInteger() || v.toInteger() <= 0)
            return bad();
        sel.where.add(key == QLatin1String("creator") ? QStringLiteral("c.creator_id = ?")
                                                      : QStringLiteral("c.owner_id = ?"),
                      {v.toInteger()});
    } else if (key == QLatin1String("region")) {
        if (!v.isMap())
            return bad();
        const QCborMap region = v.toMap();
        const QCborValue province = region.value(QStringLiteral("province"));
        const QCborValue city = region.value(QStringLiteral("city"));
        if (!province.isString() || province.toString().trimmed().isEmpty())
            return bad();
        for (auto it = region.constBegin(); it != region.constEnd(); ++it)
            if (it.key().toString() != QLatin1String("province") && it.key().toString() != QLatin1String("city"))
                return bad();
        sel.where.add(QStringLiteral("c.province = ?"), {province.toString().trimmed()});
        if (!city.isUndefined() && !city.isNull()) {
            if (!city.isString())
                return bad();
            if (!city.toString().trimmed().isEmpty())
                sel.where.add(QStringLiteral("c.city = ?"), {city.toString().trimmed()});
        }
    } else {
        return bad();
    }
    return sel;
}

struct Selected {
    QList<qint64> ids; // in the caller's scope, not binned, ascending, locked for this transaction
    QCborArray skipped;
};

// `forEdit`: only the customers the caller may change (an author's own), the others
// skipped. Otherwise (assign, recall) those of the caller's scope: being listed on a
// customer as reader or editor lets one see it, not give it away.
protocol::Result<Selected> selectCustomers(const OpContext &ctx, const db::Dialect &dialect, const Selection &sel,
                                           bool forEdit = false)
{
    const auto scope = forEdit ? customerEditScope(ctx.caller)
                               : customerScope(ctx.caller, QStringLiteral("c"), Listed::Ignored);
    Selected out;
    if (sel.explicitIds) {
        QSet<qint64> visible;
        for (qsizetype from = 0; from < sel.ids.size(); from += kIdChunk) {
            const QList<qint64> chunk = sel.ids.mid(from, kIdChunk);
            QVariantList binds;
            for (qint64 id : chunk)
                binds.append(id);
            auto rows = db::exec(ctx.db,
                                 QStringLiteral("SELECT c.id FROM customers c WHERE c.id IN (%1) AND c.deleted_at IS NULL "
                                                "AND %2")
                                         .arg(db::placeholders(chunk.size()), scope.sql)
                                     + dialect.forUpdate(),
                                 binds + scope.binds);
            if (!rows)
                return rows.error();
            while (rows->next())
                visible.insert(rows->value(0).toLongLong());
        }
        for (qint64 id : sel.ids) {
            if (visible.contains(id))
                out.ids.append(id);
            else
                out.skipped.append(id); // not visible to the caller, binned or missing: never touched
        }
        std::sort(out.ids.begin(), out.ids.end());
        return out;
    }
    Where where = sel.where;
    where.add(QStringLiteral("c.deleted_at IS NULL"));
    where.add(scope.sql, scope.binds);
    auto rows = db::exec(ctx.db,
                         QStringLiteral("SELECT c.id FROM customers c WHERE %1 ORDER BY c.id LIMIT %2")
                                 .arg(where.sql())
                                 .arg(kMaxRecords + 1)
                             + dialect.forUpdate(),
                         where.binds);
    if (!rows)
        return rows.error();
    while (rows->next())
        out.ids.append(rows->value(0).toLongLong());
    if (out.ids.size() > kMaxRecords)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("more than %1 customers match; narrow the selection").arg(kMaxRecords),
                         sel.field);
    return out;
}

// `to`: 1..kMaxTargets users, each enabled and in the caller's scope; by id.
protocol::Result<QList<UserRef>> readTargets(const OpContext &ctx, const QCborValue &value)
{
    const QCborArray list = value.isInteger() ? QCborArray{value} : value.toArray();
    if (!(value.isArray() || value.isInteger()) || list.isEmpty() || list.size() > kMaxTargets)
        return makeError(ErrorCode::Invalid, QStringLiteral("'to' is a list of 1 to %1 user ids").arg(kMaxTargets),
                         QStringLiteral("to"));
    QList<qint64> ids;
    for (const QCborValue &item : list) {
        if (!item.isInteger() || item.toInteger() <= 0)
            return makeError(ErrorCode::Invalid, QStringLiteral("'to' holds user ids"), QStringLiteral("to"));
        if (!ids.contains(item.toInteger()))
            ids.append(item.toInteger());
    }
    std::sort(ids.begin(), ids.end());
    QList<UserRef> users;
    for (qint64 id : ids) {
        auto user = loadAssignableUser(ctx.db, ctx.caller, id, QStringLiteral("to"));
        if (!user)
            return user.error();
        users.append(user.value());
    }
    return users;
}

// One audit row for a changed customer: its image before and as it is now.
protocol::Status auditChange(const db::WriteTransaction &tx, const OpContext &ctx, const CustomerRow &before,
                             Binned binned = Binned::Exclude)
{
    auto after = loadCustomer(ctx.db, localAdministrator({}), before.id, binned);
    if (!after)
        return after.error();
    return audit::append(tx, ctx.caller, {ctx.request.op, kCustomerEntity, before.id, image(before), image(after.value())});
}

// Moves one customer to `owner` (department following) and optionally drops its
// extra followers. Writes nothing when it is already so.
protocol::Result<bool> moveCustomer(const OpContext &ctx, const CustomerRow &before, const UserRef &owner,
                                    bool dropFollowers, qint64 now)
{
    const qint64 previousOwner = before.values.value(QStringLiteral("owner_id")).toLongLong();
    const qint64 previousDepartment = before.values.value(QStringLiteral("department_id")).toLongLong();
    const bool ownerChanges = previousOwner != owner.id;
    const bool followersChange = dropFollowers && !before.followers.isEmpty();
    if (!ownerChanges && previousDepartment == owner.departmentId && !followersChange)
        return false;
    if (followersChange) {
        if (auto r = db::exec(ctx.db, QStringLiteral("DELETE FROM customer_followers WHERE customer_id = ?"), {before.id});
            !r)
            return r.error();
    }
    auto r = db::exec(ctx.db,
                      QStringLiteral("UPDATE customers SET owner_id = ?, department_id = ?, assigned_at = %1, "
                                     "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?")
                          .arg(ownerChanges ? QStringLiteral("?") : QStringLiteral("assigned_at")),
                      ownerChanges ? QVariantList{owner.id, owner.departmentId, now, now, ctx.caller.userId, before.id}
                                   : QVariantList{owner.id, owner.departmentId, now, ctx.caller.userId, before.id});
    if (!r)
        return r.error();
    return true;
}

// ---- notifications ----

enum class Role { Follower = 1, Creator = 2, Target = 4 };

struct Recipient {
    int roles = 0;
    QSet<qint64> customers;
};

QString customersText(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 customer") : QStringLiteral("%1 customers").arg(n);
}

// The role a notification speaks to when a recipient has several: target first.
QString roleKey(const Recipient &r)
{
    if (r.roles & int(Role::Target))
        return QStringLiteral("target");
    if (r.roles & int(Role::Follower))
        return QStringLiteral("follower");
    return QStringLiteral("creator");
}

// What a client needs to word the notification in the reader's language
// (docs/protocol.md, push event `notification`).
QJsonObject notificationData(const Recipient &r, bool addMode, const QString &assigner)
{
    QJsonObject data{{QStringLiteral("assigner"), assigner},
                     {QStringLiteral("mode"), addMode ? QStringLiteral("add") : QStringLiteral("replace")},
                     {QStringLiteral("role"), roleKey(r)},
                     {QStringLiteral("count"), qint64(r.customers.size())}};
    if (r.customers.size() == 1)
        data.insert(QStringLiteral("customer_id"), *r.customers.cbegin());
    return data;
}

// The English fallback for clients that do not know the kind.
QString notificationBody(const Recipient &r, bool addMode, const QString &assigner)
{
    const qsizetype n = r.customers.size();
    if (r.roles & int(Role::Target))
        return addMode ? QStringLiteral("%1 made you a follower of %2.").arg(assigner, customersText(n))
                       : QStringLiteral("%1 assigned %2 to you.").arg(assigner, customersText(n));
    if (r.roles & int(Role::Follower))
        return addMode ? QStringLiteral("%1 added followers to %2 that you follow.").arg(assigner, customersText(n))
                       : QStringLiteral("%1 assigned %2 that you followed to another user.").arg(assigner, customersText(n));
    return addMode ? QStringLiteral("%1 added followers to %2 that you created.").arg(assigner, customersText(n))
                   : QStringLiteral("%1 assigned %2 that you created to another user.").arg(assigner, customersText(n));
}

// One notification per recipient (and, for mail or sms, one outbox row when the
// user has an address), in the open transaction; pushes for after the reply.
// Disabled users are not notified. Returns how many recipients were notified.
protocol::Result<int> notify(const OpContext &ctx, const QMap<qint64, Recipient> &recipients, const QString &channel,
                             bool addMode, QList<UserPush> &pushes)
{
    int notified = 0;
    const qint64 now = db::nowMs();
    const QString assigner = ctx.caller.displayName.isEmpty() ? ctx.caller.login : ctx.caller.displayName;
    for (auto it = recipients.cbegin(); it != recipients.cend(); ++it) {
        db::Row q;
        auto found = db::fetchOne(q, ctx.db, QStringLiteral("SELECT email, mobile FROM users WHERE id = ? AND disabled = 0"),
                                  {it.key()});
        if (!found)
            return found.error();
        if (!*found)
            continue;
        const QString email = q.value(0).toString();
        const QString mobile = q.value(1).toString();
        const QString title = QStringLiteral("Customers assigned");
        const QString body = notificationBody(it.value(), addMode, assigner);
        const qsizetype count = it->customers.size();
        const QJsonObject data = notificationData(it.value(), addMode, assigner);
        const std::optional<qint64> only = count == 1 ? std::optional(*it->customers.cbegin()) : std::nullopt;
        auto push = notifications::storeNotification(
            ctx.db, {it.key(), kAssignedKind, title, body, data, kCustomerEntity, only});
        if (!push)
            return push.error();
        // `count` is kept for older clients, which read it from the push.
        push->data.insert(QStringLiteral("count"), count);
        pushes.append(*push);
        if (channel.isEmpty()) {
            ++notified;
            continue;
        }
        const QString address = channel == QLatin1String("mail") ? email : mobile;
        if (address.isEmpty())
            continue; // cannot be reached on that channel
        auto queued = db::insertReturningId(
            ctx.db,
            QStringLiteral("INSERT INTO outbox (channel, recipient_user_id, address, subject, body, created_at, created_by, "
                           "state) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued')"),
            {channel, it.key(), address, title, body, now, ctx.caller.userId});
        if (!queued)
            return queued.error();
        ++notified;
    }
    return notified;
}

} // namespace

OpOutcome assignCustomers(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    auto selection = readIdsOrBy(raw);
    if (!selection)
        return selection.error();
    auto choice = [&](const QString &key, const QStringList &allowed) -> protocol::Result<QString> {
        const QCborValue v = raw.value(key);
        if (v.isUndefined() || v.isNull())
            return allowed.first();
        if (!v.isString() || !allowed.contains(v.toString()))
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("'%1' is one of %2").arg(key, allowed.join(QStringLiteral(", "))), key);
        return v.toString();
    };
    auto mode = choice(QStringLiteral("mode"), {QStringLiteral("replace"), QStringLiteral("add")});
    if (!mode)
        return mode.error();
    auto channel = choice(QStringLiteral("notify"), {QStringLiteral("none"), QStringLiteral("mail"), QStringLiteral("sms")});
    if (!channel)
        return channel.error();
    int whom = 0;
    const QCborValue whomValue = raw.value(QStringLiteral("notify_whom"));
    if (!whomValue.isUndefined() && !whomValue.isNull()) {
        auto bad = [] {
            return makeError(ErrorCode::Invalid, QStringLiteral("'notify_whom' is a list of follower, creator, target"),
                             QStringLiteral("notify_whom"));
        };
        if (!whomValue.isArray())
            return bad();
        for (const QCborValue &item : whomValue.toArray()) {
            const QString w = item.toString();
            if (w == QLatin1String("follower"))
                whom |= int(Role::Follower);
            else if (w == QLatin1String("creator"))
                whom |= int(Role::Creator);
            else if (w == QLatin1String("target"))
                whom |= int(Role::Target);
            else
                return bad();
        }
    }
    if (!raw.contains(QStringLiteral("to")))
        return makeError(ErrorCode::Invalid, QStringLiteral("'to' names the users to assign to"), QStringLiteral("to"));
    const bool addMode = *mode == QLatin1String("add");

    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto targets = readTargets(ctx, raw.value(QStringLiteral("to")));
        if (!targets)
            return targets.error();
        auto selected = selectCustomers(ctx, tx.dialect(), selection.value());
        if (!selected)
            return selected.error();
        QMap<qint64, Recipient> recipients;
        auto note = [&](qint64 userId, Role role, qint64 customerId) {
            if (userId == 0 || !(whom & int(role)))
                return;
            Recipient &r = recipients[userId];
            r.roles |= int(role);
            r.customers.insert(customerId);
        };
        const qint64 now = db::nowMs();
        int assigned = 0;
        for (qsizetype i = 0; i < selected->ids.size(); ++i) {
            const qint64 id = selected->ids.at(i);
            auto before = loadCustomer(ctx.db, ctx.caller, id);
            if (!before)
                return before.error();
            const qint64 previousOwner = before->values.value(QStringLiteral("owner_id")).toLongLong();
            QList<qint64> gained; // users who follow the customer now and did not before
            if (!addMode) {
                // Round-robin in id order: customer i goes to target i mod n.
                const UserRef &owner = targets->at(i % targets->size());
                auto moved = moveCustomer(ctx, before.value(), owner, false, now);
                if (!moved)
                    return moved.error();
                if (!*moved)
                    continue;
                if (owner.id != previousOwner && !before->followers.contains(owner.id))
                    gained.append(owner.id);
            } else {
                for (const UserRef &t : targets.value()) {
                    if (t.id == previousOwner || before->followers.contains(t.id))
                        continue;
                    if (auto r = db::exec(ctx.db,
                                          QStringLiteral("INSERT INTO customer_followers (customer_id, user_id) VALUES (?, ?)"),
                                          {id, t.id});
                        !r)
                        return r.error();
                    gained.append(t.id);
                }
                if (gained.isEmpty())
                    continue;
                if (auto r = db::exec(ctx.db,
                                      QStringLiteral("UPDATE customers SET version = version + 1, updated_at = ?, "
                                                     "updated_by = ? WHERE id = ?"),
                                      {now, ctx.caller.userId, id});
                    !r)
                    return r.error();
            }
            if (auto s = auditChange(tx, ctx, before.value()); !s)
                return s.error();
            ++assigned;
            note(previousOwner, Role::Follower, id);
            note(before->values.value(QStringLiteral("creator_id")).toLongLong(), Role::Creator, id);
            for (qint64 g : gained)
                note(g, Role::Target, id);
        }
        QList<UserPush> pushes;
        auto notified = notify(ctx, recipients, *channel == QLatin1String("none") ? QString() : *channel, addMode, pushes);
        if (!notified)
            return notified.error();
        OpOutcome outcome(QCborMap{{QStringLiteral("assigned"), assigned},
                                   {QStringLiteral("skipped"), selected->skipped},
                                   {QStringLiteral("notified"), *notified}});
        outcome.pushes = pushes;
        return outcome;
    });
}

protocol::Result<HandOver> handOverCustomers(const OpContext &ctx, const db::WriteTransaction &tx, qint64 fromUserId,
                                             const UserRef &successor, QList<UserPush> &pushes)
{
    // Every customer the user follows or is listed on, binned ones too (a restore then
    // lands with the successor), whatever the caller's own customer scope: this is a
    // personnel change.
    QSet<qint64> owned;
    {
        auto rows = db::exec(ctx.db, QStringLiteral("SELECT id FROM customers WHERE owner_id = ? ORDER BY id")
                                         + tx.dialect().forUpdate(),
                             {fromUserId});
        if (!rows)
            return rows.error();
        while (rows->next())
            owned.insert(rows->value(0).toLongLong());
    }
    QSet<qint64> followed;
    {
        auto rows = db::exec(ctx.db, QStringLiteral("SELECT customer_id FROM customer_followers WHERE user_id = ?"),
                             {fromUserId});
        if (!rows)
            return rows.error();
        while (rows->next())
            followed.insert(rows->value(0).toLongLong());
    }
    QSet<qint64> listed; // as reader or editor, by name
    {
        // Locked like the owned ones: a customers.set_access of one of them waits, and
        // then finds its version gone.
        auto rows = db::exec(ctx.db,
                             QStringLiteral("SELECT id FROM customers WHERE id IN (SELECT customer_id FROM customer_access "
                                            "WHERE principal_kind = 'user' AND principal_id = ?) ORDER BY id")
                                 + tx.dialect().forUpdate(),
                             {fromUserId});
        if (!rows)
            return rows.error();
        while (rows->next())
            listed.insert(rows->value(0).toLongLong());
    }
    QList<qint64> ids = (owned + followed + listed).values();
    std::sort(ids.begin(), ids.end());

    const Caller everything = localAdministrator({});
    const qint64 now = db::nowMs();
    const Principal heir{PrincipalKind::User, successor.id, successor.displayName, true};
    Recipient recipient;
    recipient.roles = int(Role::Target);
    HandOver done;
    // One audit row per customer, whatever of it changed.
    for (qint64 id : ids) {
        auto before = loadCustomer(ctx.db, everything, id, Binned::Include);
        if (!before)
            return before.error();
        bool versionMoved = false;
        if (owned.contains(id)) {
            auto moved = moveCustomer(ctx, before.value(), successor, false, now);
            if (!moved)
                return moved.error();
            versionMoved = *moved;
            // The successor no longer needs to be an extra follower of a customer it now owns.
            if (auto r = db::exec(ctx.db, QStringLiteral("DELETE FROM customer_followers WHERE customer_id = ? AND user_id = ?"),
                                  {id, successor.id});
                !r)
                return r.error();
        } else if (followed.contains(id)) {
            if (auto r = db::exec(ctx.db, QStringLiteral("DELETE FROM customer_followers WHERE customer_id = ? AND user_id = ?"),
                                  {id, fromUserId});
                !r)
                return r.error();
            const bool already = before->followers.contains(successor.id)
                                 || before->values.value(QStringLiteral("owner_id")).toLongLong() == successor.id;
            if (!already)
                if (auto r = db::exec(ctx.db, QStringLiteral("INSERT INTO customer_followers (customer_id, user_id) VALUES (?, ?)"),
                                      {id, successor.id});
                    !r)
                    return r.error();
        }
        if (listed.contains(id)) {
            // A listing names a person; left on a disabled account it would match
            // nobody, and a customer restricted to that person alone would vanish
            // from everyone but managers.
            RecordAccess access = before->access;
            if (replaceUser(access, fromUserId, heir)) {
                if (auto s = storeRecordAccess(ctx.db, id, access); !s)
                    return s.error();
                ++done.listings;
            }
        }
        if (!versionMoved)
            if (auto r = db::exec(ctx.db, QStringLiteral("UPDATE customers SET version = version + 1, updated_at = ?, "
                                                         "updated_by = ? WHERE id = ?"),
                                  {now, ctx.caller.userId, id});
                !r)
                return r.error();
        if (auto s = auditChange(tx, ctx, before.value(), Binned::Include); !s)
            return s.error();
        if (owned.contains(id) || followed.contains(id))
            recipient.customers.insert(id);
    }
    done.customers = int(recipient.customers.size());
    if (recipient.customers.isEmpty())
        return done;
    auto notified = notify(ctx, {{successor.id, recipient}}, QString(), false, pushes);
    if (!notified)
        return notified.error();
    return done;
}

OpOutcome recallCustomers(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    auto selection = readIdsOrBy(raw);
    if (!selection)
        return selection.error();
    const QCborValue to = raw.value(QStringLiteral("to"));
    if (!to.isUndefined() && !to.isNull() && (!to.isInteger() || to.toInteger() <= 0))
        return makeError(ErrorCode::Invalid, QStringLiteral("'to' is a user id"), QStringLiteral("to"));

    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        UserRef owner{ctx.caller.userId, ctx.caller.departmentId, ctx.caller.displayName, {}, {}};
        if (to.isInteger()) {
            auto user = loadAssignableUser(ctx.db, ctx.caller, to.toInteger(), QStringLiteral("to"));
            if (!user)
                return user.error();
            owner = user.value();
        }
        auto selected = selectCustomers(ctx, tx.dialect(), selection.value());
        if (!selected)
            return selected.error();
        const qint64 now = db::nowMs();
        int recalled = 0;
        for (qint64 id : selected->ids) {
            auto before = loadCustomer(ctx.db, ctx.caller, id);
            if (!before)
                return before.error();
            auto moved = moveCustomer(ctx, before.value(), owner, true, now);
            if (!moved)
                return moved.error();
            if (!*moved)
                continue;
            if (auto s = auditChange(tx, ctx, before.value()); !s)
                return s.error();
            ++recalled;
        }
        return QCborMap{{QStringLiteral("recalled"), recalled}, {QStringLiteral("skipped"), selected->skipped}};
    });
}

OpOutcome bulkUpdateCustomers(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    const QCborValue fieldValue = raw.value(QStringLiteral("field"));
    const auto cat = catalog();
    const FieldDef *f = fieldValue.isString() ? cat->find(FieldEntity::Customer, fieldValue.toString()) : nullptr;
    if (!f || !f->bulkEditable)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("'%1' cannot be changed in bulk").arg(protocol::elided(fieldValue.toString())),
                         QStringLiteral("field"));
    if (auto s = checkWritable(ctx.caller, {f->key}); !s)
        return makeError(ErrorCode::Forbidden, s.error().message, QStringLiteral("field"));
    if (!raw.contains(QStringLiteral("value")))
        return makeError(ErrorCode::Invalid, QStringLiteral("'value' is required (null clears the field)"),
                         QStringLiteral("value"));
    auto stored = toStored(*f, raw.value(QStringLiteral("value")));
    if (!stored) {
        protocol::Error error = stored.error();
        error.field = QStringLiteral("value");
        return error;
    }
    const bool hasIds = raw.contains(QStringLiteral("ids"));
    if (hasIds == raw.contains(QStringLiteral("filters")))
        return makeError(ErrorCode::Invalid, QStringLiteral("send either 'ids' or 'filters'"), QStringLiteral("ids"));
    Selection selection;
    selection.field = QStringLiteral("filters");
    if (hasIds) {
        auto ids = readIds(raw.value(QStringLiteral("ids")));
        if (!ids)
            return ids.error();
        selection.explicitIds = true;
        selection.ids = ids.value();
    } else if (auto s = readFilters(ctx.server.pool.dialect(), ctx.caller, raw, selection.where); !s) {
        return s.error();
    }

    const QString key = f->key;
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto selected = selectCustomers(ctx, tx.dialect(), selection, /*forEdit=*/true);
        if (!selected)
            return selected.error();
        int updated = 0;
        for (qint64 id : selected->ids) {
            auto before = loadCustomer(ctx.db, ctx.caller, id);
            if (!before)
                return before.error();
            const QVariant current = before->values.value(key);
            if (current == stored.value() || (current.isNull() && stored->isNull()))
                continue; // already so: nothing written
            if (auto s = updateCustomerColumns(ctx.db, id, {{key, stored.value()}}, ctx.caller.userId); !s)
                return s.error();
            if (auto after = reindexAndAudit(tx, ctx.caller, ctx.request.op, id, image(before.value()), f->searchable);
                !after)
                return after.error();
            ++updated;
        }
        return QCborMap{{QStringLiteral("updated"), updated}, {QStringLiteral("skipped"), selected->skipped}};
    });
}

} // namespace cordial::server::customers
