// Roles, user groups and "why can this user do this": roles.*, groups.*, users.access.
#pragma once

#include "net/OpTable.h"

namespace cordial::server::admin {

OpOutcome listRoles(OpContext &context);
OpOutcome createRole(OpContext &context);
OpOutcome updateRole(OpContext &context);
OpOutcome deleteRole(OpContext &context);

OpOutcome listGroups(OpContext &context);
OpOutcome createGroup(OpContext &context);
OpOutcome updateGroup(OpContext &context);
OpOutcome deleteGroup(OpContext &context);

OpOutcome userAccess(OpContext &context);

// The wire form of an effective access: {module: {level, scope, extras, fields, sources}}.
QCborMap accessToCbor(const domain::EffectiveAccess &access);

} // namespace cordial::server::admin
