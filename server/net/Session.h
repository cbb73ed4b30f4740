// One client connection: its TLS socket, framing, state, identity, handshake and
// frame deadlines and in-flight limit. Lives on the I/O thread.
#pragma once

#include "auth/Caller.h"
#include "net/OpTable.h"
#include "protocol/Frame.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QSslSocket;
class QThreadPool;

namespace cordial::server {

struct ServerContext;

class Session : public QObject
{
    Q_OBJECT
public:
    Session(QSslSocket *socket, ServerContext &context, QThreadPool &pool, QObject *parent = nullptr);
    ~Session() override;

    qint64 userId() const { return m_caller.userId; }
    qint64 sessionId() const { return m_caller.sessionId; }
    QString peerAddress() const { return m_address; }

    void push(const QString &event, const QCborMap &data);
    // The server ended this connection's session elsewhere: tell the client, drop the identity.
    void endSession(const QString &reason);
    void close();

Q_SIGNALS:
    void finished(cordial::server::Session *session);
    void endSessionsRequested(const cordial::server::EndSessions &request);
    void pushesRequested(const QList<cordial::server::UserPush> &pushes);

private:
    void onReadyRead();
    void handleFrame(const QByteArray &payload);
    // An op sent to a worker; held back while a long write runs (db/WriteGate.h).
    struct Held {
        const OpSpec *spec;
        protocol::Request request;
        qint64 sessionId;   // the session it was sent in
        qint64 waitUntilMs; // when it stops waiting for the gate (0: not held yet)
        protocol::Error refusal; // answered then
    };
    void runOnWorker(const OpSpec &spec, const protocol::Request &request);
    void startOnWorker(const Held &held);
    // Keeps a deferred op until the write gate opens, or refuses it at waitUntilMs.
    void hold(Held held);
    void armHoldTimer();
    void resumeHeld();
    void refuseOverdue();
    // The connection closes: held ops are neither run nor answered.
    void dropHeld();
    // Not logged in and nothing held: the handshake clock runs (again).
    void restartHandshakeClock();
    void apply(quint64 id, const OpOutcome &outcome);
    void sendReply(quint64 id, const protocol::Result<QCborValue> &result);
    void protocolViolation(quint64 id, const protocol::Error &error);
    void linger();
    void dropIdentity();
    bool greeted() const { return m_greeted; }

    QSslSocket *m_socket;
    ServerContext &m_context;
    QThreadPool &m_pool;
    protocol::FrameDecoder m_decoder;
    Caller m_caller;
    QString m_address;
    QByteArray m_challenge; // hello's challenge for this connection
    QTimer m_handshakeTimer;
    int m_handshakeLeftMs = 0; // of the handshake time, when a held login stopped its clock
    QTimer m_lingerTimer;
    QTimer m_frameTimer;
    QElapsedTimer m_lingerClock;
    QList<Held> m_held; // deferred ops (counted in m_inFlight) waiting for the write gate
    QTimer m_holdTimer; // the first of their waits ends
    int m_inFlight = 0;
    bool m_greeted = false;
    bool m_closing = false;       // no more requests are read: closed, or lingering before it
    bool m_disconnecting = false; // close() has run
};

// Runs one op for a caller on the current (worker) thread: refreshes the caller's
// session and rights from the database, checks the op's right, runs the handler.
// `challenge` is the connection's (OpContext::challenge).
OpOutcome executeOp(const OpSpec &spec, const protocol::Request &request, Caller caller, ServerContext &context,
                    std::function<void(const QString &, const QCborMap &)> pushToCaller = {},
                    const QByteArray &challenge = {});

} // namespace cordial::server
