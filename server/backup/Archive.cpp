#include "backup/Archive.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <unistd.h>

namespace cordial::server::backup {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr qint64 kChunk = 1024 * 1024;
// The archive comment: this prefix, then 64 hex digits of SHA-256 over every byte
// of the file before those digits (the End Of Central Directory record and this
// prefix included, so that no byte is outside the sum but the sum itself).
const QByteArray kChecksumPrefix = QByteArrayLiteral("cordial-backup sha256=");
constexpr qint64 kHexLength = 64;
constexpr qint64 kEndRecordLength = 22; // ZIP End Of Central Directory record without its comment
constexpr uLong kUtf8NamesFlag = 1u << 11;
constexpr uLong kMadeByUnix = 3u << 8 | 45u; // Unix, ZIP 4.5 (zip64)

zipFile asZip(void *p)
{
    return static_cast<zipFile>(p);
}

unzFile asUnzip(void *p)
{
    return static_cast<unzFile>(p);
}

QString hex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex());
}

// Hashes bytes [0, end) of an open file.
bool hashPrefix(QFile &file, qint64 end, QCryptographicHash &hash)
{
    if (!file.seek(0))
        return false;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (qint64 left = end; left > 0;) {
        const qint64 n = file.read(buffer.data(), qMin(left, kChunk));
        if (n <= 0)
            return false;
        hash.addData(QByteArrayView(buffer.constData(), n));
        left -= n;
    }
    return true;
}

} // namespace

protocol::Error damaged(const QString &file, const QString &what)
{
    return makeError(ErrorCode::Invalid, QStringLiteral("%1 is damaged: %2").arg(file, what), QStringLiteral("backup"));
}

ArchiveWriter::ArchiveWriter(QString path) : m_path(std::move(path)) {}

ArchiveWriter::~ArchiveWriter()
{
    if (m_zip)
        zipClose(asZip(m_zip), nullptr);
    if (!m_finished)
        QFile::remove(m_path);
}

protocol::Status ArchiveWriter::open()
{
    if (QFileInfo::exists(m_path))
        return makeError(ErrorCode::Conflict, QStringLiteral("%1 already exists").arg(m_path));
    {
        // Created here first so that the archive is private from its first byte.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return makeError(ErrorCode::Internal, QStringLiteral("cannot create %1: %2").arg(m_path, file.errorString()));
    }
    m_zip = zipOpen64(QFile::encodeName(m_path).constData(), APPEND_STATUS_CREATE);
    if (!m_zip)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1").arg(m_path));
    return protocol::Ok{};
}

protocol::Result<ManifestEntry> ArchiveWriter::addFile(const QString &entry, const QString &sourcePath,
                                                       Compression compression, const std::atomic<bool> *cancel)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot read %1: %2").arg(sourcePath, source.errorString()));
    return add(entry, source, compression, cancel);
}

protocol::Result<ManifestEntry> ArchiveWriter::addBytes(const QString &entry, const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return add(entry, buffer, Compression::Deflate, nullptr);
}

protocol::Result<ManifestEntry> ArchiveWriter::add(const QString &entry, QIODevice &source, Compression compression,
                                                   const std::atomic<bool> *cancel)
{
    const auto failed = [&] { return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1").arg(m_path)); };
    if (!m_zip || !isSafeEntryPath(entry))
        return failed();
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date.tm_sec = uInt(now.time().second());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_year = uInt(now.date().year());
    info.external_fa = uLong(0100600) << 16; // a regular file, mode 0600, for whoever unzips it by hand
    const bool deflate = compression == Compression::Deflate;
    if (zipOpenNewFileInZip4_64(asZip(m_zip), entry.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                deflate ? Z_DEFLATED : 0, deflate ? Z_BEST_SPEED : 0, 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                Z_DEFAULT_STRATEGY, nullptr, 0, kMadeByUnix, kUtf8NamesFlag, 1)
        != ZIP_OK)
        return failed();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    ManifestEntry result;
    result.entry = entry;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load()) {
            zipCloseFileInZip(asZip(m_zip));
            return makeError(ErrorCode::Internal, QStringLiteral("the backup was cancelled"));
        }
        const qint64 n = source.read(buffer.data(), kChunk);
        if (n < 0) {
            zipCloseFileInZip(asZip(m_zip));
            return makeError(ErrorCode::Internal, QStringLiteral("cannot read %1: %2").arg(entry, source.errorString()));
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        result.size += n;
        if (zipWriteInFileInZip(asZip(m_zip), buffer.constData(), unsigned(n)) != ZIP_OK) {
            zipCloseFileInZip(asZip(m_zip));
            return failed();
        }
    }
    if (zipCloseFileInZip(asZip(m_zip)) != ZIP_OK)
        return failed();
    result.sha256 = hex(hash.result());
    return result;
}

protocol::Status ArchiveWriter::finish()
{
    const QByteArray placeholder = kChecksumPrefix + QByteArray(kHexLength, '0');
    const int closed = zipClose(asZip(m_zip), placeholder.constData());
    m_zip = nullptr;
    if (closed != ZIP_OK)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1").arg(m_path));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot reopen %1: %2").arg(m_path, file.errorString()));
    m_size = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hashPrefix(file, m_size - kHexLength, hash) || !file.seek(m_size - kHexLength)
        || file.write(hash.result().toHex()) != kHexLength || !file.flush())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    if (::fsync(file.handle()) != 0)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot flush %1 to disk").arg(m_path));
    m_finished = true;
    return protocol::Ok{};
}

ArchiveReader::~ArchiveReader()
{
    if (m_unzip)
        unzClose(asUnzip(m_unzip));
}

protocol::Status ArchiveReader::open(const QString &path)
{
    m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Invalid, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()),
                         QStringLiteral("backup"));
    m_size = file.size();
    const qint64 commentLength = kChecksumPrefix.size() + kHexLength;
    const qint64 tailLength = kEndRecordLength + commentLength;
    const auto foreign = makeError(
        ErrorCode::Invalid,
        QStringLiteral("%1 is not a Cordial backup (or its end is damaged): it does not end with a backup checksum").arg(path),
        QStringLiteral("backup"));
    if (m_size < tailLength || !file.seek(m_size - tailLength))
        return foreign;
    const QByteArray tail = file.read(tailLength);
    if (tail.size() != tailLength)
        return foreign;
    const QByteArray endRecordSignature("PK\x05\x06", 4);
    const auto commentField = quint16(quint8(tail.at(20)) | quint8(tail.at(21)) << 8);
    if (!tail.startsWith(endRecordSignature) || commentField != commentLength
        || tail.mid(kEndRecordLength, kChecksumPrefix.size()) != kChecksumPrefix)
        return foreign;
    const QByteArray stored = tail.right(kHexLength);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hashPrefix(file, m_size - kHexLength, hash))
        return makeError(ErrorCode::Invalid, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()),
                         QStringLiteral("backup"));
    const QByteArray computed = hash.result().toHex();
    if (computed != stored)
        return damaged(path, QStringLiteral("its checksum does not match its content (stored %1, computed %2)")
                                 .arg(QString::fromLatin1(stored), QString::fromLatin1(computed)));
    file.close();

    m_unzip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_unzip)
        return damaged(path, QStringLiteral("its ZIP directory cannot be read"));
    for (int at = unzGoToFirstFile(asUnzip(m_unzip)); at != UNZ_END_OF_LIST_OF_FILE;
         at = unzGoToNextFile(asUnzip(m_unzip))) {
        if (at != UNZ_OK)
            return damaged(path, QStringLiteral("its ZIP directory cannot be read"));
        char name[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(asUnzip(m_unzip), &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK
            || info.size_filename >= sizeof name)
            return damaged(path, QStringLiteral("its ZIP directory cannot be read"));
        m_entries << QString::fromUtf8(name, int(info.size_filename));
    }
    return protocol::Ok{};
}

protocol::Result<ManifestEntry> ArchiveReader::read(const QString &entry, QIODevice *sink, qint64 limit)
{
    unzFile zip = asUnzip(m_unzip);
    if (!zip || unzLocateFile(zip, entry.toUtf8().constData(), 1) != UNZ_OK)
        return damaged(m_path, QStringLiteral("it has no entry %1").arg(entry));
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return damaged(m_path, QStringLiteral("%1 cannot be read").arg(entry));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    ManifestEntry result;
    result.entry = entry;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const int n = unzReadCurrentFile(zip, buffer.data(), unsigned(buffer.size()));
        if (n < 0) {
            unzCloseCurrentFile(zip);
            return damaged(m_path, QStringLiteral("%1 cannot be read (error %2)").arg(entry).arg(n));
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        result.size += n;
        if (limit >= 0 && result.size > limit) {
            unzCloseCurrentFile(zip);
            return damaged(m_path, QStringLiteral("%1 is larger than %2 bytes").arg(entry).arg(limit));
        }
        if (sink && sink->write(buffer.constData(), n) != n) {
            unzCloseCurrentFile(zip);
            return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(entry, sink->errorString()));
        }
    }
    if (unzCloseCurrentFile(zip) != UNZ_OK)
        return damaged(m_path, QStringLiteral("%1 fails its CRC check").arg(entry));
    result.sha256 = hex(hash.result());
    return result;
}

protocol::Result<QByteArray> ArchiveReader::readSmall(const QString &entry, qint64 limit)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    auto read = this->read(entry, &buffer, limit);
    if (!read)
        return read.error();
    return data;
}

} // namespace cordial::server::backup
