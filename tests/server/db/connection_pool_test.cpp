// The worker pool's per-thread database connections.
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
