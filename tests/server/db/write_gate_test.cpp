// The write gate: a long transaction holds back the first write transaction of other
// ops (db/WriteGate.h), and nothing else.
#include "db/Database.h"
#include "db/WriteGate.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <latch>
#include <thread>

using namespace cordial::server::db;
namespace protocol = cordial::protocol;
using protocol::ErrorCode;

namespace {

// What an op (or a job) on another thread got. Catch2's assertions stay on the test's thread.
struct Outcome {
    Status first = protocol::Ok{};
    Status second = protocol::Ok{};
    bool deferred = false;
};

Status insertOne(const QSqlDatabase &db, const Dialect &dialect)
{
    WriteTransaction tx(db, dialect);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto q = exec(db, QStringLiteral("INSERT INTO t (x) VALUES (1)")); !q)
        return q.error();
    return tx.commit();
}

struct Fixture {
    Fixture()
    {
        REQUIRE(dir.isValid());
        auto url = DatabaseUrl::parse(QString(), dir.path());
        REQUIRE(url.ok());
        pool = std::make_unique<ConnectionPool>(*url);
        auto opened = pool->connectionForThisThread();
        REQUIRE(opened.ok());
        if (!opened->databaseName().startsWith(dir.path())) {
            // A thread keeps its connection of an earlier pool (an earlier test case's
            // file) until it is closed.
            opened->close();
            opened = pool->connectionForThisThread();
            REQUIRE(opened.ok());
        }
        db = *opened;
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    }

    // This thread's connection, waiting 50 ms for the lock instead of 10 s.
    QSqlDatabase impatientConnection()
    {
        auto other = pool->connectionForThisThread();
        if (!other)
            return {};
        QSqlQuery q(*other);
        q.exec(QStringLiteral("PRAGMA busy_timeout=50"));
        return *other;
    }

    // One insert on a thread of its own: as an op (in a scope; long or not), or as a job.
    enum class As { Op, LongOp, Job };
    Outcome insertOnOtherThread(As as)
    {
        Outcome out;
        std::thread worker([&] {
            const QSqlDatabase other = impatientConnection();
            if (as == As::Job) {
                out.first = insertOne(other, pool->dialect());
                return;
            }
            WriteGate::OpScope scope(gate);
            if (as == As::LongOp)
                WriteGate::nextTransactionIsLong();
            out.first = insertOne(other, pool->dialect());
            out.deferred = scope.deferred();
        });
        worker.join();
        return out;
    }

    qint64 rows()
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    QTemporaryDir dir;
    std::unique_ptr<ConnectionPool> pool;
    QSqlDatabase db;
    WriteGate gate;
};

} // namespace

TEST_CASE("while a long transaction runs, another op's first write transaction is deferred, and begins after it")
{
    Fixture f;
    Outcome askOutcome;
    int opened = 0;
    QObject::connect(&f.gate, &WriteGate::opened, &f.gate, [&] { ++opened; }, Qt::DirectConnection);
    {
        WriteGate::OpScope importing(f.gate);
        WriteGate::nextTransactionIsLong();
        WriteTransaction tx(f.db, f.pool->dialect());
        REQUIRE(tx.begin().ok());
        CHECK_FALSE(f.gate.isOpen());

        const Outcome op = f.insertOnOtherThread(Fixture::As::Op);
        REQUIRE_FALSE(op.first.ok());
        CHECK(op.first.error().code == ErrorCode::Busy);
        CHECK(op.deferred);
        // An op may ask before costly work that its first transaction would follow.
        std::thread asking([&] {
            WriteGate::OpScope scope(f.gate);
            askOutcome.first = WriteGate::deferIfClosed();
            askOutcome.deferred = scope.deferred();
        });
        asking.join();
        REQUIRE_FALSE(askOutcome.first.ok());
        CHECK(askOutcome.first.error().code == ErrorCode::Busy);
        CHECK(askOutcome.deferred);
        // Another long one waits its turn the same way.
        const Outcome longOp = f.insertOnOtherThread(Fixture::As::LongOp);
        CHECK_FALSE(longOp.first.ok());
        CHECK(longOp.deferred);
        // A transaction outside any op (a job, a migration) is not held back: it waits
        // for the lock as always (here 50 ms, then SQLite's busy error).
        const Outcome job = f.insertOnOtherThread(Fixture::As::Job);
        REQUIRE_FALSE(job.first.ok());
        CHECK(job.first.error().code == ErrorCode::Busy);

        CHECK(opened == 0);
        REQUIRE(exec(f.db, QStringLiteral("INSERT INTO t (x) VALUES (2)")).ok());
        REQUIRE(tx.commit().ok());
        CHECK(f.gate.isOpen());
        CHECK(opened == 1);
    }
    CHECK(f.rows() == 1); // the held-back ones wrote nothing

    {
        WriteGate::OpScope open(f.gate);
        CHECK(WriteGate::deferIfClosed().ok());
        CHECK_FALSE(open.deferred());
    }
    const Outcome again = f.insertOnOtherThread(Fixture::As::Op);
    CHECK(again.first.ok());
    CHECK_FALSE(again.deferred);
    CHECK(f.rows() == 2);
    CHECK(opened == 1); // only a long transaction opens the gate
}

TEST_CASE("an op that has begun a write transaction is not deferred later, and a long transaction opens the gate when it ends or fails to begin")
{
    Fixture f;
    WriteGate::OpScope importing(f.gate);

    // The other op commits its first transaction, then the long one begins, then the
    // other op's second transaction waits for the lock as always: running the op
    // again would repeat the first.
    std::latch firstDone(1), longBegun(1);
    Outcome other;
    std::thread worker([&] {
        const QSqlDatabase otherDb = f.impatientConnection();
        WriteGate::OpScope scope(f.gate);
        other.first = insertOne(otherDb, f.pool->dialect());
        firstDone.count_down();
        longBegun.wait();
        other.second = insertOne(otherDb, f.pool->dialect());
        other.deferred = scope.deferred();
    });
    firstDone.wait();
    WriteGate::nextTransactionIsLong();
    {
        WriteTransaction tx(f.db, f.pool->dialect());
        const bool begun = tx.begin().ok();
        const bool closed = !f.gate.isOpen();
        longBegun.count_down();
        worker.join();
        REQUIRE(begun);
        CHECK(closed);
        CHECK(other.first.ok());
        REQUIRE_FALSE(other.second.ok());
        CHECK(other.second.error().code == ErrorCode::Busy); // SQLite's, after 50 ms
        CHECK_FALSE(other.deferred);
    }
    CHECK(f.gate.isOpen()); // rolled back by its destructor
    CHECK(f.rows() == 1);

    // A long transaction whose BEGIN fails (here: no database at all) leaves the gate open.
    WriteGate::nextTransactionIsLong();
    WriteTransaction broken(QSqlDatabase(), f.pool->dialect());
    CHECK_FALSE(broken.begin().ok());
    CHECK(f.gate.isOpen());
}
