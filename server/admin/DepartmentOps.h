// Department tree ops.
#pragma once

#include "net/OpTable.h"

namespace cordial::server::admin {

OpOutcome listDepartments(OpContext &context);
OpOutcome createDepartment(OpContext &context);
OpOutcome updateDepartment(OpContext &context);
OpOutcome deleteDepartment(OpContext &context);

} // namespace cordial::server::admin
