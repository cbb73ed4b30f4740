// Length-prefixed framing: 4-byte big-endian length, then that many payload bytes.
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace cordial::protocol {

QByteArray encodeFrame(const QByteArray &payload);

// Incremental decoder: feed it bytes as they arrive (in any chunking) and take
// complete payloads out. The declared length is checked against the limit as soon
// as the 4 header bytes are in, before any buffer of that size exists.
class FrameDecoder
{
public:
    enum class State { Ok, ZeroLength, TooLarge };

    explicit FrameDecoder(quint32 maxFrameBytes);

    // Appends bytes; returns the error state if the stream is now unusable.
    State feed(const QByteArray &bytes);
    bool hasFrame() const;
    QByteArray takeFrame();
    // Applies to the frames whose header has not been read yet.
    void setMaxFrameBytes(quint32 maxFrameBytes) { m_max = maxFrameBytes; }
    quint32 maxFrameBytes() const { return m_max; }
    State state() const { return m_state; }
    quint32 offendingLength() const { return m_offendingLength; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    void parse();

    quint32 m_max;
    QByteArray m_buffer;
    QList<QByteArray> m_frames;
    State m_state = State::Ok;
    quint32 m_offendingLength = 0;
};

} // namespace cordial::protocol
