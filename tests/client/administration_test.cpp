// The administration page against a real cordiald: the department tree, adding and
// deleting through the UI, the user list's search, and what a reader may do.
#include "WidgetTest.h"

#include "admin/AdministrationPage.h"
#include "admin/DepartmentsPage.h"
#include "admin/PagedListModel.h"
#include "admin/UsersPage.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace cordial;
using namespace cordial::test;
using client::AdministrationPage;

namespace {

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &name)
{
    const QList<QTreeWidgetItem *> items = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? nullptr : items.first();
}

void clickItem(QTreeWidget *tree, QTreeWidgetItem *item)
{
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    REQUIRE(tree->currentItem() == item);
}

QAction *action(const QWidget *page, const char *name)
{
    return child<QAction>(page, QString::fromLatin1(name));
}

// Waits until whoami and the department list have both arrived.
QTreeWidget *departmentTree(AdministrationPage &page)
{
    page.resize(1000, 700);
    page.show();
    REQUIRE(waitFor([&] { return !page.rights().isEmpty(); }));
    auto *tree = child<QTreeWidget>(&page, QStringLiteral("departmentTree"));
    return tree;
}

qint64 departmentId(client::Connection &connection, const QString &name, qint64 *parentId = nullptr)
{
    const protocol::Reply reply = call(connection, QStringLiteral("departments.list"));
    REQUIRE(reply.ok);
    for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray()) {
        const QCborMap d = v.toMap();
        if (d.value(QStringLiteral("name")).toString() == name) {
            if (parentId)
                *parentId = d.value(QStringLiteral("parent_id")).toInteger(0);
            return d.value(QStringLiteral("id")).toInteger();
        }
    }
    return 0;
}

} // namespace

TEST_CASE("the departments page shows the tree of departments created on the server")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 head = createDepartment(*connection, QStringLiteral("北京分公司"));
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售部"), head);
    createDepartment(*connection, QStringLiteral("华东区"), sales);
    createDepartment(*connection, QStringLiteral("财务部"), head);

    AdministrationPage page(connection.get());
    QTreeWidget *tree = departmentTree(page);
    REQUIRE(waitFor([&] { return findItem(tree, QStringLiteral("华东区")) != nullptr; }));

    QTreeWidgetItem *east = findItem(tree, QStringLiteral("华东区"));
    REQUIRE(east->parent());
    CHECK(east->parent()->text(0) == QStringLiteral("销售部"));
    REQUIRE(east->parent()->parent());
    CHECK(east->parent()->parent()->text(0) == QStringLiteral("北京分公司"));
    CHECK(findItem(tree, QStringLiteral("财务部"))->parent()->text(0) == QStringLiteral("北京分公司"));
    CHECK(east->text(1) == QStringLiteral("0")); // its user count
    CHECK(east->parent()->isExpanded());
}

TEST_CASE("adding a sub-department through the page creates it on the server")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 head = createDepartment(*connection, QStringLiteral("北京分公司"));

    AdministrationPage page(connection.get());
    QTreeWidget *tree = departmentTree(page);
    child<QTabWidget>(&page, QStringLiteral("administrationTabs"))->setCurrentWidget(page.departmentsPage());
    REQUIRE(waitFor([&] { return findItem(tree, QStringLiteral("北京分公司")) != nullptr; }));
    clickItem(tree, findItem(tree, QStringLiteral("北京分公司")));

    QAction *add = action(&page, "addDepartment");
    REQUIRE(add->isVisible());
    clickAction(add);
    auto *dialog = child<QDialog>(&page, QStringLiteral("departmentNameDialog"));
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    typeText(child<QLineEdit>(dialog, QStringLiteral("name")), QStringLiteral("研发部"));
    click(child<QDialogButtonBox>(dialog, {})->button(QDialogButtonBox::Ok));

    REQUIRE(waitFor([&] { return findItem(tree, QStringLiteral("研发部")) != nullptr; }));
    qint64 parent = 0;
    CHECK(departmentId(*connection, QStringLiteral("研发部"), &parent) != 0);
    CHECK(parent == head);
    CHECK(findItem(tree, QStringLiteral("研发部"))->parent()->text(0) == QStringLiteral("北京分公司"));
    CHECK(tree->currentItem()->text(0) == QStringLiteral("研发部"));
}

TEST_CASE("a sibling with the same name keeps the name dialog open with the reason")
{
    TestServer server;
    auto connection = startAndLogin(server);
    createDepartment(*connection, QStringLiteral("北京分公司"));

    AdministrationPage page(connection.get());
    QTreeWidget *tree = departmentTree(page);
    child<QTabWidget>(&page, QStringLiteral("administrationTabs"))->setCurrentWidget(page.departmentsPage());
    REQUIRE(waitFor([&] { return findItem(tree, QStringLiteral("北京分公司")) != nullptr; }));
    tree->clearSelection();
    tree->setCurrentItem(nullptr);

    clickAction(action(&page, "addDepartment"));
    auto *dialog = child<QDialog>(&page, QStringLiteral("departmentNameDialog"));
    typeText(child<QLineEdit>(dialog, QStringLiteral("name")), QStringLiteral("北京分公司"));
    click(child<QDialogButtonBox>(dialog, {})->button(QDialogButtonBox::Ok));
    auto *error = child<QLabel>(dialog, QStringLiteral("name_error"));
    REQUIRE(waitFor([&] { return error->isVisible(); }));
    CHECK(error->text().contains(QStringLiteral("same name")));
    CHECK(dialog->isVisible());
    CHECK(child<QLineEdit>(dialog, QStringLiteral("name"))->text() == QStringLiteral("北京分公司"));
}

TEST_CASE("deleting a department that still has users says why it cannot be deleted")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售部"));
    REQUIRE(call(*connection, QStringLiteral("users.create"),
                 {{QStringLiteral("login"), QStringLiteral("li.si")},
                  {QStringLiteral("display_name"), QStringLiteral("李四")},
                  {QStringLiteral("password"), QStringLiteral("first-pass-1")},
                  {QStringLiteral("role"), QStringLiteral("staff")},
                  {QStringLiteral("department_id"), sales}})
                .ok);
    createDepartment(*connection, QStringLiteral("空部门"));

    AdministrationPage page(connection.get());
    QTreeWidget *tree = departmentTree(page);
    child<QTabWidget>(&page, QStringLiteral("administrationTabs"))->setCurrentWidget(page.departmentsPage());
    REQUIRE(waitFor([&] { return findItem(tree, QStringLiteral("销售部")) && findItem(tree, QStringLiteral("空部门")); }));

    auto confirmDelete = [&](const QString &name) {
        clickItem(tree, findItem(tree, name));
        clickAction(action(&page, "deleteDepartment"));
        auto *box = child<QMessageBox>(&page, QStringLiteral("deleteDepartmentConfirm"));
        REQUIRE(waitFor([&] { return box->isVisible(); }));
        click(box->button(QMessageBox::Yes));
    };

    confirmDelete(QStringLiteral("销售部"));
    auto *banner = child<QWidget>(page.departmentsPage(), QStringLiteral("messageBanner"));
    REQUIRE(waitFor([&] { return banner->isVisible(); }));
    const QString text = banner->findChild<QLabel *>()->text();
    CHECK(text.contains(QStringLiteral("cannot be deleted")));
    CHECK(text.contains(QStringLiteral("销售部")));
    CHECK(departmentId(*connection, QStringLiteral("销售部")) == sales);

    REQUIRE(waitFor([&] { return !page.findChild<QMessageBox *>(QStringLiteral("deleteDepartmentConfirm")); }));
    confirmDelete(QStringLiteral("空部门"));
    REQUIRE(waitFor([&] { return findItem(tree, QStringLiteral("空部门")) == nullptr; }));
    CHECK(departmentId(*connection, QStringLiteral("空部门")) == 0);
}

TEST_CASE("the user list searches as you type")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售部"));
    for (const auto &[login, name] : {std::pair{"zhang.san", "张三"}, {"li.si", "李四"}, {"zhang.wei", "张伟"}}) {
        REQUIRE(call(*connection, QStringLiteral("users.create"),
                     {{QStringLiteral("login"), QString::fromLatin1(login)},
                      {QStringLiteral("display_name"), QString::fromUtf8(name)},
                      {QStringLiteral("password"), QStringLiteral("first-pass-1")},
                      {QStringLiteral("role"), QStringLiteral("staff")},
                      {QStringLiteral("department_id"), sales}})
                    .ok);
    }

    AdministrationPage page(connection.get());
    departmentTree(page);
    client::PagedListModel *model = page.usersPage()->model();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() == 4; })); // with admin
    auto *count = child<QLabel>(&page, QStringLiteral("userCount"));
    CHECK(count->text().contains(QStringLiteral("4")));

    typeText(child<QLineEdit>(&page, QStringLiteral("userSearch")), QStringLiteral("zhang"));
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() == 2; }));
    CHECK(count->text().contains(QStringLiteral("2")));

    auto *search = child<QLineEdit>(&page, QStringLiteral("userSearch"));
    search->clear();
    typeText(search, QStringLiteral("李"));
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() == 1; }));
    CHECK(model->record(0).value(QStringLiteral("login")).toString() == QStringLiteral("li.si"));
}

TEST_CASE("the user list fetches further pages as it scrolls")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售部"));
    for (int i = 0; i < 120; ++i) {
        REQUIRE(call(*connection, QStringLiteral("users.create"),
                     {{QStringLiteral("login"), QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0'))},
                      {QStringLiteral("display_name"), QStringLiteral("用户%1").arg(i)},
                      {QStringLiteral("password"), QStringLiteral("first-pass-1")},
                      {QStringLiteral("role"), QStringLiteral("staff")},
                      {QStringLiteral("department_id"), sales}})
                    .ok);
    }
    AdministrationPage page(connection.get());
    departmentTree(page);
    child<QTabWidget>(&page, QStringLiteral("administrationTabs"))->setCurrentWidget(page.usersPage());
    client::PagedListModel *model = page.usersPage()->model();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() >= 100; }));
    CHECK(model->rowCount() < 121);
    auto *table = child<QAbstractItemView>(&page, QStringLiteral("userTable"));
    REQUIRE(waitFor([&] {
        table->scrollToBottom();
        return model->rowCount() == 121;
    }));
    CHECK(model->total() == 121);
}

TEST_CASE("a director sees departments and users but no editing actions, and the audit log")
{
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 head = createDepartment(*admin, QStringLiteral("北京分公司"));
    REQUIRE(call(*admin, QStringLiteral("users.create"),
                 {{QStringLiteral("login"), QStringLiteral("boss")},
                  {QStringLiteral("display_name"), QStringLiteral("老板")},
                  {QStringLiteral("password"), QStringLiteral("boss-pass-123")},
                  {QStringLiteral("role"), QStringLiteral("director")},
                  {QStringLiteral("department_id"), head}})
                .ok);
    auto director = loginTo(server, QStringLiteral("boss"), QStringLiteral("boss-pass-123"));
    REQUIRE(director);

    AdministrationPage page(director.get());
    QTreeWidget *tree = departmentTree(page);
    REQUIRE(waitFor([&] { return findItem(tree, QStringLiteral("北京分公司")) != nullptr; }));
    for (const char *name : {"addDepartment", "renameDepartment", "moveDepartment", "deleteDepartment", "newUser",
                             "editUser", "toggleUserDisabled", "resetPassword"}) {
        INFO(name);
        CHECK_FALSE(action(&page, name)->isVisible());
    }
    CHECK(page.auditViewer() != nullptr);
}
