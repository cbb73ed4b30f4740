// Constants of the Cordial wire protocol shared by client and server.
#pragma once

#include <QtGlobal>

namespace cordial::protocol {

inline constexpr int kProtocolVersion = 1;
// Frames are 4-byte big-endian length + CBOR payload; the server's limit is configurable.
inline constexpr quint32 kDefaultMaxFrameBytes = 16u * 1024u * 1024u;
inline constexpr int kFrameHeaderBytes = 4;
inline constexpr quint16 kDefaultPort = 7443;
// CBOR nesting deeper than this is refused before it is walked.
inline constexpr int kMaxCborDepth = 32;

} // namespace cordial::protocol
