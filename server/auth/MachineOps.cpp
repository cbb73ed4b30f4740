#include "auth/MachineOps.h"

#include "audit/AuditLog.h"
#include "auth/AccessChanges.h"
#include "auth/Machines.h"
#include "net/ArgReader.h"
#include "net/OpSupport.h"
#include "net/ServerContext.h"

#include <QCborArray>
#include <QJsonObject>
#include <functional>
#include <limits>

namespace cordial::server::auth {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

const QString kMachineEntity = QStringLiteral("machine");
constexpr int kMaxNameLength = 100;
constexpr int kMaxListed = 10000;

struct MachineRecord {
    qint64 id = 0;
    QString name;
    QString fingerprint;
    QString status;
    qint64 version = 0;

    bool approved() const { return status == kMachineApproved; }
};

// What the audit log keeps of a computer; its key is in the fingerprint.
QJsonObject image(const MachineRecord &m)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("fingerprint"), m.fingerprint},
            {QStringLiteral("status"), m.status}};
}

protocol::Status companyWide(const Caller &caller)
{
    if (!managesMachines(caller.access))
        return makeError(ErrorCode::Forbidden, QStringLiteral("computers are approved for the whole company: only an "
                                                              "administrator with administration scope all manages them"));
    return protocol::Ok{};
}

QCborValue nullableTime(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? QCborValue(nullptr) : QCborValue(db::isoTime(q.value(column).toLongLong()));
}

// {id, login, display_name} of the user in columns column..column+2, or null.
QCborValue userRef(const QSqlQuery &q, int column)
{
    if (q.isNull(column))
        return QCborValue(nullptr);
    return QCborMap{{QStringLiteral("id"), q.value(column).toLongLong()},
                    {QStringLiteral("login"), q.value(column + 1).toString()},
                    {QStringLiteral("display_name"), q.value(column + 2).toString()}};
}

// The computer, locked for the change, inside the open transaction.
protocol::Result<MachineRecord> loadForChange(const db::WriteTransaction &tx, qint64 id)
{
    db::Row q;
    auto found = db::fetchOne(q, tx.db(),
                              QStringLiteral("SELECT id, name, fingerprint, status, version FROM machines WHERE id = ?")
                                  + tx.dialect().forUpdate(),
                              {id});
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such computer"), QStringLiteral("id"));
    return MachineRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toLongLong()};
}

struct Change {
    qint64 id = 0;
    qint64 version = 0;
    // Edits the record; returns false when it leaves it as it was (nothing written).
    std::function<bool(MachineRecord &)> apply;
};

// Reads `id`, `version` and what `readMore` wants; then, in one transaction, the
// change with one audit row and a new version. A change that changes nothing
// answers the version it found.
OpOutcome changeMachine(OpContext &ctx, const std::function<void(net::ArgReader &, Change &)> &readMore)
{
    net::ArgReader args(ctx.request.args);
    Change change;
    change.id = args.id(QStringLiteral("id"));
    const auto version = args.optionalInt(QStringLiteral("version"), 1, std::numeric_limits<qint64>::max());
    if (args.ok() && !version)
        args.fail(QStringLiteral("version"), QStringLiteral("'version' is required"));
    if (args.ok())
        readMore(args, change);
    if (!args.ok())
        return args.error();
    change.version = *version;
    if (auto s = companyWide(ctx.caller); !s)
        return s.error();
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto before = loadForChange(tx, change.id);
        if (!before)
            return before.error();
        if (before->version != change.version)
            return makeError(ErrorCode::Conflict, QStringLiteral("the computer was changed by someone else; reload it"),
                             QStringLiteral("version"));
        MachineRecord after = *before;
        if (!change.apply(after))
            return QCborMap{{QStringLiteral("version"), before->version}};
        // Who approved, and when, stays until the next approval (a revocation is in the audit log).
        QString approval;
        QVariantList binds{after.name, after.status};
        if (after.status == kMachineApproved && before->status != kMachineApproved) {
            approval = QStringLiteral("approved_by = ?, approved_at = ?, ");
            binds << ctx.caller.userId << db::nowMs();
        }
        binds << change.id << change.version;
        auto updated = db::exec(ctx.db,
                                QStringLiteral("UPDATE machines SET name = ?, status = ?, %1version = version + 1 "
                                               "WHERE id = ? AND version = ?")
                                    .arg(approval),
                                binds);
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict, QStringLiteral("the computer was changed by someone else; reload it"),
                             QStringLiteral("version"));
        if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, kMachineEntity, change.id, image(*before), image(after)});
            !s)
            return s.error();
        OpOutcome outcome(QCborMap{{QStringLiteral("version"), change.version + 1}});
        // Approval gives the roles for registered computers to the sessions on it, and
        // revocation takes them away.
        if (after.approved() != before->approved()) {
            auto sessions = sessionsOnMachine(ctx.db, change.id);
            if (!sessions)
                return sessions.error();
            outcome.pushes = accessChangedPushes(*sessions, ctx.request.op);
        }
        return outcome;
    });
}

std::optional<QString> readName(net::ArgReader &args, bool required)
{
    if (!required && !args.has(QStringLiteral("name")))
        return std::nullopt;
    const QString name = args.text(QStringLiteral("name"), kMaxNameLength);
    return args.ok() ? std::optional<QString>(name) : std::nullopt;
}

} // namespace

OpOutcome listMachines(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const auto status = args.optionalText(QStringLiteral("status"), 16);
    if (args.ok() && status && *status != kMachinePending && *status != kMachineApproved && *status != kMachineRevoked)
        args.fail(QStringLiteral("status"), QStringLiteral("'status' is pending, approved or revoked"));
    if (!args.ok())
        return args.error();
    if (auto s = companyWide(ctx.caller); !s)
        return s.error();
    QVariantList binds;
    QString where;
    if (status) {
        where = QStringLiteral("WHERE m.status = ? ");
        binds << *status;
    }
    // Pending first — those a login asked for before the others — then approved, then
    // revoked; the most recently seen first within each.
    auto rows = db::exec(
        ctx.db,
        QStringLiteral("SELECT m.id, m.name, m.fingerprint, m.status, m.first_seen_at, m.last_seen_at, m.requested_at, "
                       "m.approved_at, m.version, lu.id, lu.login, lu.display_name, ab.id, ab.login, ab.display_name "
                       "FROM machines m LEFT JOIN users lu ON lu.id = m.last_user_id "
                       "LEFT JOIN users ab ON ab.id = m.approved_by %1"
                       "ORDER BY CASE m.status WHEN 'pending' THEN 0 WHEN 'approved' THEN 1 ELSE 2 END, "
                       "CASE WHEN m.requested_at IS NULL THEN 1 ELSE 0 END, m.last_seen_at DESC, m.id DESC LIMIT %2")
            .arg(where)
            .arg(kMaxListed),
        binds);
    if (!rows)
        return rows.error();
    QCborArray items;
    while (rows->next()) {
        const QSqlQuery &q = rows.value();
        items.append(QCborMap{{QStringLiteral("id"), q.value(0).toLongLong()},
                              {QStringLiteral("name"), q.value(1).toString()},
                              {QStringLiteral("fingerprint"), q.value(2).toString()},
                              {QStringLiteral("status"), q.value(3).toString()},
                              {QStringLiteral("first_seen_at"), db::isoTime(q.value(4).toLongLong())},
                              {QStringLiteral("last_seen_at"), db::isoTime(q.value(5).toLongLong())},
                              {QStringLiteral("requested_at"), nullableTime(q, 6)},
                              {QStringLiteral("approved_at"), nullableTime(q, 7)},
                              {QStringLiteral("version"), q.value(8).toLongLong()},
                              {QStringLiteral("last_user"), userRef(q, 9)},
                              {QStringLiteral("approved_by"), userRef(q, 12)}});
    }
    return QCborMap{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}};
}

OpOutcome approveMachine(OpContext &ctx)
{
    return changeMachine(ctx, [](net::ArgReader &args, Change &change) {
        const auto name = readName(args, false);
        change.apply = [name](MachineRecord &m) {
            const bool changed = m.status != kMachineApproved || (name && *name != m.name);
            m.status = kMachineApproved;
            m.name = name.value_or(m.name);
            return changed;
        };
    });
}

OpOutcome revokeMachine(OpContext &ctx)
{
    return changeMachine(ctx, [](net::ArgReader &, Change &change) {
        change.apply = [](MachineRecord &m) {
            const bool changed = m.status != kMachineRevoked;
            m.status = kMachineRevoked;
            return changed;
        };
    });
}

OpOutcome renameMachine(OpContext &ctx)
{
    return changeMachine(ctx, [](net::ArgReader &args, Change &change) {
        const QString name = readName(args, true).value_or(QString());
        change.apply = [name](MachineRecord &m) {
            const bool changed = name != m.name;
            m.name = name;
            return changed;
        };
    });
}

OpOutcome deleteMachine(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    if (auto s = companyWide(ctx.caller); !s)
        return s.error();
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto before = loadForChange(tx, id);
        if (!before)
            return before.error();
        // Its sessions go on as sessions on an unknown computer: those that needed it
        // approved end at their next request.
        QHash<qint64, qint64> sessions;
        if (before->approved()) {
            auto found = sessionsOnMachine(ctx.db, id);
            if (!found)
                return found.error();
            sessions = found.takeValue();
        }
        if (auto r = db::exec(ctx.db, QStringLiteral("UPDATE sessions SET machine_id = NULL WHERE machine_id = ?"), {id}); !r)
            return r.error();
        if (auto r = db::exec(ctx.db, QStringLiteral("DELETE FROM machines WHERE id = ?"), {id}); !r)
            return r.error();
        if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, kMachineEntity, id, image(*before), std::nullopt}); !s)
            return s.error();
        OpOutcome outcome(QCborMap{});
        outcome.pushes = accessChangedPushes(sessions, ctx.request.op);
        return outcome;
    });
}

} // namespace cordial::server::auth
