#include "auth/LoginThrottle.h"

namespace cordial::server::auth {

LoginThrottle::LoginThrottle(Limits limits) : m_limits(limits) {}

bool LoginThrottle::blocked(Entry &entry, qint64 nowMs)
{
    return entry.blockedUntil > nowMs;
}

bool LoginThrottle::isBlocked(const QString &login, const QString &address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    auto l = m_byLogin.find(login.toLower());
    if (l != m_byLogin.end() && blocked(*l, nowMs))
        return true;
    auto a = m_byAddress.find(address);
    return a != m_byAddress.end() && blocked(*a, nowMs);
}

void LoginThrottle::fail(QHash<QString, Entry> &table, const QString &key, int limit, qint64 nowMs)
{
    Entry &entry = table[key];
    entry.failures.push_back(nowMs);
    while (!entry.failures.empty() && entry.failures.front() <= nowMs - m_limits.windowMs)
        entry.failures.pop_front();
    if (int(entry.failures.size()) >= limit) {
        entry.blockedUntil = nowMs + m_limits.blockMs;
        entry.failures.clear();
    }
}

void LoginThrottle::recordFailure(const QString &login, const QString &address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    fail(m_byLogin, login.toLower(), m_limits.perLogin, nowMs);
    fail(m_byAddress, address, m_limits.perAddress, nowMs);
    // Bound memory under a spray of distinct names: forget entries that are neither
    // blocked nor within the window.
    if (m_byLogin.size() > 10000) {
        for (auto it = m_byLogin.begin(); it != m_byLogin.end();) {
            if (!blocked(*it, nowMs) && (it->failures.empty() || it->failures.back() <= nowMs - m_limits.windowMs))
                it = m_byLogin.erase(it);
            else
                ++it;
        }
    }
}

void LoginThrottle::recordSuccess(const QString &login, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    m_byLogin.remove(login.toLower());
    m_byAddress.remove(address);
}

} // namespace cordial::server::auth
