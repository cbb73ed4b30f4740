// The History tab of the customer form against a real cordiald (#5): a rep without
// the audit log's right sees every version of their customer (customers.history),
// what each change did, and puts an earlier version back; a change made meanwhile
// is not overwritten unseen; a customer in the recycle bin comes back from its
// history. Screenshots of the tab are written by "[.screenshots]".
#include "WidgetTest.h"

#include "admin/MessageBanner.h"
#include "app/Language.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "customers/FieldForm.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace cordial;
using namespace cordial::test;
using client::customers::CustomerDialog;
using client::customers::CustomersPage;

namespace {

const QString kPassword = QStringLiteral("first-pass-1");

// A user with a built-in role in a department of their own; returns their connection.
std::unique_ptr<client::Connection> userWithRole(TestServer &server, client::Connection &admin, const QString &login,
                                                 const QString &role)
{
    const qint64 department = createDepartment(admin, login + QStringLiteral("的部门"));
    const auto user = call(admin, QStringLiteral("users.create"),
                           {{QStringLiteral("login"), login},
                            {QStringLiteral("display_name"), login},
                            {QStringLiteral("password"), kPassword},
                            {QStringLiteral("role"), role},
                            {QStringLiteral("department_id"), department}});
    INFO(user.error.message.toStdString());
    REQUIRE(user.ok);
    auto connection = loginTo(server, login, kPassword);
    REQUIRE(connection);
    return connection;
}

qint64 createCustomer(client::Connection &connection, const QCborMap &fields)
{
    QCborMap args = fields;
    args.insert(QStringLiteral("allow_duplicate"), true);
    const auto reply = call(connection, QStringLiteral("customers.create"), args);
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

void waitReady(CustomersPage &page)
{
    page.resize(1200, 700);
    page.show();
    REQUIRE(waitFor([&] { return page.isReady(); }));
}

CustomerDialog *openLoaded(CustomersPage &page, qint64 id)
{
    CustomerDialog *form = page.openCustomer(id);
    REQUIRE(form);
    REQUIRE(waitFor([&] { return form->isLoaded(); }));
    return form;
}

// Replaces the text of a line or multi-line editor as a person would: clear it, type.
void retype(CustomerDialog *form, const QString &key, const QString &text)
{
    QWidget *editor = form->form()->editor(key);
    REQUIRE(editor);
    form->tabs()->setCurrentIndex(form->form()->pageOf(key));
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->clear();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->clear();
    typeText(editor, text);
}

QString shown(CustomerDialog *form, const QString &key)
{
    QWidget *editor = form->form()->editor(key);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        return plain->toPlainText();
    return {};
}

void saveForm(CustomerDialog *form)
{
    bool saved = false;
    auto connection = QObject::connect(form, &CustomerDialog::saved, form, [&] { saved = true; });
    form->save();
    REQUIRE(waitFor([&] { return saved; }));
    QObject::disconnect(connection);
}

QTableWidget *historyOf(CustomerDialog *form, int rows)
{
    form->tabs()->setCurrentIndex(CustomerDialog::History);
    auto *table = child<QTableWidget>(form, QStringLiteral("historyTable"));
    REQUIRE(waitFor([&] { return table->rowCount() == rows; }));
    return table;
}

QString cell(QTableWidget *table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

// Selects a history row, clicks "Restore this version…", confirms, and waits for the result.
void restoreRow(CustomerDialog *form, QTableWidget *history, int row)
{
    history->selectRow(row);
    bool done = false;
    auto connection = QObject::connect(form, &CustomerDialog::versionRestored, form, [&] { done = true; });
    click(child<QPushButton>(form, QStringLiteral("restoreVersion")));
    QMessageBox *box = nullptr;
    REQUIRE(waitFor([&] { return (box = form->findChild<QMessageBox *>(QStringLiteral("confirmRestoreVersion"))); }));
    click(child<QPushButton>(box, QStringLiteral("confirmRestoreVersionButton")));
    REQUIRE(waitFor([&] { return done; }));
    QObject::disconnect(connection);
}

} // namespace

TEST_CASE("a rep puts back the first version of a customer from the History tab, and the restore is a version too")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    auto rep = userWithRole(server, *admin, QStringLiteral("rep"), QStringLiteral("staff"));
    const qint64 id = createCustomer(*rep, {{QStringLiteral("name"), QStringLiteral("上海华联")},
                                            {QStringLiteral("short_name"), QStringLiteral("华联")},
                                            {QStringLiteral("notes"), QStringLiteral("原来的备注")}});

    CustomersPage page(rep.get());
    waitReady(page);
    // The rep's role does not read the audit log; the history needs only the customer.
    CHECK_FALSE(page.context().can(domain::rights::kAuditRead));
    CustomerDialog *form = openLoaded(page, id);
    retype(form, QStringLiteral("notes"), QStringLiteral("第一次改的备注"));
    saveForm(form);
    retype(form, QStringLiteral("notes"), QStringLiteral("第二次改的备注"));
    retype(form, QStringLiteral("short_name"), QStringLiteral("联华"));
    saveForm(form);

    QTableWidget *history = historyOf(form, 3);
    CHECK(cell(history, 0, 1) == QStringLiteral("rep"));
    CHECK(cell(history, 0, 2) == CustomerDialog::tr("Edited"));
    CHECK(cell(history, 2, 2) == CustomerDialog::tr("Created"));
    CHECK(cell(history, 0, 3).contains(form->form()->field(QStringLiteral("notes"))->title()));
    CHECK(cell(history, 0, 3).contains(form->form()->field(QStringLiteral("short_name"))->title()));
    CHECK_FALSE(cell(history, 1, 3).contains(form->form()->field(QStringLiteral("short_name"))->title()));
    // The newest version is what the customer is now: there is nothing to put back.
    history->selectRow(0);
    auto *restore = child<QPushButton>(form, QStringLiteral("restoreVersion"));
    CHECK_FALSE(restore->isEnabled());
    // A change shows each field before and after, with the values as the form shows them.
    history->selectRow(1);
    auto *detail = child<QTableWidget>(form, QStringLiteral("historyDetail"));
    REQUIRE(detail->rowCount() == 1);
    CHECK(cell(detail, 0, 1) == QStringLiteral("原来的备注"));
    CHECK(cell(detail, 0, 2) == QStringLiteral("第一次改的备注"));
    CHECK(restore->isEnabled());

    restoreRow(form, history, 2);
    CHECK(shown(form, QStringLiteral("notes")) == QStringLiteral("原来的备注"));
    CHECK(shown(form, QStringLiteral("short_name")) == QStringLiteral("华联"));
    CHECK_FALSE(form->isDirty());
    CHECK(form->version() == 4);
    // The history grows by one row, the restore, which the audit log records as the rep's.
    REQUIRE(waitFor([&] { return history->rowCount() == 4; }));
    CHECK(cell(history, 0, 2) == CustomerDialog::tr("Earlier version restored"));
    const auto audit = call(*admin, QStringLiteral("audit.list"),
                            {{QStringLiteral("entity"), QStringLiteral("customer")}, {QStringLiteral("entity_id"), id}});
    REQUIRE(audit.ok);
    const QCborArray rows = audit.result.toMap().value(QStringLiteral("items")).toArray();
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).toMap().value(QStringLiteral("op")).toString() == QStringLiteral("customers.restore_version"));
    CHECK(rows.at(0).toMap().value(QStringLiteral("user_login")).toString() == QStringLiteral("rep"));
    const QCborMap stored = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}}).result.toMap();
    CHECK(stored.value(QStringLiteral("notes")).toString() == QStringLiteral("原来的备注"));
    CHECK(stored.value(QStringLiteral("short_name")).toString() == QStringLiteral("华联"));
    // The list shows the restored customer too.
    REQUIRE(waitFor([&] {
        for (int r = 0; r < page.model()->rowCount(); ++r)
            if (page.model()->record(r).value(QStringLiteral("short_name")).toString() == QStringLiteral("华联"))
                return true;
        return false;
    }));
}

TEST_CASE("a version is not put back over a change made meanwhile: the form shows that change instead")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    auto rep = userWithRole(server, *admin, QStringLiteral("rep"), QStringLiteral("staff"));
    const qint64 id = createCustomer(*rep, {{QStringLiteral("name"), QStringLiteral("北京华联")},
                                            {QStringLiteral("notes"), QStringLiteral("原来的备注")}});
    CustomersPage page(rep.get());
    waitReady(page);
    CustomerDialog *form = openLoaded(page, id);
    retype(form, QStringLiteral("notes"), QStringLiteral("改过的备注"));
    saveForm(form);
    QTableWidget *history = historyOf(form, 2);

    // Meanwhile the administrator changes the customer; the form has not seen it.
    REQUIRE(call(*admin, QStringLiteral("customers.update"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), form->version()},
                  {QStringLiteral("notes"), QStringLiteral("经理刚改的备注")}})
                .ok);
    restoreRow(form, history, 1);
    CHECK(shown(form, QStringLiteral("notes")) == QStringLiteral("经理刚改的备注"));
    CHECK(form->findChild<client::MessageBanner *>()->isVisible());
    REQUIRE(waitFor([&] { return history->rowCount() == 3; }));
    CHECK(cell(history, 0, 1) == QStringLiteral("admin"));
    const QCborMap stored = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}}).result.toMap();
    CHECK(stored.value(QStringLiteral("notes")).toString() == QStringLiteral("经理刚改的备注"));
}

TEST_CASE("a customer in the recycle bin opens read-only and comes back with an earlier version")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    auto rep = userWithRole(server, *admin, QStringLiteral("rep"), QStringLiteral("staff"));
    const qint64 id = createCustomer(*rep, {{QStringLiteral("name"), QStringLiteral("广州华联")},
                                            {QStringLiteral("notes"), QStringLiteral("原来的备注")}});
    const qint64 version = call(*rep, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}})
                               .result.toMap().value(QStringLiteral("version")).toInteger();
    REQUIRE(call(*rep, QStringLiteral("customers.update"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), version},
                  {QStringLiteral("notes"), QStringLiteral("删除前改坏的备注")}})
                .ok);
    REQUIRE(call(*rep, QStringLiteral("customers.delete"), {{QStringLiteral("id"), id}}).ok);

    CustomersPage page(rep.get());
    waitReady(page);
    // Opened from the recycle bin, as a person double-clicks it there.
    page.showRecycleBin(true);
    REQUIRE(waitFor([&] { return page.model()->isBinned() && !page.model()->isLoading() && page.model()->rowCount() == 1; }));
    auto *table = child<QTableView>(&page, QStringLiteral("customerTable"));
    table->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    CustomerDialog *form = nullptr;
    REQUIRE(waitFor([&] { return (form = page.findChild<CustomerDialog *>()) && form->isLoaded(); }));
    CHECK(form->customerId() == id);
    CHECK(form->isBinned());
    CHECK_FALSE(child<QPushButton>(form, QStringLiteral("saveCustomer"))->isEnabled());
    CHECK_FALSE(form->tabs()->widget(CustomerDialog::Basic)->isEnabled());
    QTableWidget *history = historyOf(form, 3);
    CHECK(cell(history, 0, 2) == CustomerDialog::tr("Moved to the recycle bin"));
    // Even the newest version brings it back; the first one also puts back the notes.
    history->selectRow(0);
    CHECK(child<QPushButton>(form, QStringLiteral("restoreVersion"))->isEnabled());
    restoreRow(form, history, 2);
    CHECK_FALSE(form->isBinned());
    CHECK(form->tabs()->widget(CustomerDialog::Basic)->isEnabled());
    CHECK(shown(form, QStringLiteral("notes")) == QStringLiteral("原来的备注"));
    const auto back = call(*rep, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}});
    REQUIRE(back.ok);
    CHECK(back.result.toMap().value(QStringLiteral("notes")).toString() == QStringLiteral("原来的备注"));
    // It has left the recycle bin the page shows.
    REQUIRE(waitFor([&] { return !page.model()->isLoading() && page.model()->rowCount() == 0; }));
}

TEST_CASE("a reader sees the history of a customer but may not restore it")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    REQUIRE(call(*admin, QStringLiteral("roles.create"),
                 {{QStringLiteral("name"), QStringLiteral("只读")},
                  {QStringLiteral("modules"), QCborMap{{QStringLiteral("customers"),
                                                        QCborMap{{QStringLiteral("level"), QStringLiteral("reader")},
                                                                 {QStringLiteral("scope"), QStringLiteral("all")}}}}}})
                .ok);
    auto viewer = userWithRole(server, *admin, QStringLiteral("viewer"), QStringLiteral("只读"));
    const qint64 id = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("深圳华联")}});
    REQUIRE(call(*admin, QStringLiteral("customers.update"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("notes"), QStringLiteral("备注")}})
                .ok);
    CustomersPage page(viewer.get());
    waitReady(page);
    CustomerDialog *form = openLoaded(page, id);
    QTableWidget *history = historyOf(form, 2);
    history->selectRow(1);
    auto *restore = child<QPushButton>(form, QStringLiteral("restoreVersion"));
    CHECK_FALSE(restore->isEnabled());
    CHECK(restore->toolTip() == CustomerDialog::tr("Your role may not change this customer."));
}

// Not run by ctest: writes the screenshot of the History tab, in Chinese:
//   build/bin/client_customer_history_test "[.screenshots]"   (CORDIAL_SCREENSHOTS=dir to choose where)
TEST_CASE("screenshot of the History tab with a version selected", "[.screenshots]")
{
    QSettings().clear();
    client::Language::install(qApp, QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString out = qEnvironmentVariable("CORDIAL_SCREENSHOTS", QStringLiteral(CORDIAL_SOURCE_DIR "/docs/screenshots"));
    TestServer server;
    auto admin = startAndLogin(server);
    auto rep = userWithRole(server, *admin, QStringLiteral("wang.ye"), QStringLiteral("staff"));
    const qint64 id = createCustomer(
        *rep, {{QStringLiteral("name"), QStringLiteral("上海华联超市有限公司")},
               {QStringLiteral("short_name"), QStringLiteral("华联超市")},
               {QStringLiteral("customer_type"), QStringLiteral("customer")},
               {QStringLiteral("phone"), QStringLiteral("021-62345678")},
               {QStringLiteral("notes"), QStringLiteral("每季度初下订单，付款及时。")},
               {QStringLiteral("contacts"), QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("王建国")},
                                                                {QStringLiteral("title"), QStringLiteral("采购经理")},
                                                                {QStringLiteral("mobile"), QStringLiteral("13912345678")}}}}});
    CustomersPage page(rep.get());
    waitReady(page);
    CustomerDialog *form = openLoaded(page, id);
    retype(form, QStringLiteral("notes"), QStringLiteral("下季度起改为月结。"));
    retype(form, QStringLiteral("phone"), QStringLiteral("021-62340000"));
    saveForm(form);
    const QCborMap contact = form->record().value(QStringLiteral("contacts")).toArray().at(0).toMap();
    REQUIRE(call(*rep, QStringLiteral("contacts.update"),
                 {{QStringLiteral("id"), contact.value(QStringLiteral("id"))},
                  {QStringLiteral("version"), contact.value(QStringLiteral("version"))},
                  {QStringLiteral("title"), QStringLiteral("采购总监")}})
                .ok);
    form->reload();
    retype(form, QStringLiteral("short_name"), QStringLiteral("联华"));
    saveForm(form);
    form->resize(1040, 720);
    QTableWidget *history = historyOf(form, 4);
    history->selectRow(1);
    QTest::qWait(300);
    REQUIRE(form->grab().save(out + QStringLiteral("/customer-form-history-contact.png")));
    history->selectRow(2);
    QTest::qWait(300);
    REQUIRE(form->grab().save(out + QStringLiteral("/customer-form-history.png")));
    click(child<QPushButton>(form, QStringLiteral("restoreVersion")));
    QMessageBox *box = nullptr;
    REQUIRE(waitFor([&] { return (box = form->findChild<QMessageBox *>(QStringLiteral("confirmRestoreVersion"))); }));
    QTest::qWait(300);
    REQUIRE(box->grab().save(out + QStringLiteral("/customer-restore-version.png")));
    box->reject();
    QLocale::setDefault(QLocale::c());
}
