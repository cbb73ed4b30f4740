// Notifications in the main window against a real cordiald: the bell's unread count
// fed by the push, the list worded on the client, opening the customer one concerns,
// "Mark all read", and the Assign dialog telling how many people were notified.
#include "WidgetTest.h"

#include "app/Language.h"
#include "app/MainWindow.h"
#include "customers/AssignDialog.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomersPage.h"
#include "notifications/NotificationCenter.h"
#include "notifications/NotificationsDialog.h"

#include <QCheckBox>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

using namespace cordial;
using namespace cordial::test;
using client::notifications::NotificationsDialog;

namespace {

const QString kRepPassword = QStringLiteral("rep-pass-123");

qint64 createCustomer(client::Connection &connection, const QString &name)
{
    const protocol::Reply reply = call(connection, QStringLiteral("customers.create"),
                                       {{QStringLiteral("name"), name}, {QStringLiteral("allow_duplicate"), true}});
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

qint64 createRep(client::Connection &admin, const QString &login, const QString &name)
{
    const qint64 sales = createDepartment(admin, QStringLiteral("销售部") + login);
    const protocol::Reply reply = call(admin, QStringLiteral("users.create"),
                                       {{QStringLiteral("login"), login},
                                        {QStringLiteral("display_name"), name},
                                        {QStringLiteral("password"), kRepPassword},
                                        {QStringLiteral("role"), QStringLiteral("staff")},
                                        {QStringLiteral("department_id"), sales}});
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

void assign(client::Connection &admin, const QList<qint64> &customers, qint64 to, const QString &mode = {},
            const QString &whom = QStringLiteral("target"))
{
    QCborArray ids;
    for (qint64 id : customers)
        ids.append(id);
    QCborMap args{{QStringLiteral("ids"), ids},
                  {QStringLiteral("to"), QCborArray{to}},
                  {QStringLiteral("notify_whom"), QCborArray{whom}}};
    if (!mode.isEmpty())
        args.insert(QStringLiteral("mode"), mode);
    const protocol::Reply reply = call(admin, QStringLiteral("customers.assign"), args);
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
}

qint64 serverUnread(client::Connection &connection)
{
    const protocol::Reply reply = call(connection, QStringLiteral("notifications.list"));
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("unread")).toInteger();
}

QListWidgetItem *itemContaining(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(text))
            return list->item(i);
    return nullptr;
}

} // namespace

TEST_CASE("an assignment shows at once on the rep's bell and is read in the list")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    const QString adminName = admin->user().value(QStringLiteral("display_name")).toString();
    REQUIRE(!adminName.isEmpty());
    const qint64 rep = createRep(*admin, QStringLiteral("wang.wu"), QStringLiteral("王五"));
    const qint64 tea = createCustomer(*admin, QStringLiteral("杭州西湖茶业有限公司"));
    const qint64 port = createCustomer(*admin, QStringLiteral("宁波港航物流有限公司"));
    const qint64 mill = createCustomer(*admin, QStringLiteral("苏州精密机械有限公司"));

    auto repConnection = loginTo(server, QStringLiteral("wang.wu"), kRepPassword);
    REQUIRE(repConnection);
    client::MainWindow window(repConnection.get());
    window.show();
    auto *center = window.notificationCenter();
    auto *bell = child<QToolButton>(&window, QStringLiteral("notificationButton"));
    REQUIRE(waitFor([&] { return center->isLoaded(); }));
    CHECK(window.menuBar()->cornerWidget(Qt::TopRightCorner) == bell);
    CHECK(bell->isEnabled());
    CHECK(center->unreadCount() == 0);
    CHECK(bell->text().isEmpty());
    CHECK(bell->accessibleName() == QStringLiteral("Notifications: none unread"));

    // The push alone brings it: the window does not ask again.
    assign(*admin, {tea}, rep);
    REQUIRE(waitFor([&] { return center->unreadCount() == 1; }));
    CHECK(bell->text() == QStringLiteral("1"));
    CHECK(bell->accessibleName().contains(QStringLiteral("1 unread")));
    CHECK(bell->toolTip() == bell->accessibleName());
    const QString expected = adminName + QStringLiteral(" assigned 1 customer");
    CHECK(window.statusBar()->currentMessage().contains(expected));

    assign(*admin, {port, mill}, rep);
    REQUIRE(waitFor([&] { return center->unreadCount() == 2; }));
    CHECK(bell->text() == QStringLiteral("2"));

    click(bell);
    auto *dialog = child<NotificationsDialog>(&window, QStringLiteral("notificationsDialog"));
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    auto *list = child<QListWidget>(dialog, QStringLiteral("notificationList"));
    REQUIRE(list->count() == 2);
    // Newest first, worded on the client from kind and data, unread in bold.
    CHECK(list->item(0)->text().startsWith(adminName + QStringLiteral(" assigned 2 customer")));
    CHECK(list->item(1)->text().startsWith(expected));
    CHECK(list->item(0)->font().bold());
    CHECK(list->item(1)->font().bold());
    CHECK(child<QLabel>(dialog, QStringLiteral("notificationSummary"))->text() == QStringLiteral("2 unread"));

    // A double-click on the one about a single customer opens it and marks it read.
    QListWidgetItem *single = list->item(1);
    list->scrollToItem(single);
    // As a person does it: the first click of a double-click arrives as a click.
    const QPoint at = list->visualItemRect(single).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    client::customers::CustomerDialog *form = nullptr;
    REQUIRE(waitFor([&] {
        form = window.customersPage() ? window.customersPage()->findChild<client::customers::CustomerDialog *>() : nullptr;
        return form && form->isVisible();
    }));
    CHECK(window.currentModule() == QStringLiteral("customers"));
    REQUIRE(waitFor([&] { return center->unreadCount() == 1; }));
    CHECK(!itemContaining(list, expected)->font().bold());
    CHECK(itemContaining(list, adminName + QStringLiteral(" assigned 2 customer"))->font().bold());
    form->close();

    auto *markAll = child<QPushButton>(dialog, QStringLiteral("markAllRead"));
    click(markAll);
    REQUIRE(waitFor([&] { return center->unreadCount() == 0; }));
    CHECK(bell->text().isEmpty());
    CHECK(!markAll->isEnabled());
    for (int i = 0; i < list->count(); ++i)
        CHECK(!list->item(i)->font().bold());
    CHECK(serverUnread(*repConnection) == 0);
}

TEST_CASE("the assign dialog's result says how many people were notified")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 rep = createRep(*admin, QStringLiteral("li.si"), QStringLiteral("李四"));
    const qint64 tea = createCustomer(*admin, QStringLiteral("杭州西湖茶业有限公司"));
    client::customers::CustomersPage page(admin.get());
    page.show();
    REQUIRE(waitFor([&] { return page.isReady(); }));
    auto *dialog = new client::customers::AssignDialog(page.context(), {tea}, &page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QCborMap result;
    QObject::connect(dialog, &client::customers::AssignDialog::assigned, &page, [&](const QCborMap &r) {
        result = r;
    });
    QString text;
    QObject::connect(dialog, &client::customers::AssignDialog::assigned, &page,
                     [&, dialog](const QCborMap &r) { text = dialog->notifiedText(r); });
    dialog->open();
    auto *users = child<QListWidget>(dialog, QStringLiteral("assignUsers"));
    for (int i = 0; i < users->count(); ++i)
        if (users->item(i)->data(Qt::UserRole).toLongLong() == rep)
            users->item(i)->setCheckState(Qt::Checked);
    click(child<QCheckBox>(dialog, QStringLiteral("notifyTarget")));
    click(child<QPushButton>(dialog, QStringLiteral("assignOk")));
    REQUIRE(waitFor([&] { return !result.isEmpty(); }));
    CHECK(result.value(QStringLiteral("notified")).toInteger() == 1);
    CHECK(text == QStringLiteral("1 person(s) notified in the app."));
}

// Not run by ctest: writes docs/screenshots/notifications.png in Chinese.
//   build/bin/client_notifications_test "[.screenshots]"   (CORDIAL_SCREENSHOTS=dir to choose where)
TEST_CASE("screenshot of the notification list", "[.screenshots]")
{
    QSettings().clear();
    client::Language::install(qApp, QStringLiteral("zh_CN"));
    const QString out = qEnvironmentVariable("CORDIAL_SCREENSHOTS", QStringLiteral(CORDIAL_SOURCE_DIR "/docs/screenshots"));
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 rep = createRep(*admin, QStringLiteral("wang.fang"), QStringLiteral("王芳"));
    const qint64 other = createRep(*admin, QStringLiteral("zhao.min"), QStringLiteral("赵敏"));
    auto repConnection = loginTo(server, QStringLiteral("wang.fang"), kRepPassword);
    REQUIRE(repConnection);
    const qint64 own = createCustomer(*repConnection, QStringLiteral("合肥科大智能设备有限公司"));
    assign(*admin, {createCustomer(*admin, QStringLiteral("杭州西湖茶业有限公司"))}, rep);
    assign(*admin, {own}, other, QStringLiteral("replace"), QStringLiteral("creator"));
    assign(*admin,
           {createCustomer(*admin, QStringLiteral("宁波港航物流有限公司")),
            createCustomer(*admin, QStringLiteral("苏州工业园区精密机械有限公司")),
            createCustomer(*admin, QStringLiteral("南京紫金软件科技有限公司"))},
           rep);
    const qint64 shared = createCustomer(*admin, QStringLiteral("上海浦东国际贸易有限公司"));
    assign(*admin, {shared}, other);
    assign(*admin, {shared}, rep, QStringLiteral("add"));

    client::MainWindow window(repConnection.get());
    window.resize(1100, 700);
    window.show();
    auto *center = window.notificationCenter();
    REQUIRE(waitFor([&] { return center->isLoaded() && center->notifications().size() == 4; }));
    center->markRead(center->notifications().last().id);
    REQUIRE(waitFor([&] { return center->unreadCount() == 3; }));
    NotificationsDialog *dialog = window.showNotifications();
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    QTest::qWait(200);
    REQUIRE(dialog->grab().save(out + QStringLiteral("/notifications.png")));
}
