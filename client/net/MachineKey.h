// This computer's identity towards cordiald (#5, registered computers): an Ed25519
// key pair made on first use. The secret key stays in a file only this user may read;
// the public key identifies the computer, and its fingerprint is what people compare
// when an administrator approves it (docs/security.md, "Registered computers").
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace cordial::client {

class MachineKey
{
    Q_DECLARE_TR_FUNCTIONS(MachineKey)
public:
    // A new random key, kept in memory only.
    static MachineKey generate();
    // The key in the file at `path`, or a new one written there (readable by this user
    // only) when there is no file. nullopt, with `error` saying why in the person's
    // language, when the file cannot be read or written or does not hold a key; a
    // damaged file is left as it is for someone to look at.
    static std::optional<MachineKey> loadOrCreate(const QString &path, QString *error = nullptr);
    // machine.key in the user's application data directory.
    static QString defaultPath();

    QByteArray publicKey() const { return m_publicKey; } // 32 bytes
    QString fingerprint() const;                         // "K7QX-…" (protocol/MachineProof.h)
    // The Ed25519 signature (64 bytes) of `message`.
    QByteArray sign(const QByteArray &message) const;

private:
    struct Secret;
    MachineKey() = default;
    static std::optional<MachineKey> fromSeed(const QByteArray &seed);

    std::shared_ptr<const Secret> m_secret; // wiped when the last copy goes
    QByteArray m_publicKey;
};

} // namespace cordial::client
