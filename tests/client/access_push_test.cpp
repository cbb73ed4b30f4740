// The main window follows access.changed (#5) against a real cordiald: when an
// administrator takes an action or a module away from a logged-in person, the window
// hides it at once and says why in its banner, without a new login, and a module page
// that goes away takes its open forms with it cleanly. Screenshot of the banner by
// "[.screenshots]".
#include "WidgetTest.h"

#include "app/Language.h"

#include "admin/MessageBanner.h"
#include "app/MainWindow.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"

#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QPointer>
#include <QSettings>
#include <QTableView>

using namespace cordial;
using namespace cordial::test;

namespace {

const QString kRepPassword = QStringLiteral("rep-pass-123");

protocol::Reply ok(const protocol::Reply &reply)
{
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply;
}

// A role with one grant per module: {module: {level, scope, extras}}.
qint64 createRole(client::Connection &admin, const QString &name, const QCborMap &modules)
{
    return ok(call(admin, QStringLiteral("roles.create"), {{QStringLiteral("name"), name}, {QStringLiteral("modules"), modules}}))
        .result.toMap()
        .value(QStringLiteral("id"))
        .toInteger();
}

QCborMap grant(const QString &level, const QString &scope, const QStringList &extras = {})
{
    return {{QStringLiteral("level"), level},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("extras"), QCborArray::fromStringList(extras)}};
}

qint64 createRep(client::Connection &admin, const QString &login, const QString &name, const QString &role,
                 const QStringList &roles = {})
{
    const qint64 root = call(admin, QStringLiteral("departments.list"))
                            .result.toMap()
                            .value(QStringLiteral("items"))
                            .toArray()
                            .at(0)
                            .toMap()
                            .value(QStringLiteral("id"))
                            .toInteger();
    return ok(call(admin, QStringLiteral("users.create"),
                   {{QStringLiteral("login"), login},
                    {QStringLiteral("display_name"), name},
                    {QStringLiteral("password"), kRepPassword},
                    {QStringLiteral("role"), role},
                    {QStringLiteral("roles"), QCborArray::fromStringList(roles)},
                    {QStringLiteral("department_id"), root}}))
        .result.toMap()
        .value(QStringLiteral("id"))
        .toInteger();
}

qint64 createCustomer(client::Connection &connection, const QString &name)
{
    return ok(call(connection, QStringLiteral("customers.create"),
                   {{QStringLiteral("name"), name}, {QStringLiteral("allow_duplicate"), true}}))
        .result.toMap()
        .value(QStringLiteral("id"))
        .toInteger();
}

QListWidgetItem *navigationItem(client::MainWindow &window, const QString &key)
{
    auto *navigation = child<QListWidget>(&window, QStringLiteral("navigation"));
    for (int i = 0; i < navigation->count(); ++i)
        if (navigation->item(i)->data(Qt::UserRole + 1).toString() == key)
            return navigation->item(i);
    FAIL("no navigation item " << key.toStdString());
    return nullptr;
}

bool shownOnToolbar(QAction *action)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return action->isVisible();
}

} // namespace

TEST_CASE("the main window hides an action and then a whole module once an administrator takes them away, "
          "without a new login")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    createRole(*admin, QStringLiteral("exporter"),
               {{QStringLiteral("customers"), grant(QStringLiteral("reader"), QStringLiteral("all"), {QStringLiteral("export")})}});
    createRole(*admin, QStringLiteral("calendar-only"),
               {{QStringLiteral("calendar"), grant(QStringLiteral("reader"), QStringLiteral("own"))}});
    const qint64 rep = createRep(*admin, QStringLiteral("wang.wu"), QStringLiteral("王五"), QStringLiteral("readonly"),
                                 {QStringLiteral("exporter")});
    const qint64 customer = createCustomer(*admin, QStringLiteral("杭州西湖茶业有限公司"));

    auto repConnection = loginTo(server, QStringLiteral("wang.wu"), kRepPassword);
    REQUIRE(repConnection);
    client::MainWindow window(repConnection.get());
    window.show();
    REQUIRE(waitFor([&] { return window.customersPage() && window.customersPage()->isReady(); }));
    REQUIRE(window.showModule(QStringLiteral("customers")));
    auto *page = window.customersPage();
    auto *exportAction = child<QAction>(page, QStringLiteral("exportCustomers"));
    CHECK(shownOnToolbar(exportAction));
    CHECK(window.banner()->text().isEmpty());

    // The extra role loses export: the action goes, the page and the person stay.
    ok(call(*admin, QStringLiteral("users.update"), {{QStringLiteral("id"), rep}, {QStringLiteral("roles"), QCborArray{}}}));
    REQUIRE(waitFor([&] { return !shownOnToolbar(exportAction); }));
    CHECK(window.customersPage() == page);
    CHECK(window.currentModule() == QStringLiteral("customers"));
    CHECK(window.banner()->text().startsWith(QStringLiteral("An administrator changed what you may do.")));
    CHECK_FALSE(navigationItem(window, QStringLiteral("customers"))->isHidden());
    CHECK_FALSE(navigationItem(window, QStringLiteral("administration"))->isHidden());

    // The person closes the message; the next change brings it back.
    window.banner()->hide();
    CHECK(window.banner()->text().isEmpty());

    // With a form open, the customers and administration modules are taken away.
    client::customers::CustomerDialog *form = page->openCustomer(customer);
    REQUIRE(form);
    QPointer<client::customers::CustomerDialog> formGuard(form);
    QPointer<client::customers::CustomersPage> pageGuard(page);
    ok(call(*admin, QStringLiteral("users.update"),
            {{QStringLiteral("id"), rep}, {QStringLiteral("role"), QStringLiteral("calendar-only")}}));
    REQUIRE(waitFor([&] { return !window.customersPage(); }));
    CHECK_FALSE(pageGuard);
    CHECK_FALSE(formGuard);
    CHECK(navigationItem(window, QStringLiteral("customers"))->isHidden());
    CHECK(navigationItem(window, QStringLiteral("administration"))->isHidden());
    CHECK(window.administrationPage() == nullptr);
    CHECK(window.currentModule() != QStringLiteral("customers"));
    CHECK_FALSE(window.showModule(QStringLiteral("customers")));
    const QString said = window.banner()->text();
    CHECK(said.contains(QStringLiteral("Customers")));
    CHECK(said.contains(QStringLiteral("Administration")));
    CHECK(said.contains(QStringLiteral("no longer available")));
    CHECK(child<QLabel>(&window, QStringLiteral("userLabel"))->text().contains(QStringLiteral("calendar-only")));

    // Given back, the module comes back, still without a new login.
    ok(call(*admin, QStringLiteral("users.update"), {{QStringLiteral("id"), rep}, {QStringLiteral("role"), QStringLiteral("readonly")}}));
    REQUIRE(waitFor([&] { return window.customersPage() != nullptr; }));
    CHECK(window.showModule(QStringLiteral("customers")));
    CHECK_FALSE(navigationItem(window, QStringLiteral("administration"))->isHidden());
    REQUIRE(waitFor([&] { return window.customersPage()->isReady(); }));
    CHECK_FALSE(shownOnToolbar(child<QAction>(window.customersPage(), QStringLiteral("exportCustomers"))));
}

// Not run by ctest: writes docs/screenshots/access-changed.png, the main window's
// banner after an administrator took the Administration module away.
//   build/bin/client_access_push_test "[.screenshots]"   (CORDIAL_SCREENSHOTS=dir to choose where)
TEST_CASE("screenshot of the main window after an administrator changed what the user may do", "[.screenshots]")
{
    QSettings().clear();
    client::Language::install(qApp, QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString out = qEnvironmentVariable("CORDIAL_SCREENSHOTS", QStringLiteral(CORDIAL_SOURCE_DIR "/docs/screenshots"));
    TestServer server;
    auto admin = startAndLogin(server);
    createRole(*admin, QStringLiteral("sales-rep"),
               {{QStringLiteral("customers"), grant(QStringLiteral("reader"), QStringLiteral("all"), {QStringLiteral("export")})}});
    const qint64 rep = createRep(*admin, QStringLiteral("wang.wu"), QStringLiteral("王五"), QStringLiteral("readonly"));
    const QList<QStringList> customers{{QStringLiteral("杭州西湖茶业有限公司"), QStringLiteral("13857123456"), QStringLiteral("0571-87654321")},
                                       {QStringLiteral("宁波港航物流有限公司"), QStringLiteral("13968012345"), QStringLiteral("0574-27788990")},
                                       {QStringLiteral("苏州精密机械有限公司"), QStringLiteral("13915567890"), QStringLiteral("0512-65501234")},
                                       {QStringLiteral("上海浦江文化传媒有限公司"), QStringLiteral("13601712345"), QStringLiteral("021-63218888")}};
    for (const QStringList &c : customers)
        ok(call(*admin, QStringLiteral("customers.create"),
                {{QStringLiteral("name"), c[0]}, {QStringLiteral("mobile"), c[1]}, {QStringLiteral("phone"), c[2]},
                 {QStringLiteral("allow_duplicate"), true}}));

    auto repConnection = loginTo(server, QStringLiteral("wang.wu"), kRepPassword);
    REQUIRE(repConnection);
    client::MainWindow window(repConnection.get());
    window.resize(1180, 560);
    window.show();
    REQUIRE(waitFor([&] { return window.customersPage() && window.customersPage()->isReady(); }));
    REQUIRE(window.showModule(QStringLiteral("customers")));
    REQUIRE(waitFor([&] { return window.customersPage()->model()->rowCount() == 4; }));

    ok(call(*admin, QStringLiteral("users.update"), {{QStringLiteral("id"), rep}, {QStringLiteral("role"), QStringLiteral("sales-rep")}}));
    REQUIRE(waitFor([&] { return !window.banner()->text().isEmpty(); }));
    REQUIRE(waitFor([&] { return window.customersPage()->model()->rowCount() == 4; }));
    QTest::qWait(300);
    REQUIRE(window.grab().save(out + QStringLiteral("/access-changed.png")));
}
