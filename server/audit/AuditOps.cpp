#include "audit/AuditOps.h"

#include "audit/AuditLog.h"
#include "customers/CustomerStore.h"
#include "net/ArgReader.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cordial::server::audit {

using protocol::ErrorCode;
using protocol::makeError;

namespace {
// A before/after image as the caller may see it: customer fields the caller's role
// hides are left out (#5).
QCborValue imageValue(const Caller &caller, const QSqlQuery &q, int column, const QString &entity)
{
    if (q.isNull(column))
        return QCborValue(nullptr);
    QJsonObject image = QJsonDocument::fromJson(q.value(column).toString().toUtf8()).object();
    if (entity == QLatin1String("customer"))
        image = customers::redactCustomerImage(caller, std::move(image));
    return QCborValue::fromJsonValue(image);
}

} // namespace

OpOutcome listAudit(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const auto userId = args.optionalId(QStringLiteral("user_id"));
    const auto entity = args.optionalText(QStringLiteral("entity"), 64);
    const auto entityId = args.optionalId(QStringLiteral("entity_id"));
    const auto op = args.optionalText(QStringLiteral("op"), 64);
    const auto from = args.optionalText(QStringLiteral("from"), 40);
    const auto to = args.optionalText(QStringLiteral("to"), 40);
    const auto cursor = args.optionalText(QStringLiteral("cursor"), 40);
    const int limit = int(args.optionalInt(QStringLiteral("limit"), 1, 500).value_or(100));
    std::optional<qint64> fromMs, toMs, before;
    if (args.ok() && from && !(fromMs = db::parseIsoTime(*from)))
        args.fail(QStringLiteral("from"), QStringLiteral("not an ISO 8601 time"));
    if (args.ok() && to && !(toMs = db::parseIsoTime(*to)))
        args.fail(QStringLiteral("to"), QStringLiteral("not an ISO 8601 time"));
    if (args.ok() && cursor) {
        bool ok = false;
        before = cursor->toLongLong(&ok);
        if (!ok)
            args.fail(QStringLiteral("cursor"), QStringLiteral("not a cursor from audit.list"));
    }
    if (!args.ok())
        return args.error();

    QString where = QStringLiteral("1 = 1");
    QVariantList binds;
    auto add = [&](const QString &clause, const QVariant &value) {
        where += QStringLiteral(" AND ") + clause;
        binds << value;
    };
    if (userId)
        add(QStringLiteral("user_id = ?"), *userId);
    if (entity && !entity->isEmpty())
        add(QStringLiteral("entity = ?"), *entity);
    if (entityId)
        add(QStringLiteral("entity_id = ?"), *entityId);
    if (op && !op->isEmpty())
        add(QStringLiteral("op = ?"), *op);
    if (fromMs)
        add(QStringLiteral("at >= ?"), *fromMs);
    if (toMs)
        add(QStringLiteral("at <= ?"), *toMs);
    if (before)
        add(QStringLiteral("id < ?"), *before);
    auto rows = db::exec(ctx.db,
                         QStringLiteral("SELECT id, at, user_id, user_login, address, machine, op, entity, entity_id, "
                                        "before_image, after_image FROM audit_log WHERE %1 ORDER BY id DESC LIMIT %2")
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
                              {QStringLiteral("at"), db::isoTime(q.value(1).toLongLong())},
                              {QStringLiteral("user_id"), db::nullableId(q, 2)},
                              {QStringLiteral("user_login"), q.value(3).toString()},
                              {QStringLiteral("address"), q.value(4).toString()},
                              {QStringLiteral("machine"), q.value(5).toString()},
                              {QStringLiteral("op"), q.value(6).toString()},
                              {QStringLiteral("entity"), q.value(7).toString()},
                              {QStringLiteral("entity_id"), db::nullableId(q, 8)},
                              {QStringLiteral("before"), imageValue(ctx.caller, q, 9, q.value(7).toString())},
                              {QStringLiteral("after"), imageValue(ctx.caller, q, 10, q.value(7).toString())}});
    }
    QCborMap result{{QStringLiteral("items"), items}};
    if (more)
        result.insert(QStringLiteral("next_cursor"), QString::number(lastId));
    return result;
}

OpOutcome verifyAudit(OpContext &ctx)
{
    auto result = verify(ctx.db);
    if (!result)
        return result.error();
    return QCborMap{{QStringLiteral("ok"), result->ok},
                    {QStringLiteral("rows"), result->rows},
                    {QStringLiteral("first_bad_id"),
                     result->firstBadId ? QCborValue(*result->firstBadId) : QCborValue(nullptr)}};
}

} // namespace cordial::server::audit
