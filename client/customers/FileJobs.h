// The disk work of customer import and export, off the GUI thread: every function
// runs in the global thread pool and hands back a future; attach the continuation
// with .then(context, …) so that it runs on the caller's thread.
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <memory>

namespace cordial::client::customers::files {

struct Chunk {
    QByteArray data;
    qint64 fileSize = 0; // the whole file's, as of this read
    bool atEnd = false;  // data reaches the end of the file
    QString error;       // the reason in the user's language; empty on success
};

// At most maxBytes of the file from offset on.
QFuture<Chunk> readChunk(const QString &path, qint64 offset, qint64 maxBytes);

// A file written in pieces through QSaveFile: the target appears, complete, only on
// commit(); a sink dropped before that leaves the target as it was. Call append()
// and commit() one after another, each after the previous future has finished.
// Each future carries an error in the user's language, empty on success.
class FileSink
{
public:
    explicit FileSink(const QString &path);
    ~FileSink();
    FileSink(const FileSink &) = delete;
    FileSink &operator=(const FileSink &) = delete;

    QFuture<QString> append(const QByteArray &data);
    QFuture<QString> commit();

private:
    struct State;
    std::shared_ptr<State> m_state;
};

// A whole file in one go, through QSaveFile as well.
QFuture<QString> writeFile(const QString &path, const QByteArray &data);

} // namespace cordial::client::customers::files
