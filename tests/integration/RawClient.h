// A bare TLS client that sends arbitrary bytes, for protocol-abuse tests.
#pragma once

#include "protocol/Envelope.h"
#include "protocol/Frame.h"

#include <QSslSocket>
#include <optional>

namespace cordial::test {

class RawClient
{
public:
    explicit RawClient(const QString &host, quint16 port, QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater);
    bool encrypted() const { return m_encrypted; }
    bool isOpen() const;

    // Writes and waits until the bytes have left (or the connection is gone).
    void sendBytes(const QByteArray &bytes);
    void sendRequest(quint64 id, const QString &op, const QCborMap &args = {});
    // hello, and hello + auth.login; true when the server answered ok.
    bool greet();
    bool login(const QString &user, const QString &password);
    // The next frame from the server, decoded; nullopt on timeout or when the server closed.
    std::optional<protocol::ServerMessage> next(int timeoutMs = 10000);
    std::optional<protocol::Reply> nextReply(int timeoutMs = 10000);
    // Waits until the server closes the connection.
    bool waitClosed(int timeoutMs = 10000);

private:
    QSslSocket m_socket;
    protocol::FrameDecoder m_decoder{64u * 1024u * 1024u};
    bool m_encrypted = false;
};

} // namespace cordial::test
