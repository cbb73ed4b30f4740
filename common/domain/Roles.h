// Built-in roles: each is a set of named rights plus a data scope.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace cordial::domain {

namespace rights {
inline const QString kDepartmentsRead = QStringLiteral("departments.read");
inline const QString kDepartmentsManage = QStringLiteral("departments.manage");
inline const QString kUsersRead = QStringLiteral("users.read");
inline const QString kUsersManage = QStringLiteral("users.manage");
inline const QString kRolesRead = QStringLiteral("roles.read");
inline const QString kAuditRead = QStringLiteral("audit.read");
inline const QString kCustomersRead = QStringLiteral("customers.read");
inline const QString kCustomersCreate = QStringLiteral("customers.create");
inline const QString kCustomersUpdate = QStringLiteral("customers.update");
inline const QString kCustomersDelete = QStringLiteral("customers.delete");
inline const QString kCustomersPurge = QStringLiteral("customers.purge");
inline const QString kCustomersAssign = QStringLiteral("customers.assign");
inline const QString kCustomersImport = QStringLiteral("customers.import");
inline const QString kCustomersExport = QStringLiteral("customers.export");
inline const QString kFieldsManage = QStringLiteral("fields.manage");
} // namespace rights

// Which records a role sees: its own, its department and all departments below, or all.
enum class DataScope { Own, DepartmentTree, All };

QString dataScopeName(DataScope scope);

struct Role {
    QString name;
    QStringList rights;
    DataScope scope = DataScope::Own;
};

const QList<Role> &builtInRoles();
std::optional<Role> findRole(const QString &name);
QStringList allRights();

} // namespace cordial::domain
