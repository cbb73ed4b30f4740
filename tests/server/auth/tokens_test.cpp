// Session tokens: format, uniqueness and the digest the database stores.
#include "auth/Tokens.h"

#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace cordial::server::auth;

TEST_CASE("a token is 43 characters of base64url without padding")
{
    const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    for (int i = 0; i < 100; ++i) {
        const QString token = newToken();
        INFO(token.toStdString());
        CHECK(base64url.match(token).hasMatch());
        CHECK(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size() == 32);
    }
}

TEST_CASE("1000 tokens are all different")
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(newToken());
    CHECK(seen.size() == 1000);
}

TEST_CASE("a token hash is 64 lowercase hex characters and the same every time")
{
    const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString token = newToken();
    const QByteArray hash = tokenHash(token);
    CHECK(hex.match(QString::fromLatin1(hash)).hasMatch());
    CHECK(tokenHash(token) == hash);
    CHECK(tokenHash(newToken()) != hash);
    CHECK(hash == sha256Hex(token.toUtf8()));
}

TEST_CASE("sha256Hex matches the published test vectors")
{
    CHECK(sha256Hex(QByteArray()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
