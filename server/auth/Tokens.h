// Session tokens and the SHA-256 digests under which the database stores them, and
// the random challenge of a connection (which machine proofs sign).
#pragma once

#include <QByteArray>
#include <QString>

namespace cordial::server::auth {

// 32 random bytes, base64url without padding (43 characters).
QString newToken();
// protocol::kChallengeBytes random bytes: hello's challenge for one connection.
QByteArray newChallenge();
// Lowercase hex SHA-256 of data (64 characters).
QByteArray sha256Hex(const QByteArray &data);
// What the database stores for a token: sha256Hex(token.toUtf8()).
QByteArray tokenHash(const QString &token);

} // namespace cordial::server::auth
