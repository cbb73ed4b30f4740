// A second, logged-in client on its own thread that keeps making ordinary requests
// while a test abuses the server, and reports whether they kept completing in their
// usual time.
#pragma once

#include "TestServer.h"

#include <QStringList>
#include <QThread>
#include <atomic>
#include <memory>
#include <mutex>

namespace cordial::test {

class Bystander
{
public:
    struct Report {
        int requests = 0;
        qint64 medianMs = 0;
        qint64 slowestMs = 0;
        QStringList failures; // errors, lost connections
    };

    // Logs in as the administrator and measures the baseline round trip of its
    // requests (customers.list and auth.whoami, alternately) before returning.
    explicit Bystander(const TestServer &server);
    ~Bystander();

    bool ready() const { return m_ready; }
    qint64 baselineMedianMs() const { return m_baselineMedianMs; }
    // During the abuse the typical round trip stays within ten times the baseline
    // (plus 50 ms), and the slowest within 40 times it plus a second: generous,
    // because the abusing client runs on the same small machine and takes CPU too, and
    // on a loaded two-core CI machine one request now and then waits for the CPU (an
    // Argon2 login beside it takes a few hundred milliseconds). A server that parses
    // a huge frame or waits on a stalled client on its I/O thread stalls every client
    // for seconds and fails.
    qint64 allowedMedianMs() const { return 10 * m_baselineMedianMs + 50; }
    qint64 allowedSlowestMs() const { return 40 * m_baselineMedianMs + 1000; }

    // Starts a new watch window; stopWatching() ends it once at least minRequests
    // round trips were made inside it, and reports them.
    void startWatching();
    Report stopWatching(int minRequests = 5);

private:
    void run(const TestServer &server);

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_watching{false};
    std::atomic<qint64> m_baselineMedianMs{0};
    std::mutex m_mutex;
    QList<qint64> m_samples;
    QStringList m_failures;
};

// Checks that the bystander's requests all succeeded within its allowed time.
void checkUnharmed(const Bystander &bystander, const Bystander::Report &report);

} // namespace cordial::test
