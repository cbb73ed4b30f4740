#include "notifications/Notification.h"

namespace cordial::client::notifications {

namespace {

const QString kAssignedKind = QStringLiteral("customers.assigned");
const QString kMachineRequestedKind = QStringLiteral("machines.requested");

// Wording of customers.assigned from its data (docs/protocol.md, Notifications);
// empty when the data is not what this client knows.
QString assignedText(const QCborMap &data)
{
    const QString assigner = data.value(QStringLiteral("assigner")).toString();
    const int n = int(data.value(QStringLiteral("count")).toInteger());
    const QString role = data.value(QStringLiteral("role")).toString();
    const bool add = data.value(QStringLiteral("mode")).toString() == QLatin1String("add");
    if (assigner.isEmpty() || n <= 0)
        return {};
    if (role == QLatin1String("target"))
        return (add ? Notification::tr("%1 made you a follower of %n customer(s).", nullptr, n)
                    : Notification::tr("%1 assigned %n customer(s) to you.", nullptr, n))
            .arg(assigner);
    if (role == QLatin1String("follower"))
        return (add ? Notification::tr("%1 added followers to %n customer(s) that you follow.", nullptr, n)
                    : Notification::tr("%1 assigned %n customer(s) that you followed to someone else.", nullptr, n))
            .arg(assigner);
    if (role == QLatin1String("creator"))
        return (add ? Notification::tr("%1 added followers to %n customer(s) that you created.", nullptr, n)
                    : Notification::tr("%1 assigned %n customer(s) that you created to someone else.", nullptr, n))
            .arg(assigner);
    return {};
}

// Wording of machines.requested: someone tried to log in from a computer that waits
// for approval (Administration → Computers).
QString machineRequestedText(const QCborMap &data)
{
    const QString user = data.value(QStringLiteral("user")).toString();
    const QString name = data.value(QStringLiteral("name")).toString();
    const QString fingerprint = data.value(QStringLiteral("fingerprint")).toString();
    if (user.isEmpty() || fingerprint.isEmpty())
        return {};
    return Notification::tr("%1 tried to log in from the computer %2 (fingerprint %3), which waits for your approval "
                            "in Administration › Computers.")
        .arg(user, name, fingerprint);
}

} // namespace

Notification Notification::fromCbor(const QCborMap &map)
{
    Notification n;
    n.id = map.value(QStringLiteral("id")).toInteger();
    n.kind = map.value(QStringLiteral("kind")).toString();
    n.title = map.value(QStringLiteral("title")).toString();
    n.body = map.value(QStringLiteral("body")).toString();
    n.data = map.value(QStringLiteral("data")).toMap();
    n.entity = map.value(QStringLiteral("entity")).toString();
    n.entityId = map.value(QStringLiteral("entity_id")).toInteger(0);
    n.createdAt = QDateTime::fromString(map.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    n.read = map.value(QStringLiteral("read_at")).isString();
    return n;
}

qint64 Notification::customerId() const
{
    if (kind == kAssignedKind)
        return data.value(QStringLiteral("customer_id")).toInteger(0);
    return entity == QLatin1String("customer") ? entityId : 0;
}

QString Notification::text() const
{
    QString text;
    if (kind == kAssignedKind)
        text = assignedText(data);
    else if (kind == kMachineRequestedKind)
        text = machineRequestedText(data);
    // A kind from a newer server, or a notification stored before data existed.
    return text.isEmpty() ? body : text;
}

} // namespace cordial::client::notifications
