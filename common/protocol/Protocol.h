// Constants of the Cordial wire protocol shared by client and server.
#pragma once

#include <QtGlobal>

namespace cordial::protocol {

inline constexpr int kProtocolVersion = 1;
// Frames are 4-byte big-endian length + CBOR payload; the server's limit is configurable.
inline constexpr quint32 kDefaultMaxFrameBytes = 16u * 1024u * 1024u;
inline constexpr int kFrameHeaderBytes = 4;
// Until a connection has logged in, frames are limited to this: hello, auth.login and
// auth.resume are small, and a client nobody knows yet must not make the server
// buffer megabytes per connection.
inline constexpr quint32 kMaxFrameBytesBeforeLogin = 64u * 1024u;
inline constexpr quint16 kDefaultPort = 7443;
// CBOR nesting deeper than this is refused before it is walked.
inline constexpr int kMaxCborDepth = 32;
// A frame of more CBOR data items than this (keys, values, tags and string chunks
// all count) is refused before it is decoded: a 16 MiB frame can hold 16 million
// one-byte items, which would take a quarter of a gigabyte and seconds to decode.
// The largest requests (customers.export with 100000 ids) hold about 100 thousand.
inline constexpr qsizetype kMaxCborItems = 262144;

} // namespace cordial::protocol
