// Administration → Roles: every role with its description, whether it is built in, what
// it gives in the customers module and how many people hold it; New / Edit / Delete with
// roles.manage. Shown with roles.read.
#pragma once

#include "admin/RecordsPage.h"

namespace cordial::client::admin {

class RoleEditorDialog;

class RolesPage : public RecordsPage
{
    Q_OBJECT
public:
    explicit RolesPage(Connection *connection, QWidget *parent = nullptr);

    // Opens the editor for a new role or the selected one (returned for tests).
    RoleEditorDialog *newRole();
    RoleEditorDialog *openSelected();

protected:
    QList<QStandardItem *> rowItems(const QCborMap &record) const override;
    QString countText(int count) const override;
    void newRecord() override { newRole(); }
    void openRecord(const QCborMap &record) override;
    void deleteRecord(const QCborMap &record) override;
    bool canDelete(const QCborMap &record) const override;

private:
    RoleEditorDialog *open(const QCborMap &record);
};

} // namespace cordial::client::admin
