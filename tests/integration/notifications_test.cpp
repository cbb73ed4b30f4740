// notifications.list and notifications.mark_read: what customers.assign leaves for
// its recipients (with the data a client words them from), the push, paging, marking
// read with its audit row, and that nobody reaches another person's notifications.
#include "Fixtures.h"

#include <QCborArray>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

protocol::Reply ok(const protocol::Reply &reply)
{
    INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    return reply;
}

void checkInvalid(const protocol::Reply &reply, const char *field)
{
    INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(!reply.ok);
    CHECK(reply.error.code == ErrorCode::Invalid);
    CHECK(reply.error.field == QLatin1String(field));
}

qint64 createCustomer(client::Connection &admin, const QString &name)
{
    const auto reply = ok(call(admin, QStringLiteral("customers.create"),
                               {{QStringLiteral("name"), name}, {QStringLiteral("allow_duplicate"), true}}));
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

// Gives the customers to `to`, telling the target: one notification for the call.
void assignTo(client::Connection &admin, const QList<qint64> &customers, qint64 to)
{
    QCborArray ids;
    for (qint64 id : customers)
        ids.append(id);
    const auto reply = ok(call(admin, QStringLiteral("customers.assign"),
                               {{QStringLiteral("ids"), ids},
                                {QStringLiteral("to"), QCborArray{to}},
                                {QStringLiteral("notify_whom"), QCborArray{QStringLiteral("target")}}}));
    CHECK(reply.result.toMap().value(QStringLiteral("notified")).toInteger() == 1);
}

QCborMap list(client::Connection &c, const QCborMap &args = {})
{
    return ok(call(c, QStringLiteral("notifications.list"), args)).result.toMap();
}

qint64 unread(client::Connection &c)
{
    return list(c).value(QStringLiteral("unread")).toInteger();
}

struct Staff {
    qint64 rep = 0;
    qint64 other = 0;
};

Staff createStaff(client::Connection &admin)
{
    const qint64 sales = createDepartment(admin, QStringLiteral("销售部"), rootDepartment(admin));
    return {createUser(admin, QStringLiteral("rep"), QStringLiteral("staff"), sales),
            createUser(admin, QStringLiteral("other"), QStringLiteral("staff"), sales)};
}

} // namespace

TEST_CASE("an assigned rep lists one unread notification with the data to word it, and nobody else sees it",
          "[notifications]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Staff staff = createStaff(*admin);
    const qint64 customer = createCustomer(*admin, QStringLiteral("杭州西湖茶业有限公司"));
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    auto other = loginTo(server, QStringLiteral("other"), kUserPassword);
    REQUIRE(rep);
    REQUIRE(other);
    QList<QCborMap> pushes;
    QObject::connect(rep.get(), &client::Connection::pushReceived, rep.get(),
                     [&](const QString &event, const QCborMap &data) {
                         if (event == QLatin1String("notification"))
                             pushes.append(data);
                     });
    CHECK(unread(*rep) == 0);

    assignTo(*admin, {customer}, staff.rep);

    const QCborMap result = list(*rep);
    CHECK(result.value(QStringLiteral("unread")).toInteger() == 1);
    CHECK(!result.contains(QStringLiteral("next_cursor")));
    const QCborArray items = result.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    const QCborMap item = items.at(0).toMap();
    CHECK(item.value(QStringLiteral("kind")).toString() == QStringLiteral("customers.assigned"));
    CHECK(item.value(QStringLiteral("entity")).toString() == QStringLiteral("customer"));
    CHECK(item.value(QStringLiteral("entity_id")).toInteger() == customer);
    CHECK(item.value(QStringLiteral("read_at")).isNull());
    CHECK(item.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
    CHECK(item.value(QStringLiteral("body")).toString().contains(QStringLiteral("assigned 1 customer to you")));
    const QCborMap data = item.value(QStringLiteral("data")).toMap();
    const QString adminName = admin->user().value(QStringLiteral("display_name")).toString();
    CHECK(!adminName.isEmpty());
    CHECK(data.value(QStringLiteral("assigner")).toString() == adminName);
    CHECK(data.value(QStringLiteral("mode")).toString() == QStringLiteral("replace"));
    CHECK(data.value(QStringLiteral("role")).toString() == QStringLiteral("target"));
    CHECK(data.value(QStringLiteral("count")).toInteger() == 1);
    CHECK(data.value(QStringLiteral("customer_id")).toInteger() == customer);

    // The push carries the same notification, data included.
    REQUIRE(waitFor([&] { return !pushes.isEmpty(); }));
    CHECK(pushes.at(0).value(QStringLiteral("id")) == item.value(QStringLiteral("id")));
    CHECK(pushes.at(0).value(QStringLiteral("data")).toMap() == data);

    // Another user sees none and cannot mark it: it answers as a missing one.
    CHECK(list(*other).value(QStringLiteral("items")).toArray().isEmpty());
    CHECK(unread(*other) == 0);
    const qint64 id = item.value(QStringLiteral("id")).toInteger();
    const auto foreign = call(*other, QStringLiteral("notifications.mark_read"), {{QStringLiteral("ids"), QCborArray{id}}});
    CHECK(!foreign.ok);
    CHECK(foreign.error.code == ErrorCode::NotFound);
    CHECK(foreign.error.field == QStringLiteral("ids"));
    const auto missing = call(*other, QStringLiteral("notifications.mark_read"),
                              {{QStringLiteral("ids"), QCborArray{id + 1000}}});
    CHECK(missing.error.code == ErrorCode::NotFound);
    // "all" marks only the caller's own.
    CHECK(ok(call(*other, QStringLiteral("notifications.mark_read"), {{QStringLiteral("all"), true}}))
              .result.toMap()
              .value(QStringLiteral("marked"))
              .toInteger()
          == 0);
    CHECK(unread(*rep) == 1);
}

TEST_CASE("notifications are marked read by ids or all at once, with one audit row per call", "[notifications]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Staff staff = createStaff(*admin);
    for (int i = 0; i < 5; ++i)
        assignTo(*admin, {createCustomer(*admin, QStringLiteral("客户%1").arg(i))}, staff.rep);
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(rep);
    const QCborArray items = list(*rep).value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 5);
    CHECK(unread(*rep) == 5);
    auto auditRows = [&] {
        return ok(call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("entity"), QStringLiteral("notification")}}))
            .result.toMap()
            .value(QStringLiteral("items"))
            .toArray();
    };
    CHECK(auditRows().isEmpty());

    // Two by id (the same id twice counts once).
    const qint64 first = items.at(0).toMap().value(QStringLiteral("id")).toInteger();
    const qint64 second = items.at(1).toMap().value(QStringLiteral("id")).toInteger();
    auto marked = ok(call(*rep, QStringLiteral("notifications.mark_read"),
                          {{QStringLiteral("ids"), QCborArray{first, second, first}}}));
    CHECK(marked.result.toMap().value(QStringLiteral("marked")).toInteger() == 2);
    const QCborMap afterTwo = list(*rep);
    CHECK(afterTwo.value(QStringLiteral("unread")).toInteger() == 3);
    for (const QCborValue &v : afterTwo.value(QStringLiteral("items")).toArray()) {
        const qint64 id = v.toMap().value(QStringLiteral("id")).toInteger();
        CHECK(v.toMap().value(QStringLiteral("read_at")).isString() == (id == first || id == second));
    }
    const QCborArray unreadItems = list(*rep, {{QStringLiteral("unread_only"), true}}).value(QStringLiteral("items")).toArray();
    CHECK(unreadItems.size() == 3);
    for (const QCborValue &v : unreadItems)
        CHECK(v.toMap().value(QStringLiteral("read_at")).isNull());
    QCborArray rows = auditRows();
    REQUIRE(rows.size() == 1);
    QCborMap row = rows.at(0).toMap();
    CHECK(row.value(QStringLiteral("op")).toString() == QStringLiteral("notifications.mark_read"));
    CHECK(row.value(QStringLiteral("user_login")).toString() == QStringLiteral("rep"));
    QCborMap after = row.value(QStringLiteral("after")).toMap();
    CHECK(after.size() == 2);
    CHECK(after.value(QStringLiteral("marked")).toDouble() == 2);
    CHECK(after.value(QStringLiteral("ids")).toDouble() == 2);

    // Marking read ones again changes nothing and is not audited.
    marked = ok(call(*rep, QStringLiteral("notifications.mark_read"), {{QStringLiteral("ids"), QCborArray{first}}}));
    CHECK(marked.result.toMap().value(QStringLiteral("marked")).toInteger() == 0);
    CHECK(auditRows().size() == 1);

    // All the rest.
    marked = ok(call(*rep, QStringLiteral("notifications.mark_read"), {{QStringLiteral("all"), true}}));
    CHECK(marked.result.toMap().value(QStringLiteral("marked")).toInteger() == 3);
    CHECK(unread(*rep) == 0);
    CHECK(list(*rep, {{QStringLiteral("unread_only"), true}}).value(QStringLiteral("items")).toArray().isEmpty());
    rows = auditRows();
    REQUIRE(rows.size() == 2);
    row = rows.at(0).toMap(); // newest first
    CHECK(row.value(QStringLiteral("entity_id")).isNull());
    after = row.value(QStringLiteral("after")).toMap();
    CHECK(after.size() == 2);
    CHECK(after.value(QStringLiteral("marked")).toDouble() == 3);
    CHECK(after.value(QStringLiteral("all")).toBool());
    CHECK(ok(call(*admin, QStringLiteral("audit.verify"))).result.toMap().value(QStringLiteral("ok")).toBool());
}

TEST_CASE("notifications.list pages newest first with a cursor", "[notifications]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Staff staff = createStaff(*admin);
    for (int i = 0; i < 5; ++i)
        assignTo(*admin, {createCustomer(*admin, QStringLiteral("客户%1").arg(i))}, staff.rep);
    // One call for two customers: one notification without a single customer.
    assignTo(*admin, {createCustomer(*admin, QStringLiteral("甲")), createCustomer(*admin, QStringLiteral("乙"))},
             staff.rep);
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(rep);

    const QCborArray all = list(*rep).value(QStringLiteral("items")).toArray();
    REQUIRE(all.size() == 6);
    const QCborMap newest = all.at(0).toMap();
    CHECK(newest.value(QStringLiteral("entity_id")).isNull());
    CHECK(newest.value(QStringLiteral("data")).toMap().value(QStringLiteral("count")).toInteger() == 2);
    CHECK(!newest.value(QStringLiteral("data")).toMap().contains(QStringLiteral("customer_id")));

    QList<qint64> paged;
    QList<qsizetype> sizes;
    QCborMap args{{QStringLiteral("limit"), 4}};
    for (int guard = 0; guard < 10; ++guard) {
        const QCborMap page = list(*rep, args);
        CHECK(page.value(QStringLiteral("unread")).toInteger() == 6);
        const QCborArray items = page.value(QStringLiteral("items")).toArray();
        sizes.append(items.size());
        for (const QCborValue &v : items)
            paged.append(v.toMap().value(QStringLiteral("id")).toInteger());
        if (!page.contains(QStringLiteral("next_cursor")))
            break;
        args.insert(QStringLiteral("cursor"), page.value(QStringLiteral("next_cursor")));
    }
    CHECK(sizes == QList<qsizetype>{4, 2});
    QList<qint64> expected;
    for (const QCborValue &v : all)
        expected.append(v.toMap().value(QStringLiteral("id")).toInteger());
    CHECK(paged == expected);
    CHECK(std::is_sorted(paged.rbegin(), paged.rend()));
}

TEST_CASE("notifications ops answer invalid arguments with the field", "[notifications]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    auto listWith = [&](const QCborMap &args) { return call(*admin, QStringLiteral("notifications.list"), args); };
    auto markWith = [&](const QCborMap &args) { return call(*admin, QStringLiteral("notifications.mark_read"), args); };
    checkInvalid(listWith({{QStringLiteral("unread_only"), QStringLiteral("yes")}}), "unread_only");
    checkInvalid(listWith({{QStringLiteral("limit"), 0}}), "limit");
    checkInvalid(listWith({{QStringLiteral("limit"), 201}}), "limit");
    checkInvalid(listWith({{QStringLiteral("limit"), QStringLiteral("10")}}), "limit");
    checkInvalid(listWith({{QStringLiteral("cursor"), QStringLiteral("abc")}}), "cursor");
    checkInvalid(listWith({{QStringLiteral("cursor"), 17}}), "cursor");
    CHECK(listWith({{QStringLiteral("limit"), 200}, {QStringLiteral("unread_only"), false}}).ok);
    checkInvalid(markWith({}), "ids");
    checkInvalid(markWith({{QStringLiteral("ids"), QCborArray{1}}, {QStringLiteral("all"), true}}), "ids");
    checkInvalid(markWith({{QStringLiteral("ids"), 1}}), "ids");
    checkInvalid(markWith({{QStringLiteral("ids"), QCborArray{}}}), "ids");
    checkInvalid(markWith({{QStringLiteral("ids"), QCborArray{QStringLiteral("1")}}}), "ids");
    checkInvalid(markWith({{QStringLiteral("ids"), QCborArray{-3}}}), "ids");
    checkInvalid(markWith({{QStringLiteral("all"), false}}), "all");
    checkInvalid(markWith({{QStringLiteral("all"), QStringLiteral("true")}}), "all");
}
