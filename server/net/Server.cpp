#include "net/Server.h"

#include "net/ServerContext.h"
#include "net/Session.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServer, "cordial.server")

namespace cordial::server {

namespace {

// Descriptors kept free for everything but client sockets: database files and
// connections, the log, uploads and exports in progress.
constexpr rlim_t kReservedDescriptors = 64;

// The configured connection limit, lowered so that the connections alone never
// exhaust the process's open-file limit.
int connectionLimit(int configured)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return configured;
    const rlim_t room = limit.rlim_cur > 2 * kReservedDescriptors ? limit.rlim_cur - kReservedDescriptors
                                                                  : limit.rlim_cur / 2;
    if (rlim_t(configured) <= room)
        return configured;
    qCWarning(lcServer) << "at most" << room << "connections instead of" << configured
                        << "to stay within the open-file limit of" << limit.rlim_cur
                        << "(raise LimitNOFILE in the service unit)";
    return int(room);
}

} // namespace

Server::Server(ServerContext &context, QSslConfiguration tls, QObject *parent)
    : QTcpServer(parent),
      m_context(context),
      m_tls(std::move(tls)),
      m_maxConnections(connectionLimit(context.config.maxConnections))
{
    // Qt's default backlog of 50 drops the SYNs of a burst (every client reconnecting
    // after a restart, or a flood); a dropped client waits a second or more to retry,
    // and one whose last handshake ACK was dropped under SYN cookies hangs half-open.
    // The kernel caps this at net.core.somaxconn.
    setListenBacklogSize(1024);
    // QTcpServer accepts everything that is queued in one go, and a TLS socket costs
    // the I/O thread most of a millisecond to set up: a burst of 500 would stall
    // every connected client for half a second. Taking at most this many per turn
    // of the event loop lets their requests in between.
    setMaxPendingConnections(16);
    connect(this, &QTcpServer::pendingConnectionAvailable, this, &Server::startSessions, Qt::QueuedConnection);
    // Should accept() fail anyway (descriptors used up elsewhere, ENFILE), QTcpServer
    // stops accepting for good and the server would stay deaf after the flood
    // passed. Try again shortly.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(lcServer) << "cannot accept connections:" << errorString() << "- retrying in 1 s";
        QTimer::singleShot(1000, this, &Server::resumeIfRoom);
    });
    m_pool.setMaxThreadCount(context.config.workers);
    // Workers keep their database connection for the life of the server.
    m_pool.setExpiryTimeout(-1);
}

Server::~Server()
{
    m_pool.waitForDone();
}

void Server::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        ::close(int(socketDescriptor));
        return;
    }
    addPendingConnection(socket);
}

void Server::startSessions()
{
    while (auto *socket = qobject_cast<QSslSocket *>(nextPendingConnection())) {
        socket->setParent(nullptr);
        socket->setSslConfiguration(m_tls);
        auto *session = new Session(socket, m_context, m_pool, this);
        m_sessions.insert(session);
        connect(session, &Session::finished, this, [this](Session *s) {
            if (m_sessions.remove(s))
                s->deleteLater();
            resumeIfRoom();
        });
        connect(session, &Session::endSessionsRequested, this, &Server::endSessions);
        connect(session, &Session::pushesRequested, this, &Server::deliverPushes);
        socket->startServerEncryption();
    }
    // At the limit, further clients wait in the kernel's backlog until a connection
    // closes (the handshake timeout sees to idle ones), rather than the server
    // running out of descriptors. Paused only now: taking a pending connection
    // above turns accepting back on.
    if (m_sessions.size() >= m_maxConnections && !m_paused) {
        qCWarning(lcServer) << "connection limit of" << m_maxConnections
                            << "reached; accepting again when one closes";
        m_paused = true;
        pauseAccepting();
    }
}

void Server::resumeIfRoom()
{
    if (!isListening() || m_sessions.size() >= m_maxConnections)
        return;
    m_paused = false;
    resumeAccepting();
}

void Server::endSessions(const EndSessions &request)
{
    for (Session *s : std::as_const(m_sessions))
        if (s->userId() == request.userId && s->sessionId() != request.exceptSessionId
            && (request.onlySessionId == 0 || s->sessionId() == request.onlySessionId))
            s->endSession(request.reason);
}

void Server::deliverPushes(const QList<UserPush> &pushes)
{
    for (const UserPush &p : pushes) {
        if (p.userId == 0)
            continue;
        for (Session *s : std::as_const(m_sessions))
            if (s->userId() == p.userId && s->sessionId() != 0
                && (p.onlySessionId == 0 || s->sessionId() == p.onlySessionId))
                s->push(p.event, p.data);
    }
}

void Server::shutdown()
{
    close();
    m_pool.waitForDone();
    // Deliver the replies of the requests that just finished.
    QCoreApplication::sendPostedEvents();
    const auto sessions = m_sessions;
    for (Session *s : sessions)
        s->close();
}

} // namespace cordial::server
