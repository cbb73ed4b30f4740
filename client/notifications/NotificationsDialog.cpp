#include "notifications/NotificationsDialog.h"

#include "app/Feedback.h"
#include "notifications/NotificationCenter.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordial::client::notifications {

namespace {

// Paints a notification as its sentence (bold while unread, wrapped) over a smaller,
// muted line with its time; a dot before unread ones for those who do not see bold
// type well.
class NotificationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const Layout l = layout(opt, text);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (index.data(NotificationsDialog::kUnreadRole).toBool()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(selected ? opt.palette.color(QPalette::HighlightedText) : QColor(0x1a, 0x73, 0xe8));
            const int y = l.text.top() + QFontMetrics(opt.font).height() / 2;
            painter->drawEllipse(QPointF(opt.rect.left() + kMargin + kDot / 2.0, y), kDot / 2.0, kDot / 2.0);
        }
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(l.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        painter->setFont(timeFont(opt.font));
        QColor muted = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(muted);
        painter->drawText(l.time, Qt::AlignLeft | Qt::AlignTop, index.data(NotificationsDialog::kTimeRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
        opt.rect = QRect(0, 0, view ? view->viewport()->width() : 400, 0);
        const Layout l = layout(opt, opt.text);
        return QSize(opt.rect.width(), l.time.bottom() + 1 + kMargin);
    }

private:
    static constexpr int kMargin = 8;
    static constexpr int kDot = 8;

    struct Layout {
        QRect text;
        QRect time;
    };

    static QFont timeFont(QFont font)
    {
        font.setBold(false);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        return font;
    }

    static Layout layout(const QStyleOptionViewItem &opt, const QString &text)
    {
        const int left = opt.rect.left() + kMargin + kDot + kMargin;
        const int width = qMax(80, opt.rect.right() - kMargin - left);
        const QRect wrapped = QFontMetrics(opt.font).boundingRect(QRect(left, opt.rect.top() + kMargin, width, 10000),
                                                                  Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        Layout l;
        l.text = QRect(left, opt.rect.top() + kMargin, width, wrapped.height());
        l.time = QRect(left, l.text.bottom() + 4, width, QFontMetrics(timeFont(opt.font)).height());
        return l;
    }
};

} // namespace

NotificationsDialog::NotificationsDialog(NotificationCenter *center, QWidget *parent)
    : QDialog(parent), m_center(center)
{
    setObjectName(QStringLiteral("notificationsDialog"));
    setWindowTitle(tr("Notifications"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("notificationSummary"));
    layout->addWidget(m_summary);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setItemDelegate(new NotificationDelegate(m_list));
    // Heights depend on the width the sentences wrap to: lay out again on resize.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Notifications"));
    m_summary->setBuddy(m_list);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, &NotificationsDialog::activate);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("notificationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(feedback::errorTextStyle());
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_markAll = buttons->addButton(tr("&Mark all read"), QDialogButtonBox::ActionRole);
    m_markAll->setObjectName(QStringLiteral("markAllRead"));
    connect(m_markAll, &QPushButton::clicked, m_center, &NotificationCenter::markAllRead);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_center, &NotificationCenter::changed, this, &NotificationsDialog::rebuild);
    connect(m_center, &NotificationCenter::failed, this, [this](const QString &message) {
        m_error->setText(tr("Could not update the notifications: %1").arg(message));
        m_error->show();
    });
    rebuild();
    resize(560, 440);
}

void NotificationsDialog::rebuild()
{
    m_error->hide();
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(kIdRole).toLongLong() : 0;
    m_list->clear();
    const QLocale locale;
    for (const Notification &n : m_center->notifications()) {
        const QString when = locale.toString(n.createdAt.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(n.text());
        item->setData(kTimeRole, when);
        item->setData(kUnreadRole, !n.read);
        item->setData(Qt::AccessibleTextRole, n.text() + QLatin1Char(' ') + when);
        item->setData(kIdRole, n.id);
        item->setData(kCustomerRole, n.customerId());
        QFont f = m_list->font();
        f.setBold(!n.read);
        item->setFont(f);
        QString tip = n.read ? tr("Read") : tr("Unread");
        if (n.customerId())
            tip += QLatin1Char('\n') + tr("Double-click to open the customer.");
        item->setToolTip(tip);
        m_list->addItem(item);
        if (n.id == current)
            m_list->setCurrentItem(item);
    }
    const int unread = m_center->unreadCount();
    if (!m_center->isLoaded())
        m_summary->setText(tr("Loading…"));
    else if (m_center->notifications().isEmpty())
        m_summary->setText(tr("You have no notifications."));
    else if (unread == 0)
        m_summary->setText(tr("All read."));
    else
        m_summary->setText(tr("%n unread", nullptr, unread));
    m_markAll->setEnabled(unread > 0);
}

void NotificationsDialog::activate(QListWidgetItem *item)
{
    const qint64 id = item->data(kIdRole).toLongLong();
    const qint64 customer = item->data(kCustomerRole).toLongLong();
    m_center->markRead(id);
    if (customer)
        Q_EMIT openCustomerRequested(customer);
}

} // namespace cordial::client::notifications
