// cordialctl demo: deterministic demo customers that the server lists and finds,
// with one audit row for the whole load.
#include "Fixtures.h"

#include "customers/DemoData.h"
#include "db/DeferredIndexes.h"
#include "text/TextFold.h"

#include <QCborArray>
#include <QDate>
#include <QSet>
#include <QSqlQuery>

using namespace cordial;
using namespace cordial::test;
namespace demo = cordial::server::customers::demo;

namespace {

QStringList customerRows(const TestServer &server, const QString &connection)
{
    QStringList rows;
    {
        auto db = openServerDatabase(server, connection);
        REQUIRE(db.isOpen());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT name, customer_no, province, city, phone, mobile, email "
                                      "FROM customers ORDER BY id")));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells.append(q.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        QSqlQuery k(db);
        REQUIRE(k.exec(QStringLiteral("SELECT name, mobile, birthday FROM contacts ORDER BY id")));
        while (k.next())
            rows.append(QStringLiteral("contact ") + k.value(0).toString() + QLatin1Char('|') + k.value(1).toString()
                        + QLatin1Char('|') + k.value(2).toString());
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

server::db::Dialect dialectOf(const TestServer &server)
{
    return server::db::Dialect(server.usesPostgres() ? server::db::Backend::Postgres : server::db::Backend::Sqlite);
}

// The secondary indexes of customers and contacts, by name (unique ones included).
QStringList customerIndexes(const TestServer &server, const QString &connection)
{
    QStringList names;
    {
        auto db = openServerDatabase(server, connection);
        QSqlQuery q(db);
        REQUIRE(q.exec(server.usesPostgres()
                           ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                            "AND tablename IN ('customers', 'contacts') ORDER BY indexname")
                           : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                            "AND tbl_name IN ('customers', 'contacts') ORDER BY name")));
        while (q.next())
            names.append(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
}

// How many of those are unique (they stay during a load); none today but the
// automatic ones SQLite and PostgreSQL make for constraints.
int uniqueIndexes(const TestServer &server)
{
    int count = 0;
    {
        auto db = openServerDatabase(server, QStringLiteral("demo-unique"));
        QSqlQuery q(db);
        REQUIRE(q.exec(server.usesPostgres()
                           ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() "
                                            "AND tablename IN ('customers', 'contacts') AND indexdef LIKE 'CREATE UNIQUE%'")
                           : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                            "AND tbl_name IN ('customers', 'contacts') "
                                            "AND (sql IS NULL OR sql LIKE 'CREATE UNIQUE%')")));
        REQUIRE(q.next());
        count = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-unique"));
    return count;
}

int deferredCount(const TestServer &server, const QString &connection)
{
    int count = -1;
    {
        auto db = openServerDatabase(server, connection);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM deferred_indexes")));
        REQUIRE(q.next());
        count = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

QList<qint64> searchIds(client::Connection &c, const QString &query)
{
    const auto reply = call(c, QStringLiteral("customers.search"),
                            {{QStringLiteral("query"), query}, {QStringLiteral("limit"), 200}});
    INFO(query.toStdString() << ": " << Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    return itemIds(reply);
}

} // namespace

TEST_CASE("the demo generator is deterministic and makes valid Chinese data", "[demo]")
{
    demo::Generator a(7), b(7), other(8);
    int traditional = 0, compound = 0, polyphonic = 0, contacts = 0;
    QSet<QString> provinces;
    bool differs = false;
    for (int i = 0; i < 5000; ++i) {
        const demo::Customer x = a.next();
        const demo::Customer y = b.next();
        const demo::Customer z = other.next();
        REQUIRE(x.values == y.values);
        REQUIRE(x.contacts == y.contacts);
        differs = differs || x.values.value(QStringLiteral("name")) != z.values.value(QStringLiteral("name"));
        const QString name = x.values.value(QStringLiteral("name")).toString();
        REQUIRE_FALSE(name.isEmpty());
        if (text::fold(name) != name)
            ++traditional;
        provinces.insert(x.values.value(QStringLiteral("province")).toString());
        const QString mobile = x.values.value(QStringLiteral("mobile")).toString();
        if (!mobile.isEmpty())
            CHECK(text::normalizeMobile(mobile) == mobile);
        const QString email = x.values.value(QStringLiteral("email")).toString();
        if (!email.isEmpty())
            CHECK(text::isValidEmail(email));
        REQUIRE(x.contacts.size() >= 1);
        REQUIRE(x.contacts.size() <= 3);
        for (const auto &c : x.contacts) {
            ++contacts;
            const QString person = c.value(QStringLiteral("name")).toString();
            INFO(person.toStdString());
            CHECK(person.size() >= 2);
            CHECK(person.size() <= 4);
            if (person.startsWith(QStringLiteral("欧阳")) || person.startsWith(QStringLiteral("司马"))
                || person.startsWith(QStringLiteral("上官")) || person.startsWith(QStringLiteral("诸葛")))
                ++compound;
            for (const char *s : {"曾", "单", "解", "仇"})
                if (person.startsWith(QString::fromUtf8(s)))
                    ++polyphonic;
            CHECK(text::normalizeMobile(c.value(QStringLiteral("mobile")).toString())
                  == c.value(QStringLiteral("mobile")).toString());
            const QString e = c.value(QStringLiteral("email")).toString();
            if (!e.isEmpty())
                CHECK(text::isValidEmail(e));
            const QString birthday = c.value(QStringLiteral("birthday")).toString();
            if (!birthday.isEmpty())
                CHECK(QDate::fromString(birthday, Qt::ISODate).isValid());
        }
    }
    CHECK(differs);
    CHECK(traditional > 250); // about a tenth
    CHECK(traditional < 750);
    CHECK(compound > 0);
    CHECK(polyphonic > 0);
    CHECK(provinces.size() >= 30);
    CHECK(contacts > 8000);
}

TEST_CASE("cordialctl demo loads the same customers for the same seed, and the server serves them", "[demo]")
{
    TestServer first, second;
    startOrFail(first);
    startOrFail(second);
    const QStringList args{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("2000"),
                           QStringLiteral("--seed"), QStringLiteral("7")};
    const QStringList indexes = customerIndexes(first, QStringLiteral("demo-indexes"));
    REQUIRE(indexes.contains(QStringLiteral("customers_name_sort")));
    REQUIRE(indexes.contains(QStringLiteral("contacts_customer")));
    for (TestServer *server : {&first, &second}) {
        int rc = -1;
        QString err;
        const QString out = server->ctl(args, {}, &rc, &err);
        INFO(out.toStdString() << err.toStdString());
        REQUIRE(rc == 0);
        CHECK(out.contains(QStringLiteral("loaded 2000 customers")));
        CHECK(out.contains(QStringLiteral("password")));
        // Into empty tables the secondary indexes were set aside and built again after the rows.
        CHECK(out.contains(QStringLiteral("built %1 indexes after the rows").arg(indexes.size() - uniqueIndexes(*server))));
        CHECK(customerIndexes(*server, QStringLiteral("demo-indexes-after")) == indexes);
        CHECK(deferredCount(*server, QStringLiteral("demo-deferred")) == 0);
    }
    const QStringList a = customerRows(first, QStringLiteral("demo-first"));
    const QStringList b = customerRows(second, QStringLiteral("demo-second"));
    CHECK(a.size() > 4000); // customers and their contacts
    CHECK(a == b);

    auto admin = loginTo(first, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const auto list = call(*admin, QStringLiteral("customers.list"), {{QStringLiteral("limit"), 10}});
    REQUIRE(list.ok);
    CHECK(list.result.toMap().value(QStringLiteral("total")).toInteger() == 2000);

    // A company found by one of its rarer characters and by the pinyin of its name.
    qint64 target = 0;
    QString rare;
    QString name;
    {
        auto db = openServerDatabase(first, QStringLiteral("demo-probe"));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT id, name FROM customers WHERE kind = 'company' ORDER BY id LIMIT 300")));
        QList<std::pair<qint64, QString>> candidates;
        while (q.next())
            candidates.append({q.value(0).toLongLong(), q.value(1).toString()});
        for (const auto &[id, candidate] : candidates) {
            for (const QChar ch : candidate) {
                QSqlQuery count(db);
                const QString pattern = QStringLiteral("%") + ch + QStringLiteral("%");
                REQUIRE(count.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM customers WHERE name LIKE '%1' OR address LIKE '%1' "
                                                  "OR legal_name LIKE '%1' OR short_name LIKE '%1' OR tags LIKE '%1') + "
                                                  "(SELECT COUNT(*) FROM contacts WHERE name LIKE '%1')")
                                       .arg(pattern)));
                REQUIRE(count.next());
                if (count.value(0).toInt() <= 40 && text::fold(QString(ch)) == QString(ch)) {
                    target = id;
                    rare = QString(ch);
                    name = candidate;
                    break;
                }
            }
            if (target)
                break;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-probe"));
    REQUIRE(target != 0);
    INFO(name.toStdString() << " by " << rare.toStdString());
    CHECK(searchIds(*admin, rare).contains(target));
    CHECK(searchIds(*admin, text::pinyin(name).full).contains(target));
    CHECK(searchIds(*admin, text::pinyin(name).initials.left(4)).size() > 0);

    // One audit row for the whole load, and the chain holds.
    {
        auto db = openServerDatabase(first, QStringLiteral("demo-audit"));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE op = 'demo.load'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'customer'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-audit"));
    int rc = -1;
    const QString verified = first.ctl({QStringLiteral("audit"), QStringLiteral("verify")}, {}, &rc);
    INFO(verified.toStdString());
    CHECK(rc == 0);
    const auto verify = call(*admin, QStringLiteral("audit.verify"));
    REQUIRE(verify.ok);

    // The demo users may log in with the printed password.
    auto staff = loginTo(first, QStringLiteral("demo01"), QStringLiteral("cordial-demo-2026"));
    CHECK(staff);
}

TEST_CASE("indexes set aside by a load that was killed are built at the next start", "[demo]")
{
    TestServer server;
    startOrFail(server);
    const QStringList before = customerIndexes(server, QStringLiteral("deferred-before"));
    QStringList dropped;
    {
        // What a load does first; then it is "killed" before it builds them again.
        auto db = openServerDatabase(server, QStringLiteral("deferred-drop"));
        auto deferred = server::db::deferIndexes(db, dialectOf(server), {QStringLiteral("customers"), QStringLiteral("contacts")});
        REQUIRE(deferred.ok());
        dropped = *deferred;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("deferred-drop"));
    CHECK(dropped.contains(QStringLiteral("customers_name_sort")));
    CHECK(dropped.contains(QStringLiteral("contacts_mobile")));
    CHECK(dropped.size() == before.size() - uniqueIndexes(server));
    const QStringList during = customerIndexes(server, QStringLiteral("deferred-during"));
    for (const QString &name : std::as_const(dropped))
        CHECK_FALSE(during.contains(name));
    CHECK(deferredCount(server, QStringLiteral("deferred-count")) == dropped.size());

    // Any cordialctl command opens the database the way cordiald does, and builds them.
    int rc = -1;
    QString err;
    const QString out = server.ctl({QStringLiteral("check")}, {}, &rc, &err);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(rc == 0);
    CHECK(customerIndexes(server, QStringLiteral("deferred-after")) == before);
    CHECK(deferredCount(server, QStringLiteral("deferred-after-count")) == 0);
}
