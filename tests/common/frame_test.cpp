// Length-prefixed framing: encoding, incremental decoding and the size limit.
#include "protocol/Frame.h"

#include "protocol/Protocol.h"

#include <catch2/catch.hpp>

using namespace cordial::protocol;

namespace {

constexpr quint32 kLimit = 1024;

QByteArray header(quint32 length)
{
    QByteArray bytes(4, '\0');
    bytes[0] = char(length >> 24);
    bytes[1] = char(length >> 16);
    bytes[2] = char(length >> 8);
    bytes[3] = char(length);
    return bytes;
}

QList<QByteArray> takeAll(FrameDecoder &decoder)
{
    QList<QByteArray> frames;
    while (decoder.hasFrame())
        frames.append(decoder.takeFrame());
    return frames;
}

} // namespace

TEST_CASE("a frame is a big-endian length followed by the payload")
{
    const QByteArray frame = encodeFrame("hello");
    CHECK(frame == header(5) + "hello");
    CHECK(encodeFrame(QByteArray(300, 'x')).left(4) == QByteArray("\x00\x00\x01\x2c", 4));
}

TEST_CASE("an encoded frame decodes to the same payload")
{
    const QByteArray payload("\x00\x01\xff payload with NUL", 21);
    FrameDecoder decoder(kLimit);
    CHECK(decoder.feed(encodeFrame(payload)) == FrameDecoder::State::Ok);
    REQUIRE(decoder.hasFrame());
    CHECK(decoder.takeFrame() == payload);
    CHECK_FALSE(decoder.hasFrame());
    CHECK(decoder.bufferedBytes() == 0);
}

TEST_CASE("a partial frame waits for the rest")
{
    const QByteArray frame = encodeFrame("partial payload");
    FrameDecoder decoder(kLimit);
    SECTION("header incomplete")
    {
        CHECK(decoder.feed(frame.left(3)) == FrameDecoder::State::Ok);
        CHECK_FALSE(decoder.hasFrame());
        CHECK(decoder.feed(frame.mid(3)) == FrameDecoder::State::Ok);
    }
    SECTION("payload incomplete")
    {
        CHECK(decoder.feed(frame.left(10)) == FrameDecoder::State::Ok);
        CHECK_FALSE(decoder.hasFrame());
        CHECK(decoder.bufferedBytes() == 10);
        CHECK(decoder.feed(frame.mid(10)) == FrameDecoder::State::Ok);
    }
    REQUIRE(decoder.hasFrame());
    CHECK(decoder.takeFrame() == "partial payload");
}

TEST_CASE("frames fed one byte at a time come out whole")
{
    const QList<QByteArray> payloads{"first", QByteArray(200, 'b'), "third"};
    QByteArray stream;
    for (const QByteArray &p : payloads)
        stream += encodeFrame(p);
    FrameDecoder decoder(kLimit);
    QList<QByteArray> frames;
    for (char byte : stream) {
        REQUIRE(decoder.feed(QByteArray(1, byte)) == FrameDecoder::State::Ok);
        frames += takeAll(decoder);
    }
    CHECK(frames == payloads);
    CHECK(decoder.bufferedBytes() == 0);
}

TEST_CASE("several frames in one chunk all come out, in order")
{
    const QByteArray chunk = encodeFrame("one") + encodeFrame("two") + encodeFrame("three") + encodeFrame("fo");
    FrameDecoder decoder(kLimit);
    CHECK(decoder.feed(chunk.left(chunk.size() - 1)) == FrameDecoder::State::Ok);
    CHECK(takeAll(decoder) == QList<QByteArray>{"one", "two", "three"});
    CHECK(decoder.bufferedBytes() == 5);
    CHECK(decoder.feed(chunk.right(1)) == FrameDecoder::State::Ok);
    CHECK(takeAll(decoder) == QList<QByteArray>{"fo"});
}

TEST_CASE("a zero length frame is refused")
{
    FrameDecoder decoder(kLimit);
    CHECK(decoder.feed(header(0)) == FrameDecoder::State::ZeroLength);
    CHECK(decoder.state() == FrameDecoder::State::ZeroLength);
    CHECK_FALSE(decoder.hasFrame());
    // The stream stays unusable: later bytes are not taken in.
    CHECK(decoder.feed(encodeFrame("after")) == FrameDecoder::State::ZeroLength);
    CHECK_FALSE(decoder.hasFrame());
    CHECK(decoder.bufferedBytes() == 0);
}

TEST_CASE("a frame over the limit is refused from its header, before it is buffered")
{
    FrameDecoder decoder(kLimit);
    CHECK(decoder.feed(header(kLimit + 1)) == FrameDecoder::State::TooLarge);
    CHECK(decoder.offendingLength() == kLimit + 1);
    CHECK(decoder.bufferedBytes() == 0);
    // A peer that keeps sending does not make the buffer grow.
    for (int i = 0; i < 100; ++i)
        CHECK(decoder.feed(QByteArray(4096, 'x')) == FrameDecoder::State::TooLarge);
    CHECK(decoder.bufferedBytes() == 0);
    CHECK_FALSE(decoder.hasFrame());
}

TEST_CASE("a declared length of 0xFFFFFFFF is too large")
{
    FrameDecoder decoder(kDefaultMaxFrameBytes);
    CHECK(decoder.feed(QByteArray("\xff\xff\xff\xff", 4) + "abc") == FrameDecoder::State::TooLarge);
    CHECK(decoder.offendingLength() == 0xFFFFFFFFu);
    CHECK(decoder.bufferedBytes() == 0);
}

TEST_CASE("frames before an oversized one are still delivered")
{
    FrameDecoder decoder(kLimit);
    CHECK(decoder.feed(encodeFrame("fine") + header(kLimit + 1)) == FrameDecoder::State::TooLarge);
    REQUIRE(decoder.hasFrame());
    CHECK(decoder.takeFrame() == "fine");
}

TEST_CASE("a frame of exactly the limit is accepted")
{
    const QByteArray payload(int(kLimit), 'z');
    FrameDecoder decoder(kLimit);
    CHECK(decoder.feed(encodeFrame(payload)) == FrameDecoder::State::Ok);
    REQUIRE(decoder.hasFrame());
    CHECK(decoder.takeFrame() == payload);
}

TEST_CASE("a raised limit applies to the frames whose header comes after it")
{
    FrameDecoder decoder(kLimit);
    CHECK(decoder.feed(encodeFrame(QByteArray(kLimit, 'a'))) == FrameDecoder::State::Ok);
    decoder.setMaxFrameBytes(4 * kLimit);
    CHECK(decoder.maxFrameBytes() == 4 * kLimit);
    CHECK(decoder.feed(encodeFrame(QByteArray(4 * kLimit, 'b'))) == FrameDecoder::State::Ok);
    CHECK(takeAll(decoder).size() == 2);
    decoder.setMaxFrameBytes(kLimit);
    CHECK(decoder.feed(header(kLimit + 1)) == FrameDecoder::State::TooLarge);
    CHECK(decoder.offendingLength() == kLimit + 1);
}
