#include "jobs/BackupScheduler.h"

#include "jobs/Schedule.h"

#include <QLoggingCategory>
#include <QThread>
#include <memory>

Q_LOGGING_CATEGORY(lcJobs, "cordial.jobs")

namespace cordial::server::jobs {

BackupScheduler::BackupScheduler(backup::Source source, QString directory, int keep, std::optional<QTime> at,
                                 QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_directory(std::move(directory)), m_keep(keep), m_at(at)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::tick);
}

BackupScheduler::~BackupScheduler()
{
    if (!m_thread)
        return;
    qCInfo(lcJobs, "waiting for the running backup to stop");
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
}

void BackupScheduler::start()
{
    if (!m_at) {
        qCWarning(lcJobs, "scheduled backups are off: set backup/time in cordiald.ini");
        return;
    }
    m_due = nextDailyRun(QDateTime::currentDateTime(), *m_at);
    qCInfo(lcJobs, "a backup runs daily at %s into %s, keeping the newest %d; the next at %s",
           qUtf8Printable(m_at->toString(QStringLiteral("HH:mm:ss"))), qUtf8Printable(m_directory), m_keep,
           qUtf8Printable(m_due.toString(Qt::ISODate)));
    arm();
}

void BackupScheduler::arm()
{
    // Woken at least once a minute: a timer does not follow the wall clock when it
    // jumps (suspend, NTP, a time zone change), the comparison in tick() does.
    const qint64 wait = QDateTime::currentDateTime().msecsTo(m_due);
    m_timer.start(int(qBound(qint64(0), wait, qint64(60000))));
}

void BackupScheduler::tick()
{
    const QDateTime now = QDateTime::currentDateTime();
    if (now >= m_due) {
        if (!runNow())
            qCWarning(lcJobs, "the scheduled backup is skipped: the previous one is still running");
        m_due = nextDailyRun(now, *m_at);
    }
    arm();
}

bool BackupScheduler::runNow()
{
    if (m_thread)
        return false;
    m_cancel = false;
    auto outcome = std::make_shared<std::optional<protocol::Result<backup::ScheduledRun>>>();
    m_thread = QThread::create([source = m_source, directory = m_directory, keep = m_keep, cancel = &m_cancel, outcome] {
        *outcome = backup::runScheduled(source, directory, keep, cancel);
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        const auto &result = **outcome;
        if (result) {
            const backup::Written &b = result->backup;
            qCInfo(lcJobs, "backup written: %s (%lld bytes, schema version %d, audit head #%lld)",
                   qUtf8Printable(b.file), static_cast<long long>(b.size), b.manifest.schemaVersion,
                   static_cast<long long>(b.manifest.auditLastId));
            if (!result->removed.isEmpty())
                qCInfo(lcJobs, "removed older backups: %s", qUtf8Printable(result->removed.join(QStringLiteral(", "))));
        } else {
            qCCritical(lcJobs, "backup FAILED: %s", qUtf8Printable(result.error().message));
        }
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    qCInfo(lcJobs, "backup started");
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace cordial::server::jobs
