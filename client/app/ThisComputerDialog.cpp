#include "app/ThisComputerDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordial::client {

ThisComputerDialog::ThisComputerDialog(const std::optional<MachineKey> &key, const QString &computerName,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("thisComputerDialog"));
    setWindowTitle(tr("This computer"));

    auto *intro = new QLabel(tr("Where your company allows some accounts to log in only from approved computers, an "
                                "administrator approves each computer by its fingerprint. Read it to them, or compare "
                                "it with what they see in Administration › Computers."));
    intro->setWordWrap(true);

    auto *name = new QLabel(computerName);
    name->setObjectName(QStringLiteral("computerName"));
    name->setTextFormat(Qt::PlainText);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fingerprint = new QLabel;
    fingerprint->setObjectName(QStringLiteral("computerFingerprint"));
    fingerprint->setTextFormat(Qt::PlainText);
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    fingerprint->setFont(mono);

    auto *keyFile = new QLabel(QDir::toNativeSeparators(MachineKey::defaultPath()));
    keyFile->setObjectName(QStringLiteral("computerKeyFile"));
    keyFile->setTextFormat(Qt::PlainText);
    keyFile->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Computer name:"), name);
    form->addRow(tr("Fingerprint:"), fingerprint);
    form->addRow(tr("Key file:"), keyFile);

    auto *note = new QLabel;
    note->setObjectName(QStringLiteral("computerNote"));
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy fingerprint"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyFingerprint"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (key) {
        fingerprint->setText(key->fingerprint());
        note->setText(tr("The key file is this computer's identity: keep it private. A copy of it on another "
                         "computer would pass for this one; deleting it makes a new key, which must be approved again."));
        connect(copy, &QPushButton::clicked, this,
                [text = key->fingerprint()] { QApplication::clipboard()->setText(text); });
    } else {
        fingerprint->setText(tr("none"));
        note->setText(tr("This client could not read or create its key file, so it cannot log in where approved "
                         "computers are required. Check that the folder of the key file can be written."));
        copy->setEnabled(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace cordial::client
