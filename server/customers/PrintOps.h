// customers.print: the customers a printout shows, as the caller's role sees them,
// and the audit row that says who printed what (#5: printing is a right of its own).
#pragma once

#include "net/OpTable.h"

namespace cordial::server::customers {

OpOutcome printCustomers(OpContext &context);

} // namespace cordial::server::customers
