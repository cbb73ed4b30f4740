#include "domain/Roles.h"

namespace cordial::domain {

QString dataScopeName(DataScope scope)
{
    switch (scope) {
    case DataScope::Own:
        return QStringLiteral("own");
    case DataScope::DepartmentTree:
        return QStringLiteral("department_tree");
    case DataScope::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("own");
}

QStringList allRights()
{
    return {rights::kDepartmentsRead, rights::kDepartmentsManage, rights::kUsersRead,
            rights::kUsersManage,     rights::kRolesRead,         rights::kAuditRead};
}

const QList<Role> &builtInRoles()
{
    using namespace rights;
    static const QList<Role> roles{
        {QStringLiteral("administrator"), allRights(), DataScope::All},
        {QStringLiteral("director"),
         {kDepartmentsRead, kUsersRead, kRolesRead, kAuditRead},
         DataScope::All},
        {QStringLiteral("manager"), {kDepartmentsRead, kUsersRead, kRolesRead}, DataScope::DepartmentTree},
        {QStringLiteral("staff"), {kDepartmentsRead, kUsersRead, kRolesRead}, DataScope::Own},
        {QStringLiteral("readonly"), {kDepartmentsRead, kUsersRead, kRolesRead}, DataScope::DepartmentTree},
    };
    return roles;
}

std::optional<Role> findRole(const QString &name)
{
    for (const Role &role : builtInRoles())
        if (role.name == name)
            return role;
    return std::nullopt;
}

} // namespace cordial::domain
