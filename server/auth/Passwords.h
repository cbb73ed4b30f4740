// Argon2id password hashing (libsodium) and the sodium initialisation it needs.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>

namespace cordial::server::auth {

// Calls sodium_init() once per process; safe to call from any thread, any number of times.
bool initSodium();

// Hashes and checks passwords with Argon2id. Copies share the lazily made dummy hash;
// every method is const and safe to call concurrently from worker threads.
class PasswordHasher
{
public:
    struct Limits {
        unsigned long long opsLimit;
        size_t memLimit;
    };

    static Limits interactive();

    explicit PasswordHasher(Limits limits = interactive());

    // crypto_pwhash_str output ("$argon2id$..."), ASCII without NUL; empty if hashing
    // failed (out of memory).
    QByteArray hash(const QString &password) const;
    bool verify(const QByteArray &stored, const QString &password) const;
    // True when the stored hash was made with other limits (or is not a hash at all).
    bool needsRehash(const QByteArray &stored) const;
    // Verifies the password against a fixed dummy hash made with the same limits, so a
    // login for an unknown user costs the same time as a wrong password.
    void burnVerifyTime(const QString &password) const;

private:
    struct DummyHash;

    Limits m_limits;
    std::shared_ptr<DummyHash> m_dummy;
};

} // namespace cordial::server::auth
