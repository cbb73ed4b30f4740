// notifications.list and notifications.mark_read: the caller's own in-app notifications.
#pragma once

#include "net/OpTable.h"

namespace cordial::server::notifications {

OpOutcome listNotifications(OpContext &context);
OpOutcome markNotificationsRead(OpContext &context);

} // namespace cordial::server::notifications
