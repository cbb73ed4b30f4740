#include "Config.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QThread>

namespace cordial::server {

QString ServerConfig::iniPath() const
{
    return QDir(dataDir).filePath(QStringLiteral("cordiald.ini"));
}

QString ServerConfig::tlsDir() const
{
    return QDir(dataDir).filePath(QStringLiteral("tls"));
}

static QString resolve(const QString &dataDir, const QString &path)
{
    return QFileInfo(path).isAbsolute() ? path : QDir(dataDir).filePath(path);
}

QString ServerConfig::effectiveCertificatePath() const
{
    return certificatePath.isEmpty() ? QDir(tlsDir()).filePath(QStringLiteral("server.crt"))
                                     : resolve(dataDir, certificatePath);
}

QString ServerConfig::effectivePrivateKeyPath() const
{
    return privateKeyPath.isEmpty() ? QDir(tlsDir()).filePath(QStringLiteral("server.key"))
                                    : resolve(dataDir, privateKeyPath);
}

QString ServerConfig::effectiveBackupDirectory() const
{
    return resolve(dataDir, backupDirectory);
}

ServerConfig ServerConfig::load(const QString &dataDir)
{
    ServerConfig c;
    c.dataDir = dataDir;
    c.workers = qBound(2, QThread::idealThreadCount(), 16);
    const bool existed = QFileInfo::exists(c.iniPath());
    QSettings s(c.iniPath(), QSettings::IniFormat);

    // Every key is read with the built-in default and written back when the file is
    // new, so an administrator sees every setting in one place.
    auto integer = [&](const QString &key, auto &field) {
        using T = std::remove_reference_t<decltype(field)>;
        field = T(s.value(key, qlonglong(field)).toLongLong());
        if (!existed)
            s.setValue(key, qlonglong(field));
    };
    auto text = [&](const QString &key, QString &field) {
        field = s.value(key, field).toString();
        if (!existed)
            s.setValue(key, field);
    };
    text(QStringLiteral("server/listen_host"), c.listenHost);
    integer(QStringLiteral("server/listen_port"), c.listenPort);
    text(QStringLiteral("server/database"), c.databaseUrl);
    integer(QStringLiteral("server/max_frame_bytes"), c.maxFrameBytes);
    integer(QStringLiteral("server/workers"), c.workers);
    integer(QStringLiteral("server/max_in_flight_per_connection"), c.maxInFlightPerConnection);
    integer(QStringLiteral("server/handshake_timeout_seconds"), c.handshakeTimeoutSeconds);
    integer(QStringLiteral("server/max_connections"), c.maxConnections);
    integer(QStringLiteral("server/frame_timeout_seconds"), c.frameTimeoutSeconds);
    integer(QStringLiteral("server/long_write_wait_seconds"), c.longWriteWaitSeconds);
    integer(QStringLiteral("export/inline_bytes"), c.exportInlineBytes);
    integer(QStringLiteral("sessions/idle_minutes"), c.sessionIdleMinutes);
    integer(QStringLiteral("sessions/absolute_hours"), c.sessionAbsoluteHours);
    integer(QStringLiteral("passwords/min_length"), c.minPasswordLength);
    integer(QStringLiteral("passwords/history"), c.passwordHistory);
    integer(QStringLiteral("passwords/max_age_days"), c.passwordMaxAgeDays);
    integer(QStringLiteral("throttle/failures_per_login"), c.throttlePerLogin);
    integer(QStringLiteral("throttle/failures_per_address"), c.throttlePerAddress);
    integer(QStringLiteral("throttle/window_seconds"), c.throttleWindowSeconds);
    integer(QStringLiteral("throttle/block_seconds"), c.throttleBlockSeconds);
    text(QStringLiteral("tls/certificate"), c.certificatePath);
    text(QStringLiteral("tls/private_key"), c.privateKeyPath);
    text(QStringLiteral("backup/time"), c.backupTime);
    text(QStringLiteral("backup/directory"), c.backupDirectory);
    integer(QStringLiteral("backup/keep"), c.backupKeep);
    c.workers = qBound(1, c.workers, 64);
    c.backupKeep = qMax(1, c.backupKeep);
    c.maxFrameBytes = qBound<quint32>(1024u, c.maxFrameBytes, 1024u * 1024u * 1024u);
    c.maxConnections = qMax(1, c.maxConnections);
    c.frameTimeoutSeconds = qMax(1, c.frameTimeoutSeconds);
    c.longWriteWaitSeconds = qBound(0, c.longWriteWaitSeconds, 3600);
    c.passwordHistory = qBound(0, c.passwordHistory, kMaxPasswordHistory);
    c.passwordMaxAgeDays = qMax(0, c.passwordMaxAgeDays);
    return c;
}

} // namespace cordial::server
