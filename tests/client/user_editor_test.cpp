// UserEditorDialog driven like a person against a real cordiald.
#include "WidgetTest.h"

#include "admin/UserEditorDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace cordial;
using namespace cordial::test;
using client::UserEditorDialog;

namespace {

QLineEdit *edit(const UserEditorDialog &dialog, const char *field)
{
    return child<QLineEdit>(&dialog, QString::fromLatin1(field));
}

QLabel *errorLabel(const UserEditorDialog &dialog, const char *field)
{
    return child<QLabel>(&dialog, QString::fromLatin1(field) + QStringLiteral("_error"));
}

void openAndWait(UserEditorDialog &dialog)
{
    dialog.show();
    REQUIRE(waitFor([&] { return dialog.isLoaded(); }));
}

// The message the server gives for the same create, asked directly.
QString serverMessage(client::Connection &connection, const QCborMap &args, const QString &field)
{
    const protocol::Reply reply = call(connection, QStringLiteral("users.create"), args);
    REQUIRE_FALSE(reply.ok);
    REQUIRE(reply.error.field == field);
    return reply.error.message;
}

} // namespace

TEST_CASE("an administrator creates a user by filling in the user editor")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售部"));

    UserEditorDialog dialog(connection.get());
    openAndWait(dialog);
    CHECK_FALSE(edit(dialog, "login")->isReadOnly());

    typeText(edit(dialog, "login"), QStringLiteral("zhang.san"));
    typeText(edit(dialog, "display_name"), QStringLiteral("张三"));
    chooseData(child<QComboBox>(&dialog, QStringLiteral("role")), QStringLiteral("manager"));
    CHECK(child<QComboBox>(&dialog, QStringLiteral("role"))->currentText() == QStringLiteral("Manager"));
    choose(child<QComboBox>(&dialog, QStringLiteral("department_id")), QStringLiteral("销售部"));
    typeText(edit(dialog, "title"), QStringLiteral("区域经理"));
    typeText(edit(dialog, "email"), QStringLiteral("zhang.san@example.com"));
    typeText(edit(dialog, "mobile"), QStringLiteral("+86 138-0000-0000"));
    typeText(edit(dialog, "password"), QStringLiteral("s3cret-pass"));
    typeText(edit(dialog, "password_confirm"), QStringLiteral("s3cret-pass"));
    click(child<QPushButton>(&dialog, QStringLiteral("save")));

    REQUIRE(waitFor([&] { return !dialog.isVisible(); }));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.userId() > 0);

    const QCborMap user = findUser(*connection, QStringLiteral("zhang.san"));
    REQUIRE_FALSE(user.isEmpty());
    CHECK(user.value(QStringLiteral("id")).toInteger() == dialog.userId());
    CHECK(user.value(QStringLiteral("display_name")).toString() == QStringLiteral("张三"));
    CHECK(user.value(QStringLiteral("role")).toString() == QStringLiteral("manager"));
    CHECK(user.value(QStringLiteral("department_id")).toInteger() == sales);
    CHECK(user.value(QStringLiteral("title")).toString() == QStringLiteral("区域经理"));
    CHECK(user.value(QStringLiteral("email")).toString() == QStringLiteral("zhang.san@example.com"));
    CHECK(user.value(QStringLiteral("mobile")).toString() == QStringLiteral("+86 138-0000-0000"));
    CHECK_FALSE(user.value(QStringLiteral("disabled")).toBool());

    // The new user can log in with the password typed in the dialog.
    CHECK(loginTo(server, QStringLiteral("zhang.san"), QStringLiteral("s3cret-pass")));
}

TEST_CASE("a taken login shows the server's conflict message under the login and keeps the dialog open")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售部"));
    const QCborMap existing{{QStringLiteral("login"), QStringLiteral("li.si")},
                            {QStringLiteral("display_name"), QStringLiteral("李四")},
                            {QStringLiteral("password"), QStringLiteral("first-pass-1")},
                            {QStringLiteral("role"), QStringLiteral("staff")},
                            {QStringLiteral("department_id"), sales}};
    REQUIRE(call(*connection, QStringLiteral("users.create"), existing).ok);
    const QString expected = serverMessage(*connection, existing, QStringLiteral("login"));

    UserEditorDialog dialog(connection.get());
    openAndWait(dialog);
    typeText(edit(dialog, "login"), QStringLiteral("li.si"));
    typeText(edit(dialog, "display_name"), QStringLiteral("李四二"));
    choose(child<QComboBox>(&dialog, QStringLiteral("department_id")), QStringLiteral("销售部"));
    typeText(edit(dialog, "password"), QStringLiteral("another-pass-2"));
    typeText(edit(dialog, "password_confirm"), QStringLiteral("another-pass-2"));
    click(child<QPushButton>(&dialog, QStringLiteral("save")));

    QLabel *loginError = errorLabel(dialog, "login");
    REQUIRE(waitFor([&] { return loginError->isVisible(); }));
    CHECK(loginError->text().contains(expected));
    CHECK_FALSE(errorLabel(dialog, "password")->isVisible());
    CHECK(dialog.isVisible());
    CHECK(edit(dialog, "login")->text() == QStringLiteral("li.si"));
    CHECK(edit(dialog, "display_name")->text() == QStringLiteral("李四二"));
    CHECK(edit(dialog, "password")->text() == QStringLiteral("another-pass-2"));
    CHECK(child<QPushButton>(&dialog, QStringLiteral("save"))->isEnabled());

    // Changing the login clears the complaint, and the second try succeeds.
    typeText(edit(dialog, "login"), QStringLiteral("2"));
    CHECK_FALSE(loginError->isVisible());
    click(child<QPushButton>(&dialog, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return !dialog.isVisible(); }));
    CHECK_FALSE(findUser(*connection, QStringLiteral("li.si2")).isEmpty());
}

TEST_CASE("a too short password shows the server's message under the password field")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售部"));
    const QString expected =
        serverMessage(*connection,
                      {{QStringLiteral("login"), QStringLiteral("probe")},
                       {QStringLiteral("display_name"), QStringLiteral("probe")},
                       {QStringLiteral("password"), QStringLiteral("abc")},
                       {QStringLiteral("role"), QStringLiteral("staff")},
                       {QStringLiteral("department_id"), sales}},
                      QStringLiteral("password"));

    UserEditorDialog dialog(connection.get());
    openAndWait(dialog);
    typeText(edit(dialog, "login"), QStringLiteral("wang.wu"));
    typeText(edit(dialog, "display_name"), QStringLiteral("王五"));
    choose(child<QComboBox>(&dialog, QStringLiteral("department_id")), QStringLiteral("销售部"));
    typeText(edit(dialog, "password"), QStringLiteral("abc"));
    typeText(edit(dialog, "password_confirm"), QStringLiteral("abc"));
    click(child<QPushButton>(&dialog, QStringLiteral("save")));

    QLabel *passwordError = errorLabel(dialog, "password");
    REQUIRE(waitFor([&] { return passwordError->isVisible(); }));
    CHECK(passwordError->text().contains(expected));
    CHECK(dialog.isVisible());
    CHECK(edit(dialog, "login")->text() == QStringLiteral("wang.wu"));
    CHECK(edit(dialog, "display_name")->text() == QStringLiteral("王五"));
    CHECK(findUser(*connection, QStringLiteral("wang.wu")).isEmpty());
}

TEST_CASE("passwords that do not match are caught before anything is sent")
{
    TestServer server;
    auto connection = startAndLogin(server);
    createDepartment(*connection, QStringLiteral("销售部"));

    UserEditorDialog dialog(connection.get());
    openAndWait(dialog);
    typeText(edit(dialog, "login"), QStringLiteral("zhao.liu"));
    typeText(edit(dialog, "display_name"), QStringLiteral("赵六"));
    choose(child<QComboBox>(&dialog, QStringLiteral("department_id")), QStringLiteral("销售部"));
    typeText(edit(dialog, "password"), QStringLiteral("long-enough-1"));
    typeText(edit(dialog, "password_confirm"), QStringLiteral("long-enough-2"));
    click(child<QPushButton>(&dialog, QStringLiteral("save")));

    CHECK(errorLabel(dialog, "password_confirm")->isVisible());
    CHECK_FALSE(child<QLabel>(&dialog, QStringLiteral("busy"))->isVisible());
    QTest::qWait(300);
    CHECK(dialog.isVisible());
    CHECK(findUser(*connection, QStringLiteral("zhao.liu")).isEmpty());
}

TEST_CASE("editing a user keeps the login fixed and saves the changed fields")
{
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售部"));
    const qint64 service = createDepartment(*connection, QStringLiteral("客服部"));
    REQUIRE(call(*connection, QStringLiteral("users.create"),
                 {{QStringLiteral("login"), QStringLiteral("sun.qi")},
                  {QStringLiteral("display_name"), QStringLiteral("孙七")},
                  {QStringLiteral("password"), QStringLiteral("first-pass-1")},
                  {QStringLiteral("role"), QStringLiteral("staff")},
                  {QStringLiteral("department_id"), sales}})
                .ok);
    const QCborMap record = findUser(*connection, QStringLiteral("sun.qi"));

    UserEditorDialog dialog(connection.get(), record);
    openAndWait(dialog);
    CHECK(edit(dialog, "login")->isReadOnly());
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("password")) == nullptr);
    CHECK(child<QComboBox>(&dialog, QStringLiteral("role"))->currentData().toString() == QStringLiteral("staff"));
    CHECK(child<QComboBox>(&dialog, QStringLiteral("role"))->currentText() == QStringLiteral("Staff"));
    choose(child<QComboBox>(&dialog, QStringLiteral("department_id")), QStringLiteral("客服部"));
    typeText(edit(dialog, "title"), QStringLiteral("组长"));
    click(child<QPushButton>(&dialog, QStringLiteral("save")));
    REQUIRE(waitFor([&] { return !dialog.isVisible(); }));

    const QCborMap user = findUser(*connection, QStringLiteral("sun.qi"));
    CHECK(user.value(QStringLiteral("department_id")).toInteger() == service);
    CHECK(user.value(QStringLiteral("title")).toString() == QStringLiteral("组长"));
    CHECK(user.value(QStringLiteral("display_name")).toString() == QStringLiteral("孙七"));
}
