// The field catalog and the schema agree: every built-in field has its column, on
// both databases, and fields.list sends the catalog as it is.
#include "Fixtures.h"

#include "customers/FieldValues.h"
#include "domain/FieldCatalog.h"

#include <QCborArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace cordial;
using namespace cordial::test;

TEST_CASE("every catalog field has a column of its own", "[catalog]")
{
    TestServer server;
    startOrFail(server);
    auto db = openServerDatabase(server, QStringLiteral("catalog"));
    REQUIRE(db.isOpen());
    for (const auto &[table, fields] : {std::pair{QStringLiteral("customers"), &domain::builtInCustomerFields()},
                                        std::pair{QStringLiteral("contacts"), &domain::builtInContactFields()}}) {
        for (const domain::FieldDef &f : *fields) {
            INFO(table.toStdString() << "." << f.key.toStdString());
            QSqlQuery q(db);
            CHECK(q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE 1 = 0").arg(server::customers::columnOf(f), table)));
        }
    }
}

TEST_CASE("fields.list sends every built-in field with its type, tab and choices", "[catalog]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    for (const auto &[entity, fields] : {std::pair{QStringLiteral("customer"), &domain::builtInCustomerFields()},
                                         std::pair{QStringLiteral("contact"), &domain::builtInContactFields()}}) {
        const auto reply = call(*admin, QStringLiteral("fields.list"), {{QStringLiteral("entity"), entity}});
        REQUIRE(reply.ok);
        const QCborArray items = reply.result.toMap().value(QStringLiteral("items")).toArray();
        REQUIRE(items.size() == fields->size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QCborMap item = items.at(i).toMap();
            const domain::FieldDef &f = fields->at(i);
            INFO(f.key.toStdString());
            CHECK(item.value(QStringLiteral("key")).toString() == f.key);
            CHECK(item.value(QStringLiteral("type")).toString() == domain::fieldTypeName(f.type));
            CHECK(item.value(QStringLiteral("tab")).toString() == domain::fieldTabName(f.tab));
            CHECK(item.value(QStringLiteral("choices")).toArray().size() == f.choices.size());
            CHECK(item.value(QStringLiteral("required")).toBool() == f.required);
        }
    }
    // About 88 fields across the form, as the reference product has.
    CHECK(domain::builtInCustomerFields().size() + domain::builtInContactFields().size() >= 85);
    CHECK(call(*admin, QStringLiteral("fields.list"), {{QStringLiteral("entity"), QStringLiteral("order")}}).error.field
          == QStringLiteral("entity"));
}

TEST_CASE("lists and searches return only listable fields as columns", "[catalog]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    REQUIRE(call(*admin, QStringLiteral("customers.create"),
                 {{QStringLiteral("name"), QStringLiteral("列测试公司")}, {QStringLiteral("notes"), QStringLiteral("内部备注")}})
                .ok);
    for (const char *op : {"customers.list", "customers.search"}) {
        INFO(op);
        const QCborMap base{{QStringLiteral("query"), QStringLiteral("列测试")}};
        QCborMap listable = base;
        listable.insert(QStringLiteral("columns"), QCborArray{QStringLiteral("name"), QStringLiteral("province")});
        const auto ok = call(*admin, QString::fromLatin1(op), listable);
        REQUIRE(ok.ok);
        const QCborMap item = ok.result.toMap().value(QStringLiteral("items")).toArray().at(0).toMap();
        CHECK(item.value(QStringLiteral("name")).toString() == QStringLiteral("列测试公司"));
        CHECK(!item.contains(QStringLiteral("notes")));
        QCborMap longText = base;
        longText.insert(QStringLiteral("columns"), QCborArray{QStringLiteral("notes")});
        const auto refused = call(*admin, QString::fromLatin1(op), longText);
        CHECK(refused.error.code == protocol::ErrorCode::Invalid);
        CHECK(refused.error.field == QStringLiteral("columns"));
    }
}
