// Who is making a request: identity, role, rights, data scope and where from.
#pragma once

#include "domain/Roles.h"

#include <QString>
#include <QStringList>

namespace cordial::server {

struct Caller {
    qint64 userId = 0; // 0: not authenticated (or a local tool without a user)
    QString login;
    QString displayName;
    QString role;
    qint64 departmentId = 0;
    QStringList rights;
    domain::DataScope scope = domain::DataScope::Own;
    qint64 sessionId = 0;
    QString address; // client IP, or "local" for cordialctl
    QString machine; // client computer name

    bool authenticated() const { return userId != 0 && sessionId != 0; }
    bool hasRight(const QString &right) const { return rights.contains(right); }
};

// cordialctl acts as this caller: full rights, recorded in the audit log as "cordialctl".
Caller localAdministrator(const QString &machine);

} // namespace cordial::server
