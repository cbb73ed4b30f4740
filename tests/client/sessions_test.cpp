// Administration → Sessions and Login bans against a real cordiald: who is logged in
// and revoking a session, the blocked logins and addresses and lifting a block, and
// who sees these tabs (#5).
#include "WidgetTest.h"

#include "admin/AdministrationPage.h"
#include "admin/BansPage.h"
#include "admin/GroupsPage.h"
#include "admin/MessageBanner.h"
#include "admin/SessionsPage.h"
#include "app/Language.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

// Readable failures: the texts the person sees, not "{?}".
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace cordial;
using namespace cordial::test;
using client::AdministrationPage;
using client::admin::BansPage;
using client::admin::RecordsPage;
using client::admin::SessionsPage;

namespace {

qint64 makeUser(client::Connection &admin, const QString &login, const QString &name, const QString &role,
                qint64 department = 0)
{
    if (department == 0) {
        const auto departments = call(admin, QStringLiteral("departments.list"));
        REQUIRE(departments.ok);
        department = departments.result.toMap().value(QStringLiteral("items")).toArray().first().toMap()
                         .value(QStringLiteral("id")).toInteger();
    }
    const auto reply = call(admin, QStringLiteral("users.create"),
                            {{QStringLiteral("login"), login},
                             {QStringLiteral("display_name"), name},
                             {QStringLiteral("password"), QStringLiteral("user-pass-123")},
                             {QStringLiteral("role"), role},
                             {QStringLiteral("department_id"), department}});
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

// A session of `login` from a computer of that name.
std::unique_ptr<client::Connection> logInFrom(const TestServer &server, const QString &login, const QString &machine)
{
    auto c = connectTo(server);
    REQUIRE(c);
    c->setMachineName(machine);
    std::optional<protocol::Reply> reply;
    c->login(login, QStringLiteral("user-pass-123"), [&](const protocol::Reply &r) { reply = r; });
    REQUIRE(waitFor([&] { return reply.has_value(); }));
    REQUIRE(reply->ok);
    return c;
}

void failLogin(const TestServer &server, const QString &login)
{
    auto c = connectTo(server);
    REQUIRE(c);
    std::optional<protocol::Reply> reply;
    c->login(login, QStringLiteral("a-wrong-guess"), [&](const protocol::Reply &r) { reply = r; });
    REQUIRE(waitFor([&] { return reply.has_value(); }));
    REQUIRE_FALSE(reply->ok);
}

// The administration page once the caller's rights are in and the tabs made.
void showPage(AdministrationPage &page)
{
    page.resize(1100, 560);
    page.show();
    REQUIRE(waitFor([&] { return !page.rights().isEmpty(); }));
}

// Reloads a list page and waits for the server's answer.
void reload(RecordsPage *page)
{
    bool refreshed = false;
    QObject::connect(page, &RecordsPage::refreshed, page, [&] { refreshed = true; });
    page->refresh();
    REQUIRE(waitFor([&] { return refreshed; }));
    QObject::disconnect(page, &RecordsPage::refreshed, page, nullptr);
}

// The texts of one column, rows as shown.
QStringList column(const RecordsPage *page, int c)
{
    QStringList out;
    const QAbstractItemModel *shown = page->table()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        out.append(shown->index(r, c).data().toString());
    return out;
}

// Clicks the row whose column `c` shows `text`.
void clickRow(const RecordsPage *page, int c, const QString &text)
{
    QTableView *table = page->table();
    const int row = int(column(page, c).indexOf(text));
    INFO("row showing " << text.toStdString());
    REQUIRE(row >= 0);
    const QModelIndex index = table->model()->index(row, c);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    REQUIRE(table->selectionModel()->isRowSelected(row, {}));
}

QAction *deleteAction(const RecordsPage *page)
{
    return child<QAction>(page, QStringLiteral("deleteRecord"));
}

// Answers the open question box with the button showing `text`.
void answer(const QWidget *page, const QString &boxName, const QString &text)
{
    QMessageBox *box = nullptr;
    REQUIRE(waitFor([&] {
        box = page->findChild<QMessageBox *>(boxName);
        return box && box->isVisible();
    }));
    for (QAbstractButton *button : box->buttons())
        if (button->text() == text) {
            click(button);
            return;
        }
    FAIL("no button " << text.toStdString());
}

QCborMap grant(const char *level, const char *scope)
{
    return {{QStringLiteral("level"), QString::fromLatin1(level)}, {QStringLiteral("scope"), QString::fromLatin1(scope)}};
}

} // namespace

TEST_CASE("the sessions tab lists who is logged in from where and revokes a session after asking")
{
    TestServer server;
    auto admin = startAndLogin(server);
    makeUser(*admin, QStringLiteral("rep"), QStringLiteral("王业务"), QStringLiteral("staff"));
    auto desk = logInFrom(server, QStringLiteral("rep"), QStringLiteral("SALES-PC07"));
    auto laptop = logInFrom(server, QStringLiteral("rep"), QStringLiteral("rep-laptop"));
    QStringList laptopPushes;
    QObject::connect(laptop.get(), &client::Connection::pushReceived, laptop.get(),
                     [&](const QString &event, const QCborMap &data) {
                         laptopPushes << event + QLatin1Char(':') + data.value(QStringLiteral("reason")).toString();
                     });

    AdministrationPage page(admin.get());
    showPage(page);
    SessionsPage *sessions = page.sessionsPage();
    REQUIRE(sessions);
    auto *tabs = child<QTabWidget>(&page, QStringLiteral("administrationTabs"));
    // Next to the users, before the audit log.
    CHECK(tabs->indexOf(sessions) == tabs->indexOf(page.groupsPage()) + 1);
    tabs->setCurrentWidget(sessions);
    reload(sessions);

    // The two of the rep and the administrator's own, most recently active first.
    CHECK(column(sessions, 0).count(QStringLiteral("王业务 (rep)")) == 2);
    INFO(column(sessions, 0).join(QLatin1Char('|')).toStdString());
    CHECK(column(sessions, 0).filter(QStringLiteral("(admin) — this session")).size() == 1);
    CHECK(column(sessions, 1) == QStringList(3, QStringLiteral("127.0.0.1")));
    CHECK(column(sessions, 2).contains(QStringLiteral("SALES-PC07")));
    CHECK(column(sessions, 2).contains(QStringLiteral("rep-laptop")));
    CHECK(child<QLabel>(sessions, QStringLiteral("recordCount"))->text() == QStringLiteral("3 session(s)"));
    CHECK_FALSE(child<QLabel>(sessions, QStringLiteral("emptyListLabel"))->isVisible());
    // Nothing to make or open here; Revoke instead of Delete.
    CHECK_FALSE(child<QAction>(sessions, QStringLiteral("newRecord"))->isVisible());
    CHECK_FALSE(child<QAction>(sessions, QStringLiteral("openRecord"))->isVisible());
    CHECK(deleteAction(sessions)->text() == QStringLiteral("Revoke…"));

    // One's own session is ended by logging out, not here.
    clickRow(sessions, 2, QStringLiteral("test-machine"));
    CHECK_FALSE(deleteAction(sessions)->isEnabled());

    // Asked first; Cancel changes nothing.
    clickRow(sessions, 2, QStringLiteral("rep-laptop"));
    REQUIRE(deleteAction(sessions)->isEnabled());
    clickAction(deleteAction(sessions));
    answer(sessions, QStringLiteral("revokeSessionConfirm"), QStringLiteral("Cancel"));
    CHECK(call(*laptop, QStringLiteral("auth.whoami")).ok);

    clickAction(deleteAction(sessions));
    answer(sessions, QStringLiteral("revokeSessionConfirm"), QStringLiteral("Revoke"));
    REQUIRE(waitFor([&] { return !column(sessions, 2).contains(QStringLiteral("rep-laptop")); }));
    CHECK(sessions->banner()->text().contains(QStringLiteral("王业务 (rep)")));
    CHECK(waitFor([&] { return laptopPushes.contains(QStringLiteral("session.ended:revoked")); }, 5000));
    CHECK(call(*laptop, QStringLiteral("auth.whoami")).error.code == protocol::ErrorCode::Unauthenticated);
    CHECK(call(*desk, QStringLiteral("auth.whoami")).ok);
    CHECK(column(sessions, 2).contains(QStringLiteral("SALES-PC07")));
}

TEST_CASE("the login bans tab lists a blocked login with its failures and lifts it after asking")
{
    TestServer server;
    REQUIRE(server.start({QStringLiteral("throttle/failures_per_login=3"),
                          QStringLiteral("throttle/failures_per_address=100")}));
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    makeUser(*admin, QStringLiteral("rep"), QStringLiteral("王业务"), QStringLiteral("staff"));

    AdministrationPage page(admin.get());
    showPage(page);
    BansPage *bans = page.bansPage();
    REQUIRE(bans);
    auto *tabs = child<QTabWidget>(&page, QStringLiteral("administrationTabs"));
    CHECK(tabs->indexOf(bans) == tabs->indexOf(page.sessionsPage()) + 1);
    tabs->setCurrentWidget(bans);
    reload(bans);
    // Nothing blocked: the list says so, and what would be listed.
    auto *empty = child<QLabel>(bans, QStringLiteral("emptyListLabel"));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No login or address is blocked")));

    for (int i = 0; i < 3; ++i)
        failLogin(server, QStringLiteral("rep"));
    reload(bans);
    CHECK_FALSE(empty->isVisible());
    CHECK(column(bans, 0) == QStringList{QStringLiteral("Login")});
    CHECK(column(bans, 1) == QStringList{QStringLiteral("rep")});
    CHECK(column(bans, 2) == QStringList{QStringLiteral("3")});
    CHECK_FALSE(column(bans, 3).first().isEmpty());
    CHECK(deleteAction(bans)->text() == QStringLiteral("Lift…"));

    clickRow(bans, 1, QStringLiteral("rep"));
    clickAction(deleteAction(bans));
    answer(bans, QStringLiteral("liftBanConfirm"), QStringLiteral("Lift"));
    REQUIRE(waitFor([&] { return column(bans, 1).isEmpty(); }));
    CHECK(empty->isVisible());
    CHECK(bans->banner()->text().contains(QStringLiteral("rep")));
    CHECK(loginTo(server, QStringLiteral("rep"), QStringLiteral("user-pass-123")));
}

TEST_CASE("the sessions tab needs users.manage and the login bans tab a company-wide administrator")
{
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 branch = createDepartment(*admin, QStringLiteral("上海分公司"));
    REQUIRE(call(*admin, QStringLiteral("roles.create"),
                 {{QStringLiteral("name"), QStringLiteral("分公司管理员")},
                  {QStringLiteral("modules"), QCborMap{{QStringLiteral("administration"), grant("editor", "department_tree")},
                                                       {QStringLiteral("customers"), grant("reader", "department_tree")}}}})
                .ok);
    makeUser(*admin, QStringLiteral("branch.admin"), QStringLiteral("分公司管理员"), QStringLiteral("分公司管理员"), branch);
    makeUser(*admin, QStringLiteral("boss"), QStringLiteral("老板"), QStringLiteral("director"), branch);

    {
        auto director = loginTo(server, QStringLiteral("boss"), QStringLiteral("user-pass-123"));
        REQUIRE(director);
        AdministrationPage page(director.get());
        showPage(page);
        CHECK(page.sessionsPage() == nullptr);
        CHECK(page.bansPage() == nullptr);
    }
    auto branchAdmin = loginTo(server, QStringLiteral("branch.admin"), QStringLiteral("user-pass-123"));
    REQUIRE(branchAdmin);
    AdministrationPage page(branchAdmin.get());
    showPage(page);
    REQUIRE(page.sessionsPage());
    CHECK(page.bansPage() == nullptr);
    // Only the sessions of the branch (the director's is still live): the administrator's,
    // in the root department, is not listed.
    reload(page.sessionsPage());
    QStringList users = column(page.sessionsPage(), 0);
    users.sort();
    CHECK(users == QStringList{QStringLiteral("分公司管理员 (branch.admin) — this session"), QStringLiteral("老板 (boss)")});
}

// Not run by ctest: writes the screenshots of the sessions and login bans tabs, in Chinese:
//   build/bin/client_sessions_test "[.screenshots]"   (CORDIAL_SCREENSHOTS=dir to choose where)
TEST_CASE("screenshots of the sessions and login bans tabs", "[.screenshots]")
{
    client::Language::install(qApp, QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString out = qEnvironmentVariable("CORDIAL_SCREENSHOTS", QStringLiteral(CORDIAL_SOURCE_DIR "/docs/screenshots"));
    TestServer server;
    REQUIRE(server.start({QStringLiteral("throttle/failures_per_login=3"),
                          QStringLiteral("throttle/failures_per_address=6")}));
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 shanghai = createDepartment(*admin, QStringLiteral("上海分公司"));
    makeUser(*admin, QStringLiteral("wang.ye"), QStringLiteral("王业务"), QStringLiteral("staff"), shanghai);
    makeUser(*admin, QStringLiteral("li.na"), QStringLiteral("李娜"), QStringLiteral("manager"), shanghai);
    makeUser(*admin, QStringLiteral("zhao.lin"), QStringLiteral("赵临"), QStringLiteral("staff"), shanghai);
    std::vector<std::unique_ptr<client::Connection>> open;
    open.push_back(logInFrom(server, QStringLiteral("wang.ye"), QStringLiteral("SH-SALES-07")));
    open.push_back(logInFrom(server, QStringLiteral("li.na"), QStringLiteral("SH-MGR-01")));
    open.push_back(logInFrom(server, QStringLiteral("wang.ye"), QStringLiteral("wangye-laptop")));
    for (int i = 0; i < 3; ++i)
        failLogin(server, QStringLiteral("zhao.lin"));
    for (int i = 0; i < 3; ++i)
        failLogin(server, QStringLiteral("test"));

    AdministrationPage page(admin.get());
    showPage(page);
    auto *tabs = child<QTabWidget>(&page, QStringLiteral("administrationTabs"));
    REQUIRE(page.sessionsPage());
    tabs->setCurrentWidget(page.sessionsPage());
    reload(page.sessionsPage());
    page.sessionsPage()->table()->selectRow(1);
    QTest::qWait(200);
    REQUIRE(page.grab().save(out + QStringLiteral("/administration-sessions.png")));

    REQUIRE(page.bansPage());
    tabs->setCurrentWidget(page.bansPage());
    reload(page.bansPage());
    page.bansPage()->table()->selectRow(0);
    QTest::qWait(200);
    REQUIRE(page.grab().save(out + QStringLiteral("/administration-login-bans.png")));
    QLocale::setDefault(QLocale::c());
}
