#include "customers/AssignDialog.h"

#include "admin/AdminText.h"
#include "app/Feedback.h"
#include "net/Connection.h"

#include <QButtonGroup>
#include <QCborArray>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cordial::client::customers {

AssignDialog::AssignDialog(const CustomerContext &context, const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent), m_context(context), m_ids(ids)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign customers"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Assign the %n selected customer(s) to:", nullptr, int(ids.size())));
    layout->addWidget(intro);
    m_users = new QListWidget;
    m_users->setObjectName(QStringLiteral("assignUsers"));
    for (const auto &user : context.users) {
        auto *item = new QListWidgetItem(user.second);
        item->setData(Qt::UserRole, user.first);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        m_users->addItem(item);
    }
    intro->setBuddy(m_users);
    layout->addWidget(m_users, 1);

    auto *modeBox = new QGroupBox(tr("Mode"));
    auto *modeLayout = new QVBoxLayout(modeBox);
    m_replace = new QRadioButton(tr("&Replace the follower (several users take turns)"));
    m_replace->setObjectName(QStringLiteral("assignReplace"));
    m_add = new QRadioButton(tr("A&dd as extra followers"));
    m_add->setObjectName(QStringLiteral("assignAdd"));
    m_replace->setChecked(true);
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_replace);
    modeGroup->addButton(m_add);
    modeLayout->addWidget(m_replace);
    modeLayout->addWidget(m_add);
    layout->addWidget(modeBox);

    auto *notifyBox = new QGroupBox(tr("Notify"));
    auto *notifyLayout = new QVBoxLayout(notifyBox);
    auto *how = new QHBoxLayout;
    m_notifyNone = new QRadioButton(tr("In the app &only"));
    m_notifyNone->setObjectName(QStringLiteral("notifyNone"));
    m_notifyMail = new QRadioButton(tr("Also by &e-mail"));
    m_notifyMail->setObjectName(QStringLiteral("notifyMail"));
    m_notifySms = new QRadioButton(tr("Also by &SMS"));
    m_notifySms->setObjectName(QStringLiteral("notifySms"));
    m_notifyNone->setChecked(true);
    auto *notifyGroup = new QButtonGroup(this);
    for (QRadioButton *b : {m_notifyNone, m_notifyMail, m_notifySms}) {
        notifyGroup->addButton(b);
        how->addWidget(b);
    }
    how->addStretch();
    notifyLayout->addLayout(how);
    auto *whom = new QHBoxLayout;
    whom->addWidget(new QLabel(tr("Whom:")));
    m_whomFollower = new QCheckBox(tr("&Previous follower"));
    m_whomFollower->setObjectName(QStringLiteral("notifyFollower"));
    m_whomCreator = new QCheckBox(tr("&Creator"));
    m_whomCreator->setObjectName(QStringLiteral("notifyCreator"));
    m_whomTarget = new QCheckBox(tr("&New followers"));
    m_whomTarget->setObjectName(QStringLiteral("notifyTarget"));
    for (QCheckBox *c : {m_whomFollower, m_whomCreator, m_whomTarget})
        whom->addWidget(c);
    whom->addStretch();
    notifyLayout->addLayout(whom);
    layout->addWidget(notifyBox);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("assignError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(feedback::errorTextStyle());
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("assignOk"));
    m_ok->setText(tr("Assign"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    layout->addWidget(buttons);
    resize(520, 480);
}

QCborMap AssignDialog::arguments() const
{
    QCborArray ids;
    for (qint64 id : m_ids)
        ids.append(id);
    QCborArray to;
    for (int i = 0; i < m_users->count(); ++i)
        if (m_users->item(i)->checkState() == Qt::Checked)
            to.append(m_users->item(i)->data(Qt::UserRole).toLongLong());
    QCborArray whom;
    if (m_whomFollower->isChecked())
        whom.append(QStringLiteral("follower"));
    if (m_whomCreator->isChecked())
        whom.append(QStringLiteral("creator"));
    if (m_whomTarget->isChecked())
        whom.append(QStringLiteral("target"));
    const QString notify = m_notifyMail->isChecked()  ? QStringLiteral("mail")
                           : m_notifySms->isChecked() ? QStringLiteral("sms")
                                                      : QStringLiteral("none");
    return {{QStringLiteral("ids"), ids},
            {QStringLiteral("to"), to},
            {QStringLiteral("mode"), m_add->isChecked() ? QStringLiteral("add") : QStringLiteral("replace")},
            {QStringLiteral("notify"), notify},
            {QStringLiteral("notify_whom"), whom}};
}

QString AssignDialog::notifiedText(const QCborMap &result) const
{
    const int n = int(result.value(QStringLiteral("notified")).toInteger());
    if (m_notifyMail->isChecked())
        return tr("E-mail queued for %n person(s).", nullptr, n);
    if (m_notifySms->isChecked())
        return tr("SMS queued for %n person(s).", nullptr, n);
    return n == 0 ? tr("Nobody was notified.") : tr("%n person(s) notified in the app.", nullptr, n);
}

void AssignDialog::accept()
{
    if (m_busy)
        return;
    const QCborMap args = arguments();
    m_error->hide();
    if (args.value(QStringLiteral("to")).toArray().isEmpty()) {
        m_error->setText(tr("Choose at least one user."));
        m_error->show();
        m_users->setFocus();
        return;
    }
    m_busy = true;
    m_ok->setEnabled(false);
    m_context.connection->request(
        QStringLiteral("customers.assign"), args, [this, self = QPointer(this)](const protocol::Reply &reply) {
            if (!self)
                return;
            m_busy = false;
            m_ok->setEnabled(true);
            if (!reply.ok) {
                if (reply.error.code == protocol::ErrorCode::NotFound
                    && reply.error.field == QLatin1String("to"))
                    m_error->setText(tr("A chosen user is disabled or not in your part of the company."));
                else
                    m_error->setText(tr("Could not assign: %1").arg(admin::AdminText::errorMessage(reply.error)));
                m_error->show();
                return;
            }
            Q_EMIT assigned(reply.result.toMap());
            QDialog::accept();
        });
}

} // namespace cordial::client::customers
