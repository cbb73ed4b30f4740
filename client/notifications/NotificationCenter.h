// The logged-in person's notifications on the client: the newest page from
// notifications.list after every login or resume, new ones from the `notification`
// push, the unread count, and marking read. Never waits on the network.
#pragma once

#include "notifications/Notification.h"

#include <QList>
#include <QObject>

namespace cordial::client {
class Connection;
}

namespace cordial::client::notifications {

class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    explicit NotificationCenter(Connection *connection, QObject *parent = nullptr);

    // Newest first: the first page and whatever arrived since.
    const QList<Notification> &notifications() const { return m_items; }
    int unreadCount() const { return m_unread; }
    bool isLoaded() const { return m_loaded; }

    void reload();
    void markRead(qint64 id);
    void markAllRead();

Q_SIGNALS:
    void changed(); // the list or the unread count changed
    void arrived(const cordial::client::notifications::Notification &notification); // pushed just now
    void failed(const QString &message);

private:
    void clear();
    void onPush(const QString &event, const QCborMap &data);
    void markReadWith(const QCborMap &args);

    Connection *m_connection;
    QList<Notification> m_items;
    int m_unread = 0;
    bool m_loaded = false;
    // Bumped by every reload and logout, so that a late reply of an older list is dropped.
    quint64 m_generation = 0;
};

} // namespace cordial::client::notifications
