// fields.list, and the custom fields an administrator adds and changes
// (fields.create, fields.update; right fields.manage).
#pragma once

#include "net/OpTable.h"

namespace cordial::server::customers {

OpOutcome listFields(OpContext &context);
OpOutcome createField(OpContext &context);
OpOutcome updateField(OpContext &context);

} // namespace cordial::server::customers
