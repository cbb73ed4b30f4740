// Login restrictions, live sessions, login blocks, personnel changes and record
// recovery (#5), against a real cordiald on SQLite and PostgreSQL.
#include "Fixtures.h"

#include <QCborArray>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

protocol::Reply loginReply(client::Connection &c, const QString &user, const QString &password)
{
    std::optional<protocol::Reply> reply;
    c.login(user, password, [&reply](const protocol::Reply &r) { reply = r; });
    waitFor([&] { return reply.has_value(); });
    REQUIRE(reply);
    return *reply;
}

struct PushLog {
    explicit PushLog(client::Connection &c)
    {
        QObject::connect(&c, &client::Connection::pushReceived, &c,
                         [this](const QString &event, const QCborMap &data) { events << qMakePair(event, data); });
    }
    QList<QPair<QString, QCborMap>> events;
};

qint64 roleVersion(client::Connection &admin, const QString &name, qint64 *id)
{
    for (const QCborValue &v : call(admin, QStringLiteral("roles.list")).result.toMap().value(QStringLiteral("items")).toArray())
        if (v.toMap().value(QStringLiteral("name")).toString() == name) {
            *id = v.toMap().value(QStringLiteral("id")).toInteger();
            return v.toMap().value(QStringLiteral("version")).toInteger();
        }
    FAIL("no role " << name.toStdString());
    return 0;
}

QCborArray items(const protocol::Reply &reply)
{
    return reply.result.toMap().value(QStringLiteral("items")).toArray();
}

qint64 newCustomer(client::Connection &c, const QString &name)
{
    const auto reply = call(c, QStringLiteral("customers.create"),
                            {{QStringLiteral("name"), name}, {QStringLiteral("allow_duplicate"), true}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

} // namespace

TEST_CASE("a role restricted to office address ranges refuses logins from elsewhere, says why and audits it")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), root);
    qint64 staffId = 0;
    const qint64 version = roleVersion(*admin, QStringLiteral("staff"), &staffId);
    REQUIRE(call(*admin, QStringLiteral("roles.update"),
                 {{QStringLiteral("id"), staffId}, {QStringLiteral("version"), version},
                  {QStringLiteral("ip_ranges"), QCborArray{QStringLiteral("10.8.0.0/16"), QStringLiteral("2001:db8::/32")}}})
                .ok);
    auto c = connectTo(server);
    REQUIRE(c);
    const auto refused = loginReply(*c, QStringLiteral("rep"), kUserPassword);
    CHECK(refused.error.code == ErrorCode::Forbidden);
    CHECK(refused.error.field == QStringLiteral("address"));
    CHECK(refused.error.message.contains(QStringLiteral("127.0.0.1")));
    CHECK(refused.error.message.contains(QStringLiteral("staff")));
    // A wrong password from there is still just a wrong password.
    CHECK(loginReply(*c, QStringLiteral("rep"), QStringLiteral("wrong-pass")).error.code == ErrorCode::Unauthenticated);
    const auto audit = call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("op"), QStringLiteral("auth.refused")}});
    REQUIRE(audit.ok);
    REQUIRE(items(audit).size() == 1);
    CHECK(items(audit).at(0).toMap().value(QStringLiteral("after")).toMap().value(QStringLiteral("reason")).toString()
          == refused.error.message);

    // The loopback range (written as IPv4-mapped IPv6) lets the rep in.
    REQUIRE(call(*admin, QStringLiteral("roles.update"),
                 {{QStringLiteral("id"), staffId}, {QStringLiteral("version"), version + 1},
                  {QStringLiteral("ip_ranges"), QCborArray{QStringLiteral("::ffff:127.0.0.0/104")}}})
                .ok);
    REQUIRE(loginReply(*c, QStringLiteral("rep"), kUserPassword).ok);

    // A per-user restriction applies on top of the roles.
    const auto users = call(*admin, QStringLiteral("users.list"), {{QStringLiteral("query"), QStringLiteral("rep")}});
    const qint64 rep = items(users).at(0).toMap().value(QStringLiteral("id")).toInteger();
    const auto badRange = call(*admin, QStringLiteral("users.update"),
                               {{QStringLiteral("id"), rep}, {QStringLiteral("ip_ranges"), QCborArray{QStringLiteral("10.0.0.0/99")}}});
    CHECK(badRange.error.code == ErrorCode::Invalid);
    CHECK(badRange.error.field == QStringLiteral("ip_ranges"));
    REQUIRE(call(*admin, QStringLiteral("users.update"),
                 {{QStringLiteral("id"), rep}, {QStringLiteral("ip_ranges"), QCborArray{QStringLiteral("192.168.0.0/16")}}})
                .ok);
    auto other = connectTo(server);
    REQUIRE(other);
    const auto userRefused = loginReply(*other, QStringLiteral("rep"), kUserPassword);
    CHECK(userRefused.error.code == ErrorCode::Forbidden);
    CHECK(userRefused.error.message.contains(QStringLiteral("192.168.0.0/16")));
    // The session already open ends at its next request: the restriction holds at once.
    CHECK(call(*c, QStringLiteral("auth.whoami")).error.code == ErrorCode::Unauthenticated);
}

TEST_CASE("an administrator lists live sessions and revokes one, which ends at once")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    const qint64 rep = createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), root);
    auto first = loginTo(server, QStringLiteral("rep"), kUserPassword);
    auto second = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE((first && second));
    PushLog firstPushes(*first);

    const auto listed = call(*admin, QStringLiteral("sessions.list"), {{QStringLiteral("user_id"), rep}});
    REQUIRE(listed.ok);
    REQUIRE(items(listed).size() == 2);
    const QCborMap newest = items(listed).at(0).toMap();
    CHECK(newest.value(QStringLiteral("address")).toString() == QStringLiteral("127.0.0.1"));
    CHECK(newest.value(QStringLiteral("login")).toString() == QStringLiteral("rep"));
    const qint64 older = items(listed).at(1).toMap().value(QStringLiteral("id")).toInteger();

    REQUIRE(call(*admin, QStringLiteral("sessions.revoke"), {{QStringLiteral("id"), older}}).ok);
    CHECK(waitFor([&] { return !firstPushes.events.isEmpty(); }, 5000));
    REQUIRE_FALSE(firstPushes.events.isEmpty());
    CHECK(firstPushes.events.first().first == QStringLiteral("session.ended"));
    CHECK(firstPushes.events.first().second.value(QStringLiteral("reason")).toString() == QStringLiteral("revoked"));
    CHECK(call(*first, QStringLiteral("auth.whoami")).error.code == ErrorCode::Unauthenticated);
    CHECK(call(*second, QStringLiteral("auth.whoami")).ok);
    CHECK(items(call(*admin, QStringLiteral("sessions.list"), {{QStringLiteral("user_id"), rep}})).size() == 1);
    CHECK(call(*admin, QStringLiteral("sessions.revoke"), {{QStringLiteral("id"), older}}).error.code == ErrorCode::NotFound);
    // A rep sees no one else's sessions and may not revoke.
    CHECK(call(*second, QStringLiteral("sessions.list")).error.code == ErrorCode::Forbidden);
}

TEST_CASE("login blocks are listed for the administrator and lifted, with an audit row")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("throttle/failures_per_login=3"), QStringLiteral("throttle/failures_per_address=100")});
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), root);
    auto c = connectTo(server);
    REQUIRE(c);
    for (int i = 0; i < 3; ++i)
        loginReply(*c, QStringLiteral("Rep"), QStringLiteral("bad-guess"));
    CHECK(loginReply(*c, QStringLiteral("rep"), kUserPassword).error.code == ErrorCode::RateLimited);

    const auto bans = call(*admin, QStringLiteral("bans.list"));
    REQUIRE(bans.ok);
    REQUIRE(items(bans).size() == 1);
    CHECK(items(bans).at(0).toMap().value(QStringLiteral("kind")).toString() == QStringLiteral("login"));
    CHECK(items(bans).at(0).toMap().value(QStringLiteral("key")).toString() == QStringLiteral("rep"));
    // The three failures that led to it and the attempt refused since.
    CHECK(items(bans).at(0).toMap().value(QStringLiteral("failures")).toInteger() == 4);
    const auto lifted = call(*admin, QStringLiteral("bans.lift"),
                             {{QStringLiteral("kind"), QStringLiteral("login")}, {QStringLiteral("key"), QStringLiteral("REP")}});
    REQUIRE(lifted.ok);
    CHECK(loginReply(*c, QStringLiteral("rep"), kUserPassword).ok);
    CHECK(items(call(*admin, QStringLiteral("bans.list"))).isEmpty());
    CHECK(call(*admin, QStringLiteral("bans.lift"),
               {{QStringLiteral("kind"), QStringLiteral("login")}, {QStringLiteral("key"), QStringLiteral("rep")}})
              .error.code
          == ErrorCode::NotFound);
    CHECK(call(*admin, QStringLiteral("bans.lift"),
               {{QStringLiteral("kind"), QStringLiteral("planet")}, {QStringLiteral("key"), QStringLiteral("rep")}})
              .error.field
          == QStringLiteral("kind"));
    const auto audit = call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("op"), QStringLiteral("bans.lift")}});
    CHECK(items(audit).size() == 1);
}

TEST_CASE("disabling a rep hands every customer to the successor in one audited change and tells the successor")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    const qint64 team = createDepartment(*admin, QStringLiteral("销售三部"), root);
    const qint64 leaving = createUser(*admin, QStringLiteral("leaving"), QStringLiteral("staff"), team);
    const qint64 successor = createUser(*admin, QStringLiteral("successor"), QStringLiteral("staff"), root);
    const qint64 boss = createUser(*admin, QStringLiteral("boss"), QStringLiteral("manager"), team);
    const qint64 idle = createUser(*admin, QStringLiteral("idle"), QStringLiteral("staff"), team);
    auto rep = loginTo(server, QStringLiteral("leaving"), kUserPassword);
    auto next = loginTo(server, QStringLiteral("successor"), kUserPassword);
    REQUIRE((rep && next));
    PushLog nextPushes(*next);
    const qint64 a = newCustomer(*rep, QStringLiteral("甲客户"));
    const qint64 b = newCustomer(*rep, QStringLiteral("乙客户"));
    const qint64 followedOnly = newCustomer(*admin, QStringLiteral("丙客户"));
    REQUIRE(call(*admin, QStringLiteral("customers.assign"),
                 {{QStringLiteral("ids"), QCborArray{followedOnly}}, {QStringLiteral("to"), QCborArray{leaving}},
                  {QStringLiteral("mode"), QStringLiteral("add")}})
                .ok);
    REQUIRE(call(*rep, QStringLiteral("customers.delete"), {{QStringLiteral("id"), b}}).ok);

    // A user with customers cannot be disabled without a successor; nothing changes.
    const auto missing = call(*admin, QStringLiteral("users.disable"), {{QStringLiteral("id"), leaving}});
    CHECK(missing.error.code == ErrorCode::Invalid);
    CHECK(missing.error.field == QStringLiteral("successor_id"));
    CHECK(call(*rep, QStringLiteral("auth.whoami")).ok);
    // A user without customers needs none.
    CHECK(call(*admin, QStringLiteral("users.disable"), {{QStringLiteral("id"), idle}}).ok);

    const auto disabled = call(*admin, QStringLiteral("users.disable"),
                               {{QStringLiteral("id"), leaving}, {QStringLiteral("successor_id"), successor}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(disabled));
    REQUIRE(disabled.ok);
    CHECK(disabled.result.toMap().value(QStringLiteral("handed_over")).toInteger() == 3);
    CHECK(disabled.result.toMap().value(QStringLiteral("successor_id")).toInteger() == successor);
    for (qint64 id : {a, followedOnly}) {
        const auto got = call(*next, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}});
        INFO(id);
        REQUIRE(got.ok);
    }
    const auto first = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), a}});
    CHECK(first.result.toMap().value(QStringLiteral("owner_id")).toInteger() == successor);
    CHECK(first.result.toMap().value(QStringLiteral("department_id")).toInteger() == root);
    const auto binned = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), b}, {QStringLiteral("binned"), true}});
    CHECK(binned.result.toMap().value(QStringLiteral("owner_id")).toInteger() == successor);
    const auto third = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), followedOnly}});
    CHECK(third.result.toMap().value(QStringLiteral("followers")).toArray() == QCborArray{successor});
    const auto audit = call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("op"), QStringLiteral("users.disable")}});
    CHECK(items(audit).size() == 5); // idle, then three customers and the rep
    CHECK(waitFor([&] {
        for (const auto &e : nextPushes.events)
            if (e.first == QStringLiteral("notification"))
                return true;
        return false;
    }, 5000));
    CHECK(call(*rep, QStringLiteral("auth.whoami")).error.code == ErrorCode::Unauthenticated);

    // "department_manager" picks the manager of the user's department.
    const qint64 another = createUser(*admin, QStringLiteral("another"), QStringLiteral("staff"), team);
    auto anotherSession = loginTo(server, QStringLiteral("another"), kUserPassword);
    REQUIRE(anotherSession);
    const qint64 c = newCustomer(*anotherSession, QStringLiteral("丁客户"));
    const auto byRule = call(*admin, QStringLiteral("users.disable"),
                             {{QStringLiteral("id"), another}, {QStringLiteral("successor"), QStringLiteral("department_manager")}});
    REQUIRE(byRule.ok);
    CHECK(byRule.result.toMap().value(QStringLiteral("successor_id")).toInteger() == boss);
    CHECK(call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), c}}).result.toMap()
              .value(QStringLiteral("owner_id")).toInteger()
          == boss);
}

TEST_CASE("a customer's history lists its versions and an earlier one is put back, contacts and bin included")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), root);
    createUser(*admin, QStringLiteral("other"), QStringLiteral("staff"), root);
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    auto other = loginTo(server, QStringLiteral("other"), kUserPassword);
    REQUIRE((rep && other));
    const auto created = call(*rep, QStringLiteral("customers.create"),
                              {{QStringLiteral("name"), QStringLiteral("上海华联")},
                               {QStringLiteral("notes"), QStringLiteral("原来的备注")},
                               {QStringLiteral("allow_duplicate"), true},
                               {QStringLiteral("contacts"), QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("王经理")},
                                                                                 {QStringLiteral("primary"), true}}}}});
    REQUIRE(created.ok);
    const qint64 id = created.result.toMap().value(QStringLiteral("id")).toInteger();
    auto current = [&] { return call(*rep, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}, {QStringLiteral("binned"), true}}).result.toMap(); };
    // A mistake: notes overwritten, the contact removed, then the customer binned.
    REQUIRE(call(*rep, QStringLiteral("customers.update"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), current().value(QStringLiteral("version"))},
                  {QStringLiteral("notes"), QStringLiteral("写错了")}})
                .ok);
    const qint64 contactId = current().value(QStringLiteral("contacts")).toArray().at(0).toMap().value(QStringLiteral("id")).toInteger();
    REQUIRE(call(*rep, QStringLiteral("contacts.delete"), {{QStringLiteral("id"), contactId}}).ok);
    REQUIRE(call(*rep, QStringLiteral("customers.delete"), {{QStringLiteral("id"), id}}).ok);

    const auto history = call(*rep, QStringLiteral("customers.history"), {{QStringLiteral("id"), id}});
    REQUIRE(history.ok);
    QStringList ops;
    for (const QCborValue &v : items(history))
        ops.append(v.toMap().value(QStringLiteral("op")).toString());
    CHECK(ops == QStringList{QStringLiteral("customers.delete"), QStringLiteral("contacts.delete"),
                             QStringLiteral("customers.update"), QStringLiteral("customers.create")});
    const QCborMap original = items(history).at(3).toMap();
    CHECK(original.value(QStringLiteral("after")).toMap().value(QStringLiteral("notes")).toString() == QStringLiteral("原来的备注"));
    // Not in the other rep's scope: not found, for history and restore alike.
    CHECK(call(*other, QStringLiteral("customers.history"), {{QStringLiteral("id"), id}}).error.code == ErrorCode::NotFound);

    const qint64 version = current().value(QStringLiteral("version")).toInteger();
    CHECK(call(*rep, QStringLiteral("customers.restore_version"),
               {{QStringLiteral("id"), id}, {QStringLiteral("audit_id"), original.value(QStringLiteral("audit_id"))},
                {QStringLiteral("version"), version - 1}})
              .error.code
          == ErrorCode::Conflict);
    const auto restored = call(*rep, QStringLiteral("customers.restore_version"),
                               {{QStringLiteral("id"), id}, {QStringLiteral("audit_id"), original.value(QStringLiteral("audit_id"))},
                                {QStringLiteral("version"), version}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(restored));
    REQUIRE(restored.ok);
    const QCborMap back = call(*rep, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}}).result.toMap();
    CHECK(back.value(QStringLiteral("notes")).toString() == QStringLiteral("原来的备注"));
    CHECK(!back.contains(QStringLiteral("deleted_at")));
    REQUIRE(back.value(QStringLiteral("contacts")).toArray().size() == 1);
    CHECK(back.value(QStringLiteral("contacts")).toArray().at(0).toMap().value(QStringLiteral("name")).toString() == QStringLiteral("王经理"));
    CHECK(back.value(QStringLiteral("contacts")).toArray().at(0).toMap().value(QStringLiteral("primary")).toBool());
    // The restore is itself a version in the history, and the search finds the name again.
    CHECK(items(call(*rep, QStringLiteral("customers.history"), {{QStringLiteral("id"), id}})).at(0).toMap()
              .value(QStringLiteral("op")).toString()
          == QStringLiteral("customers.restore_version"));
    CHECK(items(call(*rep, QStringLiteral("customers.search"), {{QStringLiteral("query"), QStringLiteral("华联")}})).size() == 1);
    // An audit row of another record is not a version of this one.
    const auto foreign = call(*rep, QStringLiteral("customers.restore_version"),
                              {{QStringLiteral("id"), id}, {QStringLiteral("audit_id"), 1},
                               {QStringLiteral("version"), back.value(QStringLiteral("version"))}});
    CHECK(foreign.error.code == ErrorCode::NotFound);
    CHECK(foreign.error.field == QStringLiteral("audit_id"));
}
