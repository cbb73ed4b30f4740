#include "protocol/Envelope.h"

#include "protocol/Protocol.h"

#include <QCborArray>
#include <QCborParserError>
#include <QVarLengthArray>

namespace cordial::protocol {

namespace {

// A request id is a non-negative integer.
std::optional<quint64> readId(const QCborMap &map)
{
    const QCborValue id = map.value(QStringLiteral("id"));
    if (!id.isInteger() || id.toInteger() < 0)
        return std::nullopt;
    return quint64(id.toInteger());
}

// *id receives the request id as soon as the payload parses as a map, before the
// trailing-bytes, depth and key checks, so that those refusals can still be matched
// to their request by the client.
Result<QCborMap> decodeMap(const QByteArray &payload, quint64 *id = nullptr)
{
    if (payload.isEmpty())
        return makeError(ErrorCode::BadRequest, QStringLiteral("empty frame"));
    if (cborItemCount(payload, kMaxCborItems) > kMaxCborItems)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("frame holds more than %1 CBOR data items").arg(kMaxCborItems));
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(payload, &parseError);
    if (parseError.error != QCborError::NoError)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("frame is not valid CBOR: %1").arg(parseError.errorString()));
    if (!value.isMap())
        return makeError(ErrorCode::BadRequest, QStringLiteral("frame is not a CBOR map"));
    if (id)
        *id = readId(value.toMap()).value_or(0);
    if (parseError.offset != payload.size())
        return makeError(ErrorCode::BadRequest, QStringLiteral("trailing bytes after the CBOR map"));
    if (cborDepth(value, kMaxCborDepth + 1) > kMaxCborDepth)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("CBOR nesting deeper than %1").arg(kMaxCborDepth));
    const QCborMap map = value.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        if (!it.key().isString())
            return makeError(ErrorCode::BadRequest, QStringLiteral("map keys must be text"));
    return map;
}

QCborMap errorMap(const Error &error)
{
    QCborMap e;
    e.insert(QStringLiteral("code"), errorCodeName(error.code));
    e.insert(QStringLiteral("message"), error.message);
    if (!error.field.isEmpty())
        e.insert(QStringLiteral("field"), error.field);
    if (!error.details.isEmpty())
        e.insert(QStringLiteral("details"), error.details);
    return e;
}

} // namespace

int cborDepth(const QCborValue &value, int limit)
{
    if (limit <= 0)
        return 0;
    int deepest = 0;
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd() && deepest < limit; ++it)
            deepest = std::max(deepest, cborDepth(it.value(), limit - 1));
        return deepest + 1;
    }
    if (value.isArray()) {
        const QCborArray array = value.toArray();
        for (const QCborValue &v : array) {
            deepest = std::max(deepest, cborDepth(v, limit - 1));
            if (deepest >= limit)
                break;
        }
        return deepest + 1;
    }
    if (value.isTag())
        return cborDepth(value.taggedValue(), limit - 1) + 1;
    return 0;
}

qsizetype cborItemCount(QByteArrayView payload, qsizetype limit)
{
    // Nesting beyond Qt's own limit is left to QCborValue to refuse; it also bounds
    // the stack of open containers below.
    constexpr qsizetype kMaxTrackedDepth = 1024;
    constexpr qint64 kIndefinite = -1;
    const auto *data = reinterpret_cast<const quint8 *>(payload.data());
    const qsizetype size = payload.size();
    qsizetype pos = 0;
    qsizetype items = 0;
    // Items still expected by each open container (a tag expects one); kIndefinite
    // for a container that ends with a break byte.
    QVarLengthArray<qint64, 64> open;

    // The argument of the head whose additional information is `info`.
    auto argument = [&](quint8 info, quint64 *value) {
        if (info < 24) {
            *value = info;
            return true;
        }
        if (info > 27)
            return false;
        const qsizetype bytes = qsizetype(1) << (info - 24);
        if (size - pos < bytes)
            return false;
        quint64 v = 0;
        for (qsizetype i = 0; i < bytes; ++i)
            v = (v << 8) | data[pos + i];
        pos += bytes;
        *value = v;
        return true;
    };
    // Past the bytes of one definite string, or false when they are not all there.
    auto skip = [&](quint64 length) {
        if (length > quint64(size - pos))
            return false;
        pos += qsizetype(length);
        return true;
    };

    for (;;) {
        if (!open.isEmpty() && open.last() == 0) {
            open.removeLast();
            if (open.isEmpty())
                return items;
            continue;
        }
        if (pos >= size)
            return -1;
        const quint8 head = data[pos++];
        const int major = head >> 5;
        const quint8 info = head & 0x1f;
        if (head == 0xff) {
            if (open.isEmpty() || open.last() != kIndefinite)
                return -1;
            open.removeLast();
            if (open.isEmpty())
                return items;
            continue;
        }
        if (!open.isEmpty() && open.last() > 0)
            --open.last();
        if (++items > limit)
            return items;
        quint64 value = 0;
        const bool indefinite = info == 31;
        if (!indefinite && !argument(info, &value))
            return -1;
        auto enter = [&](qint64 expected) {
            if (open.size() >= kMaxTrackedDepth)
                return false;
            open.append(expected);
            return true;
        };
        // Claims beyond any frame are kept finite; the bytes run out long before.
        const qint64 claimed = qint64(std::min<quint64>(value, quint64(1) << 40));
        switch (major) {
        case 0:
        case 1:
            if (indefinite)
                return -1;
            break;
        case 2:
        case 3:
            if (!indefinite) {
                if (!skip(value))
                    return -1;
                break;
            }
            // Chunks, each a definite string of the same type, up to a break.
            for (;;) {
                if (pos >= size)
                    return -1;
                const quint8 chunk = data[pos++];
                if (chunk == 0xff)
                    break;
                quint64 length = 0;
                if ((chunk >> 5) != major || !argument(chunk & 0x1f, &length) || !skip(length))
                    return -1;
                if (++items > limit)
                    return items;
            }
            break;
        case 4:
            if ((indefinite || claimed > 0) && !enter(indefinite ? kIndefinite : claimed))
                return -1;
            break;
        case 5:
            if ((indefinite || claimed > 0) && !enter(indefinite ? kIndefinite : 2 * claimed))
                return -1;
            break;
        case 6:
            if (indefinite || !enter(1))
                return -1;
            break;
        case 7:
            if (indefinite)
                return -1;
            break;
        }
        if (open.isEmpty())
            return items;
    }
}

namespace {

// Where the first text (or map key) holding U+0000 is, as "key", "key.N" or
// "key.inner"; empty when there is none.
QString nulPath(const QCborValue &value, const QString &path)
{
    const auto below = [&path](const QString &step) { return path.isEmpty() ? step : path + QLatin1Char('.') + step; };
    if (value.isString())
        return value.toString().contains(QChar(u'\0')) ? (path.isEmpty() ? QStringLiteral("args") : path) : QString();
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QString key = it.key().toString();
            if (key.contains(QChar(u'\0')))
                return path.isEmpty() ? QStringLiteral("args") : path;
            if (QString found = nulPath(it.value(), below(key)); !found.isEmpty())
                return found;
        }
        return {};
    }
    if (value.isArray()) {
        const QCborArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (QString found = nulPath(array.at(i), below(QString::number(i))); !found.isEmpty())
                return found;
    }
    return {};
}

} // namespace

QString textWithNul(const QCborMap &args)
{
    return nulPath(args, QString());
}

Result<Request> decodeRequest(const QByteArray &payload, quint64 *id)
{
    if (id)
        *id = 0;
    auto map = decodeMap(payload, id);
    if (!map)
        return map.error();
    const std::optional<quint64> requestId = readId(*map);
    if (!requestId)
        return makeError(ErrorCode::BadRequest, QStringLiteral("'id' must be a non-negative integer"),
                         QStringLiteral("id"));
    Request request;
    request.id = *requestId;
    const QCborValue op = map->value(QStringLiteral("op"));
    if (!op.isString() || op.toString().isEmpty())
        return makeError(ErrorCode::BadRequest, QStringLiteral("'op' must be a non-empty text"),
                         QStringLiteral("op"));
    request.op = op.toString();
    const QCborValue args = map->value(QStringLiteral("args"));
    if (!args.isMap())
        return makeError(ErrorCode::BadRequest, QStringLiteral("'args' must be a map"),
                         QStringLiteral("args"));
    request.args = args.toMap();
    for (auto it = request.args.constBegin(); it != request.args.constEnd(); ++it)
        if (!it.key().isString())
            return makeError(ErrorCode::BadRequest, QStringLiteral("'args' keys must be text"),
                             QStringLiteral("args"));
    return request;
}

QByteArray encodeRequest(const Request &request)
{
    QCborMap map;
    map.insert(QStringLiteral("id"), qint64(request.id));
    map.insert(QStringLiteral("op"), request.op);
    map.insert(QStringLiteral("args"), request.args);
    return map.toCborValue().toCbor();
}

QByteArray encodeReply(quint64 id, const QCborValue &result)
{
    QCborMap map;
    map.insert(QStringLiteral("id"), qint64(id));
    map.insert(QStringLiteral("ok"), true);
    map.insert(QStringLiteral("result"), result);
    return map.toCborValue().toCbor();
}

QByteArray encodeError(quint64 id, const Error &error)
{
    QCborMap map;
    map.insert(QStringLiteral("id"), qint64(id));
    map.insert(QStringLiteral("ok"), false);
    map.insert(QStringLiteral("error"), errorMap(error));
    return map.toCborValue().toCbor();
}

QByteArray encodePush(const QString &event, const QCborMap &data)
{
    QCborMap map;
    map.insert(QStringLiteral("event"), event);
    map.insert(QStringLiteral("data"), data);
    return map.toCborValue().toCbor();
}

Result<ServerMessage> decodeServerMessage(const QByteArray &payload)
{
    auto map = decodeMap(payload);
    if (!map)
        return map.error();
    ServerMessage message;
    if (map->contains(QStringLiteral("event"))) {
        Push push;
        push.event = map->value(QStringLiteral("event")).toString();
        push.data = map->value(QStringLiteral("data")).toMap();
        message.push = push;
        return message;
    }
    const QCborValue idValue = map->value(QStringLiteral("id"));
    const QCborValue okValue = map->value(QStringLiteral("ok"));
    if (!idValue.isInteger() || !okValue.isBool())
        return makeError(ErrorCode::BadRequest, QStringLiteral("reply lacks 'id' or 'ok'"));
    Reply reply;
    reply.id = quint64(idValue.toInteger());
    reply.ok = okValue.toBool();
    if (reply.ok) {
        reply.result = map->value(QStringLiteral("result"));
    } else {
        const QCborMap e = map->value(QStringLiteral("error")).toMap();
        reply.error.code = errorCodeFromName(e.value(QStringLiteral("code")).toString())
                               .value_or(ErrorCode::Internal);
        reply.error.message = e.value(QStringLiteral("message")).toString();
        reply.error.field = e.value(QStringLiteral("field")).toString();
        reply.error.details = e.value(QStringLiteral("details")).toMap();
    }
    message.reply = reply;
    return message;
}

} // namespace cordial::protocol
