#include "notifications/Notify.h"

#include <QJsonDocument>

namespace cordial::server::notifications {

protocol::Result<UserPush> storeNotification(const QSqlDatabase &db, const NewNotification &n)
{
    const qint64 now = db::nowMs();
    auto id = db::insertReturningId(
        db,
        QStringLiteral("INSERT INTO notifications (user_id, kind, title, body, data, entity, entity_id, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {n.userId, n.kind, n.title, n.body, QString::fromUtf8(QJsonDocument(n.data).toJson(QJsonDocument::Compact)),
         n.entity, n.entityId ? QVariant(*n.entityId) : QVariant(QMetaType::fromType<qint64>()), now});
    if (!id)
        return id.error();
    return UserPush{n.userId, QStringLiteral("notification"),
                    QCborMap{{QStringLiteral("id"), *id},
                             {QStringLiteral("kind"), n.kind},
                             {QStringLiteral("title"), n.title},
                             {QStringLiteral("body"), n.body},
                             {QStringLiteral("data"), QCborMap::fromJsonObject(n.data)},
                             {QStringLiteral("entity"), n.entity},
                             {QStringLiteral("entity_id"), n.entityId ? QCborValue(*n.entityId) : QCborValue(nullptr)},
                             {QStringLiteral("created_at"), db::isoTime(now)},
                             {QStringLiteral("read_at"), QCborValue(nullptr)}}};
}

} // namespace cordial::server::notifications
