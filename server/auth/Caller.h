// Who is making a request: identity, effective access and where from.
#pragma once

#include "domain/Roles.h"

#include <QString>
#include <QStringList>

namespace cordial::server {

// Whether the user must change the password before doing anything else, and why.
enum class PasswordChange {
    NotNeeded,
    AfterReset, // an administrator set it (users.reset_password)
    TooOld,     // older than passwords/max_age_days
};

struct Caller {
    qint64 userId = 0; // 0: not authenticated (or a local tool without a user)
    QString login;
    QString displayName;
    QString role; // the primary role
    qint64 departmentId = 0;
    // The union of every role the user holds (primary, extra, department, groups) and
    // the named rights derived from it, which the op table checks.
    domain::EffectiveAccess access;
    QStringList rights;
    domain::DataScope scope = domain::DataScope::Own;      // customers: which records
    domain::DataScope adminScope = domain::DataScope::Own; // departments and users
    // What names the caller among a customer's readers and editors (#5): their
    // department and every department above it (a department stands for its whole
    // tree), and the user groups they belong to.
    QList<qint64> departmentPath;
    QList<qint64> groupIds;
    qint64 sessionId = 0;
    QString address; // client IP, or "local" for cordialctl
    QString machine; // client computer name
    // Anything but NotNeeded confines the session to the ops the op table allows
    // before a password change.
    PasswordChange passwordChange = PasswordChange::NotNeeded;

    bool authenticated() const { return userId != 0 && sessionId != 0; }
    bool hasRight(const QString &right) const { return rights.contains(right); }
    domain::ModuleAccess module(domain::Module m) const { return access.module(m); }
    // Sets access, rights and scopes from an effective access.
    void setAccess(domain::EffectiveAccess effective);
    // The same with its rights already known (domain::rightsOf(effective)).
    void setAccess(domain::EffectiveAccess effective, QStringList effectiveRights);
};

// cordialctl acts as this caller: full rights, recorded in the audit log as "cordialctl".
Caller localAdministrator(const QString &machine);

} // namespace cordial::server
