#include "notifications/NotificationOps.h"

#include "audit/AuditLog.h"
#include "net/ArgReader.h"
#include "net/OpSupport.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cordial::server::notifications {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 200;
constexpr int kMaxIds = 1000; // ids marked by one call; also keeps the IN (…) within every bind limit
const QString kNotificationEntity = QStringLiteral("notification");

QCborValue nullableTime(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? QCborValue(nullptr) : QCborValue(db::isoTime(q.value(column).toLongLong()));
}

QCborMap dataValue(const QString &json)
{
    return QCborMap::fromJsonObject(QJsonDocument::fromJson(json.toUtf8()).object());
}

// `ids: [id, ...]` (1..kMaxIds, repeats ignored) or `all: true`; exactly one of them.
struct Marking {
    bool all = false;
    QList<qint64> ids;
};

protocol::Result<Marking> readMarking(const QCborMap &args)
{
    const bool hasIds = args.contains(QStringLiteral("ids")) && !args.value(QStringLiteral("ids")).isNull();
    const bool hasAll = args.contains(QStringLiteral("all")) && !args.value(QStringLiteral("all")).isNull();
    if (hasIds == hasAll)
        return makeError(ErrorCode::Invalid, QStringLiteral("send either 'ids' or 'all: true'"), QStringLiteral("ids"));
    Marking marking;
    if (hasAll) {
        if (args.value(QStringLiteral("all")) != QCborValue(true))
            return makeError(ErrorCode::Invalid, QStringLiteral("'all' must be true"), QStringLiteral("all"));
        marking.all = true;
        return marking;
    }
    const QCborValue ids = args.value(QStringLiteral("ids"));
    auto bad = [] {
        return makeError(ErrorCode::Invalid, QStringLiteral("'ids' is a list of 1 to %1 notification ids").arg(kMaxIds),
                         QStringLiteral("ids"));
    };
    if (!ids.isArray() || ids.toArray().isEmpty() || ids.toArray().size() > kMaxIds)
        return bad();
    QSet<qint64> seen;
    for (const QCborValue &item : ids.toArray()) {
        if (!item.isInteger() || item.toInteger() <= 0)
            return bad();
        if (!seen.contains(item.toInteger())) {
            seen.insert(item.toInteger());
            marking.ids.append(item.toInteger());
        }
    }
    return marking;
}

} // namespace

OpOutcome listNotifications(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const bool unreadOnly = args.optionalBool(QStringLiteral("unread_only")).value_or(false);
    const auto cursor = args.optionalText(QStringLiteral("cursor"), 40);
    const int limit = int(args.optionalInt(QStringLiteral("limit"), 1, kMaxLimit).value_or(kDefaultLimit));
    std::optional<qint64> before;
    if (args.ok() && cursor) {
        bool ok = false;
        before = cursor->toLongLong(&ok);
        if (!ok || *before <= 0)
            args.fail(QStringLiteral("cursor"), QStringLiteral("not a cursor from notifications.list"));
    }
    if (!args.ok())
        return args.error();

    QString where = QStringLiteral("user_id = ?");
    QVariantList binds{ctx.caller.userId};
    if (unreadOnly)
        where += QStringLiteral(" AND read_at IS NULL");
    if (before) {
        where += QStringLiteral(" AND id < ?");
        binds.append(*before);
    }
    auto rows = db::exec(ctx.db,
                         QStringLiteral("SELECT id, kind, title, body, data, entity, entity_id, created_at, read_at "
                                        "FROM notifications WHERE %1 ORDER BY id DESC LIMIT %2")
                             .arg(where)
                             .arg(limit + 1),
                         binds);
    if (!rows)
        return rows.error();
    QCborArray items;
    qint64 lastId = 0;
    bool more = false;
    QSqlQuery &q = rows.value();
    while (q.next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        lastId = q.value(0).toLongLong();
        items.append(QCborMap{{QStringLiteral("id"), lastId},
                              {QStringLiteral("kind"), q.value(1).toString()},
                              {QStringLiteral("title"), q.value(2).toString()},
                              {QStringLiteral("body"), q.value(3).toString()},
                              {QStringLiteral("data"), dataValue(q.value(4).toString())},
                              {QStringLiteral("entity"), q.value(5).toString()},
                              {QStringLiteral("entity_id"), db::nullableId(q, 6)},
                              {QStringLiteral("created_at"), db::isoTime(q.value(7).toLongLong())},
                              {QStringLiteral("read_at"), nullableTime(q, 8)}});
    }
    q.finish();
    db::Row count;
    auto found = db::fetchOne(count, ctx.db,
                              QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"),
                              {ctx.caller.userId});
    if (!found)
        return found.error();
    QCborMap result{{QStringLiteral("items"), items}, {QStringLiteral("unread"), count.value(0).toLongLong()}};
    if (more)
        result.insert(QStringLiteral("next_cursor"), QString::number(lastId));
    return result;
}

OpOutcome markNotificationsRead(OpContext &ctx)
{
    auto marking = readMarking(ctx.request.args);
    if (!marking)
        return marking.error();

    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        const qint64 now = db::nowMs();
        QString where = QStringLiteral("user_id = ?");
        QVariantList binds{ctx.caller.userId};
        if (!marking->all) {
            QVariantList ids;
            for (qint64 id : marking->ids)
                ids.append(id);
            where += QStringLiteral(" AND id IN (%1)").arg(db::placeholders(ids.size()));
            binds += ids;
            // Another user's notification answers exactly as a missing one does.
            db::Row owned;
            auto found = db::fetchOne(owned, ctx.db, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE ") + where,
                                      binds);
            if (!found)
                return found.error();
            const qint64 count = owned.value(0).toLongLong();
            if (count != marking->ids.size())
                return makeError(ErrorCode::NotFound, QStringLiteral("no such notification"), QStringLiteral("ids"));
        }
        auto updated = db::exec(ctx.db,
                                QStringLiteral("UPDATE notifications SET read_at = ? WHERE %1 AND read_at IS NULL").arg(where),
                                QVariantList{now} + binds);
        if (!updated)
            return updated.error();
        const int marked = qMax(0, updated->numRowsAffected());
        if (marked > 0) {
            // One row for the whole call: reading notifications is the person's own business,
            // the log only needs to show that it happened and how much.
            QJsonObject after{{QStringLiteral("marked"), marked}};
            if (marking->all)
                after.insert(QStringLiteral("all"), true);
            else
                after.insert(QStringLiteral("ids"), int(marking->ids.size()));
            const std::optional<qint64> entityId =
                marking->ids.size() == 1 ? std::optional<qint64>(marking->ids.first()) : std::nullopt;
            if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, kNotificationEntity, entityId, std::nullopt, after});
                !s)
                return s.error();
        }
        return QCborMap{{QStringLiteral("marked"), marked}};
    });
}

} // namespace cordial::server::notifications
