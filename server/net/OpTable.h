// The single declaration of every op: name, connection state, required right, handler.
// Dispatch, the rights check, the docs check and the rights-matrix test all read it.
#pragma once

#include "auth/Caller.h"
#include "protocol/Envelope.h"

#include <QCborValue>
#include <QList>
#include <QSqlDatabase>
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
};

// Ends sessions of one user on other connections (disable, password change…).
struct EndSessions {
    qint64 userId = 0;
    qint64 exceptSessionId = 0;
    QString reason;
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
};

using OpHandler = OpOutcome (*)(OpContext &);

struct OpSpec {
    QString name;
    OpState state;
    QString right;             // empty: any caller in that state
    OpHandler handler;
    bool onIoThread = false;   // cheap ops that touch no database
};

const QList<OpSpec> &opTable();
const OpSpec *findOp(const QString &name);

} // namespace cordial::server
