// Administration → Groups: user groups with their members and the roles the group gives
// them; New / Edit / Delete with users.manage. Shown with roles.read.
#pragma once

#include "admin/RecordsPage.h"

namespace cordial::client::admin {

class GroupEditorDialog;

class GroupsPage : public RecordsPage
{
    Q_OBJECT
public:
    explicit GroupsPage(Connection *connection, QWidget *parent = nullptr);

    // Opens the editor for a new group or the selected one (returned for tests).
    GroupEditorDialog *newGroup();
    GroupEditorDialog *openSelected();

protected:
    QList<QStandardItem *> rowItems(const QCborMap &record) const override;
    QString countText(int count) const override;
    void newRecord() override { newGroup(); }
    void openRecord(const QCborMap &record) override;
    void deleteRecord(const QCborMap &record) override;

private:
    GroupEditorDialog *open(const QCborMap &record);
};

} // namespace cordial::client::admin
