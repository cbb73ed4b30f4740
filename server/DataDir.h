// Opening a data directory: config, database URL, schema, TLS material. Shared by
// cordiald and cordialctl.
#pragma once

#include "Config.h"
#include "db/Database.h"

#include <QSslConfiguration>

namespace cordial::server {

// Creates the directory (mode 0700) if needed.
protocol::Status ensureDataDir(const QString &dataDir);
// The database named on the command line, else in the config, else SQLite in the data dir.
protocol::Result<db::DatabaseUrl> databaseUrl(const ServerConfig &config, const QString &override);
// Opens a connection and applies pending migrations.
protocol::Result<QSqlDatabase> openAndMigrate(const db::DatabaseUrl &url, const QString &connectionName);
// Creates the self-signed certificate on first use unless the config names one; returns the certificate path.
protocol::Result<QString> ensureCertificate(const ServerConfig &config);
// The server side TLS settings: the certificate and key, TLS 1.2 at least.
protocol::Result<QSslConfiguration> serverTlsConfiguration(const ServerConfig &config);

} // namespace cordial::server
