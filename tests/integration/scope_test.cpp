// Data scope: a manager sees the own department tree, staff only themselves, and
// records outside the scope answer not_found like missing ones.
#include "Fixtures.h"

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {
struct Company {
    qint64 root, sales, east, finance;
    qint64 manager, rep, accountant, viewer, director;
};

Company buildCompany(client::Connection &admin)
{
    Company c{};
    c.root = rootDepartment(admin);
    c.sales = createDepartment(admin, QStringLiteral("销售部"), c.root);
    c.east = createDepartment(admin, QStringLiteral("华东区"), c.sales);
    c.finance = createDepartment(admin, QStringLiteral("财务部"), c.root);
    c.manager = createUser(admin, QStringLiteral("mgr"), QStringLiteral("manager"), c.sales);
    c.rep = createUser(admin, QStringLiteral("rep"), QStringLiteral("staff"), c.east);
    c.accountant = createUser(admin, QStringLiteral("acct"), QStringLiteral("staff"), c.finance);
    c.viewer = createUser(admin, QStringLiteral("viewer"), QStringLiteral("readonly"), c.sales);
    c.director = createUser(admin, QStringLiteral("boss"), QStringLiteral("director"), c.root);
    return c;
}

QSet<qint64> idSet(const protocol::Reply &reply)
{
    REQUIRE(reply.ok);
    const auto ids = itemIds(reply);
    return QSet<qint64>(ids.begin(), ids.end());
}
} // namespace

TEST_CASE("a manager sees the own department and those below it, nothing else")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Company co = buildCompany(*admin);
    auto mgr = loginTo(server, QStringLiteral("mgr"), kUserPassword);
    REQUIRE(mgr);
    CHECK(idSet(call(*mgr, QStringLiteral("departments.list"))) == QSet<qint64>{co.sales, co.east});
    CHECK(idSet(call(*mgr, QStringLiteral("users.list"))) == QSet<qint64>{co.manager, co.rep, co.viewer});
    CHECK(call(*mgr, QStringLiteral("users.list")).result.toMap().value(QStringLiteral("total")).toInteger() == 3);
    CHECK(call(*mgr, QStringLiteral("users.get"), {{QStringLiteral("id"), co.rep}}).ok);

    const auto foreign = call(*mgr, QStringLiteral("users.get"), {{QStringLiteral("id"), co.accountant}});
    const auto missing = call(*mgr, QStringLiteral("users.get"), {{QStringLiteral("id"), qint64(987654)}});
    CHECK(foreign.error.code == ErrorCode::NotFound);
    CHECK(missing.error.code == ErrorCode::NotFound);
    CHECK(foreign.error.message == missing.error.message);
    // A filter naming a foreign department finds nothing rather than leaking.
    CHECK(idSet(call(*mgr, QStringLiteral("users.list"), {{QStringLiteral("department_id"), co.finance}})).isEmpty());
    CHECK(idSet(call(*mgr, QStringLiteral("users.list"), {{QStringLiteral("query"), QStringLiteral("acct")}})).isEmpty());
}

TEST_CASE("staff see only themselves and their own department")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Company co = buildCompany(*admin);
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(rep);
    CHECK(idSet(call(*rep, QStringLiteral("users.list"))) == QSet<qint64>{co.rep});
    CHECK(idSet(call(*rep, QStringLiteral("departments.list"))) == QSet<qint64>{co.east});
    CHECK(call(*rep, QStringLiteral("users.get"), {{QStringLiteral("id"), co.manager}}).error.code == ErrorCode::NotFound);
    CHECK(call(*rep, QStringLiteral("users.get"), {{QStringLiteral("id"), co.rep}}).ok);
}

TEST_CASE("a read-only user sees the department tree and cannot change anything")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Company co = buildCompany(*admin);
    auto viewer = loginTo(server, QStringLiteral("viewer"), kUserPassword);
    REQUIRE(viewer);
    CHECK(idSet(call(*viewer, QStringLiteral("users.list"))) == QSet<qint64>{co.manager, co.rep, co.viewer});
    CHECK(call(*viewer, QStringLiteral("users.update"), {{QStringLiteral("id"), co.rep}, {QStringLiteral("title"), QStringLiteral("x")}})
              .error.code
          == ErrorCode::Forbidden);
}

TEST_CASE("a director sees every department and user")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Company co = buildCompany(*admin);
    auto boss = loginTo(server, QStringLiteral("boss"), kUserPassword);
    REQUIRE(boss);
    CHECK(idSet(call(*boss, QStringLiteral("departments.list"))) == QSet<qint64>{co.root, co.sales, co.east, co.finance});
    CHECK(call(*boss, QStringLiteral("users.list")).result.toMap().value(QStringLiteral("total")).toInteger() == 6);
    CHECK(call(*boss, QStringLiteral("users.get"), {{QStringLiteral("id"), co.accountant}}).ok);
}

TEST_CASE("departments list parents before children and refuse bad changes")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Company co = buildCompany(*admin);
    const QList<qint64> order = itemIds(call(*admin, QStringLiteral("departments.list")));
    CHECK(order.indexOf(co.root) < order.indexOf(co.sales));
    CHECK(order.indexOf(co.sales) < order.indexOf(co.east));

    CHECK(call(*admin, QStringLiteral("departments.create"), {{QStringLiteral("name"), QStringLiteral("华东区")}, {QStringLiteral("parent_id"), co.sales}})
              .error.code
          == ErrorCode::Conflict);
    CHECK(call(*admin, QStringLiteral("departments.create"), {{QStringLiteral("name"), QStringLiteral("  ")}}).error.field
          == QStringLiteral("name"));
    CHECK(call(*admin, QStringLiteral("departments.create"), {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("parent_id"), qint64(424242)}})
              .error.code
          == ErrorCode::NotFound);
    CHECK(call(*admin, QStringLiteral("departments.update"), {{QStringLiteral("id"), co.sales}, {QStringLiteral("parent_id"), co.east}})
              .error.field
          == QStringLiteral("parent_id"));
    CHECK(call(*admin, QStringLiteral("departments.delete"), {{QStringLiteral("id"), co.sales}}).error.code == ErrorCode::Conflict);
    const qint64 empty = createDepartment(*admin, QStringLiteral("空部门"), co.root);
    CHECK(call(*admin, QStringLiteral("departments.delete"), {{QStringLiteral("id"), empty}}).ok);
    CHECK_FALSE(itemIds(call(*admin, QStringLiteral("departments.list"))).contains(empty));
    REQUIRE(call(*admin, QStringLiteral("departments.update"), {{QStringLiteral("id"), co.east}, {QStringLiteral("parent_id"), co.finance}, {QStringLiteral("name"), QStringLiteral("华东财务")}}).ok);
    auto mgr = loginTo(server, QStringLiteral("mgr"), kUserPassword);
    REQUIRE(mgr);
    CHECK(idSet(call(*mgr, QStringLiteral("departments.list"))) == QSet<qint64>{co.sales});
}

TEST_CASE("users are validated field by field and the last administrator is protected")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    auto attempt = [&](QCborMap overrides) {
        QCborMap args{{QStringLiteral("login"), QStringLiteral("new.user")},
                      {QStringLiteral("display_name"), QStringLiteral("新用户")},
                      {QStringLiteral("password"), QStringLiteral("long-enough-1")},
                      {QStringLiteral("role"), QStringLiteral("staff")},
                      {QStringLiteral("department_id"), root}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            args.insert(it.key(), it.value());
        return call(*admin, QStringLiteral("users.create"), args);
    };
    CHECK(attempt({{QStringLiteral("login"), QStringLiteral("has space")}}).error.field == QStringLiteral("login"));
    CHECK(attempt({{QStringLiteral("login"), 42}}).error.field == QStringLiteral("login"));
    CHECK(attempt({{QStringLiteral("password"), QStringLiteral("short")}}).error.field == QStringLiteral("password"));
    CHECK(attempt({{QStringLiteral("role"), QStringLiteral("emperor")}}).error.field == QStringLiteral("role"));
    CHECK(attempt({{QStringLiteral("email"), QStringLiteral("not-an-address")}}).error.field == QStringLiteral("email"));
    CHECK(attempt({{QStringLiteral("department_id"), qint64(31337)}}).error.field == QStringLiteral("department_id"));
    CHECK(attempt({{QStringLiteral("display_name"), QStringLiteral("<b>Robert'); DROP TABLE users;--</b>")}}).ok);
    const auto duplicate = attempt({{QStringLiteral("login"), QStringLiteral("NEW.USER")}});
    CHECK(duplicate.error.code == ErrorCode::Conflict);
    CHECK(duplicate.error.field == QStringLiteral("login"));
    const auto stored = call(*admin, QStringLiteral("users.list"), {{QStringLiteral("query"), QStringLiteral("drop table")}});
    CHECK(itemTexts(stored, QStringLiteral("display_name")) == QStringList{QStringLiteral("<b>Robert'); DROP TABLE users;--</b>")});

    const qint64 adminId = call(*admin, QStringLiteral("auth.whoami")).result.toMap().value(QStringLiteral("user")).toMap().value(QStringLiteral("id")).toInteger();
    CHECK(call(*admin, QStringLiteral("users.update"), {{QStringLiteral("id"), adminId}, {QStringLiteral("role"), QStringLiteral("staff")}}).error.code
          == ErrorCode::Conflict);
    CHECK(call(*admin, QStringLiteral("users.disable"), {{QStringLiteral("id"), adminId}}).error.code == ErrorCode::Conflict);
}

TEST_CASE("users.list pages with a cursor through every user once")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    for (int i = 0; i < 12; ++i)
        createUser(*admin, QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("staff"), root);
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        QCborMap args{{QStringLiteral("limit"), 5}};
        if (!cursor.isEmpty())
            args.insert(QStringLiteral("cursor"), cursor);
        const auto page = call(*admin, QStringLiteral("users.list"), args);
        REQUIRE(page.ok);
        CHECK(page.result.toMap().value(QStringLiteral("total")).toInteger() == 13);
        seen += itemTexts(page, QStringLiteral("login"));
        cursor = page.result.toMap().value(QStringLiteral("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    CHECK(pages == 3);
    CHECK(seen.size() == 13);
    QStringList sorted = seen;
    sorted.sort();
    CHECK(seen == sorted);
    CHECK(call(*admin, QStringLiteral("users.list"), {{QStringLiteral("cursor"), QStringLiteral("%%%")}}).error.field
          == QStringLiteral("cursor"));
}
