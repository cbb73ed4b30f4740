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
// passes to the successor, as owner or as extra follower, and the successor takes the
// user's place among the readers and editors of every customer that lists the user;
// one audit row per customer, inside the caller's open transaction. The successor gets
// one notification (in `pushes`) for the customers that changed hands.
struct HandOver {
    int customers = 0; // changed hands (owner or extra follower)
    int listings = 0;  // listed the user as reader or editor
};
protocol::Result<HandOver> handOverCustomers(const OpContext &ctx, const db::WriteTransaction &tx, qint64 fromUserId,
                                             const UserRef &successor, QList<UserPush> &pushes);

} // namespace cordial::server::customers
