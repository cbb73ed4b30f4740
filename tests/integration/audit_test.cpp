// Every mutation writes exactly one audit row; tampering with the log is detected.
#include "Fixtures.h"

#include "db/Migrations.h"

#include <QCborArray>
#include <QProcess>
#include <QSqlQuery>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

QList<QCborMap> auditRows(client::Connection &admin, int limit = 500)
{
    const auto reply = call(admin, QStringLiteral("audit.list"), {{QStringLiteral("limit"), limit}});
    REQUIRE(reply.ok);
    QList<QCborMap> rows;
    for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray())
        rows << v.toMap();
    return rows;
}

qint64 newestId(client::Connection &admin)
{
    const auto rows = auditRows(admin, 1);
    return rows.isEmpty() ? 0 : rows.first().value(QStringLiteral("id")).toInteger();
}

} // namespace

TEST_CASE("every mutation adds exactly one audit row naming op, entity, id and the images")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);

    struct Step {
        QString op;
        QCborMap args;
        QString entity;
        bool before;
        bool after;
    };
    const qint64 dept = createDepartment(*admin, QStringLiteral("审计部"), root);
    const qint64 user = createUser(*admin, QStringLiteral("auditee"), QStringLiteral("staff"), dept);
    const QList<Step> steps{
        {QStringLiteral("departments.create"), {{QStringLiteral("name"), QStringLiteral("新部门")}}, QStringLiteral("department"), false, true},
        {QStringLiteral("departments.update"), {{QStringLiteral("id"), dept}, {QStringLiteral("name"), QStringLiteral("审计二部")}}, QStringLiteral("department"), true, true},
        {QStringLiteral("users.create"), {{QStringLiteral("login"), QStringLiteral("second")}, {QStringLiteral("display_name"), QStringLiteral("第二")},
                                          {QStringLiteral("password"), kUserPassword}, {QStringLiteral("role"), QStringLiteral("staff")},
                                          {QStringLiteral("department_id"), root}}, QStringLiteral("user"), false, true},
        {QStringLiteral("users.update"), {{QStringLiteral("id"), user}, {QStringLiteral("title"), QStringLiteral("审计员")}}, QStringLiteral("user"), true, true},
        {QStringLiteral("users.disable"), {{QStringLiteral("id"), user}}, QStringLiteral("user"), true, true},
        {QStringLiteral("users.enable"), {{QStringLiteral("id"), user}}, QStringLiteral("user"), true, true},
        {QStringLiteral("users.reset_password"), {{QStringLiteral("id"), user}, {QStringLiteral("password"), QStringLiteral("another-pass-1")}}, QStringLiteral("user"), true, true},
        {QStringLiteral("auth.change_password"), {{QStringLiteral("old"), kAdminPassword}, {QStringLiteral("new"), QStringLiteral("admin-pass-456")}}, QStringLiteral("user"), false, false},
    };
    for (const Step &step : steps) {
        INFO(step.op.toStdString());
        const qint64 before = newestId(*admin);
        const auto reply = call(*admin, step.op, step.args);
        REQUIRE(reply.ok);
        const auto rows = auditRows(*admin, 5);
        REQUIRE_FALSE(rows.isEmpty());
        const QCborMap row = rows.first();
        CHECK(row.value(QStringLiteral("id")).toInteger() == before + 1);
        CHECK(row.value(QStringLiteral("op")).toString() == step.op);
        CHECK(row.value(QStringLiteral("entity")).toString() == step.entity);
        CHECK(row.value(QStringLiteral("user_login")).toString() == kAdminLogin);
        CHECK(row.value(QStringLiteral("address")).toString() == QStringLiteral("127.0.0.1"));
        CHECK(row.value(QStringLiteral("machine")).toString() == QStringLiteral("test-machine"));
        CHECK(row.value(QStringLiteral("before")).isMap() == step.before);
        CHECK(row.value(QStringLiteral("after")).isMap() == step.after);
        const QString images = QString::fromUtf8(row.toCborValue().toCbor());
        CHECK_FALSE(images.contains(QStringLiteral("argon2")));
        CHECK_FALSE(images.contains(QStringLiteral("password_hash")));
    }
    // A refused mutation writes nothing.
    const qint64 last = newestId(*admin);
    CHECK(call(*admin, QStringLiteral("departments.delete"), {{QStringLiteral("id"), root}}).error.code == ErrorCode::Conflict);
    CHECK(call(*admin, QStringLiteral("users.create"), {{QStringLiteral("login"), QStringLiteral("x y")}}).error.code == ErrorCode::Invalid);
    CHECK(newestId(*admin) == last);

    const auto updateRow = auditRows(*admin, 500);
    auto found = std::find_if(updateRow.begin(), updateRow.end(), [](const QCborMap &r) {
        return r.value(QStringLiteral("op")).toString() == QStringLiteral("departments.update");
    });
    REQUIRE(found != updateRow.end());
    CHECK(found->value(QStringLiteral("before")).toMap().value(QStringLiteral("name")).toString() == QStringLiteral("审计部"));
    CHECK(found->value(QStringLiteral("after")).toMap().value(QStringLiteral("name")).toString() == QStringLiteral("审计二部"));
}

TEST_CASE("audit.list filters by user, entity and time and pages newest first")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    for (int i = 0; i < 5; ++i)
        createDepartment(*admin, QStringLiteral("部门%1").arg(i), root);
    const auto departments = call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("entity"), QStringLiteral("department")}, {QStringLiteral("limit"), 3}});
    REQUIRE(departments.ok);
    const QList<qint64> firstPage = itemIds(departments);
    CHECK(firstPage.size() == 3);
    CHECK(std::is_sorted(firstPage.rbegin(), firstPage.rend()));
    const QString cursor = departments.result.toMap().value(QStringLiteral("next_cursor")).toString();
    REQUIRE_FALSE(cursor.isEmpty());
    const auto second = call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("entity"), QStringLiteral("department")}, {QStringLiteral("cursor"), cursor}});
    const QList<qint64> secondPage = itemIds(second);
    CHECK(secondPage.size() == 3); // 5 created here + the root made by cordialctl init
    CHECK(secondPage.first() < firstPage.last());
    CHECK(itemIds(call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("from"), QStringLiteral("2999-01-01T00:00:00Z")}})).isEmpty());
    CHECK(call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("from"), QStringLiteral("yesterday")}}).error.field == QStringLiteral("from"));
}

TEST_CASE("audit verify passes on an intact log and finds a row edited behind the server's back")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    for (int i = 0; i < 4; ++i)
        createDepartment(*admin, QStringLiteral("分部%1").arg(i), root);

    auto verified = call(*admin, QStringLiteral("audit.verify"));
    REQUIRE(verified.ok);
    CHECK(verified.result.toMap().value(QStringLiteral("ok")).toBool());
    const qint64 rows = verified.result.toMap().value(QStringLiteral("rows")).toInteger();
    CHECK(rows >= 7);
    int rc = -1;
    CHECK(server.ctl({QStringLiteral("audit"), QStringLiteral("verify")}, {}, &rc).contains(QStringLiteral("intact")));
    CHECK(rc == 0);

    const QString tamper = QStringLiteral("UPDATE audit_log SET after_image = '{\"name\":\"forged\"}' WHERE id = 3");
    if (server.usesPostgres()) {
        QSqlDatabase db = openServerDatabase(server, QStringLiteral("tamper"));
        QSqlQuery q(db);
        REQUIRE(q.exec(tamper));
        db.close();
    } else {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {server.dataDir() + QStringLiteral("/cordial.db"), tamper});
        REQUIRE(sqlite.waitForFinished(20000));
        REQUIRE(sqlite.exitCode() == 0);
    }
    verified = call(*admin, QStringLiteral("audit.verify"));
    REQUIRE(verified.ok);
    CHECK_FALSE(verified.result.toMap().value(QStringLiteral("ok")).toBool());
    CHECK(verified.result.toMap().value(QStringLiteral("first_bad_id")).toInteger() == 3);
    const QString out = server.ctl({QStringLiteral("audit"), QStringLiteral("verify")}, {}, &rc);
    CHECK(rc != 0);
    CHECK(out.contains(QStringLiteral("row 3")));
}

TEST_CASE("cordialctl manages a data directory")
{
    TestServer server;
    startOrFail(server);
    int rc = -1;
    QString err;
    // init refuses to overwrite an initialised database.
    server.ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("other")}, "some-password\n", &rc, &err);
    CHECK(rc != 0);
    CHECK(err.contains(QStringLiteral("already initialised")));
    // user add works while the server runs, and the user can log in.
    const QString out = server.ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhang.san"), QStringLiteral("--role"),
                                    QStringLiteral("manager")},
                                   "zhang-pass-1\n", &rc, &err);
    INFO(err.toStdString());
    CHECK(rc == 0);
    CHECK(out.contains(QStringLiteral("zhang.san")));
    CHECK(loginTo(server, QStringLiteral("zhang.san"), QStringLiteral("zhang-pass-1")));
    server.ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bad"), QStringLiteral("--role"), QStringLiteral("emperor")},
               "zhang-pass-1\n", &rc, &err);
    CHECK(rc != 0);
    CHECK(err.contains(QStringLiteral("role")));

    const QString fp = server.ctl({QStringLiteral("fingerprint")}, {}, &rc).trimmed();
    CHECK(rc == 0);
    CHECK(fp.size() == 95);
    auto c = connectTo(server);
    REQUIRE(c);
    CHECK(c->presentedFingerprint() == fp);

    CHECK(server.ctl({QStringLiteral("check")}, {}, &rc).contains(QStringLiteral("database ok")));
    CHECK(rc == 0);
    // Every bundled migration is already applied by the server.
    CHECK(server.ctl({QStringLiteral("migrate")}, {}, &rc)
              .contains(QStringLiteral("schema version %1").arg(server::db::latestSchemaVersion())));
    CHECK(server::db::latestSchemaVersion() >= 2);
    CHECK(rc == 0);
}
