#include "notifications/NotificationButton.h"

#include "notifications/NotificationCenter.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cordial::client::notifications {

namespace {

// Drawn rather than loaded: no emoji font is needed and it follows the palette.
QIcon bellIcon(const QColor &color, int size)
{
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    QPen pen(color, 1.8);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    QPainterPath bell;
    bell.moveTo(6, 16.5);
    bell.lineTo(6, 10.5);
    bell.cubicTo(6, 7, 8.7, 4.5, 12, 4.5);
    bell.cubicTo(15.3, 4.5, 18, 7, 18, 10.5);
    bell.lineTo(18, 16.5);
    bell.lineTo(20, 18.5);
    bell.lineTo(4, 18.5);
    bell.closeSubpath();
    p.drawPath(bell);
    p.drawLine(QPointF(12, 2.8), QPointF(12, 4.5));
    p.drawArc(QRectF(9.5, 17.5, 5, 4), 180 * 16, 180 * 16);
    return QIcon(pixmap);
}

} // namespace

NotificationButton::NotificationButton(NotificationCenter *center, QWidget *parent)
    : QToolButton(parent), m_center(center)
{
    setObjectName(QStringLiteral("notificationButton"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setIcon(bellIcon(palette().color(QPalette::ButtonText), 20));
    setIconSize(QSize(20, 20));
    connect(m_center, &NotificationCenter::changed, this, &NotificationButton::refresh);
    refresh();
}

void NotificationButton::refresh()
{
    const int unread = m_center->unreadCount();
    setText(unread > 0 ? QLocale().toString(unread) : QString());
    QFont f = font();
    f.setBold(unread > 0);
    setFont(f);
    const QString description = unread > 0 ? tr("Notifications: %n unread", nullptr, unread)
                                           : tr("Notifications: none unread");
    setToolTip(description);
    setAccessibleName(description);
    setEnabled(m_center->isLoaded());
}

} // namespace cordial::client::notifications
