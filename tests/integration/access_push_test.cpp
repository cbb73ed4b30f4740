// The access.changed push (#5): a change of roles, groups, departments, users or
// computers tells the sessions it reaches at once — those who gain and those who lose —
// and nobody else; auth.whoami then answers the new rights. Against a real cordiald on
// SQLite and PostgreSQL.
#include "Fixtures.h"

#include <QCborArray>

using namespace cordial;
using namespace cordial::test;

namespace {

const QString kAccessChanged = QStringLiteral("access.changed");

protocol::Reply ok(const protocol::Reply &reply)
{
    INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    return reply;
}

// The access.changed pushes a connection received, by reason.
struct AccessPushes {
    explicit AccessPushes(client::Connection &c) : connection(c)
    {
        QObject::connect(&c, &client::Connection::pushReceived, &c, [this](const QString &event, const QCborMap &data) {
            if (event == kAccessChanged)
                reasons << data.value(QStringLiteral("reason")).toString();
        });
    }
    // The next push, which may have come already (while the change was answered), was
    // this one, and no other came with it.
    bool arrives(const QString &reason)
    {
        waitFor([&] { return reasons.size() > consumed; }, 5000);
        if (reasons.size() != consumed + 1)
            return false;
        return reasons.at(consumed++) == reason;
    }
    // Nothing came: a reply asked for now comes after any push sent before it.
    bool quiet()
    {
        ok(call(connection, QStringLiteral("ping")));
        return reasons.size() == consumed;
    }
    client::Connection &connection;
    QStringList reasons;
    qsizetype consumed = 0;
};

QStringList rightsOf(client::Connection &c)
{
    QStringList rights;
    for (const QCborValue &r : ok(call(c, QStringLiteral("auth.whoami"))).result.toMap().value(QStringLiteral("rights")).toArray())
        rights << r.toString();
    return rights;
}

QCborMap customersGrant(const QStringList &extras)
{
    return QCborMap{{QStringLiteral("customers"), QCborMap{{QStringLiteral("level"), QStringLiteral("reader")},
                                                           {QStringLiteral("scope"), QStringLiteral("all")},
                                                           {QStringLiteral("extras"), QCborArray::fromStringList(extras)}}}};
}

struct Role {
    qint64 id = 0;
    qint64 version = 1;
};

// A role reading all customers with these extra rights.
Role createRole(client::Connection &admin, const QString &name, const QStringList &extras, bool machinesOnly = false)
{
    const auto reply = ok(call(admin, QStringLiteral("roles.create"),
                               {{QStringLiteral("name"), name},
                                {QStringLiteral("modules"), customersGrant(extras)},
                                {QStringLiteral("registered_machines_only"), machinesOnly}}));
    return {reply.result.toMap().value(QStringLiteral("id")).toInteger(), 1};
}

void setExtras(client::Connection &admin, Role &role, const QStringList &extras)
{
    const auto reply = ok(call(admin, QStringLiteral("roles.update"),
                               {{QStringLiteral("id"), role.id},
                                {QStringLiteral("version"), role.version},
                                {QStringLiteral("modules"), customersGrant(extras)}}));
    role.version = reply.result.toMap().value(QStringLiteral("version")).toInteger();
}

struct Office {
    std::unique_ptr<client::Connection> admin;
    qint64 root = 0;
    qint64 alice = 0;
    qint64 bob = 0;
};

Office openOffice(TestServer &server)
{
    startOrFail(server);
    Office o;
    o.admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(o.admin);
    o.root = rootDepartment(*o.admin);
    o.alice = createUser(*o.admin, QStringLiteral("alice"), QStringLiteral("readonly"), o.root);
    o.bob = createUser(*o.admin, QStringLiteral("bob"), QStringLiteral("readonly"), o.root);
    return o;
}

std::unique_ptr<client::Connection> logIn(const TestServer &server, const QString &login)
{
    auto c = loginTo(server, login, kUserPassword);
    REQUIRE(c);
    return c;
}

} // namespace

TEST_CASE("changing a role tells every session of its holders and nobody else, and whoami answers the new rights",
          "[access-push]")
{
    TestServer server;
    Office o = openOffice(server);
    Role exporter = createRole(*o.admin, QStringLiteral("exporter"), {QStringLiteral("export")});
    auto alice = logIn(server, QStringLiteral("alice"));
    auto aliceElsewhere = logIn(server, QStringLiteral("alice"));
    auto bob = logIn(server, QStringLiteral("bob"));
    AccessPushes alicePushes(*alice), aliceElsewherePushes(*aliceElsewhere), bobPushes(*bob);
    AccessPushes adminPushes(*o.admin);

    ok(call(*o.admin, QStringLiteral("users.update"),
            {{QStringLiteral("id"), o.alice}, {QStringLiteral("roles"), QCborArray{QStringLiteral("exporter")}}}));
    CHECK(alicePushes.arrives(QStringLiteral("users.update")));
    CHECK(aliceElsewherePushes.arrives(QStringLiteral("users.update")));
    CHECK(bobPushes.quiet());
    CHECK(rightsOf(*alice).contains(QStringLiteral("customers.export")));

    setExtras(*o.admin, exporter, {QStringLiteral("print")});
    CHECK(alicePushes.arrives(QStringLiteral("roles.update")));
    CHECK(aliceElsewherePushes.arrives(QStringLiteral("roles.update")));
    CHECK(bobPushes.quiet());
    CHECK(adminPushes.quiet());
    const QStringList rights = rightsOf(*aliceElsewhere);
    CHECK_FALSE(rights.contains(QStringLiteral("customers.export")));
    CHECK(rights.contains(QStringLiteral("customers.print")));
    CHECK_FALSE(rightsOf(*bob).contains(QStringLiteral("customers.print")));

    // A new description changes nothing anyone may do.
    ok(call(*o.admin, QStringLiteral("roles.update"),
            {{QStringLiteral("id"), exporter.id},
             {QStringLiteral("version"), exporter.version},
             {QStringLiteral("description"), QStringLiteral("导出")}}));
    CHECK(alicePushes.quiet());

    // Alice loses the role: she hears of it too.
    ok(call(*o.admin, QStringLiteral("users.update"), {{QStringLiteral("id"), o.alice}, {QStringLiteral("roles"), QCborArray{}}}));
    CHECK(alicePushes.arrives(QStringLiteral("users.update")));
    CHECK_FALSE(rightsOf(*alice).contains(QStringLiteral("customers.print")));
    CHECK(bobPushes.quiet());
}

TEST_CASE("a change of a user's primary role tells that user; a change of the display name tells nobody",
          "[access-push]")
{
    TestServer server;
    Office o = openOffice(server);
    auto alice = logIn(server, QStringLiteral("alice"));
    auto bob = logIn(server, QStringLiteral("bob"));
    AccessPushes alicePushes(*alice), bobPushes(*bob);
    CHECK_FALSE(rightsOf(*alice).contains(QStringLiteral("customers.create")));

    ok(call(*o.admin, QStringLiteral("users.update"), {{QStringLiteral("id"), o.alice}, {QStringLiteral("role"), QStringLiteral("staff")}}));
    CHECK(alicePushes.arrives(QStringLiteral("users.update")));
    CHECK(bobPushes.quiet());
    CHECK(rightsOf(*alice).contains(QStringLiteral("customers.create")));

    ok(call(*o.admin, QStringLiteral("users.update"), {{QStringLiteral("id"), o.alice}, {QStringLiteral("display_name"), QStringLiteral("爱丽丝")}}));
    CHECK(alicePushes.quiet());

    ok(call(*o.admin, QStringLiteral("users.update"),
            {{QStringLiteral("id"), o.alice}, {QStringLiteral("ip_ranges"), QCborArray{QStringLiteral("127.0.0.0/8")}}}));
    CHECK(alicePushes.arrives(QStringLiteral("users.update")));
    CHECK(bobPushes.quiet());
}

TEST_CASE("a role given through a group reaches its members, who hear of it when they leave the group too",
          "[access-push]")
{
    TestServer server;
    Office o = openOffice(server);
    Role exporter = createRole(*o.admin, QStringLiteral("exporter"), {QStringLiteral("export")});
    auto alice = logIn(server, QStringLiteral("alice"));
    auto bob = logIn(server, QStringLiteral("bob"));
    AccessPushes alicePushes(*alice), bobPushes(*bob);

    const auto created = ok(call(*o.admin, QStringLiteral("groups.create"),
                                 {{QStringLiteral("name"), QStringLiteral("出口组")},
                                  {QStringLiteral("members"), QCborArray{o.alice}},
                                  {QStringLiteral("roles"), QCborArray{QStringLiteral("exporter")}}}));
    const qint64 group = created.result.toMap().value(QStringLiteral("id")).toInteger();
    CHECK(alicePushes.arrives(QStringLiteral("groups.create")));
    CHECK(bobPushes.quiet());
    CHECK(rightsOf(*alice).contains(QStringLiteral("customers.export")));

    setExtras(*o.admin, exporter, {QStringLiteral("print")});
    CHECK(alicePushes.arrives(QStringLiteral("roles.update")));
    CHECK(bobPushes.quiet());
    CHECK(rightsOf(*alice).contains(QStringLiteral("customers.print")));

    // Bob joins, Alice leaves: both hear of it.
    ok(call(*o.admin, QStringLiteral("groups.update"),
            {{QStringLiteral("id"), group}, {QStringLiteral("version"), 1}, {QStringLiteral("members"), QCborArray{o.bob}}}));
    CHECK(alicePushes.arrives(QStringLiteral("groups.update")));
    CHECK(bobPushes.arrives(QStringLiteral("groups.update")));
    CHECK_FALSE(rightsOf(*alice).contains(QStringLiteral("customers.print")));
    CHECK(rightsOf(*bob).contains(QStringLiteral("customers.print")));

    // A new name reaches nobody; the role no longer reaches Alice.
    ok(call(*o.admin, QStringLiteral("groups.update"),
            {{QStringLiteral("id"), group}, {QStringLiteral("version"), 2}, {QStringLiteral("name"), QStringLiteral("打印组")}}));
    CHECK(bobPushes.quiet());
    setExtras(*o.admin, exporter, {});
    CHECK(bobPushes.arrives(QStringLiteral("roles.update")));
    CHECK(alicePushes.quiet());

    ok(call(*o.admin, QStringLiteral("groups.delete"), {{QStringLiteral("id"), group}}));
    CHECK(bobPushes.arrives(QStringLiteral("groups.delete")));
    CHECK(alicePushes.quiet());
}

TEST_CASE("a role given to a department reaches the members of the departments below it, and only them",
          "[access-push]")
{
    TestServer server;
    Office o = openOffice(server);
    Role exporter = createRole(*o.admin, QStringLiteral("exporter"), {QStringLiteral("export")});
    const qint64 sales = createDepartment(*o.admin, QStringLiteral("销售部"), o.root);
    const qint64 team = createDepartment(*o.admin, QStringLiteral("销售一组"), sales);
    const qint64 service = createDepartment(*o.admin, QStringLiteral("客服部"), o.root);
    ok(call(*o.admin, QStringLiteral("users.update"), {{QStringLiteral("id"), o.alice}, {QStringLiteral("department_id"), team}}));
    ok(call(*o.admin, QStringLiteral("users.update"), {{QStringLiteral("id"), o.bob}, {QStringLiteral("department_id"), service}}));
    auto alice = logIn(server, QStringLiteral("alice"));
    auto bob = logIn(server, QStringLiteral("bob"));
    AccessPushes alicePushes(*alice), bobPushes(*bob);

    ok(call(*o.admin, QStringLiteral("departments.update"),
            {{QStringLiteral("id"), sales}, {QStringLiteral("roles"), QCborArray{QStringLiteral("exporter")}}}));
    CHECK(alicePushes.arrives(QStringLiteral("departments.update")));
    CHECK(bobPushes.quiet());
    CHECK(rightsOf(*alice).contains(QStringLiteral("customers.export")));

    // The role's holders are found through the department above Alice's.
    setExtras(*o.admin, exporter, {QStringLiteral("print")});
    CHECK(alicePushes.arrives(QStringLiteral("roles.update")));
    CHECK(bobPushes.quiet());
    QStringList rights = rightsOf(*alice);
    CHECK(rights.contains(QStringLiteral("customers.print")));
    CHECK_FALSE(rights.contains(QStringLiteral("customers.export")));

    // Alice's team moves out from under the department: she loses the role.
    ok(call(*o.admin, QStringLiteral("departments.update"), {{QStringLiteral("id"), team}, {QStringLiteral("parent_id"), service}}));
    CHECK(alicePushes.arrives(QStringLiteral("departments.update")));
    CHECK(bobPushes.quiet());
    CHECK_FALSE(rightsOf(*alice).contains(QStringLiteral("customers.print")));

    // A new name changes nothing anyone may do.
    ok(call(*o.admin, QStringLiteral("departments.update"), {{QStringLiteral("id"), sales}, {QStringLiteral("name"), QStringLiteral("市场部")}}));
    CHECK(alicePushes.quiet());
    CHECK(bobPushes.quiet());
}

TEST_CASE("approving and revoking a computer tells the sessions on it, not the same user's sessions elsewhere",
          "[access-push]")
{
    TestServer server;
    Office o = openOffice(server);
    createRole(*o.admin, QStringLiteral("office-export"), {QStringLiteral("export")}, true);
    ok(call(*o.admin, QStringLiteral("users.update"),
            {{QStringLiteral("id"), o.alice}, {QStringLiteral("roles"), QCborArray{QStringLiteral("office-export")}}}));
    auto atDesk = logIn(server, QStringLiteral("alice"));
    auto atHome = logIn(server, QStringLiteral("alice"));
    auto bob = logIn(server, QStringLiteral("bob"));
    AccessPushes deskPushes(*atDesk), homePushes(*atHome), bobPushes(*bob);
    CHECK_FALSE(rightsOf(*atDesk).contains(QStringLiteral("customers.export")));

    QCborMap desk;
    for (const QCborValue &v : ok(call(*o.admin, QStringLiteral("machines.list"))).result.toMap().value(QStringLiteral("items")).toArray())
        if (v.toMap().value(QStringLiteral("fingerprint")).toString() == atDesk->machineKey()->fingerprint())
            desk = v.toMap();
    REQUIRE_FALSE(desk.isEmpty());
    const auto approved = ok(call(*o.admin, QStringLiteral("machines.approve"),
                                  {{QStringLiteral("id"), desk.value(QStringLiteral("id"))},
                                   {QStringLiteral("version"), desk.value(QStringLiteral("version"))}}));
    CHECK(deskPushes.arrives(QStringLiteral("machines.approve")));
    CHECK(homePushes.quiet());
    CHECK(bobPushes.quiet());
    CHECK(rightsOf(*atDesk).contains(QStringLiteral("customers.export")));
    CHECK_FALSE(rightsOf(*atHome).contains(QStringLiteral("customers.export")));

    ok(call(*o.admin, QStringLiteral("machines.revoke"),
            {{QStringLiteral("id"), desk.value(QStringLiteral("id"))},
             {QStringLiteral("version"), approved.result.toMap().value(QStringLiteral("version"))}}));
    CHECK(deskPushes.arrives(QStringLiteral("machines.revoke")));
    CHECK(homePushes.quiet());
    CHECK(bobPushes.quiet());
    // The session goes on with the roles that need no approved computer.
    const QStringList rights = rightsOf(*atDesk);
    CHECK(rights.contains(QStringLiteral("customers.read")));
    CHECK_FALSE(rights.contains(QStringLiteral("customers.export")));
}
