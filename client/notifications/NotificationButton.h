// The bell in the main window: shows how many notifications are unread and opens
// the list when clicked.
#pragma once

#include <QToolButton>

namespace cordial::client::notifications {

class NotificationCenter;

class NotificationButton : public QToolButton
{
    Q_OBJECT
public:
    explicit NotificationButton(NotificationCenter *center, QWidget *parent = nullptr);

private:
    void refresh();

    NotificationCenter *m_center;
};

} // namespace cordial::client::notifications
