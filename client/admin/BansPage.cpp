#include "admin/BansPage.h"

#include "admin/AdminText.h"
#include "admin/MessageBanner.h"
#include "audit/AuditViewer.h"
#include "net/Connection.h"

#include <QPointer>
#include <QStandardItem>
#include <QTableView>

namespace cordial::client::admin {

namespace {

bool isLogin(const QCborMap &record)
{
    return record.value(QStringLiteral("kind")).toString() == QLatin1String("login");
}

// "the login “zhang.san”" / "the address 192.0.2.7", for sentences about one block.
QString blockedText(const QCborMap &record)
{
    const QString key = record.value(QStringLiteral("key")).toString();
    return isLogin(record) ? BansPage::tr("the login “%1”").arg(key) : BansPage::tr("the address %1").arg(key);
}

} // namespace

BansPage::BansPage(Connection *connection, QWidget *parent)
    : RecordsPage(connection, QStringLiteral("bans.list"),
                  {tr("Blocked"), tr("Login or address"), tr("Failed attempts"), tr("Blocked until")},
                  {QString(), tr("Filter by login or address…"),
                   //: The suggested name of an exported list of blocked logins and addresses.
                   tr("Login bans"), tr("Could not load the login bans: %1"), tr("Lift…"),
                   tr("No login or address is blocked.\nAfter repeated failed logins the server blocks the login "
                      "or the computer's address for a while; such blocks are listed here."),
                   false},
                  parent)
{
    setObjectName(QStringLiteral("bansPage"));
    table()->setObjectName(QStringLiteral("banTable"));
    const QList<int> widths{150, 260, 120};
    for (int c = 0; c < widths.size(); ++c)
        table()->setColumnWidth(c, widths[c]);
    setCanManage(true);
    refresh();
}

QList<QStandardItem *> BansPage::rowItems(const QCborMap &record) const
{
    auto *kind = new QStandardItem(isLogin(record) ? tr("Login") : tr("Computer address"));
    auto *key = new QStandardItem(record.value(QStringLiteral("key")).toString());
    key->setToolTip(key->text());
    auto *failures = new QStandardItem;
    failures->setData(int(record.value(QStringLiteral("failures")).toInteger()), Qt::DisplayRole);
    failures->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const QString utc = record.value(QStringLiteral("until")).toString();
    auto *until = new QStandardItem(AuditViewer::localTime(utc));
    until->setData(utc, kSortRole); // ISO 8601 in UTC sorts as time does
    return {kind, key, failures, until};
}

QString BansPage::countText(int count) const
{
    return tr("%n block(s)", nullptr, count);
}

// Asks first: a block may be what keeps someone from guessing a password.
void BansPage::deleteRecord(const QCborMap &record)
{
    const QString what = blockedText(record);
    const QString kind = record.value(QStringLiteral("kind")).toString();
    const QString key = record.value(QStringLiteral("key")).toString();
    confirm(QStringLiteral("liftBanConfirm"), tr("Lift login ban"), tr("Lift the block on %1?").arg(what),
            tr("Logins are accepted again at once and the failed attempts are forgotten. If someone is guessing "
               "passwords, the block comes back after the next failures."),
            tr("Lift"), [this, what, kind, key] {
        connection()->request(QStringLiteral("bans.lift"), {{QStringLiteral("kind"), kind}, {QStringLiteral("key"), key}},
                              [this, self = QPointer(this), what](const protocol::Reply &reply) {
            if (!self)
                return;
            if (reply.ok) {
                banner()->showInfo(tr("The block on %1 has been lifted.").arg(what));
                afterChange(0);
                return;
            }
            banner()->showError(tr("Could not lift the block on %1: %2").arg(what, AdminText::errorMessage(reply.error)));
            refresh();
        });
    });
}

} // namespace cordial::client::admin
