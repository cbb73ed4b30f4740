#include "net/Session.h"

#include "auth/AuthOps.h"
#include "auth/PasswordPolicy.h"
#include "auth/Tokens.h"
#include "net/ServerContext.h"
#include "protocol/Envelope.h"
#include "protocol/Protocol.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcSession, "cordial.session")

namespace cordial::server {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

// After a protocol violation the client may still be sending the rest of what was
// refused (the body of an oversized frame). Closing at once would make the kernel
// answer those bytes with a reset, which throws away the refusal before the client
// has read it; so the connection reads and drops them until the client has been
// quiet this long, for at most kLingerMaxMs, and closes then.
constexpr int kLingerQuietMs = 250;
constexpr qint64 kLingerMaxMs = 2000;

QString readableAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}
} // namespace

Session::Session(QSslSocket *socket, ServerContext &context, QThreadPool &pool, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_context(context),
      m_pool(pool),
      m_decoder(std::min(protocol::kMaxFrameBytesBeforeLogin, context.config.maxFrameBytes)),
      m_address(readableAddress(socket->peerAddress())),
      m_challenge(auth::newChallenge())
{
    m_socket->setParent(this);
    m_caller.address = m_address;
    connect(m_socket, &QSslSocket::readyRead, this, &Session::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, [this] { Q_EMIT finished(this); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            Q_EMIT finished(this);
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [](const QList<QSslError> &) {});
    // Until a login succeeds a connection only costs us; it gets a fixed time to get there.
    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setInterval(context.config.handshakeTimeoutSeconds * 1000);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSession) << m_address << "closed: not logged in within the handshake timeout";
        close();
    });
    m_handshakeTimer.start();
    m_handshakeLeftMs = m_handshakeTimer.interval();
    m_lingerTimer.setSingleShot(true);
    connect(&m_lingerTimer, &QTimer::timeout, this, &Session::close);
    // Changes held back while a long write ran (db/WriteGate.h) run when it ends, or
    // are refused when they have waited long enough (to the millisecond: a coarse
    // timer may fire 5 % early).
    connect(&context.writeGate, &db::WriteGate::opened, this, &Session::resumeHeld, Qt::QueuedConnection);
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_holdTimer, &QTimer::timeout, this, &Session::refuseOverdue);
    // A logged-in client is never closed for idleness between frames, but one that
    // starts a frame and stalls (or trickles it a byte at a time) would otherwise
    // hold its connection and buffer for ever.
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(context.config.frameTimeoutSeconds * 1000);
    connect(&m_frameTimer, &QTimer::timeout, this, [this] {
        protocolViolation(0, makeError(ErrorCode::BadRequest,
                                       QStringLiteral("a frame was not complete within %1 s")
                                           .arg(m_context.config.frameTimeoutSeconds)));
    });
}

Session::~Session() = default;

void Session::close()
{
    if (m_disconnecting)
        return;
    m_disconnecting = true;
    m_closing = true;
    dropHeld();
    m_handshakeTimer.stop();
    m_lingerTimer.stop();
    m_frameTimer.stop();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        Q_EMIT finished(this);
        return;
    }
    m_socket->disconnectFromHost();
}

void Session::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll();
        if (!m_disconnecting && m_lingerClock.elapsed() < kLingerMaxMs)
            m_lingerTimer.start(kLingerQuietMs);
        return;
    }
    const auto state = m_decoder.feed(m_socket->readAll());
    bool completed = false;
    while (m_decoder.hasFrame() && !m_closing) {
        handleFrame(m_decoder.takeFrame());
        completed = true;
    }
    if (m_closing)
        return;
    // The clock runs from the first byte of the frame that is still incomplete.
    if (m_decoder.bufferedBytes() == 0)
        m_frameTimer.stop();
    else if (completed || !m_frameTimer.isActive())
        m_frameTimer.start();
    if (state == protocol::FrameDecoder::State::TooLarge) {
        protocolViolation(0, makeError(ErrorCode::TooLarge,
                                       QStringLiteral("frame of %1 bytes exceeds the limit of %2 bytes")
                                           .arg(m_decoder.offendingLength())
                                           .arg(m_decoder.maxFrameBytes())));
    } else if (state == protocol::FrameDecoder::State::ZeroLength) {
        protocolViolation(0, makeError(ErrorCode::BadRequest, QStringLiteral("zero-length frame")));
    }
}

void Session::protocolViolation(quint64 id, const protocol::Error &error)
{
    qCInfo(lcSession) << m_address << "protocol violation:" << error.message;
    sendReply(id, error);
    linger();
}

void Session::linger()
{
    if (m_closing)
        return;
    m_closing = true;
    dropHeld(); // their replies could not be read
    m_handshakeTimer.stop();
    m_frameTimer.stop();
    m_lingerClock.start();
    m_lingerTimer.start(kLingerQuietMs);
}

void Session::handleFrame(const QByteArray &payload)
{
    quint64 id = 0;
    auto decoded = protocol::decodeRequest(payload, &id);
    if (!decoded)
        return protocolViolation(id, decoded.error());
    const protocol::Request &request = decoded.value();

    const OpSpec *spec = findOp(request.op);
    if (!m_greeted && request.op != QLatin1String("hello"))
        return protocolViolation(request.id, makeError(ErrorCode::BadRequest,
                                                       QStringLiteral("the first request must be 'hello'")));
    if (!spec)
        return sendReply(request.id,
                         makeError(ErrorCode::BadRequest, QStringLiteral("unknown op '%1'").arg(protocol::elided(request.op)),
                                   QStringLiteral("op")));
    if (spec->state == OpState::New && m_greeted)
        return sendReply(request.id, makeError(ErrorCode::BadRequest, QStringLiteral("'hello' was already sent")));
    if (spec->state == OpState::Authenticated && !m_caller.authenticated())
        return sendReply(request.id, makeError(ErrorCode::Unauthenticated, QStringLiteral("log in first")));
    if (m_inFlight >= m_context.config.maxInFlightPerConnection)
        return sendReply(request.id,
                         makeError(ErrorCode::RateLimited,
                                   QStringLiteral("more than %1 requests in flight on this connection")
                                       .arg(m_context.config.maxInFlightPerConnection)));

    if (spec->onIoThread) {
        OpContext context{request, m_caller, m_context, QSqlDatabase(), {}, m_challenge};
        OpOutcome outcome = spec->handler(context);
        if (spec->state == OpState::New && outcome.result.ok())
            m_greeted = true;
        return apply(request.id, outcome);
    }
    runOnWorker(*spec, request);
}

void Session::runOnWorker(const OpSpec &spec, const protocol::Request &request)
{
    ++m_inFlight;
    startOnWorker({&spec, request, m_caller.sessionId, 0, {}});
}

void Session::startOnWorker(const Held &held)
{
    // Run again after waiting: under the session it was sent in, or not at all.
    if (held.waitUntilMs != 0 && held.spec->state == OpState::Authenticated
        && (!m_caller.authenticated() || m_caller.sessionId != held.sessionId)) {
        --m_inFlight;
        sendReply(held.request.id,
                  makeError(ErrorCode::Unauthenticated, QStringLiteral("the session ended while the request waited")));
        return restartHandshakeClock();
    }
    QPointer<Session> self(this);
    ServerContext *context = &m_context;
    Caller caller = m_caller;
    const QByteArray challenge = m_challenge;
    // Progress events of a long op, queued to this (the I/O) thread.
    auto pushToCaller = [self](const QString &event, const QCborMap &data) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, event, data]() {
                if (self)
                    self->push(event, data);
            },
            Qt::QueuedConnection);
    };
    m_pool.start([self, context, held, caller, pushToCaller, challenge]() {
        OpOutcome outcome = executeOp(*held.spec, held.request, caller, *context, pushToCaller, challenge);
        // Queued to the I/O thread; dropped if the connection is gone by then.
        QMetaObject::invokeMethod(
            self.data(),
            [self, held, outcome]() {
                if (!self)
                    return;
                if (outcome.deferred) {
                    Held again = held;
                    again.refusal = outcome.result.error();
                    return self->hold(std::move(again));
                }
                --self->m_inFlight;
                self->apply(held.request.id, outcome);
            },
            Qt::QueuedConnection);
    });
}

void Session::hold(Held held)
{
    if (m_closing) { // nobody to answer, nothing to run
        --m_inFlight;
        return;
    }
    const qint64 now = QDeadlineTimer::current().deadline();
    if (held.waitUntilMs == 0)
        held.waitUntilMs = now + qint64(m_context.config.longWriteWaitSeconds) * 1000;
    // The gate may have opened since the worker saw it closed (its signal is queued
    // behind this): then at once.
    if (m_context.writeGate.isOpen())
        return startOnWorker(held);
    if (now >= held.waitUntilMs) {
        --m_inFlight;
        sendReply(held.request.id, held.refusal);
        return restartHandshakeClock();
    }
    // A login held back is not the client dawdling: its handshake clock waits too.
    // (Not for an op of a session that ended meanwhile: it will be refused.)
    if (!m_caller.authenticated() && held.spec->state != OpState::Authenticated && m_handshakeTimer.isActive()) {
        m_handshakeLeftMs = std::max(1000, m_handshakeTimer.remainingTime());
        m_handshakeTimer.stop();
    }
    m_held.append(std::move(held));
    armHoldTimer();
}

void Session::dropHeld()
{
    m_inFlight -= int(m_held.size());
    m_held.clear();
    m_holdTimer.stop();
}

void Session::armHoldTimer()
{
    if (m_held.isEmpty()) {
        m_holdTimer.stop();
        return;
    }
    qint64 first = m_held.first().waitUntilMs;
    for (const Held &h : std::as_const(m_held))
        first = std::min(first, h.waitUntilMs);
    m_holdTimer.start(int(std::clamp<qint64>(first - QDeadlineTimer::current().deadline(), 0, 3600 * 1000)));
}

void Session::resumeHeld()
{
    const QList<Held> held = std::exchange(m_held, {});
    armHoldTimer();
    for (const Held &h : held)
        startOnWorker(h);
}

void Session::refuseOverdue()
{
    const qint64 now = QDeadlineTimer::current().deadline();
    for (qsizetype i = 0; i < m_held.size();) {
        if (m_held.at(i).waitUntilMs > now) {
            ++i;
            continue;
        }
        const Held h = m_held.takeAt(i);
        --m_inFlight;
        sendReply(h.request.id, h.refusal);
    }
    armHoldTimer();
    restartHandshakeClock();
}

void Session::restartHandshakeClock()
{
    // With the time that was left when a login was held: held logins one after
    // another do not keep a connection that never logs in.
    if (m_held.isEmpty() && !m_caller.authenticated() && !m_closing && !m_handshakeTimer.isActive())
        m_handshakeTimer.start(std::exchange(m_handshakeLeftMs, m_context.config.handshakeTimeoutSeconds * 1000));
}

void Session::apply(quint64 id, const OpOutcome &outcome)
{
    if (outcome.authenticatedAs) {
        m_caller = *outcome.authenticatedAs;
        m_caller.address = m_address;
        m_handshakeTimer.stop();
        m_decoder.setMaxFrameBytes(m_context.config.maxFrameBytes);
    }
    if (outcome.loggedOut) {
        const QString reason = outcome.sessionEndedReason;
        dropIdentity();
        if (!reason.isEmpty())
            push(QStringLiteral("session.ended"), QCborMap{{QStringLiteral("reason"), reason}});
    }
    sendReply(id, outcome.result);
    if (outcome.endSessions)
        Q_EMIT endSessionsRequested(*outcome.endSessions);
    if ((outcome.result.ok() || outcome.pushesCommitted) && !outcome.pushes.isEmpty())
        Q_EMIT pushesRequested(outcome.pushes);
    restartHandshakeClock(); // a held login that failed
}

void Session::sendReply(quint64 id, const protocol::Result<QCborValue> &result)
{
    const QByteArray payload = result.ok() ? protocol::encodeReply(id, result.value())
                                           : protocol::encodeError(id, result.error());
    m_socket->write(protocol::encodeFrame(payload));
}

void Session::push(const QString &event, const QCborMap &data)
{
    if (!m_closing)
        m_socket->write(protocol::encodeFrame(protocol::encodePush(event, data)));
}

void Session::dropIdentity()
{
    const QString machine = m_caller.machine;
    m_caller = Caller{};
    m_caller.address = m_address;
    m_caller.machine = machine;
    m_decoder.setMaxFrameBytes(std::min(protocol::kMaxFrameBytesBeforeLogin, m_context.config.maxFrameBytes));
    if (!m_closing)
        m_handshakeTimer.start(m_context.config.handshakeTimeoutSeconds * 1000);
}

void Session::endSession(const QString &reason)
{
    if (!m_caller.authenticated())
        return;
    dropIdentity();
    push(QStringLiteral("session.ended"), QCborMap{{QStringLiteral("reason"), reason}});
}

OpOutcome executeOp(const OpSpec &spec, const protocol::Request &request, Caller caller, ServerContext &context,
                    std::function<void(const QString &, const QCborMap &)> pushToCaller, const QByteArray &challenge)
{
    if (const QString where = protocol::textWithNul(request.args); !where.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("text must not contain the character U+0000"), where);
    auto db = context.pool.connectionForThisThread();
    if (!db)
        return db.error();
    if (spec.state == OpState::Authenticated) {
        // Identity, role and rights are re-read for every request so a disabled
        // account, a new role or an ended session takes effect at once.
        auto refreshed = auth::refreshCaller(*db, caller, context.config);
        if (!refreshed) {
            OpOutcome outcome(refreshed.error());
            outcome.loggedOut = true;
            outcome.sessionEndedReason = QStringLiteral("expired");
            return outcome;
        }
        caller = refreshed.takeValue();
        if (caller.passwordChange != PasswordChange::NotNeeded && !spec.beforePasswordChange)
            return auth::passwordChangeFirst(caller.passwordChange, context.config);
        if (!spec.right.isEmpty() && !caller.hasRight(spec.right))
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("your role '%1' lacks the right '%2'").arg(caller.role, spec.right));
    }
    OpContext opContext{request, caller, context, *db, std::move(pushToCaller), challenge};
    const db::WriteGate::OpScope writes(context.writeGate);
    OpOutcome outcome = spec.handler(opContext);
    outcome.deferred = writes.deferred() && !outcome.result.ok();
    return outcome;
}

} // namespace cordial::server
