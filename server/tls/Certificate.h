// The server's self-signed TLS certificate: creation on first start and its fingerprint.
#pragma once

#include <QByteArray>
#include <QString>

#include <variant>

namespace cordial::server::tls {

struct Paths {
    QString certificate;
    QString privateKey;
};

// Creates <tlsDir>/server.key (PEM, PKCS#8, mode 0600 from creation) and
// <tlsDir>/server.crt (self-signed X.509 v3, ECDSA P-256 + SHA-256, ten years,
// CN=<commonName>, O=Cordial CRM, subjectAltName DNS:<commonName>, DNS:localhost,
// IP:127.0.0.1, IP:::1) unless both already exist; tlsDir is created with mode 0700
// if missing. Returns the paths, or an error message.
std::variant<Paths, QString> ensureSelfSigned(const QString &tlsDir, const QString &commonName);

// SHA-256 over the certificate's DER as uppercase hex pairs joined by ':' (95 characters).
// Accepts PEM or DER; empty if the bytes are not a certificate.
QString fingerprint(const QByteArray &certificate);
QString fingerprintOfFile(const QString &path);

} // namespace cordial::server::tls
