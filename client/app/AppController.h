// The client's flow between windows: resume a stored session or log in, open the
// main window, bring the login dialog back when the session ends, and ask for a new
// password when it expires while the main window is open.
#pragma once

#include "net/Connection.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace cordial::client {

class ChangePasswordDialog;
class LoginDialog;
class MainWindow;
class TokenStore;

class AppController : public QObject
{
    Q_OBJECT
public:
    struct StartOptions {
        QString server;                  // from --server, else the remembered one
        QString login;                   // from --user, else the remembered one
        std::optional<QString> password; // from --password-stdin: log in at once
    };

    AppController(Connection *connection, TokenStore *tokens, QObject *parent = nullptr);
    ~AppController() override;

    void start(const StartOptions &options);

    MainWindow *mainWindow() const;   // nullptr until the first login
    LoginDialog *loginDialog() const; // nullptr while none is open
    ChangePasswordDialog *passwordDialog() const; // the one asking for a password that expired meanwhile

    // Text for a session.ended reason ("expired", "disabled", …).
    static QString sessionEndedText(const QString &reason);

private:
    LoginDialog *makeLoginDialog(const QString &server, const QString &login);
    // The login dialog over the main window, with why it is back.
    void askToLogInAgain(const QString &message);
    void onLoggedIn(const ServerAddress &server, const QString &login, const QString &token);
    // Ends the session and shows the login dialog with `message` (else "You have logged out.").
    void logout(const QString &message = {});
    // The password expired during the session: a new one, or log out.
    void askForNewPassword(const QString &reason);

    Connection *m_connection;
    TokenStore *m_tokens;
    QPointer<MainWindow> m_window;
    QPointer<LoginDialog> m_login;
    QPointer<ChangePasswordDialog> m_passwordDialog;
    QString m_tokenKey; // keychain key of the current session's token
    bool m_loggingOut = false;
};

} // namespace cordial::client
