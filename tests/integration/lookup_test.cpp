// users.lookup (#5): the colleague directory behind pickers. Any session finds enabled
// colleagues of every department, by login, name or pinyin, and learns five fields of
// each and nothing more.
#include "Fixtures.h"

#include <QCborArray>
#include <QSet>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

// 总部 ─ 甲部 (张三 rep, staff)
//      └ 乙部 (李四, Alice, 王五 disabled, a name that looks like markup and SQL)
struct Directory {
    TestServer server;
    std::unique_ptr<client::Connection> admin;
    std::unique_ptr<client::Connection> rep;
    qint64 root = 0, a = 0, b = 0;
    qint64 zhang = 0, li = 0, alice = 0, wang = 0, odd = 0;

    static inline const QString kOddName = QStringLiteral("<b>O'Brien</b>\"); DROP TABLE users; -- 100%_");

    Directory()
    {
        startOrFail(server);
        admin = loginTo(server, kAdminLogin, kAdminPassword);
        REQUIRE(admin);
        root = rootDepartment(*admin);
        a = createDepartment(*admin, QStringLiteral("甲部"), root);
        b = createDepartment(*admin, QStringLiteral("乙部"), root);
        zhang = user(QStringLiteral("zhangsan"), QStringLiteral("张三"), a);
        li = user(QStringLiteral("lisi"), QStringLiteral("李四"), b);
        alice = user(QStringLiteral("alice.w"), QStringLiteral("Alice Wong"), b);
        wang = user(QStringLiteral("wangwu"), QStringLiteral("王五"), b);
        odd = user(QStringLiteral("obrien"), kOddName, b);
        REQUIRE(call(*admin, QStringLiteral("users.disable"), {{QStringLiteral("id"), wang}}).ok);
        rep = loginTo(server, QStringLiteral("zhangsan"), kUserPassword);
        REQUIRE(rep);
    }

    qint64 user(const QString &login, const QString &displayName, qint64 department)
    {
        const auto reply = call(*admin, QStringLiteral("users.create"),
                                {{QStringLiteral("login"), login},
                                 {QStringLiteral("display_name"), displayName},
                                 {QStringLiteral("password"), kUserPassword},
                                 {QStringLiteral("role"), QStringLiteral("staff")},
                                 {QStringLiteral("department_id"), department}});
        INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
        REQUIRE(reply.ok);
        return reply.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    QCborArray lookup(const QCborMap &args, client::Connection *as = nullptr)
    {
        const auto reply = call(as ? *as : *rep, QStringLiteral("users.lookup"), args);
        INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
        REQUIRE(reply.ok);
        return reply.result.toMap().value(QStringLiteral("items")).toArray();
    }

    QList<qint64> ids(const QCborMap &args)
    {
        QList<qint64> out;
        for (const QCborValue &v : lookup(args))
            out.append(v.toMap().value(QStringLiteral("id")).toInteger());
        return out;
    }
};

QCborMap query(const QString &text)
{
    return {{QStringLiteral("query"), text}};
}

} // namespace

TEST_CASE("users.lookup: a staff rep finds colleagues of other departments by login, name and pinyin, with five fields")
{
    Directory d;
    // users.list stays the user administration's: a staff rep sees only themselves there.
    const auto listed = call(*d.rep, QStringLiteral("users.list"));
    REQUIRE(listed.ok);
    CHECK(itemIds(listed) == QList<qint64>{d.zhang});

    const QCborArray found = d.lookup(query(QStringLiteral("李")));
    REQUIRE(found.size() == 1);
    const QCborMap li = found.at(0).toMap();
    CHECK(li.value(QStringLiteral("id")).toInteger() == d.li);
    CHECK(li.value(QStringLiteral("login")).toString() == QStringLiteral("lisi"));
    CHECK(li.value(QStringLiteral("display_name")).toString() == QStringLiteral("李四"));
    CHECK(li.value(QStringLiteral("department_id")).toInteger() == d.b);
    CHECK(li.value(QStringLiteral("department_name")).toString() == QStringLiteral("乙部"));

    // No field beyond the five, for any user.
    const QSet<QString> five{QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("display_name"),
                             QStringLiteral("department_id"), QStringLiteral("department_name")};
    const QCborArray everyone = d.lookup({});
    REQUIRE(everyone.size() >= 5);
    for (const QCborValue &v : everyone) {
        QSet<QString> keys;
        for (auto it = v.toMap().constBegin(); it != v.toMap().constEnd(); ++it)
            keys.insert(it.key().toString());
        INFO(v.toDiagnosticNotation().toStdString());
        CHECK(keys == five);
    }

    // Login and name, as substrings, whatever the case; the name's pinyin, full or
    // initials; traditional characters folded.
    CHECK(d.ids(query(QStringLiteral("LISI"))) == QList<qint64>{d.li});
    CHECK(d.ids(query(QStringLiteral("ice.w"))) == QList<qint64>{d.alice});
    CHECK(d.ids(query(QStringLiteral("wONG"))) == QList<qint64>{d.alice});
    CHECK(d.ids(query(QStringLiteral("ls"))) == QList<qint64>{d.li});
    CHECK(d.ids(query(QStringLiteral("zhang"))) == QList<qint64>{d.zhang});
    CHECK(d.ids(query(QStringLiteral("zhang san"))) == QList<qint64>{d.zhang});
    CHECK(d.ids(query(QStringLiteral("張"))) == QList<qint64>{d.zhang});
    CHECK(d.ids(query(QStringLiteral("没有这个人"))).isEmpty());
    // Filters: one department, some ids, together with a query.
    CHECK(d.ids({{QStringLiteral("department_id"), d.a}}) == QList<qint64>{d.zhang});
    CHECK(d.ids({{QStringLiteral("ids"), QCborArray{d.li, d.zhang}}}) == QList<qint64>{d.li, d.zhang});
    CHECK(d.ids({{QStringLiteral("ids"), QCborArray{d.li, d.zhang}}, {QStringLiteral("query"), QStringLiteral("zs")}})
          == QList<qint64>{d.zhang});
    CHECK(d.ids({{QStringLiteral("ids"), QCborArray{}}}).isEmpty());
    // A readonly user of another department finds them too: no right is needed.
    createUser(*d.admin, QStringLiteral("viewer"), QStringLiteral("readonly"), d.b);
    auto viewer = loginTo(d.server, QStringLiteral("viewer"), kUserPassword);
    REQUIRE(viewer);
    CHECK(d.lookup(query(QStringLiteral("zs")), viewer.get()).size() == 1);
}

TEST_CASE("users.lookup leaves disabled users out, honours the limit and orders by display name")
{
    Directory d;
    CHECK(d.ids(query(QStringLiteral("王五"))).isEmpty());
    CHECK(d.ids(query(QStringLiteral("wangwu"))).isEmpty());
    CHECK(d.ids({{QStringLiteral("ids"), QCborArray{d.wang}}}).isEmpty());
    CHECK_FALSE(d.ids({}).contains(d.wang));
    // Enabled again, found again.
    REQUIRE(call(*d.admin, QStringLiteral("users.enable"), {{QStringLiteral("id"), d.wang}}).ok);
    CHECK(d.ids(query(QStringLiteral("王五"))) == QList<qint64>{d.wang});

    // By display name, Chinese names by their pinyin: Alice Wong, 李四 (li si),
    // 王五 (wang wu), 张三 (zhang san); the administrator and the odd name elsewhere.
    QList<qint64> people;
    for (qint64 id : d.ids({}))
        if (id == d.alice || id == d.li || id == d.wang || id == d.zhang)
            people.append(id);
    CHECK(people == QList<qint64>{d.alice, d.li, d.wang, d.zhang});

    for (int i = 0; i < 12; ++i)
        d.user(QStringLiteral("temp%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Temp %1").arg(i, 2, 10, QLatin1Char('0')),
               d.b);
    const QList<qint64> three = d.ids({{QStringLiteral("query"), QStringLiteral("temp")}, {QStringLiteral("limit"), 3}});
    REQUIRE(three.size() == 3);
    const QCborArray first = d.lookup({{QStringLiteral("query"), QStringLiteral("temp")}, {QStringLiteral("limit"), 3}});
    CHECK(first.at(0).toMap().value(QStringLiteral("display_name")).toString() == QStringLiteral("Temp 00"));
    CHECK(first.at(2).toMap().value(QStringLiteral("display_name")).toString() == QStringLiteral("Temp 02"));
    CHECK(d.ids(query(QStringLiteral("temp"))).size() == 12);
    CHECK(d.ids({{QStringLiteral("query"), QStringLiteral("temp")}, {QStringLiteral("limit"), 100}}).size() == 12);
    // The default limit is 50.
    for (int i = 12; i < 55; ++i)
        d.user(QStringLiteral("temp%1").arg(i), QStringLiteral("Temp %1").arg(i), d.b);
    CHECK(d.ids(query(QStringLiteral("temp"))).size() == 50);
    CHECK(d.ids({{QStringLiteral("query"), QStringLiteral("temp")}, {QStringLiteral("limit"), 100}}).size() == 55);
}

TEST_CASE("users.lookup refuses bad arguments as invalid naming the field")
{
    Directory d;
    const QList<std::pair<QCborMap, QString>> cases{
        {{{QStringLiteral("query"), 7}}, QStringLiteral("query")},
        {{{QStringLiteral("query"), QString(101, u'x')}}, QStringLiteral("query")},
        {{{QStringLiteral("ids"), QStringLiteral("1,2")}}, QStringLiteral("ids")},
        {{{QStringLiteral("ids"), QCborArray{0}}}, QStringLiteral("ids")},
        {{{QStringLiteral("ids"), QCborArray{QStringLiteral("1")}}}, QStringLiteral("ids")},
        {{{QStringLiteral("department_id"), QStringLiteral("乙部")}}, QStringLiteral("department_id")},
        {{{QStringLiteral("department_id"), -3}}, QStringLiteral("department_id")},
        {{{QStringLiteral("limit"), 0}}, QStringLiteral("limit")},
        {{{QStringLiteral("limit"), 101}}, QStringLiteral("limit")},
        {{{QStringLiteral("limit"), 2.5}}, QStringLiteral("limit")},
    };
    QCborArray tooMany;
    for (int i = 1; i <= 101; ++i)
        tooMany.append(i);
    auto all = cases;
    all.append({{{QStringLiteral("ids"), tooMany}}, QStringLiteral("ids")});
    for (const auto &[args, field] : all) {
        const auto reply = call(*d.rep, QStringLiteral("users.lookup"), args);
        INFO(args.toCborValue().toDiagnosticNotation().toStdString() << " -> "
                                                                     << Catch::StringMaker<protocol::Reply>::convert(reply));
        CHECK_FALSE(reply.ok);
        CHECK(reply.error.code == ErrorCode::Invalid);
        CHECK(reply.error.field == field);
    }
}

TEST_CASE("users.lookup returns markup- and SQL-looking names verbatim and matches them literally")
{
    Directory d;
    const QCborArray found = d.lookup(query(QStringLiteral("O'Brien</b>\"); DROP")));
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toMap().value(QStringLiteral("id")).toInteger() == d.odd);
    CHECK(found.at(0).toMap().value(QStringLiteral("display_name")).toString() == Directory::kOddName);
    // LIKE wildcards are plain characters here.
    CHECK(d.ids(query(QStringLiteral("%"))) == QList<qint64>{d.odd});
    CHECK(d.ids(query(QStringLiteral("0%_"))) == QList<qint64>{d.odd});
    CHECK(d.ids(query(QStringLiteral("'"))) == QList<qint64>{d.odd});
    // The table is still there.
    CHECK(d.ids(query(QStringLiteral("lisi"))) == QList<qint64>{d.li});
}
