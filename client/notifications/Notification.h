// One in-app notification as notifications.list and the `notification` push carry it.
#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cordial::client::notifications {

struct Notification {
    Q_DECLARE_TR_FUNCTIONS(Notification)

public:
    qint64 id = 0;
    QString kind;
    QString title; // English, from the server: shown only for kinds this client does not know
    QString body;
    QCborMap data;
    QString entity;
    qint64 entityId = 0; // 0 when it concerns several records
    QDateTime createdAt;
    bool read = false;

    static Notification fromCbor(const QCborMap &map);
    // The customer to open on double-click, or 0.
    qint64 customerId() const;
    // The sentence shown to the person, in the UI language.
    QString text() const;
};

} // namespace cordial::client::notifications
