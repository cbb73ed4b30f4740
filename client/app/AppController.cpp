#include "app/AppController.h"

#include "app/ChangePasswordDialog.h"
#include "app/LoginDialog.h"
#include "app/MainWindow.h"
#include "app/TokenStore.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

namespace cordial::client {

namespace {
const QString kServerKey = QStringLiteral("login/server");
const QString kLoginKey = QStringLiteral("login/user");
// A resume that answers quickly opens the main window without the login dialog
// flashing up first.
constexpr int kQuietResumeMs = 700;
} // namespace

AppController::AppController(Connection *connection, TokenStore *tokens, QObject *parent)
    : QObject(parent), m_connection(connection), m_tokens(tokens)
{
    connect(m_connection, &Connection::sessionLost, this, [this](const QString &reason) {
        if (m_loggingOut || !m_window || !m_window->isVisible())
            return;
        if (!m_tokenKey.isEmpty())
            m_tokens->remove(m_tokenKey);
        askToLogInAgain(sessionEndedText(reason));
    });
    connect(m_connection, &Connection::certificateMismatch, this,
            [this](const QString &server, const QString &pinned, const QString &presented) {
                if (!m_window || !m_window->isVisible() || m_login)
                    return;
                askToLogInAgain(tr("The certificate of %1 has changed since you first trusted it.\n"
                                   "Trusted: %2\nPresented now: %3\n"
                                   "Ask your administrator whether the server's certificate was replaced.")
                                    .arg(server, pinned, presented));
            });
    connect(m_connection, &Connection::connectionFailed, this, [this](const QString &message) {
        if (!m_window || !m_window->isVisible() || m_login)
            return;
        askToLogInAgain(message);
    });
    connect(m_connection, &Connection::passwordChangeRequired, this, &AppController::askForNewPassword);
}

AppController::~AppController()
{
    delete m_login;
    delete m_window;
}

MainWindow *AppController::mainWindow() const
{
    return m_window;
}

LoginDialog *AppController::loginDialog() const
{
    return m_login;
}

ChangePasswordDialog *AppController::passwordDialog() const
{
    return m_passwordDialog;
}

void AppController::start(const StartOptions &options)
{
    QSettings settings;
    const QString server = options.server.isEmpty() ? settings.value(kServerKey).toString() : options.server;
    const QString login = options.login.isEmpty() ? settings.value(kLoginKey).toString() : options.login;
    LoginDialog *dialog = makeLoginDialog(server, login);

    if (options.password) {
        dialog->setPassword(*options.password);
        dialog->show();
        dialog->submit();
        return;
    }
    const auto address = ServerAddress::parse(server);
    if (!address || login.isEmpty()) {
        dialog->show();
        return;
    }
    m_tokens->read(TokenStore::keyFor(address->toString(), login), [this, dialog = QPointer(dialog)](const QString &token) {
        if (!dialog)
            return;
        if (token.isEmpty()) {
            dialog->show();
            return;
        }
        dialog->resumeSession(token);
        QTimer::singleShot(kQuietResumeMs, dialog, [dialog] {
            if (dialog && !dialog->isVisible() && dialog->result() != QDialog::Accepted)
                dialog->show();
        });
    });
}

LoginDialog *AppController::makeLoginDialog(const QString &server, const QString &login)
{
    delete m_login;
    auto *dialog = new LoginDialog(m_connection, m_window && m_window->isVisible() ? m_window.data() : nullptr);
    m_login = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(server);
    dialog->setLogin(login);
    connect(dialog, &LoginDialog::loggedIn, this, &AppController::onLoggedIn);
    connect(dialog, &QDialog::rejected, qApp, &QApplication::quit);
    return dialog;
}

void AppController::askToLogInAgain(const QString &message)
{
    if (m_passwordDialog) {
        // The session it would change the password of is over.
        m_passwordDialog->disconnect(this);
        m_passwordDialog->deleteLater();
        m_passwordDialog = nullptr;
    }
    if (m_login) {
        if (!message.isEmpty())
            m_login->setMessage(message, true);
        return;
    }
    const ServerAddress server = m_connection->server();
    LoginDialog *dialog = makeLoginDialog(server.toString(), QSettings().value(kLoginKey).toString());
    dialog->setMessage(message, true);
    dialog->open();
}

void AppController::onLoggedIn(const ServerAddress &server, const QString &login, const QString &token)
{
    QSettings settings;
    settings.setValue(kServerKey, server.toString());
    settings.setValue(kLoginKey, login);
    m_tokenKey = TokenStore::keyFor(server.toString(), login);
    if (!token.isEmpty())
        m_tokens->write(m_tokenKey, token);
    if (!m_window) {
        m_window = new MainWindow(m_connection);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_window, &MainWindow::logoutRequested, this, [this] { logout(); });
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AppController::askForNewPassword(const QString &reason)
{
    // A login dialog handles an expired password itself; one question at a time.
    if (!m_window || !m_window->isVisible() || m_login || m_passwordDialog)
        return;
    auto *dialog = new ChangePasswordDialog(m_connection, m_window);
    m_passwordDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(LoginDialog::passwordExpiredText(reason));
    connect(dialog, &QDialog::rejected, this, [this, reason] { logout(LoginDialog::passwordNotChangedText(reason)); });
    dialog->open();
}

void AppController::logout(const QString &message)
{
    if (m_loggingOut)
        return;
    m_loggingOut = true;
    auto done = [this, message](const protocol::Reply &) {
        m_loggingOut = false;
        if (!m_tokenKey.isEmpty())
            m_tokens->remove(m_tokenKey);
        m_tokenKey.clear();
        askToLogInAgain(QString());
        if (m_login)
            m_login->setMessage(message.isEmpty() ? tr("You have logged out.") : message, !message.isEmpty());
    };
    if (m_connection->state() == Connection::State::Authenticated) {
        m_connection->logout(done);
    } else {
        // Offline or still reconnecting: stop, or a late resume would log back in.
        m_connection->disconnectFromServer();
        done({});
    }
}

QString AppController::sessionEndedText(const QString &reason)
{
    if (reason == QLatin1String("logout"))
        return tr("Your session was ended. Log in again to continue.");
    if (reason == QLatin1String("disabled"))
        return tr("Your account has been disabled by an administrator.");
    if (reason == QLatin1String("password_changed"))
        return tr("Your password was changed on another computer. Log in with the new password.");
    if (reason == QLatin1String("password_reset"))
        return tr("An administrator has reset your password. Log in with the new password.");
    if (reason == QLatin1String("expired"))
        return tr("Your session has expired. Log in again to continue.");
    if (reason.isEmpty())
        return tr("Your session has ended. Log in again to continue.");
    return tr("Your session has ended (%1). Log in again to continue.").arg(reason);
}

} // namespace cordial::client
