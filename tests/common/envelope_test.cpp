// The CBOR envelope: request validation, replies, pushes and error code names.
#include "protocol/Envelope.h"

#include "protocol/Protocol.h"

#include <QCborArray>
#include <QRandomGenerator>
#include <QtEndian>

#include <functional>

#include <catch2/catch.hpp>

using namespace cordial::protocol;

namespace {

QByteArray cbor(const QCborMap &map)
{
    return map.toCborValue().toCbor();
}

QCborMap validRequest()
{
    return QCborMap{{QStringLiteral("id"), 7},
                    {QStringLiteral("op"), QStringLiteral("customers.get")},
                    {QStringLiteral("args"), QCborMap{{QStringLiteral("customerId"), 42}}}};
}

QCborMap with(QCborMap map, const QString &key, const QCborValue &value)
{
    map.insert(key, value);
    return map;
}

QCborMap without(QCborMap map, const QString &key)
{
    map.remove(key);
    return map;
}

// Decodes a request that must be refused; returns the error and the id it reported.
std::pair<Error, quint64> refusal(const QByteArray &payload)
{
    quint64 id = 12345;
    const auto result = decodeRequest(payload, &id);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::BadRequest);
    return {result.error(), id};
}

// Raw CBOR for {"id": 7, "op": "a.b", "args": {"k": {"k": ... {}}}} whose whole nesting
// depth (counting the envelope map) is `depth`. Written byte by byte so even absurd
// depths do not recurse in the encoder.
QByteArray requestOfDepth(int depth)
{
    QByteArray bytes("\xa3" "\x62" "id" "\x07" "\x62" "op" "\x63" "a.b" "\x64" "args");
    for (int level = 2; level < depth; ++level)
        bytes += "\xa1" "\x61" "k";
    bytes += '\xa0';
    return bytes;
}

} // namespace

TEST_CASE("a valid request decodes to its id, op and args")
{
    quint64 id = 0;
    const auto request = decodeRequest(cbor(validRequest()), &id);
    REQUIRE(request.ok());
    CHECK(request->id == 7);
    CHECK(id == 7);
    CHECK(request->op == QStringLiteral("customers.get"));
    CHECK(request->args.value(QStringLiteral("customerId")).toInteger() == 42);
}

TEST_CASE("an encoded request decodes to the same request")
{
    Request original{9007199254740993ull, QStringLiteral("users.list"),
                     QCborMap{{QStringLiteral("filter"), QStringLiteral("王")}}};
    const auto decoded = decodeRequest(encodeRequest(original));
    REQUIRE(decoded.ok());
    CHECK(decoded->id == original.id);
    CHECK(decoded->op == original.op);
    CHECK(decoded->args == original.args);
}

TEST_CASE("a request whose id is missing, negative or text is refused with id 0")
{
    const QCborMap request = GENERATE(without(validRequest(), QStringLiteral("id")),
                                      with(validRequest(), QStringLiteral("id"), -1),
                                      with(validRequest(), QStringLiteral("id"), QStringLiteral("7")),
                                      with(validRequest(), QStringLiteral("id"), 7.0));
    const auto [error, id] = refusal(cbor(request));
    CHECK(error.field == QStringLiteral("id"));
    CHECK(id == 0);
}

TEST_CASE("a request whose op is missing, empty or not text is refused, reporting its id")
{
    const QCborMap request = GENERATE(without(validRequest(), QStringLiteral("op")),
                                      with(validRequest(), QStringLiteral("op"), QString()),
                                      with(validRequest(), QStringLiteral("op"), 3),
                                      with(validRequest(), QStringLiteral("op"), QByteArray("customers.get")));
    const auto [error, id] = refusal(cbor(request));
    CHECK(error.field == QStringLiteral("op"));
    CHECK(id == 7);
}

TEST_CASE("a request whose args are missing, not a map or keyed by integers is refused, reporting its id")
{
    const QCborMap request = GENERATE(without(validRequest(), QStringLiteral("args")),
                                      with(validRequest(), QStringLiteral("args"), QCborArray{1, 2}),
                                      with(validRequest(), QStringLiteral("args"), QStringLiteral("x")),
                                      with(validRequest(), QStringLiteral("args"), QCborValue::Null),
                                      with(validRequest(), QStringLiteral("args"), QCborMap{{1, QStringLiteral("one")}}));
    const auto [error, id] = refusal(cbor(request));
    CHECK(error.field == QStringLiteral("args"));
    CHECK(id == 7);
}

TEST_CASE("textWithNul finds U+0000 in any text or key of the args and names where")
{
    const QString nul = QStringLiteral("ce") + QChar(u'\0') + QStringLiteral("hi");
    const auto [field, args] = GENERATE_COPY(
        std::pair{QStringLiteral("query"), QCborMap{{QStringLiteral("query"), nul}}},
        std::pair{QStringLiteral("filters.grade.1"),
                  QCborMap{{QStringLiteral("query"), QStringLiteral("华为")},
                           {QStringLiteral("filters"), QCborMap{{QStringLiteral("grade"), QCborArray{QStringLiteral("a"), nul}}}}}},
        std::pair{QStringLiteral("filters"), QCborMap{{QStringLiteral("filters"), QCborMap{{nul, 1}}}}},
        std::pair{QStringLiteral("args"), QCborMap{{nul, 1}}});
    CHECK(textWithNul(args) == field);
    // Such a request still decodes: the server answers it `invalid` and keeps the connection.
    CHECK(decodeRequest(cbor(with(validRequest(), QStringLiteral("args"), args))).ok());

    // Tabs, line ends and other characters are text like any other.
    CHECK(textWithNul({{QStringLiteral("notes"), QStringLiteral("第一行\r\n\t第二行 😀")},
                       {QStringLiteral("ids"), QCborArray{1, 2}}})
              .isEmpty());
}

TEST_CASE("bytes that are not CBOR are refused with id 0")
{
    CHECK(refusal(QByteArray()).second == 0);
    refusal(QByteArray("\xff\xfe\xfd", 3));
    refusal(QByteArray("\xa3\x62id", 4)); // a map cut short
    QRandomGenerator random(20240601);
    for (int i = 0; i < 500; ++i) {
        QByteArray bytes(1 + int(random.bounded(64)), Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        const auto result = decodeRequest(bytes);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::BadRequest);
    }
}

TEST_CASE("a CBOR array or scalar instead of a map is refused")
{
    CHECK(refusal(QCborValue(QCborArray{7, QStringLiteral("customers.get"), QCborMap()}).toCbor()).second == 0);
    refusal(QCborValue(7).toCbor());
    refusal(QCborValue(QStringLiteral("customers.get")).toCbor());
}

TEST_CASE("a map with a non-text key at the top level is refused, reporting its id")
{
    QCborMap request = validRequest();
    request.insert(1, QStringLiteral("one"));
    CHECK(refusal(cbor(request)).second == 7);
}

TEST_CASE("trailing bytes after the request map are refused, reporting its id")
{
    const QByteArray payload = cbor(validRequest());
    CHECK(refusal(payload + '\x00').second == 7);
    CHECK(refusal(payload + payload).second == 7);
}

TEST_CASE("nesting of 32 levels is accepted and 33 refused, reporting the id")
{
    REQUIRE(cborDepth(QCborValue::fromCbor(requestOfDepth(kMaxCborDepth)), 1000) == kMaxCborDepth);
    CHECK(decodeRequest(requestOfDepth(2)).ok());
    CHECK(decodeRequest(requestOfDepth(kMaxCborDepth)).ok());
    const auto [error, id] = refusal(requestOfDepth(kMaxCborDepth + 1));
    CHECK(error.message.contains(QStringLiteral("nesting")));
    CHECK(id == 7);
}

TEST_CASE("absurdly deep nesting is refused without exhausting the stack")
{
    refusal(requestOfDepth(100000));
}

TEST_CASE("cborDepth counts maps and arrays and stops at its limit")
{
    CHECK(cborDepth(QCborValue(1), 10) == 0);
    CHECK(cborDepth(QCborMap(), 10) == 1);
    CHECK(cborDepth(QCborArray{QCborArray{QCborMap()}}, 10) == 3);
    QCborValue deep = QCborMap();
    for (int i = 0; i < 50; ++i)
        deep = QCborArray{deep};
    // Past the limit the walk stops and reports the limit, which the caller treats as too deep.
    CHECK(cborDepth(deep, 10) == 10);
    CHECK(cborDepth(deep, 100) == 51);
}

TEST_CASE("cborItemCount counts keys, values, tags and string chunks from the heads alone")
{
    auto count = [](const QByteArray &bytes, qsizetype limit = 1000) { return cborItemCount(bytes, limit); };
    CHECK(count(QCborValue(7).toCbor()) == 1);
    CHECK(count(QCborValue(QCborArray{1, 2, 3}).toCbor()) == 4);
    CHECK(count(QCborValue(QCborMap{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QCborArray{1}}}).toCbor()) == 6);
    CHECK(count(QCborValue(QCborTag(42), 7).toCbor()) == 2);
    CHECK(count(QByteArray::fromHex("80")) == 1);
    CHECK(count(QByteArray::fromHex("9fff")) == 1);
    CHECK(count(QByteArray::fromHex("9f0102ff")) == 3);
    CHECK(count(QByteArray::fromHex("bf616101ff")) == 3);
    CHECK(count(QByteArray::fromHex("7f616161626163ff")) == 4); // an indefinite text of three chunks
    CHECK(count(QByteArray::fromHex("fb3ff8000000000000")) == 1); // a double
    CHECK(count(QByteArray::fromHex("0102")) == 1);                // what follows the first item is not its
    // Malformed: cut short, a stray break, reserved information, a chunk of another type.
    CHECK(count(QByteArray::fromHex("8201")) == -1);
    CHECK(count(QByteArray::fromHex("ff")) == -1);
    CHECK(count(QByteArray::fromHex("1c")) == -1);
    CHECK(count(QByteArray::fromHex("7f4161ff")) == -1);
    CHECK(count(QByteArray::fromHex("7affffffff61")) == -1);
    CHECK(count(QByteArray(2000, '\x81') + QByteArray(1, '\0'), 1 << 20) == -1); // deeper than it follows
    // Counting stops one past the limit.
    CHECK(count(QCborValue(QCborArray{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}).toCbor(), 10) == 11);
    CHECK(count(QByteArray::fromHex("9bffffffffffffffff") + QByteArray(100, '\0'), 10) == 11);
}

TEST_CASE("cborItemCount agrees with the decoded value on random documents")
{
    QRandomGenerator random(20261128);
    std::function<QCborValue(int)> make = [&](int depth) -> QCborValue {
        switch (random.bounded(depth > 4 ? 5 : 8)) {
        case 0:
            return qint64(random.generate64());
        case 1:
            return QString(int(random.bounded(40)), QChar(u'字'));
        case 2:
            return random.bounded(2) == 1;
        case 3:
            return QByteArray(int(random.bounded(300)), 'b');
        case 4:
            return random.generateDouble();
        case 5: {
            QCborArray array;
            for (quint32 i = random.bounded(6); i > 0; --i)
                array.append(make(depth + 1));
            return array;
        }
        case 6: {
            QCborMap map;
            for (quint32 i = random.bounded(6); i > 0; --i)
                map.insert(QString::number(random.bounded(1000)), make(depth + 1));
            return map;
        }
        default:
            return QCborValue(QCborTag(100 + random.bounded(1000)), make(depth + 1));
        }
    };
    std::function<qsizetype(const QCborValue &)> items = [&](const QCborValue &v) -> qsizetype {
        qsizetype n = 1;
        if (v.isArray())
            for (const QCborValue &e : v.toArray())
                n += items(e);
        if (v.isMap()) {
            const QCborMap map = v.toMap();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it)
                n += items(it.key()) + items(it.value());
        }
        if (v.isTag())
            n += items(v.taggedValue());
        return n;
    };
    for (int i = 0; i < 300; ++i) {
        const QCborValue value = make(0);
        INFO(value.toDiagnosticNotation().toStdString());
        CHECK(cborItemCount(value.toCbor(), 1 << 20) == items(value));
    }
}

TEST_CASE("a request of more CBOR items than the limit is refused as too_large before it is decoded")
{
    // {"id": 7, "op": "a.b", "args": {"ids": [0, 0, ...]}}: eight items besides the zeros.
    auto request = [](qsizetype zeros) {
        QByteArray bytes("\xa3" "\x62" "id" "\x07" "\x62" "op" "\x63" "a.b" "\x64" "args" "\xa1" "\x63" "ids" "\x9a");
        bytes += QByteArray(4, '\0');
        qToBigEndian(quint32(zeros), bytes.data() + bytes.size() - 4);
        return bytes + QByteArray(zeros, '\0');
    };
    CHECK(decodeRequest(request(kMaxCborItems - 9)).ok());
    quint64 id = 12345;
    const auto refused = decodeRequest(request(kMaxCborItems - 8), &id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::TooLarge);
    CHECK(id == 0);
    // Sixteen million, as a 16 MiB frame could hold.
    CHECK(decodeRequest(request(16 * 1024 * 1024 - 32)).error().code == ErrorCode::TooLarge);
}

TEST_CASE("a reply survives encoding and decoding")
{
    const QCborMap result{{QStringLiteral("name"), QStringLiteral("ACME 有限公司")}, {QStringLiteral("n"), 3}};
    const auto message = decodeServerMessage(encodeReply(41, result));
    REQUIRE(message.ok());
    REQUIRE(message->reply);
    CHECK_FALSE(message->push);
    CHECK(message->reply->id == 41);
    CHECK(message->reply->ok);
    CHECK(message->reply->result == QCborValue(result));
}

TEST_CASE("an error reply keeps its code, message and field")
{
    const Error error = makeError(ErrorCode::Invalid, QStringLiteral("name is required"), QStringLiteral("name"));
    const auto message = decodeServerMessage(encodeError(8, error));
    REQUIRE(message.ok());
    REQUIRE(message->reply);
    CHECK(message->reply->id == 8);
    CHECK_FALSE(message->reply->ok);
    CHECK(message->reply->error.code == ErrorCode::Invalid);
    CHECK(message->reply->error.message == QStringLiteral("name is required"));
    CHECK(message->reply->error.field == QStringLiteral("name"));

    const auto noField = decodeServerMessage(encodeError(9, makeError(ErrorCode::Forbidden, QStringLiteral("no"))));
    REQUIRE(noField.ok());
    CHECK(noField->reply->error.code == ErrorCode::Forbidden);
    CHECK(noField->reply->error.field.isEmpty());
}

TEST_CASE("a push survives encoding and decoding")
{
    const QCborMap data{{QStringLiteral("customerId"), 5}};
    const auto message = decodeServerMessage(encodePush(QStringLiteral("customers.changed"), data));
    REQUIRE(message.ok());
    REQUIRE(message->push);
    CHECK_FALSE(message->reply);
    CHECK(message->push->event == QStringLiteral("customers.changed"));
    CHECK(message->push->data == data);
}

TEST_CASE("a server message without id or ok is refused")
{
    const auto message = decodeServerMessage(cbor(QCborMap{{QStringLiteral("id"), 1}}));
    REQUIRE_FALSE(message.ok());
    CHECK(message.error().code == ErrorCode::BadRequest);
}

TEST_CASE("every error code has a distinct name that maps back to it")
{
    const QList<ErrorCode> codes{ErrorCode::BadRequest, ErrorCode::UnsupportedProtocol, ErrorCode::Unauthenticated,
                                 ErrorCode::Forbidden,  ErrorCode::NotFound,            ErrorCode::Invalid,
                                 ErrorCode::Conflict,   ErrorCode::TooLarge,            ErrorCode::RateLimited,
                                 ErrorCode::Busy,       ErrorCode::Internal};
    QStringList names;
    for (const ErrorCode code : codes) {
        const QString name = errorCodeName(code);
        CHECK_FALSE(name.isEmpty());
        CHECK(errorCodeFromName(name) == code);
        names << name;
    }
    names.removeDuplicates();
    CHECK(names.size() == 11);
    CHECK(errorCodeName(ErrorCode::BadRequest) == QStringLiteral("bad_request"));
    CHECK(errorCodeName(ErrorCode::RateLimited) == QStringLiteral("rate_limited"));
    CHECK_FALSE(errorCodeFromName(QStringLiteral("BadRequest")));
    CHECK_FALSE(errorCodeFromName(QString()));
}
