// manifest.json, the first thing read from a backup: what it holds and the size and
// SHA-256 of every other entry of the archive.
#pragma once

#include "db/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cordial::server::backup {

inline constexpr int kFormatVersion = 1;
inline const QString kManifestEntry = QStringLiteral("manifest.json");
// Data directory files sit under this prefix, by their path in the data directory.
inline const QString kFilesPrefix = QStringLiteral("files/");
// What of the data directory a backup holds: the settings and every file under
// these folders.
inline const QString kSettingsFile = QStringLiteral("cordiald.ini");
inline const QStringList kBackedUpFolders{QStringLiteral("tls"), QStringLiteral("attachments")};

struct ManifestEntry {
    QString entry; // path inside the archive
    qint64 size = 0;
    QString sha256; // lowercase hex
};

struct Manifest {
    qint64 createdAt = 0; // ms since the epoch
    QString cordialVersion;
    db::Backend kind = db::Backend::Sqlite;
    int schemaVersion = 0;
    qint64 auditLastId = 0;
    QString auditLastHash;
    ManifestEntry database; // database/cordial.db or database/cordial.pgdump
    QList<ManifestEntry> files;

    QByteArray toJson() const;
    // Parses and checks every field; `invalid` (field "manifest") says what is wrong.
    static protocol::Result<Manifest> fromJson(const QByteArray &json);
    // Every entry the archive must hold besides the manifest, the database first.
    QList<ManifestEntry> payload() const;
};

QString backendName(db::Backend backend); // "sqlite" or "postgresql"
// The archive entry of the database copy of that kind.
QString databaseEntry(db::Backend backend);
// A relative path of plain names: no "", ".", ".." or backslash, no leading slash.
bool isSafeEntryPath(const QString &path);
// Whether a data directory path (relative) is one a backup may hold.
bool isBackedUpPath(const QString &relative);

} // namespace cordial::server::backup
