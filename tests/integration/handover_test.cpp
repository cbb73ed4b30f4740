// users.disable hands over the user's place among the readers and editors of customers
// (#5): the successor is listed instead, once, in the same transaction, with one audit
// row per customer; a user who is only listed needs a successor too.
#include "Fixtures.h"

#include <QCborArray>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

// 总部 ─ 甲部 (rep: follows the customers; leaver: listed on them)
//      └ 乙部 (heir: the successor; bystander)
struct Office {
    TestServer server;
    std::unique_ptr<client::Connection> admin;
    qint64 root = 0, a = 0, b = 0;
    qint64 rep = 0, leaver = 0, heir = 0, bystander = 0;

    Office()
    {
        startOrFail(server);
        admin = loginTo(server, kAdminLogin, kAdminPassword);
        REQUIRE(admin);
        root = rootDepartment(*admin);
        a = createDepartment(*admin, QStringLiteral("甲部"), root);
        b = createDepartment(*admin, QStringLiteral("乙部"), root);
        rep = createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), a);
        leaver = createUser(*admin, QStringLiteral("leaver"), QStringLiteral("staff"), a);
        heir = createUser(*admin, QStringLiteral("heir"), QStringLiteral("staff"), b);
        bystander = createUser(*admin, QStringLiteral("bystander"), QStringLiteral("manager"), a);
    }

    qint64 customer(const QString &name, qint64 owner)
    {
        const auto made = call(*admin, QStringLiteral("customers.create"),
                               {{QStringLiteral("name"), name}, {QStringLiteral("owner_id"), owner}});
        INFO(Catch::StringMaker<protocol::Reply>::convert(made));
        REQUIRE(made.ok);
        return made.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    QCborMap access(qint64 id)
    {
        const auto reply = call(*admin, QStringLiteral("customers.access"), {{QStringLiteral("id"), id}});
        INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
        REQUIRE(reply.ok);
        return reply.result.toMap();
    }

    void setAccess(qint64 id, const QCborArray &readers, const QCborArray &editors)
    {
        const auto set = call(*admin, QStringLiteral("customers.set_access"),
                              {{QStringLiteral("id"), id}, {QStringLiteral("version"), access(id).value(QStringLiteral("version"))},
                               {QStringLiteral("readers"), readers}, {QStringLiteral("editors"), editors}});
        INFO(Catch::StringMaker<protocol::Reply>::convert(set));
        REQUIRE(set.ok);
    }

    QCborArray auditRows(qint64 id, const QString &op)
    {
        const auto rows = call(*admin, QStringLiteral("audit.list"),
                               {{QStringLiteral("entity"), QStringLiteral("customer")}, {QStringLiteral("entity_id"), id},
                                {QStringLiteral("op"), op}});
        REQUIRE(rows.ok);
        return rows.result.toMap().value(QStringLiteral("items")).toArray();
    }

    bool disabled(qint64 id)
    {
        const auto got = call(*admin, QStringLiteral("users.get"), {{QStringLiteral("id"), id}});
        REQUIRE(got.ok);
        return got.result.toMap().value(QStringLiteral("disabled")).toBool();
    }
};

QCborMap user(qint64 id)
{
    return {{QStringLiteral("user"), id}};
}

QCborMap department(qint64 id)
{
    return {{QStringLiteral("department"), id}};
}

// "user 5, department 7": the principals of a list, whichever way their numbers
// travelled (audit images come from JSON).
QString principals(const QCborValue &list)
{
    QStringList out;
    for (const QCborValue &v : list.toArray()) {
        const QCborMap p = v.toMap();
        for (const QString &kind : {QStringLiteral("user"), QStringLiteral("department"), QStringLiteral("group")})
            if (p.contains(kind))
                out.append(QStringLiteral("%1 %2").arg(kind).arg(p.value(kind).toInteger()));
    }
    return out.join(QStringLiteral(", "));
}

QString users(std::initializer_list<qint64> ids)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(QStringLiteral("user %1").arg(id));
    return out.join(QStringLiteral(", "));
}

} // namespace

TEST_CASE("users.disable needs a successor for a user who is only listed as reader or editor, and writes nothing without one")
{
    Office o;
    const qint64 id = o.customer(QStringLiteral("只列名的客户"), o.rep);
    o.setAccess(id, QCborArray{user(o.leaver)}, QCborArray{});
    const qint64 version = o.access(id).value(QStringLiteral("version")).toInteger();

    const auto refused = call(*o.admin, QStringLiteral("users.disable"), {{QStringLiteral("id"), o.leaver}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(refused));
    CHECK(refused.error.code == ErrorCode::Invalid);
    CHECK(refused.error.field == QStringLiteral("successor_id"));
    CHECK_FALSE(o.disabled(o.leaver));
    CHECK(principals(o.access(id).value(QStringLiteral("readers"))) == users({o.leaver}));
    CHECK(o.access(id).value(QStringLiteral("version")).toInteger() == version);
    CHECK(o.auditRows(id, QStringLiteral("users.disable")).isEmpty());

    // A user neither following nor listed still needs none.
    const auto plain = call(*o.admin, QStringLiteral("users.disable"), {{QStringLiteral("id"), o.bystander}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(plain));
    REQUIRE(plain.ok);
    CHECK(plain.result.toMap().value(QStringLiteral("handed_over")).toInteger() == 0);
    CHECK(plain.result.toMap().value(QStringLiteral("access_handed_over")).toInteger() == 0);
}

TEST_CASE("users.disable lists the successor instead of the user, once, with one audit row per customer showing before and after")
{
    Office o;
    // Restricted to the leaver alone (and editable by 丙部, where nobody works).
    const qint64 c = createDepartment(*o.admin, QStringLiteral("丙部"), o.root);
    const qint64 restricted = o.customer(QStringLiteral("只给离职者看的客户"), o.rep);
    o.setAccess(restricted, QCborArray{user(o.leaver)}, QCborArray{user(o.leaver), department(c)});
    // The successor is listed already, beside the leaver.
    const qint64 shared = o.customer(QStringLiteral("两人都列名的客户"), o.rep);
    o.setAccess(shared, QCborArray{user(o.heir), user(o.leaver)}, QCborArray{user(o.leaver), user(o.heir)});
    // Owned by the leaver and listing the leaver: handed over whole, in one audit row.
    const qint64 owned = o.customer(QStringLiteral("离职者自己的客户"), o.leaver);
    o.setAccess(owned, QCborArray{user(o.leaver), user(o.rep)}, QCborArray{});
    // Listing someone else: untouched.
    const qint64 other = o.customer(QStringLiteral("与离职者无关的客户"), o.rep);
    o.setAccess(other, QCborArray{user(o.rep)}, QCborArray{});

    const auto accessBefore = [&] {
        QHash<qint64, QCborMap> out;
        for (qint64 id : {restricted, shared, owned, other})
            out.insert(id, o.access(id));
        return out;
    }();

    // The successor cannot see the restricted customer before.
    auto heir = loginTo(o.server, QStringLiteral("heir"), kUserPassword);
    REQUIRE(heir);
    CHECK(call(*heir, QStringLiteral("customers.get"), {{QStringLiteral("id"), restricted}}).error.code == ErrorCode::NotFound);

    const auto done = call(*o.admin, QStringLiteral("users.disable"),
                           {{QStringLiteral("id"), o.leaver}, {QStringLiteral("successor_id"), o.heir}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(done));
    REQUIRE(done.ok);
    CHECK(done.result.toMap().value(QStringLiteral("handed_over")).toInteger() == 1);
    CHECK(done.result.toMap().value(QStringLiteral("access_handed_over")).toInteger() == 3);
    CHECK(done.result.toMap().value(QStringLiteral("successor_id")).toInteger() == o.heir);
    CHECK(o.disabled(o.leaver));

    const QCborMap r = o.access(restricted);
    CHECK(principals(r.value(QStringLiteral("readers"))) == users({o.heir}));
    CHECK(principals(r.value(QStringLiteral("editors"))) == users({o.heir}) + QStringLiteral(", department %1").arg(c));
    const QCborMap s = o.access(shared);
    CHECK(principals(s.value(QStringLiteral("readers"))) == users({o.heir}));
    CHECK(principals(s.value(QStringLiteral("editors"))) == users({o.heir}));
    const QCborMap w = o.access(owned);
    CHECK(principals(w.value(QStringLiteral("readers"))).split(QStringLiteral(", ")).size() == 2);
    CHECK(principals(w.value(QStringLiteral("readers"))).contains(QStringLiteral("user %1").arg(o.heir)));
    CHECK(principals(w.value(QStringLiteral("readers"))).contains(QStringLiteral("user %1").arg(o.rep)));
    CHECK(principals(o.access(other).value(QStringLiteral("readers"))) == users({o.rep}));

    // Every changed customer has a new version; the untouched one keeps its own.
    for (qint64 id : {restricted, shared, owned})
        CHECK(o.access(id).value(QStringLiteral("version")).toInteger()
              == accessBefore.value(id).value(QStringLiteral("version")).toInteger() + 1);
    CHECK(o.access(other).value(QStringLiteral("version")) == accessBefore.value(other).value(QStringLiteral("version")));
    CHECK(o.auditRows(other, QStringLiteral("users.disable")).isEmpty());

    // One audit row each, the lists before and after, as customers.set_access writes them.
    for (qint64 id : {restricted, shared, owned}) {
        INFO("customer " << id);
        const QCborArray rows = o.auditRows(id, QStringLiteral("users.disable"));
        REQUIRE(rows.size() == 1);
        const QCborMap before = rows.at(0).toMap().value(QStringLiteral("before")).toMap();
        const QCborMap after = rows.at(0).toMap().value(QStringLiteral("after")).toMap();
        CHECK(principals(before.value(QStringLiteral("readers"))) == principals(accessBefore.value(id).value(QStringLiteral("readers"))));
        CHECK(principals(before.value(QStringLiteral("editors"))) == principals(accessBefore.value(id).value(QStringLiteral("editors"))));
        CHECK(principals(after.value(QStringLiteral("readers"))) == principals(o.access(id).value(QStringLiteral("readers"))));
        CHECK(principals(after.value(QStringLiteral("editors"))) == principals(o.access(id).value(QStringLiteral("editors"))));
        CHECK(after.value(QStringLiteral("version")).toInteger() == before.value(QStringLiteral("version")).toInteger() + 1);
    }
    const QCborMap ownedAfter = o.auditRows(owned, QStringLiteral("users.disable")).at(0).toMap().value(QStringLiteral("after")).toMap();
    CHECK(ownedAfter.value(QStringLiteral("owner_id")).toInteger() == o.heir);

    // The restricted customer stays visible: to the successor, now listed, and as
    // before to its follower; still not to a same-department manager.
    CHECK(call(*heir, QStringLiteral("customers.get"), {{QStringLiteral("id"), restricted}}).ok);
    auto rep = loginTo(o.server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(rep);
    CHECK(call(*rep, QStringLiteral("customers.get"), {{QStringLiteral("id"), restricted}}).ok);
    auto manager = loginTo(o.server, QStringLiteral("bystander"), kUserPassword);
    REQUIRE(manager);
    CHECK(call(*manager, QStringLiteral("customers.get"), {{QStringLiteral("id"), restricted}}).error.code
          == ErrorCode::NotFound);
    // And the successor edits it as a listed editor.
    const auto got = call(*heir, QStringLiteral("customers.get"), {{QStringLiteral("id"), restricted}});
    REQUIRE(got.ok);
    const auto edited = call(*heir, QStringLiteral("customers.update"),
                             {{QStringLiteral("id"), restricted},
                              {QStringLiteral("version"), got.result.toMap().value(QStringLiteral("version"))},
                              {QStringLiteral("next_action"), QStringLiteral("接手后回访")}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(edited));
    CHECK(edited.ok);
}
