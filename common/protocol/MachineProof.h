// Registered computers (#5): what a client signs with its computer's Ed25519 key to
// prove, on one connection, that it holds the key, and the fingerprint people compare.
// The signing (client) and the checking (server) need libsodium; this part does not.
#pragma once

#include <QByteArray>
#include <QString>

namespace cordial::protocol {

inline constexpr int kChallengeBytes = 32;        // hello's `challenge`, random per connection
inline constexpr int kMachineKeyBytes = 32;       // an Ed25519 public key
inline constexpr int kMachineSignatureBytes = 64; // an Ed25519 signature

// The bytes a machine key signs for `op` (auth.login or auth.resume): a fixed context,
// the connection's challenge, the op and its subject — the login as sent in `user`,
// or the session token. The challenge ties a signature to one connection, the op and
// subject to one request, so a signature seen once cannot be used again elsewhere.
QByteArray machineProofMessage(const QByteArray &challenge, const QString &op, const QString &subject);

// What a person reads aloud to compare two computers' keys: the first 80 bits of the
// SHA-256 of the public key in base32 (A–Z, 2–7), four groups of four, "K7QX-…".
QString machineFingerprint(const QByteArray &publicKey);

} // namespace cordial::protocol
