// Every op × every built-in role: the right each op needs is enforced by the server.
#include <map>
#include "Fixtures.h"

#include "net/OpTable.h"

#include <QCborArray>
#include <QSet>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

const QStringList kAllRoles{QStringLiteral("administrator"), QStringLiteral("director"), QStringLiteral("manager"),
                            QStringLiteral("staff"), QStringLiteral("readonly")};

// The expected matrix, written out by hand: which roles may call each op. A new op
// must be added here, or the completeness check below fails.
const QHash<QString, QStringList> &expectedMatrix()
{
    static const QStringList everyone = kAllRoles;
    static const QStringList adminOnly{QStringLiteral("administrator")};
    static const QStringList auditors{QStringLiteral("administrator"), QStringLiteral("director")};
    static const QStringList customerWriters{QStringLiteral("administrator"), QStringLiteral("director"),
                                             QStringLiteral("manager"), QStringLiteral("staff")};
    static const QStringList assigners{QStringLiteral("administrator"), QStringLiteral("director"),
                                       QStringLiteral("manager")};
    static const QHash<QString, QStringList> matrix{
        {QStringLiteral("auth.whoami"), everyone},
        {QStringLiteral("auth.change_password"), everyone},
        {QStringLiteral("auth.logout"), everyone},
        {QStringLiteral("roles.list"), everyone},
        {QStringLiteral("roles.create"), adminOnly},
        {QStringLiteral("roles.update"), adminOnly},
        {QStringLiteral("roles.delete"), adminOnly},
        {QStringLiteral("groups.list"), everyone},
        {QStringLiteral("groups.create"), adminOnly},
        {QStringLiteral("groups.update"), adminOnly},
        {QStringLiteral("groups.delete"), adminOnly},
        {QStringLiteral("users.access"), everyone},
        {QStringLiteral("sessions.list"), adminOnly},
        {QStringLiteral("sessions.revoke"), adminOnly},
        {QStringLiteral("bans.list"), adminOnly},
        {QStringLiteral("bans.lift"), adminOnly},
        {QStringLiteral("machines.list"), adminOnly},
        {QStringLiteral("machines.approve"), adminOnly},
        {QStringLiteral("machines.revoke"), adminOnly},
        {QStringLiteral("machines.rename"), adminOnly},
        {QStringLiteral("machines.delete"), adminOnly},
        {QStringLiteral("customers.history"), everyone},
        {QStringLiteral("customers.restore_version"), customerWriters},
        {QStringLiteral("customers.access"), everyone},
        {QStringLiteral("customers.set_access"), customerWriters},
        {QStringLiteral("departments.list"), everyone},
        {QStringLiteral("departments.create"), adminOnly},
        {QStringLiteral("departments.update"), adminOnly},
        {QStringLiteral("departments.delete"), adminOnly},
        {QStringLiteral("users.list"), everyone},
        {QStringLiteral("users.get"), everyone},
        {QStringLiteral("users.lookup"), everyone},
        {QStringLiteral("users.create"), adminOnly},
        {QStringLiteral("users.update"), adminOnly},
        {QStringLiteral("users.disable"), adminOnly},
        {QStringLiteral("users.enable"), adminOnly},
        {QStringLiteral("users.reset_password"), adminOnly},
        {QStringLiteral("audit.list"), auditors},
        {QStringLiteral("audit.verify"), auditors},
        {QStringLiteral("fields.list"), everyone},
        {QStringLiteral("fields.create"), adminOnly},
        {QStringLiteral("fields.update"), adminOnly},
        {QStringLiteral("regions.list"), everyone},
        {QStringLiteral("customers.create"), customerWriters},
        {QStringLiteral("customers.get"), everyone},
        {QStringLiteral("customers.update"), customerWriters},
        {QStringLiteral("customers.delete"), customerWriters},
        {QStringLiteral("customers.restore"), customerWriters},
        {QStringLiteral("customers.purge"), auditors},
        {QStringLiteral("customers.list"), everyone},
        {QStringLiteral("customers.search"), everyone},
        {QStringLiteral("customers.duplicates"), everyone},
        {QStringLiteral("customers.birthdays"), everyone},
        {QStringLiteral("customers.assign"), assigners},
        {QStringLiteral("customers.recall"), assigners},
        {QStringLiteral("customers.bulk_update"), customerWriters},
        {QStringLiteral("files.upload"), customerWriters},
        {QStringLiteral("customers.import_template"), customerWriters},
        {QStringLiteral("customers.import_preview"), customerWriters},
        {QStringLiteral("customers.import_commit"), customerWriters},
        {QStringLiteral("customers.export"), customerWriters},
        {QStringLiteral("files.download"), customerWriters},
        {QStringLiteral("customers.print"), customerWriters},
        {QStringLiteral("contacts.create"), customerWriters},
        {QStringLiteral("contacts.update"), customerWriters},
        {QStringLiteral("contacts.delete"), customerWriters},
        {QStringLiteral("notifications.list"), everyone},
        {QStringLiteral("notifications.mark_read"), everyone},
    };
    return matrix;
}

} // namespace

TEST_CASE("the rights matrix names every authenticated op of the op table")
{
    QSet<QString> authenticatedOps;
    for (const server::OpSpec &spec : server::opTable())
        if (spec.state == server::OpState::Authenticated)
            authenticatedOps.insert(spec.name);
    QSet<QString> inMatrix;
    for (auto it = expectedMatrix().begin(); it != expectedMatrix().end(); ++it)
        inMatrix.insert(it.key());
    CHECK(authenticatedOps == inMatrix);
}

TEST_CASE("every op is allowed or forbidden for every role exactly as the matrix says")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    const qint64 scratch = createDepartment(*admin, QStringLiteral("临时部门"), root);
    const qint64 victim = createUser(*admin, QStringLiteral("victim"), QStringLiteral("staff"), scratch);

    std::map<QString, std::unique_ptr<client::Connection>> sessions;
    for (const QString &role : kAllRoles) {
        if (role != QLatin1String("administrator"))
            createUser(*admin, QStringLiteral("as.") + role, role, root);
        auto c = role == QLatin1String("administrator") ? loginTo(server, kAdminLogin, kAdminPassword)
                                                        : loginTo(server, QStringLiteral("as.") + role, kUserPassword);
        REQUIRE(c);
        sessions.emplace(role, std::move(c));
    }

    // Arguments that name real records but would not change anything important if
    // the op ran (an id that fails validation later still proves the right passed).
    auto argsFor = [&](const QString &op) -> QCborMap {
        if (op == QLatin1String("auth.change_password"))
            return {{QStringLiteral("old"), QStringLiteral("wrong")}, {QStringLiteral("new"), QStringLiteral("whatever-123")}};
        if (op.startsWith(QLatin1String("departments.")) && op != QLatin1String("departments.list")
            && op != QLatin1String("departments.create"))
            return {{QStringLiteral("id"), scratch}};
        if (op == QLatin1String("departments.create"))
            return {{QStringLiteral("name"), QString()}};
        if (op == QLatin1String("users.create"))
            return {{QStringLiteral("login"), QString()}};
        if (op.startsWith(QLatin1String("customers.")) || op.startsWith(QLatin1String("contacts.")))
            return {{QStringLiteral("id"), qint64(999999)}, {QStringLiteral("customer_id"), qint64(999999)},
                    {QStringLiteral("query"), QStringLiteral("x")}};
        if (op == QLatin1String("notifications.mark_read"))
            return {{QStringLiteral("ids"), QCborArray{qint64(999999)}}};
        if (op == QLatin1String("users.reset_password"))
            return {{QStringLiteral("id"), victim}, {QStringLiteral("password"), QStringLiteral("x")}};
        if (op == QLatin1String("users.lookup"))
            return {{QStringLiteral("query"), QStringLiteral("victim")}};
        if (op.startsWith(QLatin1String("users.")) && op != QLatin1String("users.list"))
            return {{QStringLiteral("id"), op == QLatin1String("users.disable") ? qint64(999999) : victim}};
        return {};
    };

    for (auto it = expectedMatrix().begin(); it != expectedMatrix().end(); ++it) {
        const QString &op = it.key();
        if (op == QLatin1String("auth.logout"))
            continue; // checked last, it ends the session
        for (const QString &role : kAllRoles) {
            const auto reply = call(*sessions.at(role), op, argsFor(op));
            INFO(op.toStdString() << " as " << role.toStdString() << ": " << Catch::StringMaker<protocol::Reply>::convert(reply));
            if (it.value().contains(role))
                CHECK(reply.error.code != ErrorCode::Forbidden);
            else
                CHECK((!reply.ok && reply.error.code == ErrorCode::Forbidden));
            CHECK((reply.ok || reply.error.code != ErrorCode::Internal));
        }
    }
    for (const QString &role : kAllRoles) {
        INFO(role.toStdString());
        CHECK(call(*sessions.at(role), QStringLiteral("auth.logout")).ok);
    }
}
