// This computer's key file (client/net/MachineKey): made once readable by its owner
// only, the same key on every later start, a damaged file left alone and reported.
#include "net/MachineKey.h"

#include "protocol/MachineProof.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sodium.h>

using cordial::client::MachineKey;

namespace {

bool verifies(const MachineKey &key, const QByteArray &message, const QByteArray &signature)
{
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(key.publicKey().constData()))
           == 0;
}

} // namespace

TEST_CASE("the key file is made on first use for its owner only, and read back as the same key")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("not/yet/there/machine.key"));
    QString error;
    const auto made = MachineKey::loadOrCreate(path, &error);
    INFO(error.toStdString());
    REQUIRE(made);
    CHECK(error.isEmpty());
    QFile file(path);
    REQUIRE(file.exists());
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.startsWith("# Cordial"));
    // The secret is in the file, the public key is not needed there.
    CHECK_FALSE(text.contains(made->publicKey().toBase64()));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".new")));

    const auto again = MachineKey::loadOrCreate(path, &error);
    REQUIRE(again);
    CHECK(again->publicKey() == made->publicKey());
    CHECK(again->fingerprint() == made->fingerprint());
    static const QRegularExpression shape(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$"));
    CHECK(shape.match(made->fingerprint()).hasMatch());
    CHECK(made->fingerprint() == cordial::protocol::machineFingerprint(made->publicKey()));

    const QByteArray message("challenge and login");
    const QByteArray signature = again->sign(message);
    CHECK(signature.size() == cordial::protocol::kMachineSignatureBytes);
    CHECK(verifies(*made, message, signature));
    CHECK_FALSE(verifies(*made, QByteArray("something else"), signature));
    CHECK_FALSE(verifies(MachineKey::generate(), message, signature));
}

TEST_CASE("a key file others could read is kept to its owner from then on")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("machine.key"));
    const auto made = MachineKey::loadOrCreate(path);
    REQUIRE(made);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                                            | QFileDevice::ReadGroup));
    const auto loaded = MachineKey::loadOrCreate(path);
    REQUIRE(loaded);
    CHECK(loaded->publicKey() == made->publicKey());
    CHECK_FALSE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup));
}

TEST_CASE("a damaged key file is reported and left as it is, not replaced by a new key")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("machine.key"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("# Cordial\nnot a key at all\n");
    }
    QString error;
    CHECK_FALSE(MachineKey::loadOrCreate(path, &error));
    CHECK(error.contains(QStringLiteral("machine.key")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("# Cordial\nnot a key at all\n"));
}

TEST_CASE("a key file that cannot be written is reported")
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("a-file"));
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    QString error;
    // Its folder would have to be where a file is.
    CHECK_FALSE(MachineKey::loadOrCreate(blocker + QStringLiteral("/machine.key"), &error));
    CHECK_FALSE(error.isEmpty());
}
