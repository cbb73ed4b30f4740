// Settings → Change password: auth.change_password with the server's field errors
// shown under the field they concern.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cordial::client {

class Connection;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Connection *connection, QWidget *parent = nullptr);

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
    QLabel *m_message;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace cordial::client
