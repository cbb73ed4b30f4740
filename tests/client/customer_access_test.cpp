// What a role's access does to the customer widgets, against a real cordiald: without
// customers.copy nothing is copied from the list or the form; fields the role hides are
// absent from the form, the columns, the filters and the export dialog; read-only ones
// are shown read-only.
#include "WidgetTest.h"

#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "customers/FieldForm.h"

#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>

using namespace cordial;
using namespace cordial::test;
using client::customers::CustomerDialog;
using client::customers::CustomersPage;

namespace {

const QString kPassword = QStringLiteral("first-pass-1");
const QString kSentinel = QStringLiteral("nothing was copied");

QCborMap grant(const char *level, const char *scope, const QStringList &extras = {}, const QCborMap &fields = {})
{
    return {{QStringLiteral("level"), QString::fromLatin1(level)},
            {QStringLiteral("scope"), QString::fromLatin1(scope)},
            {QStringLiteral("extras"), QCborArray::fromStringList(extras)},
            {QStringLiteral("fields"), fields}};
}

// A role with this customers grant and a user who holds it; returns the user's connection.
std::unique_ptr<client::Connection> userWithRole(TestServer &server, client::Connection &admin, const QString &login,
                                                 const QCborMap &customers)
{
    const QString role = login + QStringLiteral("的角色");
    const auto made = call(admin, QStringLiteral("roles.create"),
                           {{QStringLiteral("name"), role},
                            {QStringLiteral("modules"), QCborMap{{QStringLiteral("customers"), customers}}}});
    INFO(made.error.message.toStdString());
    REQUIRE(made.ok);
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

// The page once its catalog and rights are in and the first page of customers is listed.
void waitListed(CustomersPage &page, int rows)
{
    page.resize(1200, 700);
    page.show();
    REQUIRE(waitFor([&] { return page.isReady(); }));
    // Asked for once more now that the test watches, in case the first reply came early.
    page.refresh();
    REQUIRE(waitFor([&] { return !page.model()->isLoading() && page.model()->rowCount() == rows; }));
}

CustomerDialog *openLoaded(CustomersPage &page, qint64 id)
{
    CustomerDialog *form = page.openCustomer(id);
    REQUIRE(form);
    REQUIRE(waitFor([&] { return form->isLoaded(); }));
    return form;
}

void pressCopy(QWidget *widget)
{
    widget->activateWindow();
    widget->setFocus();
    QTest::keySequence(widget, QKeySequence::Copy);
}

} // namespace

TEST_CASE("without customers.copy the list and the form copy nothing, with it the list copies the rows")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 id = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("华为技术有限公司")},
                                              {QStringLiteral("mobile"), QStringLiteral("13800138000")}});
    auto temp = userWithRole(server, *admin, QStringLiteral("temp"), grant("reader", "all"));

    CustomersPage page(temp.get());
    waitListed(page, 1);
    auto *table = child<QTableView>(&page, QStringLiteral("customerTable"));
    table->selectRow(0);
    QAction *copy = child<QAction>(&page, QStringLiteral("copyCustomers"));
    CHECK_FALSE(copy->isEnabled());
    CHECK(table->actions().contains(copy)); // in the context menu, greyed out
    CHECK_FALSE(table->dragEnabled());
    // Neither the action nor the view's own Ctrl+C of the current cell puts anything on the clipboard.
    QGuiApplication::clipboard()->setText(kSentinel);
    table->setCurrentIndex(page.model()->index(0, 0));
    pressCopy(table);
    QCoreApplication::processEvents();
    CHECK(QGuiApplication::clipboard()->text() == kSentinel);
    // Neither export nor print is offered.
    CHECK_FALSE(child<QAction>(&page, QStringLiteral("exportCustomers"))->isVisible());

    // In the form text cannot be selected, so neither Ctrl+C nor a context menu copies it.
    CustomerDialog *form = openLoaded(page, id);
    auto *name = child<QLineEdit>(form, QStringLiteral("field_name"));
    CHECK(name->text() == QStringLiteral("华为技术有限公司"));
    name->selectAll();
    CHECK_FALSE(name->hasSelectedText());
    CHECK(name->contextMenuPolicy() == Qt::NoContextMenu);
    pressCopy(name);
    auto *mobile = child<QLineEdit>(form, QStringLiteral("field_mobile"));
    mobile->setFocus();
    QTest::keyClick(mobile, Qt::Key_End);
    QTest::keyClick(mobile, Qt::Key_Home, Qt::ShiftModifier);
    CHECK_FALSE(mobile->hasSelectedText());
    pressCopy(mobile);
    QCoreApplication::processEvents();
    CHECK(QGuiApplication::clipboard()->text() == kSentinel);
    auto *heading = child<QLabel>(form, QStringLiteral("customerHeading"));
    CHECK_FALSE(heading->textInteractionFlags() & Qt::TextSelectableByMouse);
    // Without customers.print the form offers no printing.
    CHECK_FALSE(child<QPushButton>(form, QStringLiteral("printCustomer"))->isVisible());
    form->close();

    // The administrator's role has the extra: Ctrl+C copies the selected rows as shown.
    CustomersPage adminPage(admin.get());
    waitListed(adminPage, 1);
    auto *adminTable = child<QTableView>(&adminPage, QStringLiteral("customerTable"));
    adminTable->selectRow(0);
    CHECK(child<QAction>(&adminPage, QStringLiteral("copyCustomers"))->isEnabled());
    pressCopy(adminTable);
    QCoreApplication::processEvents();
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied.startsWith(QStringLiteral("华为技术有限公司\t")));
    CHECK(copied.contains(QStringLiteral("13800138000")));
}

TEST_CASE("a field hidden for the role is absent from the form, the columns, the filters and the export")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 id = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("华为技术有限公司")},
                                              {QStringLiteral("grade"), QStringLiteral("a")},
                                              {QStringLiteral("customer_type"), QStringLiteral("customer")},
                                              {QStringLiteral("credit_limit"), QStringLiteral("500000.00")},
                                              {QStringLiteral("tax_no"), QStringLiteral("91440300")},
                                              {QStringLiteral("address"), QStringLiteral("<b>深圳</b>市龙岗区")}});
    auto rep = userWithRole(server, *admin, QStringLiteral("rep"),
                            grant("editor", "all", {QStringLiteral("export"), QStringLiteral("print")},
                                  {{QStringLiteral("credit_limit"), QStringLiteral("hidden")},
                                   {QStringLiteral("grade"), QStringLiteral("hidden")},
                                   {QStringLiteral("tax_no"), QStringLiteral("read_only")},
                                   {QStringLiteral("customer_type"), QStringLiteral("read_only")}}));

    CustomersPage page(rep.get());
    waitListed(page, 1);
    const auto &fields = page.context().customerFields;
    CHECK(fields.find(QStringLiteral("credit_limit")) == nullptr);
    CHECK(fields.find(QStringLiteral("grade")) == nullptr);
    REQUIRE(fields.find(QStringLiteral("tax_no")));
    CHECK(fields.find(QStringLiteral("tax_no"))->readOnlyForRole);
    // The default columns leave it out; so does the filter panel.
    CHECK_FALSE(page.model()->columns().contains(QStringLiteral("grade")));
    CHECK(page.model()->columns().contains(QStringLiteral("customer_type")));
    CHECK(child<QComboBox>(&page, QStringLiteral("filterGrade"))->isHidden());
    CHECK_FALSE(child<QComboBox>(&page, QStringLiteral("filterType"))->isHidden());

    CustomerDialog *form = openLoaded(page, id);
    CHECK(form->findChild<QWidget *>(QStringLiteral("field_credit_limit")) == nullptr);
    CHECK(form->findChild<QWidget *>(QStringLiteral("field_grade")) == nullptr);
    CHECK_FALSE(form->form()->hasField(QStringLiteral("credit_limit")));
    auto *taxNo = child<QLineEdit>(form, QStringLiteral("field_tax_no"));
    CHECK(taxNo->text() == QStringLiteral("91440300"));
    CHECK(taxNo->isReadOnly());
    CHECK_FALSE(child<QComboBox>(form, QStringLiteral("field_customer_type"))->isEnabled());
    CHECK_FALSE(child<QLineEdit>(form, QStringLiteral("field_name"))->isReadOnly());
    // Names are shown as typed, never as markup.
    CHECK(child<QLabel>(form, QStringLiteral("customerHeading"))->textFormat() == Qt::PlainText);
    // Editing what may be edited still saves, without touching the read-only fields.
    typeText(child<QLineEdit>(form, QStringLiteral("field_short_name")), QStringLiteral("华为"));
    CHECK(form->form()->changes().keys() == QList<QCborValue>{QStringLiteral("short_name")});
    bool saved = false;
    QObject::connect(form, &CustomerDialog::saved, form, [&] { saved = true; });
    form->save();
    REQUIRE(waitFor([&] { return saved; }));
    // What is printed comes from the server (customers.print), as it is now, not as the
    // form loaded it, and holds what the role sees, as text.
    const auto changed = call(*admin, QStringLiteral("customers.update"),
                              {{QStringLiteral("id"), id}, {QStringLiteral("version"), form->version()},
                               {QStringLiteral("notes"), QStringLiteral("打印前刚改的备注")}});
    REQUIRE(changed.ok);
    CHECK(child<QPushButton>(form, QStringLiteral("printCustomer"))->isVisible());
    QString printed;
    QObject::connect(form, &CustomerDialog::printoutReady, form, [&](const QString &html) { printed = html; });
    form->requestPrintout();
    REQUIRE(waitFor([&] { return !printed.isEmpty(); }));
    CHECK(printed.contains(QStringLiteral("打印前刚改的备注")));
    CHECK(printed.contains(QStringLiteral("91440300")));
    CHECK(printed.contains(QStringLiteral("&lt;b&gt;深圳&lt;/b&gt;市龙岗区")));
    CHECK_FALSE(printed.contains(QStringLiteral("Credit limit")));
    CHECK_FALSE(printed.contains(QStringLiteral("500")));
    const auto audit = call(*admin, QStringLiteral("audit.list"), {{QStringLiteral("op"), QStringLiteral("customers.print")}});
    REQUIRE(audit.ok);
    CHECK(audit.result.toMap().value(QStringLiteral("items")).toArray().size() == 1);
    form->close();

    // The export dialog offers only the columns the role sees.
    clickAction(child<QAction>(&page, QStringLiteral("exportCustomers")));
    QListWidget *columns = nullptr;
    REQUIRE(waitFor([&] { return (columns = page.findChild<QListWidget *>(QStringLiteral("exportColumns"))); }));
    QStringList offered;
    for (int i = 0; i < columns->count(); ++i)
        offered.append(columns->item(i)->data(Qt::UserRole).toString());
    CHECK(offered.contains(QStringLiteral("name")));
    CHECK(offered.contains(QStringLiteral("customer_type"))); // read-only, yet shown and exported
    CHECK_FALSE(offered.contains(QStringLiteral("credit_limit")));
    CHECK_FALSE(offered.contains(QStringLiteral("grade")));
}

TEST_CASE("contact fields the role hides are absent from the contact grid and dialog, read-only ones are read-only")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 id = createCustomer(
        *admin, {{QStringLiteral("name"), QStringLiteral("华为技术有限公司")},
                 {QStringLiteral("contacts"), QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("王经理")},
                                                                  {QStringLiteral("mobile"), QStringLiteral("13912345678")},
                                                                  {QStringLiteral("title"), QStringLiteral("采购经理")}}}}});
    auto rep = userWithRole(server, *admin, QStringLiteral("rep"),
                            grant("editor", "all", {}, {{QStringLiteral("contacts.mobile"), QStringLiteral("hidden")},
                                                        {QStringLiteral("contacts.title"), QStringLiteral("read_only")}}));
    CustomersPage page(rep.get());
    waitListed(page, 1);
    const auto &contactFields = page.context().contactFields;
    CHECK(contactFields.find(QStringLiteral("mobile")) == nullptr);
    REQUIRE(contactFields.find(QStringLiteral("title")));
    CHECK(contactFields.find(QStringLiteral("title"))->readOnlyForRole);
    // The customer's own mobile is another field, and stays.
    CHECK(page.context().customerFields.find(QStringLiteral("mobile")) != nullptr);

    CustomerDialog *form = openLoaded(page, id);
    QStringList headers;
    for (int c = 0; c < form->contactsModel()->columnCount(); ++c)
        headers.append(form->contactsModel()->headerData(c, Qt::Horizontal).toString());
    CHECK(headers.contains(contactFields.find(QStringLiteral("title"))->title()));
    CHECK_FALSE(headers.contains(client::customers::FieldCatalog::builtIn(true).find(QStringLiteral("mobile"))->title()));
    for (int c = 0; c < form->contactsModel()->columnCount(); ++c)
        CHECK_FALSE(form->contactsModel()->item(0, c)->text().contains(QStringLiteral("1391234")));

    auto *table = child<QTableView>(form, QStringLiteral("contactTable"));
    table->selectRow(0);
    click(child<QPushButton>(form, QStringLiteral("editContact")));
    QDialog *contact = nullptr;
    REQUIRE(waitFor([&] { return (contact = form->findChild<QDialog *>(QStringLiteral("contactDialog"))); }));
    CHECK(contact->findChild<QWidget *>(QStringLiteral("field_mobile")) == nullptr);
    auto *title = child<QLineEdit>(contact, QStringLiteral("field_title"));
    CHECK(title->text() == QStringLiteral("采购经理"));
    CHECK(title->isReadOnly());
    CHECK_FALSE(child<QLineEdit>(contact, QStringLiteral("field_name"))->isReadOnly());
    contact->reject();
}
