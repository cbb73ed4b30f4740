// "Who may see and edit" in the customer form (#5), against a real cordiald: picking
// readers and editors, saving them, the form staying current, the read-only view of a
// listed reader, and the server's refusals shown beside the principal they concern.
#include "WidgetTest.h"

#include "app/Language.h"

#include "admin/MessageBanner.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "customers/FieldForm.h"
#include "customers/PrincipalPickerDialog.h"
#include "customers/RecordAccessDialog.h"

#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace cordial;
using namespace cordial::test;
using client::customers::CustomerDialog;
using client::customers::CustomersPage;
using client::customers::PrincipalPickerDialog;
using client::customers::RecordAccessDialog;

namespace {

const QString kPassword = QStringLiteral("first-pass-1");

struct Office {
    TestServer server;
    std::unique_ptr<client::Connection> admin;
    qint64 east = 0, west = 0, rep = 0, far = 0, customer = 0;

    Office()
    {
        QSettings().clear();
        admin = startAndLogin(server);
        east = createDepartment(*admin, QStringLiteral("华东销售部"));
        west = createDepartment(*admin, QStringLiteral("华西销售部"));
        rep = createUser(*admin, QStringLiteral("rep"), QStringLiteral("REP"), QStringLiteral("staff"), east, kPassword);
        far = createUser(*admin, QStringLiteral("far"), QStringLiteral("FAR"), QStringLiteral("staff"), west, kPassword);
        const auto made = call(*admin, QStringLiteral("customers.create"),
                               {{QStringLiteral("name"), QStringLiteral("保密的华东客户")}, {QStringLiteral("owner_id"), rep}});
        REQUIRE(made.ok);
        customer = made.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    QCborMap access()
    {
        const auto reply = call(*admin, QStringLiteral("customers.access"), {{QStringLiteral("id"), customer}});
        REQUIRE(reply.ok);
        return reply.result.toMap();
    }
};

void waitListed(CustomersPage &page)
{
    page.resize(1200, 700);
    page.show();
    REQUIRE(waitFor([&] { return page.isReady() && !page.model()->isLoading() && page.model()->total() > 0; }));
}

CustomerDialog *openOnManagement(CustomersPage &page, qint64 id)
{
    CustomerDialog *form = page.openCustomer(id);
    REQUIRE(form);
    REQUIRE(waitFor([&] { return form->isLoaded(); }));
    form->tabs()->setCurrentIndex(CustomerDialog::Management);
    REQUIRE(waitFor([&] { return !form->accessSummary()->text().isEmpty(); })); // read from customers.access
    return form;
}

RecordAccessDialog *openAccess(CustomerDialog *form)
{
    click(child<QPushButton>(form, QStringLiteral("editAccess")));
    auto *dialog = child<RecordAccessDialog>(form, QStringLiteral("recordAccessDialog"));
    REQUIRE(waitFor([&] { return dialog->isLoaded(); }));
    REQUIRE(dialog->isVisible());
    return dialog;
}

// Opens the picker of one list, selects the items whose text holds each name (on
// whichever tab they are) and adds them.
void pick(RecordAccessDialog *dialog, const QString &list, const QList<std::pair<QString, QString>> &kindAndName)
{
    click(child<QPushButton>(dialog, list + QStringLiteral("Add")));
    auto *picker = child<PrincipalPickerDialog>(dialog, QStringLiteral("principalPicker"));
    REQUIRE(waitFor([&] { return picker->isLoaded(); }));
    for (const auto &[kind, name] : kindAndName) {
        QListWidget *items = picker->list(kind);
        picker->tabs()->setCurrentWidget(kind == QLatin1String("department") ? items->parentWidget() : items);
        const auto found = items->findItems(name, Qt::MatchContains);
        INFO(kind.toStdString() << " " << name.toStdString());
        REQUIRE(found.size() == 1);
        items->scrollToItem(found.first());
        QTest::mouseClick(items->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          items->visualItemRect(found.first()).center());
        CHECK(found.first()->isSelected());
    }
    click(child<QPushButton>(picker, QStringLiteral("pickAdd")));
    REQUIRE(waitFor([&] { return !dialog->findChild<PrincipalPickerDialog *>(QStringLiteral("principalPicker")); }));
}

QStringList rows(const QTreeWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out.append(list->topLevelItem(i)->text(0));
    return out;
}

} // namespace

TEST_CASE("the form restricts a customer to a picked user and department, and stays current to save its own edits")
{
    Office office;
    CustomersPage page(office.admin.get());
    waitListed(page);
    CustomerDialog *form = openOnManagement(page, office.customer);
    CHECK(form->accessSummary()->text() == RecordAccessDialog::tr("Seen by everyone whose data scope holds it."));
    const qint64 before = form->version();

    // An unsaved edit in the form survives the change of access.
    form->tabs()->setCurrentIndex(CustomerDialog::Status);
    typeText(child<QLineEdit>(form, QStringLiteral("field_next_action")), QStringLiteral("周五回访"));
    form->tabs()->setCurrentIndex(CustomerDialog::Management);
    REQUIRE(form->isDirty());

    RecordAccessDialog *dialog = openAccess(form);
    CHECK(dialog->canChange());
    CHECK(dialog->readers()->topLevelItemCount() == 0);
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("saveAccess"))->isEnabled());
    pick(dialog, QStringLiteral("readers"), {{QStringLiteral("user"), QStringLiteral("FAR")},
                                             {QStringLiteral("department"), QStringLiteral("华西销售部")}});
    CHECK(rows(dialog->readers()) == QStringList{QStringLiteral("FAR"), QStringLiteral("华西销售部")});
    // What it will do, before it is saved.
    CHECK(child<QLabel>(dialog, QStringLiteral("accessState"))->text().startsWith(QStringLiteral("Restricted")));
    // The picker does not offer what is listed already.
    click(child<QPushButton>(dialog, QStringLiteral("readersAdd")));
    auto *picker = child<PrincipalPickerDialog>(dialog, QStringLiteral("principalPicker"));
    REQUIRE(waitFor([&] { return picker->isLoaded(); }));
    const auto listed = picker->list(QStringLiteral("user"))->findItems(QStringLiteral("FAR"), Qt::MatchContains);
    REQUIRE(listed.size() == 1);
    CHECK_FALSE(listed.first()->flags().testFlag(Qt::ItemIsEnabled));
    picker->reject();
    REQUIRE(waitFor([&] { return !dialog->findChild<PrincipalPickerDialog *>(QStringLiteral("principalPicker")); }));
    // One reader taken off again by selecting it and pressing Remove.
    dialog->readers()->topLevelItem(1)->setSelected(true);
    click(child<QPushButton>(dialog, QStringLiteral("readersRemove")));
    pick(dialog, QStringLiteral("editors"), {{QStringLiteral("department"), QStringLiteral("华西销售部")}});

    bool saved = false;
    QObject::connect(dialog, &RecordAccessDialog::saved, [&] { saved = true; });
    click(child<QPushButton>(dialog, QStringLiteral("saveAccess")));
    REQUIRE(waitFor([&] { return saved; }));

    const QCborMap access = office.access();
    const QCborArray readers = access.value(QStringLiteral("readers")).toArray();
    REQUIRE(readers.size() == 1);
    CHECK(readers.at(0).toMap().value(QStringLiteral("user")).toInteger() == office.far);
    const QCborArray editors = access.value(QStringLiteral("editors")).toArray();
    REQUIRE(editors.size() == 1);
    CHECK(editors.at(0).toMap().value(QStringLiteral("department")).toInteger() == office.west);
    CHECK(access.value(QStringLiteral("version")).toInteger() == before + 1);
    // The form follows: the summary names them, and its version is the new one, so the
    // unsaved edit saves without a conflict.
    REQUIRE(waitFor([&] { return form->accessSummary()->text().contains(QStringLiteral("FAR")); }));
    CHECK(form->accessSummary()->text().contains(QStringLiteral("华西销售部")));
    CHECK(form->version() == before + 1);
    CHECK(form->isDirty());
    bool formSaved = false;
    QObject::connect(form, &CustomerDialog::saved, [&] { formSaved = true; });
    form->save();
    REQUIRE(waitFor([&] { return formSaved; }));
    const auto got = call(*office.admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), office.customer}});
    CHECK(got.result.toMap().value(QStringLiteral("next_action")).toString() == QStringLiteral("周五回访"));

    // The listed reader, from another department, now finds it.
    auto far = loginTo(office.server, QStringLiteral("far"), kPassword);
    REQUIRE(far);
    CHECK(call(*far, QStringLiteral("customers.get"), {{QStringLiteral("id"), office.customer}}).ok);

    // The History tab names the change and shows the lists before and after it.
    form->tabs()->setCurrentIndex(CustomerDialog::History);
    auto *history = child<QTableWidget>(form, QStringLiteral("historyTable"));
    const QString accessChanged = CustomerDialog::tr("Readers and editors changed");
    int accessRow = -1;
    REQUIRE(waitFor([&] {
        for (int r = 0; r < history->rowCount(); ++r)
            if (history->item(r, 2)->text() == accessChanged)
                accessRow = r;
        return accessRow >= 0;
    }));
    CHECK(history->item(accessRow, 3)->text().contains(CustomerDialog::tr("Readers")));
    history->selectRow(accessRow);
    auto *detail = child<QTableWidget>(form, QStringLiteral("historyDetail"));
    QStringList details;
    for (int r = 0; r < detail->rowCount(); ++r)
        details.append(detail->item(r, 0)->text() + QLatin1Char('|') + detail->item(r, 1)->text() + QLatin1Char('|') +
                       detail->item(r, 2)->text());
    CHECK(details.contains(CustomerDialog::tr("Readers") + QStringLiteral("||FAR")));
    CHECK(details.contains(CustomerDialog::tr("Editors") + QStringLiteral("||华西销售部")));
}

TEST_CASE("a listed reader sees who may see the customer and cannot change it")
{
    Office office;
    REQUIRE(call(*office.admin, QStringLiteral("customers.set_access"),
                 {{QStringLiteral("id"), office.customer},
                  {QStringLiteral("version"), office.access().value(QStringLiteral("version"))},
                  {QStringLiteral("readers"), QCborArray{QCborMap{{QStringLiteral("user"), office.far}}}},
                  {QStringLiteral("editors"), QCborArray{}}})
                .ok);
    auto far = loginTo(office.server, QStringLiteral("far"), kPassword);
    REQUIRE(far);
    CustomersPage page(far.get());
    waitListed(page);
    CustomerDialog *form = openOnManagement(page, office.customer);
    CHECK(form->accessSummary()->text().startsWith(QStringLiteral("Restricted")));
    RecordAccessDialog *dialog = openAccess(form);
    CHECK_FALSE(dialog->canChange());
    CHECK(rows(dialog->readers()) == QStringList{QStringLiteral("FAR")});
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("readersAdd"))->isVisible());
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("editorsRemove"))->isVisible());
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("saveAccess"))->isVisible());
    CHECK(child<QPushButton>(dialog, QStringLiteral("cancelAccess"))->text() == RecordAccessDialog::tr("Close"));
    CHECK(child<client::MessageBanner>(dialog, QString())->isVisible());
    click(child<QPushButton>(dialog, QStringLiteral("cancelAccess")));
    CHECK(office.access().value(QStringLiteral("readers")).toArray().size() == 1);
}

TEST_CASE("the access dialog shows the server's refusal beside the principal it names, and reloads after a conflict")
{
    Office office;
    const qint64 doomed = createDepartment(*office.admin, QStringLiteral("临时项目部"));
    CustomersPage page(office.admin.get());
    waitListed(page);
    CustomerDialog *form = openOnManagement(page, office.customer);
    RecordAccessDialog *dialog = openAccess(form);
    pick(dialog, QStringLiteral("readers"), {{QStringLiteral("user"), QStringLiteral("REP")},
                                             {QStringLiteral("department"), QStringLiteral("临时项目部")}});
    // The department goes before the lists are saved.
    REQUIRE(call(*office.admin, QStringLiteral("departments.delete"), {{QStringLiteral("id"), doomed}}).ok);
    bool failed = false;
    QObject::connect(dialog, &RecordAccessDialog::saveFailed, [&] { failed = true; });
    click(child<QPushButton>(dialog, QStringLiteral("saveAccess")));
    REQUIRE(waitFor([&] { return failed; }));
    auto *banner = child<client::MessageBanner>(dialog, QString());
    CHECK(banner->text().contains(QStringLiteral("临时项目部")));
    const QList<QTreeWidgetItem *> selected = dialog->readers()->selectedItems();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first()->text(0) == QStringLiteral("临时项目部"));
    CHECK(office.access().value(QStringLiteral("readers")).toArray().isEmpty());

    // Someone else changes the customer meanwhile: the save is refused and the lists reload.
    dialog->readers()->topLevelItem(1)->setSelected(true);
    click(child<QPushButton>(dialog, QStringLiteral("readersRemove")));
    const auto current = call(*office.admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), office.customer}});
    REQUIRE(call(*office.admin, QStringLiteral("customers.update"),
                 {{QStringLiteral("id"), office.customer},
                  {QStringLiteral("version"), current.result.toMap().value(QStringLiteral("version"))},
                  {QStringLiteral("notes"), QStringLiteral("别人改的")}})
                .ok);
    failed = false;
    click(child<QPushButton>(dialog, QStringLiteral("saveAccess")));
    REQUIRE(waitFor([&] { return failed; }));
    REQUIRE(waitFor([&] { return dialog->isLoaded(); }));
    CHECK(banner->isVisible());
    CHECK(dialog->readers()->topLevelItemCount() == 0); // as saved: nothing
    CHECK_FALSE(dialog->isDirty());
}

// Not run by ctest: writes docs/screenshots/customer-access.png (the dialog over the
// form's Management tab) and customer-access-picker.png, in simplified Chinese:
//   build/bin/client_record_access_test "[.screenshots]"   (CORDIAL_SCREENSHOTS=dir to choose where)
TEST_CASE("screenshot of who may see and edit a customer", "[.screenshots]")
{
    client::Language::install(qApp, QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString out = qEnvironmentVariable("CORDIAL_SCREENSHOTS", QStringLiteral(CORDIAL_SOURCE_DIR "/docs/screenshots"));
    Office office;
    // People's names as a real office has them.
    for (const auto &[id, name] : {std::pair{office.rep, QStringLiteral("王芳")}, std::pair{office.far, QStringLiteral("李雷")}})
        REQUIRE(call(*office.admin, QStringLiteral("users.update"),
                     {{QStringLiteral("id"), id}, {QStringLiteral("display_name"), name}})
                    .ok);
    const auto made = call(*office.admin, QStringLiteral("groups.create"),
                           {{QStringLiteral("name"), QStringLiteral("大客户小组")}, {QStringLiteral("members"), QCborArray{office.far}}});
    REQUIRE(made.ok);
    REQUIRE(call(*office.admin, QStringLiteral("customers.set_access"),
                 {{QStringLiteral("id"), office.customer},
                  {QStringLiteral("version"), office.access().value(QStringLiteral("version"))},
                  {QStringLiteral("readers"), QCborArray{QCborMap{{QStringLiteral("user"), office.far}},
                                                         QCborMap{{QStringLiteral("department"), office.east}}}},
                  {QStringLiteral("editors"), QCborArray{QCborMap{{QStringLiteral("group"), made.result.toMap().value(QStringLiteral("id"))}}}}})
                .ok);
    CustomersPage page(office.admin.get());
    waitListed(page);
    CustomerDialog *form = openOnManagement(page, office.customer);
    form->resize(1040, 720);
    REQUIRE(waitFor([&] { return form->accessSummary()->text().contains(QStringLiteral("李雷")); }));
    QTest::qWait(200);
    REQUIRE(form->grab().save(out + QStringLiteral("/customer-form-access.png")));
    RecordAccessDialog *dialog = openAccess(form);
    QTest::qWait(200);
    REQUIRE(dialog->grab().save(out + QStringLiteral("/customer-access.png")));
    click(child<QPushButton>(dialog, QStringLiteral("editorsAdd")));
    auto *picker = child<PrincipalPickerDialog>(dialog, QStringLiteral("principalPicker"));
    REQUIRE(waitFor([&] { return picker->isLoaded(); }));
    QTest::qWait(200);
    REQUIRE(picker->grab().save(out + QStringLiteral("/customer-access-picker.png")));
    picker->reject();
}
