// Readers and editors of one customer (#5): a restricted customer disappears from
// everyone in scope but its insiders and administrators; a listed principal sees (and,
// as editor, changes) it beyond the scope; customers.access and customers.set_access.
#include "Fixtures.h"

#include <QCborArray>
#include <QDate>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

// 总部 ─ 甲部 ─ 甲部一组
//      └ 乙部 ─ 乙部一组
struct Company {
    TestServer server;
    std::unique_ptr<client::Connection> admin;
    qint64 root = 0, a = 0, a1 = 0, b = 0, b1 = 0;
    qint64 rep = 0;       // staff of 甲部: the customers' follower
    qint64 peer = 0;      // manager of 甲部: same department, scope department_tree
    qint64 boss = 0;      // director: scope all
    qint64 far = 0;       // staff of 乙部
    qint64 farEditor = 0; // staff of 乙部
    qint64 viewer = 0;    // readonly of 乙部
    qint64 farBoss = 0;   // manager of 乙部
    qint64 deep = 0;      // staff of 乙部一组
    std::map<QString, std::unique_ptr<client::Connection>> sessions;

    Company()
    {
        startOrFail(server);
        admin = loginTo(server, kAdminLogin, kAdminPassword);
        REQUIRE(admin);
        root = rootDepartment(*admin);
        a = createDepartment(*admin, QStringLiteral("甲部"), root);
        a1 = createDepartment(*admin, QStringLiteral("甲部一组"), a);
        b = createDepartment(*admin, QStringLiteral("乙部"), root);
        b1 = createDepartment(*admin, QStringLiteral("乙部一组"), b);
        rep = createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), a);
        peer = createUser(*admin, QStringLiteral("peer"), QStringLiteral("manager"), a);
        boss = createUser(*admin, QStringLiteral("boss"), QStringLiteral("director"), root);
        far = createUser(*admin, QStringLiteral("far"), QStringLiteral("staff"), b);
        farEditor = createUser(*admin, QStringLiteral("far_editor"), QStringLiteral("staff"), b);
        viewer = createUser(*admin, QStringLiteral("viewer"), QStringLiteral("readonly"), b);
        farBoss = createUser(*admin, QStringLiteral("far_boss"), QStringLiteral("manager"), b);
        deep = createUser(*admin, QStringLiteral("deep"), QStringLiteral("staff"), b1);
    }

    client::Connection &as(const QString &login)
    {
        if (login == kAdminLogin)
            return *admin;
        auto &c = sessions[login];
        if (!c)
            c = loginTo(server, login, kUserPassword);
        REQUIRE(c);
        return *c;
    }

    // A customer of the rep's, with a contact whose birthday is today.
    qint64 customer(const QString &name)
    {
        const auto created = call(as(QStringLiteral("rep")), QStringLiteral("customers.create"),
                                  {{QStringLiteral("name"), name},
                                   {QStringLiteral("province"), QStringLiteral("广东省")},
                                   {QStringLiteral("contacts"),
                                    QCborArray{QCborMap{{QStringLiteral("name"), name + QStringLiteral("联系人")},
                                                        {QStringLiteral("birthday"),
                                                         QStringLiteral("1985-") + QDate::currentDate().toString(QStringLiteral("MM-dd"))}}}}});
        INFO(Catch::StringMaker<protocol::Reply>::convert(created));
        REQUIRE(created.ok);
        return created.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    qint64 version(qint64 id)
    {
        const auto got = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}, {QStringLiteral("binned"), true}});
        REQUIRE(got.ok);
        return got.result.toMap().value(QStringLiteral("version")).toInteger();
    }

    protocol::Reply setAccess(client::Connection &c, qint64 id, const QCborArray &readers, const QCborArray &editors)
    {
        return call(c, QStringLiteral("customers.set_access"),
                    {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)},
                     {QStringLiteral("readers"), readers}, {QStringLiteral("editors"), editors}});
    }

    void restrict(qint64 id, const QCborArray &readers, const QCborArray &editors = {})
    {
        const auto set = setAccess(*admin, id, readers, editors);
        INFO(Catch::StringMaker<protocol::Reply>::convert(set));
        REQUIRE(set.ok);
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

QCborMap group(qint64 id)
{
    return {{QStringLiteral("group"), id}};
}

// "user 5 FAR, department 7 乙部一组": a list of principals as text, whichever way its
// numbers travelled (audit images come from JSON).
QString principals(const QCborValue &list)
{
    QStringList out;
    for (const QCborValue &v : list.toArray()) {
        const QCborMap p = v.toMap();
        for (const QString &kind : {QStringLiteral("user"), QStringLiteral("department"), QStringLiteral("group")})
            if (p.contains(kind))
                out.append(QStringLiteral("%1 %2 %3").arg(kind).arg(p.value(kind).toInteger()).arg(
                    p.value(QStringLiteral("name")).isNull() ? QStringLiteral("(gone)") : p.value(QStringLiteral("name")).toString()));
    }
    return out.join(QStringLiteral(", "));
}

bool contains(const protocol::Reply &reply, qint64 id, const QString &key = QStringLiteral("id"))
{
    INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray())
        if (v.toMap().value(key).toInteger() == id)
            return true;
    return false;
}

bool skipped(const protocol::Reply &reply, qint64 id)
{
    INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("skipped")).toArray().contains(QCborValue(id));
}

// What one caller finds of customer `id` named `name` through every read op.
struct Sight {
    bool get, history, access, list, filtered, search, narrowedSearch, birthdays, exported;
};

Sight sightOf(client::Connection &c, qint64 id, const QString &name)
{
    Sight s{};
    s.get = call(c, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}}).ok;
    s.history = call(c, QStringLiteral("customers.history"), {{QStringLiteral("id"), id}}).ok;
    s.access = call(c, QStringLiteral("customers.access"), {{QStringLiteral("id"), id}}).ok;
    s.list = contains(call(c, QStringLiteral("customers.list"), {{QStringLiteral("limit"), 500}}), id);
    s.filtered = contains(call(c, QStringLiteral("customers.list"),
                               {{QStringLiteral("filters"), QCborMap{{QStringLiteral("name"), name}}}}),
                          id);
    s.search = contains(call(c, QStringLiteral("customers.search"), {{QStringLiteral("query"), name}}), id);
    // A filter on an indexed column (few customers of many: the search keeps them by id).
    s.narrowedSearch = contains(call(c, QStringLiteral("customers.search"),
                                     {{QStringLiteral("query"), name},
                                      {QStringLiteral("filters"), QCborMap{{QStringLiteral("province"), QStringLiteral("广东省")}}}}),
                                id);
    s.birthdays = contains(call(c, QStringLiteral("customers.birthdays"), {{QStringLiteral("days"), 0}}), id,
                           QStringLiteral("customer_id"));
    const auto exported = call(c, QStringLiteral("customers.export"),
                               {{QStringLiteral("format"), QStringLiteral("csv")}, {QStringLiteral("ids"), QCborArray{id}}});
    if (exported.ok)
        s.exported = QString::fromUtf8(exported.result.toMap().value(QStringLiteral("data")).toByteArray()).contains(name);
    return s;
}

void checkSees(client::Connection &c, qint64 id, const QString &name, bool exportRight = true)
{
    const Sight s = sightOf(c, id, name);
    CHECK(s.get);
    CHECK(s.history);
    CHECK(s.access);
    CHECK(s.list);
    CHECK(s.filtered);
    CHECK(s.search);
    CHECK(s.narrowedSearch);
    CHECK(s.birthdays);
    CHECK(s.exported == exportRight);
}

void checkBlind(client::Connection &c, qint64 id, const QString &name)
{
    const Sight s = sightOf(c, id, name);
    CHECK_FALSE(s.get);
    CHECK_FALSE(s.history);
    CHECK_FALSE(s.access);
    CHECK_FALSE(s.list);
    CHECK_FALSE(s.filtered);
    CHECK_FALSE(s.search);
    CHECK_FALSE(s.narrowedSearch);
    CHECK_FALSE(s.birthdays);
    CHECK_FALSE(s.exported);
    // As a missing customer: the same answer, not a refusal that tells it exists.
    const auto got = call(c, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}});
    const auto missing = call(c, QStringLiteral("customers.get"), {{QStringLiteral("id"), qint64(98765432)}});
    CHECK(got.error.code == ErrorCode::NotFound);
    CHECK(got.error.message == missing.error.message);
}

} // namespace

TEST_CASE("a restricted customer is gone for a same-department manager and a director, and stays for its follower, a listed reader and the administrator")
{
    Company co;
    const QString name = QStringLiteral("保密客户甲");
    const qint64 id = co.customer(name);
    co.customer(QStringLiteral("公开客户甲"));
    // Before: the manager of 甲部 and the director see it.
    checkSees(co.as(QStringLiteral("peer")), id, name);
    checkSees(co.as(QStringLiteral("boss")), id, name);

    co.restrict(id, {user(co.far)});
    for (const QString &login : {QStringLiteral("peer"), QStringLiteral("boss")}) {
        INFO(login.toStdString());
        client::Connection &c = co.as(login);
        checkBlind(c, id, name);
        // Single-record writes answer not_found, bulk ops skip it and leave it alone.
        CHECK(call(c, QStringLiteral("customers.update"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("version"), co.version(id)}, {QStringLiteral("notes"), QStringLiteral("改")}})
                  .error.code == ErrorCode::NotFound);
        CHECK(call(c, QStringLiteral("contacts.create"), {{QStringLiteral("customer_id"), id}, {QStringLiteral("name"), QStringLiteral("某人")}})
                  .error.code == ErrorCode::NotFound);
        CHECK(call(c, QStringLiteral("customers.delete"), {{QStringLiteral("id"), id}}).error.code == ErrorCode::NotFound);
        CHECK(call(c, QStringLiteral("customers.set_access"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("version"), co.version(id)},
                    {QStringLiteral("readers"), QCborArray{}}, {QStringLiteral("editors"), QCborArray{}}})
                  .error.code == ErrorCode::NotFound);
        CHECK(skipped(call(c, QStringLiteral("customers.delete"), {{QStringLiteral("ids"), QCborArray{id}}}), id));
        CHECK(skipped(call(c, QStringLiteral("customers.bulk_update"),
                           {{QStringLiteral("ids"), QCborArray{id}}, {QStringLiteral("field"), QStringLiteral("grade")},
                            {QStringLiteral("value"), QStringLiteral("a")}}),
                      id));
        CHECK(skipped(call(c, QStringLiteral("customers.assign"),
                           {{QStringLiteral("ids"), QCborArray{id}}, {QStringLiteral("to"), QCborArray{co.peer}}}),
                      id));
        CHECK(skipped(call(c, QStringLiteral("customers.recall"), {{QStringLiteral("ids"), QCborArray{id}}}), id));
        // Selected by a filter, it is not among the customers changed either.
        const auto byFollower = call(c, QStringLiteral("customers.assign"),
                                     {{QStringLiteral("by"), QCborMap{{QStringLiteral("follower"), co.rep}}},
                                      {QStringLiteral("to"), QCborArray{co.peer}},
                                      {QStringLiteral("mode"), QStringLiteral("add")}});
        REQUIRE(byFollower.ok);
        const auto exportAll = call(c, QStringLiteral("customers.export"), {{QStringLiteral("format"), QStringLiteral("csv")}});
        REQUIRE(exportAll.ok);
        const QString csv = QString::fromUtf8(exportAll.result.toMap().value(QStringLiteral("data")).toByteArray());
        CHECK_FALSE(csv.contains(name));
        CHECK(csv.contains(QStringLiteral("公开客户甲")));
        // Duplicate detection still counts it, without its id, name or follower.
        const auto duplicates = call(c, QStringLiteral("customers.duplicates"), {{QStringLiteral("name"), name}});
        REQUIRE(duplicates.ok);
        const QCborArray items = duplicates.result.toMap().value(QStringLiteral("items")).toArray();
        REQUIRE(items.size() == 1);
        const QCborMap hit = items.at(0).toMap();
        CHECK(hit.value(QStringLiteral("visible")).toBool() == false);
        CHECK(hit.value(QStringLiteral("restricted")).toBool());
        CHECK_FALSE(hit.contains(QStringLiteral("id")));
        CHECK_FALSE(hit.contains(QStringLiteral("name")));
        CHECK_FALSE(hit.contains(QStringLiteral("owner_name")));
        const auto create = call(c, QStringLiteral("customers.create"), {{QStringLiteral("name"), name}});
        CHECK(create.error.code == ErrorCode::Conflict);
        CHECK(QCborValue(create.error.details).toDiagnosticNotation().contains(QStringLiteral("REP")) == false);
    }
    // Nothing the two tried changed it.
    const QCborMap after = call(*co.admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}}).result.toMap();
    CHECK(after.value(QStringLiteral("owner_id")).toInteger() == co.rep);
    CHECK(after.value(QStringLiteral("grade")).toString().isEmpty());
    CHECK(after.value(QStringLiteral("followers")).toArray().isEmpty());
    CHECK(after.value(QStringLiteral("contacts")).toArray().size() == 1);

    // Its follower, the listed reader (another department, scope own) and the administrator keep it.
    checkSees(co.as(QStringLiteral("rep")), id, name);
    checkSees(co.as(QStringLiteral("far")), id, name);
    checkSees(*co.admin, id, name);
    // The colleague of the reader, in the same department but not listed, does not.
    checkBlind(co.as(QStringLiteral("far_editor")), id, name);

    // Lifting the restriction gives it back to the scope.
    co.restrict(id, {});
    checkSees(co.as(QStringLiteral("peer")), id, name);
    checkSees(co.as(QStringLiteral("boss")), id, name);
    checkBlind(co.as(QStringLiteral("far")), id, name);
}

TEST_CASE("a restricted customer is seen by a listed department's whole tree, a listed group's members, its creator and followers")
{
    Company co;
    const QString name = QStringLiteral("保密客户乙");
    const qint64 id = co.customer(name);
    const auto made = call(*co.admin, QStringLiteral("groups.create"),
                           {{QStringLiteral("name"), QStringLiteral("华东项目组")}, {QStringLiteral("members"), QCborArray{co.peer}}});
    REQUIRE(made.ok);
    const qint64 team = made.result.toMap().value(QStringLiteral("id")).toInteger();
    // A role whose scope is its own department (no built-in role has that scope).
    REQUIRE(call(*co.admin, QStringLiteral("roles.create"),
                 {{QStringLiteral("name"), QStringLiteral("部门只读")},
                  {QStringLiteral("modules"),
                   QCborMap{{QStringLiteral("customers"), QCborMap{{QStringLiteral("level"), QStringLiteral("reader")},
                                                                   {QStringLiteral("scope"), QStringLiteral("department")}}}}}})
                .ok);
    createUser(*co.admin, QStringLiteral("dept_viewer"), QStringLiteral("部门只读"), co.b1);
    co.restrict(id, {department(co.b), group(team)});
    // 乙部 and the department below it.
    checkSees(co.as(QStringLiteral("far")), id, name);
    checkSees(co.as(QStringLiteral("deep")), id, name);
    checkSees(co.as(QStringLiteral("viewer")), id, name, false);
    checkSees(co.as(QStringLiteral("dept_viewer")), id, name, false);
    // The manager of 甲部, through the group; the director is not listed.
    checkSees(co.as(QStringLiteral("peer")), id, name);
    checkBlind(co.as(QStringLiteral("boss")), id, name);

    // Its creator, here the manager of 甲部 who made it for the rep, is an insider
    // within their scope, and so is an extra follower.
    const QString made2 = QStringLiteral("保密客户丁");
    const auto created = call(co.as(QStringLiteral("peer")), QStringLiteral("customers.create"),
                              {{QStringLiteral("name"), made2}, {QStringLiteral("owner_id"), co.rep}});
    REQUIRE(created.ok);
    const qint64 byPeer = created.result.toMap().value(QStringLiteral("id")).toInteger();
    co.restrict(byPeer, {user(co.far)});
    CHECK(call(co.as(QStringLiteral("peer")), QStringLiteral("customers.get"), {{QStringLiteral("id"), byPeer}}).ok);
    CHECK(call(co.as(QStringLiteral("rep")), QStringLiteral("customers.get"), {{QStringLiteral("id"), byPeer}}).ok);
    CHECK_FALSE(call(co.as(QStringLiteral("boss")), QStringLiteral("customers.get"), {{QStringLiteral("id"), byPeer}}).ok);
    REQUIRE(call(*co.admin, QStringLiteral("customers.assign"),
                 {{QStringLiteral("ids"), QCborArray{byPeer}}, {QStringLiteral("to"), QCborArray{co.boss}},
                  {QStringLiteral("mode"), QStringLiteral("add")}})
                .ok);
    CHECK(call(co.as(QStringLiteral("boss")), QStringLiteral("customers.get"), {{QStringLiteral("id"), byPeer}}).ok);

    // A deleted group stays listed, matching nobody: the customer stays restricted.
    const qint64 other = co.customer(QStringLiteral("保密客户丙"));
    co.restrict(other, {group(team)});
    REQUIRE(call(*co.admin, QStringLiteral("groups.delete"), {{QStringLiteral("id"), team}}).ok);
    checkBlind(co.as(QStringLiteral("peer")), other, QStringLiteral("保密客户丙"));
    checkBlind(co.as(QStringLiteral("boss")), other, QStringLiteral("保密客户丙"));
    const auto access = call(*co.admin, QStringLiteral("customers.access"), {{QStringLiteral("id"), other}});
    REQUIRE(access.ok);
    const QCborArray readers = access.result.toMap().value(QStringLiteral("readers")).toArray();
    CHECK(principals(readers) == QStringLiteral("group %1 (gone)").arg(team));
    // It may stay when the lists are saved again, but not be added anew.
    CHECK(co.setAccess(*co.admin, other, {group(team)}, {user(co.far)}).ok);
    const auto readded = co.setAccess(*co.admin, byPeer, {user(co.far)}, {group(team)});
    CHECK(readded.error.code == ErrorCode::Invalid);
    CHECK(readded.error.field == QStringLiteral("editors.0"));
}

TEST_CASE("a listed editor changes a customer outside their scope, and neither a listed reader nor a reader-level editor does")
{
    Company co;
    const QString name = QStringLiteral("共享客户甲");
    const qint64 id = co.customer(name);
    REQUIRE(co.setAccess(co.as(QStringLiteral("rep")), id, {user(co.farBoss)}, {user(co.farEditor), user(co.viewer)}).ok);

    // An author of another department, scope own, listed as editor.
    client::Connection &editor = co.as(QStringLiteral("far_editor"));
    checkSees(editor, id, name);
    auto updated = call(editor, QStringLiteral("customers.update"),
                        {{QStringLiteral("id"), id}, {QStringLiteral("version"), co.version(id)}, {QStringLiteral("notes"), QStringLiteral("乙部改的")}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(updated));
    CHECK(updated.ok);
    CHECK(call(editor, QStringLiteral("contacts.create"), {{QStringLiteral("customer_id"), id}, {QStringLiteral("name"), QStringLiteral("乙部联系人")}}).ok);
    CHECK_FALSE(skipped(call(editor, QStringLiteral("customers.bulk_update"),
                             {{QStringLiteral("ids"), QCborArray{id}}, {QStringLiteral("field"), QStringLiteral("grade")},
                              {QStringLiteral("value"), QStringLiteral("b")}}),
                        id));
    const QCborMap now = call(*co.admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}}).result.toMap();
    CHECK(now.value(QStringLiteral("notes")).toString() == QStringLiteral("乙部改的"));
    CHECK(now.value(QStringLiteral("grade")).toString() == QStringLiteral("b"));
    CHECK(now.value(QStringLiteral("contacts")).toArray().size() == 2);
    // Editing is not sharing: the lists stay the follower's.
    const auto reshare = co.setAccess(editor, id, {}, {user(co.farEditor), user(co.far)});
    CHECK(reshare.error.code == ErrorCode::Forbidden);
    CHECK(reshare.error.field == QStringLiteral("id"));
    const auto access = call(editor, QStringLiteral("customers.access"), {{QStringLiteral("id"), id}});
    REQUIRE(access.ok);
    CHECK(access.result.toMap().value(QStringLiteral("can_change")).toBool() == false);

    // A read-only user listed as editor reads it, and changes nothing.
    client::Connection &viewer = co.as(QStringLiteral("viewer"));
    checkSees(viewer, id, name, false);
    CHECK(call(viewer, QStringLiteral("customers.update"),
               {{QStringLiteral("id"), id}, {QStringLiteral("version"), co.version(id)}, {QStringLiteral("notes"), QStringLiteral("只读的人改的")}})
              .error.code == ErrorCode::Forbidden);

    // A manager of another department listed as reader sees it but may not change it
    // (outside the scope, not an editor), nor give it away.
    client::Connection &farBoss = co.as(QStringLiteral("far_boss"));
    checkSees(farBoss, id, name);
    const auto denied = call(farBoss, QStringLiteral("customers.update"),
                             {{QStringLiteral("id"), id}, {QStringLiteral("version"), co.version(id)}, {QStringLiteral("notes"), QStringLiteral("乙部经理改的")}});
    CHECK(denied.error.code == ErrorCode::Forbidden);
    CHECK(skipped(call(farBoss, QStringLiteral("customers.bulk_update"),
                       {{QStringLiteral("ids"), QCborArray{id}}, {QStringLiteral("field"), QStringLiteral("grade")},
                        {QStringLiteral("value"), QStringLiteral("c")}}),
                  id));
    CHECK(skipped(call(farBoss, QStringLiteral("customers.assign"),
                       {{QStringLiteral("ids"), QCborArray{id}}, {QStringLiteral("to"), QCborArray{co.farBoss}}}),
                  id));
    CHECK(call(farBoss, QStringLiteral("customers.delete"), {{QStringLiteral("id"), id}}).error.code == ErrorCode::Forbidden);

    // Staff of the same department as the editor, not listed: nothing.
    checkBlind(co.as(QStringLiteral("far")), id, name);
    CHECK(call(co.as(QStringLiteral("far")), QStringLiteral("customers.update"),
               {{QStringLiteral("id"), id}, {QStringLiteral("version"), co.version(id)}, {QStringLiteral("notes"), QStringLiteral("x")}})
              .error.code == ErrorCode::NotFound);

    // The listed editor may move it to the bin and take it out again, as an author their own.
    CHECK(call(editor, QStringLiteral("customers.delete"), {{QStringLiteral("id"), id}}).ok);
    CHECK(call(editor, QStringLiteral("customers.restore"), {{QStringLiteral("id"), id}}).ok);
    // Taken off the list, the editor loses it.
    REQUIRE(co.setAccess(co.as(QStringLiteral("rep")), id, {}, {}).ok);
    checkBlind(editor, id, name);
}

TEST_CASE("customers.set_access checks its principals, writes one audit row with before and after, and moves the version")
{
    Company co;
    const qint64 id = co.customer(QStringLiteral("审计客户甲"));
    client::Connection &rep = co.as(QStringLiteral("rep"));
    const qint64 v1 = co.version(id);
    auto set = [&](const QCborMap &args) {
        QCborMap full{{QStringLiteral("id"), id}, {QStringLiteral("version"), v1},
                      {QStringLiteral("readers"), QCborArray{}}, {QStringLiteral("editors"), QCborArray{}}};
        for (auto it = args.constBegin(); it != args.constEnd(); ++it)
            full.insert(it.key(), it.value());
        return call(rep, QStringLiteral("customers.set_access"), full);
    };
    auto invalid = [&](const QCborMap &args, const QString &field) {
        const auto reply = set(args);
        INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
        CHECK(reply.error.code == ErrorCode::Invalid);
        CHECK(reply.error.field == field);
    };
    const auto disabled = call(*co.admin, QStringLiteral("users.disable"), {{QStringLiteral("id"), co.deep}});
    REQUIRE(disabled.ok);
    invalid({{QStringLiteral("readers"), QStringLiteral("everyone")}}, QStringLiteral("readers"));
    invalid({{QStringLiteral("editors"), QCborMap{}}}, QStringLiteral("editors"));
    invalid({{QStringLiteral("readers"), QCborArray{user(co.far), user(987654)}}}, QStringLiteral("readers.1"));
    invalid({{QStringLiteral("readers"), QCborArray{department(987654)}}}, QStringLiteral("readers.0"));
    invalid({{QStringLiteral("editors"), QCborArray{user(co.far), group(987654)}}}, QStringLiteral("editors.1"));
    invalid({{QStringLiteral("editors"), QCborArray{user(co.deep)}}}, QStringLiteral("editors.0")); // disabled
    invalid({{QStringLiteral("readers"), QCborArray{QCborMap{{QStringLiteral("user"), co.far}, {QStringLiteral("group"), 1}}}}},
            QStringLiteral("readers.0"));
    invalid({{QStringLiteral("readers"), QCborArray{QCborMap{{QStringLiteral("role"), 1}}}}}, QStringLiteral("readers.0"));
    invalid({{QStringLiteral("readers"), QCborArray{QCborMap{{QStringLiteral("user"), QStringLiteral("far")}}}}},
            QStringLiteral("readers.0"));
    invalid({{QStringLiteral("readers"), QCborArray{user(0)}}}, QStringLiteral("readers.0"));
    invalid({{QStringLiteral("readers"), QCborArray{QStringLiteral("far")}}}, QStringLiteral("readers.0"));
    QCborArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(user(co.far));
    invalid({{QStringLiteral("readers"), tooMany}}, QStringLiteral("readers"));
    QCborMap noVersion{{QStringLiteral("id"), id}, {QStringLiteral("readers"), QCborArray{}}, {QStringLiteral("editors"), QCborArray{}}};
    CHECK(call(rep, QStringLiteral("customers.set_access"), noVersion).error.field == QStringLiteral("version"));
    QCborMap noReaders{{QStringLiteral("id"), id}, {QStringLiteral("version"), v1}, {QStringLiteral("editors"), QCborArray{}}};
    CHECK(call(rep, QStringLiteral("customers.set_access"), noReaders).error.field == QStringLiteral("readers"));
    // Nothing of that was written.
    CHECK(co.version(id) == v1);
    auto auditRows = [&] {
        const auto rows = call(*co.admin, QStringLiteral("audit.list"),
                               {{QStringLiteral("entity"), QStringLiteral("customer")}, {QStringLiteral("entity_id"), id},
                                {QStringLiteral("op"), QStringLiteral("customers.set_access")}});
        REQUIRE(rows.ok);
        return rows.result.toMap().value(QStringLiteral("items")).toArray();
    };
    CHECK(auditRows().isEmpty());

    // A principal sent twice counts once; a name beside the id is ignored.
    const auto done = set({{QStringLiteral("readers"),
                            QCborArray{user(co.far), QCborMap{{QStringLiteral("user"), co.far}, {QStringLiteral("name"), QStringLiteral("随便")}},
                                       department(co.b1)}},
                           {QStringLiteral("editors"), QCborArray{user(co.farEditor)}}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(done));
    REQUIRE(done.ok);
    const qint64 v2 = done.result.toMap().value(QStringLiteral("version")).toInteger();
    CHECK(v2 == v1 + 1);
    CHECK(co.version(id) == v2);
    const QCborArray rows = auditRows();
    REQUIRE(rows.size() == 1);
    const QCborMap row = rows.at(0).toMap();
    CHECK(row.value(QStringLiteral("user_id")).toInteger() == co.rep);
    const QCborMap before = row.value(QStringLiteral("before")).toMap();
    const QCborMap after = row.value(QStringLiteral("after")).toMap();
    CHECK_FALSE(before.contains(QStringLiteral("readers")));
    CHECK(before.value(QStringLiteral("version")).toInteger() == v1);
    CHECK(after.value(QStringLiteral("version")).toInteger() == v2);
    CHECK(principals(after.value(QStringLiteral("readers")))
          == QStringLiteral("user %1 FAR, department %2 乙部一组").arg(co.far).arg(co.b1));
    CHECK(principals(after.value(QStringLiteral("editors"))) == QStringLiteral("user %1 FAR_EDITOR").arg(co.farEditor));
    // The customer's own history shows it too, to whoever sees the customer.
    const auto history = call(rep, QStringLiteral("customers.history"), {{QStringLiteral("id"), id}});
    REQUIRE(history.ok);
    CHECK(history.result.toMap().value(QStringLiteral("items")).toArray().at(0).toMap().value(QStringLiteral("op")).toString()
          == QStringLiteral("customers.set_access"));

    // What customers.access shows, and to whom it may change.
    const auto shown = call(co.as(QStringLiteral("far")), QStringLiteral("customers.access"), {{QStringLiteral("id"), id}});
    REQUIRE(shown.ok);
    const QCborMap lists = shown.result.toMap();
    CHECK(principals(lists.value(QStringLiteral("readers"))) == principals(after.value(QStringLiteral("readers"))));
    CHECK(principals(lists.value(QStringLiteral("editors"))) == principals(after.value(QStringLiteral("editors"))));
    CHECK(lists.value(QStringLiteral("version")).toInteger() == v2);
    CHECK(lists.value(QStringLiteral("can_change")).toBool() == false);
    CHECK(call(rep, QStringLiteral("customers.access"), {{QStringLiteral("id"), id}}).result.toMap().value(QStringLiteral("can_change")).toBool());

    // A form read before the change cannot save over it.
    const auto stale = call(rep, QStringLiteral("customers.update"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("version"), v1}, {QStringLiteral("notes"), QStringLiteral("旧版本")}});
    CHECK(stale.error.code == ErrorCode::Conflict);
    CHECK(stale.error.field == QStringLiteral("version"));
    // Nor can a second set_access made against the old version.
    const auto staleAccess = set({{QStringLiteral("readers"), QCborArray{}}});
    CHECK(staleAccess.error.code == ErrorCode::Conflict);
    CHECK(staleAccess.error.field == QStringLiteral("version"));

    // The same lists again (any order): nothing written, the version stays.
    const auto same = call(rep, QStringLiteral("customers.set_access"),
                           {{QStringLiteral("id"), id}, {QStringLiteral("version"), v2},
                            {QStringLiteral("readers"), QCborArray{department(co.b1), user(co.far)}},
                            {QStringLiteral("editors"), QCborArray{user(co.farEditor)}}});
    REQUIRE(same.ok);
    CHECK(same.result.toMap().value(QStringLiteral("version")).toInteger() == v2);
    CHECK(auditRows().size() == 1);

    // A restore of an earlier version leaves the lists alone: they change with set_access only.
    const auto restored = call(rep, QStringLiteral("customers.restore_version"),
                               {{QStringLiteral("id"), id},
                                {QStringLiteral("audit_id"), history.result.toMap().value(QStringLiteral("items")).toArray().last().toMap().value(QStringLiteral("audit_id"))},
                                {QStringLiteral("version"), v2}});
    REQUIRE(restored.ok);
    CHECK(call(rep, QStringLiteral("customers.access"), {{QStringLiteral("id"), id}}).result.toMap().value(QStringLiteral("readers")).toArray().size() == 2);

    // Who may change the lists: the follower (above), an editor of the scope; not a
    // staff colleague, not a reader, not a binned customer.
    const qint64 open = co.customer(QStringLiteral("审计客户乙"));
    CHECK(co.setAccess(co.as(QStringLiteral("peer")), open, {}, {user(co.far)}).ok);
    CHECK(co.setAccess(co.as(QStringLiteral("viewer")), open, {}, {}).error.code == ErrorCode::Forbidden);
    CHECK(co.setAccess(co.as(QStringLiteral("far")), open, {}, {}).error.code == ErrorCode::Forbidden); // a listed editor
    CHECK(co.setAccess(co.as(QStringLiteral("far_editor")), open, {}, {}).error.code == ErrorCode::NotFound);
    REQUIRE(call(rep, QStringLiteral("customers.delete"), {{QStringLiteral("id"), open}}).ok);
    CHECK(co.setAccess(rep, open, {}, {}).error.code == ErrorCode::NotFound);
    CHECK(call(rep, QStringLiteral("customers.access"), {{QStringLiteral("id"), open}}).result.toMap().value(QStringLiteral("can_change")).toBool() == false);

    // A director who restricts a customer without being its insider no longer sees it.
    const qint64 third = co.customer(QStringLiteral("审计客户丙"));
    client::Connection &boss = co.as(QStringLiteral("boss"));
    REQUIRE(co.setAccess(boss, third, {user(co.far)}, {}).ok);
    CHECK(call(boss, QStringLiteral("customers.get"), {{QStringLiteral("id"), third}}).error.code == ErrorCode::NotFound);
}
