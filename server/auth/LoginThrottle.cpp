#include "auth/LoginThrottle.h"

#include <algorithm>
#include <tuple>

namespace cordial::server::auth {

LoginThrottle::LoginThrottle(Limits limits) : m_limits(limits) {}

bool LoginThrottle::blocked(Entry &entry, qint64 nowMs)
{
    return entry.blockedUntil > nowMs;
}

LoginThrottle::Entry *LoginThrottle::lookup(QHash<QString, Entry> &table, const QString &key)
{
    auto it = table.find(key);
    return it == table.end() ? nullptr : &*it;
}

bool LoginThrottle::isBlocked(const QString &login, const QString &address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    bool refused = false;
    for (Entry *entry : {lookup(m_byLogin, login.toLower()), lookup(m_byAddress, address)}) {
        if (entry && blocked(*entry, nowMs)) {
            ++entry->blockFailures;
            refused = true;
        }
    }
    return refused;
}

void LoginThrottle::fail(QHash<QString, Entry> &table, const QString &key, int limit, qint64 nowMs)
{
    Entry &entry = table[key];
    entry.failures.push_back(nowMs);
    while (!entry.failures.empty() && entry.failures.front() <= nowMs - m_limits.windowMs)
        entry.failures.pop_front();
    if (int(entry.failures.size()) >= limit) {
        entry.blockedUntil = nowMs + m_limits.blockMs;
        entry.blockFailures = int(entry.failures.size());
        entry.failures.clear();
    }
}

void LoginThrottle::recordFailure(const QString &login, const QString &address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    fail(m_byLogin, login.toLower(), m_limits.perLogin, nowMs);
    fail(m_byAddress, address, m_limits.perAddress, nowMs);
    // Bound memory under a spray of distinct names or addresses: forget entries that
    // are neither blocked nor within the window.
    for (QHash<QString, Entry> *table : {&m_byLogin, &m_byAddress}) {
        if (table->size() <= 10000)
            continue;
        for (auto it = table->begin(); it != table->end();) {
            if (!blocked(*it, nowMs) && (it->failures.empty() || it->failures.back() <= nowMs - m_limits.windowMs))
                it = table->erase(it);
            else
                ++it;
        }
    }
}

QList<LoginThrottle::Block> LoginThrottle::blocks(qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    QList<Block> out;
    for (auto it = m_byLogin.begin(); it != m_byLogin.end(); ++it)
        if (blocked(*it, nowMs))
            out.append({QStringLiteral("login"), it.key(), it->blockedUntil, it->blockFailures});
    for (auto it = m_byAddress.begin(); it != m_byAddress.end(); ++it)
        if (blocked(*it, nowMs))
            out.append({QStringLiteral("address"), it.key(), it->blockedUntil, it->blockFailures});
    std::sort(out.begin(), out.end(), [](const Block &a, const Block &b) {
        return std::tie(a.kind, a.key) < std::tie(b.kind, b.key);
    });
    return out;
}

bool LoginThrottle::lift(const QString &kind, const QString &key, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    QHash<QString, Entry> &table = kind == QLatin1String("login") ? m_byLogin : m_byAddress;
    const QString k = kind == QLatin1String("login") ? key.toLower() : key;
    auto it = table.find(k);
    if (it == table.end() || !blocked(*it, nowMs))
        return false;
    table.erase(it);
    return true;
}

void LoginThrottle::recordSuccess(const QString &login, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    m_byLogin.remove(login.toLower());
    m_byAddress.remove(address);
}

} // namespace cordial::server::auth
