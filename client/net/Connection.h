// The client's one connection to cordiald: TLS with certificate pinning, hello,
// requests with callbacks, push events, and automatic reconnect + auth.resume.
// All of it runs on the thread that owns the object (the GUI thread in the client);
// nothing here ever blocks.
#pragma once

#include "net/MachineKey.h"
#include "protocol/Envelope.h"
#include "protocol/Frame.h"

#include <QCborMap>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QSslError;
class QSslSocket;
class QTimer;

namespace cordial::client {

struct ServerAddress {
    QString host;
    quint16 port = 0;

    // Accepts "host", "host:port", "[v6]:port"; the default port when none is given.
    static std::optional<ServerAddress> parse(const QString &text);
    QString toString() const;
    bool operator==(const ServerAddress &) const = default;
};

// Pinned server certificate fingerprints ("AB:CD:..." SHA-256), keyed by "host:port".
class TrustStore
{
public:
    virtual ~TrustStore() = default;
    virtual QString pinnedFingerprint(const QString &server) const = 0;
    virtual void pin(const QString &server, const QString &fingerprint) = 0;
};

// Kept in QSettings under "trust/<host:port>".
class SettingsTrustStore : public TrustStore
{
public:
    QString pinnedFingerprint(const QString &server) const override;
    void pin(const QString &server, const QString &fingerprint) override;
};

// For tests and one-off tools.
class MemoryTrustStore : public TrustStore
{
public:
    QString pinnedFingerprint(const QString &server) const override;
    void pin(const QString &server, const QString &fingerprint) override;

private:
    QHash<QString, QString> m_pins;
};

class Connection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,  // not connected and not trying
        Connecting,    // TCP + TLS in progress
        AwaitingTrust, // first contact: waiting for acceptCertificate()/rejectCertificate()
        Greeting,      // TLS up, hello sent
        Ready,         // hello answered; may log in
        Authenticated, // logged in (or resumed)
        Reconnecting,  // link lost while authenticated; retrying with back-off
    };
    Q_ENUM(State)

    using Callback = std::function<void(const protocol::Reply &)>;

    explicit Connection(TrustStore *trust, QObject *parent = nullptr);
    ~Connection() override;

    void setClientName(const QString &name);       // sent in hello
    void setMachineName(const QString &name);      // sent in auth.login / auth.resume
    // This computer's key: auth.login and auth.resume then prove the computer by
    // signing the connection's challenge (registered computers, docs/security.md).
    void setMachineKey(const std::optional<MachineKey> &key);
    void setPingInterval(int milliseconds);        // default 30000
    void setReconnectDelays(int firstMs, int maxMs); // default 1000 .. 30000, doubling

    // Starts TCP + TLS + pin check + hello. Emits ready() when hello succeeded,
    // trustRequired() on first contact, certificateMismatch() or connectionFailed() on failure.
    void connectToServer(const ServerAddress &address);
    void acceptCertificate(); // pins the presented fingerprint and continues
    void rejectCertificate(); // disconnects
    void disconnectFromServer();

    // Sends a request; cb runs exactly once on this object's thread with the reply.
    // Requests made while Reconnecting are queued and sent after the session is
    // resumed; requests in flight when the link drops fail with a local error whose
    // code is Internal and message says the connection was lost.
    // Returns the request id (usable with cancel()).
    quint64 request(const QString &op, const QCborMap &args, Callback cb);
    // Drops the callback of a pending request (its reply is ignored when it comes).
    void cancel(quint64 id);

    // auth.login; on success stores token and user and enters Authenticated.
    void login(const QString &user, const QString &password, Callback cb);
    // auth.resume with a stored token; on success enters Authenticated.
    void resume(const QString &token, Callback cb);
    // auth.logout, then forgets the token.
    void logout(Callback cb);

    State state() const { return m_state; }
    ServerAddress server() const { return m_address; }
    QString token() const { return m_token; }
    QCborMap user() const { return m_user; }
    QString presentedFingerprint() const { return m_presentedFingerprint; }
    QString machineName() const { return m_machineName; }
    const std::optional<MachineKey> &machineKey() const { return m_machineKey; }
    QByteArray challenge() const { return m_challenge; } // hello's, for this link

    static QString fingerprintOf(const QByteArray &derCertificate);

Q_SIGNALS:
    void stateChanged(cordial::client::Connection::State state);
    void ready();
    void trustRequired(const QString &server, const QString &fingerprint);
    void certificateMismatch(const QString &server, const QString &pinned, const QString &presented);
    void connectionFailed(const QString &message);
    void authenticated(const QCborMap &user);
    // The session could not be resumed (expired, disabled, password changed) or the
    // server ended it: the user must log in again.
    void sessionLost(const QString &reason);
    // A request was refused because the password must be changed first (it grew too
    // old during the session); reason as the server's details.reason ("age", "reset").
    void passwordChangeRequired(const QString &reason);
    void pushReceived(const QString &event, const QCborMap &data);

private:
    struct Pending {
        QString op;
        Callback cb;
    };
    struct Queued {
        quint64 id;
        QString op;
        QCborMap args;
    };
    // Why a connection attempt ended, for connectionFailed()'s sentence.
    enum class Failure { None, NotFound, Refused, Unreachable, TimedOut, Tls, Closed, Other };

    void setState(State state);
    void send(quint64 id, const QString &op, const QCborMap &args);
    // Sends now, bypassing the queue; for hello, resume and ping.
    quint64 sendNow(const QString &op, const QCborMap &args, Callback cb);
    void deliverLater(quint64 id, protocol::Reply reply);
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onLinkDown();
    void discardSocket(bool graceful);
    void failAllPending(const QString &message);
    void failQueue(protocol::ErrorCode code, const QString &message);
    void flushQueue();
    void scheduleReconnect();
    void startTls();
    void sendHello();
    void sendResume();
    void handleAuthReply(const protocol::Reply &reply);
    // auth.login / auth.resume args: machine_key and machine_signature over this
    // link's challenge, the op and its subject, when there is a key and a challenge
    // and the args bring no proof of their own.
    void addMachineProof(QCborMap &args, const QString &op, const QString &subject) const;
    void forgetSession();
    QString failureMessage() const;

    TrustStore *m_trust;
    QPointer<QSslSocket> m_socket;
    QTimer *m_pingTimer;
    QTimer *m_reconnectTimer;
    QTimer *m_connectTimer;
    ServerAddress m_address;
    State m_state = State::Disconnected;
    QString m_clientName;
    QString m_machineName;
    std::optional<MachineKey> m_machineKey;
    QByteArray m_challenge;
    QString m_token;
    QCborMap m_user;
    QString m_presentedFingerprint;
    quint64 m_nextId = 1;
    // Bumped whenever a socket is discarded, so replies and callbacks of an old link
    // are recognised and dropped.
    quint64 m_generation = 0;
    QHash<quint64, Pending> m_pending;
    QList<Queued> m_queued;
    std::optional<protocol::FrameDecoder> m_decoder;
    Failure m_failure = Failure::None;
    QString m_socketError;
    int m_reconnectDelay = 1000;
    int m_reconnectFirst = 1000;
    int m_reconnectMax = 30000;
    // True from a lost authenticated link until the session is resumed or given up.
    bool m_wantReconnect = false;
};

} // namespace cordial::client
