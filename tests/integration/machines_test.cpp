// Registered computers (#5): a computer proves its key by signing the connection's
// challenge; roles and users may be restricted to computers an administrator has
// approved. Against a real cordiald on SQLite and PostgreSQL.
#include "Fixtures.h"

#include "protocol/MachineProof.h"

#include <QCborArray>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

QCborArray items(const protocol::Reply &reply)
{
    return reply.result.toMap().value(QStringLiteral("items")).toArray();
}

protocol::Reply loginReply(client::Connection &c, const QString &user, const QString &password)
{
    std::optional<protocol::Reply> reply;
    c.login(user, password, [&reply](const protocol::Reply &r) { reply = r; });
    waitFor([&] { return reply.has_value(); });
    REQUIRE(reply);
    return *reply;
}

// A greeted connection that will prove `key` (or, without one, no computer at all).
std::unique_ptr<client::Connection> connectAs(const TestServer &server, const std::optional<client::MachineKey> &key)
{
    auto c = connectTo(server);
    REQUIRE(c);
    c->setMachineKey(key);
    return c;
}

struct PushLog {
    explicit PushLog(client::Connection &c)
    {
        QObject::connect(&c, &client::Connection::pushReceived, &c,
                         [this](const QString &event, const QCborMap &data) { events << qMakePair(event, data); });
    }
    int count(const QString &event) const
    {
        int n = 0;
        for (const auto &e : events)
            n += e.first == event ? 1 : 0;
        return n;
    }
    QList<QPair<QString, QCborMap>> events;
};

// Makes a built-in role apply only on approved computers.
void restrictRole(client::Connection &admin, const QString &name)
{
    for (const QCborValue &v : items(call(admin, QStringLiteral("roles.list")))) {
        const QCborMap role = v.toMap();
        if (role.value(QStringLiteral("name")).toString() != name)
            continue;
        const auto updated = call(admin, QStringLiteral("roles.update"),
                                  {{QStringLiteral("id"), role.value(QStringLiteral("id"))},
                                   {QStringLiteral("version"), role.value(QStringLiteral("version"))},
                                   {QStringLiteral("registered_machines_only"), true}});
        INFO(Catch::StringMaker<protocol::Reply>::convert(updated));
        REQUIRE(updated.ok);
        return;
    }
    FAIL("no role " << name.toStdString());
}

// The computer with this key as machines.list shows it; empty when not listed.
QCborMap machineOf(client::Connection &admin, const client::MachineKey &key)
{
    const auto listed = call(admin, QStringLiteral("machines.list"));
    INFO(Catch::StringMaker<protocol::Reply>::convert(listed));
    REQUIRE(listed.ok);
    for (const QCborValue &v : items(listed))
        if (v.toMap().value(QStringLiteral("fingerprint")).toString() == key.fingerprint())
            return v.toMap();
    return {};
}

protocol::Reply approve(client::Connection &admin, const QCborMap &machine, const QString &name = {})
{
    QCborMap args{{QStringLiteral("id"), machine.value(QStringLiteral("id"))},
                  {QStringLiteral("version"), machine.value(QStringLiteral("version"))}};
    if (!name.isEmpty())
        args.insert(QStringLiteral("name"), name);
    return call(admin, QStringLiteral("machines.approve"), args);
}

QCborArray auditRows(client::Connection &admin, const QString &op)
{
    const auto audit = call(admin, QStringLiteral("audit.list"), {{QStringLiteral("op"), op}});
    REQUIRE(audit.ok);
    return items(audit);
}

} // namespace

TEST_CASE("hello gives each connection a challenge of its own")
{
    TestServer server;
    startOrFail(server);
    auto a = connectTo(server);
    auto b = connectTo(server);
    REQUIRE((a && b));
    CHECK(a->challenge().size() == protocol::kChallengeBytes);
    CHECK(b->challenge().size() == protocol::kChallengeBytes);
    CHECK(a->challenge() != b->challenge());
}

TEST_CASE("a computer nobody approved is recorded as pending and refused for a role of registered computers, "
          "saying which computer, audited, and administrators are told once")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    PushLog adminPushes(*admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), rootDepartment(*admin));
    restrictRole(*admin, QStringLiteral("staff"));

    const client::MachineKey key = client::MachineKey::generate();
    auto c = connectAs(server, key);
    c->setMachineName(QStringLiteral("前台电脑"));
    const auto refused = loginReply(*c, QStringLiteral("rep"), kUserPassword);
    INFO(Catch::StringMaker<protocol::Reply>::convert(refused));
    CHECK(refused.error.code == ErrorCode::Forbidden);
    CHECK(refused.error.field == QStringLiteral("machine"));
    CHECK(refused.error.message.contains(key.fingerprint()));
    CHECK(refused.error.message.contains(QStringLiteral("前台电脑")));
    CHECK(refused.error.message.contains(QStringLiteral("staff")));
    CHECK(refused.error.message.contains(QStringLiteral("administrator must approve")));
    const QCborMap details = refused.error.details.value(QStringLiteral("machine")).toMap();
    CHECK(details.value(QStringLiteral("fingerprint")).toString() == key.fingerprint());
    CHECK(details.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    // The wrong password from there is just a wrong password, and says nothing of computers.
    const auto wrong = loginReply(*c, QStringLiteral("rep"), QStringLiteral("wrong-pass"));
    CHECK(wrong.error.code == ErrorCode::Unauthenticated);
    CHECK(wrong.error.field.isEmpty());

    const QCborMap machine = machineOf(*admin, key);
    REQUIRE_FALSE(machine.isEmpty());
    CHECK(machine.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    CHECK(machine.value(QStringLiteral("name")).toString() == QStringLiteral("前台电脑"));
    CHECK(machine.value(QStringLiteral("requested_at")).isString());
    CHECK(machine.value(QStringLiteral("last_user")).toMap().value(QStringLiteral("login")).toString() == QStringLiteral("rep"));
    CHECK(machine.value(QStringLiteral("approved_by")).isNull());
    CHECK(machine.value(QStringLiteral("version")).toInteger() == 1);
    // The one a login asked for comes first; the administrator's own computer, which no
    // restriction needed, is listed too but was never requested.
    const auto listed = call(*admin, QStringLiteral("machines.list"));
    REQUIRE(items(listed).size() == 2);
    CHECK(items(listed).at(0).toMap().value(QStringLiteral("fingerprint")).toString() == key.fingerprint());
    CHECK(items(listed).at(1).toMap().value(QStringLiteral("requested_at")).isNull());

    const QCborArray refusals = auditRows(*admin, QStringLiteral("auth.refused"));
    REQUIRE(refusals.size() == 1);
    const QCborMap after = refusals.at(0).toMap().value(QStringLiteral("after")).toMap();
    CHECK(after.value(QStringLiteral("reason")).toString() == refused.error.message);
    CHECK(after.value(QStringLiteral("fingerprint")).toString() == key.fingerprint());
    CHECK(after.value(QStringLiteral("machine_id")).toInteger() == machine.value(QStringLiteral("id")).toInteger());

    // The administrator hears of the request at once, and in the notification list.
    CHECK(waitFor([&] { return adminPushes.count(QStringLiteral("notification")) == 1; }, 5000));
    const auto notes = call(*admin, QStringLiteral("notifications.list"));
    REQUIRE(items(notes).size() == 1);
    const QCborMap note = items(notes).at(0).toMap();
    CHECK(note.value(QStringLiteral("kind")).toString() == QStringLiteral("machines.requested"));
    CHECK(note.value(QStringLiteral("entity")).toString() == QStringLiteral("machine"));
    CHECK(note.value(QStringLiteral("entity_id")).toInteger() == machine.value(QStringLiteral("id")).toInteger());
    CHECK(note.value(QStringLiteral("data")).toMap().value(QStringLiteral("fingerprint")).toString() == key.fingerprint());
    // Trying again is refused again, without telling the administrators twice.
    CHECK(loginReply(*c, QStringLiteral("rep"), kUserPassword).error.field == QStringLiteral("machine"));
    CHECK(items(call(*admin, QStringLiteral("notifications.list"))).size() == 1);
    CHECK(auditRows(*admin, QStringLiteral("auth.refused")).size() == 2);
}

TEST_CASE("an approved computer lets the user in, and once it is revoked the session ends at its next request "
          "and the next login is refused")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), rootDepartment(*admin));
    restrictRole(*admin, QStringLiteral("staff"));
    const client::MachineKey office = client::MachineKey::generate();
    auto first = connectAs(server, office);
    REQUIRE(loginReply(*first, QStringLiteral("rep"), kUserPassword).error.field == QStringLiteral("machine"));

    const QCborMap pending = machineOf(*admin, office);
    const auto approved = approve(*admin, pending, QStringLiteral("销售部 3 号机"));
    INFO(Catch::StringMaker<protocol::Reply>::convert(approved));
    REQUIRE(approved.ok);
    CHECK(approved.result.toMap().value(QStringLiteral("version")).toInteger() == 2);
    const QCborMap machine = machineOf(*admin, office);
    CHECK(machine.value(QStringLiteral("status")).toString() == QStringLiteral("approved"));
    CHECK(machine.value(QStringLiteral("name")).toString() == QStringLiteral("销售部 3 号机"));
    CHECK(machine.value(QStringLiteral("approved_by")).toMap().value(QStringLiteral("login")).toString() == kAdminLogin);
    CHECK(machine.value(QStringLiteral("approved_at")).isString());

    auto rep = connectAs(server, office);
    PushLog repPushes(*rep);
    REQUIRE(loginReply(*rep, QStringLiteral("rep"), kUserPassword).ok);
    CHECK(call(*rep, QStringLiteral("customers.create"),
               {{QStringLiteral("name"), QStringLiteral("已批准电脑的客户")}, {QStringLiteral("allow_duplicate"), true}})
              .ok);
    // Another computer of the same user is not approved for it.
    auto elsewhere = connectAs(server, client::MachineKey::generate());
    CHECK(loginReply(*elsewhere, QStringLiteral("rep"), kUserPassword).error.field == QStringLiteral("machine"));

    const auto revoked = call(*admin, QStringLiteral("machines.revoke"),
                              {{QStringLiteral("id"), machine.value(QStringLiteral("id"))},
                               {QStringLiteral("version"), machine.value(QStringLiteral("version"))}});
    REQUIRE(revoked.ok);
    CHECK(revoked.result.toMap().value(QStringLiteral("version")).toInteger() == 3);
    CHECK(call(*rep, QStringLiteral("auth.whoami")).error.code == ErrorCode::Unauthenticated);
    CHECK(waitFor([&] { return repPushes.count(QStringLiteral("session.ended")) == 1; }, 5000));
    auto again = connectAs(server, office);
    const auto refused = loginReply(*again, QStringLiteral("rep"), kUserPassword);
    CHECK(refused.error.field == QStringLiteral("machine"));
    CHECK(refused.error.message.contains(QStringLiteral("revoked")));
    CHECK(refused.error.details.value(QStringLiteral("machine")).toMap().value(QStringLiteral("status")).toString()
          == QStringLiteral("revoked"));
    CHECK(machineOf(*admin, office).value(QStringLiteral("status")).toString() == QStringLiteral("revoked"));
    CHECK(auditRows(*admin, QStringLiteral("machines.approve")).size() == 1);
    CHECK(auditRows(*admin, QStringLiteral("machines.revoke")).size() == 1);
}

TEST_CASE("roles without the restriction are unaffected: a user keeps them on any computer and loses only the "
          "restricted ones")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    const qint64 mixed = createUser(*admin, QStringLiteral("mixed"), QStringLiteral("staff"), root);
    REQUIRE(call(*admin, QStringLiteral("users.update"),
                 {{QStringLiteral("id"), mixed}, {QStringLiteral("roles"), QCborArray{QStringLiteral("readonly")}}})
                .ok);
    createUser(*admin, QStringLiteral("boss"), QStringLiteral("director"), root);
    restrictRole(*admin, QStringLiteral("staff"));

    // Any computer, or a client that proves none, for a role without the restriction.
    CHECK(loginReply(*connectAs(server, client::MachineKey::generate()), QStringLiteral("boss"), kUserPassword).ok);
    CHECK(loginReply(*connectAs(server, std::nullopt), QStringLiteral("boss"), kUserPassword).ok);

    // Staff is left out on a computer nobody approved; readonly stays.
    auto c = connectAs(server, client::MachineKey::generate());
    REQUIRE(loginReply(*c, QStringLiteral("mixed"), kUserPassword).ok);
    const auto whoami = call(*c, QStringLiteral("auth.whoami"));
    REQUIRE(whoami.ok);
    QStringList rights;
    for (const QCborValue &r : whoami.result.toMap().value(QStringLiteral("rights")).toArray())
        rights << r.toString();
    CHECK(rights.contains(QStringLiteral("customers.read")));
    CHECK_FALSE(rights.contains(QStringLiteral("customers.create")));
    CHECK(call(*c, QStringLiteral("customers.create"), {{QStringLiteral("name"), QStringLiteral("不该建的客户")}}).error.code
          == ErrorCode::Forbidden);
    // That still asked for the computer: approving it would give the user more.
    const QCborMap machine = machineOf(*admin, *c->machineKey());
    CHECK(machine.value(QStringLiteral("requested_at")).isString());
    CHECK(items(call(*admin, QStringLiteral("notifications.list"))).size() == 1);
}

TEST_CASE("a client that proves no computer is refused where approved computers are required")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), rootDepartment(*admin));
    restrictRole(*admin, QStringLiteral("staff"));
    auto c = connectAs(server, std::nullopt);
    const auto refused = loginReply(*c, QStringLiteral("rep"), kUserPassword);
    CHECK(refused.error.code == ErrorCode::Forbidden);
    CHECK(refused.error.field == QStringLiteral("machine"));
    CHECK(refused.error.message.contains(QStringLiteral("did not identify its computer")));
    CHECK(refused.error.details.isEmpty());
    CHECK(auditRows(*admin, QStringLiteral("auth.refused")).size() == 1);
}

TEST_CASE("a signature that is not the key's over this connection's challenge, op and login is invalid")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), rootDepartment(*admin));
    restrictRole(*admin, QStringLiteral("staff"));
    const client::MachineKey key = client::MachineKey::generate();
    {
        auto c = connectAs(server, key);
        REQUIRE(loginReply(*c, QStringLiteral("rep"), kUserPassword).error.field == QStringLiteral("machine"));
    }
    REQUIRE(approve(*admin, machineOf(*admin, key)).ok);

    auto first = connectAs(server, std::nullopt);
    auto second = connectAs(server, std::nullopt);
    auto loginWith = [](client::Connection &c, const QString &user, const QByteArray &publicKey, const QByteArray &signature) {
        return call(c, QStringLiteral("auth.login"),
                    {{QStringLiteral("user"), user},
                     {QStringLiteral("password"), kUserPassword},
                     {QStringLiteral("machine"), QStringLiteral("probe")},
                     {QStringLiteral("machine_key"), publicKey},
                     {QStringLiteral("machine_signature"), signature}});
    };
    const QByteArray signedOnFirst =
        key.sign(protocol::machineProofMessage(first->challenge(), QStringLiteral("auth.login"), QStringLiteral("rep")));

    // Seen on one connection, replayed on another: refused.
    const auto replayed = loginWith(*second, QStringLiteral("rep"), key.publicKey(), signedOnFirst);
    CHECK(replayed.error.code == ErrorCode::Invalid);
    CHECK(replayed.error.field == QStringLiteral("machine_signature"));
    // For another login, or another op: refused.
    const QByteArray forAnother =
        key.sign(protocol::machineProofMessage(second->challenge(), QStringLiteral("auth.login"), QStringLiteral("admin")));
    CHECK(loginWith(*second, QStringLiteral("rep"), key.publicKey(), forAnother).error.field == QStringLiteral("machine_signature"));
    const QByteArray forResume =
        key.sign(protocol::machineProofMessage(second->challenge(), QStringLiteral("auth.resume"), QStringLiteral("rep")));
    CHECK(loginWith(*second, QStringLiteral("rep"), key.publicKey(), forResume).error.field == QStringLiteral("machine_signature"));
    // Another key's signature, and bytes that are no signature at all.
    const client::MachineKey stranger = client::MachineKey::generate();
    CHECK(loginWith(*second, QStringLiteral("rep"), key.publicKey(),
                    stranger.sign(protocol::machineProofMessage(second->challenge(), QStringLiteral("auth.login"),
                                                                QStringLiteral("rep"))))
              .error.field
          == QStringLiteral("machine_signature"));
    CHECK(loginWith(*second, QStringLiteral("rep"), key.publicKey(), QByteArray(64, '\x5a')).error.field
          == QStringLiteral("machine_signature"));
    // A key without its signature, and the other way round.
    const auto keyOnly = call(*second, QStringLiteral("auth.login"),
                              {{QStringLiteral("user"), QStringLiteral("rep")}, {QStringLiteral("password"), kUserPassword},
                               {QStringLiteral("machine_key"), key.publicKey()}});
    CHECK(keyOnly.error.code == ErrorCode::Invalid);
    CHECK(keyOnly.error.field == QStringLiteral("machine_signature"));
    const auto signatureOnly = call(*second, QStringLiteral("auth.login"),
                                    {{QStringLiteral("user"), QStringLiteral("rep")}, {QStringLiteral("password"), kUserPassword},
                                     {QStringLiteral("machine_signature"), signedOnFirst}});
    CHECK(signatureOnly.error.field == QStringLiteral("machine_key"));
    // None of that was a login attempt the audit log or the throttle counts.
    CHECK(auditRows(*admin, QStringLiteral("auth.refused")).size() == 1);

    // On the connection it was made for, the same signature logs in.
    const auto genuine = loginWith(*first, QStringLiteral("rep"), key.publicKey(), signedOnFirst);
    INFO(Catch::StringMaker<protocol::Reply>::convert(genuine));
    CHECK(genuine.ok);
}

TEST_CASE("a session opened on a computer resumes only on that computer")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), rootDepartment(*admin));
    const client::MachineKey key = client::MachineKey::generate();
    auto c = connectAs(server, key);
    REQUIRE(loginReply(*c, QStringLiteral("rep"), kUserPassword).ok);
    const QString token = c->token();

    auto resumeOn = [&](const std::optional<client::MachineKey> &machine) {
        auto other = connectAs(server, machine);
        std::optional<protocol::Reply> reply;
        other->resume(token, [&reply](const protocol::Reply &r) { reply = r; });
        waitFor([&] { return reply.has_value(); });
        REQUIRE(reply);
        return *reply;
    };
    const auto copied = resumeOn(client::MachineKey::generate());
    CHECK(copied.error.code == ErrorCode::Unauthenticated);
    CHECK(copied.error.message.contains(QStringLiteral("another computer")));
    CHECK(resumeOn(std::nullopt).error.code == ErrorCode::Unauthenticated);
    CHECK(resumeOn(key).ok);
}

TEST_CASE("a user restricted to approved computers is refused elsewhere whatever the roles")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 boss = createUser(*admin, QStringLiteral("boss"), QStringLiteral("director"), rootDepartment(*admin));
    const auto badType = call(*admin, QStringLiteral("users.update"),
                              {{QStringLiteral("id"), boss}, {QStringLiteral("registered_machines_only"), QStringLiteral("yes")}});
    CHECK(badType.error.code == ErrorCode::Invalid);
    CHECK(badType.error.field == QStringLiteral("registered_machines_only"));
    REQUIRE(call(*admin, QStringLiteral("users.update"),
                 {{QStringLiteral("id"), boss}, {QStringLiteral("registered_machines_only"), true}})
                .ok);
    const auto user = call(*admin, QStringLiteral("users.get"), {{QStringLiteral("id"), boss}});
    CHECK(user.result.toMap().value(QStringLiteral("registered_machines_only")).toBool());
    const QCborArray changes = auditRows(*admin, QStringLiteral("users.update"));
    REQUIRE(changes.size() == 1);
    CHECK(changes.at(0).toMap().value(QStringLiteral("after")).toMap().value(QStringLiteral("registered_machines_only")).toBool());

    const client::MachineKey key = client::MachineKey::generate();
    auto c = connectAs(server, key);
    const auto refused = loginReply(*c, QStringLiteral("boss"), kUserPassword);
    CHECK(refused.error.field == QStringLiteral("machine"));
    CHECK(refused.error.message.contains(QStringLiteral("your account may log in only from approved computers")));
    REQUIRE(approve(*admin, machineOf(*admin, key)).ok);
    CHECK(loginReply(*connectAs(server, key), QStringLiteral("boss"), kUserPassword).ok);
}

TEST_CASE("machines ops validate their arguments, refuse a stale version, audit each change once and are for "
          "administrators of the whole company")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    const qint64 branch = createDepartment(*admin, QStringLiteral("上海分公司"), root);
    const auto role = call(*admin, QStringLiteral("roles.create"),
                           {{QStringLiteral("name"), QStringLiteral("分公司管理员")},
                            {QStringLiteral("modules"),
                             QCborMap{{QStringLiteral("administration"),
                                       QCborMap{{QStringLiteral("level"), QStringLiteral("editor")},
                                                {QStringLiteral("scope"), QStringLiteral("department_tree")}}}}}});
    REQUIRE(role.ok);
    createUser(*admin, QStringLiteral("branch.admin"), QStringLiteral("分公司管理员"), branch);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), root);
    const client::MachineKey key = client::MachineKey::generate();
    auto rep = connectAs(server, key);
    REQUIRE(loginReply(*rep, QStringLiteral("rep"), kUserPassword).ok);
    const QCborMap machine = machineOf(*admin, key);
    REQUIRE_FALSE(machine.isEmpty());
    const qint64 id = machine.value(QStringLiteral("id")).toInteger();

    SECTION("validation")
    {
        auto field = [&](const QString &op, const QCborMap &args) {
            const auto reply = call(*admin, op, args);
            INFO(op.toStdString() << ": " << Catch::StringMaker<protocol::Reply>::convert(reply));
            CHECK(reply.error.code == ErrorCode::Invalid);
            return reply.error.field;
        };
        CHECK(field(QStringLiteral("machines.list"), {{QStringLiteral("status"), QStringLiteral("lost")}}) == QStringLiteral("status"));
        CHECK(field(QStringLiteral("machines.approve"), {{QStringLiteral("id"), id}}) == QStringLiteral("version"));
        CHECK(field(QStringLiteral("machines.approve"), {{QStringLiteral("version"), 1}}) == QStringLiteral("id"));
        CHECK(field(QStringLiteral("machines.approve"),
                    {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("  ")}})
              == QStringLiteral("name"));
        CHECK(field(QStringLiteral("machines.rename"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}})
              == QStringLiteral("name"));
        CHECK(field(QStringLiteral("machines.rename"),
                    {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("name"), QString(101, u'机')}})
              == QStringLiteral("name"));
        CHECK(field(QStringLiteral("machines.revoke"), {{QStringLiteral("id"), -1}, {QStringLiteral("version"), 1}})
              == QStringLiteral("id"));
        CHECK(field(QStringLiteral("machines.delete"), {}) == QStringLiteral("id"));
        const auto missing = call(*admin, QStringLiteral("machines.approve"),
                                  {{QStringLiteral("id"), qint64(999999)}, {QStringLiteral("version"), 1}});
        CHECK(missing.error.code == ErrorCode::NotFound);
        CHECK(call(*admin, QStringLiteral("machines.delete"), {{QStringLiteral("id"), qint64(999999)}}).error.code
              == ErrorCode::NotFound);
        CHECK(machineOf(*admin, key).value(QStringLiteral("version")).toInteger() == 1);
        CHECK(auditRows(*admin, QStringLiteral("machines.approve")).isEmpty());
    }
    SECTION("a stale version is a conflict and changes nothing")
    {
        REQUIRE(call(*admin, QStringLiteral("machines.rename"),
                     {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("甲")}})
                    .ok);
        const auto stale = call(*admin, QStringLiteral("machines.approve"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}});
        CHECK(stale.error.code == ErrorCode::Conflict);
        CHECK(stale.error.field == QStringLiteral("version"));
        const QCborMap now = machineOf(*admin, key);
        CHECK(now.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
        CHECK(now.value(QStringLiteral("name")).toString() == QStringLiteral("甲"));
        CHECK(now.value(QStringLiteral("version")).toInteger() == 2);
        // Renaming to the same name changes nothing and writes nothing.
        const auto same = call(*admin, QStringLiteral("machines.rename"),
                               {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2}, {QStringLiteral("name"), QStringLiteral("甲")}});
        CHECK(same.result.toMap().value(QStringLiteral("version")).toInteger() == 2);
        const QCborArray renames = auditRows(*admin, QStringLiteral("machines.rename"));
        REQUIRE(renames.size() == 1);
        CHECK(renames.at(0).toMap().value(QStringLiteral("entity")).toString() == QStringLiteral("machine"));
        CHECK(renames.at(0).toMap().value(QStringLiteral("before")).toMap().value(QStringLiteral("name")).toString()
              == machine.value(QStringLiteral("name")).toString());
        CHECK(renames.at(0).toMap().value(QStringLiteral("after")).toMap().value(QStringLiteral("name")).toString() == QStringLiteral("甲"));
    }
    SECTION("deleted, the computer's sessions lose what needed it, and it comes back as a new request")
    {
        REQUIRE(approve(*admin, machine).ok);
        restrictRole(*admin, QStringLiteral("staff"));
        REQUIRE(call(*rep, QStringLiteral("auth.whoami")).ok);
        REQUIRE(call(*admin, QStringLiteral("machines.delete"), {{QStringLiteral("id"), id}}).ok);
        CHECK(machineOf(*admin, key).isEmpty());
        CHECK(call(*rep, QStringLiteral("auth.whoami")).error.code == ErrorCode::Unauthenticated);
        const QCborArray deletions = auditRows(*admin, QStringLiteral("machines.delete"));
        REQUIRE(deletions.size() == 1);
        CHECK(deletions.at(0).toMap().value(QStringLiteral("entity_id")).toInteger() == id);
        CHECK(deletions.at(0).toMap().value(QStringLiteral("before")).toMap().value(QStringLiteral("fingerprint")).toString()
              == key.fingerprint());
        CHECK(loginReply(*connectAs(server, key), QStringLiteral("rep"), kUserPassword).error.field == QStringLiteral("machine"));
        const QCborMap back = machineOf(*admin, key);
        CHECK(back.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
        CHECK(back.value(QStringLiteral("id")).toInteger() != id);
    }
    SECTION("only an administrator of the whole company")
    {
        auto branchAdmin = loginTo(server, QStringLiteral("branch.admin"), kUserPassword);
        REQUIRE(branchAdmin);
        for (const QString &op : {QStringLiteral("machines.list"), QStringLiteral("machines.approve"),
                                  QStringLiteral("machines.revoke"), QStringLiteral("machines.rename"),
                                  QStringLiteral("machines.delete")}) {
            const auto reply = call(*branchAdmin, op,
                                    {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("x")}});
            INFO(op.toStdString() << ": " << Catch::StringMaker<protocol::Reply>::convert(reply));
            CHECK(reply.error.code == ErrorCode::Forbidden);
        }
        CHECK(call(*rep, QStringLiteral("machines.list")).error.code == ErrorCode::Forbidden);
        CHECK(machineOf(*admin, key).value(QStringLiteral("version")).toInteger() == 1);
    }
}
