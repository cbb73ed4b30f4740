// audit.list and audit.verify.
#pragma once

#include "net/OpTable.h"

namespace cordial::server::audit {

OpOutcome listAudit(OpContext &context);
OpOutcome verifyAudit(OpContext &context);

} // namespace cordial::server::audit
