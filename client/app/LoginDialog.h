// Server, login and password; connects (asking about an unknown certificate on
// first contact), logs in or resumes a stored session, and when the server says the
// password must be changed first (expired, or set by an administrator) asks for a new
// one before the login counts; cancelling that logs out. Never blocks: every step
// answers through the Connection's signals and callbacks.
#pragma once

#include "net/Connection.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cordial::client {

class ChangePasswordDialog;
class TrustDialog;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Connection *connection, QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setLogin(const QString &login);
    void setPassword(const QString &password);
    QString serverText() const;
    QString login() const;

    // A line under the fields; error colours it as a problem.
    void setMessage(const QString &message, bool error = false);
    QString message() const;
    bool isBusy() const { return m_phase != Phase::Idle; }

    // What the Log in button does.
    void submit();
    // Tries auth.resume with a stored token for the server and login shown; the
    // dialog shows itself only when that fails.
    void resumeSession(const QString &token);

    // Text for a failed auth.login (wrong password, throttled, refused for the address,
    // …), in the person's language; a refusal with a reason adds the server's words.
    static QString loginErrorText(const protocol::Error &error);
    // Why the password must be changed before going on, from a login result's
    // password_expired_reason ("reset", "age").
    static QString passwordExpiredText(const QString &reason);
    // What the dialog says after the person declined to change such a password.
    static QString passwordNotChangedText(const QString &reason);

    // The dialog asking for a new password after a login with an expired one (for tests).
    ChangePasswordDialog *changePasswordDialog() const;

Q_SIGNALS:
    // Logged in (or resumed); the dialog has been accepted.
    void loggedIn(const cordial::client::ServerAddress &server, const QString &login, const QString &token);

public Q_SLOTS:
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Phase { Idle, Connecting, Trust, LoggingIn, Resuming, ChangingPassword };

    void setPhase(Phase phase);
    // Runs next once the connection to the server in the form is greeted.
    void withConnection(const ServerAddress &address, std::function<void()> next);
    void sendLogin();
    void fail(const QString &message);
    void onTrustRequired(const QString &server, const QString &fingerprint);
    // After a login or resume: done, or first the new password the server asks for.
    void loggedInAs(const QString &user, const QCborMap &result, const QString &typedPassword);
    void finishLogin(const QString &user);

    Connection *m_connection;
    QLineEdit *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_loginButton;
    QPushButton *m_closeButton;
    QPointer<TrustDialog> m_trustDialog;
    QPointer<ChangePasswordDialog> m_changePassword;
    Phase m_phase = Phase::Idle;
    ServerAddress m_address;
    std::function<void()> m_afterReady;
    bool m_showOnFailure = false;
};

} // namespace cordial::client
