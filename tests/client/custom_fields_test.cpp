// Custom fields from the client: an administrator adds one in Administration →
// Custom fields, and it then appears on the customer form and in the column chooser.
#include "WidgetTest.h"

#include "admin/AdministrationPage.h"
#include "customers/CustomFieldsPage.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomersPage.h"
#include "customers/FieldForm.h"
#include "customers/CustomerListModel.h"

#include <QCheckBox>
#include <QComboBox>
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

    // A customers page opened now shows the field on the Groups tab and offers it as a column.
    const auto created = call(*connection, QStringLiteral("customers.create"),
                              {{QStringLiteral("name"), QStringLiteral("甲公司")}, {QStringLiteral("allow_duplicate"), true}});
    REQUIRE(created.ok);
    const qint64 id = created.result.toMap().value(QStringLiteral("id")).toInteger();
    CustomersPage customers(connection.get());
    customers.show();
    REQUIRE(waitFor([&] { return customers.isReady(); }));
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
