// Test support: a real cordiald on a random loopback port with a fresh data
// directory, and blocking helpers that drive client::Connection from a test.
#pragma once

#include "net/Connection.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace cordial::test {

inline const QString kAdminLogin = QStringLiteral("admin");
inline const QString kAdminPassword = QStringLiteral("admin-pass-123");

// Starts `cordialctl init` + `cordiald` from the build's bin directory. When the
// environment variable CORDIAL_TEST_PG (a postgresql:// URL of a maintenance
// database) is set, each server gets a freshly created PostgreSQL database instead
// of SQLite.
class TestServer
{
public:
    TestServer();
    // The data directory is made inside `parentDir` (a test's own file system).
    explicit TestServer(const QString &parentDir);
    ~TestServer(); // stops the server with SIGTERM and waits

    // config: "section/key=value" lines written to cordiald.ini before start. A data
    // directory without tls/ is initialised with cordialctl init first.
    bool start(const QStringList &config = {});
    // On PostgreSQL, creates the server's empty database (start() does it otherwise);
    // for a restore into this server before its start.
    bool prepareDatabase();
    void stop();
    void kill(); // SIGKILL: no shutdown, as in a crash
    bool isRunning() const;

    client::ServerAddress address() const { return m_address; }
    QString dataDir() const { return m_dir.path(); }
    QString databaseUrl() const { return m_databaseUrl; } // empty for SQLite
    bool usesPostgres() const { return !m_databaseUrl.isEmpty(); }
    QString serverLog() const;

    // Runs cordialctl --data-dir <dir> [--database URL] args...; returns stdout.
    QString ctl(const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr,
                QString *stdErr = nullptr) const;

    static QString binary(const QString &name);
    static QString backendName(); // "sqlite" or "postgresql", for test names

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    client::ServerAddress m_address;
    QString m_databaseUrl;
};

// Sends a request and spins an event loop until its reply (or the timeout) comes.
protocol::Reply call(client::Connection &connection, const QString &op, const QCborMap &args = {},
                     int timeoutMs = 15000);

// A connection that has completed TLS (accepting the certificate) and hello, with a
// new computer key of its own.
std::unique_ptr<client::Connection> connectTo(const TestServer &server);
// connectTo + auth.login; nullptr when the login fails.
std::unique_ptr<client::Connection> loginTo(const TestServer &server, const QString &user,
                                            const QString &password);

// Spins the event loop until pred() holds or the timeout passes.
bool waitFor(const std::function<bool()> &pred, int timeoutMs = 15000);

} // namespace cordial::test
