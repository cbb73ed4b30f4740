#include "app/ChangePasswordDialog.h"

#include "net/Connection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordial::client {

using protocol::ErrorCode;

namespace {
QLabel *makeErrorLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(Connection *connection, QWidget *parent)
    : QDialog(parent), m_connection(connection)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));

    m_old = new QLineEdit;
    m_old->setObjectName(QStringLiteral("oldPasswordEdit"));
    m_new = new QLineEdit;
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirm = new QLineEdit;
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    for (QLineEdit *edit : {m_old, m_new, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    m_oldError = makeErrorLabel();
    m_newError = makeErrorLabel();
    m_confirmError = makeErrorLabel();

    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("C&urrent password:"), m_old);
    form->addRow(QString(), m_oldError);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(QString(), m_newError);
    form->addRow(tr("&Repeat new password:"), m_confirm);
    form->addRow(QString(), m_confirmError);

    auto *hint = new QLabel(tr("Your other sessions (on other computers) end when the password changes."));
    hint->setWordWrap(true);
    m_message = makeErrorLabel();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Change password"));
    m_ok->setObjectName(QStringLiteral("changePasswordButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void ChangePasswordDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void ChangePasswordDialog::setCurrentPassword(const QString &password)
{
    m_old->setText(password);
    if (!password.isEmpty())
        m_new->setFocus();
}

QString ChangePasswordDialog::newPasswordErrorText(const protocol::Error &error)
{
    const QString rule = error.details.value(QStringLiteral("rule")).toString();
    if (rule == QLatin1String("min_length"))
        return tr("The new password is too short: it needs at least %n character(s).", nullptr,
                  int(error.details.value(QStringLiteral("min_length")).toInteger()));
    if (rule == QLatin1String("same"))
        return tr("The new password is the same as the current one. Choose a different one.");
    if (rule == QLatin1String("history"))
        return tr("You have used this password recently. Choose one that differs from your last %n password(s).",
                  nullptr, int(error.details.value(QStringLiteral("history")).toInteger()));
    return tr("The server did not accept the new password: it must be long enough and differ from the current "
              "one. (%1)")
        .arg(error.message);
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_old), static_cast<QWidget *>(m_new),
                       static_cast<QWidget *>(m_confirm), static_cast<QWidget *>(m_ok)})
        w->setEnabled(!busy);
}

void ChangePasswordDialog::clearErrors()
{
    for (QLabel *label : {m_oldError, m_newError, m_confirmError, m_message}) {
        label->clear();
        label->hide();
    }
}

void ChangePasswordDialog::showFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->show();
}

void ChangePasswordDialog::accept()
{
    if (m_busy)
        return;
    clearErrors();
    if (m_old->text().isEmpty()) {
        showFieldError(m_oldError, tr("Enter your current password."));
        m_old->setFocus();
        return;
    }
    if (m_new->text().isEmpty()) {
        showFieldError(m_newError, tr("Enter a new password."));
        m_new->setFocus();
        return;
    }
    if (m_new->text() != m_confirm->text()) {
        showFieldError(m_confirmError, tr("The two new passwords differ. Type the same password twice."));
        m_confirm->setFocus();
        m_confirm->selectAll();
        return;
    }
    setBusy(true);
    QCborMap args;
    args.insert(QStringLiteral("old"), m_old->text());
    args.insert(QStringLiteral("new"), m_new->text());
    m_connection->request(QStringLiteral("auth.change_password"), args,
                          [this, self = QPointer(this)](const protocol::Reply &reply) {
                              if (!self)
                                  return;
                              setBusy(false);
                              if (reply.ok) {
                                  QDialog::accept();
                                  return;
                              }
                              const protocol::Error &e = reply.error;
                              if (e.code == ErrorCode::Invalid && e.field == QLatin1String("old")) {
                                  showFieldError(m_oldError, tr("This is not your current password."));
                                  m_old->setFocus();
                                  m_old->selectAll();
                              } else if (e.code == ErrorCode::Invalid && e.field == QLatin1String("new")) {
                                  showFieldError(m_newError, newPasswordErrorText(e));
                                  m_new->setFocus();
                                  m_new->selectAll();
                              } else if (e.code == ErrorCode::Unauthenticated) {
                                  showFieldError(m_message, tr("Your session has ended. Log in again, then "
                                                               "change the password."));
                              } else {
                                  showFieldError(m_message,
                                                 tr("The password was not changed: %1").arg(e.message));
                              }
                          });
}

} // namespace cordial::client
