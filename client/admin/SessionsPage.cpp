#include "admin/SessionsPage.h"

#include "admin/AdminText.h"
#include "admin/MessageBanner.h"
#include "audit/AuditViewer.h"
#include "net/Connection.h"

#include <QPointer>
#include <QStandardItem>
#include <QTableView>

namespace cordial::client::admin {

namespace {

// Who a session belongs to as a person reads it: "张三 (zhang.san)".
QString userText(const QCborMap &record)
{
    const QString login = record.value(QStringLiteral("login")).toString();
    const QString name = record.value(QStringLiteral("display_name")).toString();
    return name.isEmpty() || name == login ? login : SessionsPage::tr("%1 (%2)").arg(name, login);
}

// A time cell: the local time shown, the instant it sorts by.
QStandardItem *timeItem(const QCborMap &record, const QString &key)
{
    const QString utc = record.value(key).toString();
    auto *item = new QStandardItem(AuditViewer::localTime(utc));
    item->setData(utc, RecordsPage::kSortRole); // ISO 8601 in UTC sorts as time does
    return item;
}

} // namespace

SessionsPage::SessionsPage(Connection *connection, QWidget *parent)
    : RecordsPage(connection, QStringLiteral("sessions.list"),
                  {tr("User"), tr("Address"), tr("Computer"), tr("Logged in"), tr("Last active")},
                  {QString(), tr("Filter by user, address or computer…"),
                   //: The suggested name of an exported list of the sessions logged in.
                   tr("Sessions"), tr("Could not load the sessions: %1"), tr("Revoke…"),
                   tr("No one in your departments is logged in."), false},
                  parent)
{
    setObjectName(QStringLiteral("sessionsPage"));
    table()->setObjectName(QStringLiteral("sessionTable"));
    // The user's name with "this session" and an IPv6 address are the long ones.
    const QList<int> widths{300, 170, 170, 150};
    for (int c = 0; c < widths.size(); ++c)
        table()->setColumnWidth(c, widths[c]);
    setCanManage(true);
    refresh();
}

QList<QStandardItem *> SessionsPage::rowItems(const QCborMap &record) const
{
    auto *user = new QStandardItem(userText(record));
    auto *address = new QStandardItem(record.value(QStringLiteral("address")).toString());
    address->setToolTip(address->text());
    auto *machine = new QStandardItem(record.value(QStringLiteral("machine")).toString());
    machine->setToolTip(machine->text());
    QList<QStandardItem *> row{user, address, machine, timeItem(record, QStringLiteral("created_at")),
                               timeItem(record, QStringLiteral("last_seen_at"))};
    if (record.value(QStringLiteral("current")).toBool()) {
        user->setText(tr("%1 — this session").arg(user->text()));
        const QString why = tr("This is your own session. Log out to end it.");
        for (QStandardItem *item : row) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(why);
        }
    }
    return row;
}

QString SessionsPage::countText(int count) const
{
    return tr("%n session(s)", nullptr, count);
}

bool SessionsPage::canDelete(const QCborMap &record) const
{
    return !record.value(QStringLiteral("current")).toBool();
}

// Asks first: the person at that computer loses what they have not saved.
void SessionsPage::deleteRecord(const QCborMap &record)
{
    const QString who = userText(record);
    const QString address = record.value(QStringLiteral("address")).toString();
    const QString machine = record.value(QStringLiteral("machine")).toString();
    const qint64 id = record.value(QStringLiteral("id")).toInteger();
    const QString where = machine.isEmpty() ? address : tr("%1, %2").arg(machine, address);
    confirm(QStringLiteral("revokeSessionConfirm"), tr("Revoke session"), tr("End the session of %1 on %2?").arg(who, where),
            tr("The client is logged out at once; what was not saved there is lost. The user can log in again "
               "unless you also disable the account or change their password."),
            tr("Revoke"), [this, who, id] {
        connection()->request(QStringLiteral("sessions.revoke"), {{QStringLiteral("id"), id}},
                              [this, self = QPointer(this), who](const protocol::Reply &reply) {
            if (!self)
                return;
            if (reply.ok) {
                banner()->showInfo(tr("The session of %1 has been ended.").arg(who));
                afterChange(0);
                return;
            }
            banner()->showError(tr("Could not end the session of %1: %2").arg(who, AdminText::errorMessage(reply.error)));
            refresh();
        });
    });
}

} // namespace cordial::client::admin
