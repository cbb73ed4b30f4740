// The worker pool's per-thread database connections, and what a connection may change for a while.
#include "db/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cordial::server::db;

TEST_CASE("a thread whose connection was closed gets a new one")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto url = DatabaseUrl::parse(QString(), dir.path());
    REQUIRE(url.ok());
    ConnectionPool pool(*url);
    QString closedName;
    {
        auto first = pool.connectionForThisThread();
        REQUIRE(first.ok());
        closedName = first->connectionName();
        first->close();
    }
    auto second = pool.connectionForThisThread();
    REQUIRE(second.ok());
    CHECK(second->isOpen());
    CHECK(second->connectionName() != closedName);
    CHECK_FALSE(QSqlDatabase::contains(closedName));
    QSqlQuery q(*second);
    CHECK(q.exec(QStringLiteral("SELECT 1")));
}

TEST_CASE("a larger page cache lasts as long as its guard, then the connection's own size is back")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto url = DatabaseUrl::parse(QString(), dir.path());
    REQUIRE(url.ok());
    ConnectionPool pool(*url);
    auto db = pool.connectionForThisThread();
    REQUIRE(db.ok());
    auto cacheSize = [&] {
        QSqlQuery q(*db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    QSqlQuery set(*db);
    REQUIRE(set.exec(QStringLiteral("PRAGMA cache_size=-3000")));
    {
        const LargerPageCache larger(*db, pool.dialect(), 64);
        CHECK(cacheSize() == -64 * 1024);
    }
    CHECK(cacheSize() == -3000);
    REQUIRE(set.exec(QStringLiteral("PRAGMA cache_size=500"))); // in pages
    {
        const LargerPageCache larger(*db, pool.dialect(), 8);
        CHECK(cacheSize() == -8 * 1024);
    }
    CHECK(cacheSize() == 500);
}
