// Token generation and hashing through libsodium.
#include "auth/Tokens.h"

#include "auth/Passwords.h"
#include "protocol/MachineProof.h"

#include <sodium.h>

namespace cordial::server::auth {

namespace {
constexpr size_t kTokenBytes = 32;
} // namespace

QString newToken()
{
    initSodium();
    QByteArray bytes(qsizetype(kTokenBytes), Qt::Uninitialized);
    randombytes_buf(bytes.data(), kTokenBytes);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray newChallenge()
{
    initSodium();
    QByteArray bytes(qsizetype(protocol::kChallengeBytes), Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

QByteArray sha256Hex(const QByteArray &data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

QByteArray tokenHash(const QString &token)
{
    return sha256Hex(token.toUtf8());
}

} // namespace cordial::server::auth
