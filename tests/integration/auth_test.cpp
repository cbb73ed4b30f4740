// Logins, throttling, resume, logout, password changes and session ends.
#include "Fixtures.h"

#include <QCborArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

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

// Records the push events a connection receives.
struct PushLog {
    explicit PushLog(client::Connection &c)
    {
        QObject::connect(&c, &client::Connection::pushReceived, &c,
                         [this](const QString &event, const QCborMap &data) { events << qMakePair(event, data); });
    }
    QList<QPair<QString, QCborMap>> events;
};

// What a large import does: one long write transaction, holding SQLite's write lock
// (and on PostgreSQL the audit chain's head, which every change appends to), until
// `q` rolls back.
void beginLongWrite(const TestServer &server, QSqlQuery &q)
{
    REQUIRE(q.exec(server.usesPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")));
    if (server.usesPostgres())
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM audit_head FOR UPDATE")));
}

} // namespace

TEST_CASE("a correct login returns a token, its expiry and the user")
{
    TestServer server;
    startOrFail(server);
    auto c = connectTo(server);
    REQUIRE(c);
    const auto reply = loginReply(*c, kAdminLogin, kAdminPassword);
    REQUIRE(reply.ok);
    const QCborMap result = reply.result.toMap();
    CHECK(result.value(QStringLiteral("token")).toString().size() >= 22);
    CHECK(result.value(QStringLiteral("expires_at")).toString().endsWith(QLatin1Char('Z')));
    const QCborMap user = result.value(QStringLiteral("user")).toMap();
    CHECK(user.value(QStringLiteral("login")).toString() == kAdminLogin);
    CHECK(user.value(QStringLiteral("role")).toString() == QStringLiteral("administrator"));
    CHECK(user.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(user.value(QStringLiteral("department_id")).toInteger() > 0);
    CHECK(user.value(QStringLiteral("display_name")).toString() == QStringLiteral("系统管理员"));
    CHECK(c->state() == client::Connection::State::Authenticated);
}

TEST_CASE("a wrong password and an unknown login get the same answer")
{
    TestServer server;
    startOrFail(server);
    auto c = connectTo(server);
    REQUIRE(c);
    const auto wrong = loginReply(*c, kAdminLogin, QStringLiteral("not-the-password"));
    const auto unknown = loginReply(*c, QStringLiteral("nobody"), QStringLiteral("not-the-password"));
    CHECK(wrong.error.code == ErrorCode::Unauthenticated);
    CHECK(unknown.error.code == ErrorCode::Unauthenticated);
    CHECK(wrong.error.message == unknown.error.message);
}

TEST_CASE("an unknown login costs as much time as a wrong password")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("throttle/failures_per_login=100"), QStringLiteral("throttle/failures_per_address=100")});
    auto c = connectTo(server);
    REQUIRE(c);
    auto timeOf = [&](const QString &login) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 5; ++i)
            loginReply(*c, login, QStringLiteral("wrong-password"));
        return t.elapsed();
    };
    const qint64 known = timeOf(kAdminLogin);
    const qint64 unknown = timeOf(QStringLiteral("nobody-here"));
    INFO("known " << known << " ms, unknown " << unknown << " ms");
    // Both pay for an Argon2id verification; without the dummy verification the
    // unknown login would answer in a small fraction of the time.
    CHECK(unknown * 2 > known);
    CHECK(known * 2 > unknown);
}

TEST_CASE("repeated failures for one login are throttled, even with the right password")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("throttle/failures_per_login=3")});
    auto c = connectTo(server);
    REQUIRE(c);
    for (int i = 0; i < 3; ++i)
        CHECK(loginReply(*c, kAdminLogin, QStringLiteral("bad-guess")).error.code == ErrorCode::Unauthenticated);
    CHECK(loginReply(*c, kAdminLogin, kAdminPassword).error.code == ErrorCode::RateLimited);
}

TEST_CASE("repeated failures from one address are throttled across logins")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("throttle/failures_per_address=4")});
    auto c = connectTo(server);
    REQUIRE(c);
    for (int i = 0; i < 4; ++i)
        loginReply(*c, QStringLiteral("guess%1").arg(i), QStringLiteral("bad-guess"));
    CHECK(loginReply(*c, kAdminLogin, kAdminPassword).error.code == ErrorCode::RateLimited);
}

TEST_CASE("the throttle lifts after the block time")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("throttle/failures_per_login=2"), QStringLiteral("throttle/block_seconds=1")});
    auto c = connectTo(server);
    REQUIRE(c);
    loginReply(*c, kAdminLogin, QStringLiteral("bad-guess"));
    loginReply(*c, kAdminLogin, QStringLiteral("bad-guess"));
    CHECK(loginReply(*c, kAdminLogin, kAdminPassword).error.code == ErrorCode::RateLimited);
    waitFor([] { return false; }, 1200);
    CHECK(loginReply(*c, kAdminLogin, kAdminPassword).ok);
}

TEST_CASE("a session resumes on a new connection with its token, not after logout")
{
    TestServer server;
    startOrFail(server);
    auto first = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(first);
    const QString token = first->token();
    REQUIRE_FALSE(token.isEmpty());

    // The same computer (its key) on a new connection, as after a network outage.
    auto second = connectTo(server);
    REQUIRE(second);
    second->setMachineKey(first->machineKey());
    const auto resumed = call(*second, QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}});
    REQUIRE(resumed.ok);
    CHECK(resumed.result.toMap().value(QStringLiteral("user")).toMap().value(QStringLiteral("login")).toString() == kAdminLogin);
    CHECK(call(*second, QStringLiteral("auth.whoami")).ok);

    REQUIRE(call(*first, QStringLiteral("auth.logout")).ok);
    CHECK(call(*first, QStringLiteral("auth.whoami")).error.code == ErrorCode::Unauthenticated);
    auto third = connectTo(server);
    REQUIRE(third);
    third->setMachineKey(first->machineKey());
    CHECK(call(*third, QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}}).error.code
          == ErrorCode::Unauthenticated);
    CHECK(call(*third, QStringLiteral("auth.resume"), {{QStringLiteral("token"), QStringLiteral("made-up")}}).error.code
          == ErrorCode::Unauthenticated);
}

TEST_CASE("the database keeps only a hash of the session token")
{
    TestServer server;
    startOrFail(server);
    auto c = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(c);
    QSqlDatabase db = openServerDatabase(server, QStringLiteral("token-check"));
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT token_hash FROM sessions")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        CHECK(q.value(0).toString() != c->token());
        CHECK(q.value(0).toString().size() == 64);
    }
    CHECK(rows == 1);
    db.close();
}

TEST_CASE("whoami tells the user, rights and scope")
{
    TestServer server;
    startOrFail(server);
    auto c = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(c);
    const auto reply = call(*c, QStringLiteral("auth.whoami"));
    REQUIRE(reply.ok);
    const QCborMap result = reply.result.toMap();
    CHECK(result.value(QStringLiteral("scope")).toString() == QStringLiteral("all"));
    QStringList rights;
    for (const QCborValue &r : result.value(QStringLiteral("rights")).toArray())
        rights << r.toString();
    CHECK(rights.contains(QStringLiteral("users.manage")));
    CHECK(rights.contains(QStringLiteral("audit.read")));
}

TEST_CASE("an expired session is refused and the client told")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("sessions/absolute_hours=0")});
    auto c = connectTo(server);
    REQUIRE(c);
    PushLog pushes(*c);
    REQUIRE(loginReply(*c, kAdminLogin, kAdminPassword).ok);
    waitFor([] { return false; }, 50);
    CHECK(call(*c, QStringLiteral("auth.whoami")).error.code == ErrorCode::Unauthenticated);
    waitFor([&] { return !pushes.events.isEmpty(); }, 3000);
    REQUIRE_FALSE(pushes.events.isEmpty());
    CHECK(pushes.events.first().first == QStringLiteral("session.ended"));
}

TEST_CASE("changing the password ends the user's other sessions")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    createUser(*admin, QStringLiteral("li.lei"), QStringLiteral("staff"), rootDepartment(*admin));
    auto desk = loginTo(server, QStringLiteral("li.lei"), kUserPassword);
    auto laptop = loginTo(server, QStringLiteral("li.lei"), kUserPassword);
    REQUIRE(desk);
    REQUIRE(laptop);
    PushLog laptopPushes(*laptop);

    CHECK(call(*desk, QStringLiteral("auth.change_password"),
               {{QStringLiteral("old"), QStringLiteral("wrong")}, {QStringLiteral("new"), QStringLiteral("new-pass-456")}})
              .error.field
          == QStringLiteral("old"));
    CHECK(call(*desk, QStringLiteral("auth.change_password"),
               {{QStringLiteral("old"), kUserPassword}, {QStringLiteral("new"), QStringLiteral("short")}})
              .error.field
          == QStringLiteral("new"));
    REQUIRE(call(*desk, QStringLiteral("auth.change_password"),
                 {{QStringLiteral("old"), kUserPassword}, {QStringLiteral("new"), QStringLiteral("new-pass-456")}})
                .ok);

    CHECK(waitFor([&] { return !laptopPushes.events.isEmpty(); }, 5000));
    CHECK(call(*laptop, QStringLiteral("auth.whoami")).error.code == ErrorCode::Unauthenticated);
    CHECK(call(*desk, QStringLiteral("auth.whoami")).ok);
    CHECK_FALSE(loginTo(server, QStringLiteral("li.lei"), kUserPassword));
    CHECK(loginTo(server, QStringLiteral("li.lei"), QStringLiteral("new-pass-456")));
}

TEST_CASE("a disabled user's sessions end at once and the login is refused")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createUser(*admin, QStringLiteral("han.meimei"), QStringLiteral("staff"), rootDepartment(*admin));
    auto user = loginTo(server, QStringLiteral("han.meimei"), kUserPassword);
    REQUIRE(user);
    PushLog pushes(*user);
    REQUIRE(call(*admin, QStringLiteral("users.disable"), {{QStringLiteral("id"), id}}).ok);
    REQUIRE(waitFor([&] { return !pushes.events.isEmpty(); }, 5000));
    CHECK(pushes.events.first().second.value(QStringLiteral("reason")).toString() == QStringLiteral("disabled"));
    CHECK(call(*user, QStringLiteral("auth.whoami")).error.code == ErrorCode::Unauthenticated);
    CHECK_FALSE(loginTo(server, QStringLiteral("han.meimei"), kUserPassword));
    REQUIRE(call(*admin, QStringLiteral("users.enable"), {{QStringLiteral("id"), id}}).ok);
    CHECK(loginTo(server, QStringLiteral("han.meimei"), kUserPassword));
}

TEST_CASE("a reset password ends the user's sessions and the new one works")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createUser(*admin, QStringLiteral("wang.fang"), QStringLiteral("staff"), rootDepartment(*admin));
    auto user = loginTo(server, QStringLiteral("wang.fang"), kUserPassword);
    REQUIRE(user);
    CHECK(call(*admin, QStringLiteral("users.reset_password"), {{QStringLiteral("id"), id}, {QStringLiteral("password"), QStringLiteral("x")}})
              .error.field
          == QStringLiteral("password"));
    REQUIRE(call(*admin, QStringLiteral("users.reset_password"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("password"), QStringLiteral("reset-pass-789")}})
                .ok);
    CHECK(call(*user, QStringLiteral("auth.whoami")).error.code == ErrorCode::Unauthenticated);
    CHECK(loginTo(server, QStringLiteral("wang.fang"), QStringLiteral("reset-pass-789")));
}

TEST_CASE("a role change takes effect on the user's next request")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createUser(*admin, QStringLiteral("zhao.lei"), QStringLiteral("staff"), rootDepartment(*admin));
    auto user = loginTo(server, QStringLiteral("zhao.lei"), kUserPassword);
    REQUIRE(user);
    CHECK(call(*user, QStringLiteral("audit.list")).error.code == ErrorCode::Forbidden);
    REQUIRE(call(*admin, QStringLiteral("users.update"), {{QStringLiteral("id"), id}, {QStringLiteral("role"), QStringLiteral("director")}}).ok);
    CHECK(call(*user, QStringLiteral("audit.list")).ok);
}

TEST_CASE("a change that waits out the busy timeout behind a long write is refused busy, and nothing is written", "[auth]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    {
        auto db = openServerDatabase(server, QStringLiteral("long-writer"));
        QSqlQuery q(db);
        beginLongWrite(server, q);
        QElapsedTimer timer;
        timer.start();
        const auto created = call(*admin, QStringLiteral("customers.create"),
                                  {{QStringLiteral("name"), QStringLiteral("等锁客户")}}, 60000);
        const qint64 took = timer.elapsed();
        INFO(Catch::StringMaker<protocol::Reply>::convert(created));
        CHECK(created.error.code == ErrorCode::Busy);
        CHECK(created.error.message.contains(QStringLiteral("try again")));
        // The 10 s of the busy timeout (SQLite) or lock timeout (PostgreSQL), not forever.
        CHECK(took >= 9000);
        CHECK(took < 30000);
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("long-writer"));
    // Once the lock is free the same change goes through.
    CHECK(call(*admin, QStringLiteral("customers.create"), {{QStringLiteral("name"), QStringLiteral("等锁客户")}}).ok);
}

TEST_CASE("requests are answered while a long write transaction holds the database, and record activity later", "[auth]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 longAgo = QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000;
    const auto lastSeen = [](const QSqlDatabase &db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT MAX(last_seen_at) FROM sessions")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    {
        auto db = openServerDatabase(server, QStringLiteral("long-writer"));
        QSqlQuery q(db);
        // The session was last seen long ago, so its next request records activity (a write).
        REQUIRE(q.exec(QStringLiteral("UPDATE sessions SET last_seen_at = %1").arg(longAgo)));
        beginLongWrite(server, q);

        QElapsedTimer timer;
        timer.start();
        const auto listed = call(*admin, QStringLiteral("customers.list"), {{QStringLiteral("limit"), 5}});
        const qint64 took = timer.elapsed();
        INFO(Catch::StringMaker<protocol::Reply>::convert(listed));
        CHECK(listed.ok);
        // Not the 10 s of SQLite's busy timeout: recording the activity did not wait for the lock.
        CHECK(took < 5000);
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        // SQLite: the write was given up, not waited for. (PostgreSQL locks rows: the
        // sessions row was free and the activity is recorded already.)
        if (!server.usesPostgres())
            CHECK(lastSeen(db) == longAgo);

        // Once the lock is free, the next request records it.
        REQUIRE(call(*admin, QStringLiteral("customers.list"), {{QStringLiteral("limit"), 5}}).ok);
        CHECK(lastSeen(db) > longAgo);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("long-writer"));
}
