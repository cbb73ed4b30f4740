// The one place long jobs report progress: the status bar shows the current task
// with a progress bar and Cancel. A page asks ProgressService::of(this) for the
// service of its window, calls addTask(), updates the task and finishes it.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace cordial::client {

class ProgressService;

// One job's progress. Owned by the service; it is deleted after finish(), so keep
// it in a QPointer when it may outlive the code that finishes it.
class ProgressTask : public QObject
{
    Q_OBJECT
public:
    QString title() const { return m_title; }
    int value() const { return m_value; }
    int maximum() const { return m_maximum; } // 0: no measure, a busy indicator is shown
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

    void setTitle(const QString &title);
    void setProgress(int value, int maximum = 100);
    // The job is over (done, failed or cancelled): it leaves the status bar.
    void finish();
    // Asks the job to stop (the Cancel button); the job still calls finish().
    void cancel();

Q_SIGNALS:
    void changed();
    void cancelled();
    void finished();

private:
    friend class ProgressService;
    ProgressTask(const QString &title, QObject *parent);

    QString m_title;
    int m_value = 0;
    int m_maximum = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};

class ProgressService : public QObject
{
    Q_OBJECT
public:
    explicit ProgressService(QObject *parent = nullptr);

    ProgressTask *addTask(const QString &title);
    // Unfinished tasks, oldest first.
    QList<ProgressTask *> tasks() const;

    // The service of the window that holds widget (walking up through dialogs to
    // the main window); nullptr when there is none, e.g. in a test of a lone page.
    static ProgressService *of(const QWidget *widget);

Q_SIGNALS:
    void tasksChanged();

private:
    QList<QPointer<ProgressTask>> m_tasks;
};

} // namespace cordial::client
