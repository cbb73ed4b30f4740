#include "domain/Roles.h"

#include <QJsonArray>
#include <algorithm>

namespace cordial::domain {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> fromName(const QString &name, const std::array<const char *, N> &names)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return Enum(i);
    return std::nullopt;
}

constexpr std::array<const char *, 9> kModuleNames{"customers", "sales",          "calendar", "service",       "marketing",
                                                   "knowledge", "communications", "reports",  "administration"};
constexpr std::array<const char *, 7> kLevelNames{"none", "depositor", "reader", "author", "editor", "designer", "manager"};
constexpr std::array<const char *, 4> kScopeNames{"own", "department", "department_tree", "all"};
constexpr std::array<const char *, 3> kFieldAccessNames{"hidden", "read_only", "editable"};

struct Capabilities {
    bool read = false, create = false, editOwn = false, editAll = false, design = false, manage = false;
};

Capabilities capabilitiesOf(AccessLevel level)
{
    Capabilities c;
    const int l = int(level);
    c.create = level == AccessLevel::Depositor || l >= int(AccessLevel::Author);
    c.read = l >= int(AccessLevel::Reader);
    c.editOwn = l >= int(AccessLevel::Author);
    c.editAll = l >= int(AccessLevel::Editor);
    c.design = l >= int(AccessLevel::Designer);
    c.manage = l >= int(AccessLevel::Manager);
    return c;
}

} // namespace

const QList<Module> &allModules()
{
    static const QList<Module> modules = [] {
        QList<Module> m;
        for (size_t i = 0; i < kModuleNames.size(); ++i)
            m.append(Module(i));
        return m;
    }();
    return modules;
}

QString moduleName(Module module) { return QLatin1String(kModuleNames[size_t(module)]); }
std::optional<Module> moduleFromName(const QString &name) { return fromName<Module>(name, kModuleNames); }
QString accessLevelName(AccessLevel level) { return QLatin1String(kLevelNames[size_t(level)]); }
std::optional<AccessLevel> accessLevelFromName(const QString &name) { return fromName<AccessLevel>(name, kLevelNames); }
QString dataScopeName(DataScope scope) { return QLatin1String(kScopeNames[size_t(scope)]); }
std::optional<DataScope> dataScopeFromName(const QString &name) { return fromName<DataScope>(name, kScopeNames); }
QString fieldAccessName(FieldAccess access) { return QLatin1String(kFieldAccessNames[size_t(access)]); }
std::optional<FieldAccess> fieldAccessFromName(const QString &name)
{
    return fromName<FieldAccess>(name, kFieldAccessNames);
}

const QStringList &extraRightNames()
{
    static const QStringList names{QStringLiteral("approve"), QStringLiteral("assign"),  QStringLiteral("audit"),
                                   QStringLiteral("bulk_edit"), QStringLiteral("copy"),  QStringLiteral("export"),
                                   QStringLiteral("import"),  QStringLiteral("print"),   QStringLiteral("purge")};
    return names;
}

QJsonObject RoleDefinition::toJson() const
{
    QJsonObject modulesJson;
    for (auto it = modules.cbegin(); it != modules.cend(); ++it) {
        const ModuleGrant &g = it.value();
        if (g.level == AccessLevel::None)
            continue;
        QJsonObject fieldsJson;
        for (auto f = g.fields.cbegin(); f != g.fields.cend(); ++f)
            if (f.value() != FieldAccess::Editable)
                fieldsJson.insert(f.key(), fieldAccessName(f.value()));
        modulesJson.insert(moduleName(it.key()),
                           QJsonObject{{QStringLiteral("level"), accessLevelName(g.level)},
                                       {QStringLiteral("scope"), dataScopeName(g.scope)},
                                       {QStringLiteral("extras"), QJsonArray::fromStringList(g.extras)},
                                       {QStringLiteral("fields"), fieldsJson}});
    }
    return {{QStringLiteral("modules"), modulesJson},
            {QStringLiteral("ip_ranges"), QJsonArray::fromStringList(ipRanges)},
            {QStringLiteral("registered_machines_only"), registeredMachinesOnly}};
}

RoleDefinition RoleDefinition::fromJson(const QJsonObject &json)
{
    RoleDefinition role;
    const QJsonObject modulesJson = json.value(QStringLiteral("modules")).toObject();
    for (auto it = modulesJson.constBegin(); it != modulesJson.constEnd(); ++it) {
        const auto module = moduleFromName(it.key());
        if (!module)
            continue;
        const QJsonObject m = it.value().toObject();
        ModuleGrant g;
        g.level = accessLevelFromName(m.value(QStringLiteral("level")).toString()).value_or(AccessLevel::None);
        if (g.level == AccessLevel::None)
            continue;
        g.scope = dataScopeFromName(m.value(QStringLiteral("scope")).toString()).value_or(DataScope::Own);
        for (const QJsonValue &e : m.value(QStringLiteral("extras")).toArray())
            if (extraRightNames().contains(e.toString()) && !g.extras.contains(e.toString()))
                g.extras.append(e.toString());
        g.extras.sort();
        const QJsonObject fieldsJson = m.value(QStringLiteral("fields")).toObject();
        for (auto f = fieldsJson.constBegin(); f != fieldsJson.constEnd(); ++f) {
            const auto access = fieldAccessFromName(f.value().toString());
            if (access && *access != FieldAccess::Editable)
                g.fields.insert(f.key(), *access);
        }
        role.modules.insert(*module, g);
    }
    for (const QJsonValue &r : json.value(QStringLiteral("ip_ranges")).toArray())
        role.ipRanges.append(r.toString());
    role.registeredMachinesOnly = json.value(QStringLiteral("registered_machines_only")).toBool();
    return role;
}

std::optional<RoleProblem> validateRoleJson(const QJsonObject &json, const QStringList &knownFields)
{
    const QJsonValue modulesValue = json.value(QStringLiteral("modules"));
    if (!modulesValue.isObject())
        return RoleProblem{QStringLiteral("modules"), QStringLiteral("'modules' must be a map of module name to grant")};
    const QJsonObject modulesJson = modulesValue.toObject();
    for (auto it = modulesJson.constBegin(); it != modulesJson.constEnd(); ++it) {
        const QString path = QStringLiteral("modules.") + it.key();
        if (!moduleFromName(it.key()))
            return RoleProblem{path, QStringLiteral("unknown module '%1'").arg(it.key())};
        if (!it.value().isObject())
            return RoleProblem{path, QStringLiteral("a module grant is a map {level, scope, extras, fields}")};
        const QJsonObject m = it.value().toObject();
        for (auto k = m.constBegin(); k != m.constEnd(); ++k)
            if (k.key() != QLatin1String("level") && k.key() != QLatin1String("scope")
                && k.key() != QLatin1String("extras") && k.key() != QLatin1String("fields"))
                return RoleProblem{path + QLatin1Char('.') + k.key(), QStringLiteral("unknown key '%1'").arg(k.key())};
        if (!accessLevelFromName(m.value(QStringLiteral("level")).toString()))
            return RoleProblem{path + QStringLiteral(".level"),
                               QStringLiteral("level must be one of: %1").arg(QStringList(kLevelNames.begin(), kLevelNames.end()).join(QStringLiteral(", ")))};
        if (m.contains(QStringLiteral("scope")) && !dataScopeFromName(m.value(QStringLiteral("scope")).toString()))
            return RoleProblem{path + QStringLiteral(".scope"),
                               QStringLiteral("scope must be one of: own, department, department_tree, all")};
        const QJsonValue extras = m.value(QStringLiteral("extras"));
        if (!extras.isUndefined() && !extras.isArray())
            return RoleProblem{path + QStringLiteral(".extras"), QStringLiteral("extras must be a list")};
        for (const QJsonValue &e : extras.toArray())
            if (!extraRightNames().contains(e.toString()))
                return RoleProblem{path + QStringLiteral(".extras"),
                                   QStringLiteral("unknown extra right '%1'").arg(e.toVariant().toString())};
        const QJsonValue fields = m.value(QStringLiteral("fields"));
        if (!fields.isUndefined() && !fields.isObject())
            return RoleProblem{path + QStringLiteral(".fields"), QStringLiteral("fields must be a map of field key to access")};
        const QJsonObject fieldsJson = fields.toObject();
        if (!fieldsJson.isEmpty() && it.key() != QLatin1String("customers"))
            return RoleProblem{path + QStringLiteral(".fields"),
                               QStringLiteral("field visibility applies to the customers module only for now")};
        for (auto f = fieldsJson.constBegin(); f != fieldsJson.constEnd(); ++f) {
            if (!knownFields.contains(f.key()))
                return RoleProblem{path + QStringLiteral(".fields.") + f.key(), QStringLiteral("unknown field '%1'").arg(f.key())};
            if (!fieldAccessFromName(f.value().toString()))
                return RoleProblem{path + QStringLiteral(".fields.") + f.key(),
                                   QStringLiteral("field access must be hidden, read_only or editable")};
        }
    }
    const QJsonValue ranges = json.value(QStringLiteral("ip_ranges"));
    if (!ranges.isUndefined() && !ranges.isArray())
        return RoleProblem{QStringLiteral("ip_ranges"), QStringLiteral("ip_ranges must be a list of CIDR ranges")};
    const QJsonValue machines = json.value(QStringLiteral("registered_machines_only"));
    if (!machines.isUndefined() && !machines.isBool())
        return RoleProblem{QStringLiteral("registered_machines_only"), QStringLiteral("must be true or false")};
    return std::nullopt;
}

AccessLevel ModuleAccess::level() const
{
    if (manage)
        return AccessLevel::Manager;
    if (design)
        return AccessLevel::Designer;
    if (editAll)
        return AccessLevel::Editor;
    if (editOwn)
        return AccessLevel::Author;
    if (read)
        return AccessLevel::Reader;
    if (create)
        return AccessLevel::Depositor;
    return AccessLevel::None;
}

EffectiveAccess combine(const QList<RoleDefinition> &roles)
{
    EffectiveAccess out;
    for (const RoleDefinition &role : roles)
        out.roles.append(role.name);
    out.roles.sort();
    out.roles.removeDuplicates();
    for (Module module : allModules()) {
        ModuleAccess a;
        QList<const ModuleGrant *> grants;
        for (const RoleDefinition &role : roles) {
            auto it = role.modules.constFind(module);
            if (it == role.modules.cend() || it->level == AccessLevel::None)
                continue;
            grants.append(&*it);
            if (!a.sources.contains(role.name))
                a.sources.append(role.name);
            const Capabilities c = capabilitiesOf(it->level);
            a.read |= c.read;
            a.create |= c.create;
            a.editOwn |= c.editOwn;
            a.editAll |= c.editAll;
            a.design |= c.design;
            a.manage |= c.manage;
            a.scope = grants.size() == 1 ? it->scope : std::max(a.scope, it->scope);
            for (const QString &e : it->extras)
                if (!a.extras.contains(e))
                    a.extras.append(e);
        }
        if (grants.isEmpty())
            continue;
        a.extras.sort();
        // A field stays restricted only as far as every granting role restricts it.
        QSet<QString> keys;
        for (const ModuleGrant *g : grants)
            for (auto f = g->fields.cbegin(); f != g->fields.cend(); ++f)
                keys.insert(f.key());
        for (const QString &key : keys) {
            FieldAccess most = FieldAccess::Hidden;
            for (const ModuleGrant *g : grants)
                most = std::max(most, g->fields.value(key, FieldAccess::Editable));
            if (most != FieldAccess::Editable)
                a.fields.insert(key, most);
        }
        out.modules.insert(module, a);
    }
    return out;
}

QStringList rightsOf(const EffectiveAccess &access)
{
    using namespace rights;
    QStringList out;
    for (auto it = access.modules.cbegin(); it != access.modules.cend(); ++it) {
        const ModuleAccess &a = it.value();
        const bool edit = a.editOwn || a.editAll;
        switch (it.key()) {
        case Module::Customers:
            if (a.read)
                out << kCustomersRead;
            if (a.create)
                out << kCustomersCreate;
            if (edit)
                out << kCustomersUpdate << kCustomersDelete;
            if (a.design)
                out << kFieldsManage;
            if (a.read && a.hasExtra(QStringLiteral("assign")))
                out << kCustomersAssign;
            if (edit && a.hasExtra(QStringLiteral("bulk_edit")))
                out << kCustomersBulkEdit;
            if (a.create && a.hasExtra(QStringLiteral("import")))
                out << kCustomersImport;
            if (a.read && a.hasExtra(QStringLiteral("export")))
                out << kCustomersExport;
            if (a.read && a.hasExtra(QStringLiteral("print")))
                out << kCustomersPrint;
            if (a.read && a.hasExtra(QStringLiteral("copy")))
                out << kCustomersCopy;
            if (edit && a.hasExtra(QStringLiteral("purge")))
                out << kCustomersPurge;
            break;
        case Module::Administration:
            if (a.read)
                out << kDepartmentsRead << kUsersRead << kRolesRead;
            if (a.editAll)
                out << kDepartmentsManage << kUsersManage;
            if (a.manage)
                out << kRolesManage;
            if (a.read && a.hasExtra(QStringLiteral("audit")))
                out << kAuditRead;
            break;
        default: {
            const QString m = moduleName(it.key()) + QLatin1Char('.');
            if (a.read)
                out << m + QStringLiteral("read");
            if (a.create)
                out << m + QStringLiteral("create");
            if (edit)
                out << m + QStringLiteral("update");
            if (a.design)
                out << m + QStringLiteral("design");
            if (a.manage)
                out << m + QStringLiteral("manage");
            for (const QString &e : a.extras)
                out << m + e;
            break;
        }
        }
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

bool grantsWithin(const RoleDefinition &inner, const EffectiveAccess &outer)
{
    for (auto it = inner.modules.cbegin(); it != inner.modules.cend(); ++it) {
        const ModuleGrant &g = it.value();
        if (g.level == AccessLevel::None)
            continue;
        if (!outer.modules.contains(it.key()))
            return false;
        const ModuleAccess o = outer.module(it.key());
        const Capabilities c = capabilitiesOf(g.level);
        if ((c.read && !o.read) || (c.create && !o.create) || (c.editOwn && !o.editOwn) || (c.editAll && !o.editAll)
            || (c.design && !o.design) || (c.manage && !o.manage) || g.scope > o.scope)
            return false;
        for (const QString &e : g.extras)
            if (!o.hasExtra(e))
                return false;
        for (auto f = o.fields.cbegin(); f != o.fields.cend(); ++f)
            if (g.fields.value(f.key(), FieldAccess::Editable) > f.value())
                return false;
    }
    return true;
}

const QList<RoleDefinition> &builtInRoles()
{
    static const QList<RoleDefinition> roles = [] {
        auto everywhere = [](AccessLevel level, DataScope scope, const QStringList &extras,
                             const ModuleGrant &administration) {
            QMap<Module, ModuleGrant> m;
            for (Module module : allModules())
                m.insert(module, ModuleGrant{level, scope, extras, {}});
            m.insert(Module::Administration, administration);
            return m;
        };
        const QStringList all = extraRightNames();
        QStringList allButAudit = all;
        allButAudit.removeAll(QStringLiteral("audit"));
        QStringList managerExtras = allButAudit;
        managerExtras.removeAll(QStringLiteral("purge"));
        const QStringList staffExtras{QStringLiteral("bulk_edit"), QStringLiteral("copy"), QStringLiteral("export"),
                                      QStringLiteral("import"), QStringLiteral("print")};
        QList<RoleDefinition> r;
        r.append({QStringLiteral("administrator"), QStringLiteral("Everything, including access settings."),
                  everywhere(AccessLevel::Manager, DataScope::All, allButAudit,
                             {AccessLevel::Manager, DataScope::All, {QStringLiteral("audit")}, {}})});
        r.append({QStringLiteral("director"), QStringLiteral("Reads and edits every record; reads the audit log."),
                  everywhere(AccessLevel::Editor, DataScope::All, allButAudit,
                             {AccessLevel::Reader, DataScope::All, {QStringLiteral("audit")}, {}})});
        r.append({QStringLiteral("manager"), QStringLiteral("Edits the records of the department and those below it."),
                  everywhere(AccessLevel::Editor, DataScope::DepartmentTree, managerExtras,
                             {AccessLevel::Reader, DataScope::DepartmentTree, {}, {}})});
        r.append({QStringLiteral("staff"), QStringLiteral("Creates records and edits their own."),
                  everywhere(AccessLevel::Author, DataScope::Own, staffExtras,
                             {AccessLevel::Reader, DataScope::Own, {}, {}})});
        r.append({QStringLiteral("readonly"), QStringLiteral("Reads the records of the department and those below it."),
                  everywhere(AccessLevel::Reader, DataScope::DepartmentTree, {},
                             {AccessLevel::Reader, DataScope::DepartmentTree, {}, {}})});
        for (RoleDefinition &role : r)
            for (auto it = role.modules.begin(); it != role.modules.end(); ++it)
                it->extras.sort();
        return r;
    }();
    return roles;
}

std::optional<RoleDefinition> findBuiltInRole(const QString &name)
{
    for (const RoleDefinition &role : builtInRoles())
        if (role.name == name)
            return role;
    return std::nullopt;
}

} // namespace cordial::domain
