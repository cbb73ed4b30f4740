// Registered computers for administrators (#5): machines.list, machines.approve,
// machines.revoke, machines.rename, machines.delete.
#pragma once

#include "net/OpTable.h"

namespace cordial::server::auth {

OpOutcome listMachines(OpContext &context);
OpOutcome approveMachine(OpContext &context);
OpOutcome revokeMachine(OpContext &context);
OpOutcome renameMachine(OpContext &context);
OpOutcome deleteMachine(OpContext &context);

} // namespace cordial::server::auth
