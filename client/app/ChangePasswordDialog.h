// Settings → Change password: auth.change_password with the server's field errors
// shown under the field they concern. Also shown by itself, with the reason on top,
// when the server says the password must be changed before anything else.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cordial::protocol {
struct Error;
}

namespace cordial::client {

class Connection;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Connection *connection, QWidget *parent = nullptr);

    // A line on top saying why the password must be changed now.
    void setReason(const QString &reason);
    // Fills in the current password (just typed at the login) and moves on to the new one.
    void setCurrentPassword(const QString &password);

    // The text under the new password for a refusal of auth.change_password (field
    // `new`), from the rule the server names in details.rule.
    static QString newPasswordErrorText(const protocol::Error &error);

    void accept() override;

private:
    void setBusy(bool busy);
    void clearErrors();
    static void showFieldError(QLabel *label, const QString &text);

    Connection *m_connection;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_oldError;
    QLabel *m_newError;
    QLabel *m_confirmError;
    QLabel *m_reason;
    QLabel *m_message;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace cordial::client
