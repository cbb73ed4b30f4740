#include "customers/FileJobs.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace cordial::client::customers::files {

namespace {

class FileJobText
{
    Q_DECLARE_TR_FUNCTIONS(FileJobText)
public:
    static QString cannotRead(const QString &path, const QString &why)
    {
        return tr("Could not read “%1”: %2").arg(path, why);
    }
    static QString cannotWrite(const QString &path, const QString &why)
    {
        return tr("Could not write “%1”: %2").arg(path, why);
    }
};

} // namespace

QFuture<Chunk> readChunk(const QString &path, qint64 offset, qint64 maxBytes)
{
    return QtConcurrent::run([path, offset, maxBytes] {
        Chunk chunk;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            chunk.error = FileJobText::cannotRead(path, file.errorString());
            return chunk;
        }
        chunk.fileSize = file.size();
        if (offset > 0 && !file.seek(offset)) {
            chunk.error = FileJobText::cannotRead(path, file.errorString());
            return chunk;
        }
        chunk.data = file.read(maxBytes);
        if (chunk.data.isNull() && file.error() != QFileDevice::NoError) {
            chunk.error = FileJobText::cannotRead(path, file.errorString());
            return chunk;
        }
        chunk.atEnd = offset + chunk.data.size() >= chunk.fileSize;
        return chunk;
    });
}

// Shared with the workers; the mutex keeps two of them (say, a late append and the
// clean-up of a dropped sink) from touching the file at once.
struct FileSink::State {
    QString path;
    QMutex mutex;
    std::unique_ptr<QSaveFile> file;
    QString error;
};

FileSink::FileSink(const QString &path) : m_state(std::make_shared<State>())
{
    m_state->path = path;
}

FileSink::~FileSink()
{
    // QSaveFile removes its temporary file when destroyed uncommitted; that is disk
    // work too, so it happens in the pool.
    QThreadPool::globalInstance()->start([state = m_state] {
        QMutexLocker lock(&state->mutex);
        state->file.reset();
    });
}

QFuture<QString> FileSink::append(const QByteArray &data)
{
    return QtConcurrent::run([state = m_state, data] {
        QMutexLocker lock(&state->mutex);
        if (!state->error.isEmpty())
            return state->error;
        if (!state->file) {
            state->file = std::make_unique<QSaveFile>(state->path);
            if (!state->file->open(QIODevice::WriteOnly)) {
                state->error = FileJobText::cannotWrite(state->path, state->file->errorString());
                return state->error;
            }
        }
        if (state->file->write(data) != data.size())
            state->error = FileJobText::cannotWrite(state->path, state->file->errorString());
        return state->error;
    });
}

QFuture<QString> FileSink::commit()
{
    return QtConcurrent::run([state = m_state] {
        QMutexLocker lock(&state->mutex);
        if (!state->error.isEmpty())
            return state->error;
        if (!state->file) { // nothing appended: an empty file
            state->file = std::make_unique<QSaveFile>(state->path);
            if (!state->file->open(QIODevice::WriteOnly))
                state->error = FileJobText::cannotWrite(state->path, state->file->errorString());
        }
        if (state->error.isEmpty() && !state->file->commit())
            state->error = FileJobText::cannotWrite(state->path, state->file->errorString());
        state->file.reset();
        return state->error;
    });
}

QFuture<QString> writeFile(const QString &path, const QByteArray &data)
{
    return QtConcurrent::run([path, data] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return FileJobText::cannotWrite(path, file.errorString());
        return QString();
    });
}

} // namespace cordial::client::customers::files
