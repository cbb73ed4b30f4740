// The CBOR envelope: requests, replies and push events, their encoding and validation.
#pragma once

#include "protocol/ErrorCode.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>
#include <optional>

namespace cordial::protocol {

struct Request {
    quint64 id = 0;
    QString op;
    QCborMap args;
};

struct Reply {
    quint64 id = 0;
    bool ok = false;
    QCborValue result;
    Error error;
};

struct Push {
    QString event;
    QCborMap data;
};

// A message from server to client is either a reply or a push.
struct ServerMessage {
    std::optional<Reply> reply;
    std::optional<Push> push;
};

// Validates one frame payload as a request. On failure the error is bad_request and
// *id carries the request id when it could be read (0 otherwise), so the reply can
// still be matched.
Result<Request> decodeRequest(const QByteArray &payload, quint64 *id = nullptr);
// Where in a request's args the first text or map key holding U+0000 is ("query",
// "filters.grade.1"; "args" for a key at the top), or empty. No argument means
// anything by it, and it ends a C string: SQLite's search query parser stops there,
// PostgreSQL cannot store it in text. The server refuses such a request as invalid.
QString textWithNul(const QCborMap &args);
QByteArray encodeRequest(const Request &request);

QByteArray encodeReply(quint64 id, const QCborValue &result);
QByteArray encodeError(quint64 id, const Error &error);
QByteArray encodePush(const QString &event, const QCborMap &data);
Result<ServerMessage> decodeServerMessage(const QByteArray &payload);

// Nesting depth of a CBOR value (a scalar is 0, an empty map or array is 1).
int cborDepth(const QCborValue &value, int limit);

// The number of data items (every key, value, tag and string chunk) of the first
// CBOR data item in `payload`, read from their heads alone without decoding
// anything; it stops counting at limit + 1. -1 when the bytes are malformed or nest
// deeper than 1024 levels (where Qt's decoder stops too), left for the decoder to
// explain.
qsizetype cborItemCount(QByteArrayView payload, qsizetype limit);

} // namespace cordial::protocol
