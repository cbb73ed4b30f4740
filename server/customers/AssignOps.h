// Customer ops that change many customers at once: assigning them to other users
// (with notifications), taking them back, and setting one field on many.
#pragma once

#include "net/OpTable.h"

namespace cordial::server::customers {

OpOutcome assignCustomers(OpContext &context);
OpOutcome recallCustomers(OpContext &context);
OpOutcome bulkUpdateCustomers(OpContext &context);

} // namespace cordial::server::customers
