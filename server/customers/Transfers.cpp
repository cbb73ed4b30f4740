#include "customers/Transfers.h"

#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace cordial::server::customers::transfers {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

QMutex &lock()
{
    static QMutex m;
    return m;
}

QString folder(const QString &dataDir, const char *kind)
{
    return QDir(dataDir).filePath(QLatin1String(kind));
}

QString newId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString id;
    for (quint32 w : words)
        id += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    return id;
}

bool wellFormed(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(id).hasMatch();
}

void removeStaleIn(const QString &dir)
{
    const qint64 now = db::nowMs();
    const QDir d(dir);
    for (const QString &meta : d.entryList({QStringLiteral("*.meta")}, QDir::Files)) {
        QFile f(d.filePath(meta));
        qint64 created = 0;
        if (f.open(QIODevice::ReadOnly))
            created = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("created")).toInteger();
        f.close();
        if (now - created > kMaxAgeMs) {
            QFile::remove(d.filePath(meta.chopped(5)));
            QFile::remove(d.filePath(meta));
        }
    }
}

// Replaced whole or not at all (QSaveFile), so a failed update keeps the old one.
bool writeMeta(const QString &path, const FileInfo &info, qint64 created)
{
    QSaveFile f(path + QStringLiteral(".meta"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject o{{QStringLiteral("user_id"), info.userId},
                        {QStringLiteral("name"), info.name},
                        {QStringLiteral("done"), info.done},
                        {QStringLiteral("created"), created}};
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return f.write(text) == text.size() && f.commit();
}

// A new file `info.path` holding `data`, with its meta data; nothing on failure.
// Files are written unbuffered here and below: a buffered QFile reports a small
// write done while it only holds it in memory, and the error of the real write
// (ENOSPC on a full disk) would come at close, unseen (#5).
bool storeNew(const FileInfo &info, const QByteArray &data)
{
    QFile f(info.path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && f.write(data) == data.size()
        && writeMeta(info.path, info, db::nowMs()))
        return true;
    f.close();
    QFile::remove(info.path);
    return false;
}

// The file `id` in `dir` owned by `userId`, with its meta data.
protocol::Result<std::pair<FileInfo, qint64>> load(const QString &dir, qint64 userId, const QString &id,
                                                   const QString &field)
{
    if (!wellFormed(id))
        return makeError(ErrorCode::Invalid, QStringLiteral("'%1' is not a file id").arg(field), field);
    const QString path = QDir(dir).filePath(id);
    QFile meta(path + QStringLiteral(".meta"));
    if (!meta.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("no such file (files are kept for 24 hours)"), field);
    const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
    if (o.value(QStringLiteral("user_id")).toInteger() != userId)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such file (files are kept for 24 hours)"), field);
    FileInfo info;
    info.id = id;
    info.userId = userId;
    info.name = o.value(QStringLiteral("name")).toString();
    info.done = o.value(QStringLiteral("done")).toBool();
    info.path = path;
    info.size = QFileInfo(path).size();
    return std::make_pair(info, o.value(QStringLiteral("created")).toInteger());
}

} // namespace

void removeStale(const QString &dataDir)
{
    QMutexLocker locker(&lock());
    removeStaleIn(folder(dataDir, "uploads"));
    removeStaleIn(folder(dataDir, "downloads"));
}

protocol::Result<FileInfo> appendUpload(const QString &dataDir, qint64 userId, const QString &id,
                                        const QByteArray &data, bool done, const QString &name)
{
    if (data.size() > kMaxChunkBytes)
        return makeError(ErrorCode::TooLarge, QStringLiteral("a chunk holds at most 4 MiB"), QStringLiteral("data"));
    const QString dir = folder(dataDir, "uploads");
    if (id.isEmpty()) {
        removeStale(dataDir);
        QMutexLocker locker(&lock());
        if (!QDir().mkpath(dir))
            return makeError(ErrorCode::Internal, QStringLiteral("cannot create the uploads folder"));
        FileInfo info;
        info.id = newId();
        info.userId = userId;
        info.name = name;
        info.done = done;
        info.path = QDir(dir).filePath(info.id);
        if (!storeNew(info, data))
            return makeError(ErrorCode::Internal, QStringLiteral("cannot store the upload"));
        info.size = data.size();
        return info;
    }
    QMutexLocker locker(&lock());
    auto found = load(dir, userId, id, QStringLiteral("upload_id"));
    if (!found)
        return found.error();
    auto [info, created] = found.value();
    if (info.done)
        return makeError(ErrorCode::Conflict, QStringLiteral("the upload is already complete"), QStringLiteral("upload_id"));
    if (info.size + data.size() > kMaxUploadBytes)
        return makeError(ErrorCode::TooLarge, QStringLiteral("an upload holds at most 200 MiB"), QStringLiteral("data"));
    // A chunk is stored whole or not at all: on failure the file is cut back, so that
    // the client can send the same chunk again.
    const qint64 before = info.size;
    info.size += data.size();
    if (!name.isEmpty())
        info.name = name;
    if (done)
        info.done = true;
    QFile f(info.path);
    if (!f.open(QIODevice::Append | QIODevice::Unbuffered))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot store the upload"));
    if (f.write(data) != data.size() || !writeMeta(info.path, info, created)) {
        f.resize(before);
        return makeError(ErrorCode::Internal, QStringLiteral("cannot store the upload"));
    }
    return info;
}

protocol::Result<FileInfo> findUpload(const QString &dataDir, qint64 userId, const QString &id)
{
    QMutexLocker locker(&lock());
    auto found = load(folder(dataDir, "uploads"), userId, id, QStringLiteral("upload_id"));
    if (!found)
        return found.error();
    if (!found->first.done)
        return makeError(ErrorCode::Invalid, QStringLiteral("the upload is not complete: send its last chunk with "
                                                            "done: true"),
                         QStringLiteral("upload_id"));
    return found->first;
}

protocol::Result<FileInfo> storeDownload(const QString &dataDir, qint64 userId, const QString &name,
                                         const QByteArray &data)
{
    removeStale(dataDir);
    QMutexLocker locker(&lock());
    const QString dir = folder(dataDir, "downloads");
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot create the downloads folder"));
    FileInfo info;
    info.id = newId();
    info.userId = userId;
    info.name = name;
    info.done = true;
    info.path = QDir(dir).filePath(info.id);
    if (!storeNew(info, data))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot store the download"));
    info.size = data.size();
    return info;
}

void removeDownload(const FileInfo &info)
{
    QMutexLocker locker(&lock());
    QFile::remove(info.path);
    QFile::remove(info.path + QStringLiteral(".meta"));
}

protocol::Result<FileInfo> findDownload(const QString &dataDir, qint64 userId, const QString &id)
{
    QMutexLocker locker(&lock());
    auto found = load(folder(dataDir, "downloads"), userId, id, QStringLiteral("download_id"));
    if (!found)
        return found.error();
    return found->first;
}

} // namespace cordial::server::customers::transfers
