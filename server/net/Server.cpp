#include "net/Server.h"

#include "net/ServerContext.h"
#include "net/Session.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcServer, "cordial.server")

namespace cordial::server {

Server::Server(ServerContext &context, QSslConfiguration tls, QObject *parent)
    : QTcpServer(parent), m_context(context), m_tls(std::move(tls))
{
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
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    auto *session = new Session(socket, m_context, m_pool, this);
    m_sessions.insert(session);
    connect(session, &Session::finished, this, [this](Session *s) {
        if (m_sessions.remove(s))
            s->deleteLater();
    });
    connect(session, &Session::endSessionsRequested, this, &Server::endSessions);
    connect(session, &Session::pushesRequested, this, &Server::deliverPushes);
    socket->startServerEncryption();
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
            if (s->userId() == p.userId && s->sessionId() != 0)
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
