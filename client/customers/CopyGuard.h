// Keeps customer data from being copied out of a window when the caller's role lacks
// customers.copy: Ctrl+C / Ctrl+X and the copy entries of context menus do nothing, text
// cannot be selected (so it cannot be dragged or middle-click pasted either), and lists
// do not drag. The server cannot see a clipboard; this is the client's half of no-copy.
#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace cordial::client::customers {

class CopyGuard : public QObject
{
    Q_OBJECT
public:
    // Guards `root` and every widget in it now, unless `rights` (the caller's, from
    // auth.whoami) hold customers.copy.
    static void apply(const QStringList &rights, QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CopyGuard(QObject *parent) : QObject(parent) {}
    static CopyGuard *instance();
    static void guard(QWidget *widget);
};

} // namespace cordial::client::customers
