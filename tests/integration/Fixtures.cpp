#include "Fixtures.h"

#include "DataDir.h"

#include <QCborArray>
#include <QFile>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace cordial::test {

server::customers::files::Table tableOf(const QByteArray &bytes, const QString &format)
{
    namespace files = server::customers::files;
    if (format == QLatin1String("csv")) {
        auto t = files::readCsv(bytes);
        REQUIRE(t);
        return t.value();
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.xlsx"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    auto t = files::readXlsx(path);
    REQUIRE(t);
    return t.value();
}

qint64 createDepartment(client::Connection &admin, const QString &name, std::optional<qint64> parentId)
{
    QCborMap args{{QStringLiteral("name"), name}};
    if (parentId)
        args.insert(QStringLiteral("parent_id"), *parentId);
    const auto reply = call(admin, QStringLiteral("departments.create"), args);
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

qint64 createUser(client::Connection &admin, const QString &login, const QString &role, qint64 departmentId)
{
    const auto reply = call(admin, QStringLiteral("users.create"),
                            {{QStringLiteral("login"), login},
                             {QStringLiteral("display_name"), login.toUpper()},
                             {QStringLiteral("password"), kUserPassword},
                             {QStringLiteral("role"), role},
                             {QStringLiteral("department_id"), departmentId}});
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

qint64 rootDepartment(client::Connection &admin)
{
    const auto reply = call(admin, QStringLiteral("departments.list"));
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("items")).toArray().at(0).toMap().value(QStringLiteral("id")).toInteger();
}

QSqlDatabase openServerDatabase(const TestServer &server, const QString &connectionName)
{
    auto url = server::db::DatabaseUrl::parse(server.databaseUrl(), server.dataDir());
    REQUIRE(url.ok());
    auto db = server::db::openConnection(*url, connectionName);
    REQUIRE(db.ok());
    return *db;
}

std::string outcome(const protocol::Reply &reply)
{
    if (reply.ok)
        return "ok";
    std::string s = protocol::errorCodeName(reply.error.code).toStdString();
    if (!reply.error.field.isEmpty())
        s += " " + reply.error.field.toStdString();
    return s;
}

QList<qint64> itemIds(const protocol::Reply &reply)
{
    QList<qint64> ids;
    for (const QCborValue &item : reply.result.toMap().value(QStringLiteral("items")).toArray())
        ids << item.toMap().value(QStringLiteral("id")).toInteger();
    return ids;
}

QStringList itemTexts(const protocol::Reply &reply, const QString &key)
{
    QStringList texts;
    for (const QCborValue &item : reply.result.toMap().value(QStringLiteral("items")).toArray())
        texts << item.toMap().value(key).toString();
    return texts;
}

void startOrFail(TestServer &server, const QStringList &config)
{
    const bool started = server.start(config);
    INFO(server.serverLog().toStdString());
    REQUIRE(started);
}

} // namespace cordial::test

std::string Catch::StringMaker<cordial::protocol::Reply>::convert(const cordial::protocol::Reply &r)
{
    if (r.ok)
        return "ok " + QString::fromUtf8(QJsonDocument(r.result.toJsonValue().toObject()).toJson(QJsonDocument::Compact)).toStdString();
    return "error " + cordial::protocol::errorCodeName(r.error.code).toStdString() + " (" + r.error.message.toStdString()
           + (r.error.field.isEmpty() ? "" : ", field " + r.error.field.toStdString()) + ")";
}
