// Department tree ops and roles.list.
#pragma once

#include "net/OpTable.h"

namespace cordial::server::admin {

OpOutcome listRoles(OpContext &context);
OpOutcome listDepartments(OpContext &context);
OpOutcome createDepartment(OpContext &context);
OpOutcome updateDepartment(OpContext &context);
OpOutcome deleteDepartment(OpContext &context);

} // namespace cordial::server::admin
