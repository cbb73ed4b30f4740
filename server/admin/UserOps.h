// User account ops, and user creation shared with cordialctl.
#pragma once

#include "auth/Passwords.h"
#include "db/Database.h"
#include "net/OpTable.h"

namespace cordial::server::admin {

OpOutcome listUsers(OpContext &context);
OpOutcome getUser(OpContext &context);
OpOutcome createUserOp(OpContext &context);
OpOutcome updateUser(OpContext &context);
OpOutcome disableUser(OpContext &context);
OpOutcome enableUser(OpContext &context);
OpOutcome resetPassword(OpContext &context);
// users.lookup: the colleague directory behind pickers (names only, every enabled
// user whatever the caller's user-management scope; docs/security.md says why).
OpOutcome lookupUsers(OpContext &context);

struct NewUser {
    QString login;
    QString displayName;
    QString password;
    QString role;       // the primary role
    QStringList roles;  // extra roles
    qint64 departmentId = 0;
    QString email;
    QString mobile;
    QString title;
};

// Validates, inserts and audits a user inside the open transaction; returns its id.
protocol::Result<qint64> createUser(const db::WriteTransaction &tx, const Caller &caller, const NewUser &user,
                                    const auth::PasswordHasher &hasher, int minPasswordLength);

} // namespace cordial::server::admin
