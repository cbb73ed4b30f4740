// The client library over a link that drops and comes back (a VPN reconnecting):
// it retries with back-off, resumes the same session with its token and sends the
// requests made meanwhile. A loopback TCP relay in the test plays the VPN.
#include "Fixtures.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace cordial;
using namespace cordial::test;
using client::Connection;

namespace {

// Forwards every accepted connection to the server; can cut all links and stop
// accepting, then accept again on the same port.
class Relay : public QObject
{
public:
    explicit Relay(client::ServerAddress target) : m_target(std::move(target))
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &Relay::accept);
    }
    bool up(quint16 port = 0) { return m_listener.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_listener.serverPort(); }
    int accepted() const { return m_accepted; }
    void down()
    {
        m_listener.close();
        for (QTcpSocket *s : std::as_const(m_sockets))
            s->abort();
        qDeleteAll(m_sockets);
        m_sockets.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket *inbound = m_listener.nextPendingConnection()) {
            ++m_accepted;
            auto *outbound = new QTcpSocket;
            m_sockets << inbound << outbound;
            inbound->setParent(nullptr);
            connect(inbound, &QTcpSocket::readyRead, outbound, [inbound, outbound] { outbound->write(inbound->readAll()); });
            connect(outbound, &QTcpSocket::readyRead, inbound, [inbound, outbound] { inbound->write(outbound->readAll()); });
            connect(outbound, &QTcpSocket::disconnected, inbound, &QTcpSocket::disconnectFromHost);
            connect(inbound, &QTcpSocket::disconnected, outbound, &QTcpSocket::disconnectFromHost);
            outbound->connectToHost(m_target.host, m_target.port);
        }
    }

    client::ServerAddress m_target;
    QTcpServer m_listener;
    QList<QTcpSocket *> m_sockets;
    int m_accepted = 0;
};

} // namespace

TEST_CASE("after the link drops the client reconnects, resumes its session and sends what waited", "[reconnect]")
{
    TestServer server;
    startOrFail(server);
    Relay relay(server.address());
    REQUIRE(relay.up());
    const quint16 port = relay.port();

    client::MemoryTrustStore trust;
    Connection c(&trust);
    c.setReconnectDelays(100, 400);
    QObject::connect(&c, &Connection::trustRequired, &c, [&c] { c.acceptCertificate(); });
    QList<Connection::State> states;
    QObject::connect(&c, &Connection::stateChanged, &c, [&states](Connection::State s) { states << s; });
    int lost = 0;
    QObject::connect(&c, &Connection::sessionLost, &c, [&lost] { ++lost; });

    c.connectToServer({QStringLiteral("127.0.0.1"), port});
    REQUIRE(waitFor([&] { return c.state() == Connection::State::Ready; }));
    bool loggedIn = false;
    c.login(kAdminLogin, kAdminPassword, [&](const protocol::Reply &r) { loggedIn = r.ok; });
    REQUIRE(waitFor([&] { return c.state() == Connection::State::Authenticated; }));
    REQUIRE(loggedIn);
    const QString token = c.token();
    const auto before = call(c, QStringLiteral("auth.whoami"));
    REQUIRE(before.ok);
    const QCborValue sessionBefore = before.result.toMap().value(QStringLiteral("session"));

    // The VPN goes down: links cut, nothing accepted for a while.
    relay.down();
    REQUIRE(waitFor([&] { return c.state() == Connection::State::Reconnecting; }));
    // A request made while the link is down waits for the resumed session.
    std::optional<protocol::Reply> waited;
    c.request(QStringLiteral("auth.whoami"), {}, [&](const protocol::Reply &r) { waited = r; });
    waitFor([] { return false; }, 1200); // several failed attempts with back-off
    CHECK(!waited.has_value());
    CHECK(c.state() == Connection::State::Reconnecting);

    // The VPN is back on the same address.
    REQUIRE(relay.up(port));
    REQUIRE(waitFor([&] { return c.state() == Connection::State::Authenticated; }));
    REQUIRE(waitFor([&] { return waited.has_value(); }));
    CHECK(waited->ok);
    // The same session: resumed with the token, not a new login.
    CHECK(c.token() == token);
    CHECK(waited->result.toMap().value(QStringLiteral("session")) == sessionBefore);
    CHECK(lost == 0);
    CHECK(relay.accepted() >= 2);
    CHECK(states.contains(Connection::State::Reconnecting));
}

TEST_CASE("a session that ended while the link was down is reported lost, not resumed", "[reconnect]")
{
    TestServer server;
    startOrFail(server);
    Relay relay(server.address());
    REQUIRE(relay.up());
    const quint16 port = relay.port();
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 rep = createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), rootDepartment(*admin));

    client::MemoryTrustStore trust;
    Connection c(&trust);
    c.setReconnectDelays(100, 400);
    QObject::connect(&c, &Connection::trustRequired, &c, [&c] { c.acceptCertificate(); });
    QString lostReason;
    QObject::connect(&c, &Connection::sessionLost, &c, [&lostReason](const QString &r) { lostReason = r; });
    c.connectToServer({QStringLiteral("127.0.0.1"), port});
    REQUIRE(waitFor([&] { return c.state() == Connection::State::Ready; }));
    c.login(QStringLiteral("rep"), kUserPassword, [](const protocol::Reply &) {});
    REQUIRE(waitFor([&] { return c.state() == Connection::State::Authenticated; }));

    relay.down();
    REQUIRE(waitFor([&] { return c.state() == Connection::State::Reconnecting; }));
    REQUIRE(call(*admin, QStringLiteral("users.disable"), {{QStringLiteral("id"), rep}}).ok);
    REQUIRE(relay.up(port));
    REQUIRE(waitFor([&] { return !lostReason.isEmpty(); }));
    CHECK(c.state() != Connection::State::Authenticated);
    CHECK(c.token().isEmpty());
}
