#include "app/ProgressService.h"

#include <QWidget>

namespace cordial::client {

ProgressTask::ProgressTask(const QString &title, QObject *parent) : QObject(parent), m_title(title) {}

void ProgressTask::setTitle(const QString &title)
{
    m_title = title;
    Q_EMIT changed();
}

void ProgressTask::setProgress(int value, int maximum)
{
    m_maximum = qMax(0, maximum);
    m_value = qBound(0, value, m_maximum);
    Q_EMIT changed();
}

void ProgressTask::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

void ProgressTask::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    Q_EMIT cancelled();
    Q_EMIT changed();
}

ProgressService::ProgressService(QObject *parent) : QObject(parent) {}

ProgressTask *ProgressService::addTask(const QString &title)
{
    auto *task = new ProgressTask(title, this);
    m_tasks.append(task);
    connect(task, &ProgressTask::changed, this, &ProgressService::tasksChanged);
    connect(task, &ProgressTask::finished, this, [this, task] {
        m_tasks.removeAll(task);
        Q_EMIT tasksChanged();
    });
    Q_EMIT tasksChanged();
    return task;
}

QList<ProgressTask *> ProgressService::tasks() const
{
    QList<ProgressTask *> list;
    for (const auto &task : m_tasks) {
        if (task && !task->isFinished())
            list.append(task);
    }
    return list;
}

ProgressService *ProgressService::of(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QWidget *window = w->window();
        if (auto *service = window->findChild<ProgressService *>(QString(), Qt::FindDirectChildrenOnly))
            return service;
        w = window;
    }
    return nullptr;
}

} // namespace cordial::client
