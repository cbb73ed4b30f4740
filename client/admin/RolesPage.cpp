#include "admin/RolesPage.h"

#include "admin/AdminText.h"
#include "admin/MessageBanner.h"
#include "admin/RoleEditorDialog.h"
#include "net/Connection.h"

#include <QHeaderView>
#include <QPointer>
#include <QStandardItem>
#include <QTableView>

namespace cordial::client::admin {

RolesPage::RolesPage(Connection *connection, QWidget *parent)
    : RecordsPage(connection, QStringLiteral("roles.list"),
                  {tr("Role"), tr("Built-in"), tr("Holders"), tr("Customers"), tr("Description")},
                  {tr("New role…"), tr("Filter by name or description…"),
                   //: The suggested name of an exported list of roles.
                   tr("Roles"), tr("Could not load the roles: %1")},
                  parent)
{
    setObjectName(QStringLiteral("rolesPage"));
    table()->setObjectName(QStringLiteral("roleTable"));
    // The description, the longest text, takes what is left.
    const QList<int> widths{180, 80, 80, 260};
    for (int c = 0; c < widths.size(); ++c)
        table()->setColumnWidth(c, widths[c]);
    refresh();
}

QList<QStandardItem *> RolesPage::rowItems(const QCborMap &record) const
{
    const RoleInfo role = parseRole(record);
    const domain::ModuleGrant customers = role.definition.grant(domain::Module::Customers);
    //: What a role gives in the customers module: %1 the access level, %2 the data scope.
    const QString customersText = customers.level == domain::AccessLevel::None
                                      ? AdminText::levelName(QStringLiteral("none"))
                                      : tr("%1, %2").arg(AdminText::levelName(domain::accessLevelName(customers.level)),
                                                         AdminText::scopeName(domain::dataScopeName(customers.scope)));
    auto *holders = new QStandardItem;
    holders->setData(role.holders, Qt::DisplayRole); // a number, so that it sorts as one
    holders->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const QString description = AdminText::roleDescription(role.name, role.description);
    auto *descriptionItem = new QStandardItem(description);
    descriptionItem->setToolTip(description);
    return {new QStandardItem(role.title()), new QStandardItem(role.builtin ? tr("Yes") : QString()), holders,
            new QStandardItem(customersText), descriptionItem};
}

QString RolesPage::countText(int count) const
{
    return tr("%n role(s)", nullptr, count);
}

bool RolesPage::canDelete(const QCborMap &record) const
{
    return !record.value(QStringLiteral("builtin")).toBool();
}

RoleEditorDialog *RolesPage::newRole()
{
    if (!canManage())
        return nullptr;
    return open({});
}

RoleEditorDialog *RolesPage::openSelected()
{
    const QCborMap record = selectedRecord();
    return record.isEmpty() ? nullptr : open(record);
}

void RolesPage::openRecord(const QCborMap &record)
{
    open(record);
}

RoleEditorDialog *RolesPage::open(const QCborMap &record)
{
    auto *dialog = new RoleEditorDialog(connection(), record.isEmpty() ? RoleInfo{} : parseRole(record), canManage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool creating = record.isEmpty();
    connect(dialog, &RoleEditorDialog::saved, this, [this, creating](qint64 id) {
        banner()->showInfo(creating ? tr("The role has been created.") : tr("The role has been saved."));
        afterChange(id);
    });
    dialog->open();
    return dialog;
}

void RolesPage::deleteRecord(const QCborMap &record)
{
    const RoleInfo role = parseRole(record);
    confirm(QStringLiteral("deleteRoleConfirm"), tr("Delete role"), tr("Delete the role “%1”?").arg(role.title()),
            tr("Only a role that no user, department or group holds can be deleted."), tr("Delete"), [this, role] {
        connection()->request(QStringLiteral("roles.delete"), {{QStringLiteral("id"), role.id}},
                              [this, self = QPointer(this), role](const protocol::Reply &reply) {
            if (!self)
                return;
            if (reply.ok) {
                banner()->showInfo(tr("The role “%1” has been deleted.").arg(role.title()));
                afterChange(0);
                return;
            }
            if (reply.error.code == protocol::ErrorCode::Conflict)
                banner()->showError(tr("The role “%1” cannot be deleted: users, departments or groups still hold "
                                       "it. Take it away from them first.")
                                        .arg(role.title()));
            else
                banner()->showError(
                    tr("Could not delete the role “%1”: %2").arg(role.title(), AdminText::errorMessage(reply.error)));
            refresh();
        });
    });
}

} // namespace cordial::client::admin
