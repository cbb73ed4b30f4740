// The list of the person's notifications, newest first, unread ones in bold: a
// double-click opens the customer one concerns, "Mark all read" clears the count.
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace cordial::client::notifications {

class NotificationCenter;

class NotificationsDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kCustomerRole = Qt::UserRole + 2;
    static constexpr int kTimeRole = Qt::UserRole + 3;   // when it came, as shown
    static constexpr int kUnreadRole = Qt::UserRole + 4;

    explicit NotificationsDialog(NotificationCenter *center, QWidget *parent = nullptr);

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);

private:
    void rebuild();
    void activate(QListWidgetItem *item);

    NotificationCenter *m_center;
    QListWidget *m_list;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_markAll;
};

} // namespace cordial::client::notifications
