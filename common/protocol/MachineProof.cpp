#include "protocol/MachineProof.h"

#include <QCryptographicHash>

namespace cordial::protocol {

namespace {
// Changing it invalidates every signature: a new protocol version, not an edit.
constexpr char kContext[] = "cordial machine proof v1";
} // namespace

QByteArray machineProofMessage(const QByteArray &challenge, const QString &op, const QString &subject)
{
    // The context ends with its NUL, and the op with one: no op and subject can be
    // shifted into another pair that reads the same.
    QByteArray message(kContext, sizeof kContext);
    message += challenge;
    message += op.toUtf8();
    message += '\0';
    message += subject.toUtf8();
    return message;
}

QString machineFingerprint(const QByteArray &publicKey)
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const QByteArray digest = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256);
    // 10 bytes are 80 bits, 16 base32 digits of 5 bits each.
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; i < 10; ++i) {
        buffer = (buffer << 8) | quint8(digest.at(i));
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!out.isEmpty() && (out.size() + 1) % 5 == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(kAlphabet[(buffer >> bits) & 31]);
        }
    }
    return out;
}

} // namespace cordial::protocol
