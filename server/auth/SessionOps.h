// Live sessions and login blocks, for administrators: sessions.list/revoke, bans.list/lift.
#pragma once

#include "net/OpTable.h"

namespace cordial::server::auth {

OpOutcome listSessions(OpContext &context);
OpOutcome revokeSession(OpContext &context);
OpOutcome listBans(OpContext &context);
OpOutcome liftBan(OpContext &context);

} // namespace cordial::server::auth
