#include "net/OpTable.h"

#include "admin/DepartmentOps.h"
#include "admin/RoleOps.h"
#include "admin/UserOps.h"
#include "audit/AuditOps.h"
#include "auth/AuthOps.h"
#include "auth/MachineOps.h"
#include "auth/SessionOps.h"
#include "customers/AccessOps.h"
#include "customers/AssignOps.h"
#include "customers/CustomerOps.h"
#include "customers/FieldOps.h"
#include "customers/HistoryOps.h"
#include "customers/ImportExportOps.h"
#include "customers/PrintOps.h"
#include "customers/RegionOps.h"
#include "domain/Roles.h"
#include "notifications/NotificationOps.h"

#include <QHash>

namespace cordial::server {

const QList<OpSpec> &opTable()
{
    using namespace domain::rights;
    using S = OpState;
    // {name, state, right, handler, on the I/O thread, answered before a due password change}
    static const QList<OpSpec> table{
        {QStringLiteral("hello"), S::New, {}, &auth::hello, true},
        {QStringLiteral("ping"), S::Greeted, {}, &auth::ping, true, true},
        {QStringLiteral("auth.login"), S::Greeted, {}, &auth::login},
        {QStringLiteral("auth.resume"), S::Greeted, {}, &auth::resume},
        {QStringLiteral("auth.logout"), S::Authenticated, {}, &auth::logout, false, true},
        {QStringLiteral("auth.whoami"), S::Authenticated, {}, &auth::whoami, false, true},
        {QStringLiteral("auth.change_password"), S::Authenticated, {}, &auth::changePassword, false, true},
        {QStringLiteral("roles.list"), S::Authenticated, kRolesRead, &admin::listRoles},
        {QStringLiteral("roles.create"), S::Authenticated, kRolesManage, &admin::createRole},
        {QStringLiteral("roles.update"), S::Authenticated, kRolesManage, &admin::updateRole},
        {QStringLiteral("roles.delete"), S::Authenticated, kRolesManage, &admin::deleteRole},
        {QStringLiteral("groups.list"), S::Authenticated, kRolesRead, &admin::listGroups},
        {QStringLiteral("groups.create"), S::Authenticated, kUsersManage, &admin::createGroup},
        {QStringLiteral("groups.update"), S::Authenticated, kUsersManage, &admin::updateGroup},
        {QStringLiteral("groups.delete"), S::Authenticated, kUsersManage, &admin::deleteGroup},
        {QStringLiteral("departments.list"), S::Authenticated, kDepartmentsRead, &admin::listDepartments},
        {QStringLiteral("departments.create"), S::Authenticated, kDepartmentsManage, &admin::createDepartment},
        {QStringLiteral("departments.update"), S::Authenticated, kDepartmentsManage, &admin::updateDepartment},
        {QStringLiteral("departments.delete"), S::Authenticated, kDepartmentsManage, &admin::deleteDepartment},
        {QStringLiteral("users.list"), S::Authenticated, kUsersRead, &admin::listUsers},
        {QStringLiteral("users.get"), S::Authenticated, kUsersRead, &admin::getUser},
        // The colleague directory of pickers: names only, for every session (docs/security.md).
        {QStringLiteral("users.lookup"), S::Authenticated, {}, &admin::lookupUsers},
        {QStringLiteral("users.create"), S::Authenticated, kUsersManage, &admin::createUserOp},
        {QStringLiteral("users.update"), S::Authenticated, kUsersManage, &admin::updateUser},
        {QStringLiteral("users.disable"), S::Authenticated, kUsersManage, &admin::disableUser},
        {QStringLiteral("users.enable"), S::Authenticated, kUsersManage, &admin::enableUser},
        {QStringLiteral("users.reset_password"), S::Authenticated, kUsersManage, &admin::resetPassword},
        {QStringLiteral("users.access"), S::Authenticated, kUsersRead, &admin::userAccess},
        {QStringLiteral("sessions.list"), S::Authenticated, kUsersManage, &auth::listSessions},
        {QStringLiteral("sessions.revoke"), S::Authenticated, kUsersManage, &auth::revokeSession},
        {QStringLiteral("bans.list"), S::Authenticated, kUsersManage, &auth::listBans},
        {QStringLiteral("bans.lift"), S::Authenticated, kUsersManage, &auth::liftBan},
        {QStringLiteral("machines.list"), S::Authenticated, kUsersManage, &auth::listMachines},
        {QStringLiteral("machines.approve"), S::Authenticated, kUsersManage, &auth::approveMachine},
        {QStringLiteral("machines.revoke"), S::Authenticated, kUsersManage, &auth::revokeMachine},
        {QStringLiteral("machines.rename"), S::Authenticated, kUsersManage, &auth::renameMachine},
        {QStringLiteral("machines.delete"), S::Authenticated, kUsersManage, &auth::deleteMachine},
        {QStringLiteral("audit.list"), S::Authenticated, kAuditRead, &audit::listAudit},
        {QStringLiteral("audit.verify"), S::Authenticated, kAuditRead, &audit::verifyAudit},
        {QStringLiteral("fields.list"), S::Authenticated, kCustomersRead, &customers::listFields},
        {QStringLiteral("fields.create"), S::Authenticated, kFieldsManage, &customers::createField},
        {QStringLiteral("fields.update"), S::Authenticated, kFieldsManage, &customers::updateField},
        {QStringLiteral("regions.list"), S::Authenticated, kCustomersRead, &customers::listRegions},
        {QStringLiteral("customers.create"), S::Authenticated, kCustomersCreate, &customers::createCustomer},
        {QStringLiteral("customers.get"), S::Authenticated, kCustomersRead, &customers::getCustomer},
        {QStringLiteral("customers.update"), S::Authenticated, kCustomersUpdate, &customers::updateCustomer},
        {QStringLiteral("customers.delete"), S::Authenticated, kCustomersDelete, &customers::deleteCustomers},
        {QStringLiteral("customers.restore"), S::Authenticated, kCustomersDelete, &customers::restoreCustomer},
        {QStringLiteral("customers.purge"), S::Authenticated, kCustomersPurge, &customers::purgeCustomer},
        {QStringLiteral("customers.history"), S::Authenticated, kCustomersRead, &customers::customerHistory},
        {QStringLiteral("customers.restore_version"), S::Authenticated, kCustomersUpdate, &customers::restoreCustomerVersion},
        {QStringLiteral("customers.access"), S::Authenticated, kCustomersRead, &customers::customerAccess},
        {QStringLiteral("customers.set_access"), S::Authenticated, kCustomersUpdate, &customers::setCustomerAccess},
        {QStringLiteral("customers.list"), S::Authenticated, kCustomersRead, &customers::listCustomers},
        {QStringLiteral("customers.search"), S::Authenticated, kCustomersRead, &customers::searchCustomers},
        {QStringLiteral("customers.duplicates"), S::Authenticated, kCustomersRead, &customers::customerDuplicates},
        {QStringLiteral("customers.birthdays"), S::Authenticated, kCustomersRead, &customers::customerBirthdays},
        {QStringLiteral("customers.assign"), S::Authenticated, kCustomersAssign, &customers::assignCustomers},
        {QStringLiteral("customers.recall"), S::Authenticated, kCustomersAssign, &customers::recallCustomers},
        {QStringLiteral("customers.bulk_update"), S::Authenticated, kCustomersBulkEdit, &customers::bulkUpdateCustomers},
        {QStringLiteral("files.upload"), S::Authenticated, kCustomersImport, &customers::uploadFile},
        {QStringLiteral("customers.import_template"), S::Authenticated, kCustomersImport, &customers::importTemplate},
        {QStringLiteral("customers.import_preview"), S::Authenticated, kCustomersImport, &customers::importPreview},
        {QStringLiteral("customers.import_commit"), S::Authenticated, kCustomersImport, &customers::importCommit},
        {QStringLiteral("customers.export"), S::Authenticated, kCustomersExport, &customers::exportCustomers},
        {QStringLiteral("files.download"), S::Authenticated, kCustomersExport, &customers::downloadFile},
        {QStringLiteral("customers.print"), S::Authenticated, kCustomersPrint, &customers::printCustomers},
        {QStringLiteral("contacts.create"), S::Authenticated, kCustomersUpdate, &customers::createContact},
        {QStringLiteral("contacts.update"), S::Authenticated, kCustomersUpdate, &customers::updateContact},
        {QStringLiteral("contacts.delete"), S::Authenticated, kCustomersUpdate, &customers::deleteContact},
        {QStringLiteral("notifications.list"), S::Authenticated, {}, &notifications::listNotifications},
        {QStringLiteral("notifications.mark_read"), S::Authenticated, {}, &notifications::markNotificationsRead},
    };
    return table;
}

const OpSpec *findOp(const QString &name)
{
    static const QHash<QString, const OpSpec *> index = [] {
        QHash<QString, const OpSpec *> h;
        for (const OpSpec &spec : opTable())
            h.insert(spec.name, &spec);
        return h;
    }();
    return index.value(name, nullptr);
}

} // namespace cordial::server
