#include "auth/Caller.h"

namespace cordial::server {

Caller localAdministrator(const QString &machine)
{
    Caller c;
    c.login = QStringLiteral("cordialctl");
    c.displayName = c.login;
    c.role = QStringLiteral("administrator");
    c.rights = domain::allRights();
    c.scope = domain::DataScope::All;
    c.address = QStringLiteral("local");
    c.machine = machine;
    return c;
}

} // namespace cordial::server
