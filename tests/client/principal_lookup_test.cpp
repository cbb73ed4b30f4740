// The picker of readers and editors reads the colleague directory (users.lookup, #5):
// a staff rep, who may list no user but themselves in user administration, finds a
// colleague of another department by typing part of the name, against a real cordiald.
#include "WidgetTest.h"

#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "customers/PrincipalPickerDialog.h"
#include "customers/RecordAccessDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTreeWidget>

using namespace cordial;
using namespace cordial::test;
using client::customers::CustomerDialog;
using client::customers::CustomersPage;
using client::customers::PrincipalPickerDialog;
using client::customers::RecordAccessDialog;

namespace {

const QString kPassword = QStringLiteral("first-pass-1");

// The texts of the users the picker offers (items with an id, enabled).
QStringList offered(const PrincipalPickerDialog *picker)
{
    QStringList out;
    const QListWidget *list = picker->list(QStringLiteral("user"));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->flags().testFlag(Qt::ItemIsEnabled))
            out.append(list->item(i)->text());
    return out;
}

} // namespace

TEST_CASE("a staff rep picks a colleague of another department in the picker by typing part of the name")
{
    QSettings().clear();
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 east = createDepartment(*admin, QStringLiteral("华东销售部"));
    const qint64 west = createDepartment(*admin, QStringLiteral("华西销售部"));
    const qint64 rep = createUser(*admin, QStringLiteral("rep"), QStringLiteral("陈东"), QStringLiteral("staff"), east, kPassword);
    const qint64 colleague = createUser(*admin, QStringLiteral("wxm"), QStringLiteral("王晓明"), QStringLiteral("staff"), west, kPassword);
    createUser(*admin, QStringLiteral("wxh"), QStringLiteral("王小红"), QStringLiteral("staff"), west, kPassword);
    const auto made = call(*admin, QStringLiteral("customers.create"),
                           {{QStringLiteral("name"), QStringLiteral("华东的大客户")}, {QStringLiteral("owner_id"), rep}});
    REQUIRE(made.ok);
    const qint64 customer = made.result.toMap().value(QStringLiteral("id")).toInteger();

    auto connection = loginTo(server, QStringLiteral("rep"), kPassword);
    REQUIRE(connection);
    // What user administration would have offered: the rep alone.
    const auto listed = call(*connection, QStringLiteral("users.list"));
    REQUIRE(listed.ok);
    REQUIRE(listed.result.toMap().value(QStringLiteral("items")).toArray().size() == 1);

    CustomersPage page(connection.get());
    page.resize(1200, 700);
    page.show();
    REQUIRE(waitFor([&] { return page.isReady() && !page.model()->isLoading() && page.model()->total() > 0; }));
    CustomerDialog *form = page.openCustomer(customer);
    REQUIRE(form);
    REQUIRE(waitFor([&] { return form->isLoaded(); }));
    form->tabs()->setCurrentIndex(CustomerDialog::Management);
    click(child<QPushButton>(form, QStringLiteral("editAccess")));
    auto *dialog = child<RecordAccessDialog>(form, QStringLiteral("recordAccessDialog"));
    REQUIRE(waitFor([&] { return dialog->isLoaded(); }));
    REQUIRE(dialog->canChange());

    click(child<QPushButton>(dialog, QStringLiteral("readersAdd")));
    auto *picker = child<PrincipalPickerDialog>(dialog, QStringLiteral("principalPicker"));
    REQUIRE(waitFor([&] { return picker->isLoaded(); }));
    CHECK(picker->tabs()->currentWidget() == picker->list(QStringLiteral("user")));

    // Part of the name, as typed through the input method: only the one colleague.
    auto *filter = child<QLineEdit>(picker, QStringLiteral("pickFilter"));
    typeText(filter, QStringLiteral("晓明"));
    REQUIRE(waitFor([&] { return !picker->isSearching(); }));
    QStringList shown = offered(picker);
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().contains(QStringLiteral("王晓明")));
    CHECK(shown.first().contains(QStringLiteral("华西销售部")));

    // Pinyin initials find both 王 colleagues; typing on narrows to one. The answers of
    // the shorter text do not overwrite those of the longer one.
    filter->clear();
    typeText(filter, QStringLiteral("wx"));
    REQUIRE(waitFor([&] { return !picker->isSearching(); }));
    CHECK(offered(picker).size() == 2);
    typeText(filter, QStringLiteral("m"));
    REQUIRE(waitFor([&] { return !picker->isSearching(); }));
    shown = offered(picker);
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().contains(QStringLiteral("王晓明")));

    QListWidget *users = picker->list(QStringLiteral("user"));
    const auto found = users->findItems(QStringLiteral("王晓明"), Qt::MatchContains);
    REQUIRE(found.size() == 1);
    QTest::mouseClick(users->viewport(), Qt::LeftButton, Qt::NoModifier, users->visualItemRect(found.first()).center());
    REQUIRE(found.first()->isSelected());
    // The pick survives a search that no longer finds it.
    filter->clear();
    typeText(filter, QStringLiteral("陈"));
    REQUIRE(waitFor([&] { return !picker->isSearching(); }));
    REQUIRE(picker->selected().size() == 1);
    CHECK(picker->selected().first().value(QStringLiteral("user")).toInteger() == colleague);
    click(child<QPushButton>(picker, QStringLiteral("pickAdd")));
    REQUIRE(waitFor([&] { return !dialog->findChild<PrincipalPickerDialog *>(QStringLiteral("principalPicker")); }));
    REQUIRE(dialog->readers()->topLevelItemCount() == 1);
    CHECK(dialog->readers()->topLevelItem(0)->text(0) == QStringLiteral("王晓明"));

    bool saved = false;
    QObject::connect(dialog, &RecordAccessDialog::saved, [&] { saved = true; });
    click(child<QPushButton>(dialog, QStringLiteral("saveAccess")));
    REQUIRE(waitFor([&] { return saved; }));
    const auto access = call(*admin, QStringLiteral("customers.access"), {{QStringLiteral("id"), customer}});
    REQUIRE(access.ok);
    const QCborArray readers = access.result.toMap().value(QStringLiteral("readers")).toArray();
    REQUIRE(readers.size() == 1);
    CHECK(readers.at(0).toMap().value(QStringLiteral("user")).toInteger() == colleague);
}
