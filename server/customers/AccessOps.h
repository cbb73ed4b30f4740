// Who may see and edit one customer beyond or instead of the data scope (#5): its
// readers and editors (customers.access, customers.set_access).
#pragma once

#include "net/OpTable.h"

namespace cordial::server::customers {

OpOutcome customerAccess(OpContext &context);
OpOutcome setCustomerAccess(OpContext &context);

} // namespace cordial::server::customers
