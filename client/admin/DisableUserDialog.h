// Disabling a user who leaves: the user's customers, and the user's place among the
// readers and editors of customers, pass to a successor chosen here — the department's
// manager or a named colleague — in the same server transaction.
#pragma once

#include <QCborMap>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace cordial::client {

class Connection;

class DisableUserDialog : public QDialog
{
    Q_OBJECT
public:
    DisableUserDialog(Connection *connection, const QCborMap &user, QWidget *parent = nullptr);

    QComboBox *successorCombo() const { return m_successor; }
    QString errorText() const;
    bool isLoaded() const { return m_loaded; }

    void accept() override;

Q_SIGNALS:
    // The user is disabled; `handedOver` customers went to `successorName`, who is
    // listed instead of the user on `accessHandedOver` customers.
    void disabled(int handedOver, const QString &successorName, int accessHandedOver);
    void loaded();

private:
    void loadUsers(const QString &cursor);
    void showError(const QString &text);

    Connection *m_connection;
    qint64 m_userId;
    QComboBox *m_successor;
    QLabel *m_error;
    QPushButton *m_ok;
    bool m_loaded = false;
};

} // namespace cordial::client
