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
    using namespace rights;
    return {kDepartmentsRead, kDepartmentsManage, kUsersRead,       kUsersManage,     kRolesRead,
            kAuditRead,       kCustomersRead,     kCustomersCreate, kCustomersUpdate, kCustomersDelete,
            kCustomersPurge,  kCustomersAssign,   kCustomersImport, kCustomersExport, kFieldsManage};
}

const QList<Role> &builtInRoles()
{
    using namespace rights;
    static const QList<Role> roles{
        {QStringLiteral("administrator"), allRights(), DataScope::All},
        {QStringLiteral("director"),
         {kDepartmentsRead, kUsersRead, kRolesRead, kAuditRead, kCustomersRead, kCustomersCreate, kCustomersUpdate,
          kCustomersDelete, kCustomersPurge, kCustomersAssign, kCustomersImport, kCustomersExport},
         DataScope::All},
        {QStringLiteral("manager"),
         {kDepartmentsRead, kUsersRead, kRolesRead, kCustomersRead, kCustomersCreate, kCustomersUpdate,
          kCustomersDelete, kCustomersAssign, kCustomersImport, kCustomersExport},
         DataScope::DepartmentTree},
        {QStringLiteral("staff"),
         {kDepartmentsRead, kUsersRead, kRolesRead, kCustomersRead, kCustomersCreate, kCustomersUpdate,
          kCustomersDelete, kCustomersImport, kCustomersExport},
         DataScope::Own},
        {QStringLiteral("readonly"), {kDepartmentsRead, kUsersRead, kRolesRead, kCustomersRead},
         DataScope::DepartmentTree},
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
