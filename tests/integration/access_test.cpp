// Access control in depth (#5): roles as data, their union over user, department and
// group, access levels (author, depositor), field visibility and no escalation.
#include "Fixtures.h"

#include <QCborArray>
#include <QDate>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

QCborMap grant(const QString &level, const QString &scope, const QStringList &extras = {},
               const QCborMap &fields = {})
{
    return {{QStringLiteral("level"), level},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("extras"), QCborArray::fromStringList(extras)},
            {QStringLiteral("fields"), fields}};
}

qint64 createRole(client::Connection &admin, const QString &name, const QCborMap &modules)
{
    const auto reply = call(admin, QStringLiteral("roles.create"),
                            {{QStringLiteral("name"), name}, {QStringLiteral("modules"), modules}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

QCborMap roleNamed(client::Connection &c, const QString &name)
{
    const auto reply = call(c, QStringLiteral("roles.list"));
    REQUIRE(reply.ok);
    for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray())
        if (v.toMap().value(QStringLiteral("name")).toString() == name)
            return v.toMap();
    return {};
}

qint64 createCustomer(client::Connection &c, const QString &name, const QCborMap &extra = {})
{
    QCborMap args = extra;
    args.insert(QStringLiteral("name"), name);
    args.insert(QStringLiteral("allow_duplicate"), true);
    const auto reply = call(c, QStringLiteral("customers.create"), args);
    INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

QCborArray items(const protocol::Reply &reply)
{
    return reply.result.toMap().value(QStringLiteral("items")).toArray();
}

QStringList rightsOf(client::Connection &c)
{
    QStringList out;
    for (const QCborValue &v :
         call(c, QStringLiteral("auth.whoami")).result.toMap().value(QStringLiteral("rights")).toArray())
        out.append(v.toString());
    return out;
}

} // namespace

TEST_CASE("a role made by the administrator is listed with its grants and derived rights, and validated")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);

    // Built-in roles are rows like any other, in their fixed order.
    const auto listed = call(*admin, QStringLiteral("roles.list"));
    REQUIRE(listed.ok);
    QStringList names;
    for (const QCborValue &v : listed.result.toMap().value(QStringLiteral("items")).toArray())
        names.append(v.toMap().value(QStringLiteral("name")).toString());
    CHECK(names == QStringList{QStringLiteral("administrator"), QStringLiteral("director"), QStringLiteral("manager"),
                               QStringLiteral("staff"), QStringLiteral("readonly")});
    const QCborMap staff = roleNamed(*admin, QStringLiteral("staff"));
    CHECK(staff.value(QStringLiteral("builtin")).toBool());
    CHECK(staff.value(QStringLiteral("modules")).toMap().value(QStringLiteral("customers")).toMap()
              .value(QStringLiteral("level")).toString() == QStringLiteral("author"));

    const qint64 id = createRole(*admin, QStringLiteral("临时工"),
                                 {{QStringLiteral("customers"), grant(QStringLiteral("author"), QStringLiteral("own"))}});
    const QCborMap temp = roleNamed(*admin, QStringLiteral("临时工"));
    CHECK(temp.value(QStringLiteral("id")).toInteger() == id);
    CHECK(!temp.value(QStringLiteral("builtin")).toBool());
    QStringList rights;
    for (const QCborValue &v : temp.value(QStringLiteral("rights")).toArray())
        rights.append(v.toString());
    CHECK(rights == QStringList{QStringLiteral("customers.create"), QStringLiteral("customers.delete"),
                                QStringLiteral("customers.read"), QStringLiteral("customers.update")});

    struct Bad {
        QCborMap modules;
        QString field;
    };
    const QList<Bad> bad{
        {{{QStringLiteral("sales_x"), grant(QStringLiteral("reader"), QStringLiteral("all"))}}, QStringLiteral("modules.sales_x")},
        {{{QStringLiteral("sales"), grant(QStringLiteral("boss"), QStringLiteral("all"))}}, QStringLiteral("modules.sales.level")},
        {{{QStringLiteral("sales"), grant(QStringLiteral("reader"), QStringLiteral("galaxy"))}}, QStringLiteral("modules.sales.scope")},
        {{{QStringLiteral("sales"), grant(QStringLiteral("reader"), QStringLiteral("all"), {QStringLiteral("fly")})}},
         QStringLiteral("modules.sales.extras")},
        {{{QStringLiteral("customers"), grant(QStringLiteral("reader"), QStringLiteral("all"), {},
                                              {{QStringLiteral("no_such_field"), QStringLiteral("hidden")}})}},
         QStringLiteral("modules.customers.fields.no_such_field")},
        {{{QStringLiteral("customers"), grant(QStringLiteral("reader"), QStringLiteral("all"), {},
                                              {{QStringLiteral("credit_limit"), QStringLiteral("secret")}})}},
         QStringLiteral("modules.customers.fields.credit_limit")},
    };
    for (const Bad &b : bad) {
        const auto reply = call(*admin, QStringLiteral("roles.create"),
                                {{QStringLiteral("name"), QStringLiteral("坏角色")}, {QStringLiteral("modules"), b.modules}});
        INFO(b.field.toStdString() << ": " << Catch::StringMaker<protocol::Reply>::convert(reply));
        CHECK(reply.error.code == ErrorCode::Invalid);
        CHECK(reply.error.field == b.field);
    }
    const auto badRange = call(*admin, QStringLiteral("roles.create"),
                               {{QStringLiteral("name"), QStringLiteral("坏角色")},
                                {QStringLiteral("modules"), QCborMap{}},
                                {QStringLiteral("ip_ranges"), QCborArray{QStringLiteral("10.0.0.0/33")}}});
    CHECK(badRange.error.code == ErrorCode::Invalid);
    CHECK(badRange.error.field == QStringLiteral("ip_ranges"));
    const auto twin = call(*admin, QStringLiteral("roles.create"),
                           {{QStringLiteral("name"), QStringLiteral("临时工")}, {QStringLiteral("modules"), QCborMap{}}});
    CHECK(twin.error.code == ErrorCode::Conflict);
    CHECK(twin.error.field == QStringLiteral("name"));

    // Updates carry the version; a stale one is a conflict. The administrator role is fixed.
    const auto stale = call(*admin, QStringLiteral("roles.update"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("version"), 7},
                             {QStringLiteral("description"), QStringLiteral("x")}});
    CHECK(stale.error.code == ErrorCode::Conflict);
    const auto updated = call(*admin, QStringLiteral("roles.update"),
                              {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1},
                               {QStringLiteral("description"), QStringLiteral("短期员工")}});
    REQUIRE(updated.ok);
    CHECK(updated.result.toMap().value(QStringLiteral("version")).toInteger() == 2);
    const qint64 adminRole = roleNamed(*admin, QStringLiteral("administrator")).value(QStringLiteral("id")).toInteger();
    CHECK(call(*admin, QStringLiteral("roles.update"),
               {{QStringLiteral("id"), adminRole}, {QStringLiteral("version"), 1}, {QStringLiteral("modules"), QCborMap{}}})
              .error.code
          == ErrorCode::Conflict);

    // A role still given to someone is not deleted; once taken away it is, with an audit row.
    const qint64 root = rootDepartment(*admin);
    const qint64 user = createUser(*admin, QStringLiteral("temp1"), QStringLiteral("readonly"), root);
    REQUIRE(call(*admin, QStringLiteral("users.update"),
                 {{QStringLiteral("id"), user}, {QStringLiteral("roles"), QCborArray{QStringLiteral("临时工")}}})
                .ok);
    CHECK(call(*admin, QStringLiteral("roles.delete"), {{QStringLiteral("id"), id}}).error.code == ErrorCode::Conflict);
    REQUIRE(call(*admin, QStringLiteral("users.update"), {{QStringLiteral("id"), user}, {QStringLiteral("roles"), QCborArray{}}}).ok);
    REQUIRE(call(*admin, QStringLiteral("roles.delete"), {{QStringLiteral("id"), id}}).ok);
    CHECK(roleNamed(*admin, QStringLiteral("临时工")).isEmpty());
    const auto audit = call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("entity"), QStringLiteral("role")}});
    REQUIRE(audit.ok);
    QStringList ops;
    for (const QCborValue &v : audit.result.toMap().value(QStringLiteral("items")).toArray())
        ops.append(v.toMap().value(QStringLiteral("op")).toString());
    CHECK(ops == QStringList{QStringLiteral("roles.delete"), QStringLiteral("roles.update"), QStringLiteral("roles.create")});
}

TEST_CASE("a user's access is the union of the roles of the user, the department tree and the groups, and says why")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    const qint64 shanghai = createDepartment(*admin, QStringLiteral("上海分公司"), root);
    const qint64 sales = createDepartment(*admin, QStringLiteral("销售一部"), shanghai);
    const qint64 rep = createUser(*admin, QStringLiteral("rep"), QStringLiteral("readonly"), sales);
    createRole(*admin, QStringLiteral("导出员"),
               {{QStringLiteral("customers"), grant(QStringLiteral("reader"), QStringLiteral("own"), {QStringLiteral("export")})}});
    createRole(*admin, QStringLiteral("录入员"),
               {{QStringLiteral("customers"), grant(QStringLiteral("depositor"), QStringLiteral("own"))}});

    auto repSession = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(repSession);
    CHECK(!rightsOf(*repSession).contains(QStringLiteral("customers.export")));
    CHECK(!rightsOf(*repSession).contains(QStringLiteral("customers.create")));

    // The Shanghai branch gets the exporter role: its sub-department's rep has it at once.
    REQUIRE(call(*admin, QStringLiteral("departments.update"),
                 {{QStringLiteral("id"), shanghai}, {QStringLiteral("roles"), QCborArray{QStringLiteral("导出员")}}})
                .ok);
    CHECK(rightsOf(*repSession).contains(QStringLiteral("customers.export")));
    // A group gives the depositor role: reader + depositor reads and creates.
    const auto group = call(*admin, QStringLiteral("groups.create"),
                            {{QStringLiteral("name"), QStringLiteral("录入小组")},
                             {QStringLiteral("members"), QCborArray{rep}},
                             {QStringLiteral("roles"), QCborArray{QStringLiteral("录入员")}}});
    REQUIRE(group.ok);
    CHECK(rightsOf(*repSession).contains(QStringLiteral("customers.create")));
    createCustomer(*repSession, QStringLiteral("组里建的客户"));

    const auto why = call(*admin, QStringLiteral("users.access"), {{QStringLiteral("id"), rep}});
    REQUIRE(why.ok);
    QStringList sources;
    for (const QCborValue &v : why.result.toMap().value(QStringLiteral("roles")).toArray()) {
        const QCborMap m = v.toMap();
        sources.append(m.value(QStringLiteral("role")).toString() + QLatin1Char('@') + m.value(QStringLiteral("via")).toString()
                       + QLatin1Char(':') + m.value(QStringLiteral("via_name")).toString());
    }
    CHECK(sources == QStringList{QStringLiteral("readonly@user:"), QStringLiteral("导出员@department:上海分公司"),
                                 QStringLiteral("录入员@group:录入小组")});
    const QCborMap customers =
        why.result.toMap().value(QStringLiteral("modules")).toMap().value(QStringLiteral("customers")).toMap();
    // reader + depositor together are an author's read and create, without editing.
    CHECK(customers.value(QStringLiteral("level")).toString() == QStringLiteral("reader"));
    CHECK(customers.value(QStringLiteral("scope")).toString() == QStringLiteral("department_tree"));
    CHECK(customers.value(QStringLiteral("sources")).toArray().size() == 3);

    // The group's roles go with the group: removed from the group, the right is gone.
    const qint64 groupId = group.result.toMap().value(QStringLiteral("id")).toInteger();
    REQUIRE(call(*admin, QStringLiteral("groups.update"),
                 {{QStringLiteral("id"), groupId}, {QStringLiteral("version"), 1}, {QStringLiteral("members"), QCborArray{}}})
                .ok);
    CHECK(!rightsOf(*repSession).contains(QStringLiteral("customers.create")));
    CHECK(call(*repSession, QStringLiteral("customers.create"), {{QStringLiteral("name"), QStringLiteral("再建一个")}})
              .error.code
          == ErrorCode::Forbidden);
}

TEST_CASE("an author changes only their own customers, a depositor creates without reading")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    const qint64 team = createDepartment(*admin, QStringLiteral("销售二部"), root);
    createRole(*admin, QStringLiteral("部门作者"),
               {{QStringLiteral("customers"), grant(QStringLiteral("author"), QStringLiteral("department"),
                                                    {QStringLiteral("bulk_edit")})},
                {QStringLiteral("administration"), grant(QStringLiteral("reader"), QStringLiteral("own"))}});
    createRole(*admin, QStringLiteral("投递员"),
               {{QStringLiteral("customers"), grant(QStringLiteral("depositor"), QStringLiteral("own"))}});
    createUser(*admin, QStringLiteral("alice"), QStringLiteral("部门作者"), team);
    createUser(*admin, QStringLiteral("bob"), QStringLiteral("部门作者"), team);
    createUser(*admin, QStringLiteral("dora"), QStringLiteral("投递员"), team);
    auto alice = loginTo(server, QStringLiteral("alice"), kUserPassword);
    auto bob = loginTo(server, QStringLiteral("bob"), kUserPassword);
    auto dora = loginTo(server, QStringLiteral("dora"), kUserPassword);
    REQUIRE((alice && bob && dora));

    const qint64 mine = createCustomer(*alice, QStringLiteral("爱丽丝的客户"));
    const qint64 theirs = createCustomer(*bob, QStringLiteral("鲍勃的客户"));
    // Alice sees Bob's customer (department scope) but may not change it.
    const auto seen = call(*alice, QStringLiteral("customers.get"), {{QStringLiteral("id"), theirs}});
    REQUIRE(seen.ok);
    const auto change = call(*alice, QStringLiteral("customers.update"),
                             {{QStringLiteral("id"), theirs},
                              {QStringLiteral("version"), seen.result.toMap().value(QStringLiteral("version"))},
                              {QStringLiteral("notes"), QStringLiteral("改一下")}});
    CHECK(change.error.code == ErrorCode::Forbidden);
    CHECK(call(*alice, QStringLiteral("customers.delete"), {{QStringLiteral("id"), theirs}}).error.code == ErrorCode::Forbidden);
    CHECK(call(*alice, QStringLiteral("contacts.create"),
               {{QStringLiteral("customer_id"), theirs}, {QStringLiteral("name"), QStringLiteral("张三")}})
              .error.code
          == ErrorCode::Forbidden);
    // A bulk change over both touches only her own and reports the other as skipped.
    const auto bulk = call(*alice, QStringLiteral("customers.bulk_update"),
                           {{QStringLiteral("ids"), QCborArray{mine, theirs}},
                            {QStringLiteral("field"), QStringLiteral("grade")},
                            {QStringLiteral("value"), QStringLiteral("a")}});
    REQUIRE(bulk.ok);
    CHECK(bulk.result.toMap().value(QStringLiteral("updated")).toInteger() == 1);
    CHECK(bulk.result.toMap().value(QStringLiteral("skipped")).toArray() == QCborArray{theirs});
    const auto untouched = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), theirs}});
    CHECK(untouched.result.toMap().value(QStringLiteral("version")).toInteger()
          == seen.result.toMap().value(QStringLiteral("version")).toInteger());
    // Her own she changes.
    const auto own = call(*alice, QStringLiteral("customers.get"), {{QStringLiteral("id"), mine}});
    CHECK(call(*alice, QStringLiteral("customers.update"),
               {{QStringLiteral("id"), mine},
                {QStringLiteral("version"), own.result.toMap().value(QStringLiteral("version"))},
                {QStringLiteral("notes"), QStringLiteral("改一下")}})
              .ok);

    // The depositor creates, and reads nothing, not even what it created.
    const auto deposited = call(*dora, QStringLiteral("customers.create"),
                                {{QStringLiteral("name"), QStringLiteral("投递的客户")}, {QStringLiteral("allow_duplicate"), true}});
    REQUIRE(deposited.ok);
    CHECK(call(*dora, QStringLiteral("customers.get"),
               {{QStringLiteral("id"), deposited.result.toMap().value(QStringLiteral("id"))}})
              .error.code
          == ErrorCode::Forbidden);
    CHECK(call(*dora, QStringLiteral("customers.list")).error.code == ErrorCode::Forbidden);
    CHECK(call(*dora, QStringLiteral("customers.search"), {{QStringLiteral("query"), QStringLiteral("客户")}}).error.code
          == ErrorCode::Forbidden);
}

TEST_CASE("finance fields hidden from a role are absent everywhere that role reads, and refused where it writes")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createRole(*admin, QStringLiteral("业务员"),
               {{QStringLiteral("customers"),
                 grant(QStringLiteral("editor"), QStringLiteral("all"), {QStringLiteral("bulk_edit"), QStringLiteral("export"),
                                                                         QStringLiteral("import")},
                       {{QStringLiteral("credit_limit"), QStringLiteral("hidden")},
                        {QStringLiteral("bank_account"), QStringLiteral("hidden")},
                        {QStringLiteral("tax_no"), QStringLiteral("read_only")}})},
                {QStringLiteral("administration"), grant(QStringLiteral("reader"), QStringLiteral("own"),
                                                         {QStringLiteral("audit")})}});
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("业务员"), root);
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(rep);
    const qint64 id = createCustomer(*admin, QStringLiteral("华为技术有限公司"),
                                     {{QStringLiteral("credit_limit"), QStringLiteral("500000.00")},
                                      {QStringLiteral("bank_account"), QStringLiteral("6222020200112233")},
                                      {QStringLiteral("tax_no"), QStringLiteral("91440300")}});

    const auto got = call(*rep, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}});
    REQUIRE(got.ok);
    const QCborMap customer = got.result.toMap();
    CHECK(!customer.contains(QStringLiteral("credit_limit")));
    CHECK(!customer.contains(QStringLiteral("bank_account")));
    CHECK(customer.value(QStringLiteral("tax_no")).toString() == QStringLiteral("91440300"));
    CHECK(customer.value(QStringLiteral("name")).toString() == QStringLiteral("华为技术有限公司"));

    const auto listed = call(*rep, QStringLiteral("customers.list"),
                             {{QStringLiteral("columns"), QCborArray{QStringLiteral("name"), QStringLiteral("credit_limit")}}});
    REQUIRE(listed.ok);
    const QCborMap item = listed.result.toMap().value(QStringLiteral("items")).toArray().at(0).toMap();
    CHECK(item.contains(QStringLiteral("name")));
    CHECK(!item.contains(QStringLiteral("credit_limit")));
    const auto full = call(*rep, QStringLiteral("customers.list"));
    CHECK(!full.result.toMap().value(QStringLiteral("items")).toArray().at(0).toMap().contains(QStringLiteral("credit_limit")));
    const auto searched = call(*rep, QStringLiteral("customers.search"), {{QStringLiteral("query"), QStringLiteral("华为")}});
    REQUIRE(searched.ok);
    CHECK(!searched.result.toMap().value(QStringLiteral("items")).toArray().at(0).toMap().contains(QStringLiteral("credit_limit")));
    // Sorting or filtering on it would tell its values.
    CHECK(call(*rep, QStringLiteral("customers.list"), {{QStringLiteral("sort"), QStringLiteral("-credit_limit")}}).error.code
          == ErrorCode::Forbidden);
    const auto filtered = call(*rep, QStringLiteral("customers.list"),
                               {{QStringLiteral("filters"), QCborMap{{QStringLiteral("credit_limit"),
                                                                      QCborMap{{QStringLiteral("from"), QStringLiteral("1")}}}}}});
    CHECK(filtered.error.code == ErrorCode::Forbidden);
    CHECK(filtered.error.field == QStringLiteral("filters.credit_limit"));

    // The export leaves it out even when asked for.
    const auto exported = call(*rep, QStringLiteral("customers.export"),
                               {{QStringLiteral("format"), QStringLiteral("csv")},
                                {QStringLiteral("ids"), QCborArray{id}},
                                {QStringLiteral("columns"), QCborArray{QStringLiteral("name"), QStringLiteral("credit_limit")}}});
    REQUIRE(exported.ok);
    const QString csv = QString::fromUtf8(exported.result.toMap().value(QStringLiteral("data")).toByteArray());
    CHECK(csv.contains(QStringLiteral("华为技术有限公司")));
    CHECK(!csv.contains(QStringLiteral("500000")));
    CHECK(!csv.contains(QStringLiteral("信用")));

    // Writes: hidden and read-only fields are refused with the field; others pass.
    const qint64 version = customer.value(QStringLiteral("version")).toInteger();
    for (const QString &field : {QStringLiteral("credit_limit"), QStringLiteral("tax_no")}) {
        const auto write = call(*rep, QStringLiteral("customers.update"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}, {field, QStringLiteral("1")}});
        INFO(field.toStdString());
        CHECK(write.error.code == ErrorCode::Forbidden);
        CHECK(write.error.field == field);
    }
    const auto create = call(*rep, QStringLiteral("customers.create"),
                             {{QStringLiteral("name"), QStringLiteral("新客户")}, {QStringLiteral("credit_limit"), QStringLiteral("9")}});
    CHECK(create.error.code == ErrorCode::Forbidden);
    CHECK(create.error.field == QStringLiteral("credit_limit"));
    const auto bulk = call(*rep, QStringLiteral("customers.bulk_update"),
                           {{QStringLiteral("ids"), QCborArray{id}}, {QStringLiteral("field"), QStringLiteral("credit_limit")},
                            {QStringLiteral("value"), QStringLiteral("1")}});
    CHECK(bulk.error.code == ErrorCode::Forbidden);
    CHECK(call(*rep, QStringLiteral("customers.update"),
               {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}, {QStringLiteral("notes"), QStringLiteral("好")}})
              .ok);
    const auto stored = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}});
    CHECK(stored.result.toMap().value(QStringLiteral("credit_limit")).toString() == QStringLiteral("500000.00"));

    // The audit images the rep reads leave the hidden fields out; the administrator's do not.
    auto imagesOf = [&](client::Connection &c) {
        const auto rows = call(c, QStringLiteral("audit.list"),
                               {{QStringLiteral("entity"), QStringLiteral("customer")}, {QStringLiteral("entity_id"), id}});
        REQUIRE(rows.ok);
        return rows.result.toMap().value(QStringLiteral("items")).toArray();
    };
    const QCborArray repRows = imagesOf(*rep);
    REQUIRE(repRows.size() == 2);
    for (const QCborValue &row : repRows) {
        const QCborValue after = row.toMap().value(QStringLiteral("after"));
        CHECK(!after.toMap().contains(QStringLiteral("credit_limit")));
        CHECK(!after.toMap().contains(QStringLiteral("bank_account")));
    }
    CHECK(imagesOf(*admin).at(1).toMap().value(QStringLiteral("after")).toMap().contains(QStringLiteral("credit_limit")));

    // The import template offers neither hidden nor read-only fields to this role.
    auto templateHeader = [&](client::Connection &c) {
        const auto tmpl = call(c, QStringLiteral("customers.import_template"));
        REQUIRE(tmpl.ok);
        const auto table = tableOf(tmpl.result.toMap().value(QStringLiteral("data")).toByteArray(), QStringLiteral("xlsx"));
        REQUIRE(!table.isEmpty());
        return table.first();
    };
    const QStringList repHeader = templateHeader(*rep);
    CHECK(repHeader.contains(QStringLiteral("客户名称")));
    for (const QString &label : {QStringLiteral("信用额度"), QStringLiteral("银行账号"), QStringLiteral("税号")}) {
        INFO(label.toStdString());
        CHECK(!repHeader.contains(label));
        CHECK(templateHeader(*admin).contains(label));
    }
}

TEST_CASE("contact fields hidden from a role are absent wherever it reads contacts, and refused where it writes them")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createRole(*admin, QStringLiteral("前台"),
               {{QStringLiteral("customers"),
                 grant(QStringLiteral("editor"), QStringLiteral("all"), {QStringLiteral("import")},
                       {{QStringLiteral("contacts.mobile"), QStringLiteral("hidden")},
                        {QStringLiteral("contacts.title"), QStringLiteral("read_only")}})},
                {QStringLiteral("administration"), grant(QStringLiteral("reader"), QStringLiteral("own"),
                                                         {QStringLiteral("audit")})}});
    createUser(*admin, QStringLiteral("desk"), QStringLiteral("前台"), root);
    auto desk = loginTo(server, QStringLiteral("desk"), kUserPassword);
    REQUIRE(desk);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString birthday = QStringLiteral("1980") + today.mid(4);
    const qint64 id = createCustomer(
        *admin, QStringLiteral("上海华联"),
        {{QStringLiteral("contacts"), QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("王经理")},
                                                          {QStringLiteral("mobile"), QStringLiteral("13912345678")},
                                                          {QStringLiteral("title"), QStringLiteral("采购经理")},
                                                          {QStringLiteral("birthday"), birthday}}}}});
    auto contactOf = [&](client::Connection &c) {
        const auto got = call(c, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}});
        REQUIRE(got.ok);
        return got.result.toMap().value(QStringLiteral("contacts")).toArray().at(0).toMap();
    };

    // Reads: the contact comes without its mobile; other fields, read-only ones too, are there.
    const QCborMap contact = contactOf(*desk);
    CHECK(!contact.contains(QStringLiteral("mobile")));
    CHECK(contact.value(QStringLiteral("name")).toString() == QStringLiteral("王经理"));
    CHECK(contact.value(QStringLiteral("title")).toString() == QStringLiteral("采购经理"));
    CHECK(contactOf(*admin).value(QStringLiteral("mobile")).toString() == QStringLiteral("13912345678"));
    const auto birthdays = call(*desk, QStringLiteral("customers.birthdays"), {{QStringLiteral("days"), 0}});
    REQUIRE(birthdays.ok);
    REQUIRE(items(birthdays).size() == 1);
    CHECK(items(birthdays).at(0).toMap().value(QStringLiteral("name")).toString() == QStringLiteral("王经理"));
    CHECK(!items(birthdays).at(0).toMap().contains(QStringLiteral("mobile")));
    auto contactImages = [&](const QString &op) {
        QCborArray out;
        const QCborMap args = op == QLatin1String("audit.list")
                                  ? QCborMap{{QStringLiteral("entity"), QStringLiteral("customer")}, {QStringLiteral("entity_id"), id}}
                                  : QCborMap{{QStringLiteral("id"), id}};
        const auto rows = call(*desk, op, args);
        INFO(Catch::StringMaker<protocol::Reply>::convert(rows));
        REQUIRE(rows.ok);
        for (const QCborValue &row : items(rows))
            for (const char *image : {"before", "after"})
                for (const QCborValue &c : row.toMap().value(QLatin1String(image)).toMap().value(QStringLiteral("contacts")).toArray())
                    out.append(c);
        return out;
    };
    for (const QString &op : {QStringLiteral("customers.history"), QStringLiteral("audit.list")}) {
        INFO(op.toStdString());
        const QCborArray images = contactImages(op);
        REQUIRE(!images.isEmpty());
        for (const QCborValue &c : images) {
            CHECK(c.toMap().value(QStringLiteral("name")).toString() == QStringLiteral("王经理"));
            CHECK(!c.toMap().contains(QStringLiteral("mobile")));
        }
    }

    // Writes: a hidden or read-only contact field is refused with the field; the rest passes.
    const qint64 contactId = contact.value(QStringLiteral("id")).toInteger();
    const qint64 contactVersion = contact.value(QStringLiteral("version")).toInteger();
    for (const auto &[field, value] : {std::pair{QStringLiteral("mobile"), QStringLiteral("13800000000")},
                                       std::pair{QStringLiteral("title"), QStringLiteral("总经理")}}) {
        const auto write = call(*desk, QStringLiteral("contacts.update"),
                                {{QStringLiteral("id"), contactId}, {QStringLiteral("version"), contactVersion}, {field, value}});
        INFO(field.toStdString());
        CHECK(write.error.code == ErrorCode::Forbidden);
        CHECK(write.error.field == field);
    }
    // Sending the value it already has writes nothing and is no refusal.
    CHECK(call(*desk, QStringLiteral("contacts.update"),
               {{QStringLiteral("id"), contactId}, {QStringLiteral("version"), contactVersion},
                {QStringLiteral("title"), QStringLiteral("采购经理")}, {QStringLiteral("notes"), QStringLiteral("爱喝茶")}})
              .ok);
    const auto added = call(*desk, QStringLiteral("contacts.create"),
                            {{QStringLiteral("customer_id"), id}, {QStringLiteral("name"), QStringLiteral("李助理")},
                             {QStringLiteral("mobile"), QStringLiteral("13700000000")}});
    CHECK(added.error.code == ErrorCode::Forbidden);
    CHECK(added.error.field == QStringLiteral("mobile"));
    const auto withContact = call(*desk, QStringLiteral("customers.create"),
                                  {{QStringLiteral("name"), QStringLiteral("新客户")},
                                   {QStringLiteral("contacts"), QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("甲")},
                                                                                     {QStringLiteral("title"), QStringLiteral("乙")}}}}});
    CHECK(withContact.error.code == ErrorCode::Forbidden);
    CHECK(withContact.error.field == QStringLiteral("contacts.0.title"));
    CHECK(call(*desk, QStringLiteral("contacts.create"),
               {{QStringLiteral("customer_id"), id}, {QStringLiteral("name"), QStringLiteral("李助理")}})
              .ok);
    const QCborMap stored = contactOf(*admin);
    CHECK(stored.value(QStringLiteral("mobile")).toString() == QStringLiteral("13912345678"));
    CHECK(stored.value(QStringLiteral("title")).toString() == QStringLiteral("采购经理"));
    CHECK(stored.value(QStringLiteral("notes")).toString() == QStringLiteral("爱喝茶"));

    // Putting back the first version changes what the role may write; the mobile, changed
    // since by the administrator, stays as it is now.
    REQUIRE(call(*admin, QStringLiteral("contacts.update"),
                 {{QStringLiteral("id"), contactId}, {QStringLiteral("version"), stored.value(QStringLiteral("version"))},
                  {QStringLiteral("mobile"), QStringLiteral("13911112222")}})
                .ok);
    const auto history = call(*desk, QStringLiteral("customers.history"), {{QStringLiteral("id"), id}});
    REQUIRE(history.ok);
    const auto restored = call(*desk, QStringLiteral("customers.restore_version"),
                               {{QStringLiteral("id"), id},
                                {QStringLiteral("audit_id"), items(history).last().toMap().value(QStringLiteral("audit_id"))},
                                {QStringLiteral("version"), call(*desk, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}})
                                                                .result.toMap().value(QStringLiteral("version"))}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(restored));
    REQUIRE(restored.ok);
    const auto back = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}}).result.toMap();
    REQUIRE(back.value(QStringLiteral("contacts")).toArray().size() == 1);
    CHECK(back.value(QStringLiteral("contacts")).toArray().at(0).toMap().value(QStringLiteral("notes")).toString().isEmpty());
    CHECK(back.value(QStringLiteral("contacts")).toArray().at(0).toMap().value(QStringLiteral("mobile")).toString()
          == QStringLiteral("13911112222"));

    // The import template and mapping offer no contact column the role may not write.
    const auto tmpl = call(*desk, QStringLiteral("customers.import_template"));
    REQUIRE(tmpl.ok);
    const QStringList header = tableOf(tmpl.result.toMap().value(QStringLiteral("data")).toByteArray(), QStringLiteral("xlsx")).first();
    CHECK(header.contains(QStringLiteral("联系人姓名")));
    CHECK(header.contains(QStringLiteral("联系人电子邮箱")));
    CHECK(!header.contains(QStringLiteral("联系人手机")));
    CHECK(!header.contains(QStringLiteral("联系人职务")));
    const auto upload = call(*desk, QStringLiteral("files.upload"),
                             {{QStringLiteral("data"), QStringLiteral("客户名称,联系人姓名,联系人手机\n甲公司,张三,13600000000\n").toUtf8()},
                              {QStringLiteral("done"), true}});
    REQUIRE(upload.ok);
    const QString uploadId = upload.result.toMap().value(QStringLiteral("upload_id")).toString();
    const auto automatic = call(*desk, QStringLiteral("customers.import_preview"), {{QStringLiteral("upload_id"), uploadId}});
    REQUIRE(automatic.ok);
    QStringList mapped;
    for (const QCborValue &c : automatic.result.toMap().value(QStringLiteral("columns")).toArray())
        mapped.append(c.toMap().value(QStringLiteral("field")).toString());
    CHECK(mapped == QStringList{QStringLiteral("name"), QStringLiteral("contact.name"), QString()});
    const auto mapping = call(*desk, QStringLiteral("customers.import_preview"),
                              {{QStringLiteral("upload_id"), uploadId},
                               {QStringLiteral("mapping"), QCborMap{{QStringLiteral("0"), QStringLiteral("name")},
                                                                    {QStringLiteral("2"), QStringLiteral("contact.mobile")}}}});
    CHECK(mapping.error.code == ErrorCode::Forbidden);
    CHECK(mapping.error.field == QStringLiteral("mapping.2"));

    // A role that hides birthdays gets no birthday list at all; unknown contact keys are invalid.
    createRole(*admin, QStringLiteral("无生日"),
               {{QStringLiteral("customers"), grant(QStringLiteral("reader"), QStringLiteral("all"), {},
                                                    {{QStringLiteral("contacts.birthday"), QStringLiteral("hidden")}})}});
    createUser(*admin, QStringLiteral("nobday"), QStringLiteral("无生日"), root);
    auto nobday = loginTo(server, QStringLiteral("nobday"), kUserPassword);
    REQUIRE(nobday);
    const auto none = call(*nobday, QStringLiteral("customers.birthdays"), {{QStringLiteral("days"), 0}});
    REQUIRE(none.ok);
    CHECK(items(none).isEmpty());
    CHECK(!contactOf(*nobday).contains(QStringLiteral("birthday")));
    const auto unknown = call(*admin, QStringLiteral("roles.create"),
                              {{QStringLiteral("name"), QStringLiteral("坏角色")},
                               {QStringLiteral("modules"),
                                QCborMap{{QStringLiteral("customers"),
                                          grant(QStringLiteral("reader"), QStringLiteral("all"), {},
                                                {{QStringLiteral("contacts.credit_limit"), QStringLiteral("hidden")}})}}}});
    CHECK(unknown.error.code == ErrorCode::Invalid);
    CHECK(unknown.error.field == QStringLiteral("modules.customers.fields.contacts.credit_limit"));
}

TEST_CASE("customers.print gives the customers as the role sees them, says which it skipped, audits it, and needs the right")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createRole(*admin, QStringLiteral("打印员"),
               {{QStringLiteral("customers"),
                 grant(QStringLiteral("author"), QStringLiteral("own"), {QStringLiteral("print")},
                       {{QStringLiteral("credit_limit"), QStringLiteral("hidden")},
                        {QStringLiteral("contacts.mobile"), QStringLiteral("hidden")}})}});
    createRole(*admin, QStringLiteral("不可打印"),
               {{QStringLiteral("customers"), grant(QStringLiteral("editor"), QStringLiteral("all"), {QStringLiteral("export")})}});
    const qint64 repId = createUser(*admin, QStringLiteral("printer"), QStringLiteral("打印员"), root);
    createUser(*admin, QStringLiteral("noprint"), QStringLiteral("不可打印"), root);
    auto rep = loginTo(server, QStringLiteral("printer"), kUserPassword);
    auto noPrint = loginTo(server, QStringLiteral("noprint"), kUserPassword);
    REQUIRE((rep && noPrint));
    const qint64 own = createCustomer(
        *admin, QStringLiteral("华为技术有限公司"),
        {{QStringLiteral("owner_id"), repId},
         {QStringLiteral("credit_limit"), QStringLiteral("500000.00")},
         {QStringLiteral("address"), QStringLiteral("深圳市龙岗区")},
         {QStringLiteral("contacts"), QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("王经理")},
                                                          {QStringLiteral("mobile"), QStringLiteral("13912345678")}}}}});
    const qint64 foreign = createCustomer(*admin, QStringLiteral("中兴通讯"));

    const auto printed = call(*rep, QStringLiteral("customers.print"), {{QStringLiteral("ids"), QCborArray{own}}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(printed));
    REQUIRE(printed.ok);
    const QCborMap result = printed.result.toMap();
    CHECK(result.value(QStringLiteral("printed_at")).toString().endsWith(QLatin1Char('Z')));
    CHECK(result.value(QStringLiteral("skipped")).toArray().isEmpty());
    REQUIRE(items(printed).size() == 1);
    const QCborMap customer = items(printed).at(0).toMap();
    CHECK(customer.value(QStringLiteral("id")).toInteger() == own);
    CHECK(customer.value(QStringLiteral("address")).toString() == QStringLiteral("深圳市龙岗区"));
    CHECK(!customer.contains(QStringLiteral("credit_limit")));
    REQUIRE(customer.value(QStringLiteral("contacts")).toArray().size() == 1);
    const QCborMap contact = customer.value(QStringLiteral("contacts")).toArray().at(0).toMap();
    CHECK(contact.value(QStringLiteral("name")).toString() == QStringLiteral("王经理"));
    CHECK(!contact.contains(QStringLiteral("mobile")));
    // The administrator's printout has everything.
    const auto full = call(*admin, QStringLiteral("customers.print"), {{QStringLiteral("ids"), QCborArray{own}}});
    REQUIRE(full.ok);
    CHECK(items(full).at(0).toMap().value(QStringLiteral("credit_limit")).toString() == QStringLiteral("500000.00"));

    // Another's customer: not found alone, named in `skipped` among others.
    const auto alone = call(*rep, QStringLiteral("customers.print"), {{QStringLiteral("ids"), QCborArray{foreign}}});
    CHECK(alone.error.code == ErrorCode::NotFound);
    CHECK(alone.error.field == QStringLiteral("ids"));
    const auto several = call(*rep, QStringLiteral("customers.print"),
                              {{QStringLiteral("ids"), QCborArray{foreign, own, qint64(99999999)}}});
    REQUIRE(several.ok);
    CHECK(itemIds(several) == QList<qint64>{own});
    CHECK(several.result.toMap().value(QStringLiteral("skipped")).toArray() == QCborArray{foreign, qint64(99999999)});
    for (const QCborValue &bad : {QCborValue(QCborArray{}), QCborValue(own), QCborValue(QCborArray{QStringLiteral("1")})}) {
        const auto refused = call(*rep, QStringLiteral("customers.print"), {{QStringLiteral("ids"), bad}});
        CHECK(refused.error.code == ErrorCode::Invalid);
        CHECK(refused.error.field == QStringLiteral("ids"));
    }
    QCborArray tooMany;
    for (qint64 i = 1; i <= 501; ++i)
        tooMany.append(i);
    CHECK(call(*rep, QStringLiteral("customers.print"), {{QStringLiteral("ids"), tooMany}}).error.code == ErrorCode::Invalid);

    // A role without the print extra prints nothing, even what it may read and export.
    const auto refused = call(*noPrint, QStringLiteral("customers.print"), {{QStringLiteral("ids"), QCborArray{own}}});
    CHECK(refused.error.code == ErrorCode::Forbidden);

    // One audit row per printout, naming what was printed and what was skipped.
    const auto audit = call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("op"), QStringLiteral("customers.print")}});
    REQUIRE(audit.ok);
    REQUIRE(items(audit).size() == 3);
    const QCborMap last = items(audit).at(0).toMap();
    CHECK(last.value(QStringLiteral("user_login")).toString() == QStringLiteral("printer"));
    CHECK(last.value(QStringLiteral("entity")).toString() == QStringLiteral("customer"));
    CHECK(last.value(QStringLiteral("entity_id")).isNull());
    CHECK(last.value(QStringLiteral("after")).toMap().value(QStringLiteral("ids")).toArray() == QCborArray{own});
    CHECK(last.value(QStringLiteral("after")).toMap().value(QStringLiteral("skipped")).toArray()
          == QCborArray{foreign, qint64(99999999)});
    // A printout is no version of the customer.
    for (const QCborValue &entry : items(call(*admin, QStringLiteral("customers.history"), {{QStringLiteral("id"), own}})))
        CHECK(entry.toMap().value(QStringLiteral("op")).toString() != QStringLiteral("customers.print"));
}

TEST_CASE("a department administrator manages only their subtree and cannot give more than they hold")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    const qint64 shanghai = createDepartment(*admin, QStringLiteral("上海分公司"), root);
    const qint64 shanghaiSales = createDepartment(*admin, QStringLiteral("上海销售部"), shanghai);
    const qint64 beijing = createDepartment(*admin, QStringLiteral("北京分公司"), root);
    createRole(*admin, QStringLiteral("分公司管理员"),
               {{QStringLiteral("customers"), grant(QStringLiteral("editor"), QStringLiteral("department_tree"))},
                {QStringLiteral("administration"), grant(QStringLiteral("editor"), QStringLiteral("department_tree"))}});
    createUser(*admin, QStringLiteral("sh.admin"), QStringLiteral("分公司管理员"), shanghai);
    const qint64 bjRep = createUser(*admin, QStringLiteral("bj.rep"), QStringLiteral("staff"), beijing);
    const qint64 shBoss = createUser(*admin, QStringLiteral("sh.boss"), QStringLiteral("director"), shanghaiSales);
    auto sh = loginTo(server, QStringLiteral("sh.admin"), kUserPassword);
    REQUIRE(sh);

    // Inside the subtree: a new rep with a role within the admin's own access.
    const auto made = call(*sh, QStringLiteral("users.create"),
                           {{QStringLiteral("login"), QStringLiteral("sh.rep")},
                            {QStringLiteral("display_name"), QStringLiteral("上海业务员")},
                            {QStringLiteral("password"), kUserPassword},
                            {QStringLiteral("role"), QStringLiteral("分公司管理员")},
                            {QStringLiteral("department_id"), shanghaiSales}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(made));
    CHECK(made.ok);
    // Roles grant more than the admin holds: refused with the field.
    const auto escalate = call(*sh, QStringLiteral("users.create"),
                               {{QStringLiteral("login"), QStringLiteral("sh.root")},
                                {QStringLiteral("display_name"), QStringLiteral("冒充")},
                                {QStringLiteral("password"), kUserPassword},
                                {QStringLiteral("role"), QStringLiteral("administrator")},
                                {QStringLiteral("department_id"), shanghaiSales}});
    CHECK(escalate.error.code == ErrorCode::Forbidden);
    CHECK(escalate.error.field == QStringLiteral("role"));
    const qint64 shRep = made.result.toMap().value(QStringLiteral("id")).toInteger();
    const auto extra = call(*sh, QStringLiteral("users.update"),
                            {{QStringLiteral("id"), shRep}, {QStringLiteral("roles"), QCborArray{QStringLiteral("director")}}});
    CHECK(extra.error.code == ErrorCode::Forbidden);
    CHECK(extra.error.field == QStringLiteral("roles"));
    // Outside the subtree: not found; a more powerful user inside it: forbidden.
    CHECK(call(*sh, QStringLiteral("users.get"), {{QStringLiteral("id"), bjRep}}).error.code == ErrorCode::NotFound);
    CHECK(call(*sh, QStringLiteral("users.disable"), {{QStringLiteral("id"), bjRep}}).error.code == ErrorCode::NotFound);
    CHECK(call(*sh, QStringLiteral("users.create"),
               {{QStringLiteral("login"), QStringLiteral("bj.new")},
                {QStringLiteral("display_name"), QStringLiteral("北京新人")},
                {QStringLiteral("password"), kUserPassword},
                {QStringLiteral("role"), QStringLiteral("staff")},
                {QStringLiteral("department_id"), beijing}})
              .error.code
          == ErrorCode::NotFound);
    const auto boss = call(*sh, QStringLiteral("users.reset_password"),
                           {{QStringLiteral("id"), shBoss}, {QStringLiteral("password"), QStringLiteral("new-pass-456")}});
    CHECK(boss.error.code == ErrorCode::Forbidden);
    // Roles and groups: the admin cannot change a built-in role or make a role bigger than theirs.
    CHECK(call(*sh, QStringLiteral("roles.create"),
               {{QStringLiteral("name"), QStringLiteral("超级")},
                {QStringLiteral("modules"), QCborMap{{QStringLiteral("customers"), grant(QStringLiteral("manager"), QStringLiteral("all"))}}}})
              .error.code
          == ErrorCode::Forbidden);
    const auto groups = call(*sh, QStringLiteral("groups.create"),
                             {{QStringLiteral("name"), QStringLiteral("跨区")}, {QStringLiteral("members"), QCborArray{bjRep}}});
    CHECK(groups.error.code == ErrorCode::NotFound);
    CHECK(groups.error.field == QStringLiteral("members"));
}
