#include "Bystander.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <catch2/catch.hpp>

namespace cordial::test {

namespace {

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

Bystander::Bystander(const TestServer &server)
{
    m_thread.reset(QThread::create([this, &server] { run(server); }));
    m_thread->start();
    QElapsedTimer timer;
    timer.start();
    while (!m_ready && !m_failed && !m_thread->isFinished() && timer.elapsed() < 60000)
        QThread::msleep(10);
}

Bystander::~Bystander()
{
    m_stop = true;
    m_thread->wait();
}

void Bystander::run(const TestServer &server)
{
    auto connection = loginTo(server, kAdminLogin, kAdminPassword);
    if (!connection) {
        m_failed = true;
        return;
    }
    QObject::connect(connection.get(), &client::Connection::stateChanged, connection.get(),
                     [this](client::Connection::State state) {
                         std::lock_guard lock(m_mutex);
                         m_failures << QStringLiteral("the bystander's connection changed to state %1").arg(int(state));
                     });
    // Microseconds, so that a fast loopback baseline does not round to zero.
    auto roundTrip = [&](int n, QString *error) {
        const bool list = n % 2 == 0;
        QElapsedTimer timer;
        timer.start();
        // An event loop that sleeps until the reply: a busy wait would take the CPU
        // the server needs on a small machine.
        QEventLoop loop;
        std::optional<protocol::Reply> reply;
        connection->request(list ? QStringLiteral("customers.list") : QStringLiteral("auth.whoami"),
                            list ? QCborMap{{QStringLiteral("limit"), 20}} : QCborMap{},
                            [&](const protocol::Reply &r) {
                                reply = r;
                                loop.quit();
                            });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (!reply)
            loop.exec();
        if (!reply)
            *error = QStringLiteral("no reply within 60 s");
        else if (!reply->ok)
            *error = QStringLiteral("%1: %2").arg(protocol::errorCodeName(reply->error.code), reply->error.message);
        return timer.nsecsElapsed() / 1000;
    };
    auto pause = [] { QThread::msleep(10); };

    QList<qint64> baseline;
    for (int n = 0; n < 40; ++n) {
        QString error;
        baseline << roundTrip(n, &error);
        if (!error.isEmpty()) {
            m_failed = true;
            return;
        }
        pause();
    }
    m_baselineMedianMs = std::max<qint64>(1, (median(baseline) + 999) / 1000);
    m_ready = true;

    for (int n = 0; !m_stop; ++n) {
        const bool watched = m_watching;
        QString error;
        const qint64 us = roundTrip(n, &error);
        if (watched) {
            std::lock_guard lock(m_mutex);
            m_samples << us;
            if (!error.isEmpty())
                m_failures << error;
        }
        pause();
    }
}

void Bystander::startWatching()
{
    std::lock_guard lock(m_mutex);
    m_samples.clear();
    m_watching = true;
}

Bystander::Report Bystander::stopWatching(int minRequests)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_samples.size() >= minRequests || timer.elapsed() > 60000 || m_thread->isFinished())
                break;
        }
        QThread::msleep(5);
    }
    m_watching = false;
    std::lock_guard lock(m_mutex);
    Report report;
    report.requests = int(m_samples.size());
    report.medianMs = median(m_samples) / 1000;
    report.slowestMs = m_samples.isEmpty() ? 0 : *std::max_element(m_samples.begin(), m_samples.end()) / 1000;
    report.failures = m_failures;
    return report;
}

void checkUnharmed(const Bystander &bystander, const Bystander::Report &report)
{
    INFO("bystander: baseline median " << bystander.baselineMedianMs() << " ms, allowed median "
                                       << bystander.allowedMedianMs() << " ms and slowest "
                                       << bystander.allowedSlowestMs() << " ms; during the abuse " << report.requests << " requests, median "
                                       << report.medianMs << " ms, slowest " << report.slowestMs << " ms; failures: "
                                       << report.failures.join(QStringLiteral("; ")).toStdString());
    CHECK(report.requests >= 5);
    CHECK(report.failures.isEmpty());
    CHECK(report.medianMs <= bystander.allowedMedianMs());
    CHECK(report.slowestMs <= bystander.allowedSlowestMs());
}

} // namespace cordial::test
