// The audit hash chain detects modified, deleted, inserted and reordered rows.
#include "audit/AuditLog.h"
#include "auth/Passwords.h"
#include "db/Migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace cordial::server;

namespace {

struct Fixture {
    Fixture()
    {
        REQUIRE(auth::initSodium());
        REQUIRE(dir.isValid());
        db::DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("audit.db"));
        auto opened = db::openConnection(url, QStringLiteral("audit-chain-%1").arg(++counter));
        REQUIRE(opened.ok());
        connection = *opened;
        REQUIRE(db::migrate(connection, dialect).ok());
        Caller caller = localAdministrator(QStringLiteral("test"));
        for (int i = 1; i <= 10; ++i) {
            db::WriteTransaction tx(connection, dialect);
            REQUIRE(tx.begin().ok());
            REQUIRE(audit::append(tx, caller,
                                  {QStringLiteral("departments.create"), QStringLiteral("department"), qint64(i), std::nullopt,
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("部门%1").arg(i)}}})
                        .ok());
            REQUIRE(tx.commit().ok());
        }
    }
    ~Fixture() { connection.close(); }

    void run(const QString &sql)
    {
        QSqlQuery q(connection);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    audit::VerifyResult verify()
    {
        auto result = audit::verify(connection);
        REQUIRE(result.ok());
        return *result;
    }

    static inline int counter = 0;
    QTemporaryDir dir;
    db::Dialect dialect{db::Backend::Sqlite};
    QSqlDatabase connection;
};

} // namespace

TEST_CASE("an untouched chain verifies")
{
    Fixture f;
    const auto result = f.verify();
    CHECK(result.ok);
    CHECK(result.rows == 10);
    CHECK_FALSE(result.firstBadId.has_value());
}

TEST_CASE("a modified row is detected at that row")
{
    Fixture f;
    f.run(QStringLiteral("UPDATE audit_log SET after_image = '{\"name\":\"forged\"}' WHERE id = 4"));
    const auto result = f.verify();
    CHECK_FALSE(result.ok);
    CHECK(result.firstBadId == 4);
}

TEST_CASE("a modified row whose own hash was recomputed is detected at the next row")
{
    Fixture f;
    // Recompute row 4's hash after the edit, as a careful forger would.
    QSqlQuery q(f.connection);
    REQUIRE(q.exec(QStringLiteral("SELECT id, at, user_id, user_login, address, machine, op, entity, entity_id, "
                                  "before_image, after_image, prev_hash FROM audit_log WHERE id = 4")));
    REQUIRE(q.next());
    audit::AuditRow row;
    row.id = 4;
    row.at = q.value(1).toLongLong();
    row.userLogin = q.value(3).toString();
    row.address = q.value(4).toString();
    row.machine = q.value(5).toString();
    row.op = q.value(6).toString();
    row.entity = q.value(7).toString();
    row.entityId = q.value(8).toLongLong();
    row.afterImage = QStringLiteral("{\"name\":\"forged\"}");
    row.prevHash = q.value(11).toString();
    const QString forged = audit::computeHash(row);
    f.run(QStringLiteral("UPDATE audit_log SET after_image = '{\"name\":\"forged\"}', hash = '%1' WHERE id = 4").arg(forged));
    const auto result = f.verify();
    CHECK_FALSE(result.ok);
    CHECK(result.firstBadId == 5);
}

TEST_CASE("a deleted row in the middle is detected")
{
    Fixture f;
    f.run(QStringLiteral("DELETE FROM audit_log WHERE id = 6"));
    const auto result = f.verify();
    CHECK_FALSE(result.ok);
    CHECK(result.firstBadId == 7);
}

TEST_CASE("deleting the newest rows is detected against the recorded head")
{
    Fixture f;
    f.run(QStringLiteral("DELETE FROM audit_log WHERE id >= 9"));
    const auto result = f.verify();
    CHECK_FALSE(result.ok);
    CHECK(result.firstBadId == 9);
}

TEST_CASE("two rows swapped are detected")
{
    Fixture f;
    // Swap the contents of rows 2 and 3 (ids stay, everything else moves).
    f.run(QStringLiteral("UPDATE audit_log SET id = -2 WHERE id = 2"));
    f.run(QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3"));
    f.run(QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = -2"));
    const auto result = f.verify();
    CHECK_FALSE(result.ok);
    CHECK(result.firstBadId == 2);
}

TEST_CASE("an inserted row is detected")
{
    Fixture f;
    f.run(QStringLiteral("UPDATE audit_log SET id = id + 100 WHERE id > 5"));
    f.run(QStringLiteral("UPDATE audit_log SET id = id - 99 WHERE id > 100"));
    f.run(QStringLiteral("INSERT INTO audit_log (id, at, user_id, user_login, address, machine, op, entity, entity_id, "
                         "before_image, after_image, prev_hash, hash) SELECT 6, at, user_id, user_login, address, machine, "
                         "op, entity, entity_id, before_image, after_image, hash, hash FROM audit_log WHERE id = 5"));
    const auto result = f.verify();
    CHECK_FALSE(result.ok);
    CHECK(result.firstBadId == 6);
}

TEST_CASE("the hash covers every field")
{
    audit::AuditRow base;
    base.id = 1;
    base.at = 1000;
    base.userId = 5;
    base.userLogin = QStringLiteral("a");
    base.address = QStringLiteral("127.0.0.1");
    base.machine = QStringLiteral("m");
    base.op = QStringLiteral("x.y");
    base.entity = QStringLiteral("e");
    base.entityId = 9;
    base.beforeImage = QStringLiteral("{}");
    base.afterImage = QStringLiteral("{\"k\":1}");
    base.prevHash = audit::kGenesisHash;
    const QString h = audit::computeHash(base);
    CHECK(h.size() == 64);
    QList<std::function<void(audit::AuditRow &)>> edits{
        [](auto &r) { r.id = 2; },          [](auto &r) { r.at = 1001; },
        [](auto &r) { r.userId.reset(); },  [](auto &r) { r.userLogin = QStringLiteral("b"); },
        [](auto &r) { r.address = QStringLiteral("::1"); }, [](auto &r) { r.machine = QStringLiteral("n"); },
        [](auto &r) { r.op = QStringLiteral("x.z"); },      [](auto &r) { r.entity = QStringLiteral("f"); },
        [](auto &r) { r.entityId = 10; },   [](auto &r) { r.beforeImage.reset(); },
        [](auto &r) { r.afterImage = QStringLiteral("{\"k\":2}"); },
        [](auto &r) { r.prevHash = QString(64, QLatin1Char('1')); },
        // Moving bytes between adjacent fields must change the hash too.
        [](auto &r) { r.userLogin = QStringLiteral("a1"); r.address = QStringLiteral("27.0.0.1"); },
    };
    for (int i = 0; i < edits.size(); ++i) {
        audit::AuditRow changed = base;
        edits[i](changed);
        INFO("edit " << i);
        CHECK(audit::computeHash(changed) != h);
    }
}
