// Custom fields from the client: an administrator adds one in Administration →
// Custom fields, and it then appears on the customer form and in the column chooser.
#include "WidgetTest.h"

#include "admin/AdministrationPage.h"
#include "app/Language.h"
#include "customers/CustomFieldsPage.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomersPage.h"
#include "customers/FieldForm.h"
#include "customers/CustomerListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace cordial;
using namespace cordial::test;
using client::customers::CustomerDialog;
using client::customers::CustomersPage;
using client::customers::CustomFieldDialog;
using client::customers::CustomFieldsPage;

namespace {

CustomFieldsPage *fieldsTab(client::AdministrationPage &admin)
{
    REQUIRE(waitFor([&] { return admin.customFieldsPage() != nullptr; }));
    return admin.customFieldsPage();
}

QStringList labels(const QStandardItemModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out.append(model->item(r, 0)->text());
    return out;
}

} // namespace

TEST_CASE("an administrator adds a choice field that then appears on the customer form and in the list")
{
    QSettings().clear();
    TestServer server;
    auto connection = startAndLogin(server);

    client::AdministrationPage admin(connection.get());
    admin.show();
    CustomFieldsPage *page = fieldsTab(admin);
    bool refreshed = false;
    QObject::connect(page, &CustomFieldsPage::refreshed, [&] { refreshed = true; });
    // The page asked for its list when it was made; that reply may already be in, so ask again
    // now that someone is listening (a new request cancels the one in flight).
    page->refresh();
    // A customers page open since before the field exists learns of it, as in the main window.
    CustomersPage customers(connection.get());
    customers.show();
    REQUIRE(waitFor([&] { return customers.isReady(); }));
    QObject::connect(&admin, &client::AdministrationPage::customFieldsChanged, &customers, &CustomersPage::reloadCatalog);
    REQUIRE(waitFor([&] { return refreshed; }));
    CHECK(page->model()->rowCount() == 0);

    CustomFieldDialog *dialog = page->newField();
    REQUIRE(dialog);
    // A choice field without choices is explained before anything is sent.
    typeText(dialog->labelEdit(), QStringLiteral("展会来源"));
    chooseData(dialog->typeCombo(), QStringLiteral("choice"));
    CHECK(dialog->choiceList()->isVisible());
    dialog->accept();
    CHECK(dialog->errorText().contains(QStringLiteral("choice")));
    dialog->addChoice(QStringLiteral("广交会"));
    dialog->addChoice(QStringLiteral("进博会"));
    chooseData(dialog->tabCombo(), QStringLiteral("groups"));
    refreshed = false;
    dialog->accept();
    REQUIRE(waitFor([&] { return refreshed; }));
    CHECK(labels(page->model()) == QStringList{QStringLiteral("展会来源")});

    // A second field with the same name is refused beside the name.
    CustomFieldDialog *twin = page->newField();
    typeText(twin->labelEdit(), QStringLiteral("展会来源"));
    twin->accept();
    REQUIRE(waitFor([&] { return !twin->errorText().isEmpty(); }));
    CHECK(child<QLabel>(twin, QStringLiteral("labelError"))->isVisible());
    twin->reject();

    // The customers page shows the field on the Groups tab and offers it as a column.
    const auto created = call(*connection, QStringLiteral("customers.create"),
                              {{QStringLiteral("name"), QStringLiteral("甲公司")}, {QStringLiteral("allow_duplicate"), true}});
    REQUIRE(created.ok);
    const qint64 id = created.result.toMap().value(QStringLiteral("id")).toInteger();
    REQUIRE(waitFor([&] { return customers.context().customerFields.find(QStringLiteral("cf_1")) != nullptr; }));
    const auto *info = customers.context().customerFields.find(QStringLiteral("cf_1"));
    REQUIRE(info);
    CHECK(info->title() == QStringLiteral("展会来源"));
    CHECK(info->choiceTitle(QStringLiteral("c2")) == QStringLiteral("进博会"));

    CustomerDialog *form = customers.openCustomer(id);
    REQUIRE(waitFor([&] { return form->isLoaded(); }));
    auto *combo = child<QComboBox>(form, QStringLiteral("field_cf_1"));
    CHECK(form->form()->pageOf(QStringLiteral("cf_1")) == CustomerDialog::Groups);
    chooseData(combo, QStringLiteral("c2"));
    CHECK(form->form()->changes().value(QStringLiteral("cf_1")).toString() == QStringLiteral("c2"));
    bool saved = false;
    QObject::connect(form, &CustomerDialog::saved, [&] { saved = true; });
    form->save();
    REQUIRE(waitFor([&] { return saved; }));
    const auto stored = call(*connection, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}});
    CHECK(stored.result.toMap().value(QStringLiteral("cf_1")).toString() == QStringLiteral("c2"));
    form->close();

    customers.setColumnShown(QStringLiteral("cf_1"), true);
    REQUIRE(waitFor([&] { return !customers.model()->isLoading() && customers.model()->rowOfId(id) >= 0; }));
    const int column = customers.model()->columns().indexOf(QStringLiteral("cf_1"));
    REQUIRE(column >= 0);
    CHECK(customers.model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("展会来源"));
    CHECK(customers.model()->index(customers.model()->rowOfId(id), column).data().toString() == QStringLiteral("进博会"));

    // Retiring it from the page.
    page->table()->selectRow(0);
    refreshed = false;
    page->toggleRetiredSelected();
    REQUIRE(waitFor([&] { return refreshed; }));
    CHECK(page->model()->item(0, 5)->text() == client::customers::CustomFieldsPage::tr("Retired"));
}

// Not run by ctest: writes the screenshots of the customer form (every tab), the
// list, the assign and bulk edit dialogs and the custom fields page, in Chinese:
//   build/bin/client_custom_fields_test "[.screenshots]"   (CORDIAL_SCREENSHOTS=dir to choose where)
TEST_CASE("screenshots of the customer form, the list, its dialogs and the custom fields page", "[.screenshots]")
{
    QSettings().clear();
    client::Language::install(qApp, QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString out = qEnvironmentVariable("CORDIAL_SCREENSHOTS", QStringLiteral(CORDIAL_SOURCE_DIR "/docs/screenshots"));
    TestServer server;
    auto connection = startAndLogin(server);
    int rc = -1;
    server.ctl({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("80"), QStringLiteral("--seed"),
                QStringLiteral("7")},
               {}, &rc);
    REQUIRE(rc == 0);
    for (const QCborMap &args :
         {QCborMap{{QStringLiteral("label"), QStringLiteral("微信号")}, {QStringLiteral("type"), QStringLiteral("text")}},
          QCborMap{{QStringLiteral("label"), QStringLiteral("获客展会")},
                   {QStringLiteral("type"), QStringLiteral("choice")},
                   {QStringLiteral("tab"), QStringLiteral("groups")},
                   {QStringLiteral("choices"),
                    QCborArray{QStringLiteral("广交会"), QStringLiteral("进博会"), QStringLiteral("华交会")}}},
          QCborMap{{QStringLiteral("label"), QStringLiteral("年采购预算")},
                   {QStringLiteral("type"), QStringLiteral("money")},
                   {QStringLiteral("tab"), QStringLiteral("financial")},
                   {QStringLiteral("required"), false}},
          QCborMap{{QStringLiteral("label"), QStringLiteral("旧系统编号")},
                   {QStringLiteral("type"), QStringLiteral("text")},
                   {QStringLiteral("listable"), false}}})
        REQUIRE(call(*connection, QStringLiteral("fields.create"), args).ok);
    REQUIRE(call(*connection, QStringLiteral("fields.update"),
                 {{QStringLiteral("id"), 4}, {QStringLiteral("retired"), true}})
                .ok);

    client::AdministrationPage admin(connection.get());
    admin.resize(1000, 560);
    admin.show();
    CustomFieldsPage *fields = fieldsTab(admin);
    REQUIRE(waitFor([&] { return fields->model()->rowCount() == 4; }));
    admin.findChild<QTabWidget *>(QStringLiteral("administrationTabs"))->setCurrentWidget(fields);
    QTest::qWait(200);
    REQUIRE(admin.grab().save(out + QStringLiteral("/custom-fields.png")));
    fields->table()->selectRow(1);
    CustomFieldDialog *edit = fields->editSelected();
    REQUIRE(edit);
    QTest::qWait(200);
    REQUIRE(edit->grab().save(out + QStringLiteral("/custom-field-dialog.png")));
    edit->reject();

    CustomersPage page(connection.get());
    page.resize(1280, 720);
    page.show();
    REQUIRE(waitFor([&] { return page.isReady() && !page.model()->isLoading() && page.model()->total() > 0; }));
    QTest::qWait(300);
    REQUIRE(page.grab().save(out + QStringLiteral("/customers-list.png")));

    // The customer with the fullest file, with values in the custom fields.
    const qint64 id = page.model()->record(0).value(QStringLiteral("id")).toInteger();
    const QCborMap before = call(*connection, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}}).result.toMap();
    REQUIRE(call(*connection, QStringLiteral("customers.update"),
                 {{QStringLiteral("id"), id},
                  {QStringLiteral("version"), before.value(QStringLiteral("version"))},
                  {QStringLiteral("cf_1"), QStringLiteral("hz_tea_2026")},
                  {QStringLiteral("cf_2"), QStringLiteral("c2")},
                  {QStringLiteral("cf_3"), QStringLiteral("1250000")}})
                .ok);
    CustomerDialog *form = page.openCustomer(id);
    REQUIRE(waitFor([&] { return form->isLoaded(); }));
    form->resize(1040, 720);
    const QStringList tabs{QStringLiteral("basic"), QStringLiteral("company"), QStringLiteral("financial"),
                           QStringLiteral("groups"), QStringLiteral("notes"), QStringLiteral("status"),
                           QStringLiteral("management"), QStringLiteral("history")};
    for (int i = 0; i < tabs.size(); ++i) {
        form->tabs()->setCurrentIndex(i);
        QTest::qWait(i == CustomerDialog::History ? 800 : 200);
        REQUIRE(form->grab().save(out + QStringLiteral("/customer-form-%1.png").arg(tabs.at(i))));
    }
    form->close();

    auto *table = child<QTableView>(&page, QStringLiteral("customerTable"));
    for (int r = 0; r < 3; ++r)
        table->selectionModel()->select(page.model()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    clickAction(child<QAction>(&page, QStringLiteral("assignCustomers")));
    QTest::qWait(400);
    for (QDialog *d : page.findChildren<QDialog *>())
        if (d->isVisible()) {
            REQUIRE(d->grab().save(out + QStringLiteral("/assign-dialog.png")));
            d->reject();
        }
    clickAction(child<QAction>(&page, QStringLiteral("bulkEditCustomers")));
    QTest::qWait(400);
    for (QDialog *d : page.findChildren<QDialog *>())
        if (d->isVisible()) {
            REQUIRE(d->grab().save(out + QStringLiteral("/bulk-edit-dialog.png")));
            d->reject();
        }
    QLocale::setDefault(QLocale::c());
}
