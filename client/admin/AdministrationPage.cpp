#include "admin/AdministrationPage.h"

#include "admin/AdminText.h"
#include "admin/BansPage.h"
#include "admin/DepartmentsPage.h"
#include "admin/GroupsPage.h"
#include "admin/MachinesPage.h"
#include "admin/MessageBanner.h"
#include "admin/RolesPage.h"
#include "admin/SessionsPage.h"
#include "admin/UsersPage.h"
#include "audit/AuditViewer.h"
#include "customers/CustomFieldsPage.h"
#include "domain/Roles.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QPointer>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cordial::client {

AdministrationPage::AdministrationPage(Connection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner;
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->setDocumentMode(true);
    m_users = new UsersPage(connection);
    m_departments = new DepartmentsPage(connection);
    m_tabs->addTab(m_departments, tr("Departments (&1)"));
    m_tabs->addTab(m_users, tr("Users (&2)"));
    layout->addWidget(m_tabs, 1);

    // Users show their department's name, and the filter lists the departments.
    connect(m_departments, &DepartmentsPage::departmentsChanged, m_users, &UsersPage::refresh);

    reloadRights();
}

void AdministrationPage::reloadRights()
{
    m_connection->request(QStringLiteral("auth.whoami"), {}, [this, self = QPointer(this)](const protocol::Reply &reply) {
        if (!self)
            return;
        if (!reply.ok) {
            m_banner->showError(tr("Could not determine your permissions, so editing is turned off: %1")
                                    .arg(admin::AdminText::errorMessage(reply.error)));
            applyRights({}, false);
            return;
        }
        applyAccess(reply.result.toMap());
    });
}

void AdministrationPage::applyAccess(const QCborMap &whoami)
{
    QStringList rights;
    for (const QCborValue &r : whoami.value(QStringLiteral("rights")).toArray())
        rights.append(r.toString());
    const QString adminScope = whoami.value(QStringLiteral("access")).toMap().value(QStringLiteral("administration"))
                                   .toMap().value(QStringLiteral("scope")).toString();
    applyRights(rights, adminScope == QLatin1String("all"));
}

template <typename Page>
void AdministrationPage::showTab(Page *&page, bool shown, int position, const QString &title,
                                 const std::function<Page *()> &make)
{
    if (shown && !page) {
        page = make();
        m_tabs->insertTab(qMin(position, m_tabs->count()), page, title);
    } else if (!shown && page) {
        m_tabs->removeTab(m_tabs->indexOf(page));
        delete page;
        page = nullptr;
    }
}

void AdministrationPage::applyRights(const QStringList &rights, bool companyWide)
{
    namespace r = domain::rights;
    m_rights = rights;
    m_users->setCanManage(rights.contains(r::kUsersManage));
    m_departments->setCanManage(rights.contains(r::kDepartmentsManage));
    // The tabs keep one order whichever of them the caller sees: who, what they may, what happened, fields.
    showTab<admin::RolesPage>(m_roles, rights.contains(r::kRolesRead), 2, tr("Roles (&3)"), [this] {
        auto *page = new admin::RolesPage(m_connection);
        // A renamed role shows under its new name wherever it is held.
        connect(page, &admin::RolesPage::changed, m_users, &UsersPage::refresh);
        connect(page, &admin::RolesPage::changed, m_departments, &DepartmentsPage::refresh);
        return page;
    });
    if (m_roles)
        m_roles->setCanManage(rights.contains(r::kRolesManage));
    showTab<admin::GroupsPage>(m_groups, rights.contains(r::kRolesRead), 3, tr("Groups (&4)"), [this] {
        auto *page = new admin::GroupsPage(m_connection);
        connect(m_roles, &admin::RolesPage::changed, page, &admin::GroupsPage::refresh);
        return page;
    });
    // Groups are made of users: whoever may manage users manages them.
    if (m_groups)
        m_groups->setCanManage(rights.contains(r::kUsersManage));
    // Who is logged in, and who may not log in for now: next to the users they concern.
    const bool managesUsers = rights.contains(r::kUsersManage);
    const int afterGroups = 2 + (m_roles ? 1 : 0) + (m_groups ? 1 : 0);
    showTab<admin::SessionsPage>(m_sessions, managesUsers, afterGroups, tr("Sessions (&5)"),
                                 [this] { return new admin::SessionsPage(m_connection); });
    showTab<admin::BansPage>(m_bans, managesUsers && companyWide, afterGroups + (m_sessions ? 1 : 0),
                             tr("Login bans (&6)"), [this] { return new admin::BansPage(m_connection); });
    showTab<AuditViewer>(m_audit, rights.contains(r::kAuditRead), m_fields ? m_tabs->indexOf(m_fields) : m_tabs->count(),
                         tr("Audit log (&7)"),
                         [this] { return new AuditViewer(m_connection); });
    showTab<customers::CustomFieldsPage>(m_fields, rights.contains(r::kFieldsManage), m_tabs->count(),
                                         tr("Custom fields (&8)"), [this] {
        auto *page = new customers::CustomFieldsPage(m_connection);
        connect(page, &customers::CustomFieldsPage::fieldsChanged, this, &AdministrationPage::customFieldsChanged);
        return page;
    });
    // Computers are approved for everyone alike (docs/protocol.md, machines.*).
    showTab<admin::MachinesPage>(m_machines, managesUsers && companyWide, m_tabs->count(), tr("Computers (&9)"),
                                 [this] { return new admin::MachinesPage(m_connection); });
    if (m_machines)
        m_machines->setCanManage(true);
    Q_EMIT rightsLoaded(rights);
}

} // namespace cordial::client
