#include "app/ProgressIndicator.h"

#include "app/ProgressService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace cordial::client {

ProgressIndicator::ProgressIndicator(ProgressService *service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("progressIndicator"));
    m_title = new QLabel;
    m_bar = new QProgressBar;
    m_bar->setFixedWidth(160);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_title->sizeHint().height());
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("progressCancelButton"));
    m_cancel->setFlat(true);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_shown)
            m_shown->cancel();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_service, &ProgressService::tasksChanged, this, &ProgressIndicator::refresh);
    refresh();
}

void ProgressIndicator::refresh()
{
    const QList<ProgressTask *> tasks = m_service->tasks();
    if (tasks.isEmpty()) {
        m_shown = nullptr;
        hide();
        return;
    }
    ProgressTask *task = tasks.last();
    m_shown = task;
    const QString title = tasks.size() > 1 ? tr("%1 (and %n more)", nullptr, int(tasks.size() - 1)).arg(task->title())
                                           : task->title();
    m_title->setText(task->isCancelled() ? tr("%1 — cancelling…").arg(title) : title);
    m_bar->setRange(0, task->maximum());
    m_bar->setValue(task->value());
    m_cancel->setEnabled(!task->isCancelled());
    show();
}

} // namespace cordial::client
