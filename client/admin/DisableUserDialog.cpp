#include "admin/DisableUserDialog.h"

#include "admin/AdminText.h"
#include "app/Feedback.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordial::client {

namespace {
// The combo's data for "the department's manager"; real users have positive ids.
constexpr qint64 kDepartmentManager = -1;
} // namespace

DisableUserDialog::DisableUserDialog(Connection *connection, const QCborMap &user, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_userId(user.value(QStringLiteral("id")).toInteger())
{
    setObjectName(QStringLiteral("disableUserDialog"));
    setWindowTitle(tr("Disable user"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("\"%1\" (%2) will no longer be able to log in, and their open sessions end at once. "
                                "The customers they follow pass to the successor you choose, who is told about it, "
                                "and the successor takes their place where customers list them as reader or editor. "
                                "You can enable the user again later; the customers stay with the successor.")
                                 .arg(user.value(QStringLiteral("display_name")).toString(),
                                      user.value(QStringLiteral("login")).toString()));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_successor = new QComboBox;
    m_successor->setObjectName(QStringLiteral("successor"));
    m_successor->addItem(tr("The manager of their department"), kDepartmentManager);
    form->addRow(tr("&Hand customers to:"), m_successor);
    layout->addLayout(form);
    m_error = feedback::errorLabel(QStringLiteral("successorError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Disable"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DisableUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DisableUserDialog::reject);
    layout->addWidget(buttons);
    loadUsers(QString());
}

// Every enabled user the caller sees, page by page, as possible successors.
void DisableUserDialog::loadUsers(const QString &cursor)
{
    QCborMap args{{QStringLiteral("limit"), 500}};
    if (!cursor.isEmpty())
        args.insert(QStringLiteral("cursor"), cursor);
    m_connection->request(QStringLiteral("users.list"), args, [this, self = QPointer(this)](const protocol::Reply &reply) {
        if (!self)
            return;
        if (!reply.ok) {
            showError(tr("Could not load the users: %1").arg(admin::AdminText::errorMessage(reply.error)));
            return;
        }
        const QCborMap result = reply.result.toMap();
        for (const QCborValue &v : result.value(QStringLiteral("items")).toArray()) {
            const QCborMap u = v.toMap();
            const qint64 id = u.value(QStringLiteral("id")).toInteger();
            if (id == m_userId)
                continue;
            m_successor->addItem(tr("%1 (%2), %3")
                                     .arg(u.value(QStringLiteral("display_name")).toString(),
                                          u.value(QStringLiteral("login")).toString(),
                                          u.value(QStringLiteral("department_name")).toString()),
                                 id);
        }
        const QString next = result.value(QStringLiteral("next_cursor")).toString();
        if (!next.isEmpty()) {
            loadUsers(next);
            return;
        }
        m_loaded = true;
        Q_EMIT loaded();
    });
}

QString DisableUserDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void DisableUserDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void DisableUserDialog::accept()
{
    const qint64 successor = m_successor->currentData().toLongLong();
    QCborMap args{{QStringLiteral("id"), m_userId}};
    if (successor == kDepartmentManager)
        args.insert(QStringLiteral("successor"), QStringLiteral("department_manager"));
    else
        args.insert(QStringLiteral("successor_id"), successor);
    const QString successorName = m_successor->currentText();
    m_ok->setEnabled(false);
    m_error->hide();
    m_connection->request(QStringLiteral("users.disable"), args,
                          [this, self = QPointer(this), successorName](const protocol::Reply &reply) {
        if (!self)
            return;
        m_ok->setEnabled(true);
        if (!reply.ok) {
            if (reply.error.code == protocol::ErrorCode::Invalid && reply.error.field == QLatin1String("successor"))
                showError(tr("Their department has no manager (nor has any department above it). "
                             "Choose a colleague instead."));
            else if (reply.error.code == protocol::ErrorCode::Conflict)
                showError(tr("You cannot disable yourself or the last enabled administrator."));
            else
                showError(admin::AdminText::errorMessage(reply.error));
            return;
        }
        const QCborMap result = reply.result.toMap();
        Q_EMIT disabled(int(result.value(QStringLiteral("handed_over")).toInteger()), successorName,
                        int(result.value(QStringLiteral("access_handed_over")).toInteger()));
        QDialog::accept();
    });
}

} // namespace cordial::client
