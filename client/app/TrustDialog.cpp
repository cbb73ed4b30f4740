#include "app/TrustDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cordial::client {

TrustDialog::TrustDialog(const QString &server, const QString &fingerprint, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Trust this server?"));
    setObjectName(QStringLiteral("trustDialog"));

    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *heading = new QLabel(tr("First connection to %1").arg(server));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);

    auto *explanation = new QLabel(
        tr("This computer has not connected to this server before. Compare the certificate fingerprint "
           "below with the one your administrator gives you (the command \"cordialctl fingerprint\" "
           "prints it on the server). Trust the server only if they are the same; Cordial will then "
           "refuse any other certificate for this address."));
    explanation->setWordWrap(true);

    auto *fingerprintTitle = new QLabel(tr("SHA-256 fingerprint:"));
    auto *fingerprintLabel = new QLabel(formatFingerprint(fingerprint));
    fingerprintLabel->setObjectName(QStringLiteral("fingerprintLabel"));
    fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    fingerprintLabel->setFrameShape(QFrame::StyledPanel);
    fingerprintLabel->setMargin(8);

    auto *buttons = new QDialogButtonBox;
    auto *trust = buttons->addButton(tr("&Trust"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // a stray Enter must not trust a server
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(explanation);
    text->addSpacing(6);
    text->addWidget(fingerprintTitle);
    text->addWidget(fingerprintLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(8);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString TrustDialog::formatFingerprint(const QString &fingerprint)
{
    const QStringList bytes = fingerprint.split(QLatin1Char(':'));
    if (bytes.size() <= 16)
        return fingerprint;
    return bytes.mid(0, 16).join(QLatin1Char(':')) + QLatin1Char('\n') + bytes.mid(16).join(QLatin1Char(':'));
}

} // namespace cordial::client
