#include "admin/MachineDialog.h"

#include "admin/AdminText.h"
#include "app/Feedback.h"
#include "app/MachineText.h"
#include "net/Connection.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordial::client::admin {

using protocol::ErrorCode;

namespace {

constexpr int kMaxNameLength = 100; // as the server allows

QLabel *plainLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MachineDialog::MachineDialog(Connection *connection, const QCborMap &machine, Mode mode, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_machine(machine), m_mode(mode)
{
    setObjectName(mode == Mode::Approve ? QStringLiteral("approveMachineDialog") : QStringLiteral("renameMachineDialog"));
    setWindowTitle(mode == Mode::Approve ? tr("Approve computer") : tr("Rename computer"));

    auto *intro = new QLabel(
        mode == Mode::Approve
            ? tr("Compare the fingerprint with the one the user reads from their screen (Settings › This computer, or "
                 "the login window). Approve only when they match: users who may log in only from approved computers "
                 "can then log in from this one.")
            : tr("The name is only for people; the computer is known by its key, whose fingerprint is below."));
    intro->setWordWrap(true);

    m_name = new QLineEdit(machine.value(QStringLiteral("name")).toString());
    m_name->setObjectName(QStringLiteral("machineName"));
    m_name->setMaxLength(kMaxNameLength);
    m_name->setPlaceholderText(tr("e.g. Front desk PC, Shanghai office"));
    m_nameError = feedback::errorLabel(QStringLiteral("name_error"));
    m_generalError = feedback::errorLabel(QStringLiteral("general_error"));

    auto *fingerprint = plainLabel(machine.value(QStringLiteral("fingerprint")).toString(),
                                   QStringLiteral("machineFingerprint"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    mono.setBold(true);
    fingerprint->setFont(mono);
    const QCborMap lastUser = machine.value(QStringLiteral("last_user")).toMap();
    const QString lastUserText = lastUser.isEmpty()
                                     ? tr("nobody yet")
                                     : tr("%1 (%2)").arg(lastUser.value(QStringLiteral("display_name")).toString(),
                                                         lastUser.value(QStringLiteral("login")).toString());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Fingerprint:"), fingerprint);
    form->addRow(tr("Status:"), plainLabel(MachineText::statusName(machine.value(QStringLiteral("status")).toString()),
                                           QStringLiteral("machineStatus")));
    form->addRow(tr("Last user:"), plainLabel(lastUserText, QStringLiteral("machineLastUser")));

    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(mode == Mode::Approve ? tr("&Approve") : tr("&Rename"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveMachine"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MachineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { showError(QStringLiteral("name"), {}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_generalError);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_name->setFocus();
    m_name->selectAll();
}

QString MachineDialog::errorText(const QString &part) const
{
    const QLabel *label = part == QLatin1String("name") ? m_nameError : m_generalError;
    return label->isHidden() ? QString() : label->text();
}

void MachineDialog::showError(const QString &part, const QString &message)
{
    QLabel *label = part == QLatin1String("name") ? m_nameError : m_generalError;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (!message.isEmpty() && label == m_nameError)
        m_name->setFocus();
}

void MachineDialog::accept()
{
    if (m_pending)
        return;
    showError(QStringLiteral("name"), {});
    showError(QStringLiteral("general"), {});
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(QStringLiteral("name"), tr("Give the computer a name, such as where it stands."));
        return;
    }
    const qint64 id = m_machine.value(QStringLiteral("id")).toInteger();
    const QCborMap args{{QStringLiteral("id"), id},
                        {QStringLiteral("version"), m_machine.value(QStringLiteral("version"))},
                        {QStringLiteral("name"), name}};
    m_save->setEnabled(false);
    m_pending = m_connection->request(
        m_mode == Mode::Approve ? QStringLiteral("machines.approve") : QStringLiteral("machines.rename"), args,
        [this, self = QPointer(this), id](const protocol::Reply &reply) {
            if (!self)
                return;
            m_pending = 0;
            m_save->setEnabled(true);
            if (!reply.ok) {
                onFailed(reply.error);
                return;
            }
            Q_EMIT saved(id);
            QDialog::accept();
        });
}

void MachineDialog::onFailed(const protocol::Error &error)
{
    if (error.field == QLatin1String("name")) {
        showError(QStringLiteral("name"), AdminText::fieldErrorMessage(error));
        return;
    }
    if (error.code == ErrorCode::Conflict) {
        showError(QStringLiteral("general"), tr("Someone else changed this computer meanwhile. Close this window; the "
                                                "list shows it as it is now."));
        return;
    }
    if (error.code == ErrorCode::NotFound) {
        showError(QStringLiteral("general"), tr("Someone else deleted this computer meanwhile."));
        return;
    }
    showError(QStringLiteral("general"), AdminText::errorMessage(error));
}

} // namespace cordial::client::admin
