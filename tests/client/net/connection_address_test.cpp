// client::ServerAddress parsing, certificate fingerprints, and the Connection's
// behaviour without a server (local failures, refused connections).
#include "net/Connection.h"

#include "protocol/Protocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <catch2/catch.hpp>

using cordial::client::Connection;
using cordial::client::MemoryTrustStore;
using cordial::client::ServerAddress;
using cordial::protocol::ErrorCode;
using cordial::protocol::kDefaultPort;

namespace {

bool spinUntil(const std::function<bool()> &pred, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!pred() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return pred();
}

} // namespace

TEST_CASE("a bare host name gets the default port")
{
    const auto a = ServerAddress::parse(QStringLiteral("crm.example.com"));
    REQUIRE(a);
    CHECK(a->host == QStringLiteral("crm.example.com"));
    CHECK(a->port == kDefaultPort);
    CHECK(a->toString() == QStringLiteral("crm.example.com:7443"));
}

TEST_CASE("host:port is split at the colon")
{
    const auto a = ServerAddress::parse(QStringLiteral("  10.0.0.5:8443 "));
    REQUIRE(a);
    CHECK(a->host == QStringLiteral("10.0.0.5"));
    CHECK(a->port == 8443);
    CHECK(a->toString() == QStringLiteral("10.0.0.5:8443"));
}

TEST_CASE("an IPv6 address in brackets may carry a port")
{
    const auto withPort = ServerAddress::parse(QStringLiteral("[::1]:9000"));
    REQUIRE(withPort);
    CHECK(withPort->host == QStringLiteral("::1"));
    CHECK(withPort->port == 9000);
    CHECK(withPort->toString() == QStringLiteral("[::1]:9000"));

    const auto withoutPort = ServerAddress::parse(QStringLiteral("[fe80::1]"));
    REQUIRE(withoutPort);
    CHECK(withoutPort->host == QStringLiteral("fe80::1"));
    CHECK(withoutPort->port == kDefaultPort);
}

TEST_CASE("a bare IPv6 address gets the default port")
{
    const auto a = ServerAddress::parse(QStringLiteral("::1"));
    REQUIRE(a);
    CHECK(a->host == QStringLiteral("::1"));
    CHECK(a->port == kDefaultPort);
}

TEST_CASE("malformed addresses are refused")
{
    for (const char *text : {"", "   ", "host:", "host:0", "host:65536", "host:abc", ":7443", "[::1", "[::1]x",
                             "[::1]:", "[nothost]:80", "a b:80", "http://host", "user@host"}) {
        INFO(text);
        CHECK_FALSE(ServerAddress::parse(QString::fromUtf8(text)));
    }
}

TEST_CASE("the highest port is accepted")
{
    const auto a = ServerAddress::parse(QStringLiteral("h:65535"));
    REQUIRE(a);
    CHECK(a->port == 65535);
}

TEST_CASE("a fingerprint is the SHA-256 of the DER in colon-separated upper-case hex")
{
    // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad
    const QString fp = Connection::fingerprintOf(QByteArrayLiteral("abc"));
    CHECK(fp == QStringLiteral("BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:"
                               "B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD"));
    CHECK(fp.size() == 32 * 3 - 1);
}

TEST_CASE("the memory trust store keeps one pin per server")
{
    MemoryTrustStore store;
    CHECK(store.pinnedFingerprint(QStringLiteral("a:1")).isEmpty());
    store.pin(QStringLiteral("a:1"), QStringLiteral("AA"));
    store.pin(QStringLiteral("b:1"), QStringLiteral("BB"));
    CHECK(store.pinnedFingerprint(QStringLiteral("a:1")) == QStringLiteral("AA"));
    CHECK(store.pinnedFingerprint(QStringLiteral("b:1")) == QStringLiteral("BB"));
}

TEST_CASE("a request while disconnected fails locally, after request() returned")
{
    MemoryTrustStore trust;
    Connection connection(&trust);
    int calls = 0;
    cordial::protocol::Reply got;
    connection.request(QStringLiteral("ping"), {}, [&](const cordial::protocol::Reply &reply) {
        ++calls;
        got = reply;
    });
    CHECK(calls == 0);
    REQUIRE(spinUntil([&] { return calls > 0; }));
    QCoreApplication::processEvents();
    CHECK(calls == 1);
    CHECK_FALSE(got.ok);
    CHECK(got.error.code == ErrorCode::Internal);
}

TEST_CASE("connecting to a closed port reports a refused connection")
{
    // Find a port nobody listens on by binding and releasing it.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    MemoryTrustStore trust;
    Connection connection(&trust);
    QString failure;
    int queuedCalls = 0;
    QObject::connect(&connection, &Connection::connectionFailed, [&](const QString &m) { failure = m; });
    connection.connectToServer(ServerAddress{QStringLiteral("127.0.0.1"), port});
    CHECK(connection.state() == Connection::State::Connecting);
    // Requests made while connecting wait for the link and fail with it.
    connection.request(QStringLiteral("ping"), {}, [&](const cordial::protocol::Reply &r) {
        ++queuedCalls;
        CHECK_FALSE(r.ok);
    });
    REQUIRE(spinUntil([&] { return !failure.isEmpty(); }));
    CHECK(failure.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    CHECK(connection.state() == Connection::State::Disconnected);
    CHECK(queuedCalls == 1);
}

TEST_CASE("a server that accepts TCP but never speaks TLS times out or fails the handshake")
{
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    MemoryTrustStore trust;
    Connection connection(&trust);
    QString failure;
    QObject::connect(&connection, &Connection::connectionFailed, [&](const QString &m) { failure = m; });
    connection.connectToServer(ServerAddress{QStringLiteral("127.0.0.1"), silent.serverPort()});
    // Close the accepted socket at once: the handshake cannot complete.
    QObject::connect(&silent, &QTcpServer::newConnection, [&] {
        QTcpSocket *s = silent.nextPendingConnection();
        s->write("HTTP/1.0 400 Bad Request\r\n\r\n");
        s->disconnectFromHost();
    });
    REQUIRE(spinUntil([&] { return !failure.isEmpty(); }, 20000));
    CHECK(connection.state() == Connection::State::Disconnected);
}
