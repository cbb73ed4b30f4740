// Argon2id password hashing: round trip, salting, rehash detection.
#include "auth/Passwords.h"

#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

using cordial::server::auth::PasswordHasher;

namespace {

// The smallest limits libsodium accepts, so tests that need "weaker" hashes stay fast.
PasswordHasher::Limits weakLimits()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

} // namespace

TEST_CASE("sodium initialises, also when asked twice")
{
    REQUIRE(cordial::server::auth::initSodium());
    REQUIRE(cordial::server::auth::initSodium());
}

TEST_CASE("a hashed password verifies and a wrong one does not")
{
    const PasswordHasher hasher;
    const QString password = QStringLiteral("correct horse battery staple");
    const QByteArray stored = hasher.hash(password);
    REQUIRE_FALSE(stored.isEmpty());
    CHECK(hasher.verify(stored, password));
    CHECK_FALSE(hasher.verify(stored, QStringLiteral("correct horse battery stapler")));
    CHECK_FALSE(hasher.verify(stored, QString()));
}

TEST_CASE("the hash is an Argon2id string in ASCII without NUL")
{
    const QByteArray stored = PasswordHasher().hash(QStringLiteral("secret"));
    CHECK(stored.startsWith("$argon2id$"));
    CHECK_FALSE(stored.contains('\0'));
    for (const char c : stored)
        CHECK((c > 0x20 && c < 0x7f));
}

TEST_CASE("two hashes of one password differ because each has its own salt")
{
    const PasswordHasher hasher(weakLimits());
    const QString password = QStringLiteral("same password");
    const QByteArray first = hasher.hash(password);
    const QByteArray second = hasher.hash(password);
    CHECK(first != second);
    CHECK(hasher.verify(first, password));
    CHECK(hasher.verify(second, password));
}

TEST_CASE("non-ASCII passwords are hashed as UTF-8")
{
    const PasswordHasher hasher(weakLimits());
    const QString password = QStringLiteral(u"密码-Grüße-🔑");
    const QByteArray stored = hasher.hash(password);
    CHECK(hasher.verify(stored, password));
    const QByteArray utf8 = password.toUtf8();
    CHECK(crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0);
    CHECK_FALSE(hasher.verify(stored, QStringLiteral(u"密码-Grusse-🔑")));
}

TEST_CASE("a hash made with weaker limits needs rehashing, one with the current limits does not")
{
    const PasswordHasher current;
    const QByteArray weak = PasswordHasher(weakLimits()).hash(QStringLiteral("pw"));
    const QByteArray strong = current.hash(QStringLiteral("pw"));
    CHECK(current.needsRehash(weak));
    CHECK_FALSE(current.needsRehash(strong));
    // A hash made with weaker limits still verifies, so the login can upgrade it.
    CHECK(current.verify(weak, QStringLiteral("pw")));
}

TEST_CASE("garbage in the password column neither verifies nor counts as current")
{
    const PasswordHasher hasher(weakLimits());
    for (const QByteArray &stored : {QByteArray(), QByteArray("plain text"), QByteArray("$argon2id$v=19$"),
                                     QByteArray(200, 'x'), QByteArray("$argon2id\0$", 11)}) {
        CHECK_FALSE(hasher.verify(stored, QStringLiteral("plain text")));
        CHECK(hasher.needsRehash(stored));
    }
}

TEST_CASE("a login for an unknown user costs about as much as a wrong password")
{
    const PasswordHasher hasher;
    const QByteArray stored = hasher.hash(QStringLiteral("real password"));
    hasher.burnVerifyTime(QStringLiteral("warm up")); // the first call also makes the dummy hash
    // The fastest of a few runs each, so a busy machine does not make the test flaky.
    const auto fastest = [](const auto &run) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            run();
            best = std::min(best, timer.nsecsElapsed());
        }
        return best;
    };
    const qint64 wrongPassword = fastest([&] { hasher.verify(stored, QStringLiteral("guess")); });
    const qint64 unknownUser = fastest([&] { hasher.burnVerifyTime(QStringLiteral("guess")); });
    CHECK(unknownUser > wrongPassword / 4);
    CHECK(wrongPassword > unknownUser / 4);
}

TEST_CASE("one hasher serves several threads at once, copies included")
{
    const PasswordHasher hasher(weakLimits());
    const QByteArray stored = hasher.hash(QStringLiteral("shared"));
    std::atomic<int> failures = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, copy = hasher] {
            for (int i = 0; i < 5; ++i) {
                copy.burnVerifyTime(QStringLiteral("nobody"));
                hasher.burnVerifyTime(QStringLiteral("nobody"));
                if (!hasher.verify(stored, QStringLiteral("shared")) || !copy.verify(hasher.hash(QStringLiteral("x")), QStringLiteral("x")))
                    ++failures;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    CHECK(failures == 0);
}
