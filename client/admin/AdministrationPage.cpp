#include "admin/AdministrationPage.h"

#include "admin/AdminText.h"
#include "admin/DepartmentsPage.h"
#include "admin/MessageBanner.h"
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
            applyRights({});
            return;
        }
        QStringList rights;
        const QCborArray list = reply.result.toMap().value(QStringLiteral("rights")).toArray();
        for (const QCborValue &r : list)
            rights.append(r.toString());
        applyRights(rights);
    });
}

void AdministrationPage::applyRights(const QStringList &rights)
{
    namespace r = domain::rights;
    m_rights = rights;
    m_users->setCanManage(rights.contains(r::kUsersManage));
    m_departments->setCanManage(rights.contains(r::kDepartmentsManage));
    const bool audit = rights.contains(r::kAuditRead);
    if (audit && !m_audit) {
        m_audit = new AuditViewer(m_connection);
        m_tabs->addTab(m_audit, tr("Audit log (&3)"));
    } else if (!audit && m_audit) {
        m_tabs->removeTab(m_tabs->indexOf(m_audit));
        delete m_audit;
        m_audit = nullptr;
    }
    const bool fields = rights.contains(r::kFieldsManage);
    if (fields && !m_fields) {
        m_fields = new customers::CustomFieldsPage(m_connection);
        connect(m_fields, &customers::CustomFieldsPage::fieldsChanged, this, &AdministrationPage::customFieldsChanged);
        m_tabs->addTab(m_fields, tr("Custom fields (&4)"));
    } else if (!fields && m_fields) {
        m_tabs->removeTab(m_tabs->indexOf(m_fields));
        delete m_fields;
        m_fields = nullptr;
    }
    Q_EMIT rightsLoaded(rights);
}

} // namespace cordial::client
