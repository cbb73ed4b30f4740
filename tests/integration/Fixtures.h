// Shared steps of the integration suites: users, departments and database access.
#pragma once

#include "TestServer.h"
#include "customers/ImportFile.h"

#include <QSqlDatabase>
#include <catch2/catch.hpp>

namespace cordial::test {

inline const QString kUserPassword = QStringLiteral("user-pass-123");

// Creates a department through the protocol and returns its id.
qint64 createDepartment(client::Connection &admin, const QString &name, std::optional<qint64> parentId = {});
// Creates a user (password kUserPassword) and returns its id.
qint64 createUser(client::Connection &admin, const QString &login, const QString &role, qint64 departmentId);
// The root department made by cordialctl init.
qint64 rootDepartment(client::Connection &admin);
// Opens the server's database directly (SQLite file or PostgreSQL database).
QSqlDatabase openServerDatabase(const TestServer &server, const QString &connectionName);
// "ok", or the error code and the field: "invalid contacts.1.mobile", "not_found id".
std::string outcome(const protocol::Reply &reply);
// Ids of the items of a list result.
QList<qint64> itemIds(const protocol::Reply &reply);
QStringList itemTexts(const protocol::Reply &reply, const QString &key);
// The cells of a CSV or XLSX file the server made (export, import template).
server::customers::files::Table tableOf(const QByteArray &bytes, const QString &format);
// A server started, or the test fails with its log.
void startOrFail(TestServer &server, const QStringList &config = {});

} // namespace cordial::test

// Catch2 shows this for a Reply in failed assertions.
namespace Catch {
template <>
struct StringMaker<cordial::protocol::Reply> {
    static std::string convert(const cordial::protocol::Reply &r);
};
} // namespace Catch
