// Gives the selected customers to other users (customers.assign): the target users,
// whether they replace the follower or join as extra followers, and who is told how.
#pragma once

#include "customers/CustomerContext.h"

#include <QCborMap>
#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace cordial::client::customers {

class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(const CustomerContext &context, const QList<qint64> &ids, QWidget *parent = nullptr);

    QList<qint64> ids() const { return m_ids; }
    // The arguments of customers.assign as the dialog stands.
    QCborMap arguments() const;
    // Who was told, from the result's `notified`, which counts in-app recipients when
    // only the app was chosen and queued e-mails or SMS otherwise.
    QString notifiedText(const QCborMap &result) const;

Q_SIGNALS:
    // The server's result ({assigned, skipped, notified}) after a successful assign.
    void assigned(const QCborMap &result);

public Q_SLOTS:
    void accept() override;

private:
    const CustomerContext &m_context;
    QList<qint64> m_ids;
    QListWidget *m_users;
    QRadioButton *m_replace;
    QRadioButton *m_add;
    QRadioButton *m_notifyNone;
    QRadioButton *m_notifyMail;
    QRadioButton *m_notifySms;
    QCheckBox *m_whomFollower;
    QCheckBox *m_whomCreator;
    QCheckBox *m_whomTarget;
    QLabel *m_error;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace cordial::client::customers
