// Customer ops that change many customers at once: assigning them to other users
// (with notifications), taking them back, and setting one field on many.
#pragma once

#include "customers/CustomerStore.h"
#include "net/OpTable.h"

namespace cordial::server::customers {

OpOutcome assignCustomers(OpContext &context);
OpOutcome recallCustomers(OpContext &context);
OpOutcome bulkUpdateCustomers(OpContext &context);

// A personnel change (users.disable with a successor): every customer the user follows
// passes to the successor, as owner or as extra follower, one audit row each, inside
// the caller's open transaction; the successor gets one notification (in `pushes`).
// Returns how many customers changed hands.
protocol::Result<int> handOverCustomers(const OpContext &ctx, const db::WriteTransaction &tx, qint64 fromUserId,
                                        const UserRef &successor, QList<UserPush> &pushes);

} // namespace cordial::server::customers
