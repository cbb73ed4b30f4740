// The audit viewer against a real cordiald.
#include "WidgetTest.h"

#include "admin/PagedListModel.h"
#include "audit/AuditViewer.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace cordial;
using namespace cordial::test;
using client::AuditViewer;

TEST_CASE("the audit viewer lists the newest change first with its before and after images")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 id = createDepartment(*connection, QStringLiteral("销售部"));
    REQUIRE(call(*connection, QStringLiteral("departments.update"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("市场部")}})
                .ok);

    AuditViewer viewer(connection.get());
    viewer.resize(1100, 700);
    viewer.show();
    client::PagedListModel *model = viewer.model();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() >= 3; })); // login, create, update
    CHECK(model->record(0).value(QStringLiteral("op")).toString() == QStringLiteral("departments.update"));
    CHECK(model->index(0, 3).data().toString() == QStringLiteral("Edit department"));

    auto *table = child<QTableView>(&viewer, QStringLiteral("auditTable"));
    table->selectRow(0);
    auto *detail = child<QTableWidget>(&viewer, QStringLiteral("auditDetail"));
    REQUIRE(detail->rowCount() > 0);
    bool sawName = false;
    for (int r = 0; r < detail->rowCount(); ++r) {
        if (detail->item(r, 0)->data(Qt::UserRole).toString() != QStringLiteral("name"))
            continue;
        sawName = true;
        CHECK(detail->item(r, 0)->text() == QStringLiteral("Name"));
        CHECK(detail->item(r, 1)->text() == QStringLiteral("销售部"));
        CHECK(detail->item(r, 2)->text() == QStringLiteral("市场部"));
        CHECK(detail->item(r, 1)->font().bold()); // changed keys stand out
    }
    CHECK(sawName);
}

TEST_CASE("the audit viewer filters by entity and verifies the chain")
{
    TestServer server;
    auto connection = startAndLogin(server);
    createDepartment(*connection, QStringLiteral("销售部"));

    AuditViewer viewer(connection.get());
    viewer.show();
    client::PagedListModel *model = viewer.model();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() >= 2; }));

    auto *entity = child<QComboBox>(&viewer, QStringLiteral("auditEntity"));
    chooseData(entity, QStringLiteral("department"));
    CHECK(entity->currentText() == QStringLiteral("Department"));
    Q_EMIT entity->activated(entity->currentIndex());
    // The login rows drop out; only department changes remain (the one above, and
    // any the data directory was initialised with).
    REQUIRE(waitFor([&] { return !model->isLoading() && model->args().contains(QStringLiteral("entity")); }));
    REQUIRE(model->rowCount() >= 1);
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->record(r).value(QStringLiteral("entity")).toString() == QStringLiteral("department"));
    CHECK(model->record(0).value(QStringLiteral("after")).toMap().value(QStringLiteral("name")).toString() ==
          QStringLiteral("销售部"));

    click(child<QPushButton>(&viewer, QStringLiteral("verifyChain")));
    auto *result = child<QLabel>(&viewer, QStringLiteral("verifyResult"));
    REQUIRE(waitFor([&] { return result->isVisible(); }));
    CHECK(result->text().contains(QStringLiteral("intact")));
}

TEST_CASE("audit times are shown in local time")
{
    const QDateTime utc(QDate(2026, 11, 24), QTime(8, 6, 31, 123), Qt::UTC);
    const QString shown = AuditViewer::localTime(QStringLiteral("2026-11-24T08:06:31.123Z"));
    CHECK(shown.contains(utc.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
}

TEST_CASE("a password reset and a revoked session are named in the audit log, with the must-change mark")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const auto departments = call(*connection, QStringLiteral("departments.list"));
    const qint64 root = departments.result.toMap().value(QStringLiteral("items")).toArray().first().toMap()
                            .value(QStringLiteral("id")).toInteger();
    const auto created = call(*connection, QStringLiteral("users.create"),
                              {{QStringLiteral("login"), QStringLiteral("rep")},
                               {QStringLiteral("display_name"), QStringLiteral("王业务")},
                               {QStringLiteral("password"), QStringLiteral("user-pass-123")},
                               {QStringLiteral("role"), QStringLiteral("staff")},
                               {QStringLiteral("department_id"), root}});
    REQUIRE(created.ok);
    const qint64 rep = created.result.toMap().value(QStringLiteral("id")).toInteger();
    auto repSession = loginTo(server, QStringLiteral("rep"), QStringLiteral("user-pass-123"));
    REQUIRE(repSession);
    const auto sessions = call(*connection, QStringLiteral("sessions.list"), {{QStringLiteral("user_id"), rep}});
    REQUIRE(sessions.ok);
    const qint64 session = sessions.result.toMap().value(QStringLiteral("items")).toArray().first().toMap()
                               .value(QStringLiteral("id")).toInteger();
    REQUIRE(call(*connection, QStringLiteral("sessions.revoke"), {{QStringLiteral("id"), session}}).ok);
    REQUIRE(call(*connection, QStringLiteral("users.reset_password"),
                 {{QStringLiteral("id"), rep}, {QStringLiteral("password"), QStringLiteral("temporary-1")}})
                .ok);

    AuditViewer viewer(connection.get());
    viewer.resize(1100, 700);
    viewer.show();
    client::PagedListModel *model = viewer.model();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() >= 2; }));
    CHECK(model->index(0, 3).data().toString() == QStringLiteral("Reset password"));
    CHECK(model->index(1, 3).data().toString() == QStringLiteral("Revoke session"));

    child<QTableView>(&viewer, QStringLiteral("auditTable"))->selectRow(0);
    auto *detail = child<QTableWidget>(&viewer, QStringLiteral("auditDetail"));
    bool sawMark = false;
    for (int r = 0; r < detail->rowCount(); ++r) {
        if (detail->item(r, 0)->data(Qt::UserRole).toString() != QStringLiteral("must_change_password"))
            continue;
        sawMark = true;
        CHECK(detail->item(r, 0)->text() == QStringLiteral("Must change password at next login"));
        CHECK(detail->item(r, 1)->text() == QStringLiteral("No"));
        CHECK(detail->item(r, 2)->text() == QStringLiteral("Yes"));
    }
    CHECK(sawMark);
}
