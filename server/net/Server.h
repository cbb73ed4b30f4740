// The TLS listener: accepts connections, owns their Sessions and the worker pool.
#pragma once

#include "net/OpTable.h"

#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThreadPool>

namespace cordial::server {

struct ServerContext;
class Session;

class Server : public QTcpServer
{
    Q_OBJECT
public:
    Server(ServerContext &context, QSslConfiguration tls, QObject *parent = nullptr);
    ~Server() override;

    // Stops accepting, lets in-flight requests finish and deliver their replies, then
    // closes every connection.
    void shutdown();
    int sessionCount() const { return m_sessions.size(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void startSessions();
    void resumeIfRoom();
    void endSessions(const EndSessions &request);
    void deliverPushes(const QList<UserPush> &pushes);

    ServerContext &m_context;
    QSslConfiguration m_tls;
    int m_maxConnections;
    bool m_paused = false;
    QThreadPool m_pool;
    QSet<Session *> m_sessions;
};

} // namespace cordial::server
