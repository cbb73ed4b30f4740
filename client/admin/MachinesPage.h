// Administration → Computers (#5, registered computers): every computer that logged
// in with its key, those waiting for approval first; Approve…, Revoke…, Rename… and
// Delete, each confirmed. Shown to administrators of the whole company (users.manage,
// administration scope all), who alone may approve computers.
#pragma once

#include "admin/RecordsPage.h"

class QAction;

namespace cordial::client::admin {

class MachineDialog;

class MachinesPage : public RecordsPage
{
    Q_OBJECT
public:
    explicit MachinesPage(Connection *connection, QWidget *parent = nullptr);

    // Open the dialogs for the selected computer (returned for tests); nullptr when
    // nothing fitting is selected.
    MachineDialog *approveSelected();
    MachineDialog *renameSelected();
    void revokeSelected();
    QAction *approveAction() const { return m_approve; }
    QAction *revokeAction() const { return m_revoke; }

protected:
    QList<QStandardItem *> rowItems(const QCborMap &record) const override;
    QString countText(int count) const override;
    void newRecord() override {}
    void openRecord(const QCborMap &record) override;
    void deleteRecord(const QCborMap &record) override;

private:
    MachineDialog *openDialog(const QCborMap &record, bool approving);
    // Sends a change that needs no more input than a confirmation.
    void send(const QString &op, const QCborMap &record, const QString &done);
    void updateMachineActions();

    QAction *m_approve;
    QAction *m_revoke;
};

} // namespace cordial::client::admin
