// Argon2id hashing through libsodium, and the dummy hash that evens out login timing.
#include "auth/Passwords.h"

#include <sodium.h>

#include <mutex>

namespace cordial::server::auth {

namespace {

// The UTF-8 copy of a password, wiped when it goes out of scope.
class Utf8Secret
{
public:
    explicit Utf8Secret(const QString &text) : m_bytes(text.toUtf8()) {}
    ~Utf8Secret() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Utf8Secret(const Utf8Secret &) = delete;
    Utf8Secret &operator=(const Utf8Secret &) = delete;

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

// crypto_pwhash_str_* read a NUL-terminated string of at most crypto_pwhash_STRBYTES
// including the NUL; anything else cannot be a hash we made.
bool plausibleHash(const QByteArray &stored)
{
    return !stored.isEmpty() && stored.size() < qsizetype(crypto_pwhash_STRBYTES)
        && !stored.contains('\0');
}

} // namespace

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// Made on first use, not in the constructor: building a hasher (ctl, tests) should not
// cost a full Argon2id run unless an unknown user actually tries to log in.
struct PasswordHasher::DummyHash {
    std::once_flag once;
    QByteArray hash;
};

PasswordHasher::Limits PasswordHasher::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::PasswordHasher(Limits limits)
    : m_limits(limits), m_dummy(std::make_shared<DummyHash>())
{
    initSodium();
}

QByteArray PasswordHasher::hash(const QString &password) const
{
    const Utf8Secret secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), m_limits.opsLimit,
                              m_limits.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &stored, const QString &password) const
{
    if (!plausibleHash(stored))
        return false;
    const Utf8Secret secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &stored) const
{
    if (!plausibleHash(stored))
        return true;
    // 1 = other limits or algorithm, -1 = not a valid hash string: both call for a new hash.
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_limits.opsLimit, m_limits.memLimit)
        != 0;
}

void PasswordHasher::burnVerifyTime(const QString &password) const
{
    std::call_once(m_dummy->once, [this] {
        m_dummy->hash = hash(QStringLiteral("cordial dummy password for unknown users"));
    });
    verify(m_dummy->hash, password);
}

} // namespace cordial::server::auth
