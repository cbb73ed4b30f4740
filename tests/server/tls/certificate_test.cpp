// The self-signed server certificate: files, permissions, reuse, and that Qt accepts it.
#include "tls/Certificate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslError>
#include <QSslKey>
#include <QTemporaryDir>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>

using namespace cordial::server::tls;

namespace {

Paths makeCertificate(const QString &tlsDir, const QString &commonName = QStringLiteral("crm.example.com"))
{
    auto made = ensureSelfSigned(tlsDir, commonName);
    if (const auto *error = std::get_if<QString>(&made))
        FAIL(error->toStdString());
    return std::get<Paths>(made);
}

mode_t modeOf(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 07777;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Asks OpenSSL whether the private key is the one the certificate was issued for.
bool keyMatchesCertificate(const Paths &paths)
{
    const QByteArray certificatePem = readAll(paths.certificate);
    const QByteArray keyPem = readAll(paths.privateKey);
    BIO *certificateBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *certificate = PEM_read_bio_X509(certificateBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    const bool matches = certificate && key && X509_check_private_key(certificate, key) == 1;
    EVP_PKEY_free(key);
    X509_free(certificate);
    BIO_free(keyBio);
    BIO_free(certificateBio);
    return matches;
}

QString qtFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace

TEST_CASE("the certificate and key are created in a new 0700 directory, the key with mode 0600")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString tlsDir = root.filePath(QStringLiteral("data/tls"));
    const Paths paths = makeCertificate(tlsDir);
    CHECK(paths.certificate == QDir(tlsDir).absoluteFilePath(QStringLiteral("server.crt")));
    CHECK(paths.privateKey == QDir(tlsDir).absoluteFilePath(QStringLiteral("server.key")));
    CHECK(QFile::exists(paths.certificate));
    CHECK(QFile::exists(paths.privateKey));
    CHECK(modeOf(paths.privateKey) == 0600);
    CHECK(modeOf(tlsDir) == 0700);
    CHECK(readAll(paths.privateKey).startsWith("-----BEGIN PRIVATE KEY-----"));
    CHECK(readAll(paths.certificate).startsWith("-----BEGIN CERTIFICATE-----"));
    CHECK_FALSE(QFile::exists(paths.privateKey + QStringLiteral(".tmp")));
}

TEST_CASE("a second call keeps the existing certificate")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const Paths first = makeCertificate(root.path());
    const QString before = fingerprintOfFile(first.certificate);
    const QByteArray keyBefore = readAll(first.privateKey);
    const Paths second = makeCertificate(root.path(), QStringLiteral("other.example.com"));
    CHECK(second.certificate == first.certificate);
    CHECK(fingerprintOfFile(second.certificate) == before);
    CHECK(readAll(second.privateKey) == keyBefore);
}

TEST_CASE("a missing key makes a fresh pair, again with a 0600 key")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const Paths first = makeCertificate(root.path());
    const QString before = fingerprintOfFile(first.certificate);
    REQUIRE(QFile::remove(first.privateKey));
    const Paths second = makeCertificate(root.path());
    CHECK(fingerprintOfFile(second.certificate) != before);
    CHECK(modeOf(second.privateKey) == 0600);
    CHECK(keyMatchesCertificate(second));
}

TEST_CASE("the fingerprint is 32 uppercase hex pairs joined by colons, from PEM or DER alike")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const Paths paths = makeCertificate(root.path());
    const QString fromFile = fingerprintOfFile(paths.certificate);
    CHECK(fromFile.size() == 95);
    CHECK(QRegularExpression(QStringLiteral("^[0-9A-F]{2}(:[0-9A-F]{2}){31}$")).match(fromFile).hasMatch());
    const QByteArray pem = readAll(paths.certificate);
    CHECK(fingerprint(pem) == fromFile);
    CHECK(fingerprint(QSslCertificate(pem, QSsl::Pem).toDer()) == fromFile);
}

TEST_CASE("bytes that are not a certificate have no fingerprint")
{
    CHECK(fingerprint(QByteArray()).isEmpty());
    CHECK(fingerprint("not a certificate").isEmpty());
    CHECK(fingerprint("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").isEmpty());
    CHECK(fingerprintOfFile(QStringLiteral("/nonexistent/server.crt")).isEmpty());
}

TEST_CASE("Qt loads the key and certificate and computes the same fingerprint")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const Paths paths = makeCertificate(root.path());
    const QSslKey key(readAll(paths.privateKey), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    const QSslCertificate certificate(readAll(paths.certificate), QSsl::Pem);
    REQUIRE_FALSE(key.isNull());
    REQUIRE_FALSE(certificate.isNull());
    CHECK(key.algorithm() == QSsl::Ec);
    CHECK(key.length() == 256);
    CHECK(certificate.publicKey().algorithm() == QSsl::Ec);
    // QSslCertificate::isSelfSigned() is false here: OpenSSL only calls a certificate
    // its own issuer when keyUsage allows keyCertSign, which a CA:FALSE server
    // certificate must not. What a connecting client sees is the self-signed error,
    // and that is what fingerprint pinning answers.
    const QList<QSslError> errors = QSslCertificate::verify({certificate}, QStringLiteral("crm.example.com"));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().error() == QSslError::SelfSignedCertificate);
    CHECK(qtFingerprint(certificate) == fingerprintOfFile(paths.certificate));
    CHECK(keyMatchesCertificate(paths));
}

TEST_CASE("the certificate names the host, localhost and both loopback addresses")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const Paths paths = makeCertificate(root.path(), QStringLiteral("crm.example.com"));
    const QSslCertificate certificate(readAll(paths.certificate), QSsl::Pem);
    REQUIRE_FALSE(certificate.isNull());
    CHECK(certificate.version() == "3");
    CHECK(certificate.subjectInfo(QSslCertificate::CommonName) == QStringList{QStringLiteral("crm.example.com")});
    CHECK(certificate.subjectInfo(QSslCertificate::Organization) == QStringList{QStringLiteral("Cordial CRM")});
    CHECK(certificate.issuerDisplayName() == certificate.subjectDisplayName());
    CHECK(certificate.serialNumber().size() >= 3 * 15); // 128 random bits, printed as hex pairs

    const auto names = certificate.subjectAlternativeNames();
    const QStringList dns = names.values(QSsl::DnsEntry);
    const QStringList ips = names.values(QSsl::IpAddressEntry);
    CHECK(dns.contains(QStringLiteral("crm.example.com")));
    CHECK(dns.contains(QStringLiteral("localhost")));
    CHECK(ips.contains(QStringLiteral("127.0.0.1")));
    CHECK((ips.contains(QStringLiteral("::1")) || ips.contains(QStringLiteral("0:0:0:0:0:0:0:1"))));
}

TEST_CASE("the certificate is valid from an hour ago for ten years, for servers only")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Paths paths = makeCertificate(root.path());
    const QSslCertificate certificate(readAll(paths.certificate), QSsl::Pem);
    const QDateTime from = certificate.effectiveDate();
    const QDateTime until = certificate.expiryDate();
    CHECK(qAbs(from.secsTo(now.addSecs(-3600))) < 120);
    CHECK(until == from.addYears(10));

    bool sawBasicConstraints = false;
    bool sawExtendedKeyUsage = false;
    for (const QSslCertificateExtension &extension : certificate.extensions()) {
        if (extension.name() == QLatin1String("basicConstraints")) {
            sawBasicConstraints = true;
            CHECK(extension.isCritical());
            CHECK(extension.value().toMap().value(QStringLiteral("ca")).toBool() == false);
        } else if (extension.name() == QLatin1String("extendedKeyUsage")) {
            sawExtendedKeyUsage = true;
            CHECK(extension.value().toStringList() == QStringList{QStringLiteral("TLS Web Server Authentication")});
        }
    }
    CHECK(sawBasicConstraints);
    CHECK(sawExtendedKeyUsage);
}
