// Access control: modules, the seven access levels of the reference product, data
// scopes, extra rights and field visibility, and how one or more roles combine into a
// user's effective access. The server derives the named rights its op table checks
// from the effective access (rightsOf); the client reads the same names.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
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
inline const QString kRolesManage = QStringLiteral("roles.manage");
inline const QString kAuditRead = QStringLiteral("audit.read");
inline const QString kCustomersRead = QStringLiteral("customers.read");
inline const QString kCustomersCreate = QStringLiteral("customers.create");
inline const QString kCustomersUpdate = QStringLiteral("customers.update");
inline const QString kCustomersDelete = QStringLiteral("customers.delete");
inline const QString kCustomersPurge = QStringLiteral("customers.purge");
inline const QString kCustomersAssign = QStringLiteral("customers.assign");
inline const QString kCustomersBulkEdit = QStringLiteral("customers.bulk_edit");
inline const QString kCustomersImport = QStringLiteral("customers.import");
inline const QString kCustomersExport = QStringLiteral("customers.export");
inline const QString kCustomersPrint = QStringLiteral("customers.print");
inline const QString kCustomersCopy = QStringLiteral("customers.copy");
inline const QString kFieldsManage = QStringLiteral("fields.manage");
} // namespace rights

// The parts of the product a role grants access to, one by one.
enum class Module { Customers, Sales, Calendar, Service, Marketing, Knowledge, Communications, Reports, Administration };
const QList<Module> &allModules();
QString moduleName(Module module);
std::optional<Module> moduleFromName(const QString &name);

// The seven levels, lowest first. A depositor may create but not read; a reader may
// read but not create; an author creates and edits their own records; an editor edits
// every record in scope; a designer also changes fields and forms; a manager also
// changes access settings.
enum class AccessLevel { None, Depositor, Reader, Author, Editor, Designer, Manager };
QString accessLevelName(AccessLevel level);
std::optional<AccessLevel> accessLevelFromName(const QString &name);

// Which records of a module a role sees, narrowest first: the records the user owns
// or follows; those of the user's department; of the department and all below it; all.
enum class DataScope { Own, Department, DepartmentTree, All };
QString dataScopeName(DataScope scope);
std::optional<DataScope> dataScopeFromName(const QString &name);

// Per field: what a role may do with it. Fields not listed are editable.
enum class FieldAccess { Hidden, ReadOnly, Editable };

// The keys of field visibility (ModuleGrant::fields) in the customers module: a
// customer field by its catalog key ("credit_limit"), a contact field by its contact
// catalog key after "contacts." ("contacts.mobile"). The prefix keeps the two catalogs,
// which share keys such as mobile and email, apart; no customer key holds a dot.
inline const QString kContactFieldPrefix = QStringLiteral("contacts.");
inline QString contactFieldKey(const QString &contactKey) { return kContactFieldPrefix + contactKey; }
QString fieldAccessName(FieldAccess access);
std::optional<FieldAccess> fieldAccessFromName(const QString &name);

// Named extra rights a module grant may carry, beyond what its level allows.
// (assign, bulk_edit, import, export, print, copy, purge, approve, audit.)
const QStringList &extraRightNames();

// What one role grants in one module.
struct ModuleGrant {
    AccessLevel level = AccessLevel::None;
    DataScope scope = DataScope::Own;
    QStringList extras;                  // sorted, from extraRightNames()
    QMap<QString, FieldAccess> fields;   // field key → hidden | read_only (editable ones are not kept)

    bool operator==(const ModuleGrant &) const = default;
};

// A role: a name and its grants; optionally the client addresses it applies from.
struct RoleDefinition {
    QString name;
    QString description;
    QMap<Module, ModuleGrant> modules; // a module not present: no access
    QStringList ipRanges;              // CIDR; empty: from anywhere
    bool registeredMachinesOnly = false;

    ModuleGrant grant(Module module) const { return modules.value(module); }
    QJsonObject toJson() const;                       // the stored/wire form without name and description
    static RoleDefinition fromJson(const QJsonObject &json); // lenient: unknown entries are skipped
};

// Checks the wire form of a role's grants; returns the offending path ("modules.sales.level")
// and a message, or nothing when it is valid.
struct RoleProblem {
    QString field;
    QString message;
};
std::optional<RoleProblem> validateRoleJson(const QJsonObject &json, const QStringList &knownFields);

// The union of several roles in one module: the union of the capabilities of each
// level (a reader who is also a depositor reads and creates), the widest scope, every
// extra, and per field the most permissive access (a field hidden by one role and not
// mentioned by another is editable).
struct ModuleAccess {
    bool read = false;
    bool create = false;
    bool editOwn = false;
    bool editAll = false;
    bool design = false;
    bool manage = false;
    DataScope scope = DataScope::Own;
    QStringList extras;
    QHash<QString, FieldAccess> fields; // only hidden and read-only fields
    QStringList sources;                // the role names that grant anything here

    bool any() const { return read || create; }
    bool hasExtra(const QString &extra) const { return extras.contains(extra); }
    FieldAccess field(const QString &key) const { return fields.value(key, FieldAccess::Editable); }
    FieldAccess contactField(const QString &key) const { return field(contactFieldKey(key)); }
    AccessLevel level() const; // the highest single level these capabilities amount to
};

struct EffectiveAccess {
    QHash<Module, ModuleAccess> modules;
    QStringList roles; // names, sorted

    ModuleAccess module(Module m) const { return modules.value(m); }
};

EffectiveAccess combine(const QList<RoleDefinition> &roles);
// The named rights of an effective access (what the op table checks), sorted.
QStringList rightsOf(const EffectiveAccess &access);
// True when `inner` grants nothing that `outer` does not (no escalation by assigning it).
bool grantsWithin(const RoleDefinition &inner, const EffectiveAccess &outer);

// The roles every new database starts with (cordialctl init, migration 0004).
const QList<RoleDefinition> &builtInRoles();
std::optional<RoleDefinition> findBuiltInRole(const QString &name);

} // namespace cordial::domain
