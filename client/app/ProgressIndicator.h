// The status bar's view of the ProgressService: the current task's title, a
// progress bar and Cancel; hidden while nothing runs.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cordial::client {

class ProgressService;
class ProgressTask;

class ProgressIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressIndicator(ProgressService *service, QWidget *parent = nullptr);

private:
    void refresh();

    ProgressService *m_service;
    QPointer<ProgressTask> m_shown;
    QLabel *m_title;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace cordial::client
