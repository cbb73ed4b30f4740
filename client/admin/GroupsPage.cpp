#include "admin/GroupsPage.h"

#include "admin/AdminText.h"
#include "admin/GroupEditorDialog.h"
#include "admin/MessageBanner.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QPointer>
#include <QStandardItem>
#include <QTableView>

namespace cordial::client::admin {

GroupsPage::GroupsPage(Connection *connection, QWidget *parent)
    : RecordsPage(connection, QStringLiteral("groups.list"),
                  {tr("Group"), tr("Members"), tr("Roles"), tr("Description")},
                  {tr("New group…"), tr("Filter by name, role or description…"),
                   //: The suggested name of an exported list of user groups.
                   tr("User groups"), tr("Could not load the user groups: %1")},
                  parent)
{
    setObjectName(QStringLiteral("groupsPage"));
    table()->setObjectName(QStringLiteral("groupTable"));
    const QList<int> widths{200, 80, 300};
    for (int c = 0; c < widths.size(); ++c)
        table()->setColumnWidth(c, widths[c]);
    refresh();
}

QList<QStandardItem *> GroupsPage::rowItems(const QCborMap &record) const
{
    QStringList roles;
    for (const QCborValue &v : record.value(QStringLiteral("roles")).toArray())
        roles.append(AdminText::roleName(v.toString()));
    auto *members = new QStandardItem;
    members->setData(int(record.value(QStringLiteral("member_count")).toInteger()), Qt::DisplayRole);
    auto *rolesItem = new QStandardItem(roles.join(tr(", ")));
    rolesItem->setToolTip(rolesItem->text());
    auto *description = new QStandardItem(record.value(QStringLiteral("description")).toString());
    description->setToolTip(description->text());
    return {new QStandardItem(record.value(QStringLiteral("name")).toString()), members, rolesItem, description};
}

QString GroupsPage::countText(int count) const
{
    return tr("%n group(s)", nullptr, count);
}

GroupEditorDialog *GroupsPage::newGroup()
{
    if (!canManage())
        return nullptr;
    return open({});
}

GroupEditorDialog *GroupsPage::openSelected()
{
    const QCborMap record = selectedRecord();
    return record.isEmpty() ? nullptr : open(record);
}

void GroupsPage::openRecord(const QCborMap &record)
{
    open(record);
}

GroupEditorDialog *GroupsPage::open(const QCborMap &record)
{
    auto *dialog = new GroupEditorDialog(connection(), record, canManage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool creating = record.isEmpty();
    connect(dialog, &GroupEditorDialog::saved, this, [this, creating](qint64 id) {
        banner()->showInfo(creating ? tr("The group has been created.") : tr("The group has been saved."));
        afterChange(id);
    });
    dialog->open();
    return dialog;
}

void GroupsPage::deleteRecord(const QCborMap &record)
{
    const QString name = record.value(QStringLiteral("name")).toString();
    const qint64 id = record.value(QStringLiteral("id")).toInteger();
    confirm(QStringLiteral("deleteGroupConfirm"), tr("Delete user group"), tr("Delete the group “%1”?").arg(name),
            tr("Its members lose the roles the group gave them; the users themselves stay."), tr("Delete"),
            [this, name, id] {
        connection()->request(QStringLiteral("groups.delete"), {{QStringLiteral("id"), id}},
                              [this, self = QPointer(this), name](const protocol::Reply &reply) {
            if (!self)
                return;
            if (reply.ok) {
                banner()->showInfo(tr("The group “%1” has been deleted.").arg(name));
                afterChange(0);
                return;
            }
            banner()->showError(tr("Could not delete the group “%1”: %2").arg(name, AdminText::errorMessage(reply.error)));
            refresh();
        });
    });
}

} // namespace cordial::client::admin
