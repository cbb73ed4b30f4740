// cordiald's daily backup: a timer on the I/O thread that starts each run on a thread
// of its own, so that neither the I/O thread nor a request worker waits for the
// database copy, the disk or pg_dump.
#pragma once

#include "backup/Backup.h"

#include <QDateTime>
#include <QObject>
#include <QTime>
#include <QTimer>
#include <atomic>

class QThread;

namespace cordial::server::jobs {

class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    // `at`: the local time of day of the daily run; nullopt: scheduled backups are off.
    BackupScheduler(backup::Source source, QString directory, int keep, std::optional<QTime> at,
                    QObject *parent = nullptr);
    ~BackupScheduler() override; // asks a running backup to stop and waits for it

    // Logs the plan and arms the timer.
    void start();

private:
    void tick();
    // Starts a backup now; false when one is still running.
    bool runNow();
    void arm();

    backup::Source m_source;
    QString m_directory;
    int m_keep;
    std::optional<QTime> m_at;
    QDateTime m_due;
    QTimer m_timer;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace cordial::server::jobs
