// The other widget tests run untranslated, in the English source texts. These run with
// the shipped Chinese translations installed and check that texts looked up outside a
// plain tr() call (markers for later lookup, dialogs without Q_OBJECT) are translated.
#include "WidgetTest.h"

#include "admin/AdminText.h"
#include "admin/AdministrationPage.h"
#include "admin/DepartmentsPage.h"
#include "admin/PagedListModel.h"
#include "admin/UsersPage.h"
#include "audit/AuditViewer.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>

using namespace cordial;
using namespace cordial::test;
using client::AdministrationPage;
using client::AuditViewer;

namespace {

// Installs cordial_<code>.qm from the client's resources for the lifetime of the object.
class Translation
{
public:
    explicit Translation(const QString &code)
    {
        const bool loaded = m_translator.load(QStringLiteral(":/i18n/cordial_%1.qm").arg(code));
        INFO("translation " << code.toStdString());
        REQUIRE(loaded);
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Translation() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

struct Expected {
    QString code;
    QString role;           // the role "staff"
    QString op;             // departments.update
    QString nameField;      // a department's "name" in the before/after images
    QString departmentItem; // the entity filter's "department"
    QString ok;             // the department name dialog's OK button
    QString resetTitle;     // the reset password dialog's title
    QString busy;           // how a `busy` refusal begins
};

} // namespace

TEST_CASE("the Chinese translations reach the texts the audit viewer and the dialogs look up")
{
    const Expected expected = GENERATE(
        Expected{QStringLiteral("zh_CN"), QStringLiteral("业务员"), QStringLiteral("修改部门"), QStringLiteral("名称"),
                 QStringLiteral("部门"), QStringLiteral("确定"), QStringLiteral("重置密码"), QStringLiteral("服务器正忙")},
        Expected{QStringLiteral("zh_TW"), QStringLiteral("業務員"), QStringLiteral("修改部門"), QStringLiteral("名稱"),
                 QStringLiteral("部門"), QStringLiteral("確定"), QStringLiteral("重設密碼"), QStringLiteral("伺服器正忙")});
    INFO("language " << expected.code.toStdString());
    Translation translation(expected.code);
    CHECK(client::admin::AdminText::roleName(QStringLiteral("staff")) == expected.role);
    CHECK(client::admin::AdminText::errorMessage({protocol::ErrorCode::Busy, QString(), QString(), {}})
              .startsWith(expected.busy));

    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 id = createDepartment(*connection, QStringLiteral("销售部"));
    REQUIRE(call(*connection, QStringLiteral("departments.update"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("市场部")}})
                .ok);

    // Operation, field and entity names are marked for translation apart from their lookup.
    {
        AuditViewer viewer(connection.get());
        viewer.show();
        client::PagedListModel *model = viewer.model();
        REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() >= 3; }));
        REQUIRE(model->record(0).value(QStringLiteral("op")).toString() == QStringLiteral("departments.update"));
        CHECK(model->index(0, 3).data().toString() == expected.op);
        child<QTableView>(&viewer, QStringLiteral("auditTable"))->selectRow(0);
        auto *detail = child<QTableWidget>(&viewer, QStringLiteral("auditDetail"));
        bool sawName = false;
        for (int r = 0; r < detail->rowCount(); ++r) {
            if (detail->item(r, 0)->data(Qt::UserRole).toString() == QStringLiteral("name")) {
                sawName = true;
                CHECK(detail->item(r, 0)->text() == expected.nameField);
            }
        }
        CHECK(sawName);
        auto *entity = child<QComboBox>(&viewer, QStringLiteral("auditEntity"));
        chooseData(entity, QStringLiteral("department"));
        CHECK(entity->currentText() == expected.departmentItem);
    }

    // The department name and reset password dialogs have no Q_OBJECT of their own.
    AdministrationPage page(connection.get());
    page.resize(1000, 700);
    page.show();
    REQUIRE(waitFor([&] { return !page.rights().isEmpty(); }));
    auto *tabs = child<QTabWidget>(&page, QStringLiteral("administrationTabs"));

    tabs->setCurrentWidget(page.departmentsPage());
    clickAction(child<QAction>(&page, QStringLiteral("addDepartment")));
    auto *nameDialog = child<QDialog>(&page, QStringLiteral("departmentNameDialog"));
    REQUIRE(waitFor([&] { return nameDialog->isVisible(); }));
    CHECK(child<QDialogButtonBox>(nameDialog, {})->button(QDialogButtonBox::Ok)->text() == expected.ok);
    nameDialog->reject();

    tabs->setCurrentWidget(page.usersPage());
    client::PagedListModel *users = page.usersPage()->model();
    REQUIRE(waitFor([&] { return !users->isLoading() && users->rowCount() >= 1; }));
    child<QTableView>(&page, QStringLiteral("userTable"))->selectRow(0);
    clickAction(child<QAction>(&page, QStringLiteral("resetPassword")));
    auto *resetDialog = child<QDialog>(&page, QStringLiteral("resetPasswordDialog"));
    REQUIRE(waitFor([&] { return resetDialog->isVisible(); }));
    CHECK(resetDialog->windowTitle() == expected.resetTitle);
    resetDialog->reject();
}
