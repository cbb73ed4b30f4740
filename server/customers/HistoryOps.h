// A customer's history from the audit log, and putting an earlier version back (#5).
#pragma once

#include "net/OpTable.h"

namespace cordial::server::customers {

OpOutcome customerHistory(OpContext &context);
OpOutcome restoreCustomerVersion(OpContext &context);

} // namespace cordial::server::customers
