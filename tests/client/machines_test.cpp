// Registered computers in the client, driven like a person against a real cordiald:
// Administration → Computers (approve after comparing the fingerprint, revoke and
// delete after confirming, a change made meanwhile), the login refusal that names this
// computer's fingerprint, and Settings → This computer.
#include "WidgetTest.h"

#include "admin/AdministrationPage.h"
#include "admin/MachineDialog.h"
#include "admin/MachinesPage.h"
#include "admin/MessageBanner.h"
#include "admin/UserEditorDialog.h"
#include "app/Language.h"
#include "app/LoginDialog.h"
#include "app/ThisComputerDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace cordial;
using namespace cordial::test;
using client::admin::MachineDialog;
using client::admin::MachinesPage;

namespace {

const QString kRepPassword = QStringLiteral("rep-pass-123");

QCborArray items(const protocol::Reply &reply)
{
    return reply.result.toMap().value(QStringLiteral("items")).toArray();
}

// A user of the root department.
void createUser(client::Connection &admin, const QString &login, const QString &name, const QString &role)
{
    const qint64 root = items(call(admin, QStringLiteral("departments.list"))).at(0).toMap().value(QStringLiteral("id")).toInteger();
    test::createUser(admin, login, name, role, root, kRepPassword);
}

void restrictStaff(client::Connection &admin)
{
    for (const QCborValue &v : items(call(admin, QStringLiteral("roles.list")))) {
        const QCborMap role = v.toMap();
        if (role.value(QStringLiteral("name")).toString() == QLatin1String("staff"))
            REQUIRE(call(admin, QStringLiteral("roles.update"),
                         {{QStringLiteral("id"), role.value(QStringLiteral("id"))},
                          {QStringLiteral("version"), role.value(QStringLiteral("version"))},
                          {QStringLiteral("registered_machines_only"), true}})
                        .ok);
    }
}

// Logs in as `login` from a computer with `key` and a host name; the reply.
protocol::Reply logInFrom(const TestServer &server, const client::MachineKey &key, const QString &computer,
                          const QString &login)
{
    auto c = connectTo(server);
    REQUIRE(c);
    c->setMachineKey(key);
    c->setMachineName(computer);
    std::optional<protocol::Reply> reply;
    c->login(login, kRepPassword, [&reply](const protocol::Reply &r) { reply = r; });
    REQUIRE(waitFor([&] { return reply.has_value(); }));
    return *reply;
}

QCborMap machineOf(client::Connection &admin, const client::MachineKey &key)
{
    for (const QCborValue &v : items(call(admin, QStringLiteral("machines.list"))))
        if (v.toMap().value(QStringLiteral("fingerprint")).toString() == key.fingerprint())
            return v.toMap();
    return {};
}

// The Computers tab once the caller's rights and its list have arrived.
MachinesPage *computersTab(client::AdministrationPage &admin)
{
    admin.resize(1200, 600);
    admin.show();
    REQUIRE(waitFor([&] { return admin.machinesPage() != nullptr; }));
    MachinesPage *page = admin.machinesPage();
    child<QTabWidget>(&admin, QStringLiteral("administrationTabs"))->setCurrentWidget(page);
    bool refreshed = false;
    QObject::connect(page, &MachinesPage::refreshed, page, [&] { refreshed = true; });
    page->refresh();
    REQUIRE(waitFor([&] { return refreshed; }));
    QObject::disconnect(page, &MachinesPage::refreshed, page, nullptr);
    return page;
}

// Waits for the next list the page loads.
void waitForRefresh(MachinesPage *page)
{
    bool refreshed = false;
    auto *guard = new QObject(page);
    QObject::connect(page, &MachinesPage::refreshed, guard, [&] { refreshed = true; });
    REQUIRE(waitFor([&] { return refreshed; }));
    delete guard;
}

int rowOf(const MachinesPage *page, const QString &fingerprint)
{
    for (int r = 0; r < page->model()->rowCount(); ++r)
        if (page->model()->item(r, 1)->text() == fingerprint)
            return r;
    return -1;
}

QString cell(const MachinesPage *page, int row, int column)
{
    return page->model()->item(row, column)->text();
}

void selectRow(MachinesPage *page, const QString &fingerprint)
{
    const int row = rowOf(page, fingerprint);
    REQUIRE(row >= 0);
    QTableView *table = page->table();
    // The table shows the server's order: the model row is the row on screen.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
    REQUIRE(page->selectedRecord().value(QStringLiteral("fingerprint")).toString() == fingerprint);
}

} // namespace

TEST_CASE("the Computers tab lists the computer waiting for approval first, and approved after its fingerprint "
          "is checked it lets its user in")
{
    TestServer server;
    auto admin = startAndLogin(server);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("王芳"), QStringLiteral("staff"));
    restrictStaff(*admin);
    const client::MachineKey key = client::MachineKey::generate();
    REQUIRE(logInFrom(server, key, QStringLiteral("wang-pc"), QStringLiteral("rep")).error.field == QStringLiteral("machine"));

    client::AdministrationPage administration(admin.get());
    MachinesPage *page = computersTab(administration);
    REQUIRE(page->model()->rowCount() == 2); // the administrator's own computer too
    CHECK(cell(page, 0, 0) == QStringLiteral("wang-pc"));
    CHECK(cell(page, 0, 1) == key.fingerprint());
    CHECK(cell(page, 0, 2) == QStringLiteral("Waiting for approval"));
    CHECK(cell(page, 0, 3) == QStringLiteral("王芳"));
    CHECK(child<QLabel>(page, QStringLiteral("recordCount"))->text().contains(QStringLiteral("waiting for approval")));
    CHECK_FALSE(child<QAction>(page, QStringLiteral("newRecord"))->isVisible());

    selectRow(page, key.fingerprint());
    REQUIRE(page->approveAction()->isEnabled());
    clickAction(page->approveAction());
    auto *dialog = child<MachineDialog>(page, QStringLiteral("approveMachineDialog"));
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    CHECK(child<QLabel>(dialog, QStringLiteral("machineFingerprint"))->text() == key.fingerprint());
    CHECK(child<QLabel>(dialog, QStringLiteral("machineLastUser"))->text().contains(QStringLiteral("rep")));
    // No name, no approval: the dialog says so beside the name and stays.
    dialog->nameEdit()->clear();
    click(child<QPushButton>(dialog, QStringLiteral("saveMachine")));
    CHECK_FALSE(dialog->errorText(QStringLiteral("name")).isEmpty());
    CHECK(machineOf(*admin, key).value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    typeText(dialog->nameEdit(), QStringLiteral("销售部王芳的电脑"));
    click(child<QPushButton>(dialog, QStringLiteral("saveMachine")));
    waitForRefresh(page);

    const QCborMap approved = machineOf(*admin, key);
    CHECK(approved.value(QStringLiteral("status")).toString() == QStringLiteral("approved"));
    CHECK(approved.value(QStringLiteral("name")).toString() == QStringLiteral("销售部王芳的电脑"));
    const int row = rowOf(page, key.fingerprint());
    CHECK(cell(page, row, 2) == QStringLiteral("Approved"));
    CHECK(cell(page, row, 6) == admin->user().value(QStringLiteral("display_name")).toString());
    CHECK(child<client::MessageBanner>(page, QStringLiteral("messageBanner"))->text().contains(QStringLiteral("approved")));
    // The same computer remains selected: approving it again is not offered, revoking is.
    CHECK_FALSE(page->approveAction()->isEnabled());
    CHECK(page->revokeAction()->isEnabled());
    CHECK(logInFrom(server, key, QStringLiteral("wang-pc"), QStringLiteral("rep")).ok);
}

TEST_CASE("revoking and deleting a computer are confirmed first, and a change made meanwhile is reported")
{
    TestServer server;
    auto admin = startAndLogin(server);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("王芳"), QStringLiteral("staff"));
    const client::MachineKey key = client::MachineKey::generate();
    REQUIRE(logInFrom(server, key, QStringLiteral("wang-pc"), QStringLiteral("rep")).ok);
    const QCborMap machine = machineOf(*admin, key);
    REQUIRE(call(*admin, QStringLiteral("machines.approve"),
                 {{QStringLiteral("id"), machine.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1}})
                .ok);

    client::AdministrationPage administration(admin.get());
    MachinesPage *page = computersTab(administration);
    selectRow(page, key.fingerprint());

    clickAction(page->revokeAction());
    auto *box = child<QMessageBox>(page, QStringLiteral("revokeMachineConfirm"));
    CHECK(box->text().contains(key.fingerprint()));
    click(box->button(QMessageBox::No));
    QTest::qWait(100);
    CHECK(machineOf(*admin, key).value(QStringLiteral("status")).toString() == QStringLiteral("approved"));

    clickAction(page->revokeAction());
    box = child<QMessageBox>(page, QStringLiteral("revokeMachineConfirm"));
    click(box->button(QMessageBox::Yes));
    waitForRefresh(page);
    CHECK(machineOf(*admin, key).value(QStringLiteral("status")).toString() == QStringLiteral("revoked"));
    CHECK(cell(page, rowOf(page, key.fingerprint()), 2) == QStringLiteral("Revoked"));

    // Someone renames it meanwhile; the rename here is then refused, saying why.
    REQUIRE(call(*admin, QStringLiteral("machines.rename"),
                 {{QStringLiteral("id"), machine.value(QStringLiteral("id"))},
                  {QStringLiteral("version"), machineOf(*admin, key).value(QStringLiteral("version"))},
                  {QStringLiteral("name"), QStringLiteral("别人改的名字")}})
                .ok);
    selectRow(page, key.fingerprint());
    clickAction(child<QAction>(page, QStringLiteral("openRecord")));
    auto *dialog = child<MachineDialog>(page, QStringLiteral("renameMachineDialog"));
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    dialog->nameEdit()->clear();
    typeText(dialog->nameEdit(), QStringLiteral("我的名字"));
    click(child<QPushButton>(dialog, QStringLiteral("saveMachine")));
    REQUIRE(waitFor([&] { return !dialog->errorText(QStringLiteral("general")).isEmpty(); }));
    CHECK(dialog->errorText(QStringLiteral("general")).contains(QStringLiteral("Someone else changed")));
    CHECK(machineOf(*admin, key).value(QStringLiteral("name")).toString() == QStringLiteral("别人改的名字"));
    dialog->reject();
    waitForRefresh(page);
    CHECK(cell(page, rowOf(page, key.fingerprint()), 0) == QStringLiteral("别人改的名字"));

    selectRow(page, key.fingerprint());
    clickAction(child<QAction>(page, QStringLiteral("deleteRecord")));
    box = child<QMessageBox>(page, QStringLiteral("deleteMachineConfirm"));
    click(box->button(QMessageBox::Yes));
    waitForRefresh(page);
    CHECK(rowOf(page, key.fingerprint()) < 0);
    CHECK(machineOf(*admin, key).isEmpty());
}

TEST_CASE("a department administrator has no Computers tab")
{
    TestServer server;
    auto admin = startAndLogin(server);
    const auto role = call(*admin, QStringLiteral("roles.create"),
                           {{QStringLiteral("name"), QStringLiteral("branch_admin")},
                            {QStringLiteral("modules"),
                             QCborMap{{QStringLiteral("administration"),
                                       QCborMap{{QStringLiteral("level"), QStringLiteral("editor")},
                                                {QStringLiteral("scope"), QStringLiteral("department_tree")}}}}}});
    REQUIRE(role.ok);
    createUser(*admin, QStringLiteral("branch"), QStringLiteral("分公司管理员"), QStringLiteral("branch_admin"));
    auto branch = loginTo(server, QStringLiteral("branch"), kRepPassword);
    REQUIRE(branch);
    client::AdministrationPage administration(branch.get());
    administration.show();
    REQUIRE(waitFor([&] { return administration.rights().contains(QStringLiteral("users.manage")); }));
    CHECK(administration.machinesPage() == nullptr);
}

TEST_CASE("a login refused on a computer nobody approved shows its name and fingerprint to read out")
{
    TestServer server;
    auto admin = startAndLogin(server);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("王芳"), QStringLiteral("staff"));
    restrictStaff(*admin);
    auto connection = connectTo(server);
    REQUIRE(connection);
    connection->setMachineName(QStringLiteral("wang-pc"));
    client::LoginDialog dialog(connection.get());
    dialog.setServer(server.address().toString());
    dialog.setLogin(QStringLiteral("rep"));
    dialog.setPassword(kRepPassword);
    dialog.show();
    dialog.submit();
    REQUIRE(waitFor([&] { return !dialog.isBusy(); }));
    const QString message = child<QLabel>(&dialog, QStringLiteral("statusLabel"))->text();
    CHECK(message.contains(connection->machineKey()->fingerprint()));
    CHECK(message.contains(QStringLiteral("wang-pc")));
    CHECK(message.contains(QStringLiteral("Administration › Computers")));
    CHECK(dialog.isVisible());
}

TEST_CASE("the user editor restricts one user to approved computers")
{
    TestServer server;
    auto admin = startAndLogin(server);
    createUser(*admin, QStringLiteral("boss"), QStringLiteral("赵总"), QStringLiteral("director"));
    QCborMap user = findUser(*admin, QStringLiteral("boss"));
    REQUIRE_FALSE(user.value(QStringLiteral("registered_machines_only")).toBool());
    client::UserEditorDialog dialog(admin.get(), user);
    dialog.show();
    REQUIRE(waitFor([&] { return dialog.isLoaded(); }));
    auto *machinesOnly = child<QCheckBox>(&dialog, QStringLiteral("registered_machines_only"));
    CHECK_FALSE(machinesOnly->isChecked());
    click(machinesOnly);
    bool saved = false;
    QObject::connect(&dialog, &client::UserEditorDialog::saved, &dialog, [&] { saved = true; });
    click(child<QPushButton>(&dialog, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return saved; }));
    CHECK(findUser(*admin, QStringLiteral("boss")).value(QStringLiteral("registered_machines_only")).toBool());
    const client::MachineKey key = client::MachineKey::generate();
    CHECK(logInFrom(server, key, QStringLiteral("boss-pc"), QStringLiteral("boss")).error.field == QStringLiteral("machine"));
}

TEST_CASE("Settings › This computer shows the fingerprint of this computer's key")
{
    const client::MachineKey key = client::MachineKey::generate();
    client::ThisComputerDialog dialog(key, QStringLiteral("wang-pc"));
    CHECK(child<QLabel>(&dialog, QStringLiteral("computerFingerprint"))->text() == key.fingerprint());
    CHECK(child<QLabel>(&dialog, QStringLiteral("computerName"))->text() == QStringLiteral("wang-pc"));
    CHECK(child<QPushButton>(&dialog, QStringLiteral("copyFingerprint"))->isEnabled());
    client::ThisComputerDialog without(std::nullopt, QStringLiteral("wang-pc"));
    CHECK(child<QLabel>(&without, QStringLiteral("computerFingerprint"))->text() == QStringLiteral("none"));
    CHECK_FALSE(child<QPushButton>(&without, QStringLiteral("copyFingerprint"))->isEnabled());
}

// Not run by ctest: writes docs/screenshots/administration-computers.png,
// computer-approve.png, login-computer-refused.png and this-computer.png in Chinese.
//   build/bin/client_machines_test "[.screenshots]"   (CORDIAL_SCREENSHOTS=dir to choose where)
TEST_CASE("screenshots of the Computers tab, the approval, the refused login and this computer", "[.screenshots]")
{
    QSettings().clear();
    client::Language::install(qApp, QStringLiteral("zh_CN"));
    const QString out = qEnvironmentVariable("CORDIAL_SCREENSHOTS", QStringLiteral(CORDIAL_SOURCE_DIR "/docs/screenshots"));
    TestServer server;
    auto admin = startAndLogin(server);
    createUser(*admin, QStringLiteral("wang.fang"), QStringLiteral("王芳"), QStringLiteral("staff"));
    createUser(*admin, QStringLiteral("zhao.min"), QStringLiteral("赵敏"), QStringLiteral("staff"));
    createUser(*admin, QStringLiteral("li.lei"), QStringLiteral("李雷"), QStringLiteral("staff"));
    const client::MachineKey front = client::MachineKey::generate();
    const client::MachineKey laptop = client::MachineKey::generate();
    const client::MachineKey old = client::MachineKey::generate();
    REQUIRE(logInFrom(server, front, QStringLiteral("SH-FRONTDESK-01"), QStringLiteral("zhao.min")).ok);
    REQUIRE(logInFrom(server, old, QStringLiteral("SH-SALES-07"), QStringLiteral("li.lei")).ok);
    for (const auto &[key, name] : {std::pair{front, QStringLiteral("上海前台电脑")}, std::pair{old, QStringLiteral("销售部旧电脑")}})
        REQUIRE(call(*admin, QStringLiteral("machines.approve"),
                     {{QStringLiteral("id"), machineOf(*admin, key).value(QStringLiteral("id"))},
                      {QStringLiteral("version"), 1},
                      {QStringLiteral("name"), name}})
                    .ok);
    const QCborMap retired = machineOf(*admin, old);
    REQUIRE(call(*admin, QStringLiteral("machines.revoke"),
                 {{QStringLiteral("id"), retired.value(QStringLiteral("id"))}, {QStringLiteral("version"), 2}})
                .ok);
    restrictStaff(*admin);
    REQUIRE(logInFrom(server, laptop, QStringLiteral("WANGFANG-LAPTOP"), QStringLiteral("wang.fang")).error.field
            == QStringLiteral("machine"));

    client::AdministrationPage administration(admin.get());
    MachinesPage *page = computersTab(administration);
    administration.resize(1180, 420);
    selectRow(page, laptop.fingerprint());
    QTest::qWait(200);
    REQUIRE(administration.grab().save(out + QStringLiteral("/administration-computers.png")));

    clickAction(page->approveAction());
    auto *dialog = child<MachineDialog>(page, QStringLiteral("approveMachineDialog"));
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    dialog->nameEdit()->setText(QStringLiteral("王芳的笔记本电脑"));
    QTest::qWait(200);
    REQUIRE(dialog->grab().save(out + QStringLiteral("/computer-approve.png")));
    dialog->reject();

    auto connection = connectTo(server);
    REQUIRE(connection);
    connection->setMachineKey(laptop);
    connection->setMachineName(QStringLiteral("WANGFANG-LAPTOP"));
    client::LoginDialog login(connection.get());
    login.setServer(server.address().toString());
    login.setLogin(QStringLiteral("wang.fang"));
    login.setPassword(kRepPassword);
    login.show();
    login.submit();
    REQUIRE(waitFor([&] { return !login.isBusy(); }));
    QTest::qWait(200);
    REQUIRE(login.grab().save(out + QStringLiteral("/login-computer-refused.png")));

    client::ThisComputerDialog computer(laptop, QStringLiteral("WANGFANG-LAPTOP"));
    computer.show();
    QTest::qWait(200);
    REQUIRE(computer.grab().save(out + QStringLiteral("/this-computer.png")));
}
