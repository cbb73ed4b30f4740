// Session ops: hello, ping, login, resume, logout, whoami, change_password.
#pragma once

#include "Config.h"
#include "db/Database.h"
#include "net/OpTable.h"

namespace cordial::server::auth {

OpOutcome hello(OpContext &context);
OpOutcome ping(OpContext &context);
OpOutcome login(OpContext &context);
OpOutcome resume(OpContext &context);
OpOutcome logout(OpContext &context);
OpOutcome whoami(OpContext &context);
OpOutcome changePassword(OpContext &context);

// Re-reads the caller's session and user: fails with `unauthenticated` when the
// session ended, expired (idle or absolute) or the user is disabled.
protocol::Result<Caller> refreshCaller(const QSqlDatabase &db, const Caller &caller, const ServerConfig &config);

// Marks a user's open sessions ended (all but exceptSessionId) inside an open transaction.
db::Status endUserSessions(const db::WriteTransaction &tx, qint64 userId, qint64 exceptSessionId, const QString &reason);

// The user as every auth op returns it: {id, login, display_name, role, department_id}.
QCborMap userSummary(const Caller &caller);

} // namespace cordial::server::auth
