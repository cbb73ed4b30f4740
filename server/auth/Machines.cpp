#include "auth/Machines.h"

#include "auth/AccessRegistry.h"
#include "auth/Passwords.h"
#include "net/ArgReader.h"
#include "notifications/Notify.h"
#include "protocol/MachineProof.h"

#include <sodium.h>

namespace cordial::server::auth {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

const QString kMachineEntity = QStringLiteral("machine");
const QString kRequestedKind = QStringLiteral("machines.requested");
constexpr int kMaxNameLength = 100;

// Everyone who may approve a computer (managesMachines) and is enabled.
protocol::Result<QList<qint64>> approvers(const QSqlDatabase &db)
{
    const auto snapshot = accessSnapshot();
    auto q = db::exec(db, QStringLiteral("SELECT id, department_id, role FROM users WHERE disabled = 0 ORDER BY id"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next()) {
        const ResolvedAccess resolved =
            snapshot->resolve(q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString());
        if (managesMachines(resolved.access))
            ids.append(q->value(0).toLongLong());
    }
    return ids;
}

protocol::Status notifyApprovers(const QSqlDatabase &db, const Machine &machine, const Caller &user,
                                 QList<UserPush> &pushes)
{
    auto ids = approvers(db);
    if (!ids)
        return ids.error();
    const QString who = user.displayName.isEmpty() ? user.login : user.displayName;
    const QJsonObject data{{QStringLiteral("name"), machine.name},
                           {QStringLiteral("fingerprint"), machine.fingerprint},
                           {QStringLiteral("user"), who}};
    const QString body = QStringLiteral("%1 tried to log in from the computer %2 (fingerprint %3), which an "
                                        "administrator must approve first.")
                             .arg(who, machine.name, machine.fingerprint);
    for (qint64 id : *ids) {
        auto push = notifications::storeNotification(
            db, {id, kRequestedKind, QStringLiteral("Computer awaiting approval"), body, data, kMachineEntity, machine.id});
        if (!push)
            return push.error();
        pushes.append(*push);
    }
    return protocol::Ok{};
}

} // namespace

protocol::Result<std::optional<MachineProof>> readMachineProof(const QCborMap &args, const QByteArray &challenge,
                                                               const QString &op, const QString &subject)
{
    net::ArgReader reader(args);
    const auto key = reader.optionalBytes(QStringLiteral("machine_key"), protocol::kMachineKeyBytes);
    const auto signature = reader.optionalBytes(QStringLiteral("machine_signature"), protocol::kMachineSignatureBytes);
    if (reader.ok() && key && !signature)
        reader.fail(QStringLiteral("machine_signature"), QStringLiteral("'machine_key' needs its 'machine_signature'"));
    if (reader.ok() && signature && !key)
        reader.fail(QStringLiteral("machine_key"), QStringLiteral("'machine_signature' needs its 'machine_key'"));
    if (!reader.ok())
        return reader.error();
    if (!key)
        return std::optional<MachineProof>();
    initSodium();
    const QByteArray message = protocol::machineProofMessage(challenge, op, subject);
    // Without a challenge (a connection that never said hello cannot get here) nothing
    // could be proven.
    if (challenge.size() != protocol::kChallengeBytes
        || crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature->constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(key->constData()))
               != 0)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("'machine_signature' is not this computer's signature of this connection's "
                                        "challenge"),
                         QStringLiteral("machine_signature"));
    return std::optional<MachineProof>(MachineProof{*key});
}

protocol::Result<Machine> findMachine(const QSqlDatabase &db, const MachineProof &proof, const QString &name)
{
    Machine m;
    m.publicKey = QString::fromLatin1(proof.publicKey.toHex());
    db::Row q;
    auto found = db::fetchOne(q, db, QStringLiteral("SELECT id, fingerprint, name, status FROM machines WHERE public_key = ?"),
                              {m.publicKey});
    if (!found)
        return found.error();
    if (*found) {
        m.id = q.value(0).toLongLong();
        m.fingerprint = q.value(1).toString();
        m.name = q.value(2).toString();
        m.status = q.value(3).toString();
        return m;
    }
    m.fingerprint = protocol::machineFingerprint(proof.publicKey);
    m.name = name.trimmed().left(kMaxNameLength);
    if (m.name.isEmpty())
        m.name = m.fingerprint;
    return m;
}

protocol::Status recordMachineSeen(const db::WriteTransaction &tx, Machine &machine, const Caller &user,
                                   bool requested, QList<UserPush> &pushes)
{
    const QSqlDatabase &db = tx.db();
    const qint64 now = db::nowMs();
    // Two first logins of one computer at once: the second finds the first one's row.
    if (auto r = db::exec(db,
                          QStringLiteral("INSERT INTO machines (public_key, fingerprint, name, status, first_seen_at, "
                                         "last_seen_at, last_user_id, version) VALUES (?, ?, ?, 'pending', ?, ?, ?, 1) "
                                         "ON CONFLICT (public_key) DO NOTHING"),
                          {machine.publicKey, machine.fingerprint, machine.name, now, now, user.userId});
        !r)
        return r.error();
    {
        db::Row q;
        auto found = db::fetchOne(q, db, QStringLiteral("SELECT id, status FROM machines WHERE public_key = ?"),
                                  {machine.publicKey});
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::Internal, QStringLiteral("the computer could not be recorded"));
        machine.id = q.value(0).toLongLong();
        machine.status = q.value(1).toString();
    }
    if (auto r = db::exec(db, QStringLiteral("UPDATE machines SET last_seen_at = ?, last_user_id = ? WHERE id = ?"),
                          {now, user.userId, machine.id});
        !r)
        return r.error();
    if (!requested || machine.status != kMachinePending)
        return protocol::Ok{};
    // Only the update that sets requested_at notifies, however many logins race here.
    auto marked = db::exec(db, QStringLiteral("UPDATE machines SET requested_at = ? WHERE id = ? AND requested_at IS NULL"),
                           {now, machine.id});
    if (!marked)
        return marked.error();
    if (marked->numRowsAffected() != 1)
        return protocol::Ok{};
    return notifyApprovers(db, machine, user, pushes);
}

bool managesMachines(const domain::EffectiveAccess &access)
{
    return domain::rightsOf(access).contains(domain::rights::kUsersManage)
           && access.module(domain::Module::Administration).scope == domain::DataScope::All;
}

} // namespace cordial::server::auth
