// The password policy of cordiald.ini (#5): history, expiry by age and the temporary
// password of an administrator's reset, and the session that may only change it.
#include "Fixtures.h"

#include "net/OpTable.h"

#include <QCborArray>
#include <QDateTime>
#include <QSqlQuery>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

constexpr qint64 kDayMs = 24ll * 3600 * 1000;

protocol::Reply loginReply(client::Connection &c, const QString &user, const QString &password)
{
    std::optional<protocol::Reply> reply;
    c.login(user, password, [&reply](const protocol::Reply &r) { reply = r; });
    waitFor([&] { return reply.has_value(); });
    REQUIRE(reply);
    return *reply;
}

protocol::Reply changePassword(client::Connection &c, const QString &oldPassword, const QString &newPassword)
{
    return call(c, QStringLiteral("auth.change_password"),
                {{QStringLiteral("old"), oldPassword}, {QStringLiteral("new"), newPassword}});
}

// Runs one statement on the server's database behind its back (test set-up only).
void execSql(const TestServer &server, const QString &sql, const QVariantList &binds = {})
{
    {
        QSqlDatabase db = openServerDatabase(server, QStringLiteral("password-test"));
        QSqlQuery q(db);
        REQUIRE(q.prepare(sql));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        INFO(sql.toStdString());
        REQUIRE(q.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("password-test"));
}

qint64 scalarSql(const TestServer &server, const QString &sql, const QVariantList &binds = {})
{
    qint64 value = -1;
    {
        QSqlDatabase db = openServerDatabase(server, QStringLiteral("password-test"));
        QSqlQuery q(db);
        REQUIRE(q.prepare(sql));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        INFO(sql.toStdString());
        REQUIRE(q.exec());
        REQUIRE(q.next());
        value = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("password-test"));
    return value;
}

void checkConfinedToPasswordChange(const protocol::Reply &reply)
{
    INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
    CHECK(reply.error.code == ErrorCode::Forbidden);
    CHECK(reply.error.field == QStringLiteral("password_expired"));
    CHECK(reply.error.message.contains(QStringLiteral("change it")));
}

QCborMap newestAudit(client::Connection &admin, const QString &op)
{
    const auto reply = call(admin, QStringLiteral("audit.list"), {{QStringLiteral("op"), op}, {QStringLiteral("limit"), 1}});
    REQUIRE(reply.ok);
    const QCborArray items = reply.result.toMap().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    return items.first().toMap();
}

} // namespace

TEST_CASE("a new password may not be one of the user's last passwords/history passwords")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("passwords/history=3")});
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createUser(*admin, QStringLiteral("li.lei"), QStringLiteral("staff"), rootDepartment(*admin));
    auto c = loginTo(server, QStringLiteral("li.lei"), kUserPassword);
    REQUIRE(c);

    const QString second = QStringLiteral("second-pass-2");
    const QString third = QStringLiteral("third-pass-33");
    REQUIRE(changePassword(*c, kUserPassword, second).ok);
    REQUIRE(changePassword(*c, second, third).ok);
    const qint64 auditRows = scalarSql(server, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // The first password is one of the last three (third, second, first): refused, saying why.
    const auto reused = changePassword(*c, third, kUserPassword);
    CHECK(reused.error.code == ErrorCode::Invalid);
    CHECK(reused.error.field == QStringLiteral("new"));
    CHECK(reused.error.message.contains(QStringLiteral("last 3 passwords")));
    CHECK(reused.error.details.value(QStringLiteral("rule")).toString() == QStringLiteral("history"));
    CHECK(reused.error.details.value(QStringLiteral("history")).toInteger() == 3);
    CHECK(changePassword(*c, third, second).error.details.value(QStringLiteral("rule")).toString()
          == QStringLiteral("history"));
    // Typed again as the new one, the current password is the same one, not history.
    CHECK(changePassword(*c, third, third).error.details.value(QStringLiteral("rule")).toString() == QStringLiteral("same"));
    const auto tooShort = changePassword(*c, third, QStringLiteral("short"));
    CHECK(tooShort.error.field == QStringLiteral("new"));
    CHECK(tooShort.error.details.value(QStringLiteral("rule")).toString() == QStringLiteral("min_length"));
    CHECK(tooShort.error.details.value(QStringLiteral("min_length")).toInteger() == 8);
    // Refusals change nothing: the password stays, no audit row.
    CHECK(scalarSql(server, QStringLiteral("SELECT COUNT(*) FROM audit_log")) == auditRows);
    CHECK(loginTo(server, QStringLiteral("li.lei"), third));

    // One more change and the first password has left the last three; only two
    // earlier hashes are kept.
    REQUIRE(changePassword(*c, third, QStringLiteral("fourth-pass-4")).ok);
    CHECK(scalarSql(server, QStringLiteral("SELECT COUNT(*) FROM password_history WHERE user_id = ?"), {id}) == 2);
    REQUIRE(changePassword(*c, QStringLiteral("fourth-pass-4"), kUserPassword).ok);
    CHECK(loginTo(server, QStringLiteral("li.lei"), kUserPassword));
}

TEST_CASE("with passwords/history=0 an earlier password may come back, but not the current one")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("passwords/history=0")});
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createUser(*admin, QStringLiteral("han.mei"), QStringLiteral("staff"), rootDepartment(*admin));
    auto c = loginTo(server, QStringLiteral("han.mei"), kUserPassword);
    REQUIRE(c);
    REQUIRE(changePassword(*c, kUserPassword, QStringLiteral("second-pass-2")).ok);
    CHECK(changePassword(*c, QStringLiteral("second-pass-2"), QStringLiteral("second-pass-2")).error.field
          == QStringLiteral("new"));
    REQUIRE(changePassword(*c, QStringLiteral("second-pass-2"), kUserPassword).ok);
    CHECK(scalarSql(server, QStringLiteral("SELECT COUNT(*) FROM password_history WHERE user_id = ?"), {id}) == 0);
}

TEST_CASE("a password older than passwords/max_age_days must be changed before anything else")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("passwords/max_age_days=30")});
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createUser(*admin, QStringLiteral("wang.fang"), QStringLiteral("staff"), rootDepartment(*admin));

    // 29 days old: still fine.
    execSql(server, QStringLiteral("UPDATE users SET password_changed_at = ? WHERE id = ?"),
            {QDateTime::currentMSecsSinceEpoch() - 29 * kDayMs, id});
    auto c = connectTo(server);
    REQUIRE(c);
    const auto fresh = loginReply(*c, QStringLiteral("wang.fang"), kUserPassword);
    REQUIRE(fresh.ok);
    CHECK(fresh.result.toMap().value(QStringLiteral("password_expired")) == QCborValue(false));
    CHECK(call(*c, QStringLiteral("customers.list")).ok);

    // 31 days old: the open session is confined at its next request, and a new login says so.
    execSql(server, QStringLiteral("UPDATE users SET password_changed_at = ? WHERE id = ?"),
            {QDateTime::currentMSecsSinceEpoch() - 31 * kDayMs, id});
    checkConfinedToPasswordChange(call(*c, QStringLiteral("customers.list")));
    const auto confined = call(*c, QStringLiteral("customers.list"));
    CHECK(confined.error.message.contains(QStringLiteral("older than 30 days")));
    CHECK(confined.error.details.value(QStringLiteral("reason")).toString() == QStringLiteral("age"));
    const auto expired = loginReply(*c, QStringLiteral("wang.fang"), kUserPassword);
    REQUIRE(expired.ok);
    CHECK(expired.result.toMap().value(QStringLiteral("password_expired")) == QCborValue(true));
    CHECK(expired.result.toMap().value(QStringLiteral("password_expired_reason")).toString() == QStringLiteral("age"));
    CHECK(newestAudit(*admin, QStringLiteral("auth.login")).value(QStringLiteral("after")).toMap()
              .value(QStringLiteral("password_expired")).toString()
          == QStringLiteral("age"));
    const auto whoami = call(*c, QStringLiteral("auth.whoami"));
    REQUIRE(whoami.ok);
    CHECK(whoami.result.toMap().value(QStringLiteral("password_expired")) == QCborValue(true));
    CHECK(call(*c, QStringLiteral("ping")).ok);

    // A resume of the session says the same.
    auto other = connectTo(server);
    REQUIRE(other);
    other->setMachineKey(c->machineKey()); // the same computer on a new connection
    std::optional<protocol::Reply> resumed;
    other->resume(c->token(), [&](const protocol::Reply &r) { resumed = r; });
    REQUIRE(waitFor([&] { return resumed.has_value(); }));
    REQUIRE(resumed->ok);
    CHECK(resumed->result.toMap().value(QStringLiteral("password_expired_reason")).toString() == QStringLiteral("age"));

    // Changing it lifts the restriction at once, in this session.
    REQUIRE(changePassword(*c, kUserPassword, QStringLiteral("fresh-pass-31")).ok);
    CHECK(call(*c, QStringLiteral("customers.list")).ok);
    CHECK(call(*c, QStringLiteral("auth.whoami")).result.toMap().value(QStringLiteral("password_expired"))
          == QCborValue(false));
    CHECK(scalarSql(server, QStringLiteral("SELECT password_changed_at FROM users WHERE id = ?"), {id})
          > QDateTime::currentMSecsSinceEpoch() - 60 * 1000);
}

TEST_CASE("while the password must be changed, every op but change_password, logout, whoami and ping is forbidden")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("passwords/max_age_days=1")});
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createUser(*admin, QStringLiteral("zhao.lei"), QStringLiteral("director"), rootDepartment(*admin));
    execSql(server, QStringLiteral("UPDATE users SET password_changed_at = 0 WHERE id = ?"), {id});
    auto c = loginTo(server, QStringLiteral("zhao.lei"), kUserPassword);
    REQUIRE(c);

    QStringList allowed;
    for (const server::OpSpec &spec : server::opTable()) {
        if (spec.state != server::OpState::Authenticated)
            continue;
        if (spec.beforePasswordChange) {
            allowed << spec.name;
            continue;
        }
        INFO(spec.name.toStdString());
        checkConfinedToPasswordChange(call(*c, spec.name, {{QStringLiteral("id"), 1}}));
    }
    CHECK(allowed
          == QStringList{QStringLiteral("auth.logout"), QStringLiteral("auth.whoami"), QStringLiteral("auth.change_password")});
    CHECK(call(*c, QStringLiteral("auth.whoami")).ok);
    CHECK(call(*c, QStringLiteral("auth.logout")).ok);
}

TEST_CASE("an administrator's reset sets a temporary password the user must change at the next login")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createUser(*admin, QStringLiteral("sun.li"), QStringLiteral("staff"), rootDepartment(*admin));
    const QString temporary = QStringLiteral("temporary-123");
    REQUIRE(call(*admin, QStringLiteral("users.reset_password"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("password"), temporary}})
                .ok);
    CHECK(call(*admin, QStringLiteral("users.get"), {{QStringLiteral("id"), id}})
              .result.toMap().value(QStringLiteral("must_change_password"))
          == QCborValue(true));
    const QCborMap audit = newestAudit(*admin, QStringLiteral("users.reset_password"));
    CHECK(audit.value(QStringLiteral("before")).toMap().value(QStringLiteral("must_change_password")) == QCborValue(false));
    CHECK(audit.value(QStringLiteral("after")).toMap().value(QStringLiteral("must_change_password")) == QCborValue(true));

    auto c = connectTo(server);
    REQUIRE(c);
    const auto login = loginReply(*c, QStringLiteral("sun.li"), temporary);
    REQUIRE(login.ok);
    CHECK(login.result.toMap().value(QStringLiteral("password_expired")) == QCborValue(true));
    CHECK(login.result.toMap().value(QStringLiteral("password_expired_reason")).toString() == QStringLiteral("reset"));
    checkConfinedToPasswordChange(call(*c, QStringLiteral("customers.list")));
    const auto confined = call(*c, QStringLiteral("customers.list"));
    CHECK(confined.error.message.contains(QStringLiteral("administrator")));
    CHECK(confined.error.details.value(QStringLiteral("reason")).toString() == QStringLiteral("reset"));

    // The password from before the reset is in the history (default 5): not again.
    const auto back = changePassword(*c, temporary, kUserPassword);
    CHECK(back.error.code == ErrorCode::Invalid);
    CHECK(back.error.details.value(QStringLiteral("rule")).toString() == QStringLiteral("history"));
    REQUIRE(changePassword(*c, temporary, QStringLiteral("my-own-pass-1")).ok);
    CHECK(call(*c, QStringLiteral("customers.list")).ok);
    CHECK(call(*admin, QStringLiteral("users.get"), {{QStringLiteral("id"), id}})
              .result.toMap().value(QStringLiteral("must_change_password"))
          == QCborValue(false));
    auto again = connectTo(server);
    REQUIRE(again);
    CHECK(loginReply(*again, QStringLiteral("sun.li"), QStringLiteral("my-own-pass-1")).result.toMap()
              .value(QStringLiteral("password_expired"))
          == QCborValue(false));
}
