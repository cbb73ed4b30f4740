// Administration: departments, users, (with roles.read) roles and user groups, (with
// users.manage) live sessions and, for administrators of the whole company, login bans,
// (with audit.read) the audit log, (with fields.manage) custom fields and, for
// administrators of the whole company, computers, each on a tab. What the caller may
// change follows the rights auth.whoami reports.
#pragma once

#include <QCborMap>
#include <QStringList>
#include <QWidget>
#include <functional>

class QTabWidget;

namespace cordial::client {

class AuditViewer;
class Connection;
class DepartmentsPage;
class MessageBanner;
class UsersPage;
namespace admin {
class BansPage;
class GroupsPage;
class MachinesPage;
class RolesPage;
class SessionsPage;
} // namespace admin
namespace customers {
class CustomFieldsPage;
}

class AdministrationPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationPage(Connection *connection, QWidget *parent = nullptr);

    DepartmentsPage *departmentsPage() const { return m_departments; }
    UsersPage *usersPage() const { return m_users; }
    admin::RolesPage *rolesPage() const { return m_roles; }    // nullptr without roles.read
    admin::GroupsPage *groupsPage() const { return m_groups; } // nullptr without roles.read
    admin::SessionsPage *sessionsPage() const { return m_sessions; } // nullptr without users.manage
    admin::BansPage *bansPage() const { return m_bans; } // nullptr unless users.manage company-wide
    AuditViewer *auditViewer() const { return m_audit; } // nullptr without audit.read
    customers::CustomFieldsPage *customFieldsPage() const { return m_fields; } // nullptr without fields.manage
    admin::MachinesPage *machinesPage() const { return m_machines; } // nullptr unless users.manage company-wide
    QStringList rights() const { return m_rights; }

    // Asks the server again what the caller may do (after a new login).
    void reloadRights();
    // Follows what the caller may do as an auth.whoami result says: tabs shown, editing allowed.
    void applyAccess(const QCborMap &whoami);

Q_SIGNALS:
    void rightsLoaded(const QStringList &rights);
    // Custom fields were added or changed here: customer views should read the catalog again.
    void customFieldsChanged();

private:
    // companyWide: the caller's administration scope is all (login bans concern everyone).
    void applyRights(const QStringList &rights, bool companyWide);
    // Adds or removes an optional tab; `page` is set to the new page or to nullptr.
    template <typename Page>
    void showTab(Page *&page, bool shown, int position, const QString &title, const std::function<Page *()> &make);

    Connection *m_connection;
    QStringList m_rights;
    QTabWidget *m_tabs;
    MessageBanner *m_banner;
    DepartmentsPage *m_departments;
    UsersPage *m_users;
    admin::RolesPage *m_roles = nullptr;
    admin::GroupsPage *m_groups = nullptr;
    admin::SessionsPage *m_sessions = nullptr;
    admin::BansPage *m_bans = nullptr;
    AuditViewer *m_audit = nullptr;
    customers::CustomFieldsPage *m_fields = nullptr;
    admin::MachinesPage *m_machines = nullptr;
};

} // namespace cordial::client
