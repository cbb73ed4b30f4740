// Administration → Roles and the role editor driven like a person against a real
// cordiald: creating a role with a hidden customer field, the server's complaints
// beside the field they concern, and a role changed by someone else meanwhile.
#include "WidgetTest.h"

#include "admin/AccessDialog.h"
#include "admin/AdministrationPage.h"
#include "admin/DepartmentsPage.h"
#include "admin/GroupEditorDialog.h"
#include "admin/GroupsPage.h"
#include "admin/PagedListModel.h"
#include "admin/RoleEditorDialog.h"
#include "admin/RoleList.h"
#include "admin/RolesPage.h"
#include "admin/UserEditorDialog.h"
#include "admin/UsersPage.h"
#include "app/Language.h"
#include "audit/AuditViewer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace cordial;
using namespace cordial::test;
using client::admin::RoleEditorDialog;
using client::admin::RolesPage;

namespace {

// The roles tab once the caller's rights and the first list have arrived.
RolesPage *rolesTab(client::AdministrationPage &admin)
{
    admin.resize(1100, 640);
    admin.show();
    REQUIRE(waitFor([&] { return admin.rolesPage() != nullptr; }));
    RolesPage *page = admin.rolesPage();
    bool refreshed = false;
    QObject::connect(page, &RolesPage::refreshed, page, [&] { refreshed = true; });
    // The page asked for its list when it was made; that reply may already be in, so ask
    // again now that someone is listening.
    page->refresh();
    REQUIRE(waitFor([&] { return refreshed; }));
    QObject::disconnect(page, &RolesPage::refreshed, page, nullptr);
    return page;
}

int rowOf(const RolesPage *page, const QString &name)
{
    const QStandardItemModel *model = page->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r, 0)->text() == name)
            return r;
    return -1;
}

QCborMap roleNamed(client::Connection &connection, const QString &name)
{
    const protocol::Reply reply = call(connection, QStringLiteral("roles.list"));
    REQUIRE(reply.ok);
    for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray())
        if (v.toMap().value(QStringLiteral("name")).toString() == name)
            return v.toMap();
    return {};
}

qint64 createRole(client::Connection &connection, const QString &name, const QCborMap &modules)
{
    const protocol::Reply reply = call(connection, QStringLiteral("roles.create"),
                                       {{QStringLiteral("name"), name}, {QStringLiteral("modules"), modules}});
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

QCborMap grant(const char *level, const char *scope, const QStringList &extras = {})
{
    return {{QStringLiteral("level"), QString::fromLatin1(level)},
            {QStringLiteral("scope"), QString::fromLatin1(scope)},
            {QStringLiteral("extras"), QCborArray::fromStringList(extras)}};
}

// Ticks one role in a checklist by its name.
void tickRole(client::admin::RoleChecklist *list, const QString &name)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == name) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    FAIL("no role " << name.toStdString() << " in the list");
}

QStringList column(const QTableWidget *table, int c)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out.append(table->item(r, c) ? table->item(r, c)->text() : QString());
    return out;
}

RoleEditorDialog *openNew(RolesPage *page)
{
    RoleEditorDialog *dialog = page->newRole();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isLoaded(); }));
    return dialog;
}

} // namespace

TEST_CASE("an administrator creates a role that hides a finance field, and the list shows it")
{
    TestServer server;
    auto connection = startAndLogin(server);
    client::AdministrationPage admin(connection.get());
    RolesPage *page = rolesTab(admin);
    CHECK(page->model()->rowCount() == 5); // the built-in roles
    CHECK(rowOf(page, QStringLiteral("Administrator")) == 0);

    RoleEditorDialog *dialog = openNew(page);
    typeText(child<QLineEdit>(dialog, QStringLiteral("name")), QStringLiteral("业务员甲"));
    typeText(child<QLineEdit>(dialog, QStringLiteral("description")), QStringLiteral("上海分公司的业务员"));
    chooseData(child<QComboBox>(dialog, QStringLiteral("level_customers")), QStringLiteral("editor"));
    chooseData(child<QComboBox>(dialog, QStringLiteral("scope_customers")), QStringLiteral("department_tree"));
    click(child<QCheckBox>(dialog, QStringLiteral("extra_customers_export")));
    // A module without access has nothing to scope.
    CHECK_FALSE(child<QComboBox>(dialog, QStringLiteral("scope_sales"))->isEnabled());
    CHECK_FALSE(child<QCheckBox>(dialog, QStringLiteral("extra_sales_export"))->isEnabled());

    dialog->tabs()->setCurrentIndex(RoleEditorDialog::FieldsPage);
    auto *hidden = child<QRadioButton>(dialog, QStringLiteral("field_credit_limit_hidden"));
    auto *readOnly = child<QRadioButton>(dialog, QStringLiteral("field_tax_no_read_only"));
    CHECK(child<QRadioButton>(dialog, QStringLiteral("field_credit_limit_editable"))->isChecked());
    click(hidden);
    click(readOnly);
    CHECK(hidden->isChecked());
    // The contacts' fields are listed after the customer's, as contacts.KEY.
    auto *fieldTable = child<QTableWidget>(dialog, QStringLiteral("fieldAccessTable"));
    fieldTable->scrollToBottom();
    QTest::qWait(50);
    click(child<QRadioButton>(dialog, QStringLiteral("field_contacts.mobile_hidden")));

    bool listed = false;
    QObject::connect(page, &RolesPage::refreshed, page, [&] { listed = rowOf(page, QStringLiteral("业务员甲")) >= 0; });
    click(child<QPushButton>(dialog, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return listed; }));

    const int row = rowOf(page, QStringLiteral("业务员甲"));
    CHECK(page->model()->item(row, 1)->text().isEmpty()); // not built in
    CHECK(page->model()->item(row, 2)->text() == QStringLiteral("0")); // held by nobody yet
    CHECK(page->model()->item(row, 3)->text() == QStringLiteral("Editor, Department and below"));
    CHECK(page->model()->item(row, 4)->text() == QStringLiteral("上海分公司的业务员"));
    CHECK(page->selectedRecord().value(QStringLiteral("name")).toString() == QStringLiteral("业务员甲"));

    const QCborMap stored = roleNamed(*connection, QStringLiteral("业务员甲"));
    const QCborMap customers =
        stored.value(QStringLiteral("modules")).toMap().value(QStringLiteral("customers")).toMap();
    CHECK(customers.value(QStringLiteral("level")).toString() == QStringLiteral("editor"));
    CHECK(customers.value(QStringLiteral("scope")).toString() == QStringLiteral("department_tree"));
    CHECK(customers.value(QStringLiteral("extras")).toArray() == QCborArray{QStringLiteral("export")});
    CHECK(customers.value(QStringLiteral("fields")).toMap()
          == QCborMap{{QStringLiteral("contacts.mobile"), QStringLiteral("hidden")},
                      {QStringLiteral("credit_limit"), QStringLiteral("hidden")},
                      {QStringLiteral("tax_no"), QStringLiteral("read_only")}});
    CHECK(stored.value(QStringLiteral("modules")).toMap().size() == 1);

    // The audit log names the change in words.
    client::AuditViewer viewer(connection.get());
    viewer.show();
    REQUIRE(waitFor([&] { return !viewer.model()->isLoading() && viewer.model()->rowCount() >= 2; }));
    CHECK(viewer.model()->record(0).value(QStringLiteral("op")).toString() == QStringLiteral("roles.create"));
    CHECK(viewer.model()->index(0, 3).data().toString() == QStringLiteral("Create role"));
    viewer.close();

    // Opened again, the editor shows what was saved.
    RoleEditorDialog *again = page->openSelected();
    REQUIRE(again);
    REQUIRE(waitFor([&] { return again->isLoaded(); }));
    CHECK(child<QRadioButton>(again, QStringLiteral("field_credit_limit_hidden"))->isChecked());
    CHECK(child<QRadioButton>(again, QStringLiteral("field_tax_no_read_only"))->isChecked());
    CHECK(child<QRadioButton>(again, QStringLiteral("field_contacts.mobile_hidden"))->isChecked());
    CHECK(child<QRadioButton>(again, QStringLiteral("field_mobile_editable"))->isChecked());
    CHECK(child<QCheckBox>(again, QStringLiteral("extra_customers_export"))->isChecked());
    again->reject();
}

TEST_CASE("a taken role name is refused beside the name and a bad address range before sending")
{
    TestServer server;
    auto connection = startAndLogin(server);
    REQUIRE(call(*connection, QStringLiteral("roles.create"),
                 {{QStringLiteral("name"), QStringLiteral("财务")}, {QStringLiteral("modules"), QCborMap{}}})
                .ok);
    client::AdministrationPage admin(connection.get());
    RolesPage *page = rolesTab(admin);

    RoleEditorDialog *dialog = openNew(page);
    auto *name = child<QLineEdit>(dialog, QStringLiteral("name"));
    typeText(name, QStringLiteral("财务"));
    chooseData(child<QComboBox>(dialog, QStringLiteral("level_customers")), QStringLiteral("reader"));
    click(child<QPushButton>(dialog, QStringLiteral("save")));
    auto *nameError = child<QLabel>(dialog, QStringLiteral("name_error"));
    REQUIRE(waitFor([&] { return nameError->isVisible(); }));
    CHECK(dialog->errorText(QStringLiteral("name")).contains(QStringLiteral("already has this name")));
    CHECK(dialog->isVisible());
    CHECK(name->text() == QStringLiteral("财务"));
    CHECK(name->hasFocus());
    // Typing in the name clears the complaint.
    typeText(name, QStringLiteral("部"));
    CHECK_FALSE(nameError->isVisible());

    // An address range that is none is explained on its tab, beside the list, and nothing is sent.
    dialog->tabs()->setCurrentIndex(RoleEditorDialog::ModulesPage);
    child<QPlainTextEdit>(dialog, QStringLiteral("ip_ranges"))->setPlainText(QStringLiteral("192.168.1.0/24\n10.0.0.0/33"));
    click(child<QPushButton>(dialog, QStringLiteral("save")));
    CHECK(dialog->tabs()->currentIndex() == RoleEditorDialog::SignInPage);
    CHECK(child<QLabel>(dialog, QStringLiteral("ip_ranges_error"))->isVisible());
    CHECK(dialog->errorText(QStringLiteral("ip_ranges")).contains(QStringLiteral("10.0.0.0/33")));
    QTest::qWait(200);
    CHECK(roleNamed(*connection, QStringLiteral("财务部")).isEmpty());

    // Fixed, it saves.
    auto *ranges = child<QPlainTextEdit>(dialog, QStringLiteral("ip_ranges"));
    ranges->setPlainText(QStringLiteral("192.168.1.0/24\n10.0.0.0/8"));
    click(child<QPushButton>(dialog, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return !dialog->isVisible(); }));
    CHECK(roleNamed(*connection, QStringLiteral("财务部")).value(QStringLiteral("ip_ranges")).toArray()
          == QCborArray{QStringLiteral("192.168.1.0/24"), QStringLiteral("10.0.0.0/8")});
}

TEST_CASE("a role that grants more than its maker holds is refused beside the module grid")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 root = createDepartment(*connection, QStringLiteral("信息部"));
    createRole(*connection, QStringLiteral("权限管理员"),
               {{QStringLiteral("administration"), grant("manager", "all")},
                {QStringLiteral("customers"), grant("reader", "all")}});
    createUser(*connection, QStringLiteral("acl"), QStringLiteral("权限管理员"), QStringLiteral("权限管理员"), root);
    auto acl = loginTo(server, QStringLiteral("acl"), QStringLiteral("first-pass-1"));
    REQUIRE(acl);

    client::AdministrationPage admin(acl.get());
    RolesPage *page = rolesTab(admin);
    RoleEditorDialog *dialog = openNew(page);
    typeText(child<QLineEdit>(dialog, QStringLiteral("name")), QStringLiteral("销售编辑"));
    chooseData(child<QComboBox>(dialog, QStringLiteral("level_customers")), QStringLiteral("editor"));
    dialog->tabs()->setCurrentIndex(RoleEditorDialog::SignInPage);
    click(child<QPushButton>(dialog, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return !dialog->errorText(QStringLiteral("modules")).isEmpty(); }));
    CHECK(dialog->errorText(QStringLiteral("modules")).contains(QStringLiteral("more than you hold")));
    CHECK(dialog->tabs()->currentIndex() == RoleEditorDialog::ModulesPage);
    CHECK(child<QLabel>(dialog, QStringLiteral("modules_error"))->isVisible());
    CHECK(dialog->errorText(QStringLiteral("general")).isEmpty());
    // Brought within the maker's own access, it is accepted.
    chooseData(child<QComboBox>(dialog, QStringLiteral("level_customers")), QStringLiteral("reader"));
    CHECK(dialog->errorText(QStringLiteral("modules")).isEmpty());
    click(child<QPushButton>(dialog, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return !dialog->isVisible(); }));
    CHECK_FALSE(roleNamed(*connection, QStringLiteral("销售编辑")).isEmpty());
}

TEST_CASE("a role changed by someone else meanwhile is shown again with a clear message")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const auto made = call(*connection, QStringLiteral("roles.create"),
                           {{QStringLiteral("name"), QStringLiteral("临时工")},
                            {QStringLiteral("description"), QStringLiteral("短期")},
                            {QStringLiteral("modules"), QCborMap{}}});
    REQUIRE(made.ok);
    client::AdministrationPage admin(connection.get());
    RolesPage *page = rolesTab(admin);
    page->selectRecord(made.result.toMap().value(QStringLiteral("id")).toInteger());
    RoleEditorDialog *dialog = page->openSelected();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isLoaded(); }));

    REQUIRE(call(*connection, QStringLiteral("roles.update"),
                 {{QStringLiteral("id"), made.result.toMap().value(QStringLiteral("id"))},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("description"), QStringLiteral("三个月以内")}})
                .ok);
    auto *description = child<QLineEdit>(dialog, QStringLiteral("description"));
    description->selectAll();
    typeText(description, QStringLiteral("暑期"));
    click(child<QPushButton>(dialog, QStringLiteral("save")));

    REQUIRE(waitFor([&] { return !dialog->errorText(QStringLiteral("general")).isEmpty(); }));
    CHECK(dialog->errorText(QStringLiteral("general")).contains(QStringLiteral("Someone else changed this role")));
    CHECK(description->text() == QStringLiteral("三个月以内"));
    CHECK(dialog->isVisible());
    // Saving again now applies to the version shown.
    description->selectAll();
    typeText(description, QStringLiteral("暑期"));
    click(child<QPushButton>(dialog, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return !dialog->isVisible(); }));
    CHECK(roleNamed(*connection, QStringLiteral("临时工")).value(QStringLiteral("description")).toString()
          == QStringLiteral("暑期"));
}

TEST_CASE("the administrator role is shown but cannot be changed or deleted")
{
    TestServer server;
    auto connection = startAndLogin(server);
    client::AdministrationPage admin(connection.get());
    RolesPage *page = rolesTab(admin);
    page->table()->selectRow(rowOf(page, QStringLiteral("Administrator")));
    CHECK(child<QAction>(page, QStringLiteral("openRecord"))->isEnabled());
    CHECK_FALSE(child<QAction>(page, QStringLiteral("deleteRecord"))->isEnabled());
    RoleEditorDialog *dialog = page->openSelected();
    REQUIRE(dialog);
    CHECK(dialog->isReadOnly());
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("save"))->isVisible());
    CHECK_FALSE(child<QComboBox>(dialog, QStringLiteral("level_customers"))->isEnabled());
    CHECK(child<QLabel>(dialog, QStringLiteral("roleNote"))->text().contains(QStringLiteral("cannot be changed")));
    dialog->reject();
}

TEST_CASE("a role given to a department shows in the why-dialog of a user below it")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 shanghai = createDepartment(*connection, QStringLiteral("上海分公司"));
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售一部"), shanghai);
    createRole(*connection, QStringLiteral("导出员"),
               {{QStringLiteral("customers"), grant("reader", "own", {QStringLiteral("export")})}});
    createUser(*connection, QStringLiteral("rep"), QStringLiteral("王业务"), QStringLiteral("readonly"), sales);

    client::AdministrationPage admin(connection.get());
    admin.resize(1100, 640);
    admin.show();
    REQUIRE(waitFor([&] { return !admin.rights().isEmpty(); }));
    client::DepartmentsPage *departments = admin.departmentsPage();
    bool refreshed = false;
    QObject::connect(departments, &client::DepartmentsPage::refreshed, departments, [&] { refreshed = true; });
    departments->refresh();
    REQUIRE(waitFor([&] { return refreshed; }));
    child<QTabWidget>(&admin, QStringLiteral("administrationTabs"))->setCurrentWidget(departments);
    departments->selectDepartment(shanghai);

    // The Shanghai branch gets the exporter role through its Roles… dialog.
    clickAction(child<QAction>(departments, QStringLiteral("departmentRoles")));
    auto *dialog = child<QDialog>(departments, QStringLiteral("departmentRolesDialog"));
    auto *roles = child<client::admin::RoleChecklist>(dialog, QStringLiteral("roles"));
    REQUIRE(waitFor([&] { return roles->count() == 6; }));
    tickRole(roles, QStringLiteral("导出员"));
    refreshed = false;
    click(child<QDialogButtonBox>(dialog, {})->button(QDialogButtonBox::Ok));
    REQUIRE(waitFor([&] { return refreshed; }));
    auto *tree = child<QTreeWidget>(departments, QStringLiteral("departmentTree"));
    CHECK(tree->currentItem()->text(0) == QStringLiteral("上海分公司"));
    CHECK(tree->currentItem()->text(2) == QStringLiteral("导出员"));

    // The rep, two levels below, holds it; the why-dialog says through which department.
    client::UsersPage *users = admin.usersPage();
    child<QTabWidget>(&admin, QStringLiteral("administrationTabs"))->setCurrentWidget(users);
    REQUIRE(waitFor([&] { return !users->model()->isLoading() && users->model()->rowCount() == 2; }));
    for (int r = 0; r < users->model()->rowCount(); ++r)
        if (users->model()->record(r).value(QStringLiteral("login")).toString() == QLatin1String("rep"))
            users->table()->selectRow(r);
    client::admin::AccessDialog *why = users->explainAccess();
    REQUIRE(why);
    REQUIRE(waitFor([&] { return why->isLoaded(); }));
    CHECK(why->windowTitle().contains(QStringLiteral("王业务")));
    CHECK(column(why->rolesTable(), 0) == QStringList{QStringLiteral("Read-only"), QStringLiteral("导出员")});
    CHECK(column(why->rolesTable(), 1)
          == QStringList{QStringLiteral("primary role"), QStringLiteral("through the department \"上海分公司\"")});
    const QStringList modules = column(why->modulesTable(), 0);
    const int customers = int(modules.indexOf(QStringLiteral("Customers")));
    REQUIRE(customers >= 0);
    CHECK(why->modulesTable()->item(customers, 1)->text() == QStringLiteral("Reader"));
    CHECK(why->modulesTable()->item(customers, 2)->text() == QStringLiteral("Department and below"));
    CHECK(why->modulesTable()->item(customers, 3)->text() == QStringLiteral("Export"));
    CHECK(why->modulesTable()->item(customers, 5)->text().contains(QStringLiteral("导出员 (department 上海分公司)")));
    CHECK(why->modulesTable()->item(customers, 5)->text().contains(QStringLiteral("Read-only (primary role)")));
    why->reject();
}

TEST_CASE("extra roles are chosen in the user editor and a group gives its members a role")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售部"));
    createRole(*connection, QStringLiteral("打印员"),
               {{QStringLiteral("customers"), grant("reader", "own", {QStringLiteral("print")})}});
    createRole(*connection, QStringLiteral("录入员"), {{QStringLiteral("customers"), grant("depositor", "own")}});
    const qint64 li = createUser(*connection, QStringLiteral("li.si"), QStringLiteral("李四"), QStringLiteral("staff"), sales);
    createUser(*connection, QStringLiteral("wang.wu"), QStringLiteral("王五"), QStringLiteral("staff"), sales);

    // The user editor: the primary role is ticked and fixed, the extra role is saved.
    client::UserEditorDialog editor(connection.get(), findUser(*connection, QStringLiteral("li.si")));
    editor.show();
    REQUIRE(waitFor([&] { return editor.isLoaded(); }));
    client::admin::RoleChecklist *extra = editor.extraRoles();
    CHECK(extra->count() == 7);
    CHECK(extra->checked().isEmpty());
    tickRole(extra, QStringLiteral("打印员"));
    click(child<QPushButton>(&editor, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return !editor.isVisible(); }));
    CHECK(findUser(*connection, QStringLiteral("li.si")).value(QStringLiteral("roles")).toArray()
          == QCborArray{QStringLiteral("打印员")});

    // A group with both users gives them the depositor role.
    client::AdministrationPage admin(connection.get());
    admin.resize(1100, 640);
    admin.show();
    REQUIRE(waitFor([&] { return admin.groupsPage() != nullptr; }));
    client::admin::GroupsPage *groups = admin.groupsPage();
    bool refreshed = false;
    QObject::connect(groups, &client::admin::GroupsPage::refreshed, groups, [&] { refreshed = true; });
    groups->refresh();
    REQUIRE(waitFor([&] { return refreshed; }));
    CHECK(groups->model()->rowCount() == 0);

    client::admin::GroupEditorDialog *dialog = groups->newGroup();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isLoaded(); }));
    typeText(child<QLineEdit>(dialog, QStringLiteral("name")), QStringLiteral("录入小组"));
    CHECK(dialog->setMemberChecked(QStringLiteral("li.si"), true));
    CHECK(dialog->setMemberChecked(QStringLiteral("wang.wu"), true));
    tickRole(dialog->roles(), QStringLiteral("录入员"));
    refreshed = false;
    click(child<QPushButton>(dialog, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return refreshed && groups->model()->rowCount() == 1; }));
    CHECK(groups->model()->item(0, 0)->text() == QStringLiteral("录入小组"));
    CHECK(groups->model()->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(groups->model()->item(0, 2)->text() == QStringLiteral("录入员"));

    const auto why = call(*connection, QStringLiteral("users.access"), {{QStringLiteral("id"), li}});
    REQUIRE(why.ok);
    QStringList held;
    for (const QCborValue &v : why.result.toMap().value(QStringLiteral("roles")).toArray())
        held.append(v.toMap().value(QStringLiteral("role")).toString() + QLatin1Char('@')
                    + v.toMap().value(QStringLiteral("via")).toString());
    CHECK(held == QStringList{QStringLiteral("staff@user"), QStringLiteral("打印员@user"), QStringLiteral("录入员@group")});

    // A second group with the same name is refused beside the name.
    client::admin::GroupEditorDialog *twin = groups->newGroup();
    REQUIRE(waitFor([&] { return twin->isLoaded(); }));
    typeText(child<QLineEdit>(twin, QStringLiteral("name")), QStringLiteral("录入小组"));
    click(child<QPushButton>(twin, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return !twin->errorText(QStringLiteral("name")).isEmpty(); }));
    CHECK(twin->errorText(QStringLiteral("name")).contains(QStringLiteral("already has this name")));
    twin->reject();
}

// Not run by ctest: writes the screenshots of the roles and groups tabs, the role editor,
// the user editor and the why-dialog, in Chinese:
//   build/bin/client_roles_test "[.screenshots]"   (CORDIAL_SCREENSHOTS=dir to choose where)
TEST_CASE("screenshots of the roles and groups tabs, the role editor and the why-dialog", "[.screenshots]")
{
    client::Language::install(qApp, QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString out = qEnvironmentVariable("CORDIAL_SCREENSHOTS", QStringLiteral(CORDIAL_SOURCE_DIR "/docs/screenshots"));
    TestServer server;
    auto connection = startAndLogin(server);
    QCborMap customers = grant("author", "department_tree", {QStringLiteral("export"), QStringLiteral("print"),
                                                             QStringLiteral("copy")});
    customers.insert(QStringLiteral("fields"), QCborMap{{QStringLiteral("credit_limit"), QStringLiteral("hidden")},
                                                        {QStringLiteral("bank_account"), QStringLiteral("hidden")},
                                                        {QStringLiteral("bank_name"), QStringLiteral("hidden")},
                                                        {QStringLiteral("tax_no"), QStringLiteral("read_only")},
                                                        {QStringLiteral("contacts.birthday"), QStringLiteral("hidden")},
                                                        {QStringLiteral("contacts.family"), QStringLiteral("hidden")},
                                                        {QStringLiteral("contacts.mobile"), QStringLiteral("read_only")}});
    REQUIRE(call(*connection, QStringLiteral("roles.create"),
                 {{QStringLiteral("name"), QStringLiteral("上海业务员")},
                  {QStringLiteral("description"), QStringLiteral("上海分公司的业务员：只看本部门及下属部门的客户，看不到财务信息")},
                  {QStringLiteral("modules"),
                   QCborMap{{QStringLiteral("customers"), customers},
                            {QStringLiteral("calendar"), grant("author", "own")},
                            {QStringLiteral("sales"), grant("author", "own", {QStringLiteral("print")})},
                            {QStringLiteral("knowledge"), grant("reader", "all")},
                            {QStringLiteral("administration"), grant("reader", "own")}}},
                  {QStringLiteral("ip_ranges"), QCborArray{QStringLiteral("192.168.10.0/24"), QStringLiteral("10.8.0.0/16")}}})
                .ok);
    REQUIRE(call(*connection, QStringLiteral("roles.create"),
                 {{QStringLiteral("name"), QStringLiteral("临时工")},
                  {QStringLiteral("description"), QStringLiteral("不能打印、复制或导出客户")},
                  {QStringLiteral("modules"), QCborMap{{QStringLiteral("customers"), grant("reader", "own")}}},
                  {QStringLiteral("registered_machines_only"), true}})
                .ok);
    createRole(*connection, QStringLiteral("录入员"), {{QStringLiteral("customers"), grant("depositor", "own")}});
    const qint64 shanghai = createDepartment(*connection, QStringLiteral("上海分公司"));
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售一部"), shanghai);
    REQUIRE(call(*connection, QStringLiteral("departments.update"),
                 {{QStringLiteral("id"), shanghai}, {QStringLiteral("roles"), QCborArray{QStringLiteral("上海业务员")}}})
                .ok);
    const qint64 rep = createUser(*connection, QStringLiteral("wang.ye"), QStringLiteral("王业务"), QStringLiteral("staff"), sales);
    const qint64 temp = createUser(*connection, QStringLiteral("zhao.lin"), QStringLiteral("赵临"), QStringLiteral("临时工"), sales);
    REQUIRE(call(*connection, QStringLiteral("groups.create"),
                 {{QStringLiteral("name"), QStringLiteral("展会录入小组")},
                  {QStringLiteral("description"), QStringLiteral("广交会期间录入新客户")},
                  {QStringLiteral("members"), QCborArray{rep, temp}},
                  {QStringLiteral("roles"), QCborArray{QStringLiteral("录入员")}}})
                .ok);

    client::AdministrationPage admin(connection.get());
    RolesPage *page = rolesTab(admin);
    auto *tabs = admin.findChild<QTabWidget *>(QStringLiteral("administrationTabs"));
    tabs->setCurrentWidget(page);
    page->table()->selectRow(rowOf(page, QStringLiteral("上海业务员")));
    QTest::qWait(200);
    REQUIRE(admin.grab().save(out + QStringLiteral("/administration-roles.png")));

    RoleEditorDialog *dialog = page->openSelected();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isLoaded(); }));
    const QStringList pages{QStringLiteral("modules"), QStringLiteral("fields"), QStringLiteral("sign-in")};
    for (int i = 0; i < pages.size(); ++i) {
        dialog->tabs()->setCurrentIndex(i);
        if (i == RoleEditorDialog::FieldsPage) {
            // Where the finance fields are.
            auto *table = child<QTableWidget>(dialog, QStringLiteral("fieldAccessTable"));
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("bank_name"))
                    table->scrollToItem(table->item(r, 0), QAbstractItemView::PositionAtTop);
        }
        QTest::qWait(200);
        REQUIRE(dialog->grab().save(out + QStringLiteral("/role-editor-%1.png").arg(pages[i])));
        if (i == RoleEditorDialog::FieldsPage) {
            // And where the contacts' fields begin.
            auto *table = child<QTableWidget>(dialog, QStringLiteral("fieldAccessTable"));
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("contacts.name"))
                    table->scrollToItem(table->item(r, 0), QAbstractItemView::PositionAtTop);
            QTest::qWait(200);
            REQUIRE(dialog->grab().save(out + QStringLiteral("/role-editor-contact-fields.png")));
        }
    }
    dialog->reject();

    client::admin::GroupsPage *groups = admin.groupsPage();
    bool refreshed = false;
    QObject::connect(groups, &client::admin::GroupsPage::refreshed, groups, [&] { refreshed = true; });
    groups->refresh();
    REQUIRE(waitFor([&] { return refreshed; }));
    tabs->setCurrentWidget(groups);
    groups->table()->selectRow(0);
    QTest::qWait(200);
    REQUIRE(admin.grab().save(out + QStringLiteral("/administration-groups.png")));
    client::admin::GroupEditorDialog *group = groups->openSelected();
    REQUIRE(waitFor([&] { return group->isLoaded(); }));
    QTest::qWait(200);
    REQUIRE(group->grab().save(out + QStringLiteral("/group-editor.png")));
    group->reject();

    client::UserEditorDialog editor(connection.get(), findUser(*connection, QStringLiteral("wang.ye")));
    editor.show();
    REQUIRE(waitFor([&] { return editor.isLoaded(); }));
    QTest::qWait(200);
    REQUIRE(editor.grab().save(out + QStringLiteral("/user-editor.png")));
    client::admin::AccessDialog *why = editor.explainAccess();
    REQUIRE(why);
    REQUIRE(waitFor([&] { return why->isLoaded(); }));
    QTest::qWait(200);
    REQUIRE(why->grab().save(out + QStringLiteral("/user-access.png")));
    why->reject();
    editor.reject();
    QLocale::setDefault(QLocale::c());
}
