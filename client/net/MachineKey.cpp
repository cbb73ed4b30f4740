#include "net/MachineKey.h"

#include "protocol/MachineProof.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sodium.h>

namespace cordial::client {

struct MachineKey::Secret {
    unsigned char key[crypto_sign_SECRETKEYBYTES];
    ~Secret() { sodium_memzero(key, sizeof key); }
};

namespace {

// What the file says about itself: whoever finds it should know what it is.
const char kFileHeader[] = "# Cordial: this computer's key for logging in to Cordial servers.\n"
                           "# Keep it private: whoever copies this file can pass as this computer.\n"
                           "# Deleting it makes a new key, which an administrator must approve again.\n";

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

std::optional<MachineKey> MachineKey::fromSeed(const QByteArray &seed)
{
    if (!sodiumReady() || seed.size() != crypto_sign_SEEDBYTES)
        return std::nullopt;
    auto secret = std::make_shared<Secret>();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret->key,
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    MachineKey key;
    key.m_secret = std::move(secret);
    key.m_publicKey = publicKey;
    return key;
}

MachineKey MachineKey::generate()
{
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    sodiumReady();
    randombytes_buf(seed.data(), size_t(seed.size()));
    std::optional<MachineKey> key = fromSeed(seed);
    sodium_memzero(seed.data(), size_t(seed.size()));
    return *key;
}

std::optional<MachineKey> MachineKey::loadOrCreate(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<MachineKey> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!sodiumReady())
        return fail(tr("The cryptography library could not be started."));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The computer key %1 could not be read: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        // A key others could read may be known to them already; it stays this
        // computer's key, but is kept to its owner from now on.
        if (file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser))
            file.setPermissions(kOwnerOnly);
        QByteArray encoded;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                encoded += line.trimmed();
        QByteArray seed = QByteArray::fromBase64(encoded);
        std::optional<MachineKey> key = fromSeed(seed);
        sodium_memzero(seed.data(), size_t(seed.size()));
        if (!key)
            return fail(tr("The file %1 does not hold a computer key. Move it away to make a new key; an "
                           "administrator must then approve this computer again.")
                            .arg(QDir::toNativeSeparators(path)));
        return key;
    }

    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    std::optional<MachineKey> key = fromSeed(seed);
    QByteArray contents = QByteArray(kFileHeader) + seed.toBase64() + '\n';
    sodium_memzero(seed.data(), size_t(seed.size()));
    const QFileInfo info(path);
    const QString temporary = path + QStringLiteral(".new");
    QDir().mkpath(info.absolutePath());
    QFile::remove(temporary);
    QFile out(temporary);
    // Created readable by its owner only, before anything is written into it.
    bool written = out.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)
                   && out.write(contents) == contents.size() && out.flush();
    const QString problem = out.errorString();
    out.close();
    sodium_memzero(contents.data(), size_t(contents.size()));
    // Never over an existing key: another instance of the client that got there first wins.
    if (written && !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        if (QFile::exists(path))
            return loadOrCreate(path, error);
        written = false;
    }
    if (!written) {
        QFile::remove(temporary);
        return fail(tr("The computer key could not be saved in %1: %2").arg(QDir::toNativeSeparators(path), problem));
    }
    return key;
}

QString MachineKey::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/machine.key");
}

QString MachineKey::fingerprint() const
{
    return protocol::machineFingerprint(m_publicKey);
}

QByteArray MachineKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_secret->key);
    return signature;
}

} // namespace cordial::client
