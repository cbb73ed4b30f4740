#include "auth/SessionOps.h"

#include "audit/AuditLog.h"
#include "auth/Scope.h"
#include "net/ArgReader.h"
#include "net/OpSupport.h"
#include "net/ServerContext.h"

#include <QCborArray>
#include <QJsonObject>

namespace cordial::server::auth {

using protocol::ErrorCode;
using protocol::makeError;

OpOutcome listSessions(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const auto userId = args.optionalId(QStringLiteral("user_id"));
    if (!args.ok())
        return args.error();
    const qint64 now = db::nowMs();
    const qint64 idleMs = qint64(ctx.server.config.sessionIdleMinutes) * 60 * 1000;
    const auto scope = userScope(ctx.caller, QStringLiteral("u.id"), QStringLiteral("u.department_id"));
    QString where = QStringLiteral("s.ended_at IS NULL AND s.expires_at > ? AND s.last_seen_at > ? AND ") + scope.sql;
    QVariantList binds{now, now - idleMs};
    binds += scope.binds;
    if (userId) {
        where += QStringLiteral(" AND s.user_id = ?");
        binds << *userId;
    }
    auto rows = db::exec(ctx.db,
                         QStringLiteral("SELECT s.id, s.user_id, u.login, u.display_name, s.machine, s.address, s.created_at, "
                                        "s.last_seen_at, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id "
                                        "WHERE %1 ORDER BY s.last_seen_at DESC, s.id DESC LIMIT 1000")
                             .arg(where),
                         binds);
    if (!rows)
        return rows.error();
    QCborArray items;
    while (rows->next()) {
        const QSqlQuery &q = rows.value();
        items.append(QCborMap{{QStringLiteral("id"), q.value(0).toLongLong()},
                              {QStringLiteral("user_id"), q.value(1).toLongLong()},
                              {QStringLiteral("login"), q.value(2).toString()},
                              {QStringLiteral("display_name"), q.value(3).toString()},
                              {QStringLiteral("machine"), q.value(4).toString()},
                              {QStringLiteral("address"), q.value(5).toString()},
                              {QStringLiteral("created_at"), db::isoTime(q.value(6).toLongLong())},
                              {QStringLiteral("last_seen_at"), db::isoTime(q.value(7).toLongLong())},
                              {QStringLiteral("expires_at"), db::isoTime(q.value(8).toLongLong())},
                              {QStringLiteral("current"), q.value(0).toLongLong() == ctx.caller.sessionId}});
    }
    return QCborMap{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}};
}

OpOutcome revokeSession(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    if (id == ctx.caller.sessionId)
        return makeError(ErrorCode::Conflict, QStringLiteral("this is your own session; log out instead"),
                         QStringLiteral("id"));
    const auto scope = userScope(ctx.caller, QStringLiteral("u.id"), QStringLiteral("u.department_id"));
    qint64 userId = 0;
    OpOutcome outcome = inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        db::Row q;
        auto found = db::fetchOne(q, ctx.db,
                                  QStringLiteral("SELECT s.user_id, s.machine, s.address FROM sessions s JOIN users u "
                                                 "ON u.id = s.user_id WHERE s.id = ? AND s.ended_at IS NULL AND ")
                                      + scope.sql,
                                  QVariantList{id} + scope.binds);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, QStringLiteral("no such live session"), QStringLiteral("id"));
        userId = q.value(0).toLongLong();
        const QJsonObject before{{QStringLiteral("user_id"), userId},
                                 {QStringLiteral("machine"), q.value(1).toString()},
                                 {QStringLiteral("address"), q.value(2).toString()}};
        if (auto r = db::exec(ctx.db, QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = 'revoked' WHERE id = ?"),
                              {db::nowMs(), id});
            !r)
            return r.error();
        if (auto s = audit::append(tx, ctx.caller,
                                   {ctx.request.op, QStringLiteral("session"), id, before, std::nullopt});
            !s)
            return s.error();
        return QCborMap{};
    });
    if (outcome.result)
        outcome.endSessions = EndSessions{userId, 0, QStringLiteral("revoked"), id};
    return outcome;
}

// Blocks are per address and per login name, for the whole server: only an
// administrator of the whole company (administration scope all) sees and lifts them.
protocol::Status companyWide(const Caller &caller)
{
    if (caller.adminScope != domain::DataScope::All)
        return makeError(ErrorCode::Forbidden, QStringLiteral("login blocks concern the whole company"));
    return protocol::Ok{};
}

OpOutcome listBans(OpContext &ctx)
{
    if (auto s = companyWide(ctx.caller); !s)
        return s.error();
    QCborArray items;
    for (const LoginThrottle::Block &b : ctx.server.throttle.blocks(db::nowMs()))
        items.append(QCborMap{{QStringLiteral("kind"), b.kind},
                              {QStringLiteral("key"), b.key},
                              {QStringLiteral("until"), db::isoTime(b.untilMs)},
                              {QStringLiteral("failures"), b.failures}});
    return QCborMap{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}};
}

OpOutcome liftBan(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const QString kind = args.text(QStringLiteral("kind"), 16);
    const QString key = args.text(QStringLiteral("key"), 256);
    if (args.ok() && kind != QLatin1String("login") && kind != QLatin1String("address"))
        args.fail(QStringLiteral("kind"), QStringLiteral("'kind' is login or address"));
    if (!args.ok())
        return args.error();
    if (auto s = companyWide(ctx.caller); !s)
        return s.error();
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        if (auto s = audit::append(tx, ctx.caller,
                                   {ctx.request.op, QStringLiteral("ban"), std::nullopt,
                                    QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("key"), key}},
                                    std::nullopt});
            !s)
            return s.error();
        // Lifted only once the audit row is written; a lift that fails to commit leaves it.
        if (!ctx.server.throttle.lift(kind, key, db::nowMs()))
            return makeError(ErrorCode::NotFound, QStringLiteral("no such block in force"), QStringLiteral("key"));
        return QCborMap{};
    });
}

} // namespace cordial::server::auth
