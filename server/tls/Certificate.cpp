// Self-signed certificate generation and fingerprints with OpenSSL 3 libcrypto.
#include "tls/Certificate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <utility>
#include <unistd.h>

namespace cordial::server::tls {

namespace {

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, Deleter<GENERAL_NAME_free>>;
using Asn1StringPtr = std::unique_ptr<ASN1_STRING, Deleter<ASN1_STRING_free>>;

constexpr int kSerialBytes = 16;
constexpr int kValidYears = 10;
constexpr int kBackdateSeconds = 3600;

// The oldest OpenSSL error on this thread's queue, cleared afterwards.
QString openSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QString::fromLatin1(what);
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(text));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

// Writes bytes to <path>.tmp created with the given mode (so a private key is never
// readable by others, not even for a moment), then renames it over path.
std::optional<QString> writeFileAtomically(const QString &path, const QByteArray &bytes, mode_t mode)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return QStringLiteral("cannot create %1: %2").arg(QFile::decodeName(temporary),
                                                          QString::fromLocal8Bit(std::strerror(errno)));
    int error = 0;
    qsizetype written = 0;
    while (error == 0 && written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n > 0)
            written += n;
        else if (n == 0)
            error = EIO;
        else if (errno != EINTR)
            error = errno;
    }
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    ::close(fd);
    if (error == 0 && ::rename(temporary.constData(), target.constData()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(temporary.constData());
        return QStringLiteral("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
    }
    return std::nullopt;
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0)
        == 1;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// The stack takes ownership only when the push succeeds.
bool pushName(GENERAL_NAMES *names, GeneralNamePtr name)
{
    if (sk_GENERAL_NAME_push(names, name.get()) <= 0)
        return false;
    name.release();
    return true;
}

bool appendDnsName(GENERAL_NAMES *names, const QString &host)
{
    const QByteArray ascii = QUrl::toAce(host);
    Asn1StringPtr text(ASN1_IA5STRING_new());
    GeneralNamePtr name(GENERAL_NAME_new());
    if (!text || !name || ascii.isEmpty()
        || ASN1_STRING_set(text.get(), ascii.constData(), int(ascii.size())) != 1)
        return false;
    GENERAL_NAME_set0_value(name.get(), GEN_DNS, text.release());
    return pushName(names, std::move(name));
}

bool appendIpAddress(GENERAL_NAMES *names, const char *address)
{
    Asn1StringPtr octets(a2i_IPADDRESS(address));
    GeneralNamePtr name(GENERAL_NAME_new());
    if (!octets || !name)
        return false;
    GENERAL_NAME_set0_value(name.get(), GEN_IPADD, octets.release());
    return pushName(names, std::move(name));
}

// Built from GENERAL_NAME values rather than a "DNS:..." config string, so a host name
// containing a comma cannot smuggle in extra names.
bool addSubjectAltNames(X509 *certificate, const QString &commonName)
{
    GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names)
        return false;
    const QString localhost = QStringLiteral("localhost");
    if (commonName.compare(localhost, Qt::CaseInsensitive) != 0 && !appendDnsName(names.get(), commonName))
        return false;
    return appendDnsName(names.get(), localhost) && appendIpAddress(names.get(), "127.0.0.1")
        && appendIpAddress(names.get(), "::1")
        && X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

bool setRandomSerial(X509 *certificate)
{
    unsigned char bytes[kSerialBytes];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    BnPtr serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate));
}

bool setValidity(X509 *certificate)
{
    // Backdated an hour so a client whose clock runs a little behind accepts it at once.
    const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-kBackdateSeconds);
    const QDateTime until = from.addYears(kValidYears);
    return ASN1_TIME_set(X509_getm_notBefore(certificate), time_t(from.toSecsSinceEpoch()))
        && ASN1_TIME_set(X509_getm_notAfter(certificate), time_t(until.toSecsSinceEpoch()));
}

std::variant<X509Ptr, QString> makeCertificate(EVP_PKEY *key, const QString &commonName)
{
    X509Ptr certificate(X509_new());
    if (!certificate)
        return openSslError("X509_new");
    X509 *x = certificate.get();
    if (X509_set_version(x, X509_VERSION_3) != 1 || !setRandomSerial(x) || !setValidity(x)
        || X509_set_pubkey(x, key) != 1)
        return openSslError("cannot fill in the certificate");
    X509_NAME *subject = X509_get_subject_name(x);
    if (!addNameEntry(subject, "CN", commonName) || !addNameEntry(subject, "O", QStringLiteral("Cordial CRM"))
        || X509_set_issuer_name(x, subject) != 1)
        return openSslError("cannot set the certificate's subject");
    if (!addExtension(x, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(x, NID_key_usage, "critical,digitalSignature")
        || !addExtension(x, NID_ext_key_usage, "serverAuth")
        || !addExtension(x, NID_subject_key_identifier, "hash") || !addSubjectAltNames(x, commonName))
        return openSslError("cannot add the certificate's extensions");
    if (X509_sign(x, key, EVP_sha256()) <= 0)
        return openSslError("cannot sign the certificate");
    return certificate;
}

std::variant<QByteArray, QString> privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // PEM_write_bio_PrivateKey writes PKCS#8 ("BEGIN PRIVATE KEY").
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return openSslError("cannot encode the private key");
    return bioContents(bio.get());
}

std::variant<QByteArray, QString> certificatePem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return openSslError("cannot encode the certificate");
    return bioContents(bio.get());
}

std::optional<QString> ensureDirectory(const QString &tlsDir)
{
    const QFileInfo info(tlsDir);
    if (info.isDir())
        return std::nullopt;
    const QString absolute = info.absoluteFilePath();
    const QString parent = QFileInfo(absolute).path();
    if (!QDir().mkpath(parent)
        || !QDir().mkdir(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return QStringLiteral("cannot create the directory %1").arg(absolute);
    return std::nullopt;
}

X509Ptr parseCertificate(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    if (bytes.contains("-----BEGIN")) {
        BioPtr bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
        return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    }
    const auto *der = reinterpret_cast<const unsigned char *>(bytes.constData());
    X509Ptr certificate(d2i_X509(nullptr, &der, long(bytes.size())));
    // Trailing garbage after the DER means these bytes are not one certificate.
    if (der != reinterpret_cast<const unsigned char *>(bytes.constData()) + bytes.size())
        return {};
    return certificate;
}

} // namespace

std::variant<Paths, QString> ensureSelfSigned(const QString &tlsDir, const QString &commonName)
{
    const QDir dir(tlsDir);
    const Paths paths{dir.absoluteFilePath(QStringLiteral("server.crt")),
                      dir.absoluteFilePath(QStringLiteral("server.key"))};
    if (QFileInfo::exists(paths.certificate) && QFileInfo::exists(paths.privateKey))
        return paths;
    if (commonName.isEmpty())
        return QStringLiteral("the certificate needs a host name");
    if (auto error = ensureDirectory(tlsDir))
        return *error;

    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return openSslError("cannot generate an EC P-256 key");
    auto certificate = makeCertificate(key.get(), commonName);
    if (auto *error = std::get_if<QString>(&certificate))
        return *error;
    auto keyPem = privateKeyPem(key.get());
    if (auto *error = std::get_if<QString>(&keyPem))
        return *error;
    auto certPem = certificatePem(std::get<X509Ptr>(certificate).get());
    if (auto *error = std::get_if<QString>(&certPem))
        return *error;

    // The certificate goes last: until it exists, the next start makes a fresh pair.
    QByteArray &keyBytes = std::get<QByteArray>(keyPem);
    const auto keyError = writeFileAtomically(paths.privateKey, keyBytes, 0600);
    OPENSSL_cleanse(keyBytes.data(), size_t(keyBytes.size()));
    if (keyError)
        return *keyError;
    if (auto error = writeFileAtomically(paths.certificate, std::get<QByteArray>(certPem), 0644))
        return *error;
    return paths;
}

QString fingerprint(const QByteArray &certificate)
{
    const X509Ptr parsed = parseCertificate(certificate);
    ERR_clear_error();
    if (!parsed)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(parsed.get(), EVP_sha256(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex(':').toUpper());
}

QString fingerprintOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fingerprint(file.readAll());
}

} // namespace cordial::server::tls
