// What a computer key signs, and the fingerprint people compare (protocol/MachineProof.h).
#include "protocol/MachineProof.h"

#include <catch2/catch.hpp>

using namespace cordial::protocol;

TEST_CASE("a fingerprint is the first 80 bits of the key's SHA-256 in base32, four groups of four")
{
    // Worked out independently (Python: base64.b32encode(sha256(key).digest()[:10])).
    CHECK(machineFingerprint(QByteArray(32, '\0')) == QStringLiteral("MZUH-VLPY-MK6X-O3EP"));
    CHECK(machineFingerprint(QByteArrayLiteral("cordial")) == QStringLiteral("RVJV-FY7B-DI5F-YYMM"));
    CHECK(machineFingerprint(QByteArray(32, '\1')) != machineFingerprint(QByteArray(32, '\0')));
}

TEST_CASE("the signed message differs for every challenge, op and subject, and cannot be shifted into another")
{
    const QByteArray challenge(kChallengeBytes, 'c');
    const QByteArray login = machineProofMessage(challenge, QStringLiteral("auth.login"), QStringLiteral("rep"));
    CHECK(login.contains(challenge));
    CHECK(login != machineProofMessage(QByteArray(kChallengeBytes, 'd'), QStringLiteral("auth.login"), QStringLiteral("rep")));
    CHECK(login != machineProofMessage(challenge, QStringLiteral("auth.resume"), QStringLiteral("rep")));
    CHECK(login != machineProofMessage(challenge, QStringLiteral("auth.login"), QStringLiteral("rep2")));
    // The op ends where the subject begins: "auth.login" + "x" is not "auth.loginx" + "".
    CHECK(machineProofMessage(challenge, QStringLiteral("auth.login"), QStringLiteral("x"))
          != machineProofMessage(challenge, QStringLiteral("auth.loginx"), QString()));
    CHECK(login == machineProofMessage(challenge, QStringLiteral("auth.login"), QStringLiteral("rep")));
}
