// Registered computers (#5): the proof of a computer's key that auth.login and
// auth.resume may carry, and the machines table as logins see it — look-up, first
// sight (recorded pending) and the registration request administrators are told of.
#pragma once

#include "auth/Caller.h"
#include "db/Database.h"
#include "net/OpTable.h"

#include <optional>

namespace cordial::server::auth {

inline const QString kMachinePending = QStringLiteral("pending");
inline const QString kMachineApproved = QStringLiteral("approved");
inline const QString kMachineRevoked = QStringLiteral("revoked");

// A public key whose signature over the connection's challenge checked out.
struct MachineProof {
    QByteArray publicKey; // 32 bytes
};

// Reads the optional `machine_key` and `machine_signature` of `op` (sent together or
// not at all) and checks the signature over the connection's `challenge`, the op and
// its `subject` (protocol/MachineProof.h). nullopt when the client sent neither;
// `invalid` naming the argument when a type or the signature is wrong.
protocol::Result<std::optional<MachineProof>> readMachineProof(const QCborMap &args, const QByteArray &challenge,
                                                               const QString &op, const QString &subject);

struct Machine {
    qint64 id = 0; // 0: never recorded (its first login is being handled)
    QString publicKey; // lowercase hex
    QString fingerprint;
    QString name;
    QString status = kMachinePending;

    bool approved() const { return status == kMachineApproved; }
};

// The computer a proof names, as recorded; a new one (id 0, pending, named `name` or
// else its fingerprint) when it never logged in.
protocol::Result<Machine> findMachine(const QSqlDatabase &db, const MachineProof &proof, const QString &name);

// In an open write transaction: records that `userId` logged in (or tried to) from the
// computer — its first sight as pending, else its last — and sets `machine.id`. With
// `requested` (a restriction depended on the computer) a pending computer becomes a
// registration request; the first time, every user who may approve it gets a
// notification, added to `pushes`.
protocol::Status recordMachineSeen(const db::WriteTransaction &tx, Machine &machine, const Caller &user,
                                   bool requested, QList<UserPush> &pushes);

// Computers are approved for every user and department alike, so only an
// administrator of the whole company manages them: users.manage with administration
// scope all.
bool managesMachines(const domain::EffectiveAccess &access);

} // namespace cordial::server::auth
