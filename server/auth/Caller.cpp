#include "auth/Caller.h"

namespace cordial::server {

void Caller::setAccess(domain::EffectiveAccess effective)
{
    QStringList effectiveRights = domain::rightsOf(effective);
    setAccess(std::move(effective), std::move(effectiveRights));
}

void Caller::setAccess(domain::EffectiveAccess effective, QStringList effectiveRights)
{
    access = std::move(effective);
    rights = std::move(effectiveRights);
    scope = access.module(domain::Module::Customers).scope;
    adminScope = access.module(domain::Module::Administration).scope;
}

Caller localAdministrator(const QString &machine)
{
    Caller c;
    c.login = QStringLiteral("cordialctl");
    c.displayName = c.login;
    c.role = QStringLiteral("administrator");
    c.setAccess(domain::combine({*domain::findBuiltInRole(QStringLiteral("administrator"))}));
    c.address = QStringLiteral("local");
    c.machine = machine;
    return c;
}

} // namespace cordial::server
