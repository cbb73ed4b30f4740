// Customer and contact ops: create, get, update, the recycle bin, list, search,
// duplicates and birthdays.
#pragma once

#include "net/OpTable.h"

namespace cordial::server::customers {

OpOutcome createCustomer(OpContext &context);
OpOutcome getCustomer(OpContext &context);
OpOutcome updateCustomer(OpContext &context);
OpOutcome deleteCustomers(OpContext &context);
OpOutcome restoreCustomer(OpContext &context);
OpOutcome purgeCustomer(OpContext &context);
OpOutcome listCustomers(OpContext &context);
OpOutcome searchCustomers(OpContext &context);
OpOutcome customerDuplicates(OpContext &context);
OpOutcome customerBirthdays(OpContext &context);

OpOutcome createContact(OpContext &context);
OpOutcome updateContact(OpContext &context);
OpOutcome deleteContact(OpContext &context);

} // namespace cordial::server::customers
