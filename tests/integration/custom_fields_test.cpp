// Custom fields: an administrator adds them with fields.create and changes them with
// fields.update; they then travel with customers like built-in fields (get, update,
// list columns and filters, bulk edit, audit images) on both databases.
#include "Fixtures.h"

#include "domain/FieldCatalog.h"

#include <QCborArray>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

std::string show(const protocol::Reply &r)
{
    return Catch::StringMaker<protocol::Reply>::convert(r);
}

QCborMap fieldNamed(client::Connection &c, const QString &key, bool includeRetired = false)
{
    QCborMap args;
    if (includeRetired)
        args.insert(QStringLiteral("include_retired"), true);
    const auto reply = call(c, QStringLiteral("fields.list"), args);
    REQUIRE(reply.ok);
    for (const QCborValue &item : reply.result.toMap().value(QStringLiteral("items")).toArray())
        if (item.toMap().value(QStringLiteral("key")).toString() == key)
            return item.toMap();
    return {};
}

QCborMap created(const protocol::Reply &reply)
{
    INFO(show(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap();
}

} // namespace

TEST_CASE("an administrator adds custom fields of each kind, and fields.list sends them after the built-in ones",
          "[custom_fields]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);

    const QCborMap text = created(call(*admin, QStringLiteral("fields.create"),
                                       {{QStringLiteral("label"), QStringLiteral("微信号")},
                                        {QStringLiteral("type"), QStringLiteral("text")},
                                        {QStringLiteral("tab"), QStringLiteral("basic")}}));
    CHECK(text.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("cf_")));
    const QCborMap choice = created(call(*admin, QStringLiteral("fields.create"),
                                         {{QStringLiteral("label"), QStringLiteral("展会来源")},
                                          {QStringLiteral("key"), QStringLiteral("fair")},
                                          {QStringLiteral("type"), QStringLiteral("choice")},
                                          {QStringLiteral("tab"), QStringLiteral("groups")},
                                          {QStringLiteral("choices"),
                                           QCborArray{QStringLiteral("广交会"), QStringLiteral("进博会")}}}));
    CHECK(choice.value(QStringLiteral("key")).toString() == QStringLiteral("fair"));
    for (const auto &[label, type] : {std::pair{"年采购量", "integer"}, std::pair{"预算", "money"},
                                      std::pair{"首次到访", "date"}, std::pair{"备忘", "long_text"}})
        created(call(*admin, QStringLiteral("fields.create"),
                     {{QStringLiteral("label"), QString::fromUtf8(label)}, {QStringLiteral("type"), QLatin1String(type)}}));

    const auto list = call(*admin, QStringLiteral("fields.list"));
    REQUIRE(list.ok);
    const QCborArray items = list.result.toMap().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == domain::builtInCustomerFields().size() + 6);
    CHECK_FALSE(items.at(domain::builtInCustomerFields().size() - 1).toMap().value(QStringLiteral("custom")).toBool());
    const QCborMap fair = fieldNamed(*admin, QStringLiteral("fair"));
    CHECK(fair.value(QStringLiteral("custom")).toBool());
    CHECK(fair.value(QStringLiteral("label")).toString() == QStringLiteral("展会来源"));
    CHECK(fair.value(QStringLiteral("tab")).toString() == QStringLiteral("groups"));
    CHECK(fair.value(QStringLiteral("listable")).toBool());
    CHECK(fair.value(QStringLiteral("bulk_editable")).toBool());
    const QCborArray choices = fair.value(QStringLiteral("choices")).toArray();
    REQUIRE(choices.size() == 2);
    CHECK(choices.at(0).toMap().value(QStringLiteral("key")).toString() == QStringLiteral("c1"));
    CHECK(choices.at(1).toMap().value(QStringLiteral("label")).toString() == QStringLiteral("进博会"));

    // One audit row per created field.
    const auto audit = call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("entity"), QStringLiteral("field")}});
    REQUIRE(audit.ok);
    CHECK(audit.result.toMap().value(QStringLiteral("items")).toArray().size() == 6);

    // Bad definitions name the field at fault.
    const struct {
        QCborMap args;
        const char *field;
        ErrorCode code;
    } bad[] = {
        {{{QStringLiteral("type"), QStringLiteral("text")}}, "label", ErrorCode::Invalid},
        {{{QStringLiteral("label"), QStringLiteral("X")}, {QStringLiteral("type"), QStringLiteral("mobile")}}, "type",
         ErrorCode::Invalid},
        {{{QStringLiteral("label"), QStringLiteral("X")}, {QStringLiteral("type"), QStringLiteral("choice")}}, "choices",
         ErrorCode::Invalid},
        {{{QStringLiteral("label"), QStringLiteral("X")},
          {QStringLiteral("type"), QStringLiteral("text")},
          {QStringLiteral("choices"), QCborArray{QStringLiteral("a")}}},
         "choices", ErrorCode::Invalid},
        {{{QStringLiteral("label"), QStringLiteral("X")},
          {QStringLiteral("type"), QStringLiteral("text")},
          {QStringLiteral("key"), QStringLiteral("mobile")}},
         "key", ErrorCode::Invalid},
        {{{QStringLiteral("label"), QStringLiteral("X")},
          {QStringLiteral("type"), QStringLiteral("text")},
          {QStringLiteral("key"), QStringLiteral("fair")}},
         "key", ErrorCode::Conflict},
        {{{QStringLiteral("label"), QStringLiteral("X")},
          {QStringLiteral("type"), QStringLiteral("text")},
          {QStringLiteral("key"), QStringLiteral("a'; DROP TABLE customers; --")}},
         "key", ErrorCode::Invalid},
        {{{QStringLiteral("label"), QStringLiteral("客户名称")}, {QStringLiteral("type"), QStringLiteral("text")}}, "label",
         ErrorCode::Conflict},
        {{{QStringLiteral("label"), QStringLiteral("微信号")}, {QStringLiteral("type"), QStringLiteral("text")}}, "label",
         ErrorCode::Conflict},
        {{{QStringLiteral("label"), QStringLiteral("X")},
          {QStringLiteral("type"), QStringLiteral("text")},
          {QStringLiteral("tab"), QStringLiteral("history")}},
         "tab", ErrorCode::Invalid},
    };
    for (const auto &b : bad) {
        const auto reply = call(*admin, QStringLiteral("fields.create"), b.args);
        INFO(show(reply));
        CHECK(reply.error.code == b.code);
        CHECK(reply.error.field == QLatin1String(b.field));
    }
    CHECK(call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("entity"), QStringLiteral("field")}})
              .result.toMap()
              .value(QStringLiteral("items"))
              .toArray()
              .size()
          == 6);
}

TEST_CASE("custom field values are validated, stored, listed, filtered, bulk edited and audited", "[custom_fields]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), root);
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(rep);

    created(call(*admin, QStringLiteral("fields.create"),
                 {{QStringLiteral("label"), QStringLiteral("展会来源")},
                  {QStringLiteral("key"), QStringLiteral("fair")},
                  {QStringLiteral("type"), QStringLiteral("choice")},
                  {QStringLiteral("choices"), QCborArray{QStringLiteral("广交会"), QStringLiteral("进博会")}}}));
    created(call(*admin, QStringLiteral("fields.create"),
                 {{QStringLiteral("label"), QStringLiteral("预算")},
                  {QStringLiteral("key"), QStringLiteral("budget")},
                  {QStringLiteral("type"), QStringLiteral("money")}}));
    created(call(*admin, QStringLiteral("fields.create"),
                 {{QStringLiteral("label"), QStringLiteral("首次到访")},
                  {QStringLiteral("key"), QStringLiteral("first_visit")},
                  {QStringLiteral("type"), QStringLiteral("date")}}));

    const QCborMap a = created(call(*rep, QStringLiteral("customers.create"),
                                    {{QStringLiteral("name"), QStringLiteral("甲公司")},
                                     {QStringLiteral("fair"), QStringLiteral("c1")},
                                     {QStringLiteral("budget"), QStringLiteral("12,500.5")},
                                     {QStringLiteral("first_visit"), QStringLiteral("2026-03-15")}}));
    const qint64 idA = a.value(QStringLiteral("id")).toInteger();
    const qint64 idB = created(call(*rep, QStringLiteral("customers.create"),
                                    {{QStringLiteral("name"), QStringLiteral("乙公司")},
                                     {QStringLiteral("fair"), QStringLiteral("c2")}}))
                           .value(QStringLiteral("id"))
                           .toInteger();

    // get sends every field of the catalog, custom ones as their type says.
    auto got = call(*rep, QStringLiteral("customers.get"), {{QStringLiteral("id"), idA}});
    REQUIRE(got.ok);
    QCborMap customer = got.result.toMap();
    CHECK(customer.value(QStringLiteral("fair")).toString() == QStringLiteral("c1"));
    CHECK(customer.value(QStringLiteral("budget")).toString() == QStringLiteral("12500.50"));
    CHECK(customer.value(QStringLiteral("first_visit")).toString() == QStringLiteral("2026-03-15"));

    // Bad values: invalid with the field; nothing written.
    for (const auto &[key, value] : {std::pair{"fair", QCborValue(QStringLiteral("c9"))},
                                     std::pair{"budget", QCborValue(QStringLiteral("lots"))},
                                     std::pair{"first_visit", QCborValue(QStringLiteral("2026-02-30"))}}) {
        const auto reply = call(*rep, QStringLiteral("customers.update"),
                                {{QStringLiteral("id"), idA},
                                 {QStringLiteral("version"), customer.value(QStringLiteral("version"))},
                                 {QLatin1String(key), value}});
        CHECK(reply.error.code == ErrorCode::Invalid);
        CHECK(reply.error.field == QLatin1String(key));
    }

    // Update one custom field: the others stay; clearing removes the value.
    auto updated = call(*rep, QStringLiteral("customers.update"),
                        {{QStringLiteral("id"), idA},
                         {QStringLiteral("version"), customer.value(QStringLiteral("version"))},
                         {QStringLiteral("budget"), QCborValue(QCborValue::Null)},
                         {QStringLiteral("fair"), QStringLiteral("c2")}});
    INFO(show(updated));
    REQUIRE(updated.ok);
    customer = call(*rep, QStringLiteral("customers.get"), {{QStringLiteral("id"), idA}}).result.toMap();
    CHECK(customer.value(QStringLiteral("fair")).toString() == QStringLiteral("c2"));
    CHECK(customer.value(QStringLiteral("budget")).isNull());
    CHECK(customer.value(QStringLiteral("first_visit")).toString() == QStringLiteral("2026-03-15"));

    // The audit image of the update shows the custom fields before and after.
    const auto adminHistory = call(*admin, QStringLiteral("audit.list"),
                                   {{QStringLiteral("entity"), QStringLiteral("customer")},
                                    {QStringLiteral("entity_id"), idA}});
    REQUIRE(adminHistory.ok);
    bool sawUpdate = false;
    for (const QCborValue &row : adminHistory.result.toMap().value(QStringLiteral("items")).toArray()) {
        const QCborMap r = row.toMap();
        if (r.value(QStringLiteral("op")).toString() != QLatin1String("customers.update"))
            continue;
        sawUpdate = true;
        CHECK(r.value(QStringLiteral("before")).toMap().value(QStringLiteral("budget")).toString()
              == QStringLiteral("12500.50"));
        CHECK(r.value(QStringLiteral("after")).toMap().value(QStringLiteral("fair")).toString() == QStringLiteral("c2"));
        CHECK_FALSE(r.value(QStringLiteral("after")).toMap().contains(QStringLiteral("budget")));
    }
    CHECK(sawUpdate);

    // A list column and a filter.
    const auto filtered = call(*rep, QStringLiteral("customers.list"),
                               {{QStringLiteral("columns"), QCborArray{QStringLiteral("name"), QStringLiteral("fair")}},
                                {QStringLiteral("filters"), QCborMap{{QStringLiteral("fair"), QStringLiteral("c2")}}}});
    INFO(show(filtered));
    REQUIRE(filtered.ok);
    CHECK(itemIds(filtered) == QList<qint64>{idA, idB}); // by pinyin: jia, yi
    CHECK(itemTexts(filtered, QStringLiteral("fair")) == QStringList{QStringLiteral("c2"), QStringLiteral("c2")});
    const auto byDate = call(*rep, QStringLiteral("customers.list"),
                             {{QStringLiteral("filters"),
                               QCborMap{{QStringLiteral("first_visit"),
                                         QCborMap{{QStringLiteral("from"), QStringLiteral("2026-03-01")},
                                                  {QStringLiteral("to"), QStringLiteral("2026-03-31")}}}}}});
    REQUIRE(byDate.ok);
    CHECK(itemIds(byDate) == QList<qint64>{idA});
    // Custom fields are not sortable (they have no index).
    CHECK(call(*rep, QStringLiteral("customers.list"), {{QStringLiteral("sort"), QStringLiteral("fair")}}).error.field
          == QStringLiteral("sort"));

    // Bulk edit a custom field: one audit row per changed customer.
    const auto bulk = call(*rep, QStringLiteral("customers.bulk_update"),
                           {{QStringLiteral("ids"), QCborArray{idA, idB}},
                            {QStringLiteral("field"), QStringLiteral("budget")},
                            {QStringLiteral("value"), QStringLiteral("800")}});
    INFO(show(bulk));
    REQUIRE(bulk.ok);
    CHECK(bulk.result.toMap().value(QStringLiteral("updated")).toInteger() == 2);
    for (qint64 id : {idA, idB}) {
        const QCborMap c = call(*rep, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}}).result.toMap();
        CHECK(c.value(QStringLiteral("budget")).toString() == QStringLiteral("800.00"));
        CHECK(c.value(QStringLiteral("name")).toString().endsWith(QStringLiteral("公司")));
    }
}

TEST_CASE("fields.update relabels, adds choices, makes fields required, and retires them", "[custom_fields]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createUser(*admin, QStringLiteral("boss"), QStringLiteral("director"), root);
    auto director = loginTo(server, QStringLiteral("boss"), kUserPassword);
    REQUIRE(director);

    const qint64 fieldId = created(call(*admin, QStringLiteral("fields.create"),
                                        {{QStringLiteral("label"), QStringLiteral("展会来源")},
                                         {QStringLiteral("key"), QStringLiteral("fair")},
                                         {QStringLiteral("type"), QStringLiteral("choice")},
                                         {QStringLiteral("choices"), QCborArray{QStringLiteral("广交会")}}}))
                               .value(QStringLiteral("id"))
                               .toInteger();
    const qint64 customerId = created(call(*admin, QStringLiteral("customers.create"),
                                           {{QStringLiteral("name"), QStringLiteral("丙公司")},
                                            {QStringLiteral("fair"), QStringLiteral("c1")}}))
                                  .value(QStringLiteral("id"))
                                  .toInteger();

    // Only fields.manage may define fields.
    CHECK(call(*director, QStringLiteral("fields.create"),
               {{QStringLiteral("label"), QStringLiteral("X")}, {QStringLiteral("type"), QStringLiteral("text")}})
              .error.code
          == ErrorCode::Forbidden);
    CHECK(call(*director, QStringLiteral("fields.update"),
               {{QStringLiteral("id"), fieldId}, {QStringLiteral("label"), QStringLiteral("X")}})
              .error.code
          == ErrorCode::Forbidden);

    // Relabel and add a choice; the existing key stays.
    REQUIRE(call(*admin, QStringLiteral("fields.update"),
                 {{QStringLiteral("id"), fieldId},
                  {QStringLiteral("label"), QStringLiteral("获客展会")},
                  {QStringLiteral("choices"),
                   QCborArray{QCborMap{{QStringLiteral("key"), QStringLiteral("c1")},
                                       {QStringLiteral("label"), QStringLiteral("中国进出口商品交易会")}},
                              QStringLiteral("进博会")}}})
                .ok);
    QCborMap fair = fieldNamed(*admin, QStringLiteral("fair"));
    CHECK(fair.value(QStringLiteral("label")).toString() == QStringLiteral("获客展会"));
    REQUIRE(fair.value(QStringLiteral("choices")).toArray().size() == 2);
    CHECK(fair.value(QStringLiteral("choices")).toArray().at(1).toMap().value(QStringLiteral("key")).toString()
          == QStringLiteral("c2"));
    // A choice customers may hold cannot go; type and key cannot change.
    CHECK(call(*admin, QStringLiteral("fields.update"),
               {{QStringLiteral("id"), fieldId}, {QStringLiteral("choices"), QCborArray{QStringLiteral("进博会")}}})
              .error.field
          == QStringLiteral("choices"));
    CHECK(call(*admin, QStringLiteral("fields.update"),
               {{QStringLiteral("id"), fieldId}, {QStringLiteral("type"), QStringLiteral("text")}})
              .error.field
          == QStringLiteral("type"));
    CHECK(call(*admin, QStringLiteral("fields.update"), {{QStringLiteral("id"), 9999}, {QStringLiteral("label"), QStringLiteral("Y")}})
              .error.code
          == ErrorCode::NotFound);

    // Required: a new customer must have it; existing ones keep working.
    REQUIRE(call(*admin, QStringLiteral("fields.update"), {{QStringLiteral("id"), fieldId}, {QStringLiteral("required"), true}})
                .ok);
    const auto missing = call(*admin, QStringLiteral("customers.create"), {{QStringLiteral("name"), QStringLiteral("丁公司")}});
    CHECK(missing.error.code == ErrorCode::Invalid);
    CHECK(missing.error.field == QStringLiteral("fair"));
    const QCborMap before = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), customerId}}).result.toMap();
    CHECK(call(*admin, QStringLiteral("customers.update"),
               {{QStringLiteral("id"), customerId},
                {QStringLiteral("version"), before.value(QStringLiteral("version"))},
                {QStringLiteral("fair"), QCborValue(QCborValue::Null)}})
              .error.field
          == QStringLiteral("fair"));

    // Retired: gone from fields.list, get and writes; the value comes back when un-retired.
    REQUIRE(call(*admin, QStringLiteral("fields.update"), {{QStringLiteral("id"), fieldId}, {QStringLiteral("retired"), true}})
                .ok);
    CHECK(fieldNamed(*admin, QStringLiteral("fair")).isEmpty());
    CHECK(fieldNamed(*admin, QStringLiteral("fair"), true).value(QStringLiteral("retired")).toBool());
    CHECK(call(*director, QStringLiteral("fields.list"), {{QStringLiteral("include_retired"), true}}).error.code
          == ErrorCode::Forbidden);
    CHECK_FALSE(call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), customerId}})
                    .result.toMap()
                    .contains(QStringLiteral("fair")));
    CHECK(call(*admin, QStringLiteral("customers.create"),
               {{QStringLiteral("name"), QStringLiteral("戊公司")}, {QStringLiteral("fair"), QStringLiteral("c1")}})
              .error.field
          == QStringLiteral("fair"));
    REQUIRE(call(*admin, QStringLiteral("fields.update"), {{QStringLiteral("id"), fieldId}, {QStringLiteral("retired"), false}})
                .ok);
    CHECK(call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), customerId}})
              .result.toMap()
              .value(QStringLiteral("fair"))
              .toString()
          == QStringLiteral("c1"));

    // Each change is one audit row with before and after.
    const auto audit = call(*admin, QStringLiteral("audit.list"),
                            {{QStringLiteral("entity"), QStringLiteral("field")}, {QStringLiteral("entity_id"), fieldId}});
    REQUIRE(audit.ok);
    CHECK(audit.result.toMap().value(QStringLiteral("items")).toArray().size() == 5); // create, relabel, required, retire, back
}

TEST_CASE("the catalog of custom fields survives a server restart", "[custom_fields]")
{
    TestServer server;
    startOrFail(server);
    {
        auto admin = loginTo(server, kAdminLogin, kAdminPassword);
        REQUIRE(admin);
        created(call(*admin, QStringLiteral("fields.create"),
                     {{QStringLiteral("label"), QStringLiteral("微信号")},
                      {QStringLiteral("key"), QStringLiteral("wechat")},
                      {QStringLiteral("type"), QStringLiteral("text")}}));
        created(call(*admin, QStringLiteral("customers.create"),
                     {{QStringLiteral("name"), QStringLiteral("己公司")}, {QStringLiteral("wechat"), QStringLiteral("jigs_2026")}}));
    }
    server.stop();
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    CHECK(fieldNamed(*admin, QStringLiteral("wechat")).value(QStringLiteral("label")).toString() == QStringLiteral("微信号"));
    const auto list = call(*admin, QStringLiteral("customers.list"),
                           {{QStringLiteral("columns"), QCborArray{QStringLiteral("name"), QStringLiteral("wechat")}}});
    REQUIRE(list.ok);
    CHECK(itemTexts(list, QStringLiteral("wechat")) == QStringList{QStringLiteral("jigs_2026")});
}
