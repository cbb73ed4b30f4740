// Failed-login throttling per login name and per client address (sliding window + block).
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <deque>

namespace cordial::server::auth {

class LoginThrottle
{
public:
    struct Limits {
        int perLogin = 5;
        int perAddress = 10;
        qint64 windowMs = 120'000;
        qint64 blockMs = 300'000;
    };

    explicit LoginThrottle(Limits limits);
    // True while either the login or the address is blocked; an attempt refused so
    // counts as one more failure of the block.
    bool isBlocked(const QString &login, const QString &address, qint64 nowMs);
    void recordFailure(const QString &login, const QString &address, qint64 nowMs);
    // A successful login clears the login's and the address's failures.
    void recordSuccess(const QString &login, const QString &address);

    // The blocks in force, for the administrator: kind "login" or "address".
    struct Block {
        QString kind;
        QString key;
        qint64 untilMs = 0;
        int failures = 0; // the failed logins that led to it and the attempts refused since
    };
    QList<Block> blocks(qint64 nowMs);
    // Lifts a block (and forgets its failures); false when there was none.
    bool lift(const QString &kind, const QString &key, qint64 nowMs);

private:
    struct Entry {
        std::deque<qint64> failures;
        qint64 blockedUntil = 0;
        int blockFailures = 0;
    };
    static bool blocked(Entry &entry, qint64 nowMs);
    static Entry *lookup(QHash<QString, Entry> &table, const QString &key);
    void fail(QHash<QString, Entry> &table, const QString &key, int limit, qint64 nowMs);

    Limits m_limits;
    QMutex m_mutex;
    QHash<QString, Entry> m_byLogin;
    QHash<QString, Entry> m_byAddress;
};

} // namespace cordial::server::auth
