// Customers and contacts: validation, versions, the recycle bin, scope, duplicates,
// birthdays and the audit trail.
#include "Fixtures.h"

#include <QCborArray>
#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>
#include <functional>
#include <vector>

using namespace cordial;
using namespace cordial::test;
using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

constexpr qint64 kMissingId = 987654321;

std::string show(const Reply &reply)
{
    return Catch::StringMaker<Reply>::convert(reply);
}

// A value as text for comparisons that print well: strings as they are, the rest
// in CBOR diagnostic notation (lists, null, numbers).
std::string str(const QCborValue &value)
{
    if (value.isString())
        return value.toString().toStdString();
    return value.toDiagnosticNotation().toStdString();
}

std::string str(const QString &text)
{
    return text.toStdString();
}

QCborMap merged(QCborMap base, const QCborMap &overrides)
{
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

qint64 createCustomer(client::Connection &c, const QCborMap &fields)
{
    const auto reply = call(c, u"customers.create"_s, merged(fields, {{u"allow_duplicate"_s, true}}));
    INFO(show(reply));
    REQUIRE(reply.ok);
    CHECK(reply.result.toMap().value(u"version"_s).toInteger() == 1);
    return reply.result.toMap().value(u"id"_s).toInteger();
}

QCborMap getCustomer(client::Connection &c, qint64 id, bool binned = false)
{
    QCborMap args{{u"id"_s, id}};
    if (binned)
        args.insert(u"binned"_s, true);
    const auto reply = call(c, u"customers.get"_s, args);
    INFO(show(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap();
}

QList<QCborMap> contactsOf(const QCborMap &customer)
{
    QList<QCborMap> out;
    for (const QCborValue &v : customer.value(u"contacts"_s).toArray())
        out << v.toMap();
    return out;
}

QList<QCborMap> items(const Reply &reply)
{
    QList<QCborMap> out;
    for (const QCborValue &v : reply.result.toMap().value(u"items"_s).toArray())
        out << v.toMap();
    return out;
}

std::vector<qint64> sortedIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return {ids.begin(), ids.end()};
}

std::vector<qint64> idsOf(const QCborValue &list)
{
    std::vector<qint64> ids;
    for (const QCborValue &v : list.toArray())
        ids.push_back(v.toInteger());
    return ids;
}

// Every customer the caller sees in the list (one page of up to 500), sorted by id.
std::vector<qint64> visibleIds(client::Connection &c, const QCborMap &args = {})
{
    const auto reply = call(c, u"customers.list"_s, merged({{u"limit"_s, 500}}, args));
    INFO(show(reply));
    REQUIRE(reply.ok);
    CHECK_FALSE(reply.result.toMap().contains(u"next_cursor"_s));
    return sortedIds(itemIds(reply));
}

qint64 listTotal(client::Connection &c, const QCborMap &args = {})
{
    const auto reply = call(c, u"customers.list"_s, args);
    INFO(show(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap().value(u"total"_s).toInteger();
}

std::vector<qint64> filtered(client::Connection &c, const QCborMap &filters)
{
    return visibleIds(c, {{u"filters"_s, filters}});
}

// The audit rows about customers, newest first (optionally of one customer).
QList<QCborMap> customerAudit(client::Connection &admin, std::optional<qint64> entityId = {})
{
    QCborMap args{{u"entity"_s, u"customer"_s}, {u"limit"_s, 500}};
    if (entityId)
        args.insert(u"entity_id"_s, *entityId);
    const auto reply = call(admin, u"audit.list"_s, args);
    INFO(show(reply));
    REQUIRE(reply.ok);
    return items(reply);
}

qsizetype customerAuditCount(client::Connection &admin)
{
    return customerAudit(admin).size();
}

QStringList opsOf(const QList<QCborMap> &rows)
{
    QStringList ops;
    for (const QCborMap &row : rows)
        ops << row.value(u"op"_s).toString();
    return ops;
}

QCborMap whoami(client::Connection &c)
{
    const auto reply = call(c, u"auth.whoami"_s);
    REQUIRE(reply.ok);
    return reply.result.toMap().value(u"user"_s).toMap();
}

QCborMap contact(const QString &name, const QCborMap &fields = {})
{
    return merged({{u"name"_s, name}}, fields);
}

// Runs SQL on the server's database behind its back (test set-up only).
void execSql(const TestServer &server, const QString &sql)
{
    {
        QSqlDatabase db = openServerDatabase(server, u"customers-test"_s);
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(u"customers-test"_s);
}

qint64 countSql(const TestServer &server, const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db = openServerDatabase(server, u"customers-count"_s);
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"customers-count"_s);
    return n;
}

} // namespace

// ---- 1. create and get ----

TEST_CASE("customers.create and customers.get round-trip every kind of field with two contacts", "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const QCborMap me = whoami(*admin);
    const qint64 adminId = me.value(u"id"_s).toInteger();
    const qint64 root = rootDepartment(*admin);

    const auto created = call(
        *admin, u"customers.create"_s,
        {{u"name"_s, u"  上海星辰贸易有限公司  "_s},
         {u"short_name"_s, u"星辰"_s},
         {u"kind"_s, u"company"_s},
         {u"customer_type"_s, u"key_account"_s},
         {u"groups"_s, QCborArray{u"vip"_s, u"dealer"_s, u"vip"_s}},
         {u"registered_capital"_s, u"1234.5"_s},
         {u"annual_revenue"_s, 2000000},
         {u"credit_limit"_s, u"¥12,345.67"_s},
         {u"expected_amount"_s, 99.99},
         {u"employees"_s, 250},
         {u"success_rate"_s, u"80"_s},
         {u"founded_on"_s, u"2001-09-15"_s},
         {u"mobile"_s, u"+86 138-0013-8000"_s},
         {u"phone"_s, u"021-6888 1234"_s},
         {u"email"_s, u"Info@XingChen.example.com"_s},
         {u"website"_s, u"www.xingchen.example.com"_s},
         {u"province"_s, u"上海市"_s},
         {u"city"_s, u"上海市"_s},
         {u"district"_s, u"浦东新区"_s},
         {u"address"_s, u"世纪大道 100 号\n8 楼"_s},
         {u"notes"_s, u"第一行\n第二行"_s},
         {u"status"_s, u"following"_s},
         {u"next_contact_on"_s, u"2027-03-01"_s},
         {u"contacts"_s,
          QCborArray{contact(u"王经理"_s, {{u"mobile"_s, u"13900139000"_s},
                                           {u"birthday"_s, u"1980-05-20"_s},
                                           {u"gender"_s, u"male"_s},
                                           {u"title"_s, u"采购经理"_s}}),
                     contact(u"李总"_s, {{u"mobile"_s, u"139 0013 9001"_s},
                                         {u"email"_s, u"li@xingchen.example.com"_s},
                                         {u"primary"_s, true}})}}});
    INFO(show(created));
    REQUIRE(created.ok);
    const qint64 id = created.result.toMap().value(u"id"_s).toInteger();
    CHECK(id > 0);
    CHECK(created.result.toMap().value(u"version"_s).toInteger() == 1);

    const QCborMap c = getCustomer(*admin, id);
    CHECK(c.value(u"id"_s).toInteger() == id);
    CHECK(c.value(u"version"_s).toInteger() == 1);
    struct Expect {
        const char *key;
        QCborValue value;
    };
    const QList<Expect> expected{
        {"name", u"上海星辰贸易有限公司"_s},   // trimmed
        {"short_name", u"星辰"_s},
        {"kind", u"company"_s},
        {"customer_type", u"key_account"_s},
        {"groups", QCborArray{u"vip"_s, u"dealer"_s}}, // once each, in the order sent
        {"registered_capital", u"1234.50"_s},
        {"annual_revenue", u"2000000.00"_s},
        {"credit_limit", u"12345.67"_s},
        {"expected_amount", u"99.99"_s},
        {"employees", 250},
        {"success_rate", 80},
        {"founded_on", u"2001-09-15"_s},
        {"mobile", u"13800138000"_s},
        {"phone", u"021-6888 1234"_s},
        {"email", u"Info@XingChen.example.com"_s},
        {"website", u"www.xingchen.example.com"_s},
        {"province", u"上海市"_s},
        {"city", u"上海市"_s},
        {"district", u"浦东新区"_s},
        {"address", u"世纪大道 100 号 8 楼"_s}, // one-line text loses its line break
        {"notes", u"第一行\n第二行"_s},          // long text keeps it
        {"status", u"following"_s},
        {"next_contact_on", u"2027-03-01"_s},
        {"industry", u""_s},                    // not sent: empty
        {"last_contact_on", u""_s},
        {"deal_total", QCborValue(QCborValue::Null)},
        {"expected_close_on", u""_s},
        {"owner_id", adminId},
        {"department_id", root},
        {"creator_id", adminId},
        {"updated_by", adminId},
        {"owner_name", me.value(u"display_name"_s)},
        {"creator_name", me.value(u"display_name"_s)},
    };
    for (const Expect &e : expected) {
        INFO(e.key);
        CHECK(str(c.value(QLatin1String(e.key))) == str(e.value));
    }
    CHECK_FALSE(c.value(u"department_name"_s).toString().isEmpty());
    for (const char *key : {"created_at", "updated_at", "assigned_at"}) {
        INFO(key);
        CHECK(QDateTime::fromString(c.value(QLatin1String(key)).toString(), Qt::ISODateWithMs).isValid());
    }
    CHECK_FALSE(c.contains(u"deleted_at"_s));
    CHECK(c.value(u"followers"_s).toArray().isEmpty());

    // The primary contact comes first; every contact field is there.
    const auto contacts = contactsOf(c);
    REQUIRE(contacts.size() == 2);
    const QCborMap &li = contacts.at(0);
    const QCborMap &wang = contacts.at(1);
    CHECK(str(li.value(u"name"_s)) == "李总");
    CHECK(li.value(u"primary"_s).toBool());
    CHECK(str(li.value(u"mobile"_s)) == "13900139001");
    CHECK(str(li.value(u"email"_s)) == "li@xingchen.example.com");
    CHECK(str(li.value(u"birthday"_s)).empty());
    CHECK(str(wang.value(u"name"_s)) == "王经理");
    CHECK_FALSE(wang.value(u"primary"_s).toBool());
    CHECK(str(wang.value(u"mobile"_s)) == "13900139000");
    CHECK(str(wang.value(u"birthday"_s)) == "1980-05-20");
    CHECK(str(wang.value(u"gender"_s)) == "male");
    CHECK(str(wang.value(u"title"_s)) == "采购经理");
    for (const QCborMap &k : contacts) {
        CHECK(k.value(u"customer_id"_s).toInteger() == id);
        CHECK(k.value(u"version"_s).toInteger() == 1);
        CHECK(k.value(u"id"_s).toInteger() > 0);
        CHECK(k.contains(u"hobbies"_s));
    }
    CHECK(li.value(u"id"_s).toInteger() > wang.value(u"id"_s).toInteger());

    // The list shows the same wire forms; columns narrow an item to what was asked.
    const auto listed = call(*admin, u"customers.list"_s,
                             {{u"columns"_s, QCborArray{u"name"_s, u"annual_revenue"_s, u"groups"_s, u"owner_id"_s}}});
    REQUIRE(listed.ok);
    REQUIRE(items(listed).size() == 1);
    const QCborMap item = items(listed).first();
    QStringList keys;
    for (auto it = item.constBegin(); it != item.constEnd(); ++it)
        keys << it.key().toString();
    keys.sort();
    CHECK(str(keys.join(u',')) == "annual_revenue,groups,id,name,owner_id,owner_name,version");
    CHECK(str(item.value(u"annual_revenue"_s)) == "2000000.00");
    CHECK(str(item.value(u"groups"_s)) == str(QCborArray{u"vip"_s, u"dealer"_s}));
    CHECK(outcome(call(*admin, u"customers.list"_s, {{u"columns"_s, QCborArray{u"colour"_s}}})) == "invalid columns");
    // A field that is not a list column (registered capital) is refused too.
    CHECK(outcome(call(*admin, u"customers.list"_s, {{u"columns"_s, QCborArray{u"registered_capital"_s}}}))
          == "invalid columns");

    // A missing id and a malformed one.
    CHECK(outcome(call(*admin, u"customers.get"_s, {{u"id"_s, kMissingId}})) == "not_found id");
    CHECK(outcome(call(*admin, u"customers.get"_s, {{u"id"_s, u"1"_s}})) == "invalid id");
}

TEST_CASE("a list that names its columns reads only those, and a whole customer is whole after it", "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    // The server's first customer select is a list of two columns: what the client's list sends.
    const QCborMap columns{{QStringLiteral("columns"), QCborArray{QStringLiteral("name"), QStringLiteral("city")}}};
    REQUIRE(call(*admin, QStringLiteral("customers.list"), columns).ok);
    const auto created = call(*admin, QStringLiteral("customers.create"),
                              {{QStringLiteral("name"), QStringLiteral("列选择公司")},
                               {QStringLiteral("mobile"), QStringLiteral("13812345678")},
                               {QStringLiteral("province"), QStringLiteral("广东省")},
                               {QStringLiteral("city"), QStringLiteral("深圳市")},
                               {QStringLiteral("notes"), QStringLiteral("整条记录")}});
    REQUIRE(created.ok);
    const qint64 id = created.result.toMap().value(QStringLiteral("id")).toInteger();

    const auto got = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}});
    REQUIRE(got.ok);
    const QCborMap whole = got.result.toMap();
    CHECK(whole.value(QStringLiteral("mobile")).toString() == QStringLiteral("13812345678"));
    CHECK(whole.value(QStringLiteral("notes")).toString() == QStringLiteral("整条记录"));
    CHECK(whole.value(QStringLiteral("owner_name")).toString().size() > 0);

    for (const QString op : {QStringLiteral("customers.list"), QStringLiteral("customers.search")}) {
        QCborMap args = columns;
        if (op == QLatin1String("customers.search"))
            args.insert(QStringLiteral("query"), QStringLiteral("列选择"));
        const auto reply = call(*admin, op, args);
        REQUIRE(reply.ok);
        const QCborArray items = reply.result.toMap().value(QStringLiteral("items")).toArray();
        REQUIRE(items.size() == 1);
        const QCborMap item = items.first().toMap();
        INFO(op.toStdString());
        CHECK(item.value(QStringLiteral("name")).toString() == QStringLiteral("列选择公司"));
        CHECK(item.value(QStringLiteral("city")).toString() == QStringLiteral("深圳市"));
        CHECK(item.value(QStringLiteral("id")).toInteger() == id);
        CHECK_FALSE(item.contains(QStringLiteral("mobile")));
    }
    // Without columns, whole customers again.
    const auto listed = call(*admin, QStringLiteral("customers.list"));
    REQUIRE(listed.ok);
    CHECK(listed.result.toMap().value(QStringLiteral("items")).toArray().first().toMap().value(QStringLiteral("mobile")).toString()
          == QStringLiteral("13812345678"));
}

TEST_CASE("contacts.create, update and delete change contacts of a customer, one primary at most", "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createCustomer(*admin, {{u"name"_s, u"联系人测试公司"_s},
                                              {u"contacts"_s, QCborArray{contact(u"甲"_s), contact(u"乙"_s)}}});
    auto primaries = [&] {
        QStringList names;
        for (const QCborMap &k : contactsOf(getCustomer(*admin, id)))
            if (k.value(u"primary"_s).toBool())
                names << k.value(u"name"_s).toString();
        return str(names.join(u','));
    };
    auto contactId = [&](const QString &name) {
        for (const QCborMap &k : contactsOf(getCustomer(*admin, id)))
            if (k.value(u"name"_s).toString() == name)
                return k.value(u"id"_s).toInteger();
        FAIL("no contact " << name.toStdString());
        return qint64(0);
    };
    // Without a primary among them, the first contact becomes it.
    CHECK(primaries() == "甲");
    const qint64 jia = contactId(u"甲"_s);
    const qint64 yi = contactId(u"乙"_s);

    const auto bing = call(*admin, u"contacts.create"_s,
                           {{u"customer_id"_s, id}, {u"name"_s, u"丙"_s}, {u"mobile"_s, u"135-0013-5000"_s}, {u"primary"_s, true}});
    INFO(show(bing));
    REQUIRE(bing.ok);
    CHECK(bing.result.toMap().value(u"version"_s).toInteger() == 1);
    const qint64 bingId = bing.result.toMap().value(u"id"_s).toInteger();
    CHECK(primaries() == "丙");
    REQUIRE(call(*admin, u"contacts.create"_s, {{u"customer_id"_s, id}, {u"name"_s, u"丁"_s}}).ok);
    CHECK(primaries() == "丙");
    CHECK(contactsOf(getCustomer(*admin, id)).size() == 4);
    CHECK(str(contactsOf(getCustomer(*admin, id)).first().value(u"mobile"_s)) == "13500135000");

    const auto updated = call(*admin, u"contacts.update"_s, {{u"id"_s, yi}, {u"version"_s, 1}, {u"mobile"_s, u"135 0013 5001"_s}});
    INFO(show(updated));
    REQUIRE(updated.ok);
    CHECK(updated.result.toMap().value(u"version"_s).toInteger() == 2);
    for (const QCborMap &k : contactsOf(getCustomer(*admin, id))) {
        if (k.value(u"id"_s).toInteger() == yi) {
            CHECK(str(k.value(u"mobile"_s)) == "13500135001");
            CHECK(k.value(u"version"_s).toInteger() == 2);
        }
    }
    struct Bad {
        QCborMap args;
        std::string expected;
    };
    const QList<Bad> bad{
        {{{u"id"_s, yi}, {u"version"_s, 1}, {u"name"_s, u"旧版本"_s}}, "conflict version"},
        {{{u"id"_s, yi}, {u"name"_s, u"无版本"_s}}, "invalid version"},
        {{{u"id"_s, yi}, {u"version"_s, 2}, {u"mobile"_s, u"123"_s}}, "invalid mobile"},
        {{{u"id"_s, yi}, {u"version"_s, 2}, {u"name"_s, u""_s}}, "invalid name"},
        {{{u"id"_s, yi}, {u"version"_s, 2}, {u"customer_id"_s, id}}, "invalid customer_id"},
        {{{u"id"_s, yi}, {u"version"_s, 2}, {u"birthday"_s, u"2001-02-29"_s}}, "invalid birthday"},
        {{{u"id"_s, kMissingId}, {u"version"_s, 1}, {u"name"_s, u"无"_s}}, "not_found id"},
    };
    for (const Bad &b : bad) {
        INFO(str(b.args.toCborValue()));
        CHECK(outcome(call(*admin, u"contacts.update"_s, b.args)) == b.expected);
    }
    CHECK(outcome(call(*admin, u"contacts.create"_s, {{u"customer_id"_s, kMissingId}, {u"name"_s, u"无"_s}}))
          == "not_found customer_id");
    CHECK(outcome(call(*admin, u"contacts.create"_s, {{u"customer_id"_s, id}})) == "invalid name");
    CHECK(outcome(call(*admin, u"contacts.create"_s, {{u"customer_id"_s, id}, {u"name"_s, u"戊"_s}, {u"email"_s, u"x@"_s}}))
          == "invalid email");
    CHECK(contactsOf(getCustomer(*admin, id)).size() == 4);

    // Making another contact the primary one takes it from the previous one.
    REQUIRE(call(*admin, u"contacts.update"_s, {{u"id"_s, yi}, {u"version"_s, 2}, {u"primary"_s, true}}).ok);
    CHECK(primaries() == "乙");
    // Deleting the primary contact hands it to the oldest remaining one.
    REQUIRE(call(*admin, u"contacts.delete"_s, {{u"id"_s, yi}}).ok);
    CHECK(primaries() == "甲");
    CHECK(contactsOf(getCustomer(*admin, id)).size() == 3);
    CHECK(outcome(call(*admin, u"contacts.delete"_s, {{u"id"_s, yi}})) == "not_found id");
    REQUIRE(call(*admin, u"contacts.delete"_s, {{u"id"_s, bingId}}).ok);
    CHECK(primaries() == "甲");
    CHECK(contactId(u"甲"_s) == jia);

    // Each contact change is one audit row on the customer.
    CHECK(str(opsOf(customerAudit(*admin, id)).join(u' '))
          == "contacts.delete contacts.delete contacts.update contacts.update contacts.create contacts.create "
             "customers.create");
}

// ---- 2. validation ----

TEST_CASE("customers.create refuses each bad value naming the field and writes nothing", "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    createCustomer(*admin, {{u"name"_s, u"已有客户"_s}});
    const qint64 totalBefore = listTotal(*admin);
    const qsizetype auditBefore = customerAuditCount(*admin);

    auto with = [](const QCborMap &overrides) { return merged({{u"name"_s, u"校验客户"_s}}, overrides); };
    auto contacts = [](const QCborArray &list) { return QCborMap{{u"contacts"_s, list}}; };
    struct Case {
        QCborMap args;
        std::string expected;
    };
    const QList<Case> cases{
        {{{u"short_name"_s, u"没有名字"_s}}, "invalid name"},
        {with({{u"name"_s, u"   "_s}}), "invalid name"},
        {with({{u"name"_s, 42}}), "invalid name"},
        {with({{u"name"_s, QString(201, u'名')}}), "invalid name"},
        {with({{u"colour"_s, u"red"_s}}), "invalid colour"},
        {with({{u"id"_s, 5}}), "invalid id"},
        {with({{u"version"_s, 3}}), "invalid version"},
        {with({{u"deal_total"_s, u"100"_s}}), "invalid deal_total"},
        {with({{u"created_at"_s, u"2020-01-01T00:00:00Z"_s}}), "invalid created_at"},
        {with({{u"creator_id"_s, 1}}), "invalid creator_id"},
        {with({{u"updated_by"_s, 1}}), "invalid updated_by"},
        {with({{u"mobile"_s, u"12345"_s}}), "invalid mobile"},
        {with({{u"mobile"_s, u"+1 415 555 0100"_s}}), "invalid mobile"},
        {with({{u"mobile"_s, 13800138000LL}}), "invalid mobile"},
        {with({{u"email"_s, u"not-an-address"_s}}), "invalid email"},
        {with({{u"email"_s, u"ａｂｃ@example.com"_s}}), "invalid email"},
        {with({{u"phone"_s, u"call me"_s}}), "invalid phone"},
        {with({{u"website"_s, u"not a url"_s}}), "invalid website"},
        {with({{u"founded_on"_s, u"2021-02-30"_s}}), "invalid founded_on"},
        {with({{u"founded_on"_s, u"2021-2-3"_s}}), "invalid founded_on"},
        {with({{u"founded_on"_s, u"03.02.2021"_s}}), "invalid founded_on"},
        {with({{u"founded_on"_s, u"2021/02/03"_s}}), "invalid founded_on"},
        {with({{u"next_contact_on"_s, u"1700-01-01"_s}}), "invalid next_contact_on"},
        {with({{u"registered_capital"_s, u"12.345"_s}}), "invalid registered_capital"},
        {with({{u"credit_limit"_s, u"lots"_s}}), "invalid credit_limit"},
        {with({{u"employees"_s, -1}}), "invalid employees"},
        {with({{u"employees"_s, u"many"_s}}), "invalid employees"},
        {with({{u"success_rate"_s, 101}}), "invalid success_rate"},
        {with({{u"kind"_s, u"alien"_s}}), "invalid kind"},
        {with({{u"kind"_s, QCborArray{u"company"_s}}}), "invalid kind"},
        {with({{u"groups"_s, QCborArray{u"vip"_s, u"nonsense"_s}}}), "invalid groups"},
        {with({{u"short_name"_s, QString(61, u'x')}}), "invalid short_name"},
        {with({{u"owner_id"_s, 0}}), "invalid owner_id"},
        {with({{u"owner_id"_s, u"admin"_s}}), "invalid owner_id"},
        {with({{u"owner_id"_s, kMissingId}}), "not_found owner_id"},
        {with({{u"allow_duplicate"_s, u"yes"_s}}), "invalid allow_duplicate"},
        {with({{u"contacts"_s, u"张三"_s}}), "invalid contacts"},
        {with(contacts({u"张三"_s})), "invalid contacts.0"},
        {with(contacts({contact(u"甲"_s), QCborMap{{u"mobile"_s, u"13800138000"_s}}})), "invalid contacts.1.name"},
        {with(contacts({contact(u"   "_s)})), "invalid contacts.0.name"},
        {with(contacts({contact(u"甲"_s), contact(u"乙"_s, {{u"mobile"_s, u"123"_s}})})), "invalid contacts.1.mobile"},
        {with(contacts({contact(u"甲"_s), contact(u"乙"_s, {{u"birthday"_s, u"1990-13-01"_s}})})), "invalid contacts.1.birthday"},
        {with(contacts({contact(u"甲"_s, {{u"email"_s, u"bad@"_s}})})), "invalid contacts.0.email"},
        {with(contacts({contact(u"甲"_s, {{u"colour"_s, u"red"_s}})})), "invalid contacts.0.colour"},
        {with(contacts({contact(u"甲"_s, {{u"customer_id"_s, 1}})})), "invalid contacts.0.customer_id"},
        {with(contacts({contact(u"甲"_s, {{u"primary"_s, u"yes"_s}})})), "invalid contacts.0.primary"},
        {with(contacts({contact(u"甲"_s, {{u"gender"_s, u"unknown"_s}})})), "invalid contacts.0.gender"},
        {with(contacts({contact(u"甲"_s, {{u"primary"_s, true}}), contact(u"乙"_s, {{u"primary"_s, true}})})),
         "invalid contacts"},
    };
    for (const Case &c : cases) {
        INFO(str(c.args.toCborValue()));
        CHECK(outcome(call(*admin, u"customers.create"_s, c.args)) == c.expected);
    }
    CHECK(listTotal(*admin) == totalBefore);
    CHECK(listTotal(*admin, {{u"binned"_s, true}}) == 0);
    CHECK(customerAuditCount(*admin) == auditBefore);
    CHECK(countSql(server, u"SELECT COUNT(*) FROM contacts"_s) == 0);
}

TEST_CASE("customers.update refuses bad values and contacts naming the field and changes nothing", "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createCustomer(*admin, {{u"name"_s, u"待改客户"_s}, {u"mobile"_s, u"13800138000"_s}});
    const qsizetype auditBefore = customerAuditCount(*admin);
    auto with = [&](const QCborMap &overrides) { return merged({{u"id"_s, id}, {u"version"_s, 1}}, overrides); };
    struct Case {
        QCborMap args;
        std::string expected;
    };
    const QList<Case> cases{
        {with({{u"contacts"_s, QCborArray{}}}), "invalid contacts"},
        {with({{u"contacts"_s, QCborArray{contact(u"甲"_s)}}}), "invalid contacts"},
        {{{u"id"_s, id}, {u"status"_s, u"quoted"_s}}, "invalid version"},
        {with({{u"version"_s, 0}}), "invalid version"},
        {with({{u"id"_s, u"x"_s}}), "invalid id"},
        {with({{u"name"_s, u""_s}}), "invalid name"},
        {with({{u"name"_s, QCborValue(QCborValue::Null)}}), "invalid name"},
        {with({{u"mobile"_s, u"1234"_s}}), "invalid mobile"},
        {with({{u"deal_total"_s, u"5"_s}}), "invalid deal_total"},
        {with({{u"updated_at"_s, u"2020-01-01T00:00:00Z"_s}}), "invalid updated_at"},
        {with({{u"colour"_s, 1}}), "invalid colour"},
        {with({{u"status"_s, u"dreaming"_s}}), "invalid status"},
        {with({{u"version"_s, 2}, {u"status"_s, u"quoted"_s}}), "conflict version"},
        {with({{u"id"_s, kMissingId}, {u"status"_s, u"quoted"_s}}), "not_found id"},
    };
    for (const Case &c : cases) {
        INFO(str(c.args.toCborValue()));
        CHECK(outcome(call(*admin, u"customers.update"_s, c.args)) == c.expected);
    }
    const QCborMap after = getCustomer(*admin, id);
    CHECK(after.value(u"version"_s).toInteger() == 1);
    CHECK(str(after.value(u"name"_s)) == "待改客户");
    CHECK(str(after.value(u"mobile"_s)) == "13800138000");
    CHECK(str(after.value(u"status"_s)).empty());
    CHECK(customerAuditCount(*admin) == auditBefore);
}

// ---- 3. versions ----

TEST_CASE("two sessions editing one customer: the second, with the old version, gets a conflict", "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    createUser(*admin, u"boss"_s, u"director"_s, rootDepartment(*admin));
    auto boss = loginTo(server, u"boss"_s, kUserPassword);
    REQUIRE(boss);
    const qint64 adminId = whoami(*admin).value(u"id"_s).toInteger();
    const qint64 id = createCustomer(*admin, {{u"name"_s, u"上海星辰"_s},
                                              {u"registered_capital"_s, u"1234.5"_s},
                                              {u"employees"_s, 250},
                                              {u"mobile"_s, u"13800138000"_s},
                                              {u"groups"_s, QCborArray{u"vip"_s, u"dealer"_s}},
                                              {u"founded_on"_s, u"2001-09-15"_s},
                                              {u"email"_s, u"a@example.com"_s}});
    // Both open version 1.
    CHECK(getCustomer(*admin, id).value(u"version"_s).toInteger() == 1);
    CHECK(getCustomer(*boss, id).value(u"version"_s).toInteger() == 1);

    const auto first = call(*admin, u"customers.update"_s,
                            {{u"id"_s, id}, {u"version"_s, 1}, {u"status"_s, u"quoted"_s}, {u"employees"_s, 300}});
    INFO(show(first));
    REQUIRE(first.ok);
    CHECK(first.result.toMap().value(u"version"_s).toInteger() == 2);
    const qsizetype auditAfterFirst = customerAuditCount(*admin);

    const auto second = call(*boss, u"customers.update"_s,
                             {{u"id"_s, id}, {u"version"_s, 1}, {u"status"_s, u"signed"_s}, {u"employees"_s, 400}});
    CHECK(outcome(second) == "conflict version");
    CHECK(customerAuditCount(*admin) == auditAfterFirst);

    QCborMap now = getCustomer(*boss, id);
    CHECK(now.value(u"version"_s).toInteger() == 2);
    CHECK(str(now.value(u"status"_s)) == "quoted");
    CHECK(now.value(u"employees"_s).toInteger() == 300);
    CHECK(now.value(u"updated_by"_s).toInteger() == adminId);

    // Sending what the record already holds (in other spellings) changes nothing:
    // same version, no audit row.
    const auto unchanged = call(*boss, u"customers.update"_s,
                                {{u"id"_s, id},
                                 {u"version"_s, 2},
                                 {u"name"_s, u"  上海星辰 "_s},
                                 {u"status"_s, u"quoted"_s},
                                 {u"registered_capital"_s, u"1,234.50"_s},
                                 {u"employees"_s, u"300"_s},
                                 {u"mobile"_s, u"138 0013 8000"_s},
                                 {u"groups"_s, QCborArray{u"vip"_s, u"dealer"_s}},
                                 {u"founded_on"_s, u"2001-09-15"_s},
                                 {u"email"_s, u"a@example.com"_s},
                                 {u"industry"_s, u""_s},
                                 {u"credit_limit"_s, QCborValue(QCborValue::Null)},
                                 {u"owner_id"_s, adminId},
                                 {u"department_id"_s, now.value(u"department_id"_s)}});
    INFO(show(unchanged));
    REQUIRE(unchanged.ok);
    CHECK(unchanged.result.toMap().value(u"version"_s).toInteger() == 2);
    CHECK(customerAuditCount(*admin) == auditAfterFirst);
    CHECK(getCustomer(*admin, id).value(u"version"_s).toInteger() == 2);

    // With the current version the second session's change goes through.
    const auto retry = call(*boss, u"customers.update"_s, {{u"id"_s, id}, {u"version"_s, 2}, {u"status"_s, u"signed"_s}});
    REQUIRE(retry.ok);
    CHECK(retry.result.toMap().value(u"version"_s).toInteger() == 3);
    now = getCustomer(*admin, id);
    CHECK(str(now.value(u"status"_s)) == "signed");
    CHECK(now.value(u"employees"_s).toInteger() == 300);
    // Clearing fields of every kind.
    const auto cleared = call(*admin, u"customers.update"_s,
                              {{u"id"_s, id},
                               {u"version"_s, 3},
                               {u"email"_s, u""_s},
                               {u"employees"_s, QCborValue(QCborValue::Null)},
                               {u"registered_capital"_s, u""_s},
                               {u"groups"_s, QCborArray{}},
                               {u"founded_on"_s, QCborValue(QCborValue::Null)}});
    INFO(show(cleared));
    REQUIRE(cleared.ok);
    CHECK(cleared.result.toMap().value(u"version"_s).toInteger() == 4);
    now = getCustomer(*admin, id);
    CHECK(str(now.value(u"email"_s)).empty());
    CHECK(now.value(u"employees"_s).isNull());
    CHECK(now.value(u"registered_capital"_s).isNull());
    CHECK(now.value(u"groups"_s).toArray().isEmpty());
    CHECK(str(now.value(u"founded_on"_s)).empty());
    CHECK(customerAuditCount(*admin) == auditAfterFirst + 2);
}

// ---- 4. recycle bin ----

TEST_CASE("the recycle bin: delete hides, restore brings back with contacts, purge erases only from the bin",
          "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createUser(*admin, u"mgr"_s, u"manager"_s, root);
    const qint64 a = createCustomer(*admin, {{u"name"_s, u"回收测试甲公司"_s},
                                             {u"contacts"_s, QCborArray{contact(u"甲一"_s), contact(u"甲二"_s)}}});
    const qint64 b = createCustomer(*admin, {{u"name"_s, u"回收测试乙公司"_s}, {u"contacts"_s, QCborArray{contact(u"乙一"_s)}}});
    const qint64 keep = createCustomer(*admin, {{u"name"_s, u"留下的公司"_s}});
    auto searchIds = [&](const QString &query) {
        const auto reply = call(*admin, u"customers.search"_s, {{u"query"_s, query}});
        REQUIRE(reply.ok);
        return sortedIds(itemIds(reply));
    };
    CHECK(searchIds(u"回收测试"_s) == std::vector<qint64>{a, b});
    CHECK(searchIds(u"甲一"_s) == std::vector<qint64>{a}); // a contact's name, two characters

    const auto deleted = call(*admin, u"customers.delete"_s, {{u"id"_s, a}});
    INFO(show(deleted));
    REQUIRE(deleted.ok);
    CHECK(idsOf(deleted.result.toMap().value(u"deleted"_s)) == std::vector<qint64>{a});
    CHECK(idsOf(deleted.result.toMap().value(u"skipped"_s)).empty());

    // Gone from get, list and search, exactly like a missing id.
    const auto gone = call(*admin, u"customers.get"_s, {{u"id"_s, a}});
    const auto missing = call(*admin, u"customers.get"_s, {{u"id"_s, kMissingId}});
    CHECK(outcome(gone) == "not_found id");
    CHECK(gone.error.message == missing.error.message);
    CHECK(visibleIds(*admin) == std::vector<qint64>{b, keep});
    CHECK(listTotal(*admin) == 2);
    CHECK(searchIds(u"回收测试"_s) == std::vector<qint64>{b});
    CHECK(searchIds(u"甲一"_s).empty());
    // Not editable while binned.
    CHECK(outcome(call(*admin, u"customers.update"_s, {{u"id"_s, a}, {u"version"_s, 2}, {u"status"_s, u"quoted"_s}}))
          == "not_found id");
    CHECK(outcome(call(*admin, u"contacts.create"_s, {{u"customer_id"_s, a}, {u"name"_s, u"甲三"_s}}))
          == "not_found customer_id");
    CHECK(outcome(call(*admin, u"customers.delete"_s, {{u"id"_s, a}})) == "not_found id");

    // In the bin.
    CHECK(visibleIds(*admin, {{u"binned"_s, true}}) == std::vector<qint64>{a});
    CHECK(listTotal(*admin, {{u"binned"_s, true}}) == 1);
    const auto binnedItems = items(call(*admin, u"customers.list"_s, {{u"binned"_s, true}}));
    REQUIRE(binnedItems.size() == 1);
    CHECK(binnedItems.first().contains(u"deleted_at"_s));
    const QCborMap binned = getCustomer(*admin, a, true);
    CHECK(binned.contains(u"deleted_at"_s));
    CHECK(binned.value(u"version"_s).toInteger() == 2);
    CHECK(contactsOf(binned).size() == 2);

    // Bulk delete skips what is already binned (or missing).
    const auto bulk = call(*admin, u"customers.delete"_s, {{u"ids"_s, QCborArray{a, b, kMissingId}}});
    INFO(show(bulk));
    REQUIRE(bulk.ok);
    CHECK(idsOf(bulk.result.toMap().value(u"deleted"_s)) == std::vector<qint64>{b});
    CHECK(idsOf(bulk.result.toMap().value(u"skipped"_s)) == std::vector<qint64>{a, kMissingId});
    CHECK(visibleIds(*admin, {{u"binned"_s, true}}) == std::vector<qint64>{a, b});
    CHECK(outcome(call(*admin, u"customers.delete"_s, {{u"ids"_s, QCborArray{}}})) == "invalid ids");
    CHECK(outcome(call(*admin, u"customers.delete"_s, {{u"ids"_s, QCborArray{a, u"b"_s}}})) == "invalid ids");

    // Restore: back in list, search and get with its contacts.
    const auto restored = call(*admin, u"customers.restore"_s, {{u"id"_s, a}});
    INFO(show(restored));
    REQUIRE(restored.ok);
    CHECK(restored.result.toMap().value(u"version"_s).toInteger() == 3);
    CHECK(outcome(call(*admin, u"customers.restore"_s, {{u"id"_s, a}})) == "not_found id");
    CHECK(outcome(call(*admin, u"customers.restore"_s, {{u"id"_s, keep}})) == "not_found id");
    const QCborMap back = getCustomer(*admin, a);
    CHECK_FALSE(back.contains(u"deleted_at"_s));
    CHECK(back.value(u"version"_s).toInteger() == 3);
    QStringList names;
    for (const QCborMap &k : contactsOf(back))
        names << k.value(u"name"_s).toString();
    CHECK(str(names.join(u',')) == "甲一,甲二");
    CHECK(visibleIds(*admin) == std::vector<qint64>{a, keep});
    CHECK(searchIds(u"甲一"_s) == std::vector<qint64>{a});

    // Purge: only from the bin, only with the right.
    CHECK(outcome(call(*admin, u"customers.purge"_s, {{u"id"_s, a}})) == "conflict id");
    CHECK(getCustomer(*admin, a).value(u"version"_s).toInteger() == 3);
    auto mgr = loginTo(server, u"mgr"_s, kUserPassword);
    REQUIRE(mgr);
    CHECK(outcome(call(*mgr, u"customers.purge"_s, {{u"id"_s, b}})) .rfind("forbidden", 0) == 0);
    CHECK(getCustomer(*admin, b, true).contains(u"deleted_at"_s));
    REQUIRE(call(*admin, u"customers.purge"_s, {{u"id"_s, b}}).ok);
    CHECK(outcome(call(*admin, u"customers.get"_s, {{u"id"_s, b}, {u"binned"_s, true}})) == "not_found id");
    CHECK(outcome(call(*admin, u"customers.purge"_s, {{u"id"_s, b}})) == "not_found id");
    CHECK(outcome(call(*admin, u"customers.restore"_s, {{u"id"_s, b}})) == "not_found id");
    CHECK(visibleIds(*admin, {{u"binned"_s, true}}).empty());
    CHECK(countSql(server, u"SELECT COUNT(*) FROM contacts WHERE customer_id = %1"_s.arg(b)) == 0);
    CHECK(countSql(server, u"SELECT COUNT(*) FROM customers WHERE id = %1"_s.arg(b)) == 0);

    // One audit row per change, each with its images.
    const auto aRows = customerAudit(*admin, a);
    CHECK(str(opsOf(aRows).join(u' ')) == "customers.restore customers.delete customers.create");
    REQUIRE(aRows.size() == 3);
    CHECK(aRows.at(2).value(u"before"_s).isNull());
    CHECK_FALSE(aRows.at(1).value(u"before"_s).toMap().contains(u"deleted_at"_s));
    CHECK(aRows.at(1).value(u"after"_s).toMap().contains(u"deleted_at"_s));
    CHECK(aRows.at(0).value(u"before"_s).toMap().contains(u"deleted_at"_s));
    CHECK_FALSE(aRows.at(0).value(u"after"_s).toMap().contains(u"deleted_at"_s));
    CHECK(aRows.at(0).value(u"after"_s).toMap().value(u"contacts"_s).toArray().size() == 2);
    const auto bRows = customerAudit(*admin, b);
    CHECK(str(opsOf(bRows).join(u' ')) == "customers.purge customers.delete customers.create");
    REQUIRE(bRows.size() == 3);
    CHECK(str(bRows.at(0).value(u"before"_s).toMap().value(u"name"_s)) == "回收测试乙公司");
    CHECK(bRows.at(0).value(u"after"_s).isNull());
}

// ---- 5. scope ----

namespace {
struct Firm {
    qint64 root, sales, east, north;
    qint64 manager, rep, rep2, far, viewer;
};

Firm buildFirm(client::Connection &admin)
{
    Firm f{};
    f.root = rootDepartment(admin);
    f.sales = createDepartment(admin, u"销售部"_s, f.root);
    f.east = createDepartment(admin, u"华东区"_s, f.sales);
    f.north = createDepartment(admin, u"华北区"_s, f.root);
    f.manager = createUser(admin, u"mgr"_s, u"manager"_s, f.sales);
    f.rep = createUser(admin, u"rep"_s, u"staff"_s, f.east);
    f.rep2 = createUser(admin, u"rep2"_s, u"staff"_s, f.east);
    f.far = createUser(admin, u"far"_s, u"staff"_s, f.north);
    f.viewer = createUser(admin, u"viewer"_s, u"readonly"_s, f.sales);
    return f;
}

qint64 firstContactId(client::Connection &admin, qint64 customerId)
{
    const auto contacts = contactsOf(getCustomer(admin, customerId));
    REQUIRE_FALSE(contacts.isEmpty());
    return contacts.first().value(u"id"_s).toInteger();
}
} // namespace

TEST_CASE("each role sees and changes only customers in its scope; others answer like missing ones", "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Firm f = buildFirm(*admin);
    auto mgr = loginTo(server, u"mgr"_s, kUserPassword);
    auto rep = loginTo(server, u"rep"_s, kUserPassword);
    auto rep2 = loginTo(server, u"rep2"_s, kUserPassword);
    auto far = loginTo(server, u"far"_s, kUserPassword);
    auto viewer = loginTo(server, u"viewer"_s, kUserPassword);
    REQUIRE((mgr && rep && rep2 && far && viewer));

    auto withContact = [](const QString &name, const QString &contactName) {
        return QCborMap{{u"name"_s, name}, {u"contacts"_s, QCborArray{contact(contactName)}}};
    };
    const qint64 cAdmin = createCustomer(*admin, withContact(u"总部客户"_s, u"总部联系人"_s));
    const qint64 cMgr = createCustomer(*mgr, withContact(u"销售部客户"_s, u"销售部联系人"_s));
    const qint64 cRep = createCustomer(*rep, withContact(u"华东客户"_s, u"华东联系人"_s));
    const qint64 cRep2 = createCustomer(*rep2, withContact(u"华东二号客户"_s, u"华东二号联系人"_s));
    const qint64 cFar = createCustomer(*far, withContact(u"华北客户"_s, u"华北联系人"_s));
    // A manager may create for someone in the own tree: the department follows them.
    const qint64 cForRep = createCustomer(*mgr, {{u"name"_s, u"代建客户"_s}, {u"owner_id"_s, f.rep}});
    const QCborMap forRep = getCustomer(*admin, cForRep);
    CHECK(forRep.value(u"owner_id"_s).toInteger() == f.rep);
    CHECK(forRep.value(u"department_id"_s).toInteger() == f.east);
    CHECK(forRep.value(u"creator_id"_s).toInteger() == f.manager);
    CHECK(str(forRep.value(u"owner_name"_s)) == "REP");
    CHECK(str(forRep.value(u"creator_name"_s)) == "MGR");
    CHECK(str(forRep.value(u"department_name"_s)) == "华东区");
    CHECK(getCustomer(*admin, cMgr).value(u"department_id"_s).toInteger() == f.sales);
    CHECK(getCustomer(*admin, cRep).value(u"department_id"_s).toInteger() == f.east);
    CHECK(getCustomer(*admin, cFar).value(u"department_id"_s).toInteger() == f.north);

    // Who sees what.
    CHECK(visibleIds(*admin) == sortedIds({cAdmin, cMgr, cRep, cRep2, cFar, cForRep}));
    CHECK(visibleIds(*mgr) == sortedIds({cMgr, cRep, cRep2, cForRep}));
    CHECK(visibleIds(*viewer) == sortedIds({cMgr, cRep, cRep2, cForRep}));
    CHECK(visibleIds(*rep) == sortedIds({cRep, cForRep}));
    CHECK(visibleIds(*rep2) == sortedIds({cRep2}));
    CHECK(visibleIds(*far) == sortedIds({cFar}));
    CHECK(listTotal(*mgr) == 4);
    CHECK(listTotal(*rep) == 2);
    // A filter naming a foreign owner or department finds nothing rather than leaking.
    CHECK(filtered(*mgr, {{u"owner_id"_s, f.far}}).empty());
    CHECK(filtered(*rep, {{u"department_id"_s, QCborArray{f.east}}}) == sortedIds({cRep, cForRep}));

    // Records outside the scope: every op answers like for a missing id and changes nothing.
    struct Outsider {
        const char *who;
        client::Connection *session;
        qint64 customer;
    };
    const QList<Outsider> outsiders{
        {"rep on a colleague's customer", rep.get(), cRep2},
        {"rep on the manager's customer", rep.get(), cMgr},
        {"manager on another department's customer", mgr.get(), cFar},
        {"manager on a customer of the root department", mgr.get(), cAdmin},
        {"far on a customer of sales", far.get(), cRep},
    };
    const auto missingCustomer = call(*admin, u"customers.get"_s, {{u"id"_s, kMissingId}});
    const auto missingContact = call(*admin, u"contacts.update"_s, {{u"id"_s, kMissingId}, {u"version"_s, 1}, {u"name"_s, u"x"_s}});
    for (const Outsider &o : outsiders) {
        INFO(o.who);
        client::Connection &c = *o.session;
        const qint64 contactId = firstContactId(*admin, o.customer);
        const auto get = call(c, u"customers.get"_s, {{u"id"_s, o.customer}});
        CHECK(outcome(get) == "not_found id");
        CHECK(get.error.message == missingCustomer.error.message);
        CHECK(outcome(call(c, u"customers.get"_s, {{u"id"_s, o.customer}, {u"binned"_s, true}})) == "not_found id");
        const auto update = call(c, u"customers.update"_s, {{u"id"_s, o.customer}, {u"version"_s, 1}, {u"status"_s, u"quoted"_s}});
        CHECK(outcome(update) == "not_found id");
        CHECK(update.error.message == missingCustomer.error.message);
        CHECK(outcome(call(c, u"customers.delete"_s, {{u"id"_s, o.customer}})) == "not_found id");
        CHECK(outcome(call(c, u"customers.restore"_s, {{u"id"_s, o.customer}})) == "not_found id");
        CHECK(outcome(call(c, u"contacts.create"_s, {{u"customer_id"_s, o.customer}, {u"name"_s, u"混入者"_s}}))
              == "not_found customer_id");
        const auto contactUpdate = call(c, u"contacts.update"_s, {{u"id"_s, contactId}, {u"version"_s, 1}, {u"name"_s, u"改名"_s}});
        CHECK(outcome(contactUpdate) == "not_found id");
        CHECK(contactUpdate.error.message == missingContact.error.message);
        CHECK(outcome(call(c, u"contacts.delete"_s, {{u"id"_s, contactId}})) == "not_found id");
        const QCborMap untouched = getCustomer(*admin, o.customer);
        CHECK(untouched.value(u"version"_s).toInteger() == 1);
        CHECK(str(untouched.value(u"status"_s)).empty());
        REQUIRE(contactsOf(untouched).size() == 1);
        CHECK(contactsOf(untouched).first().value(u"version"_s).toInteger() == 1);
        CHECK(contactsOf(untouched).first().value(u"id"_s).toInteger() == contactId);
    }
    // Only the admin's own steps are in the log so far: six creations.
    CHECK(customerAuditCount(*admin) == 6);

    // Bulk delete touches only what the caller sees.
    const auto bulk = call(*mgr, u"customers.delete"_s, {{u"ids"_s, QCborArray{cRep2, cFar, cAdmin, kMissingId}}});
    INFO(show(bulk));
    REQUIRE(bulk.ok);
    CHECK(idsOf(bulk.result.toMap().value(u"deleted"_s)) == std::vector<qint64>{cRep2});
    CHECK(idsOf(bulk.result.toMap().value(u"skipped"_s)) == std::vector<qint64>{cFar, cAdmin, kMissingId});
    CHECK(getCustomer(*admin, cFar).value(u"version"_s).toInteger() == 1);
    CHECK(getCustomer(*admin, cAdmin).value(u"version"_s).toInteger() == 1);
    CHECK(getCustomer(*admin, cRep2, true).contains(u"deleted_at"_s));
    CHECK(visibleIds(*rep2, {{u"binned"_s, true}}) == std::vector<qint64>{cRep2});
    CHECK(visibleIds(*rep, {{u"binned"_s, true}}).empty());

    // Giving a customer to someone else needs customers.assign, which staff lack.
    CHECK(outcome(call(*rep, u"customers.create"_s, {{u"name"_s, u"送给经理"_s}, {u"owner_id"_s, f.manager}}))
          == "forbidden owner_id");
    CHECK(outcome(call(*rep, u"customers.update"_s, {{u"id"_s, cForRep}, {u"version"_s, 1}, {u"owner_id"_s, f.rep2}}))
          == "forbidden owner_id");
    const qint64 own = createCustomer(*rep, {{u"name"_s, u"自己的客户"_s}, {u"owner_id"_s, f.rep}});
    CHECK(getCustomer(*rep, own).value(u"owner_id"_s).toInteger() == f.rep);
    // A manager may give only to users of the own tree.
    CHECK(outcome(call(*mgr, u"customers.create"_s, {{u"name"_s, u"送给华北"_s}, {u"owner_id"_s, f.far}}))
          == "not_found owner_id");
    CHECK(outcome(call(*mgr, u"customers.update"_s, {{u"id"_s, cRep}, {u"version"_s, 1}, {u"owner_id"_s, f.far}}))
          == "not_found owner_id");
    // Reassigning moves the customer to the new owner's department and scope.
    const auto moved = call(*mgr, u"customers.update"_s, {{u"id"_s, cMgr}, {u"version"_s, 1}, {u"owner_id"_s, f.rep2}});
    INFO(show(moved));
    REQUIRE(moved.ok);
    const QCborMap movedRow = getCustomer(*mgr, cMgr);
    CHECK(movedRow.value(u"owner_id"_s).toInteger() == f.rep2);
    CHECK(movedRow.value(u"department_id"_s).toInteger() == f.east);
    CHECK(visibleIds(*rep2) == std::vector<qint64>{cMgr});

    // The department is always the owner's: it cannot be set apart from the owner.
    CHECK(outcome(call(*rep, u"customers.create"_s, {{u"name"_s, u"放到华北"_s}, {u"department_id"_s, f.north}}))
          == "invalid department_id");
    CHECK(outcome(call(*mgr, u"customers.update"_s, {{u"id"_s, cRep}, {u"version"_s, 1}, {u"department_id"_s, f.north}}))
          == "invalid department_id");
    CHECK(getCustomer(*admin, cRep).value(u"department_id"_s).toInteger() == f.east);
    CHECK(visibleIds(*far) == sortedIds({cFar}));

    // Read-only users read their tree and change nothing.
    CHECK(getCustomer(*viewer, cRep).value(u"id"_s).toInteger() == cRep);
    CHECK(outcome(call(*viewer, u"customers.create"_s, {{u"name"_s, u"只读的客户"_s}})).rfind("forbidden", 0) == 0);
    CHECK(outcome(call(*viewer, u"customers.update"_s, {{u"id"_s, cRep}, {u"version"_s, 1}, {u"status"_s, u"quoted"_s}}))
              .rfind("forbidden", 0)
          == 0);
    CHECK(outcome(call(*viewer, u"customers.delete"_s, {{u"id"_s, cRep}})).rfind("forbidden", 0) == 0);
    CHECK(outcome(call(*viewer, u"contacts.create"_s, {{u"customer_id"_s, cRep}, {u"name"_s, u"x"_s}})).rfind("forbidden", 0)
          == 0);
    CHECK(getCustomer(*admin, cRep).value(u"version"_s).toInteger() == 1);

    // Staff also see the customers they follow without owning them.
    execSql(server, u"INSERT INTO customer_followers (customer_id, user_id) VALUES (%1, %2)"_s.arg(cFar).arg(f.rep));
    CHECK(visibleIds(*rep) == sortedIds({cRep, cForRep, own, cFar}));
    const QCborMap followed = getCustomer(*rep, cFar);
    CHECK(idsOf(followed.value(u"followers"_s)) == std::vector<qint64>{f.rep});
    const auto followedUpdate = call(*rep, u"customers.update"_s, {{u"id"_s, cFar}, {u"version"_s, 1}, {u"status"_s, u"quoted"_s}});
    CHECK(outcome(followedUpdate) == "ok");
}

// ---- 6. duplicates ----

TEST_CASE("duplicates by name, mobile, telephone and e-mail block a creation; outside the scope only the owner is named",
          "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    buildFirm(*admin);
    auto mgr = loginTo(server, u"mgr"_s, kUserPassword);
    auto rep = loginTo(server, u"rep"_s, kUserPassword);
    auto far = loginTo(server, u"far"_s, kUserPassword);
    REQUIRE((mgr && rep && far));
    const QString adminName = whoami(*admin).value(u"display_name"_s).toString();

    const qint64 acme = createCustomer(*admin, {{u"name"_s, u"Acme Trading Co., Ltd."_s}, {u"phone"_s, u"010-8888 6666"_s}});
    const qint64 yuan = createCustomer(*rep, {{u"name"_s, u"远方科技"_s},
                                              {u"email"_s, u"Sales@YuanFang.example.com"_s},
                                              {u"contacts"_s, QCborArray{contact(u"赵工"_s, {{u"mobile"_s, u"13700137000"_s}})}}});
    const qint64 heavy = createCustomer(*far, {{u"name"_s, u"北方重工"_s}, {u"mobile"_s, u"13600136000"_s}});
    const qint64 totalBefore = listTotal(*admin);
    const qsizetype auditBefore = customerAuditCount(*admin);

    struct Dup {
        qint64 id; // 0: not visible
        QString name;
        QString owner;
        QStringList matchedOn;
    };
    auto checkDuplicates = [](const QCborArray &list, const QList<Dup> &expected) {
        REQUIRE(list.size() == expected.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QCborMap item = list.at(i).toMap();
            const Dup &e = expected.at(i);
            INFO("duplicate " << i << ": " << str(item.toCborValue()));
            CHECK(item.value(u"visible"_s).toBool() == (e.id != 0));
            CHECK(str(item.value(u"owner_name"_s)) == str(e.owner));
            QStringList matched;
            for (const QCborValue &m : item.value(u"matched_on"_s).toArray())
                matched << m.toString();
            CHECK(str(matched.join(u',')) == str(e.matchedOn.join(u',')));
            if (e.id != 0) {
                CHECK(item.value(u"id"_s).toInteger() == e.id);
                CHECK(str(item.value(u"name"_s)) == str(e.name));
            } else {
                CHECK_FALSE(item.contains(u"id"_s));
                CHECK_FALSE(item.contains(u"name"_s));
            }
        }
    };
    struct Case {
        const char *what;
        client::Connection *session;
        QCborMap args;
        QList<Dup> expected;
    };
    const QList<Case> cases{
        {"name in full width, other case and spacing", admin.get(), {{u"name"_s, u"ＡＣＭＥ  trading co ltd"_s}},
         {{acme, u"Acme Trading Co., Ltd."_s, adminName, {u"name"_s}}}},
        {"telephone digits", admin.get(), {{u"name"_s, u"新客户丙"_s}, {u"phone"_s, u"(010) 88886666"_s}},
         {{acme, u"Acme Trading Co., Ltd."_s, adminName, {u"phone"_s}}}},
        {"mobile of a new contact equals a customer's mobile", admin.get(),
         {{u"name"_s, u"新客户甲"_s}, {u"contacts"_s, QCborArray{contact(u"某人"_s, {{u"mobile"_s, u"136-0013-6000"_s}})}}},
         {{heavy, u"北方重工"_s, u"FAR"_s, {u"mobile"_s}}}},
        {"mobile equals a contact's mobile", admin.get(), {{u"name"_s, u"新客户乙"_s}, {u"mobile"_s, u"+86 137 0013 7000"_s}},
         {{yuan, u"远方科技"_s, u"REP"_s, {u"contact"_s}}}},
        {"e-mail in another case", admin.get(), {{u"name"_s, u"新客户丁"_s}, {u"email"_s, u"sales@yuanfang.example.COM"_s}},
         {{yuan, u"远方科技"_s, u"REP"_s, {u"email"_s}}}},
        {"e-mail of a contact", admin.get(),
         {{u"name"_s, u"新客户戊"_s}, {u"contacts"_s, QCborArray{contact(u"某人"_s, {{u"email"_s, u"SALES@yuanfang.example.com"_s}})}}},
         {{yuan, u"远方科技"_s, u"REP"_s, {u"email"_s}}}},
        {"several at once, in id order", admin.get(),
         {{u"name"_s, u"远方 科技"_s}, {u"phone"_s, u"01088886666"_s}},
         {{acme, u"Acme Trading Co., Ltd."_s, adminName, {u"phone"_s}}, {yuan, u"远方科技"_s, u"REP"_s, {u"name"_s}}}},
        {"staff: a customer outside the scope is named by its owner only", rep.get(), {{u"name"_s, u"北方 重工"_s}},
         {{0, {}, u"FAR"_s, {u"name"_s}}}},
        {"staff: an own customer is shown in full", rep.get(), {{u"name"_s, u"远方科技"_s}},
         {{yuan, u"远方科技"_s, u"REP"_s, {u"name"_s}}}},
        {"manager: a customer of the own tree is shown in full", mgr.get(), {{u"name"_s, u"远方科技"_s}},
         {{yuan, u"远方科技"_s, u"REP"_s, {u"name"_s}}}},
        {"manager: another department's customer by mobile", mgr.get(), {{u"name"_s, u"新客户己"_s}, {u"mobile"_s, u"13600136000"_s}},
         {{0, {}, u"FAR"_s, {u"mobile"_s}}}},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const auto reply = call(*c.session, u"customers.create"_s, c.args);
        INFO(show(reply));
        CHECK(reply.error.code == ErrorCode::Conflict);
        checkDuplicates(reply.error.details.value(u"duplicates"_s).toArray(), c.expected);
        // customers.duplicates asks the same question without creating.
        QCborMap probe = c.args;
        probe.remove(u"contacts"_s);
        if (!c.args.contains(u"contacts"_s)) {
            const auto asked = call(*c.session, u"customers.duplicates"_s, probe);
            INFO(show(asked));
            REQUIRE(asked.ok);
            checkDuplicates(asked.result.toMap().value(u"items"_s).toArray(), c.expected);
        }
    }
    CHECK(listTotal(*admin) == totalBefore);
    CHECK(customerAuditCount(*admin) == auditBefore);

    // Short telephone numbers say nothing; exclude_id leaves the record itself out.
    const auto shortPhone = call(*admin, u"customers.duplicates"_s, {{u"phone"_s, u"6666"_s}});
    REQUIRE(shortPhone.ok);
    CHECK(items(shortPhone).isEmpty());
    const auto self = call(*admin, u"customers.duplicates"_s, {{u"name"_s, u"acme trading co. ltd"_s}, {u"exclude_id"_s, acme}});
    REQUIRE(self.ok);
    CHECK(items(self).isEmpty());
    CHECK(outcome(call(*admin, u"customers.duplicates"_s, {{u"mobile"_s, u"123"_s}})) == "invalid mobile");

    // allow_duplicate creates anyway.
    const auto forced = call(*admin, u"customers.create"_s, {{u"name"_s, u"ACME Trading"_s}, {u"phone"_s, u"010 8888 6666"_s}, {u"allow_duplicate"_s, true}});
    INFO(show(forced));
    REQUIRE(forced.ok);
    CHECK(listTotal(*admin) == totalBefore + 1);
    // Binned customers are no duplicates.
    REQUIRE(call(*admin, u"customers.delete"_s, {{u"id"_s, heavy}}).ok);
    const auto again = call(*rep, u"customers.create"_s, {{u"name"_s, u"北方重工"_s}, {u"mobile"_s, u"13600136000"_s}});
    INFO(show(again));
    CHECK(again.ok);
}

// ---- 7. birthdays ----

TEST_CASE("customers.birthdays lists contacts' birthdays in a window, across the year end and for 29 February",
          "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    buildFirm(*admin);
    auto rep = loginTo(server, u"rep"_s, kUserPassword);
    auto far = loginTo(server, u"far"_s, kUserPassword);
    REQUIRE((rep && far));
    auto born = [](const char *name, const char *birthday) {
        return contact(QString::fromUtf8(name), {{u"birthday"_s, QString::fromLatin1(birthday)},
                                                 {u"mobile"_s, u"1390000%1"_s.arg(int(qHash(QByteArray(name)) % 10000), 4, 10, QLatin1Char('0'))}});
    };
    const qint64 mine = createCustomer(
        *rep, {{u"name"_s, u"寿星公司"_s},
               {u"contacts"_s, QCborArray{born("十二月廿九", "1990-12-29"), born("十二月三十", "1990-12-30"),
                                          born("十二月卅一", "1985-12-31"), born("元旦", "2000-01-01"),
                                          born("一月二", "1970-01-02"), born("一月三", "1970-01-03"),
                                          born("闰日", "1992-02-29"), born("二月廿八", "1992-02-28"),
                                          born("三月一", "1992-03-01"), contact(u"无生日"_s)}}});
    const qint64 foreign = createCustomer(*far, {{u"name"_s, u"华北寿星公司"_s},
                                                 {u"contacts"_s, QCborArray{born("华北寿星", "1980-12-31")}}});
    const qint64 binned = createCustomer(*rep, {{u"name"_s, u"已删除公司"_s},
                                                {u"contacts"_s, QCborArray{born("回收站寿星", "1981-12-31")}}});
    REQUIRE(call(*rep, u"customers.delete"_s, {{u"id"_s, binned}}).ok);

    // "name date in_days age", sorted by in_days then name (the order within a day is not fixed).
    auto birthdays = [](client::Connection &c, const QString &from, int days) {
        const auto reply = call(c, u"customers.birthdays"_s, {{u"from"_s, from}, {u"days"_s, days}});
        INFO(show(reply));
        REQUIRE(reply.ok);
        QList<std::pair<qint64, QString>> rows;
        qint64 lastInDays = -1;
        for (const QCborMap &item : items(reply)) {
            const qint64 inDays = item.value(u"in_days"_s).toInteger();
            CHECK(inDays >= lastInDays); // sorted by in_days
            lastInDays = inDays;
            rows.append({inDays, u"%1 %2 %3 %4"_s.arg(item.value(u"name"_s).toString(), item.value(u"date"_s).toString())
                                     .arg(inDays)
                                     .arg(item.contains(u"age"_s) ? QString::number(item.value(u"age"_s).toInteger())
                                                                   : u"-"_s)});
        }
        std::sort(rows.begin(), rows.end());
        QStringList out;
        for (const auto &r : rows)
            out << r.second;
        return str(out.join(u" | "));
    };

    // Across the year end: 30 Dec 2027 and three more days.
    CHECK(birthdays(*rep, u"2027-12-30"_s, 3)
          == "十二月三十 2027-12-30 0 37 | 十二月卅一 2027-12-31 1 42 | 元旦 2028-01-01 2 28 | 一月二 2028-01-02 3 58");
    // The administrator sees the other department's contact too; never the binned one.
    CHECK(birthdays(*admin, u"2027-12-30"_s, 1)
          == "十二月三十 2027-12-30 0 37 | 十二月卅一 2027-12-31 1 42 | 华北寿星 2027-12-31 1 47");
    CHECK(birthdays(*far, u"2027-12-31"_s, 0) == "华北寿星 2027-12-31 0 47");
    // 29 February is celebrated on 28 February in years without it …
    CHECK(birthdays(*rep, u"2027-02-27"_s, 2)
          == "二月廿八 2027-02-28 1 35 | 闰日 2027-02-28 1 35 | 三月一 2027-03-01 2 35");
    CHECK(birthdays(*rep, u"2027-02-28"_s, 0) == "二月廿八 2027-02-28 0 35 | 闰日 2027-02-28 0 35");
    // … and on its own day in leap years.
    CHECK(birthdays(*rep, u"2028-02-28"_s, 1) == "二月廿八 2028-02-28 0 36 | 闰日 2028-02-29 1 36");
    CHECK(birthdays(*rep, u"2028-02-29"_s, 0) == "闰日 2028-02-29 0 36");
    CHECK(birthdays(*rep, u"2027-06-01"_s, 30).empty());

    // Every item names the contact and its customer.
    const auto one = call(*rep, u"customers.birthdays"_s, {{u"from"_s, u"2028-01-01"_s}, {u"days"_s, 0}});
    REQUIRE(one.ok);
    REQUIRE(items(one).size() == 1);
    const QCborMap item = items(one).first();
    CHECK(item.value(u"customer_id"_s).toInteger() == mine);
    CHECK(str(item.value(u"customer_name"_s)) == "寿星公司");
    CHECK(str(item.value(u"owner_name"_s)) == "REP");
    CHECK(str(item.value(u"birthday"_s)) == "2000-01-01");
    CHECK(str(item.value(u"mobile"_s)).size() == 11);
    qint64 yuanDan = 0;
    for (const QCborMap &k : contactsOf(getCustomer(*rep, mine)))
        if (k.value(u"name"_s).toString() == u"元旦"_s)
            yuanDan = k.value(u"id"_s).toInteger();
    CHECK(item.value(u"contact_id"_s).toInteger() == yuanDan);
    CHECK(foreign > 0);

    CHECK(outcome(call(*rep, u"customers.birthdays"_s, {{u"from"_s, u"2027-02-30"_s}, {u"days"_s, 3}})) == "invalid from");
    CHECK(outcome(call(*rep, u"customers.birthdays"_s, {{u"from"_s, u"2027-02-01"_s}, {u"days"_s, 400}})) == "invalid days");
    CHECK(outcome(call(*rep, u"customers.birthdays"_s, {{u"days"_s, -1}})) == "invalid days");
}

// ---- 8. list ----

TEST_CASE("customers.list pages with a cursor through every customer once, in name order or newest first",
          "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    // 120 customers, 40 names three times each, created out of name order, so that
    // pages split runs of equal names.
    struct Made {
        QString name;
        qint64 id;
    };
    QList<Made> made;
    for (int i = 0; i < 120; ++i) {
        const QString name = u"Page %1"_s.arg((i * 7) % 40, 3, 10, QLatin1Char('0'));
        made.append({name, createCustomer(*admin, {{u"name"_s, name}})});
    }
    auto byName = made;
    std::sort(byName.begin(), byName.end(),
              [](const Made &a, const Made &b) { return std::tie(a.name, a.id) < std::tie(b.name, b.id); });
    std::vector<qint64> nameOrder;
    for (const Made &m : byName)
        nameOrder.push_back(m.id);
    std::vector<qint64> newestFirst;
    for (const Made &m : made)
        newestFirst.push_back(m.id);
    std::reverse(newestFirst.begin(), newestFirst.end());

    auto walk = [&](const QString &sort, std::vector<std::string> *cursors = nullptr) {
        std::vector<qint64> seen;
        QString cursor;
        int pages = 0;
        do {
            QCborMap args{{u"limit"_s, 50}, {u"sort"_s, sort}};
            if (!cursor.isEmpty())
                args.insert(u"cursor"_s, cursor);
            const auto page = call(*admin, u"customers.list"_s, args);
            INFO(show(page));
            REQUIRE(page.ok);
            // The total comes with the first page only.
            if (pages == 0)
                CHECK(page.result.toMap().value(u"total"_s).toInteger() == 120);
            else
                CHECK_FALSE(page.result.toMap().contains(u"total"_s));
            const auto ids = itemIds(page);
            CHECK(ids.size() == (pages < 2 ? 50 : 20));
            seen.insert(seen.end(), ids.begin(), ids.end());
            cursor = page.result.toMap().value(u"next_cursor"_s).toString();
            if (cursors && !cursor.isEmpty())
                cursors->push_back(cursor.toStdString());
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        CHECK(pages == 3);
        return seen;
    };
    std::vector<std::string> nameCursors;
    CHECK(walk(u"name"_s, &nameCursors) == nameOrder);
    CHECK(walk(u"-created_at"_s) == newestFirst);
    std::vector<qint64> reversed(nameOrder.rbegin(), nameOrder.rend());
    CHECK(walk(u"-name"_s) == reversed);

    // A cursor belongs to its sort.
    REQUIRE_FALSE(nameCursors.empty());
    const QString nameCursor = QString::fromStdString(nameCursors.front());
    for (const QString &other : {u"-created_at"_s, u"-name"_s, u"city"_s, u"created_at"_s}) {
        INFO(other.toStdString());
        CHECK(outcome(call(*admin, u"customers.list"_s, {{u"sort"_s, other}, {u"cursor"_s, nameCursor}})) == "invalid cursor");
    }
    CHECK(outcome(call(*admin, u"customers.list"_s, {{u"sort"_s, u"name"_s}, {u"cursor"_s, nameCursor}})) == "ok");
    CHECK(outcome(call(*admin, u"customers.list"_s, {{u"cursor"_s, nameCursor}})) == "ok");
    CHECK(outcome(call(*admin, u"customers.list"_s, {{u"cursor"_s, u"%%%"_s}})) == "invalid cursor");
    CHECK(outcome(call(*admin, u"customers.list"_s, {{u"cursor"_s, u"AAAA"_s}})) == "invalid cursor");
    CHECK(outcome(call(*admin, u"customers.list"_s, {{u"limit"_s, 0}})) == "invalid limit");
    CHECK(outcome(call(*admin, u"customers.list"_s, {{u"limit"_s, 501}})) == "invalid limit");
}

TEST_CASE("customers.list seeks by offset, into runs of equal names too, and goes on from there by cursor",
          "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    // 60 customers, 20 names three times each, so that a seek can land inside a run.
    struct Made {
        QString name;
        qint64 id;
    };
    QList<Made> made;
    for (int i = 0; i < 60; ++i) {
        const QString name = u"Seek %1"_s.arg((i * 7) % 20, 3, 10, QLatin1Char('0'));
        made.append({name, createCustomer(*admin, {{u"name"_s, name}})});
    }
    std::sort(made.begin(), made.end(),
              [](const Made &a, const Made &b) { return std::tie(a.name, a.id) < std::tie(b.name, b.id); });
    QList<qint64> nameOrder;
    for (const Made &m : made)
        nameOrder.append(m.id);
    auto slice = [&](int from, int count) { return from >= nameOrder.size() ? QList<qint64>{} : nameOrder.mid(from, count); };

    for (const int offset : {0, 1, 2, 10, 31, 55, 59, 60, 500}) {
        INFO("offset " << offset);
        const auto page = call(*admin, u"customers.list"_s, {{u"limit"_s, 10}, {u"offset"_s, offset}});
        INFO(show(page));
        REQUIRE(page.ok);
        CHECK(itemIds(page) == slice(offset, 10));
        // The client that seeks knows the total already.
        CHECK_FALSE(page.result.toMap().contains(u"total"_s));
        const QString cursor = page.result.toMap().value(u"next_cursor"_s).toString();
        CHECK(cursor.isEmpty() == (offset + 10 >= 60));
        if (!cursor.isEmpty())
            CHECK(itemIds(call(*admin, u"customers.list"_s, {{u"limit"_s, 10}, {u"cursor"_s, cursor}}))
                  == slice(offset + 10, 10));
    }
    QList<qint64> reversed(nameOrder.rbegin(), nameOrder.rend());
    CHECK(itemIds(call(*admin, u"customers.list"_s, {{u"limit"_s, 5}, {u"offset"_s, 7}, {u"sort"_s, u"-name"_s}}))
          == reversed.mid(7, 5));

    const QString cursor = call(*admin, u"customers.list"_s, {{u"limit"_s, 10}}).result.toMap().value(u"next_cursor"_s).toString();
    CHECK(outcome(call(*admin, u"customers.list"_s, {{u"offset"_s, 10}, {u"cursor"_s, cursor}})) == "invalid offset");
    CHECK(outcome(call(*admin, u"customers.list"_s, {{u"offset"_s, -1}})) == "invalid offset");
}

TEST_CASE("customers.list filters by choice, region, group, amount, date and creation day and sorts by any sortable field",
          "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 adminId = whoami(*admin).value(u"id"_s).toInteger();
    const qint64 root = rootDepartment(*admin);
    const qint64 f1 = createCustomer(*admin, {{u"name"_s, u"深圳F1科技"_s},
                                              {u"industry"_s, u"it"_s},
                                              {u"province"_s, u"广东省"_s},
                                              {u"city"_s, u"深圳市"_s},
                                              {u"groups"_s, QCborArray{u"vip"_s}},
                                              {u"credit_limit"_s, u"5000"_s},
                                              {u"next_contact_on"_s, u"2010-06-01"_s},
                                              {u"employees"_s, 10}});
    const qint64 f2 = createCustomer(*admin, {{u"name"_s, u"广州F2金融"_s},
                                              {u"industry"_s, u"finance"_s},
                                              {u"province"_s, u"广东省"_s},
                                              {u"city"_s, u"广州市"_s},
                                              {u"groups"_s, QCborArray{u"vip"_s, u"dealer"_s}},
                                              {u"credit_limit"_s, u"15000.50"_s},
                                              {u"next_contact_on"_s, u"2015-01-01"_s},
                                              {u"employees"_s, 500}});
    const qint64 f3 = createCustomer(*admin, {{u"name"_s, u"杭州F3软件"_s},
                                              {u"industry"_s, u"it"_s},
                                              {u"province"_s, u"浙江省"_s},
                                              {u"city"_s, u"杭州市"_s},
                                              {u"groups"_s, QCborArray{u"dealer"_s}}});
    const qint64 f4 = createCustomer(*admin, {{u"name"_s, u"上海F4供应"_s},
                                              {u"province"_s, u"上海市"_s},
                                              {u"groups"_s, QCborArray{u"supplier"_s}},
                                              {u"credit_limit"_s, u"100000"_s},
                                              {u"next_contact_on"_s, u"2020-12-31"_s},
                                              {u"employees"_s, 50}});
    const std::vector<qint64> all{f1, f2, f3, f4};
    // The creation day (UTC) of each, as the filter reads dates.
    QHash<QString, QList<qint64>> byDay;
    for (qint64 id : all)
        byDay[getCustomer(*admin, id).value(u"created_at"_s).toString().left(10)].append(id);
    const QString day = byDay.constBegin().key();

    struct Case {
        QCborMap filters;
        std::vector<qint64> expected;
    };
    const QList<Case> cases{
        {{{u"industry"_s, u"it"_s}}, {f1, f3}},
        {{{u"industry"_s, QCborArray{u"it"_s, u"finance"_s}}}, {f1, f2, f3}},
        {{{u"industry"_s, u"energy"_s}}, {}},
        {{{u"province"_s, u"广东省"_s}}, {f1, f2}},
        {{{u"province"_s, u"广东省"_s}, {u"city"_s, u"深圳市"_s}}, {f1}},
        {{{u"city"_s, QCborArray{u"杭州市"_s, u"广州市"_s}}}, {f2, f3}},
        {{{u"groups"_s, u"vip"_s}}, {f1, f2}},
        {{{u"groups"_s, u"dealer"_s}}, {f2, f3}},
        {{{u"groups"_s, u"media"_s}}, {}},
        {{{u"groups"_s, u"vip"_s}, {u"industry"_s, u"finance"_s}}, {f2}},
        {{{u"credit_limit"_s, QCborMap{{u"from"_s, u"5000"_s}, {u"to"_s, u"15000.50"_s}}}}, {f1, f2}},
        {{{u"credit_limit"_s, QCborMap{{u"from"_s, 15000.51}}}}, {f4}},
        {{{u"credit_limit"_s, QCborMap{{u"to"_s, u"4999.99"_s}}}}, {}},
        {{{u"employees"_s, QCborMap{{u"from"_s, 50}}}}, {f2, f4}},
        {{{u"next_contact_on"_s, QCborMap{{u"from"_s, u"2010-06-01"_s}, {u"to"_s, u"2015-01-01"_s}}}}, {f1, f2}},
        {{{u"next_contact_on"_s, QCborMap{{u"to"_s, u"2030-01-01"_s}}}}, {f1, f2, f4}},
        {{{u"next_contact_on"_s, QCborMap{{u"from"_s, u"2015-01-02"_s}}}}, {f4}},
        {{{u"created_at"_s, QCborMap{{u"from"_s, day}, {u"to"_s, day}}}}, sortedIds(byDay.value(day))},
        {{{u"created_at"_s, QCborMap{{u"to"_s, u"2000-01-01"_s}}}}, {}},
        {{{u"created_at"_s, QCborMap{{u"from"_s, u"2000-01-01T00:00:00Z"_s}}}}, all},
        {{{u"created_at"_s, QCborMap{{u"from"_s, u"2999-01-01"_s}}}}, {}},
        {{{u"owner_id"_s, adminId}}, all},
        {{{u"department_id"_s, QCborArray{root}}}, all},
        {{{u"name"_s, u"f3"_s}}, {f3}},
    };
    for (const Case &c : cases) {
        INFO(str(c.filters.toCborValue()));
        CHECK(filtered(*admin, c.filters) == c.expected);
        CHECK(listTotal(*admin, {{u"filters"_s, c.filters}}) == qint64(c.expected.size()));
    }

    struct Bad {
        QCborMap args;
        std::string expected;
    };
    const QList<Bad> bad{
        {{{u"filters"_s, u"it"_s}}, "invalid filters"},
        {{{u"filters"_s, QCborMap{{u"colour"_s, u"red"_s}}}}, "invalid filters.colour"},
        {{{u"filters"_s, QCborMap{{u"notes"_s, u"x"_s}}}}, "invalid filters.notes"},
        {{{u"filters"_s, QCborMap{{u"credit_limit"_s, u"lots"_s}}}}, "invalid filters.credit_limit"},
        {{{u"filters"_s, QCborMap{{u"credit_limit"_s, QCborMap{{u"from"_s, u"lots"_s}}}}}}, "invalid filters.credit_limit"},
        {{{u"filters"_s, QCborMap{{u"groups"_s, u"nonsense"_s}}}}, "invalid filters.groups"},
        {{{u"filters"_s, QCborMap{{u"next_contact_on"_s, QCborMap{{u"from"_s, u"2020-13-01"_s}}}}}}, "invalid filters.next_contact_on"},
        {{{u"filters"_s, QCborMap{{u"created_at"_s, QCborMap{{u"from"_s, u"yesterday"_s}}}}}}, "invalid filters.created_at"},
        {{{u"filters"_s, QCborMap{{u"owner_id"_s, u"admin"_s}}}}, "invalid filters.owner_id"},
        {{{u"filters"_s, QCborMap{{u"industry"_s, QCborArray{}}}}}, "invalid filters.industry"},
        {{{u"sort"_s, u"colour"_s}}, "invalid sort"},
        {{{u"sort"_s, u"notes"_s}}, "invalid sort"},
        {{{u"sort"_s, u"-"_s}}, "invalid sort"},
        {{{u"sort"_s, 5}}, "invalid sort"},
    };
    for (const Bad &b : bad) {
        INFO(str(b.args.toCborValue()));
        CHECK(outcome(call(*admin, u"customers.list"_s, b.args)) == b.expected);
    }

    // Sorting by a number puts empty values first; a text field sorts by its text.
    auto order = [&](const QString &sort) {
        const auto reply = call(*admin, u"customers.list"_s, {{u"sort"_s, sort}});
        INFO(show(reply));
        REQUIRE(reply.ok);
        const auto ids = itemIds(reply);
        return std::vector<qint64>(ids.begin(), ids.end());
    };
    CHECK(order(u"employees"_s) == std::vector<qint64>{f3, f1, f4, f2});
    CHECK(order(u"-employees"_s) == std::vector<qint64>{f2, f4, f1, f3});
    CHECK(order(u"-credit_limit"_s) == std::vector<qint64>{f4, f2, f1, f3});
    CHECK(order(u"next_contact_on"_s) == std::vector<qint64>{f3, f1, f2, f4});
    CHECK(order(u"created_at"_s) == all);
    // A sorted, filtered list still pages through every match once.
    std::vector<qint64> seen;
    QString cursor;
    for (int page = 0; page < 5; ++page) {
        QCborMap args{{u"limit"_s, 1}, {u"sort"_s, u"-credit_limit"_s}, {u"filters"_s, QCborMap{{u"groups"_s, u"vip"_s}}}};
        if (!cursor.isEmpty())
            args.insert(u"cursor"_s, cursor);
        const auto reply = call(*admin, u"customers.list"_s, args);
        REQUIRE(reply.ok);
        const auto ids = itemIds(reply);
        seen.insert(seen.end(), ids.begin(), ids.end());
        cursor = reply.result.toMap().value(u"next_cursor"_s).toString();
        if (cursor.isEmpty())
            break;
    }
    CHECK(seen == std::vector<qint64>{f2, f1});
}

// ---- 9. audit ----

TEST_CASE("every customer and contact change writes one audit row with its images, and the chain verifies",
          "[customers]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 first = createCustomer(*admin, {{u"name"_s, u"审计客户"_s},
                                                 {u"status"_s, u"following"_s},
                                                 {u"contacts"_s, QCborArray{contact(u"审计联系人"_s, {{u"mobile"_s, u"13800138001"_s}})}}});
    const qint64 second = createCustomer(*admin, {{u"name"_s, u"审计客户二"_s}});
    const qint64 third = createCustomer(*admin, {{u"name"_s, u"审计客户三"_s}});
    const qint64 contactId = firstContactId(*admin, first);
    qint64 newContact = 0;

    struct Step {
        QString op;
        std::function<QCborMap()> args;
        QList<qint64> entities; // one row each, in this order (newest last)
        bool before;
        bool after;
    };
    const QList<Step> steps{
        {u"customers.update"_s, [&] { return QCborMap{{u"id"_s, first}, {u"version"_s, 1}, {u"status"_s, u"quoted"_s}}; }, {first}, true, true},
        {u"contacts.create"_s, [&] { return QCborMap{{u"customer_id"_s, first}, {u"name"_s, u"新联系人"_s}}; }, {first}, true, true},
        {u"contacts.update"_s, [&] { return QCborMap{{u"id"_s, contactId}, {u"version"_s, 1}, {u"mobile"_s, u"13800138002"_s}}; }, {first}, true, true},
        {u"contacts.delete"_s, [&] { return QCborMap{{u"id"_s, newContact}}; }, {first}, true, true},
        {u"customers.delete"_s, [&] { return QCborMap{{u"id"_s, first}}; }, {first}, true, true},
        {u"customers.restore"_s, [&] { return QCborMap{{u"id"_s, first}}; }, {first}, true, true},
        {u"customers.delete"_s, [&] { return QCborMap{{u"ids"_s, QCborArray{first, second}}}; }, {first, second}, true, true},
        {u"customers.purge"_s, [&] { return QCborMap{{u"id"_s, second}}; }, {second}, true, false},
    };
    for (const Step &step : steps) {
        INFO(step.op.toStdString());
        const qsizetype before = customerAuditCount(*admin);
        const auto reply = call(*admin, step.op, step.args());
        INFO(show(reply));
        REQUIRE(reply.ok);
        if (step.op == u"contacts.create"_s)
            newContact = reply.result.toMap().value(u"id"_s).toInteger();
        const auto rows = customerAudit(*admin);
        REQUIRE(rows.size() == before + step.entities.size());
        for (qsizetype i = 0; i < step.entities.size(); ++i) {
            // Newest first: the last entity of the step is the first row.
            const QCborMap row = rows.at(step.entities.size() - 1 - i);
            CHECK(str(row.value(u"op"_s)) == step.op.toStdString());
            CHECK(str(row.value(u"entity"_s)) == "customer");
            CHECK(row.value(u"entity_id"_s).toInteger() == step.entities.at(i));
            CHECK(str(row.value(u"user_login"_s)) == str(kAdminLogin));
            CHECK(row.value(u"before"_s).isMap() == step.before);
            CHECK(row.value(u"after"_s).isMap() == step.after);
            if (step.before)
                CHECK(row.value(u"before"_s).toMap().value(u"id"_s).toInteger() == step.entities.at(i));
            if (step.after)
                CHECK(row.value(u"after"_s).toMap().value(u"id"_s).toInteger() == step.entities.at(i));
        }
    }
    // What the images say.
    auto rowOf = [&](const QString &op) {
        for (const QCborMap &row : customerAudit(*admin))
            if (row.value(u"op"_s).toString() == op)
                return row;
        FAIL("no audit row for " << op.toStdString());
        return QCborMap{};
    };
    const QCborMap created = rowOf(u"customers.create"_s); // the newest: "审计客户三"
    CHECK(str(created.value(u"after"_s).toMap().value(u"name"_s)) == "审计客户三");
    CHECK(created.value(u"after"_s).toMap().value(u"version"_s).toInteger() == 1);
    CHECK(created.value(u"before"_s).isNull());
    const QCborMap updated = rowOf(u"customers.update"_s);
    CHECK(str(updated.value(u"before"_s).toMap().value(u"status"_s)) == "following");
    CHECK(str(updated.value(u"after"_s).toMap().value(u"status"_s)) == "quoted");
    CHECK(updated.value(u"before"_s).toMap().value(u"version"_s).toInteger() == 1);
    CHECK(updated.value(u"after"_s).toMap().value(u"version"_s).toInteger() == 2);
    CHECK_FALSE(updated.value(u"after"_s).toMap().contains(u"updated_at"_s));
    const QCborMap contactUpdated = rowOf(u"contacts.update"_s);
    auto contactMobile = [&](const QCborValue &image) {
        for (const QCborValue &k : image.toMap().value(u"contacts"_s).toArray())
            if (k.toMap().value(u"id"_s).toInteger() == contactId)
                return str(k.toMap().value(u"mobile"_s));
        return std::string("(none)");
    };
    CHECK(contactMobile(contactUpdated.value(u"before"_s)) == "13800138001");
    CHECK(contactMobile(contactUpdated.value(u"after"_s)) == "13800138002");
    const QCborMap contactDeleted = rowOf(u"contacts.delete"_s);
    CHECK(contactDeleted.value(u"before"_s).toMap().value(u"contacts"_s).toArray().size() == 2);
    CHECK(contactDeleted.value(u"after"_s).toMap().value(u"contacts"_s).toArray().size() == 1);

    // Refused and empty changes write nothing.
    const qsizetype count = customerAuditCount(*admin);
    CHECK(outcome(call(*admin, u"customers.update"_s, {{u"id"_s, third}, {u"version"_s, 2}, {u"status"_s, u"signed"_s}}))
          == "conflict version");
    CHECK(outcome(call(*admin, u"customers.update"_s, {{u"id"_s, third}, {u"version"_s, 1}, {u"name"_s, u"审计客户三"_s}}))
          == "ok");
    CHECK(outcome(call(*admin, u"customers.update"_s, {{u"id"_s, first}, {u"version"_s, 4}, {u"status"_s, u"signed"_s}}))
          == "not_found id");
    CHECK(outcome(call(*admin, u"customers.purge"_s, {{u"id"_s, second}})) == "not_found id");
    CHECK(outcome(call(*admin, u"customers.purge"_s, {{u"id"_s, third}})) == "conflict id");
    CHECK(outcome(call(*admin, u"customers.create"_s, {{u"name"_s, u"审计客户三"_s}})) == "conflict name");
    CHECK(outcome(call(*admin, u"customers.create"_s, {{u"name"_s, u"审计客户四"_s}, {u"mobile"_s, u"1"_s}})) == "invalid mobile");
    CHECK(customerAuditCount(*admin) == count);

    // The database agrees with audit.list, and the chain is intact.
    CHECK(countSql(server, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'customer'"_s) == count);
    CHECK(count == 3 + 9);
    const auto verified = call(*admin, u"audit.verify"_s);
    INFO(show(verified));
    REQUIRE(verified.ok);
    CHECK(verified.result.toMap().value(u"ok"_s).toBool());
    CHECK(verified.result.toMap().value(u"rows"_s).toInteger() == countSql(server, u"SELECT COUNT(*) FROM audit_log"_s));
}
