#include "DataDir.h"

#include "auth/AccessRegistry.h"
#include "db/DeferredIndexes.h"
#include "db/Migrations.h"
#include "tls/Certificate.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QSslCertificate>
#include <QSslKey>

namespace cordial::server {

using protocol::ErrorCode;
using protocol::makeError;

protocol::Status ensureDataDir(const QString &dataDir)
{
    QDir dir(dataDir);
    if (!dir.exists() && !QDir().mkpath(dataDir))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot create the data directory %1").arg(dataDir));
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return protocol::Ok{};
}

protocol::Result<db::DatabaseUrl> databaseUrl(const ServerConfig &config, const QString &override)
{
    return db::DatabaseUrl::parse(override.isEmpty() ? config.databaseUrl : override, config.dataDir);
}

protocol::Result<QSqlDatabase> openAndMigrate(const db::DatabaseUrl &url, const QString &connectionName)
{
    auto db = db::openConnection(url, connectionName);
    if (!db)
        return db.error();
    auto applied = db::migrate(*db, db::Dialect(url.backend));
    if (!applied)
        return applied.error();
    // Indexes a bulk load set aside and did not get to build again (it was killed).
    if (auto built = db::buildDeferredIndexes(*db, db::Dialect(url.backend)); !built)
        return built.error();
    if (auto s = auth::seedBuiltInRoles(*db); !s)
        return s.error();
    if (auto s = auth::reloadAccess(*db); !s)
        return s.error();
    return db;
}

protocol::Result<QString> ensureCertificate(const ServerConfig &config)
{
    if (!config.certificatePath.isEmpty())
        return config.effectiveCertificatePath();
    auto made = tls::ensureSelfSigned(config.tlsDir(), QHostInfo::localHostName());
    if (const QString *error = std::get_if<QString>(&made))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot create the TLS certificate: %1").arg(*error));
    return std::get<tls::Paths>(made).certificate;
}

protocol::Result<QSslConfiguration> serverTlsConfiguration(const ServerConfig &config)
{
    auto certificatePath = ensureCertificate(config);
    if (!certificatePath)
        return certificatePath.error();
    const auto chain = QSslCertificate::fromPath(*certificatePath, QSsl::Pem);
    if (chain.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot read the certificate %1").arg(*certificatePath));
    QFile keyFile(config.effectivePrivateKeyPath());
    if (!keyFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot read the private key %1").arg(keyFile.fileName()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot load the private key %1").arg(keyFile.fileName()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

} // namespace cordial::server
