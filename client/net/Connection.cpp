#include "net/Connection.h"

#include "protocol/MachineProof.h"
#include "protocol/Protocol.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QSet>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <utility>

namespace cordial::client {

using protocol::ErrorCode;
using protocol::Reply;

namespace {

// Replies can legitimately be larger than what the server accepts from a client
// (a page of audit rows with before/after images), so the client allows more.
constexpr quint32 kMaxReplyFrameBytes = 4u * protocol::kDefaultMaxFrameBytes;
constexpr int kConnectTimeoutMs = 15000;

Reply localFailure(quint64 id, ErrorCode code, const QString &message)
{
    Reply reply;
    reply.id = id;
    reply.ok = false;
    reply.error = protocol::makeError(code, message);
    return reply;
}

bool validHost(const QString &host)
{
    if (host.isEmpty())
        return false;
    for (const QChar c : host) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char('@'))
            return false;
    }
    return true;
}

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

} // namespace

// ---------------------------------------------------------------- ServerAddress

std::optional<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    ServerAddress address;
    address.port = protocol::kDefaultPort;
    if (s.startsWith(QLatin1Char('['))) {
        const qsizetype close = s.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        address.host = s.mid(1, close - 1);
        QHostAddress v6;
        if (!v6.setAddress(address.host) || v6.protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        const QString rest = s.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return std::nullopt;
            const auto port = parsePort(rest.mid(1));
            if (!port)
                return std::nullopt;
            address.port = *port;
        }
        return address;
    }
    const qsizetype colons = s.count(QLatin1Char(':'));
    if (colons > 1) {
        // A bare IPv6 address without brackets cannot carry a port.
        QHostAddress v6;
        if (!v6.setAddress(s) || v6.protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        address.host = s;
        return address;
    }
    if (colons == 1) {
        const qsizetype colon = s.indexOf(QLatin1Char(':'));
        address.host = s.left(colon);
        const auto port = parsePort(s.mid(colon + 1));
        if (!port)
            return std::nullopt;
        address.port = *port;
    } else {
        address.host = s;
    }
    if (!validHost(address.host))
        return std::nullopt;
    return address;
}

QString ServerAddress::toString() const
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

// ---------------------------------------------------------------- trust stores

QString SettingsTrustStore::pinnedFingerprint(const QString &server) const
{
    return QSettings().value(QStringLiteral("trust/") + server).toString();
}

void SettingsTrustStore::pin(const QString &server, const QString &fingerprint)
{
    QSettings settings;
    settings.setValue(QStringLiteral("trust/") + server, fingerprint);
}

QString MemoryTrustStore::pinnedFingerprint(const QString &server) const
{
    return m_pins.value(server);
}

void MemoryTrustStore::pin(const QString &server, const QString &fingerprint)
{
    m_pins.insert(server, fingerprint);
}

// ---------------------------------------------------------------- Connection

Connection::Connection(TrustStore *trust, QObject *parent)
    : QObject(parent),
      m_trust(trust),
      m_pingTimer(new QTimer(this)),
      m_reconnectTimer(new QTimer(this)),
      m_connectTimer(new QTimer(this)),
      m_clientName(QStringLiteral("cordial"))
{
    m_pingTimer->setInterval(30000);
    connect(m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Ready || m_state == State::Authenticated)
            sendNow(QStringLiteral("ping"), {}, {});
    });
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &Connection::startTls);
    m_connectTimer->setSingleShot(true);
    m_connectTimer->setInterval(kConnectTimeoutMs);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        m_failure = Failure::TimedOut;
        onLinkDown();
    });
}

Connection::~Connection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void Connection::setClientName(const QString &name)
{
    m_clientName = name;
}

void Connection::setMachineName(const QString &name)
{
    m_machineName = name;
}

void Connection::setMachineKey(const std::optional<MachineKey> &key)
{
    m_machineKey = key;
}

void Connection::addMachineProof(QCborMap &args, const QString &op, const QString &subject) const
{
    if (!m_machineKey || m_challenge.size() != protocol::kChallengeBytes || args.contains(QStringLiteral("machine_key")))
        return;
    args.insert(QStringLiteral("machine_key"), m_machineKey->publicKey());
    args.insert(QStringLiteral("machine_signature"),
                m_machineKey->sign(protocol::machineProofMessage(m_challenge, op, subject)));
}

void Connection::setPingInterval(int milliseconds)
{
    m_pingTimer->setInterval(milliseconds);
}

void Connection::setReconnectDelays(int firstMs, int maxMs)
{
    m_reconnectFirst = qMax(1, firstMs);
    m_reconnectMax = qMax(m_reconnectFirst, maxMs);
    m_reconnectDelay = m_reconnectFirst;
}

QString Connection::fingerprintOf(const QByteArray &derCertificate)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(derCertificate, QCryptographicHash::Sha256).toHex(':').toUpper());
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Ready || state == State::Authenticated) {
        if (!m_pingTimer->isActive())
            m_pingTimer->start();
    } else {
        m_pingTimer->stop();
    }
    Q_EMIT stateChanged(state);
}

void Connection::connectToServer(const ServerAddress &address)
{
    m_reconnectTimer->stop();
    m_wantReconnect = false;
    discardSocket(false);
    failAllPending(tr("The connection was replaced by a new one."));
    if (!(address == m_address))
        forgetSession();
    m_address = address;
    m_reconnectDelay = m_reconnectFirst;
    setState(State::Connecting);
    startTls();
}

void Connection::acceptCertificate()
{
    if (m_state != State::AwaitingTrust || m_presentedFingerprint.isEmpty())
        return;
    m_trust->pin(m_address.toString(), m_presentedFingerprint);
    // The first handshake was abandoned while the person decided; the new one meets
    // the pin just stored.
    setState(m_wantReconnect ? State::Reconnecting : State::Connecting);
    startTls();
}

void Connection::rejectCertificate()
{
    if (m_state != State::AwaitingTrust)
        return;
    m_wantReconnect = false;
    failQueue(ErrorCode::Internal, tr("The server's certificate was not trusted."));
    setState(State::Disconnected);
}

void Connection::disconnectFromServer()
{
    m_reconnectTimer->stop();
    m_wantReconnect = false;
    discardSocket(true);
    const QString message = tr("Disconnected.");
    failAllPending(message);
    failQueue(ErrorCode::Internal, message);
    setState(State::Disconnected);
}

void Connection::startTls()
{
    discardSocket(false);
    m_failure = Failure::None;
    m_socketError.clear();
    m_presentedFingerprint.clear();
    m_challenge.clear();
    m_decoder.emplace(kMaxReplyFrameBytes);

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(config);
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    connect(socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
    connect(socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    connect(socket, &QSslSocket::errorOccurred, this, &Connection::onSocketError);
    connect(socket, &QSslSocket::disconnected, this, &Connection::onLinkDown);

    m_connectTimer->start();
    socket->connectToHostEncrypted(m_address.host, m_address.port);
}

void Connection::discardSocket(bool graceful)
{
    m_connectTimer->stop();
    ++m_generation;
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    if (!socket)
        return;
    socket->disconnect(this);
    // This may run inside one of the socket's own signals, so it is closed and
    // deleted from the event loop rather than here.
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(0, socket, [socket] { socket->disconnectFromHost(); });
        QTimer::singleShot(5000, socket, &QObject::deleteLater);
    } else {
        QTimer::singleShot(0, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    Q_UNUSED(errors);
    if (!m_socket)
        return;
    const QSslCertificate certificate = m_socket->peerCertificate();
    if (certificate.isNull())
        return; // nothing to pin: let the handshake fail
    const QString server = m_address.toString();
    const QString presented = fingerprintOf(certificate.toDer());
    m_presentedFingerprint = presented;
    const QString pinned = m_trust->pinnedFingerprint(server);

    if (!pinned.isEmpty() && pinned.compare(presented, Qt::CaseInsensitive) == 0) {
        // The certificate is the one pinned: its self-signature and host name do not matter.
        m_socket->ignoreSslErrors();
        return;
    }

    discardSocket(false);
    failAllPending(tr("The server's certificate was not accepted."));
    if (!pinned.isEmpty()) {
        m_wantReconnect = false;
        m_reconnectTimer->stop();
        failQueue(ErrorCode::Internal, tr("The server's certificate has changed."));
        setState(State::Disconnected);
        Q_EMIT certificateMismatch(server, pinned, presented);
        return;
    }
    setState(State::AwaitingTrust);
    Q_EMIT trustRequired(server, presented);
}

void Connection::onSocketError()
{
    QSslSocket *socket = m_socket;
    if (!socket || sender() != socket)
        return;
    switch (socket->error()) {
    case QAbstractSocket::HostNotFoundError:
        m_failure = Failure::NotFound;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        m_failure = Failure::Refused;
        break;
    case QAbstractSocket::NetworkError:
        m_failure = Failure::Unreachable;
        break;
    case QAbstractSocket::SocketTimeoutError:
        m_failure = Failure::TimedOut;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        m_failure = Failure::Tls;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_failure == Failure::None)
            m_failure = Failure::Closed;
        break;
    default:
        if (m_failure == Failure::None)
            m_failure = Failure::Other;
        break;
    }
    m_socketError = socket->errorString();
    // disconnected() follows only when the link was up; a failed connect just
    // leaves the socket unconnected, which is checked once the error has unwound.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            onLinkDown();
    });
}

QString Connection::failureMessage() const
{
    const QString server = m_address.toString();
    switch (m_failure) {
    case Failure::NotFound:
        return tr("The server %1 could not be found. Check the server address.").arg(server);
    case Failure::Refused:
        return tr("The server %1 refused the connection. Check the port and that the Cordial server is running.")
            .arg(server);
    case Failure::Unreachable:
        return tr("The server %1 is unreachable. Check the network connection.").arg(server);
    case Failure::TimedOut:
        return tr("The server %1 did not answer in time. Check the address and the network.").arg(server);
    case Failure::Tls:
        return tr("The secure connection (TLS) to %1 failed: %2").arg(server, m_socketError);
    case Failure::Closed:
        return tr("The server %1 closed the connection during the secure handshake.").arg(server);
    case Failure::None:
    case Failure::Other:
        break;
    }
    if (m_socketError.isEmpty())
        return tr("Could not connect to %1.").arg(server);
    return tr("Could not connect to %1: %2").arg(server, m_socketError);
}

void Connection::onLinkDown()
{
    const State previous = m_state;
    discardSocket(false);
    const QString lost = tr("The connection to the server was lost.");
    failAllPending(lost);

    if (m_wantReconnect) {
        setState(State::Reconnecting);
        scheduleReconnect();
        return;
    }
    switch (previous) {
    case State::Authenticated:
        if (!m_token.isEmpty()) {
            m_wantReconnect = true;
            m_reconnectDelay = m_reconnectFirst;
            setState(State::Reconnecting);
            scheduleReconnect();
            return;
        }
        failQueue(ErrorCode::Internal, lost);
        setState(State::Disconnected);
        return;
    case State::Connecting:
    case State::Greeting: {
        const QString message = failureMessage();
        failQueue(ErrorCode::Internal, message);
        setState(State::Disconnected);
        Q_EMIT connectionFailed(message);
        return;
    }
    case State::Ready:
    case State::Reconnecting:
    case State::AwaitingTrust:
    case State::Disconnected:
        failQueue(ErrorCode::Internal, lost);
        setState(State::Disconnected);
        return;
    }
}

void Connection::scheduleReconnect()
{
    m_reconnectTimer->start(m_reconnectDelay);
    m_reconnectDelay = qMin(m_reconnectDelay * 2, m_reconnectMax);
}

void Connection::onEncrypted()
{
    m_connectTimer->stop();
    if (m_state == State::Connecting)
        setState(State::Greeting);
    sendHello();
}

void Connection::sendHello()
{
    QCborMap args;
    args.insert(QStringLiteral("protocol"), protocol::kProtocolVersion);
    args.insert(QStringLiteral("client"), m_clientName);
    const quint64 generation = m_generation;
    sendNow(QStringLiteral("hello"), args, [this, generation](const Reply &reply) {
        if (generation != m_generation)
            return; // that link is gone; onLinkDown() took care of it
        if (reply.ok) {
            m_challenge = reply.result.toMap().value(QStringLiteral("challenge")).toByteArray();
            if (m_wantReconnect) {
                sendResume();
                return;
            }
            setState(State::Ready);
            Q_EMIT ready();
            flushQueue();
            return;
        }
        QString message;
        if (reply.error.code == ErrorCode::UnsupportedProtocol)
            message = tr("The server %1 speaks a different protocol version (%2). Install the client version "
                         "that matches the server.")
                          .arg(m_address.toString(), reply.error.message);
        else
            message = tr("The server %1 refused the greeting: %2").arg(m_address.toString(), reply.error.message);
        const bool wasResuming = m_wantReconnect;
        m_wantReconnect = false;
        discardSocket(true);
        failAllPending(message);
        failQueue(ErrorCode::Internal, message);
        forgetSession();
        setState(State::Disconnected);
        Q_EMIT connectionFailed(message);
        if (wasResuming)
            Q_EMIT sessionLost(message);
    });
}

void Connection::sendResume()
{
    QCborMap args;
    args.insert(QStringLiteral("token"), m_token);
    if (!m_machineName.isEmpty())
        args.insert(QStringLiteral("machine"), m_machineName);
    const quint64 generation = m_generation;
    sendNow(QStringLiteral("auth.resume"), args, [this, generation](const Reply &reply) {
        if (generation != m_generation)
            return;
        m_wantReconnect = false;
        m_reconnectDelay = m_reconnectFirst;
        if (reply.ok) {
            handleAuthReply(reply);
            flushQueue();
            return;
        }
        forgetSession();
        setState(State::Ready);
        failQueue(ErrorCode::Unauthenticated, reply.error.message);
        Q_EMIT sessionLost(reply.error.message);
    });
}

quint64 Connection::sendNow(const QString &op, const QCborMap &args, Callback cb)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{op, std::move(cb)});
    send(id, op, args);
    return id;
}

void Connection::send(quint64 id, const QString &op, const QCborMap &args)
{
    if (!m_socket) {
        deliverLater(id, localFailure(id, ErrorCode::Internal, tr("Not connected to the server.")));
        return;
    }
    protocol::Request request;
    request.id = id;
    request.op = op;
    request.args = args;
    // Signed as it leaves, with this link's challenge: a login queued before the
    // greeting, or a resume after a reconnect, is proven on the link that carries it.
    if (op == QLatin1String("auth.login"))
        addMachineProof(request.args, op, args.value(QStringLiteral("user")).toString());
    else if (op == QLatin1String("auth.resume"))
        addMachineProof(request.args, op, args.value(QStringLiteral("token")).toString());
    m_socket->write(protocol::encodeFrame(protocol::encodeRequest(request)));
}

void Connection::deliverLater(quint64 id, Reply reply)
{
    // Callers expect the callback after request() returned, never inside it.
    QTimer::singleShot(0, this, [this, id, reply = std::move(reply)] {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        Callback cb = std::move(it->cb);
        m_pending.erase(it);
        if (cb)
            cb(reply);
    });
}

quint64 Connection::request(const QString &op, const QCborMap &args, Callback cb)
{
    switch (m_state) {
    case State::Ready:
    case State::Authenticated:
        return sendNow(op, args, std::move(cb));
    case State::Connecting:
    case State::AwaitingTrust:
    case State::Greeting:
    case State::Reconnecting: {
        // Sent once the link is greeted (and the session resumed).
        const quint64 id = m_nextId++;
        m_pending.insert(id, Pending{op, std::move(cb)});
        m_queued.append(Queued{id, op, args});
        return id;
    }
    case State::Disconnected:
        break;
    }
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{op, std::move(cb)});
    deliverLater(id, localFailure(id, ErrorCode::Internal, tr("Not connected to the server.")));
    return id;
}

void Connection::cancel(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it != m_pending.end())
        it->cb = nullptr;
}

void Connection::flushQueue()
{
    const QList<Queued> queued = std::exchange(m_queued, {});
    for (const Queued &q : queued) {
        if (m_pending.contains(q.id))
            send(q.id, q.op, q.args);
    }
}

void Connection::failAllPending(const QString &message)
{
    // Queued requests have not been sent yet; they wait for the next link.
    QSet<quint64> queuedIds;
    for (const Queued &q : std::as_const(m_queued))
        queuedIds.insert(q.id);
    QList<std::pair<quint64, Callback>> failed;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (queuedIds.contains(it.key())) {
            ++it;
            continue;
        }
        failed.append({it.key(), std::move(it->cb)});
        it = m_pending.erase(it);
    }
    for (auto &[id, cb] : failed) {
        if (cb)
            cb(localFailure(id, ErrorCode::Internal, message));
    }
}

void Connection::failQueue(ErrorCode code, const QString &message)
{
    const QList<Queued> queued = std::exchange(m_queued, {});
    for (const Queued &q : queued) {
        const auto it = m_pending.find(q.id);
        if (it == m_pending.end())
            continue;
        Callback cb = std::move(it->cb);
        m_pending.erase(it);
        if (cb)
            cb(localFailure(q.id, code, message));
    }
}

void Connection::onReadyRead()
{
    QSslSocket *socket = m_socket;
    if (!socket || !m_decoder)
        return;
    const quint64 generation = m_generation;
    if (m_decoder->feed(socket->readAll()) != protocol::FrameDecoder::State::Ok) {
        qWarning("cordial: the server sent a malformed frame; dropping the connection");
        m_failure = Failure::Other;
        m_socketError = tr("The server sent data the client does not understand.");
        onLinkDown();
        return;
    }
    while (generation == m_generation && m_decoder && m_decoder->hasFrame()) {
        const auto message = protocol::decodeServerMessage(m_decoder->takeFrame());
        if (!message) {
            qWarning("cordial: ignoring an undecodable server message: %s",
                     qPrintable(message.error().message));
            continue;
        }
        if (message->push) {
            const protocol::Push &push = *message->push;
            if (push.event == QLatin1String("session.ended")) {
                const QString reason = push.data.value(QStringLiteral("reason")).toString();
                forgetSession();
                if (m_state == State::Authenticated)
                    setState(State::Ready);
                Q_EMIT sessionLost(reason);
            }
            Q_EMIT pushReceived(push.event, push.data);
            continue;
        }
        const Reply &reply = *message->reply;
        const auto it = m_pending.find(reply.id);
        if (it == m_pending.end()) {
            if (!reply.ok)
                qWarning("cordial: server error for request %llu: %s", static_cast<unsigned long long>(reply.id),
                         qPrintable(reply.error.message));
            continue;
        }
        Callback cb = std::move(it->cb);
        m_pending.erase(it);
        if (!reply.ok && reply.error.code == ErrorCode::Forbidden
            && reply.error.field == QLatin1String("password_expired"))
            Q_EMIT passwordChangeRequired(reply.error.details.value(QStringLiteral("reason")).toString());
        if (cb)
            cb(reply);
    }
}

void Connection::login(const QString &user, const QString &password, Callback cb)
{
    QCborMap args;
    args.insert(QStringLiteral("user"), user);
    args.insert(QStringLiteral("password"), password);
    args.insert(QStringLiteral("machine"), m_machineName);
    request(QStringLiteral("auth.login"), args, [this, cb = std::move(cb)](const Reply &reply) {
        if (reply.ok)
            handleAuthReply(reply);
        if (cb)
            cb(reply);
    });
}

void Connection::resume(const QString &token, Callback cb)
{
    QCborMap args;
    args.insert(QStringLiteral("token"), token);
    if (!m_machineName.isEmpty())
        args.insert(QStringLiteral("machine"), m_machineName);
    request(QStringLiteral("auth.resume"), args, [this, cb = std::move(cb)](const Reply &reply) {
        if (reply.ok)
            handleAuthReply(reply);
        if (cb)
            cb(reply);
    });
}

void Connection::logout(Callback cb)
{
    request(QStringLiteral("auth.logout"), {}, [this, cb = std::move(cb)](const Reply &reply) {
        forgetSession();
        if (m_state == State::Authenticated)
            setState(State::Ready);
        if (cb)
            cb(reply);
    });
}

void Connection::handleAuthReply(const Reply &reply)
{
    const QCborMap result = reply.result.toMap();
    m_token = result.value(QStringLiteral("token")).toString();
    m_user = result.value(QStringLiteral("user")).toMap();
    setState(State::Authenticated);
    Q_EMIT authenticated(m_user);
}

void Connection::forgetSession()
{
    m_token.clear();
    m_user = {};
}

} // namespace cordial::client
