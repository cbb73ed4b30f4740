// Files that travel in chunks: uploads (import files, owned by the user who sent
// them) under <data dir>/uploads and large exports under <data dir>/downloads, each
// as <random id> with a <random id>.meta JSON beside it. Files older than 24 hours
// are removed at server start and whenever a new upload or download is created.
#pragma once

#include "protocol/ErrorCode.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace cordial::server::customers::transfers {

inline constexpr qint64 kMaxChunkBytes = 4 * 1024 * 1024;
inline constexpr qint64 kMaxUploadBytes = 200 * 1024 * 1024;
inline constexpr qint64 kMaxAgeMs = 24 * 3600 * 1000LL;

void removeStale(const QString &dataDir);

struct FileInfo {
    QString id;
    qint64 userId = 0;
    QString name;
    qint64 size = 0;
    bool done = false;
    QString path; // the data file
};

// Appends one chunk; a new upload when `id` is empty. `invalid`/`not_found` field
// upload_id, `too_large` past kMaxUploadBytes, `conflict` after done.
protocol::Result<FileInfo> appendUpload(const QString &dataDir, qint64 userId, const QString &id,
                                        const QByteArray &data, bool done, const QString &name);
// A finished upload of the user; `not_found` / `invalid` field upload_id otherwise.
protocol::Result<FileInfo> findUpload(const QString &dataDir, qint64 userId, const QString &id);

protocol::Result<FileInfo> storeDownload(const QString &dataDir, qint64 userId, const QString &name,
                                         const QByteArray &data);
protocol::Result<FileInfo> findDownload(const QString &dataDir, qint64 userId, const QString &id);
// Removes a stored download and its meta data.
void removeDownload(const FileInfo &info);

} // namespace cordial::server::customers::transfers
