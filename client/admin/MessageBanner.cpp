#include "admin/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace cordial::client {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label = new QLabel;
    m_label->setWordWrap(true);
    // Messages carry names people typed (departments, roles, customers): never markup.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close);
    hide();
}

void MessageBanner::showError(const QString &text)
{
    showMessage(text, QStringLiteral("#fdecea"), QStringLiteral("#8a1c1c"), QStringLiteral("#f5c2c0"));
}

void MessageBanner::showInfo(const QString &text)
{
    showMessage(text, QStringLiteral("#e8f5e9"), QStringLiteral("#1b5e20"), QStringLiteral("#b9dfbb"));
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void MessageBanner::showMessage(const QString &text, const QString &background, const QString &color,
                                const QString &border)
{
    setStyleSheet(QStringLiteral("#messageBanner { background: %1; border: 1px solid %3; border-radius: 3px; } "
                                 "#messageBanner QLabel { color: %2; border: none; background: transparent; }")
                      .arg(background, color, border));
    m_label->setText(text);
    show();
}

} // namespace cordial::client
