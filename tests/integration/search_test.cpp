// customers.search: Chinese substrings of any length, traditional and simplified
// finding each other, full-width text, pinyin initials and full pinyin (with
// polyphonic surnames), phone digits, ranking, scope and the recycle bin.
#include "Fixtures.h"

#include <QCborArray>
#include <QDateTime>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

qint64 createCustomer(client::Connection &c, const QCborMap &fields)
{
    QCborMap args = fields;
    args.insert(QStringLiteral("allow_duplicate"), true);
    const auto reply = call(c, QStringLiteral("customers.create"), args);
    INFO(Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

QCborArray contact(const QString &name, const QString &mobile = {})
{
    QCborMap c{{QStringLiteral("name"), name}};
    if (!mobile.isEmpty())
        c.insert(QStringLiteral("mobile"), mobile);
    return QCborArray{c};
}

QList<qint64> search(client::Connection &c, const QString &query)
{
    const auto reply = call(c, QStringLiteral("customers.search"), {{QStringLiteral("query"), query}});
    INFO(query.toStdString() << ": " << Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    return itemIds(reply);
}

QSet<qint64> searchSet(client::Connection &c, const QString &query)
{
    const auto ids = search(c, query);
    return QSet<qint64>(ids.begin(), ids.end());
}

} // namespace

TEST_CASE("search finds Chinese names by any substring, in either script and width, by pinyin and by digits",
          "[search]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);

    const qint64 trading = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("张三贸易有限公司")},
                                                   {QStringLiteral("contacts"), contact(QStringLiteral("张三"),
                                                                                        QStringLiteral("13812345678"))}});
    const qint64 huaweiTech = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("華為技術有限公司")}});
    const qint64 huaweiLab = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("北京华为研究所")}});
    const qint64 zeng = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("曾小贤")},
                                                {QStringLiteral("kind"), QStringLiteral("person")},
                                                {QStringLiteral("contacts"), contact(QStringLiteral("曾小贤"))}});
    const qint64 shan = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("评书社")},
                                                {QStringLiteral("contacts"), contact(QStringLiteral("单田芳"))}});
    const qint64 abc = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("ＡＢＣ科技")}});
    const qint64 tencent = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("深圳市腾讯计算机系统有限公司")},
                                                   {QStringLiteral("phone"), QStringLiteral("0755-86013388")},
                                                   {QStringLiteral("email"), QStringLiteral("BD@Tencent.example")}});

    struct Case {
        const char *query;
        QSet<qint64> expected;
    };
    const QList<Case> cases{
        // One Chinese character, simplified and traditional.
        {"张", {trading}},
        {"張", {trading}},
        {"讯", {tencent}},
        // Two characters, across scripts both ways.
        {"华为", {huaweiTech, huaweiLab}},
        {"華為", {huaweiTech, huaweiLab}},
        {"技術", {huaweiTech}},
        // Longer substrings in the middle of a name.
        {"计算机系统", {tencent}},
        {"有限公司", {trading, huaweiTech, tencent}},
        // Pinyin initials and full pinyin, of company and contact names.
        {"zs", {trading}},
        {"zhangsan", {trading}},
        {"hw", {huaweiTech}},
        {"huawei", {huaweiTech, huaweiLab}},
        // Polyphonic surnames read as surnames: 曾 zeng, 单 shan.
        {"zxx", {zeng}},
        {"zengxiaoxian", {zeng}},
        {"shantianfang", {shan}},
        {"stf", {shan}},
        // Full-width and half-width fold, case does not matter.
        {"abc", {abc}},
        {"ＡＢＣ", {abc}},
        {"ABC科技", {abc}},
        // Digits: a prefix of a mobile, a run inside it, a telephone without its dash.
        {"138", {trading}},
        {"2345", {trading}},
        {"86013388", {tencent}},
        {"075586013388", {tencent}},
        // E-mail, any case.
        {"tencent.example", {tencent}},
        {"bd@tencent", {tencent}},
        // Nothing.
        {"不存在的公司", {}},
        {"qqqq", {}},
    };
    for (const Case &c : cases) {
        const QString query = QString::fromUtf8(c.query);
        INFO("query: " << c.query);
        CHECK(searchSet(*admin, query) == c.expected);
    }
}

TEST_CASE("search ranks exact names before prefixes before other substrings", "[search]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 inside = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("深圳华为代理")}});
    const qint64 prefix = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("华为终端")}});
    const qint64 exact = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("华为")}});
    const auto ids = search(*admin, QStringLiteral("华为"));
    CHECK(ids == QList<qint64>{exact, prefix, inside});
    const auto ranks = call(*admin, QStringLiteral("customers.search"), {{QStringLiteral("query"), QStringLiteral("华为")}})
                           .result.toMap()
                           .value(QStringLiteral("items"))
                           .toArray();
    REQUIRE(ranks.size() == 3);
    CHECK(ranks.at(0).toMap().value(QStringLiteral("rank")).toInteger() == 0);
    CHECK(ranks.at(1).toMap().value(QStringLiteral("rank")).toInteger() == 1);
    CHECK(ranks.at(2).toMap().value(QStringLiteral("rank")).toInteger() == 2);
}

TEST_CASE("search never returns customers outside the caller's scope or in the recycle bin", "[search]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    const qint64 north = createDepartment(*admin, QStringLiteral("华北"), root);
    const qint64 south = createDepartment(*admin, QStringLiteral("华南"), root);
    createUser(*admin, QStringLiteral("rep.north"), QStringLiteral("staff"), north);
    createUser(*admin, QStringLiteral("rep.south"), QStringLiteral("staff"), south);
    createUser(*admin, QStringLiteral("mgr.south"), QStringLiteral("manager"), south);
    auto repNorth = loginTo(server, QStringLiteral("rep.north"), kUserPassword);
    auto repSouth = loginTo(server, QStringLiteral("rep.south"), kUserPassword);
    auto mgrSouth = loginTo(server, QStringLiteral("mgr.south"), kUserPassword);
    REQUIRE((repNorth && repSouth && mgrSouth));

    const qint64 mine = createCustomer(*repNorth, {{QStringLiteral("name"), QStringLiteral("张记北方食品")}});
    const qint64 theirs = createCustomer(*repSouth, {{QStringLiteral("name"), QStringLiteral("张记南方食品")}});
    const qint64 binned = createCustomer(*repNorth, {{QStringLiteral("name"), QStringLiteral("张记已删除")}});
    REQUIRE(call(*repNorth, QStringLiteral("customers.delete"), {{QStringLiteral("id"), binned}}).ok);

    for (const char *query : {"张记", "张", "zj", "食品", "zhangji"}) {
        INFO(query);
        CHECK(searchSet(*repNorth, QString::fromUtf8(query)) == QSet<qint64>{mine});
        CHECK(searchSet(*repSouth, QString::fromUtf8(query)) == QSet<qint64>{theirs});
        CHECK(searchSet(*mgrSouth, QString::fromUtf8(query)) == QSet<qint64>{theirs});
        CHECK(searchSet(*admin, QString::fromUtf8(query)) == QSet<qint64>{mine, theirs});
    }
    // A restored customer is found again.
    REQUIRE(call(*repNorth, QStringLiteral("customers.restore"), {{QStringLiteral("id"), binned}}).ok);
    CHECK(searchSet(*repNorth, QStringLiteral("已删除")) == QSet<qint64>{binned});
}

TEST_CASE("search follows edits of names and contacts, and hostile queries are only text", "[search]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 id = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("旧名字公司")}});
    auto got = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}});
    REQUIRE(got.ok);
    const qint64 version = got.result.toMap().value(QStringLiteral("version")).toInteger();
    REQUIRE(call(*admin, QStringLiteral("customers.update"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), version},
                  {QStringLiteral("name"), QStringLiteral("新名字公司")}})
                .ok);
    CHECK(searchSet(*admin, QStringLiteral("旧名")).isEmpty());
    CHECK(searchSet(*admin, QStringLiteral("新名")) == QSet<qint64>{id});

    const auto added = call(*admin, QStringLiteral("contacts.create"),
                            {{QStringLiteral("customer_id"), id}, {QStringLiteral("name"), QStringLiteral("欧阳锋")},
                             {QStringLiteral("mobile"), QStringLiteral("13900001111")}});
    REQUIRE(added.ok);
    CHECK(searchSet(*admin, QStringLiteral("欧阳")) == QSet<qint64>{id});
    CHECK(searchSet(*admin, QStringLiteral("oyf")) == QSet<qint64>{id});
    CHECK(searchSet(*admin, QStringLiteral("1111")) == QSet<qint64>{id});
    REQUIRE(call(*admin, QStringLiteral("contacts.delete"),
                 {{QStringLiteral("id"), added.result.toMap().value(QStringLiteral("id")).toInteger()}})
                .ok);
    CHECK(searchSet(*admin, QStringLiteral("欧阳")).isEmpty());

    for (const char *hostile : {"' OR 1=1 --", "\"", "*", "%", "_", "\\", "NEAR(a b)", "a\" OR \"b", "名字\" *"}) {
        INFO(hostile);
        const auto reply = call(*admin, QStringLiteral("customers.search"), {{QStringLiteral("query"), QString::fromUtf8(hostile)}});
        CHECK(reply.ok);
        CHECK(itemIds(reply).isEmpty());
    }
    CHECK(call(*admin, QStringLiteral("customers.search"), {{QStringLiteral("query"), QStringLiteral(" ")}}).error.code
          == ErrorCode::Invalid);
    // U+0000 would end the search index's query string (found by the fuzz target): refused
    // before the op runs, naming the argument, and the connection goes on.
    const auto nul = call(*admin, QStringLiteral("customers.search"),
                          {{QStringLiteral("query"), QStringLiteral("新名") + QChar(u'\0') + QStringLiteral("字")}});
    CHECK(nul.error.code == ErrorCode::Invalid);
    CHECK(nul.error.field == QStringLiteral("query"));
    CHECK(searchSet(*admin, QStringLiteral("新名")) == QSet<qint64>{id});
}

TEST_CASE("search never matches on a field the caller's role hides, and still fills its limit from visible matches",
          "[search]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    REQUIRE(call(*admin, QStringLiteral("roles.create"),
                 {{QStringLiteral("name"), QStringLiteral("查号员")},
                  {QStringLiteral("modules"),
                   QCborMap{{QStringLiteral("customers"),
                             QCborMap{{QStringLiteral("level"), QStringLiteral("reader")},
                                      {QStringLiteral("scope"), QStringLiteral("all")},
                                      {QStringLiteral("fields"), QCborMap{{QStringLiteral("mobile"), QStringLiteral("hidden")},
                                                                          {QStringLiteral("contacts.mobile"), QStringLiteral("hidden")}}}}}}}})
                .ok);
    createUser(*admin, QStringLiteral("reader"), QStringLiteral("查号员"), rootDepartment(*admin));
    auto reader = loginTo(server, QStringLiteral("reader"), kUserPassword);
    REQUIRE(reader);

    const qint64 byMobile = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("甲商行")},
                                                    {QStringLiteral("mobile"), QStringLiteral("13912345678")},
                                                    {QStringLiteral("phone"), QStringLiteral("021-55501234")}});
    const qint64 byContact = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("乙商行")},
                                                     {QStringLiteral("contacts"),
                                                      contact(QStringLiteral("赵六"), QStringLiteral("13912345678"))}});
    const qint64 byPhone = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("丙商行")},
                                                   {QStringLiteral("phone"), QStringLiteral("0755-13912345")}});
    // Long queries (the substring index), a short one (the word index) and a contact's name.
    CHECK(searchSet(*admin, QStringLiteral("13912345678")) == QSet<qint64>{byMobile, byContact});
    CHECK(searchSet(*reader, QStringLiteral("13912345678")).isEmpty());
    CHECK(searchSet(*admin, QStringLiteral("1391234")) == QSet<qint64>{byMobile, byContact, byPhone});
    CHECK(searchSet(*reader, QStringLiteral("1391234")) == QSet<qint64>{byPhone});
    CHECK(searchSet(*admin, QStringLiteral("13")) == QSet<qint64>{byMobile, byContact, byPhone});
    CHECK(searchSet(*reader, QStringLiteral("13")) == QSet<qint64>{byPhone});
    CHECK(searchSet(*reader, QStringLiteral("5550")) == QSet<qint64>{byMobile});
    CHECK(searchSet(*reader, QStringLiteral("赵六")) == QSet<qint64>{byContact});
    CHECK(search(*reader, QStringLiteral("商行")).size() == 3);

    // More customers match only by their hidden mobile than a search collects (200), and
    // they come first in the index: the three visible matches behind them are still found,
    // ranked and cut to the limit as for anyone.
    for (int i = 0; i < 210; ++i)
        createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("隐号客户%1").arg(i)},
                                {QStringLiteral("mobile"), QStringLiteral("1380000%1").arg(1000 + i)}});
    QList<qint64> visible;
    for (const char *name : {"乙号码客户", "甲号码客户", "丙号码客户"})
        visible.append(createCustomer(*admin, {{QStringLiteral("name"), QString::fromUtf8(name)},
                                               {QStringLiteral("phone"), QStringLiteral("138 0000 9999")}}));
    CHECK(search(*reader, QStringLiteral("1380000")) == QList<qint64>{visible[2], visible[1], visible[0]});
    const auto limited = call(*reader, QStringLiteral("customers.search"),
                              {{QStringLiteral("query"), QStringLiteral("1380000")}, {QStringLiteral("limit"), 2}});
    REQUIRE(limited.ok);
    CHECK(itemIds(limited) == QList<qint64>{visible[2], visible[1]});
    CHECK(search(*admin, QStringLiteral("1380000")).size() == 50);
    // The items never carry the hidden field either.
    for (const QCborValue &item : call(*reader, QStringLiteral("customers.search"), {{QStringLiteral("query"), QStringLiteral("商行")}})
                                      .result.toMap().value(QStringLiteral("items")).toArray())
        CHECK(!item.toMap().contains(QStringLiteral("mobile")));
}

namespace {

QList<qint64> searchFiltered(client::Connection &c, const QString &query, const QCborMap &filters, int limit = 50)
{
    const auto reply = call(c, QStringLiteral("customers.search"),
                            {{QStringLiteral("query"), query}, {QStringLiteral("filters"), filters}, {QStringLiteral("limit"), limit}});
    INFO(query.toStdString() << ": " << Catch::StringMaker<protocol::Reply>::convert(reply));
    REQUIRE(reply.ok);
    return itemIds(reply);
}

} // namespace

TEST_CASE("search within filters returns only customers that match both, and the limit fills from them", "[search]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);

    // 60 customers match the query; the 5 that match the filter sort last by name, so a
    // limit taken before the filter would leave none of them.
    QSet<qint64> gradeA;
    qint64 prospectA = 0;
    for (int i = 10; i < 70; ++i) {
        QCborMap fields{{QStringLiteral("name"), QStringLiteral("星光贸易%1").arg(i)},
                        {QStringLiteral("grade"), i >= 65 ? QStringLiteral("a") : QStringLiteral("c")}};
        if (i == 69)
            fields.insert(QStringLiteral("customer_type"), QStringLiteral("prospect"));
        const qint64 id = createCustomer(*admin, fields);
        if (i >= 65)
            gradeA.insert(id);
        if (i == 69)
            prospectA = id;
    }
    // Matches the filter, not the query.
    createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("月亮商店")}, {QStringLiteral("grade"), QStringLiteral("a")}});

    const QCborMap byGrade{{QStringLiteral("grade"), QStringLiteral("a")}};
    // The name index (a prefix), the substring index (3+ characters) and the word index (2).
    for (const char *query : {"星光", "xgmy", "光贸易", "贸易"}) {
        INFO(query);
        const auto all = searchFiltered(*admin, QString::fromUtf8(query), byGrade);
        CHECK(QSet<qint64>(all.begin(), all.end()) == gradeA);
        const auto limited = searchFiltered(*admin, QString::fromUtf8(query), byGrade, 3);
        CHECK(limited.size() == 3);
        CHECK(gradeA.contains(QSet<qint64>(limited.begin(), limited.end())));
    }
    CHECK(searchFiltered(*admin, QStringLiteral("贸易"),
                         {{QStringLiteral("grade"), QCborArray{QStringLiteral("a"), QStringLiteral("b")}},
                          {QStringLiteral("customer_type"), QStringLiteral("prospect")}})
          == QList<qint64>{prospectA});
    CHECK(searchFiltered(*admin, QStringLiteral("星光"), {{QStringLiteral("grade"), QStringLiteral("d")}}).isEmpty());
    // An id and a time range, as the filter panel sends them.
    const auto first = call(*admin, QStringLiteral("customers.search"),
                            {{QStringLiteral("query"), QStringLiteral("星光")}, {QStringLiteral("limit"), 1}});
    REQUIRE(first.ok);
    const qint64 ownerId =
        first.result.toMap().value(QStringLiteral("items")).toArray().at(0).toMap().value(QStringLiteral("owner_id")).toInteger();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QCborMap around{{QStringLiteral("from"), today.addDays(-1).toString(Qt::ISODate)},
                          {QStringLiteral("to"), today.addDays(1).toString(Qt::ISODate)}};
    const auto byOwnerAndDay = searchFiltered(*admin, QStringLiteral("光贸易"),
                                              {{QStringLiteral("owner_id"), ownerId},
                                               {QStringLiteral("created_at"), around},
                                               {QStringLiteral("grade"), QStringLiteral("a")}});
    CHECK(QSet<qint64>(byOwnerAndDay.begin(), byOwnerAndDay.end()) == gradeA);
    CHECK(searchFiltered(*admin, QStringLiteral("星光"), {{QStringLiteral("owner_id"), ownerId + 1000}}).isEmpty());
    CHECK(searchFiltered(*admin, QStringLiteral("星光"),
                         {{QStringLiteral("created_at"), QCborMap{{QStringLiteral("to"), today.addDays(-1).toString(Qt::ISODate)}}}})
              .isEmpty());
    // No filters, or an empty map: the whole search as before.
    CHECK(search(*admin, QStringLiteral("星光")).size() == 50);
    CHECK(searchFiltered(*admin, QStringLiteral("星光"), {}, 200).size() == 60);
}

TEST_CASE("search refuses the filters that customers.list refuses, with the same error", "[search]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    REQUIRE(call(*admin, QStringLiteral("roles.create"),
                 {{QStringLiteral("name"), QStringLiteral("查号员")},
                  {QStringLiteral("modules"),
                   QCborMap{{QStringLiteral("customers"),
                             QCborMap{{QStringLiteral("level"), QStringLiteral("reader")},
                                      {QStringLiteral("scope"), QStringLiteral("all")},
                                      {QStringLiteral("fields"), QCborMap{{QStringLiteral("mobile"), QStringLiteral("hidden")}}}}}}}})
                .ok);
    createUser(*admin, QStringLiteral("reader"), QStringLiteral("查号员"), rootDepartment(*admin));
    auto reader = loginTo(server, QStringLiteral("reader"), kUserPassword);
    REQUIRE(reader);
    createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("甲商行")}, {QStringLiteral("mobile"), QStringLiteral("13912345678")}});

    struct Bad {
        client::Connection *who;
        QCborValue filters;
        std::string expected;
    };
    const QList<Bad> bad{
        // A filter on a hidden field would tell its values by which customers are found.
        {reader.get(), QCborMap{{QStringLiteral("mobile"), QStringLiteral("139")}}, "forbidden filters.mobile"},
        {admin.get(), QStringLiteral("it"), "invalid filters"},
        {admin.get(), QCborMap{{QStringLiteral("colour"), QStringLiteral("red")}}, "invalid filters.colour"},
        {admin.get(), QCborMap{{QStringLiteral("grade"), 5}}, "invalid filters.grade"},
        {admin.get(), QCborMap{{QStringLiteral("created_at"), QCborMap{{QStringLiteral("from"), QStringLiteral("yesterday")}}}},
         "invalid filters.created_at"},
        {admin.get(), QCborMap{{QStringLiteral("owner_id"), QStringLiteral("admin")}}, "invalid filters.owner_id"},
    };
    for (const Bad &b : bad) {
        INFO(b.filters.toDiagnosticNotation().toStdString());
        const QCborMap filters{{QStringLiteral("filters"), b.filters}};
        CHECK(outcome(call(*b.who, QStringLiteral("customers.list"), filters)) == b.expected);
        for (const char *query : {"商行", "!!"}) {
            QCborMap args = filters;
            args.insert(QStringLiteral("query"), QString::fromUtf8(query));
            CHECK(outcome(call(*b.who, QStringLiteral("customers.search"), args)) == b.expected);
        }
    }
}
