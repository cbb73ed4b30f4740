// Storing an in-app notification for a user, and the push that shows it at once on
// the user's open connections.
#pragma once

#include "db/Database.h"
#include "net/OpTable.h"

#include <QJsonObject>
#include <optional>

namespace cordial::server::notifications {

struct NewNotification {
    qint64 userId = 0;
    QString kind;  // e.g. customers.assigned (docs/protocol.md, Notifications)
    QString title; // English; a client words known kinds itself from `data`
    QString body;
    QJsonObject data;
    QString entity;
    std::optional<qint64> entityId;
};

// Inserts the notification (inside the caller's open transaction) and returns its
// push, shaped as an item of notifications.list, for delivery after the reply.
protocol::Result<UserPush> storeNotification(const QSqlDatabase &db, const NewNotification &notification);

} // namespace cordial::server::notifications
