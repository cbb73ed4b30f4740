#include "protocol/Frame.h"

#include "protocol/Protocol.h"

#include <QtEndian>

namespace cordial::protocol {

QByteArray encodeFrame(const QByteArray &payload)
{
    QByteArray out;
    out.resize(kFrameHeaderBytes);
    qToBigEndian<quint32>(quint32(payload.size()), out.data());
    out.append(payload);
    return out;
}

FrameDecoder::FrameDecoder(quint32 maxFrameBytes) : m_max(maxFrameBytes) {}

FrameDecoder::State FrameDecoder::feed(const QByteArray &bytes)
{
    if (m_state != State::Ok)
        return m_state;
    m_buffer.append(bytes);
    parse();
    return m_state;
}

void FrameDecoder::parse()
{
    qsizetype pos = 0;
    while (m_buffer.size() - pos >= kFrameHeaderBytes) {
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + pos);
        if (length == 0) {
            m_state = State::ZeroLength;
            break;
        }
        if (length > m_max) {
            m_state = State::TooLarge;
            m_offendingLength = length;
            break;
        }
        if (m_buffer.size() - pos - kFrameHeaderBytes < qsizetype(length))
            break;
        m_frames.append(m_buffer.mid(pos + kFrameHeaderBytes, length));
        pos += kFrameHeaderBytes + length;
    }
    if (m_state != State::Ok)
        m_buffer.clear();
    else if (pos > 0)
        m_buffer.remove(0, pos);
}

bool FrameDecoder::hasFrame() const
{
    return !m_frames.isEmpty();
}

QByteArray FrameDecoder::takeFrame()
{
    return m_frames.takeFirst();
}

} // namespace cordial::protocol
