#include "customers/CopyGuard.h"

#include "domain/Roles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace cordial::client::customers {

namespace {

bool isCopyKey(QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    // Cut copies too; so does Ctrl+Insert, which QKeySequence::Copy includes.
    return key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut);
}

template <typename TextEdit>
void guardTextEdit(TextEdit *edit)
{
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    QObject::connect(edit, &TextEdit::selectionChanged, edit, [edit] {
        QTextCursor cursor = edit->textCursor();
        if (cursor.hasSelection()) {
            cursor.clearSelection();
            edit->setTextCursor(cursor);
        }
    });
}

} // namespace

CopyGuard *CopyGuard::instance()
{
    static CopyGuard *guard = new CopyGuard(qApp);
    return guard;
}

void CopyGuard::apply(const QStringList &rights, QWidget *root)
{
    if (rights.contains(domain::rights::kCustomersCopy))
        return;
    guard(root);
    for (QWidget *widget : root->findChildren<QWidget *>())
        guard(widget);
}

void CopyGuard::guard(QWidget *widget)
{
    if (widget->property("cordialCopyGuarded").toBool())
        return;
    widget->setProperty("cordialCopyGuarded", true);
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->setContextMenuPolicy(Qt::NoContextMenu);
        edit->setDragEnabled(false);
        // Nothing selected, nothing to copy, drag or paste with the middle button.
        connect(edit, &QLineEdit::selectionChanged, edit, [edit] {
            if (edit->hasSelectedText())
                edit->deselect();
        });
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        guardTextEdit(plain);
    } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
        guardTextEdit(rich);
    } else if (auto *label = qobject_cast<QLabel *>(widget)) {
        label->setTextInteractionFlags(label->textInteractionFlags() & Qt::LinksAccessibleByMouse);
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        // An item view copies its current cell on Ctrl+C by itself.
        view->setDragEnabled(false);
    }
    widget->installEventFilter(instance());
}

bool CopyGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (isCopyKey(event)) {
        // Taken here, the key reaches neither the widget nor a shortcut.
        event->accept();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cordial::client::customers
