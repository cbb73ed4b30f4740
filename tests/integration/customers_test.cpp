// Customers and contacts: validation, versions, the recycle bin, scope, duplicates,
// birthdays and the audit trail.
#include "Fixtures.h"
