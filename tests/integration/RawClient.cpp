#include "RawClient.h"

#include "TestServer.h"

#include <QElapsedTimer>
#include <QSslConfiguration>

namespace cordial::test {

RawClient::RawClient(const QString &host, quint16 port, QSsl::SslProtocol protocol)
{
    QSslConfiguration config = m_socket.sslConfiguration();
    config.setProtocol(protocol);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket.setSslConfiguration(config);
    m_socket.connectToHostEncrypted(host, port);
    m_encrypted = m_socket.waitForEncrypted(10000);
}

bool RawClient::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawClient::sendBytes(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
    QElapsedTimer timer;
    timer.start();
    while (m_socket.bytesToWrite() > 0 && m_socket.state() == QAbstractSocket::ConnectedState
           && timer.elapsed() < 60000)
        m_socket.waitForBytesWritten(1000);
}

bool RawClient::greet()
{
    sendRequest(1, QStringLiteral("hello"),
                {{QStringLiteral("protocol"), 1}, {QStringLiteral("client"), QStringLiteral("raw-test")}});
    const auto reply = nextReply();
    return reply && reply->ok;
}

bool RawClient::login(const QString &user, const QString &password)
{
    if (!greet())
        return false;
    sendRequest(2, QStringLiteral("auth.login"),
                {{QStringLiteral("user"), user}, {QStringLiteral("password"), password},
                 {QStringLiteral("machine"), QStringLiteral("raw-test")}});
    const auto reply = nextReply();
    return reply && reply->ok;
}

void RawClient::sendRequest(quint64 id, const QString &op, const QCborMap &args)
{
    sendBytes(protocol::encodeFrame(protocol::encodeRequest({id, op, args})));
}

std::optional<protocol::ServerMessage> RawClient::next(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_decoder.hasFrame()) {
        if (timer.elapsed() > timeoutMs)
            return std::nullopt;
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed())))) {
            if (m_socket.bytesAvailable() == 0 && m_socket.state() != QAbstractSocket::ConnectedState)
                return std::nullopt;
            continue;
        }
        m_decoder.feed(m_socket.readAll());
    }
    auto message = protocol::decodeServerMessage(m_decoder.takeFrame());
    if (!message)
        return std::nullopt;
    return message.value();
}

std::optional<protocol::Reply> RawClient::nextReply(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        auto message = next(int(timeoutMs - timer.elapsed()));
        if (!message)
            return std::nullopt;
        if (message->reply)
            return message->reply;
    }
    return std::nullopt;
}

bool RawClient::waitClosed(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (timer.elapsed() > timeoutMs)
            return false;
        m_socket.waitForDisconnected(100);
        m_socket.readAll();
    }
    return true;
}

} // namespace cordial::test
