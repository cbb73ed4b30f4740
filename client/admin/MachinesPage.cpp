#include "admin/MachinesPage.h"

#include "admin/AdminText.h"
#include "admin/MachineDialog.h"
#include "admin/MessageBanner.h"
#include "app/MachineText.h"
#include "audit/AuditViewer.h"
#include "net/Connection.h"

#include <QAction>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardItem>
#include <QTableView>
#include <QToolBar>

namespace cordial::client::admin {

using protocol::ErrorCode;

namespace {

const QString kPending = QStringLiteral("pending");
const QString kApproved = QStringLiteral("approved");
const QString kRevoked = QStringLiteral("revoked");

QString nameOf(const QCborMap &record)
{
    return record.value(QStringLiteral("name")).toString();
}

// A time as the wire has it, shown in local time and sorted as a time; empty when null.
QStandardItem *timeItem(const QCborValue &value)
{
    auto *item = new QStandardItem;
    if (value.isString()) {
        item->setText(AuditViewer::localTime(value.toString()));
        item->setData(value.toString(), RecordsPage::kSortRole); // ISO 8601 in UTC sorts as time does
    }
    return item;
}

QString userText(const QCborValue &value)
{
    const QCborMap user = value.toMap();
    if (user.isEmpty())
        return {};
    const QString name = user.value(QStringLiteral("display_name")).toString();
    return name.isEmpty() ? user.value(QStringLiteral("login")).toString() : name;
}

} // namespace

MachinesPage::MachinesPage(Connection *connection, QWidget *parent)
    : RecordsPage(connection, QStringLiteral("machines.list"),
                  {tr("Computer"), tr("Fingerprint"), tr("Status"), tr("Last user"), tr("Last seen"), tr("First seen"),
                   tr("Approved by"), tr("Approved at")},
                  {.newRecord = QString(),
                   .searchPlaceholder = tr("Filter by computer, fingerprint, status or user…"),
                   //: The suggested name of an exported list of computers.
                   .exportName = tr("Computers"),
                   .loadFailed = tr("Could not load the computers: %1"),
                   .emptyList = tr("No computer has logged in with its key yet."),
                   .editRecord = tr("Rename…")},
                  parent)
{
    setObjectName(QStringLiteral("machinesPage"));
    table()->setObjectName(QStringLiteral("machineTable"));
    const QList<int> widths{180, 170, 160, 120, 140, 140, 110};
    for (int c = 0; c < widths.size(); ++c)
        table()->setColumnWidth(c, widths[c]);

    QAction *first = toolbar()->actions().value(0);
    m_approve = new QAction(tr("Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveMachine"));
    m_revoke = new QAction(tr("Revoke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeMachine"));
    toolbar()->insertActions(first, {m_approve, m_revoke});
    table()->insertAction(table()->actions().value(0), m_approve);
    table()->insertAction(table()->actions().value(1), m_revoke);
    connect(m_approve, &QAction::triggered, this, [this] { approveSelected(); });
    connect(m_revoke, &QAction::triggered, this, &MachinesPage::revokeSelected);
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MachinesPage::updateMachineActions);
    connect(this, &RecordsPage::refreshed, this, &MachinesPage::updateMachineActions);
    updateMachineActions();
    refresh();
}

QList<QStandardItem *> MachinesPage::rowItems(const QCborMap &record) const
{
    const QString status = record.value(QStringLiteral("status")).toString();
    auto *name = new QStandardItem(nameOf(record));
    name->setToolTip(name->text());
    auto *statusItem = new QStandardItem(MachineText::statusName(status));
    if (status == kPending) {
        QFont bold = statusItem->font();
        bold.setBold(true);
        statusItem->setFont(bold);
        statusItem->setForeground(QColor(0xb2, 0x6a, 0x00));
    } else if (status == kRevoked) {
        statusItem->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    auto *fingerprint = new QStandardItem(record.value(QStringLiteral("fingerprint")).toString());
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return {name,
            fingerprint,
            statusItem,
            new QStandardItem(userText(record.value(QStringLiteral("last_user")))),
            timeItem(record.value(QStringLiteral("last_seen_at"))),
            timeItem(record.value(QStringLiteral("first_seen_at"))),
            new QStandardItem(userText(record.value(QStringLiteral("approved_by")))),
            timeItem(record.value(QStringLiteral("approved_at")))};
}

QString MachinesPage::countText(int count) const
{
    int pending = 0;
    for (const QCborMap &record : records())
        pending += record.value(QStringLiteral("status")).toString() == kPending ? 1 : 0;
    const QString shown = tr("%n computer(s)", nullptr, count);
    //: %1 the number of computers shown, %2 how many of all wait for approval.
    return pending ? tr("%1, %2").arg(shown, tr("%n waiting for approval", nullptr, pending)) : shown;
}

void MachinesPage::updateMachineActions()
{
    const QString status = selectedRecord().value(QStringLiteral("status")).toString();
    m_approve->setEnabled(!status.isEmpty() && status != kApproved);
    m_revoke->setEnabled(!status.isEmpty() && status != kRevoked);
}

MachineDialog *MachinesPage::approveSelected()
{
    const QCborMap record = selectedRecord();
    if (record.isEmpty() || record.value(QStringLiteral("status")).toString() == kApproved)
        return nullptr;
    return openDialog(record, true);
}

MachineDialog *MachinesPage::renameSelected()
{
    const QCborMap record = selectedRecord();
    return record.isEmpty() ? nullptr : openDialog(record, false);
}

void MachinesPage::openRecord(const QCborMap &record)
{
    openDialog(record, false);
}

MachineDialog *MachinesPage::openDialog(const QCborMap &record, bool approving)
{
    auto *dialog = new MachineDialog(connection(), record,
                                     approving ? MachineDialog::Mode::Approve : MachineDialog::Mode::Rename, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MachineDialog::saved, this, [this, dialog, approving](qint64 id) {
        const QString name = dialog->nameEdit()->text().trimmed();
        banner()->showInfo(approving ? tr("The computer “%1” has been approved.").arg(name)
                                     : tr("The computer has been renamed “%1”.").arg(name));
        afterChange(id);
    });
    // A change someone else made meanwhile shows in the list the dialog leaves behind.
    connect(dialog, &QDialog::rejected, this, &RecordsPage::refresh);
    dialog->open();
    return dialog;
}

void MachinesPage::revokeSelected()
{
    const QCborMap record = selectedRecord();
    if (record.isEmpty() || record.value(QStringLiteral("status")).toString() == kRevoked)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Revoke computer"),
                                tr("Revoke the approval of the computer “%1” (fingerprint %2)?")
                                    .arg(nameOf(record), record.value(QStringLiteral("fingerprint")).toString()),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("revokeMachineConfirm"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Users who may log in only from approved computers can no longer log in from it, and "
                               "their sessions there end at their next request. You can approve it again later."));
    box->button(QMessageBox::Yes)->setText(tr("Revoke"));
    box->button(QMessageBox::No)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, record](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            send(QStringLiteral("machines.revoke"), record,
                 tr("The approval of the computer “%1” has been revoked.").arg(nameOf(record)));
    });
    box->open();
}

void MachinesPage::deleteRecord(const QCborMap &record)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete computer"),
                                tr("Delete the computer “%1” from the list?").arg(nameOf(record)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("deleteMachineConfirm"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Its approval goes with it. If it logs in again, it is listed anew, waiting for "
                               "approval."));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->button(QMessageBox::No)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, record](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            send(QStringLiteral("machines.delete"), record,
                 tr("The computer “%1” has been deleted from the list.").arg(nameOf(record)));
    });
    box->open();
}

void MachinesPage::send(const QString &op, const QCborMap &record, const QString &done)
{
    const qint64 id = record.value(QStringLiteral("id")).toInteger();
    QCborMap args{{QStringLiteral("id"), id}};
    if (op != QLatin1String("machines.delete"))
        args.insert(QStringLiteral("version"), record.value(QStringLiteral("version")));
    connection()->request(op, args, [this, self = QPointer(this), id, op, done, record](const protocol::Reply &reply) {
        if (!self)
            return;
        if (reply.ok) {
            banner()->showInfo(done);
            afterChange(op == QLatin1String("machines.delete") ? 0 : id);
            return;
        }
        if (reply.error.code == ErrorCode::Conflict)
            banner()->showError(tr("Someone else changed the computer “%1” meanwhile. The list now shows it as it is; "
                                   "check it and try again.")
                                    .arg(nameOf(record)));
        else
            banner()->showError(tr("Could not change the computer “%1”: %2")
                                    .arg(nameOf(record), AdminText::errorMessage(reply.error)));
        refresh();
    });
}

} // namespace cordial::client::admin
