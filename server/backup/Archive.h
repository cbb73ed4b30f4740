// The backup file: a ZIP archive (zip64, UTF-8 names) whose archive comment ends with
// the SHA-256 of every byte before it. The reader checks that sum over the whole
// file before it reads anything else, so that any changed byte is found; the
// manifest's per-entry sums then say which content was damaged.
#pragma once

#include "backup/Manifest.h"

#include <QIODevice>
#include <QStringList>
#include <atomic>

namespace cordial::server::backup {

enum class Compression { Store, Deflate };

class ArchiveWriter
{
public:
    explicit ArchiveWriter(QString path);
    ~ArchiveWriter(); // an unfinished archive is removed
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    // Creates the file (mode 0600); it must not exist.
    protocol::Status open();
    // Adds a file's content as `entry`; returns its size and SHA-256.
    protocol::Result<ManifestEntry> addFile(const QString &entry, const QString &sourcePath, Compression compression,
                                            const std::atomic<bool> *cancel = nullptr);
    protocol::Result<ManifestEntry> addBytes(const QString &entry, const QByteArray &data);
    // Writes the central directory and the checksum and flushes the file to disk.
    protocol::Status finish();
    qint64 size() const { return m_size; }

private:
    protocol::Result<ManifestEntry> add(const QString &entry, QIODevice &source, Compression compression,
                                        const std::atomic<bool> *cancel);

    QString m_path;
    void *m_zip = nullptr;
    bool m_finished = false;
    qint64 m_size = 0;
};

class ArchiveReader
{
public:
    ArchiveReader() = default;
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    // Checks the checksum over the whole file, then reads the list of entries.
    // `invalid` (field "backup") when the file is no Cordial backup or is damaged.
    protocol::Status open(const QString &path);
    QStringList entries() const { return m_entries; }
    qint64 size() const { return m_size; }
    // Streams `entry` into `sink` (nullptr: only measured and hashed). `invalid` when
    // it cannot be read back intact or exceeds `limit` bytes (-1: no limit),
    // `internal` when the sink fails.
    protocol::Result<ManifestEntry> read(const QString &entry, QIODevice *sink, qint64 limit = -1);
    // A small entry (the manifest) into memory; `invalid` past `limit` bytes.
    protocol::Result<QByteArray> readSmall(const QString &entry, qint64 limit);

private:
    QString m_path;
    void *m_unzip = nullptr;
    QStringList m_entries;
    qint64 m_size = 0;
};

// The error for a damaged or foreign backup file.
protocol::Error damaged(const QString &file, const QString &what);

} // namespace cordial::server::backup
