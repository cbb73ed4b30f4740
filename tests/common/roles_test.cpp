// common/domain/Roles: levels, the union of roles, derived rights, no-escalation and the JSON form.
#include "domain/Roles.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace cordial::domain;

namespace {

RoleDefinition role(const QString &name, Module module, AccessLevel level, DataScope scope,
                    const QStringList &extras = {}, const QMap<QString, FieldAccess> &fields = {})
{
    RoleDefinition r;
    r.name = name;
    r.modules.insert(module, ModuleGrant{level, scope, extras, fields});
    return r;
}

} // namespace

TEST_CASE("each access level has the capabilities of the reference product")
{
    struct Row {
        AccessLevel level;
        bool read, create, editOwn, editAll, design, manage;
    };
    const QList<Row> rows{
        {AccessLevel::Depositor, false, true, false, false, false, false},
        {AccessLevel::Reader, true, false, false, false, false, false},
        {AccessLevel::Author, true, true, true, false, false, false},
        {AccessLevel::Editor, true, true, true, true, false, false},
        {AccessLevel::Designer, true, true, true, true, true, false},
        {AccessLevel::Manager, true, true, true, true, true, true},
    };
    for (const Row &r : rows) {
        INFO(accessLevelName(r.level).toStdString());
        const ModuleAccess a = combine({role(QStringLiteral("x"), Module::Sales, r.level, DataScope::Own)}).module(Module::Sales);
        CHECK(a.read == r.read);
        CHECK(a.create == r.create);
        CHECK(a.editOwn == r.editOwn);
        CHECK(a.editAll == r.editAll);
        CHECK(a.design == r.design);
        CHECK(a.manage == r.manage);
        CHECK(a.level() == r.level);
    }
    CHECK(!combine({role(QStringLiteral("x"), Module::Sales, AccessLevel::None, DataScope::All)}).modules.contains(Module::Sales));
}

TEST_CASE("the union of roles takes every capability, the widest scope, every extra and the most open field access")
{
    const RoleDefinition reader = role(QStringLiteral("reader"), Module::Customers, AccessLevel::Reader, DataScope::DepartmentTree,
                                       {QStringLiteral("export")},
                                       {{QStringLiteral("credit_limit"), FieldAccess::Hidden},
                                        {QStringLiteral("tax_no"), FieldAccess::Hidden}});
    const RoleDefinition depositor = role(QStringLiteral("depositor"), Module::Customers, AccessLevel::Depositor,
                                          DataScope::Own, {QStringLiteral("import")},
                                          {{QStringLiteral("credit_limit"), FieldAccess::ReadOnly},
                                           {QStringLiteral("tax_no"), FieldAccess::Hidden}});
    const EffectiveAccess both = combine({reader, depositor});
    const ModuleAccess a = both.module(Module::Customers);
    CHECK(a.read);
    CHECK(a.create);
    CHECK(!a.editOwn);
    CHECK(a.scope == DataScope::DepartmentTree);
    CHECK(a.extras == QStringList{QStringLiteral("export"), QStringLiteral("import")});
    CHECK(a.field(QStringLiteral("credit_limit")) == FieldAccess::ReadOnly); // the more open of the two
    CHECK(a.field(QStringLiteral("tax_no")) == FieldAccess::Hidden);          // hidden by both
    CHECK(a.field(QStringLiteral("name")) == FieldAccess::Editable);
    CHECK(a.sources == QStringList{QStringLiteral("reader"), QStringLiteral("depositor")});
    CHECK(both.roles == QStringList{QStringLiteral("depositor"), QStringLiteral("reader")});

    // A role that does not restrict a field opens it, even though another hides it.
    const RoleDefinition director = role(QStringLiteral("director"), Module::Customers, AccessLevel::Editor, DataScope::All);
    CHECK(combine({reader, director}).module(Module::Customers).field(QStringLiteral("credit_limit")) == FieldAccess::Editable);
    // A role without the module does not count in the field union.
    const RoleDefinition sales = role(QStringLiteral("sales"), Module::Sales, AccessLevel::Editor, DataScope::All);
    CHECK(combine({reader, sales}).module(Module::Customers).field(QStringLiteral("credit_limit")) == FieldAccess::Hidden);
}

TEST_CASE("named rights are derived from levels and extras, and extras need the level they act on")
{
    const auto rights = [](const RoleDefinition &r) { return rightsOf(combine({r})); };
    CHECK(rights(role(QStringLiteral("r"), Module::Customers, AccessLevel::Reader, DataScope::All,
                      {QStringLiteral("export"), QStringLiteral("bulk_edit"), QStringLiteral("import")}))
          == QStringList{QStringLiteral("customers.export"), QStringLiteral("customers.read")});
    CHECK(rights(role(QStringLiteral("d"), Module::Customers, AccessLevel::Depositor, DataScope::Own, {QStringLiteral("import")}))
          == QStringList{QStringLiteral("customers.create"), QStringLiteral("customers.import")});
    CHECK(rights(role(QStringLiteral("a"), Module::Administration, AccessLevel::Manager, DataScope::All, {QStringLiteral("audit")}))
          == QStringList{QStringLiteral("audit.read"), QStringLiteral("departments.manage"), QStringLiteral("departments.read"),
                         QStringLiteral("roles.manage"), QStringLiteral("roles.read"), QStringLiteral("users.manage"),
                         QStringLiteral("users.read")});
    CHECK(rights(role(QStringLiteral("s"), Module::Sales, AccessLevel::Author, DataScope::Own, {QStringLiteral("approve")}))
          == QStringList{QStringLiteral("sales.approve"), QStringLiteral("sales.create"), QStringLiteral("sales.read"),
                         QStringLiteral("sales.update")});
    CHECK(rights(role(QStringLiteral("c"), Module::Customers, AccessLevel::Designer, DataScope::All)).contains(QStringLiteral("fields.manage")));
}

TEST_CASE("a role is within an access only if it grants nothing more")
{
    const EffectiveAccess outer = combine({role(QStringLiteral("o"), Module::Customers, AccessLevel::Editor,
                                                DataScope::DepartmentTree, {QStringLiteral("export")},
                                                {{QStringLiteral("credit_limit"), FieldAccess::Hidden}})});
    const auto within = [&](const RoleDefinition &r) { return grantsWithin(r, outer); };
    CHECK(within(role(QStringLiteral("x"), Module::Customers, AccessLevel::Author, DataScope::Own, {},
                      {{QStringLiteral("credit_limit"), FieldAccess::Hidden}})));
    CHECK(!within(role(QStringLiteral("x"), Module::Customers, AccessLevel::Author, DataScope::Own))); // shows credit_limit
    CHECK(!within(role(QStringLiteral("x"), Module::Customers, AccessLevel::Designer, DataScope::Own, {},
                       {{QStringLiteral("credit_limit"), FieldAccess::Hidden}})));
    CHECK(!within(role(QStringLiteral("x"), Module::Customers, AccessLevel::Reader, DataScope::All, {},
                       {{QStringLiteral("credit_limit"), FieldAccess::Hidden}})));
    CHECK(!within(role(QStringLiteral("x"), Module::Customers, AccessLevel::Reader, DataScope::Own, {QStringLiteral("purge")},
                       {{QStringLiteral("credit_limit"), FieldAccess::Hidden}})));
    CHECK(!within(role(QStringLiteral("x"), Module::Sales, AccessLevel::Reader, DataScope::Own)));
    for (const RoleDefinition &builtin : builtInRoles())
        CHECK(grantsWithin(builtin, combine({*findBuiltInRole(QStringLiteral("administrator"))})));
    CHECK(!grantsWithin(*findBuiltInRole(QStringLiteral("director")), combine({*findBuiltInRole(QStringLiteral("manager"))})));
}

TEST_CASE("a role survives its JSON form, and bad JSON is named by its path")
{
    RoleDefinition r = role(QStringLiteral("r"), Module::Customers, AccessLevel::Author, DataScope::Department,
                            {QStringLiteral("copy"), QStringLiteral("export")}, {{QStringLiteral("tax_no"), FieldAccess::ReadOnly}});
    r.ipRanges = {QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32")};
    r.registeredMachinesOnly = true;
    RoleDefinition back = RoleDefinition::fromJson(r.toJson());
    back.name = r.name;
    CHECK(back.modules == r.modules);
    CHECK(back.ipRanges == r.ipRanges);
    CHECK(back.registeredMachinesOnly);

    const QStringList fields{QStringLiteral("tax_no")};
    CHECK(!validateRoleJson(r.toJson(), fields));
    QJsonObject bad = r.toJson();
    QJsonObject modules = bad.value(QStringLiteral("modules")).toObject();
    QJsonObject customers = modules.value(QStringLiteral("customers")).toObject();
    customers.insert(QStringLiteral("level"), QStringLiteral("king"));
    modules.insert(QStringLiteral("customers"), customers);
    bad.insert(QStringLiteral("modules"), modules);
    const auto problem = validateRoleJson(bad, fields);
    REQUIRE(problem);
    CHECK(problem->field == QStringLiteral("modules.customers.level"));
    CHECK(validateRoleJson(QJsonObject{{QStringLiteral("modules"), QJsonArray{}}}, fields)->field == QStringLiteral("modules"));
}
