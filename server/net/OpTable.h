// The single declaration of every op: name, connection state, required right, handler.
// Dispatch, the rights check, the docs check and the rights-matrix test all read it.
#pragma once

#include "auth/Caller.h"
#include "protocol/Envelope.h"

#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace cordial::server {

struct ServerContext;

enum class OpState {
    New,          // only hello
    Greeted,      // after hello: ping, login, resume
    Authenticated // everything else
};

struct OpContext {
    const protocol::Request &request;
    Caller caller;
    ServerContext &server;
    QSqlDatabase db; // this worker's connection; invalid for ops run on the I/O thread
    // Sends a push event to this connection while the op still runs (progress);
    // thread-safe, queued to the connection's thread. Empty for ops on the I/O thread.
    std::function<void(const QString &event, const QCborMap &data)> pushToCaller;
    // The connection's random challenge, sent in hello's result; auth.login and
    // auth.resume check the computer's signature over it (auth/Machines.h).
    QByteArray challenge;
};

// Ends sessions of one user on other connections (disable, password change…).
struct EndSessions {
    qint64 userId = 0;
    qint64 exceptSessionId = 0;
    QString reason;
    qint64 onlySessionId = 0; // non-zero: end just this session of the user
};

// A push event for every connected, authenticated session of one user (this
// connection's too), sent after the reply of the op that produced it.
struct UserPush {
    qint64 userId = 0;
    QString event;
    QCborMap data;
    qint64 onlySessionId = 0; // non-zero: just this session of the user (one computer's)
};

struct OpOutcome {
    OpOutcome(protocol::Result<QCborValue> r) : result(std::move(r)) {}
    OpOutcome(protocol::Error e) : result(std::move(e)) {}
    OpOutcome(QCborMap m) : result(QCborValue(std::move(m))) {}

    protocol::Result<QCborValue> result;
    std::optional<Caller> authenticatedAs; // the connection is now this caller
    bool loggedOut = false;                // the connection's session ended
    QString sessionEndedReason;            // with loggedOut: push session.ended with this reason
    std::optional<EndSessions> endSessions;
    QList<UserPush> pushes; // delivered only when the op succeeded, or with pushesCommitted
    // The pushes' transaction committed although the op answers an error (a login
    // refused and audited that asked administrators to approve its computer).
    bool pushesCommitted = false;
    // Not run: its first write transaction would have begun while a long one ran
    // (db/WriteGate.h). Nothing was written; the connection runs it again later.
    bool deferred = false;
};

using OpHandler = OpOutcome (*)(OpContext &);

struct OpSpec {
    QString name;
    OpState state;
    QString right;             // empty: any caller in that state
    OpHandler handler;
    bool onIoThread = false;   // cheap ops that touch no database
    // Answered while the caller must change the password (reset by an administrator, or
    // too old); every other op is `forbidden` until then.
    bool beforePasswordChange = false;
};

const QList<OpSpec> &opTable();
const OpSpec *findOp(const QString &name);

} // namespace cordial::server
