// cordiald's settings: <data-dir>/cordiald.ini (QSettings INI), overridden by the command line.
#pragma once

#include <QString>

namespace cordial::server {

// Each remembered password costs one Argon2id verification per password change.
constexpr int kMaxPasswordHistory = 24;

struct ServerConfig {
    QString dataDir;
    QString listenHost = QStringLiteral("0.0.0.0");
    quint16 listenPort = 7443;
    QString databaseUrl; // empty: SQLite in the data directory

    quint32 maxFrameBytes = 16u * 1024u * 1024u;
    int workers = 4;
    int maxInFlightPerConnection = 32;
    int exportInlineBytes = 8 * 1024 * 1024; // larger exports are fetched with files.download
    int handshakeTimeoutSeconds = 30;
    int frameTimeoutSeconds = 120; // a frame begun must be complete within this
    int maxConnections = 1000; // lowered to fit the open-file limit (see Server)
    // How long a change waits for a long write (a large import) to end before it is
    // refused `busy` (db/WriteGate.h); it holds no worker meanwhile.
    int longWriteWaitSeconds = 30;

    int sessionIdleMinutes = 120;
    int sessionAbsoluteHours = 12;
    int minPasswordLength = 8;
    int passwordHistory = 5;    // a new password may equal none of the last N (0: not checked); at most kMaxPasswordHistory
    int passwordMaxAgeDays = 0; // a password older than this must be changed at login; 0: never

    int throttlePerLogin = 5;
    int throttlePerAddress = 10;
    int throttleWindowSeconds = 120;
    int throttleBlockSeconds = 300;

    QString certificatePath; // empty: <data-dir>/tls/server.crt, created on first start
    QString privateKeyPath;

    QString backupTime;                                  // daily, local "HH:MM" or "HH:MM:SS"; empty: off
    QString backupDirectory = QStringLiteral("backups"); // relative to the data directory unless absolute
    int backupKeep = 7;                                  // the newest N scheduled backups are kept

    QString iniPath() const;
    QString tlsDir() const;
    QString effectiveCertificatePath() const;
    QString effectivePrivateKeyPath() const;
    QString effectiveBackupDirectory() const;

    // Reads <dataDir>/cordiald.ini; writes it with the defaults when it does not exist.
    static ServerConfig load(const QString &dataDir);
};

} // namespace cordial::server
