// regions.list: the 34 provincial-level divisions with their cities, no duplicates.
#include "Fixtures.h"

#include <QCborArray>
#include <QSet>

using namespace cordial;
using namespace cordial::test;

TEST_CASE("regions.list sends 34 provinces with their cities and no duplicates", "[regions]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const auto reply = call(*admin, QStringLiteral("regions.list"));
    REQUIRE(reply.ok);
    const QCborArray items = reply.result.toMap().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 34);

    QSet<QString> provinces;
    QHash<QString, QStringList> citiesOf;
    int cityCount = 0;
    for (const QCborValue &item : items) {
        const QString province = item.toMap().value(QStringLiteral("province")).toString();
        REQUIRE_FALSE(province.isEmpty());
        CHECK_FALSE(provinces.contains(province));
        provinces.insert(province);
        QStringList cities;
        for (const QCborValue &c : item.toMap().value(QStringLiteral("cities")).toArray())
            cities.append(c.toString());
        INFO(province.toStdString());
        CHECK_FALSE(cities.isEmpty());
        QSet<QString> unique(cities.begin(), cities.end());
        CHECK(unique.size() == cities.size());
        CHECK_FALSE(unique.contains(QString()));
        cityCount += cities.size();
        citiesOf.insert(province, cities);
    }
    CHECK(cityCount > 400);
    auto find = [&](const QString &prefix) {
        for (auto it = citiesOf.cbegin(); it != citiesOf.cend(); ++it)
            if (it.key().startsWith(prefix))
                return it.value();
        return QStringList();
    };
    const QStringList guangdong = find(QStringLiteral("广东"));
    REQUIRE(guangdong.size() == 21);
    CHECK(guangdong.contains(QStringLiteral("深圳市")));
    CHECK(guangdong.contains(QStringLiteral("广州市")));
    for (const char *p : {"北京", "天津", "上海", "重庆", "香港", "澳门", "台湾", "内蒙古", "新疆", "西藏", "宁夏", "广西"})
        CHECK_FALSE(find(QString::fromUtf8(p)).isEmpty());
}

TEST_CASE("a user with the least rights may list regions", "[regions]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    createUser(*admin, QStringLiteral("reader"), QStringLiteral("readonly"), rootDepartment(*admin));
    auto reader = loginTo(server, QStringLiteral("reader"), kUserPassword);
    REQUIRE(reader);
    const auto reply = call(*reader, QStringLiteral("regions.list"));
    REQUIRE(reply.ok);
    CHECK(reply.result.toMap().value(QStringLiteral("items")).toArray().size() == 34);
}
