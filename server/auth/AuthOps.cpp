#include "auth/AuthOps.h"

#include "audit/AuditLog.h"
#include "admin/RoleOps.h"
#include "auth/AccessRegistry.h"
#include "auth/Addresses.h"
#include "auth/Machines.h"
#include "auth/PasswordPolicy.h"
#include "auth/Tokens.h"
#include "db/StatementCache.h"
#include "net/ArgReader.h"
#include "net/ServerContext.h"
#include "protocol/Protocol.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace cordial::server::auth {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

const QString kUserColumns = QStringLiteral("u.id, u.login, u.display_name, u.role, u.department_id, u.disabled, "
                                             "u.ip_ranges, u.password_changed_at, u.must_change_password, "
                                             "u.registered_machines_only");
constexpr int kUserColumnCount = 10;

// Where a login or a request comes from: the client's address, and the computer whose
// key the client proved (none when it sent no key).
struct Origin {
    QString address;
    std::optional<Machine> machine;
};

// A refusal by a registered-computers restriction: what restricts, and which
// computer this is and what an administrator must do about it (field `machine`,
// details.machine for the client to word it in its language).
protocol::Error machineRefusal(const QString &restriction, const std::optional<Machine> &machine)
{
    QString why;
    if (!machine)
        why = QStringLiteral("this client did not identify its computer");
    else if (machine->status == kMachineRevoked)
        why = QStringLiteral("this computer, %1 (fingerprint %2), was revoked: an administrator must approve it again")
                  .arg(machine->name, machine->fingerprint);
    else
        why = QStringLiteral("this computer, %1 (fingerprint %2), is not approved yet: an administrator must approve it")
                  .arg(machine->name, machine->fingerprint);
    protocol::Error error = makeError(ErrorCode::Forbidden, restriction + QStringLiteral("; ") + why,
                                      QStringLiteral("machine"));
    if (machine)
        error.details.insert(QStringLiteral("machine"), QCborMap{{QStringLiteral("name"), machine->name},
                                                                 {QStringLiteral("fingerprint"), machine->fingerprint},
                                                                 {QStringLiteral("status"), machine->status}});
    return error;
}

// Fills identity, password state and effective access from a row selected with
// kUserColumns starting at `offset`, for a client at `origin`. `unauthenticated` when
// the user holds no role at all; `forbidden` (saying why) when the user's own
// restrictions refuse the origin, or those of every role: field `address` for address
// ranges, `machine` when approving the computer would let the user in.
// `machineNeeded` is set when a registered-computers restriction left the user or a
// role out.
template <typename RowT> // QSqlQuery or db::Row
protocol::Result<Caller> callerFromRow(const RowT &q, int offset, const Origin &origin,
                                       const ServerConfig &config, bool *machineNeeded = nullptr)
{
    Caller c;
    c.userId = q.value(offset).toLongLong();
    c.login = q.value(offset + 1).toString();
    c.displayName = q.value(offset + 2).toString();
    c.role = q.value(offset + 3).toString();
    c.departmentId = q.value(offset + 4).toLongLong();
    c.passwordChange = passwordChangeNeeded(q.value(offset + 7).toLongLong(), q.value(offset + 8).toInt() != 0, config,
                                            db::nowMs());
    const QString &address = origin.address;
    const QStringList userRanges = q.value(offset + 6).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!addressInRanges(address, userRanges))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("your account may log in only from %1; this computer's address is %2")
                             .arg(userRanges.join(QStringLiteral(", ")), address),
                         QStringLiteral("address"));
    const bool approved = origin.machine && origin.machine->approved();
    if (q.value(offset + 9).toInt() != 0 && !approved) {
        if (machineNeeded)
            *machineNeeded = true;
        return machineRefusal(QStringLiteral("your account may log in only from approved computers"), origin.machine);
    }
    const auto snapshot = accessSnapshot();
    const auto remembered = snapshot->resolveRemembered(c.userId, c.departmentId, c.role, RequestOrigin{address, approved});
    const ResolvedAccess &resolved = *remembered;
    if (machineNeeded && !resolved.machineRefusedRoles.isEmpty())
        *machineNeeded = true;
    if (resolved.roles.isEmpty()) {
        if (!resolved.machineRefusedRoles.isEmpty())
            return machineRefusal(QStringLiteral("your roles (%1) allow logins only from approved computers")
                                      .arg(resolved.machineRefusedRoles.join(QStringLiteral(", "))),
                                  origin.machine);
        if (!resolved.refusedRoles.isEmpty())
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("your roles (%1) do not allow logins from this computer's address %2")
                                 .arg(resolved.refusedRoles.join(QStringLiteral(", ")), address),
                             QStringLiteral("address"));
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("the account holds no role"));
    }
    c.setAccess(resolved.access, resolved.rights);
    c.departmentPath = snapshot->departmentPath(c.departmentId);
    c.groupIds = snapshot->userGroups.value(c.userId);
    return c;
}

protocol::Error loginFailed()
{
    return makeError(ErrorCode::Unauthenticated, QStringLiteral("wrong login or password"));
}

// The right password from a place the account may not log in from: refused, said
// why, and audited in one transaction with the computer's sight (a registration
// request, which administrators are told of, when a restriction needed it).
OpOutcome refuse(OpContext &ctx, const Caller &who, const protocol::Error &refusal, std::optional<Machine> machine,
                 bool machineNeeded)
{
    QList<UserPush> pushes;
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    QJsonObject after{{QStringLiteral("address"), who.address},
                      {QStringLiteral("machine"), who.machine},
                      {QStringLiteral("reason"), refusal.message}};
    if (machine) {
        if (auto s = recordMachineSeen(tx, *machine, who, machineNeeded, pushes); !s)
            return s.error();
        after.insert(QStringLiteral("machine_id"), machine->id);
        after.insert(QStringLiteral("fingerprint"), machine->fingerprint);
    }
    if (auto s = audit::append(tx, who, {QStringLiteral("auth.refused"), QStringLiteral("user"), who.userId,
                                         std::nullopt, after});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    OpOutcome outcome(refusal);
    outcome.pushes = pushes;
    outcome.pushesCommitted = true;
    return outcome;
}

// The result of auth.login and auth.resume.
QCborMap sessionResult(const QString &token, qint64 expiresAt, const Caller &caller)
{
    QCborMap result{{QStringLiteral("token"), token},
                    {QStringLiteral("expires_at"), db::isoTime(expiresAt)},
                    {QStringLiteral("user"), userSummary(caller)},
                    {QStringLiteral("password_expired"), caller.passwordChange != PasswordChange::NotNeeded}};
    if (caller.passwordChange != PasswordChange::NotNeeded)
        result.insert(QStringLiteral("password_expired_reason"), passwordChangeName(caller.passwordChange));
    return result;
}

// Creates the session row and its audit row in one transaction, with the computer's
// sight when the client proved its key.
OpOutcome startSession(OpContext &ctx, Caller caller, const std::optional<QByteArray> &rehash,
                       std::optional<Machine> machine, bool machineNeeded)
{
    const ServerConfig &config = ctx.server.config;
    const QString token = newToken();
    const qint64 now = db::nowMs();
    const qint64 expires = now + qint64(config.sessionAbsoluteHours) * 3600 * 1000;
    QList<UserPush> pushes;

    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    if (rehash) {
        if (auto r = db::exec(ctx.db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                              {QString::fromLatin1(*rehash), caller.userId});
            !r)
            return r.error();
    }
    if (machine)
        if (auto s = recordMachineSeen(tx, *machine, caller, machineNeeded, pushes); !s)
            return s.error();
    auto sessionId = db::insertReturningId(
        ctx.db,
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, machine, address, created_at, last_seen_at, expires_at, "
                       "machine_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {QString::fromLatin1(tokenHash(token)), caller.userId, caller.machine, caller.address, now, now, expires,
         machine ? QVariant(machine->id) : QVariant(QMetaType::fromType<qint64>())});
    if (!sessionId)
        return sessionId.error();
    caller.sessionId = *sessionId;
    QJsonObject after{{QStringLiteral("user_id"), caller.userId},
                      {QStringLiteral("machine"), caller.machine},
                      {QStringLiteral("address"), caller.address},
                      {QStringLiteral("expires_at"), db::isoTime(expires)}};
    if (caller.passwordChange != PasswordChange::NotNeeded)
        after.insert(QStringLiteral("password_expired"), passwordChangeName(caller.passwordChange));
    if (machine) {
        after.insert(QStringLiteral("machine_id"), machine->id);
        after.insert(QStringLiteral("fingerprint"), machine->fingerprint);
    }
    if (auto s = audit::append(tx, caller, {QStringLiteral("auth.login"), QStringLiteral("session"), caller.sessionId,
                                            std::nullopt, after});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();

    OpOutcome outcome(sessionResult(token, expires, caller));
    outcome.authenticatedAs = caller;
    outcome.pushes = pushes;
    return outcome;
}

} // namespace

QCborMap userSummary(const Caller &caller)
{
    return QCborMap{{QStringLiteral("id"), caller.userId},
                    {QStringLiteral("login"), caller.login},
                    {QStringLiteral("display_name"), caller.displayName},
                    {QStringLiteral("role"), caller.role},
                    {QStringLiteral("department_id"), caller.departmentId}};
}

OpOutcome hello(OpContext &ctx)
{
    const QCborValue protocolValue = ctx.request.args.value(QStringLiteral("protocol"));
    if (!protocolValue.isInteger())
        return makeError(ErrorCode::Invalid, QStringLiteral("'protocol' must be an integer"), QStringLiteral("protocol"));
    if (protocolValue.toInteger() != protocol::kProtocolVersion)
        return makeError(ErrorCode::UnsupportedProtocol,
                         QStringLiteral("this server speaks protocol version %1 only").arg(protocol::kProtocolVersion),
                         QStringLiteral("protocol"));
    net::ArgReader args(ctx.request.args);
    args.text(QStringLiteral("client"), 200);
    if (!args.ok())
        return args.error();
    return QCborMap{{QStringLiteral("protocol"), protocol::kProtocolVersion},
                    {QStringLiteral("server"), QStringLiteral("cordiald %1").arg(QCoreApplication::applicationVersion())},
                    {QStringLiteral("server_time"), db::isoTime(db::nowMs())},
                    {QStringLiteral("challenge"), ctx.challenge}};
}

OpOutcome ping(OpContext &)
{
    return QCborMap{{QStringLiteral("server_time"), db::isoTime(db::nowMs())}};
}

OpOutcome login(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const QString login = args.text(QStringLiteral("user"), 64);
    const QString password = args.rawText(QStringLiteral("password"), 1024);
    const QString machineName = args.optionalText(QStringLiteral("machine"), 255).value_or(QString());
    if (args.ok() && password.isEmpty())
        args.fail(QStringLiteral("password"), QStringLiteral("'password' must not be empty"));
    if (!args.ok())
        return args.error();
    // The login is signed as sent, before trimming.
    auto proof = readMachineProof(ctx.request.args, ctx.challenge, ctx.request.op,
                                  ctx.request.args.value(QStringLiteral("user")).toString());
    if (!proof)
        return proof.error();

    ServerContext &server = ctx.server;
    const QString address = ctx.caller.address;
    if (server.throttle.isBlocked(login, address, db::nowMs()))
        return makeError(ErrorCode::RateLimited,
                         QStringLiteral("too many failed logins; try again in a few minutes"));

    std::optional<Machine> machine;
    if (*proof) {
        auto found = findMachine(ctx.db, **proof, machineName);
        if (!found)
            return found.error();
        machine = found.takeValue();
    }
    db::Row q;
    auto found = db::fetchOne(q, ctx.db,
                              QStringLiteral("SELECT %1, u.password_hash FROM users u WHERE u.login_key = ?").arg(kUserColumns),
                              {login.toLower()});
    if (!found)
        return found.error();
    // An unknown login costs one hash verification like a known one, so timing does
    // not tell which logins exist.
    if (!*found) {
        server.hasher.burnVerifyTime(password);
        server.throttle.recordFailure(login, address, db::nowMs());
        return loginFailed();
    }
    const QByteArray stored = q.value(kUserColumnCount).toString().toLatin1();
    const bool disabled = q.value(5).toInt() != 0;
    const bool matches = server.hasher.verify(stored, password);
    bool machineNeeded = false;
    auto caller = callerFromRow(q, 0, Origin{address, machine}, server.config, &machineNeeded);
    const qint64 userId = q.value(0).toLongLong();
    const QString userLogin = q.value(1).toString();
    const QString userName = q.value(2).toString();
    if (!matches || disabled || (!caller && caller.error().code != ErrorCode::Forbidden)) {
        server.throttle.recordFailure(login, address, db::nowMs());
        return loginFailed();
    }
    if (!caller) {
        Caller who;
        who.userId = userId;
        who.login = userLogin;
        who.displayName = userName;
        who.address = address;
        who.machine = machineName;
        return refuse(ctx, who, caller.error(), machine, machineNeeded);
    }
    server.throttle.recordSuccess(login, address);
    caller->address = address;
    caller->machine = machineName;
    std::optional<QByteArray> rehash;
    if (server.hasher.needsRehash(stored))
        rehash = server.hasher.hash(password);
    return startSession(ctx, *caller, rehash, machine, machineNeeded);
}

OpOutcome resume(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const QString token = args.text(QStringLiteral("token"), 128);
    const auto machine = args.optionalText(QStringLiteral("machine"), 255);
    if (!args.ok())
        return args.error();
    auto proof = readMachineProof(ctx.request.args, ctx.challenge, ctx.request.op,
                                  ctx.request.args.value(QStringLiteral("token")).toString());
    if (!proof)
        return proof.error();
    db::Row q;
    auto found = db::fetchOne(q, ctx.db,
                              QStringLiteral("SELECT s.id, s.machine, s.expires_at, m.public_key FROM sessions s "
                                             "LEFT JOIN machines m ON m.id = s.machine_id WHERE s.token_hash = ?"),
                              {QString::fromLatin1(tokenHash(token))});
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("the session is unknown or has ended"));
    // A session opened on a computer resumes only there: a token copied elsewhere
    // does not carry the computer's approval with it.
    if (!q.isNull(3) && (!*proof || QString::fromLatin1((*proof)->publicKey.toHex()) != q.value(3).toString()))
        return makeError(ErrorCode::Unauthenticated,
                         QStringLiteral("the session was opened on another computer; log in again"));
    Caller probe;
    probe.sessionId = q.value(0).toLongLong();
    probe.machine = machine.value_or(q.value(1).toString());
    probe.address = ctx.caller.address;
    const qint64 expires = q.value(2).toLongLong();
    auto caller = refreshCaller(ctx.db, probe, ctx.server.config);
    if (!caller)
        return caller.error();
    OpOutcome outcome(sessionResult(token, expires, *caller));
    outcome.authenticatedAs = *caller;
    return outcome;
}

protocol::Result<Caller> refreshCaller(const QSqlDatabase &db, const Caller &caller, const ServerConfig &config)
{
    const qint64 now = db::nowMs();
    qint64 lastSeen = 0;
    std::optional<Caller> refreshed;
    {
        auto q = db::execCached(db,
                                QStringLiteral("SELECT %1, s.last_seen_at, s.expires_at, s.ended_at, m.id, m.name, "
                                               "m.fingerprint, m.status FROM sessions s JOIN users u ON u.id = s.user_id "
                                               "LEFT JOIN machines m ON m.id = s.machine_id WHERE s.id = ?")
                                    .arg(kUserColumns),
                                {caller.sessionId});
        if (!q)
            return q.error();
        const auto ended = makeError(ErrorCode::Unauthenticated, QStringLiteral("the session has ended; log in again"));
        constexpr int s = kUserColumnCount;
        if (!q->next() || !q->isNull(s + 2) || q->value(5).toInt() != 0)
            return ended;
        lastSeen = q->value(s).toLongLong();
        if (now > q->value(s + 1).toLongLong() || now - lastSeen > qint64(config.sessionIdleMinutes) * 60 * 1000)
            return makeError(ErrorCode::Unauthenticated, QStringLiteral("the session has expired; log in again"));
        // The computer is read again too: a revoked one takes its roles away at once.
        Origin origin{caller.address, std::nullopt};
        if (!q->isNull(s + 3)) {
            Machine m;
            m.id = q->value(s + 3).toLongLong();
            m.name = q->value(s + 4).toString();
            m.fingerprint = q->value(s + 5).toString();
            m.status = q->value(s + 6).toString();
            origin.machine = m;
        }
        auto found = callerFromRow(q->query(), 0, origin, config);
        if (!found)
            return ended;
        refreshed = found.takeValue();
    } // the statement is reset here: its read snapshot ends before the write below
    refreshed->sessionId = caller.sessionId;
    refreshed->address = caller.address;
    refreshed->machine = caller.machine;
    // Recording activity is a write; once a minute is enough for the idle timeout. It
    // never waits for the write lock: while a long transaction holds it (a large
    // import commits in one), every request would otherwise stall its worker for the
    // busy timeout before it could even read. A later request records it.
    if (now - lastSeen > 60 * 1000)
        db::execWithoutWaiting(db, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"),
                               {now, caller.sessionId});
    return *refreshed;
}

db::Status endUserSessions(const db::WriteTransaction &tx, qint64 userId, qint64 exceptSessionId, const QString &reason)
{
    auto r = db::exec(tx.db(),
                      QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? "
                                     "WHERE user_id = ? AND ended_at IS NULL AND id <> ?"),
                      {db::nowMs(), reason, userId, exceptSessionId});
    if (!r)
        return r.error();
    return protocol::Ok{};
}

OpOutcome logout(OpContext &ctx)
{
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto r = db::exec(ctx.db, QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = 'logout' WHERE id = ?"),
                          {db::nowMs(), ctx.caller.sessionId});
        !r)
        return r.error();
    if (auto s = audit::append(tx, ctx.caller, {QStringLiteral("auth.logout"), QStringLiteral("session"),
                                                ctx.caller.sessionId, std::nullopt, std::nullopt});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    OpOutcome outcome(QCborMap{});
    outcome.loggedOut = true;
    return outcome;
}

OpOutcome whoami(OpContext &ctx)
{
    db::Row q;
    auto found = db::fetchOne(q, ctx.db, QStringLiteral("SELECT created_at, expires_at FROM sessions WHERE id = ?"),
                              {ctx.caller.sessionId});
    if (!found)
        return found.error();
    QCborArray rights;
    for (const QString &r : ctx.caller.rights)
        rights.append(r);
    return QCborMap{{QStringLiteral("user"), userSummary(ctx.caller)},
                    {QStringLiteral("rights"), rights},
                    {QStringLiteral("scope"), domain::dataScopeName(ctx.caller.scope)},
                    {QStringLiteral("access"), admin::accessToCbor(ctx.caller.access)},
                    {QStringLiteral("password_expired"), ctx.caller.passwordChange != PasswordChange::NotNeeded},
                    {QStringLiteral("session"),
                     QCborMap{{QStringLiteral("created_at"), db::isoTime(q.value(0).toLongLong())},
                              {QStringLiteral("expires_at"), db::isoTime(q.value(1).toLongLong())},
                              {QStringLiteral("idle_timeout_seconds"), ctx.server.config.sessionIdleMinutes * 60}}}};
}

OpOutcome changePassword(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const QString oldPassword = args.rawText(QStringLiteral("old"), 1024);
    const QString newPassword = args.rawText(QStringLiteral("new"), 1024);
    if (!args.ok())
        return args.error();
    const ServerConfig &config = ctx.server.config;
    const QString newField = QStringLiteral("new");
    if (auto s = checkPasswordLength(newPassword, config.minPasswordLength, newField); !s)
        return s.error();
    if (auto s = checkPasswordDiffers(oldPassword, newPassword, newField); !s)
        return s.error();
    db::Row q;
    auto found = db::fetchOne(q, ctx.db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"),
                              {ctx.caller.userId});
    if (!found)
        return found.error();
    const QByteArray currentHash = *found ? q.value(0).toString().toLatin1() : QByteArray();
    if (!ctx.server.hasher.verify(currentHash, oldPassword))
        return makeError(ErrorCode::Invalid, QStringLiteral("the current password is wrong"), QStringLiteral("old"));
    // Checked only once the current password is proven: the history is the user's own.
    if (auto s = checkPasswordHistory(ctx.db, ctx.server.hasher, ctx.caller.userId, currentHash, newPassword, config,
                                      newField);
        !s)
        return s.error();
    const QByteArray hash = ctx.server.hasher.hash(newPassword);

    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = storePassword(tx, ctx.caller.userId, hash, false, config); !s)
        return s.error();
    if (auto s = endUserSessions(tx, ctx.caller.userId, ctx.caller.sessionId, QStringLiteral("password_changed")); !s)
        return s.error();
    if (auto s = audit::append(tx, ctx.caller, {QStringLiteral("auth.change_password"), QStringLiteral("user"),
                                                ctx.caller.userId, std::nullopt, std::nullopt});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    OpOutcome outcome(QCborMap{});
    outcome.endSessions = EndSessions{ctx.caller.userId, ctx.caller.sessionId, QStringLiteral("password_changed")};
    return outcome;
}

} // namespace cordial::server::auth
