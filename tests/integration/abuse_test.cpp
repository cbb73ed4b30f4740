// Protocol abuse against a real cordiald: hostile lengths, fragmentation, stalled and
// half-open connections, old TLS, bytes that are not CBOR, deep nesting, huge
// values. Each is refused cleanly while a second, logged-in client (the Bystander)
// keeps getting its answers in about its usual time.
#include "Bystander.h"
#include "Fixtures.h"
#include "RawClient.h"

#include "protocol/Protocol.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtEndian>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

QByteArray header(quint32 length)
{
    QByteArray h(4, '\0');
    qToBigEndian(length, h.data());
    return h;
}

// The head of a CBOR data item: major type and argument, shortest form.
QByteArray cborHead(int major, quint64 value)
{
    const char m = char(major << 5);
    QByteArray out;
    if (value < 24) {
        out += char(m | char(value));
    } else if (value <= 0xFF) {
        out += char(m | 24);
        out += char(value);
    } else if (value <= 0xFFFF) {
        out += char(m | 25);
        out += QByteArray(2, '\0');
        qToBigEndian(quint16(value), out.data() + 1);
    } else if (value <= 0xFFFFFFFFu) {
        out += char(m | 26);
        out += QByteArray(4, '\0');
        qToBigEndian(quint32(value), out.data() + 1);
    } else {
        out += char(m | 27);
        out += QByteArray(8, '\0');
        qToBigEndian(value, out.data() + 1);
    }
    return out;
}

QByteArray cborText(const QByteArray &utf8)
{
    return cborHead(3, quint64(utf8.size())) + utf8;
}

// {"id": 9, "op": op, "args": <argsCbor>} written byte by byte, so that arguments the
// encoder could not or would not produce (absurd nesting, millions of items) can be sent.
QByteArray requestWithRawArgs(const QByteArray &op, const QByteArray &argsCbor)
{
    return cborHead(5, 3) + cborText("id") + cborHead(0, 9) + cborText("op") + cborText(op) + cborText("args")
           + argsCbor;
}

QByteArray requestFrame(quint64 id, const QString &op, const QCborMap &args)
{
    return protocol::encodeFrame(protocol::encodeRequest({id, op, args}));
}

enum class Stage { Connected, Greeted, LoggedIn };

const char *stageName(Stage stage)
{
    switch (stage) {
    case Stage::Connected:
        return "before hello";
    case Stage::Greeted:
        return "after hello";
    case Stage::LoggedIn:
        return "after login";
    }
    return "";
}

std::unique_ptr<RawClient> rawAt(const TestServer &server, Stage stage)
{
    auto client = std::make_unique<RawClient>(server.address().host, server.address().port);
    REQUIRE(client->encrypted());
    if (stage == Stage::Greeted)
        REQUIRE(client->greet());
    if (stage == Stage::LoggedIn)
        REQUIRE(client->login(kAdminLogin, kAdminPassword));
    return client;
}

// Sends the bytes and expects one error reply with this code, then the close. The
// reply's id is 0, or 9 (the id requestWithRawArgs writes) when the server could read it.
void expectViolation(const TestServer &server, Stage stage, const QByteArray &bytes, ErrorCode code)
{
    INFO(stageName(stage));
    auto client = rawAt(server, stage);
    client->sendBytes(bytes);
    const auto reply = client->nextReply(30000);
    REQUIRE(reply);
    CHECK((reply->id == 0 || reply->id == 9));
    CHECK_FALSE(reply->ok);
    CHECK(reply->error.code == code);
    CHECK(client->waitClosed());
}

// What a payload sent before login gets: too_large above the limit for frames
// before login, else `otherwise`.
ErrorCode beforeLogin(const QByteArray &payload, ErrorCode otherwise)
{
    return quint32(payload.size()) > protocol::kMaxFrameBytesBeforeLogin ? ErrorCode::TooLarge : otherwise;
}

// A plain TCP connection to the server that never speaks TLS properly.
class TcpSocket
{
public:
    explicit TcpSocket(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    }
    ~TcpSocket() { ::close(m_fd); }
    TcpSocket(const TcpSocket &) = delete;
    TcpSocket &operator=(const TcpSocket &) = delete;

    bool waitConnected(int timeoutMs)
    {
        pollfd p{m_fd, POLLOUT, 0};
        if (::poll(&p, 1, timeoutMs) != 1)
            return false;
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
        return error == 0;
    }
    bool send(const QByteArray &bytes) { return ::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size(); }
    // True once the server has closed its end (end of stream or reset); drains what it sent.
    bool closedByPeer()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n == 0)
                return true;
            if (n < 0)
                return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
        }
    }

private:
    int m_fd = -1;
};

} // namespace

TEST_CASE("frame lengths of zero, over the limit and 0xFFFFFFFF are refused while another client keeps working")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("server/max_frame_bytes=65536")});
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    for (int round = 0; round < 3; ++round) {
        for (Stage stage : {Stage::Connected, Stage::Greeted, Stage::LoggedIn}) {
            expectViolation(server, stage, header(0), ErrorCode::BadRequest);
            for (quint32 length : {65537u, 0x7FFFFFFFu, 0xFFFFFFFFu}) {
                INFO(length);
                expectViolation(server, stage, header(length), ErrorCode::TooLarge);
            }
        }
        // The whole of an oversized frame: the refusal still reaches the client, although
        // the server closes while the rest of the frame is on its way.
        expectViolation(server, Stage::LoggedIn, header(200000) + QByteArray(200000, '\xa0'), ErrorCode::TooLarge);
        // A good frame followed by a bad header in the same write: the good one is answered first.
        auto client = rawAt(server, Stage::LoggedIn);
        client->sendBytes(requestFrame(5, QStringLiteral("ping"), {}) + header(0xFFFFFFFFu));
        auto first = client->nextReply();
        REQUIRE(first);
        CHECK(first->id == 5);
        CHECK(first->ok);
        auto second = client->nextReply();
        REQUIRE(second);
        CHECK(second->error.code == ErrorCode::TooLarge);
        CHECK(client->waitClosed());
    }
    checkUnharmed(bystander, bystander.stopWatching());
}

TEST_CASE("before login, frames over 64 KiB are refused while another client keeps working")
{
    TestServer server;
    startOrFail(server);
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    const quint32 limit = protocol::kMaxFrameBytesBeforeLogin;
    auto hello = [](int clientBytes) {
        return requestFrame(1, QStringLiteral("hello"),
                            {{QStringLiteral("protocol"), 1}, {QStringLiteral("client"), QString(clientBytes, u'x')}});
    };
    for (Stage stage : {Stage::Connected, Stage::Greeted}) {
        INFO(stageName(stage));
        expectViolation(server, stage, header(limit + 1), ErrorCode::TooLarge);
        expectViolation(server, stage, hello(1 << 20), ErrorCode::TooLarge);
    }
    // Just under the limit passes the framing: the request reaches hello, which answers
    // for its own argument (a client name is at most 200 characters), and the
    // connection goes on.
    {
        RawClient client(server.address().host, server.address().port);
        REQUIRE(client.encrypted());
        const QByteArray frame = hello(int(limit) - 100);
        REQUIRE(quint32(frame.size()) <= limit + 4);
        client.sendBytes(frame);
        const auto reply = client.nextReply();
        REQUIRE(reply);
        CHECK(reply->id == 1);
        CHECK(reply->error.code == ErrorCode::Invalid);
        CHECK(reply->error.field == QStringLiteral("client"));
        CHECK(reply->error.message.size() < 200);
        client.sendBytes(hello(20));
        const auto again = client.nextReply();
        REQUIRE(again);
        CHECK(again->ok);
    }
    // Logged in, the configured limit (16 MiB) applies; logged out, the small one again.
    auto client = rawAt(server, Stage::LoggedIn);
    client->sendRequest(3, QStringLiteral("customers.search"), {{QStringLiteral("query"), QString(1 << 20, u'q')}});
    const auto reply = client->nextReply();
    REQUIRE(reply);
    CHECK(reply->id == 3);
    CHECK(reply->error.code != ErrorCode::TooLarge);
    client->sendRequest(4, QStringLiteral("auth.logout"));
    REQUIRE(client->nextReply());
    client->sendBytes(header(limit + 1));
    const auto refused = client->nextReply();
    REQUIRE(refused);
    CHECK(refused->error.code == ErrorCode::TooLarge);
    CHECK(client->waitClosed());
    checkUnharmed(bystander, bystander.stopWatching());
}

TEST_CASE("requests dribbled one byte at a time are answered while another client keeps working")
{
    TestServer server;
    startOrFail(server);
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    RawClient client(server.address().host, server.address().port);
    REQUIRE(client.encrypted());
    const QByteArray stream =
        requestFrame(1, QStringLiteral("hello"),
                     {{QStringLiteral("protocol"), 1}, {QStringLiteral("client"), QStringLiteral("dribble")}})
        + requestFrame(2, QStringLiteral("auth.login"),
                       {{QStringLiteral("user"), kAdminLogin}, {QStringLiteral("password"), kAdminPassword}});
    for (char byte : stream)
        client.sendBytes(QByteArray(1, byte));
    for (quint64 id : {1, 2}) {
        const auto reply = client.nextReply();
        REQUIRE(reply);
        CHECK(reply->id == id);
        CHECK(reply->ok);
    }
    const QByteArray create = requestFrame(3, QStringLiteral("customers.create"),
                                           {{QStringLiteral("name"), QStringLiteral("逐字节客户有限公司")}});
    for (char byte : create)
        client.sendBytes(QByteArray(1, byte));
    const auto created = client.nextReply();
    REQUIRE(created);
    INFO(Catch::StringMaker<protocol::Reply>::convert(*created));
    REQUIRE(created->ok);
    client.sendRequest(4, QStringLiteral("customers.get"),
                       {{QStringLiteral("id"), created->result.toMap().value(QStringLiteral("id"))}});
    const auto fetched = client.nextReply();
    REQUIRE(fetched);
    CHECK(fetched->result.toMap().value(QStringLiteral("name")).toString() == QStringLiteral("逐字节客户有限公司"));
    checkUnharmed(bystander, bystander.stopWatching());
}

TEST_CASE("clients that send half a frame and stall before logging in are closed at the handshake timeout")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("server/handshake_timeout_seconds=2")});
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    const QByteArray hello = requestFrame(
        1, QStringLiteral("hello"), {{QStringLiteral("protocol"), 1}, {QStringLiteral("client"), QStringLiteral("slow")}});
    std::vector<std::unique_ptr<RawClient>> stalled;
    for (int i = 0; i < 40; ++i) {
        stalled.push_back(std::make_unique<RawClient>(server.address().host, server.address().port));
        REQUIRE(stalled.back()->encrypted());
        // Half a hello, or a header alone, or a greeting and half a login.
        if (i % 3 == 0)
            stalled.back()->sendBytes(hello.left(hello.size() / 2));
        else if (i % 3 == 1)
            stalled.back()->sendBytes(hello.left(3));
        else {
            REQUIRE(stalled.back()->greet());
            stalled.back()->sendBytes(header(200) + QByteArray(100, '\xa3'));
        }
    }
    QElapsedTimer timer;
    timer.start();
    for (auto &client : stalled)
        CHECK(client->waitClosed(15000));
    CHECK(timer.elapsed() < 15000);
    checkUnharmed(bystander, bystander.stopWatching());
}

TEST_CASE("a logged-in client that stalls or trickles inside a frame is closed at the frame timeout")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("server/frame_timeout_seconds=2")});
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    const QByteArray frame = requestFrame(5, QStringLiteral("customers.search"),
                                          {{QStringLiteral("query"), QString(100, u'x')}});
    auto checkTimedOut = [](const std::optional<protocol::Reply> &reply) {
        REQUIRE(reply);
        CHECK(reply->id == 0);
        CHECK(reply->error.code == ErrorCode::BadRequest);
        CHECK(reply->error.message.contains(QStringLiteral("2 s")));
    };
    // Half a frame, then nothing.
    auto stalled = rawAt(server, Stage::LoggedIn);
    QElapsedTimer timer;
    timer.start();
    stalled->sendBytes(frame.left(frame.size() / 2));
    checkTimedOut(stalled->nextReply(15000));
    CHECK(timer.elapsed() >= 1500);
    CHECK(stalled->waitClosed());
    // A byte every 200 ms keeps data coming but would take 20 s for the frame.
    auto trickler = rawAt(server, Stage::LoggedIn);
    timer.restart();
    std::optional<protocol::Reply> refusal;
    for (qsizetype i = 0; i < frame.size() - 1 && !refusal && timer.elapsed() < 15000; ++i) {
        trickler->sendBytes(frame.mid(i, 1));
        refusal = trickler->nextReply(200);
    }
    CHECK(timer.elapsed() < 10000);
    checkTimedOut(refusal);
    CHECK(trickler->waitClosed());
    // Idle between whole frames is fine, however long.
    auto idle = rawAt(server, Stage::LoggedIn);
    QThread::msleep(3000);
    idle->sendBytes(frame);
    const auto answered = idle->nextReply();
    REQUIRE(answered);
    CHECK(answered->id == 5);
    CHECK(answered->ok);
    checkUnharmed(bystander, bystander.stopWatching());
}

TEST_CASE("500 connections that never finish the TLS handshake are closed at the handshake timeout")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("server/handshake_timeout_seconds=3")});
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    // All at once, as a flood would come. Half of them say nothing; the others start
    // a TLS record (a ClientHello of 512 bytes) and stop after a few of its bytes.
    const QByteArray partialHello = QByteArray::fromHex("1603010200") + QByteArray::fromHex("010001fc0303");
    std::vector<std::unique_ptr<TcpSocket>> sockets;
    for (int i = 0; i < 500; ++i)
        sockets.push_back(std::make_unique<TcpSocket>(server.address().port));
    int connected = 0;
    for (int i = 0; i < 500; ++i) {
        if (!sockets[size_t(i)]->waitConnected(10000))
            continue;
        ++connected;
        if (i % 2)
            sockets[size_t(i)]->send(partialHello);
    }
    CHECK(connected == 500);
    // A new client gets in and logs in while they hang.
    auto newcomer = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(newcomer);
    CHECK(call(*newcomer, QStringLiteral("auth.whoami")).ok);
    checkUnharmed(bystander, bystander.stopWatching());

    QElapsedTimer timer;
    timer.start();
    int closed = 0;
    while (timer.elapsed() < 20000) {
        closed = 0;
        for (auto &socket : sockets)
            closed += socket->closedByPeer() ? 1 : 0;
        if (closed == 500)
            break;
        QThread::msleep(100);
    }
    CHECK(closed == 500);
    CHECK(server.isRunning());
    CHECK(call(*newcomer, QStringLiteral("auth.whoami")).ok);
}

TEST_CASE("a connection flood as large as the open-file limit leaves the server accepting once it passes")
{
    TestServer server;
    // cordiald inherits a small open-file limit (160, which leaves room for 96
    // connections), so that two hundred connections would exhaust it.
    rlimit saved{};
    REQUIRE(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
    rlimit small = saved;
    small.rlim_cur = 160;
    REQUIRE(::setrlimit(RLIMIT_NOFILE, &small) == 0);
    const bool started = server.start();
    ::setrlimit(RLIMIT_NOFILE, &saved);
    REQUIRE(started);
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    {
        std::vector<std::unique_ptr<TcpSocket>> sockets;
        for (int i = 0; i < 200; ++i)
            sockets.push_back(std::make_unique<TcpSocket>(server.address().port));
        for (auto &socket : sockets)
            CHECK(socket->waitConnected(10000));
        QThread::msleep(500);
    }
    // They are gone; a new client gets in at once, not after the handshake timeout.
    QElapsedTimer timer;
    timer.start();
    auto newcomer = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(newcomer);
    CHECK(timer.elapsed() < 10000);
    CHECK(call(*newcomer, QStringLiteral("auth.whoami")).ok);
    checkUnharmed(bystander, bystander.stopWatching());
    const QString log = server.serverLog();
    INFO(log.toStdString());
    CHECK(log.contains(QStringLiteral("at most 96 connections")));
    CHECK(log.contains(QStringLiteral("connection limit of 96 reached")));
    CHECK_FALSE(log.contains(QStringLiteral("cannot accept connections")));
}

TEST_CASE("TLS 1.1 is refused in the handshake while TLS 1.2 and another client keep working")
{
    TestServer server;
    startOrFail(server);
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    auto handshake = [&](const QString &version) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("s_client"), QStringLiteral("-connect"),
                 QStringLiteral("%1:%2").arg(server.address().host).arg(server.address().port), version,
                 QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAll());
    };
    // openssl echoes the version it asked for even when the handshake failed; the
    // refusal shows as the "protocol version" alert, no cipher and no certificate.
    for (int i = 0; i < 6; ++i) {
        const QString old = handshake(QStringLiteral("-tls1_1"));
        INFO(old.toStdString());
        CHECK(old.contains(QStringLiteral("alert protocol version")));
        CHECK(old.contains(QStringLiteral("Cipher is (NONE)")));
        CHECK_FALSE(old.contains(QStringLiteral("BEGIN CERTIFICATE")));
    }
    const QString modern = handshake(QStringLiteral("-tls1_2"));
    CHECK(modern.contains(QStringLiteral("Protocol  : TLSv1.2")));
    CHECK(modern.contains(QStringLiteral("BEGIN CERTIFICATE")));
    checkUnharmed(bystander, bystander.stopWatching());
}

TEST_CASE("payloads that are not CBOR are refused while another client keeps working")
{
    TestServer server;
    startOrFail(server);
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    const QByteArray valid = protocol::encodeRequest({1, QStringLiteral("ping"), {}});
    QList<QPair<QString, QByteArray>> cases{
        {QStringLiteral("a request cut in half"), valid.left(valid.size() / 2)},
        {QStringLiteral("a lone break byte"), QByteArray(1, '\xff')},
        {QStringLiteral("reserved additional information"), QByteArray(1, '\x1c')},
        {QStringLiteral("an array that claims 2^32 items"), QByteArray::fromHex("9bffffffffffffffff00")},
        {QStringLiteral("a map that claims 2^32 entries"), QByteArray::fromHex("baffffffff6161")},
        {QStringLiteral("a text that claims 4 GiB"), QByteArray::fromHex("7affffffff61")},
        {QStringLiteral("bytes that claim 2^63"), QByteArray::fromHex("5b7fffffffffffffff61")},
        {QStringLiteral("an indefinite map never closed"), QByteArray::fromHex("bf626964") + QByteArray(1000, '\x01')},
        {QStringLiteral("text that is not UTF-8"),
         requestWithRawArgs("ping", cborHead(5, 1) + cborText("k") + cborHead(3, 4) + QByteArray::fromHex("c328a0a1"))},
        {QStringLiteral("JSON"), QByteArrayLiteral(R"({"id": 1, "op": "ping", "args": {}})")},
    };
    QRandomGenerator random(5);
    for (int size : {1, 7, 100, 4096, 65536, 1 << 20}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        // A map head that promises more than the frame holds keeps it from being accidentally valid.
        bytes[0] = '\xbb';
        cases.append({QStringLiteral("%1 random bytes").arg(size), bytes});
    }
    for (const auto &[name, payload] : cases) {
        INFO(name.toStdString());
        expectViolation(server, Stage::Greeted, protocol::encodeFrame(payload),
                        beforeLogin(payload, ErrorCode::BadRequest));
        expectViolation(server, Stage::LoggedIn, protocol::encodeFrame(payload), ErrorCode::BadRequest);
    }
    checkUnharmed(bystander, bystander.stopWatching());
}

TEST_CASE("strings of 15 MiB in a request are refused while another client keeps working")
{
    TestServer server;
    startOrFail(server);
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    const QString huge(15 * 1024 * 1024, u'x');
    auto client = rawAt(server, Stage::LoggedIn);
    quint64 id = 10;
    auto send = [&](const QString &op, const QCborMap &args) {
        client->sendRequest(++id, op, args);
        auto reply = client->nextReply(60000);
        REQUIRE(reply);
        CHECK(reply->id == id);
        CHECK(reply->error.message.size() < 1000);
        return *reply;
    };
    for (const auto &[op, key] : {std::pair{"customers.create", "name"}, std::pair{"customers.search", "query"},
                                  std::pair{"users.list", "query"}, std::pair{"auth.login", "user"},
                                  std::pair{"departments.create", "name"}, std::pair{"audit.list", "op"}}) {
        INFO(op << " " << key);
        const auto reply = send(QString::fromLatin1(op), {{QString::fromLatin1(key), huge}});
        CHECK(reply.error.code == ErrorCode::Invalid);
        CHECK(reply.error.field == QString::fromLatin1(key));
    }
    // A 15 MiB op name, named back in a few characters.
    auto unknown = send(huge, {});
    CHECK(unknown.error.code == ErrorCode::BadRequest);
    // A 15 MiB argument name is an argument nobody asked for.
    CHECK(send(QStringLiteral("customers.list"), {{huge, 1}}).ok);
    // 15 MiB of bytes for an upload, whose chunks are 4 MiB at most.
    auto upload = send(QStringLiteral("files.upload"), {{QStringLiteral("data"), QByteArray(15 * 1024 * 1024, 'b')}});
    CHECK(upload.error.code == ErrorCode::TooLarge);
    CHECK(upload.error.field == QStringLiteral("data"));
    CHECK(send(QStringLiteral("ping"), {}).ok);
    checkUnharmed(bystander, bystander.stopWatching());
}

TEST_CASE("deeply nested CBOR is refused while another client keeps working")
{
    TestServer server;
    startOrFail(server);
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    auto nestedArrays = [](int depth) { return QByteArray(depth, '\x81') + QByteArray(1, '\0'); };
    auto nestedMaps = [](int depth) {
        QByteArray out;
        for (int i = 0; i < depth; ++i)
            out += cborHead(5, 1) + cborText("k");
        return out + QByteArray(1, '\xa0');
    };
    const QList<QPair<QString, QByteArray>> cases{
        {QStringLiteral("args nested 33 maps deep"), requestWithRawArgs("ping", nestedMaps(32))},
        {QStringLiteral("args nested 1000 maps deep"), requestWithRawArgs("ping", nestedMaps(1000))},
        {QStringLiteral("args nested 100000 maps deep"), requestWithRawArgs("ping", nestedMaps(100000))},
        {QStringLiteral("an argument nested 40 arrays deep"),
         requestWithRawArgs("customers.search", cborHead(5, 1) + cborText("query") + nestedArrays(40))},
        {QStringLiteral("1025 arrays"), nestedArrays(1025)},
        {QStringLiteral("a million arrays"), nestedArrays(1000000)},
        {QStringLiteral("a million indefinite arrays"), QByteArray(1000000, '\x9f')},
        {QStringLiteral("a million tags"),
         requestWithRawArgs("ping", cborHead(5, 1) + cborText("k") + QByteArray(1000000, '\xc6') + QByteArray(1, '\0'))},
    };
    for (const auto &[name, payload] : cases) {
        INFO(name.toStdString());
        expectViolation(server, Stage::Greeted, protocol::encodeFrame(payload),
                        beforeLogin(payload, ErrorCode::BadRequest));
        expectViolation(server, Stage::LoggedIn, protocol::encodeFrame(payload), ErrorCode::BadRequest);
    }
    checkUnharmed(bystander, bystander.stopWatching());
}
TEST_CASE("a request of millions of tiny CBOR items is refused without stalling other clients")
{
    TestServer server;
    startOrFail(server);
    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    // Sixteen million zeros in one array fit in a 16 MiB frame; decoded they would
    // take a quarter of a gigabyte and seconds of the I/O thread.
    const int items = int(protocol::kDefaultMaxFrameBytes) - 64;
    const QByteArray args = cborHead(5, 1) + cborText("ids") + cborHead(4, quint64(items)) + QByteArray(items, '\0');
    const QByteArray frame = protocol::encodeFrame(requestWithRawArgs("customers.delete", args));
    REQUIRE(frame.size() <= int(protocol::kDefaultMaxFrameBytes) + 4);
    for (int round = 0; round < 3; ++round)
        expectViolation(server, Stage::LoggedIn, frame, ErrorCode::TooLarge);
    // Split into indefinite-length text of one-byte chunks, the same again.
    QByteArray chunks = cborHead(5, 1) + cborText("query") + QByteArray(1, '\x7f');
    while (chunks.size() < items)
        chunks += QByteArray::fromHex("6161");
    chunks += '\xff';
    expectViolation(server, Stage::LoggedIn, protocol::encodeFrame(requestWithRawArgs("customers.search", chunks)),
                    ErrorCode::TooLarge);
    checkUnharmed(bystander, bystander.stopWatching());
}
