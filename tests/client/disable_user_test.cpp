// Disabling a user who leaves, from the client: the successor is chosen in the dialog
// and the customers pass to them (#5).
#include "WidgetTest.h"

#include "admin/DisableUserDialog.h"

#include <QComboBox>
#include <QLabel>

using namespace cordial;
using namespace cordial::test;

namespace {

qint64 makeUser(client::Connection &admin, const QString &login, const QString &role, qint64 department)
{
    const auto reply = call(admin, QStringLiteral("users.create"),
                            {{QStringLiteral("login"), login},
                             {QStringLiteral("display_name"), login.toUpper()},
                             {QStringLiteral("password"), QStringLiteral("user-pass-123")},
                             {QStringLiteral("role"), role},
                             {QStringLiteral("department_id"), department}});
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

} // namespace

TEST_CASE("the disable dialog hands the leaver's customers to the chosen colleague")
{
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 team = createDepartment(*admin, QStringLiteral("华东销售部"));
    const qint64 leaver = makeUser(*admin, QStringLiteral("leaver"), QStringLiteral("staff"), team);
    const qint64 heir = makeUser(*admin, QStringLiteral("heir"), QStringLiteral("staff"), team);
    const auto created = call(*admin, QStringLiteral("customers.create"),
                              {{QStringLiteral("name"), QStringLiteral("杭州客户")}, {QStringLiteral("owner_id"), leaver}});
    REQUIRE(created.ok);
    const qint64 customer = created.result.toMap().value(QStringLiteral("id")).toInteger();

    client::DisableUserDialog dialog(admin.get(), findUser(*admin, QStringLiteral("leaver")));
    dialog.show();
    REQUIRE(waitFor([&] { return dialog.isLoaded(); }));
    // The leaver is not offered as their own successor; the department's manager is first.
    CHECK(dialog.successorCombo()->findData(leaver) < 0);
    CHECK(dialog.successorCombo()->currentData().toLongLong() == -1);

    // No manager in the department: the server says so beside the choice, nothing changes.
    dialog.accept();
    REQUIRE(waitFor([&] { return !dialog.errorText().isEmpty(); }));
    CHECK(dialog.errorText().contains(QStringLiteral("manager")));
    CHECK(!findUser(*admin, QStringLiteral("leaver")).value(QStringLiteral("disabled")).toBool());

    int handedOver = -1;
    QObject::connect(&dialog, &client::DisableUserDialog::disabled, [&](int n, const QString &) { handedOver = n; });
    chooseData(dialog.successorCombo(), heir);
    dialog.accept();
    REQUIRE(waitFor([&] { return handedOver >= 0; }));
    CHECK(handedOver == 1);
    CHECK(findUser(*admin, QStringLiteral("leaver")).value(QStringLiteral("disabled")).toBool());
    const auto moved = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), customer}});
    CHECK(moved.result.toMap().value(QStringLiteral("owner_id")).toInteger() == heir);
}
