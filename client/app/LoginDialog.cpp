#include "app/LoginDialog.h"

#include "app/ChangePasswordDialog.h"
#include "app/MachineText.h"
#include "app/Resources.h"
#include "app/TrustDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordial::client {

using protocol::ErrorCode;

namespace {
// A refusal in the person's language, then the server's own words (they name the
// address and the ranges or roles that refuse it).
QString withServerDetail(const QString &text, const QString &serverMessage)
{
    if (serverMessage.isEmpty())
        return text;
    return LoginDialog::tr("%1\nThe server says: %2").arg(text, serverMessage);
}
} // namespace

LoginDialog::LoginDialog(Connection *connection, QWidget *parent) : QDialog(parent), m_connection(connection)
{
    ensureResources();
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to Cordial CRM"));

    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/cordial.svg")).pixmap(48, 48));
    auto *title = new QLabel(tr("Cordial CRM"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Log in with the account your administrator created for you."));
    subtitle->setWordWrap(true);
    auto *headingText = new QVBoxLayout;
    headingText->addWidget(title);
    headingText->addWidget(subtitle);
    auto *heading = new QHBoxLayout;
    heading->addWidget(logo, 0, Qt::AlignTop);
    heading->addSpacing(8);
    heading->addLayout(headingText, 1);

    m_server = new QLineEdit;
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("host or host:port, e.g. crm.example.com:7443"));
    m_login = new QLineEdit;
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("statusLabel"));
    m_message->setWordWrap(true);
    // It may quote the server, which quotes role names as an administrator typed them.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox;
    m_loginButton = buttons->addButton(tr("Log &in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_closeButton = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addLayout(heading);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_connection, &Connection::ready, this, [this] {
        if (m_phase == Phase::Idle || !m_afterReady)
            return;
        std::exchange(m_afterReady, nullptr)();
    });
    connect(m_connection, &Connection::trustRequired, this, &LoginDialog::onTrustRequired);
    connect(m_connection, &Connection::certificateMismatch, this,
            [this](const QString &server, const QString &pinned, const QString &presented) {
                if (m_phase == Phase::Idle)
                    return;
                fail(tr("The certificate of %1 has changed since you first trusted it, so nothing was sent.\n"
                        "Trusted: %2\nPresented now: %3\n"
                        "This can mean someone is intercepting the connection. Ask your administrator "
                        "whether the server's certificate was replaced.")
                         .arg(server, pinned, presented));
            });
    connect(m_connection, &Connection::connectionFailed, this, [this](const QString &message) {
        if (m_phase != Phase::Idle)
            fail(message);
    });
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(server);
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
}

void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString LoginDialog::serverText() const
{
    return m_server->text().trimmed();
}

QString LoginDialog::login() const
{
    return m_login->text().trimmed();
}

void LoginDialog::setMessage(const QString &message, bool error)
{
    m_message->setText(message);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc0, 0x1c, 0x28) : QApplication::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    // A long message (a changed certificate names both fingerprints) must not be clipped
    // or squeeze the fields: the open dialog grows to the height its text needs. (Before
    // it is shown, showing it sizes it to fit.)
    if (isVisible()) {
        layout()->activate();
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool idle = phase == Phase::Idle;
    m_server->setEnabled(idle);
    m_login->setEnabled(idle);
    m_password->setEnabled(idle);
    m_loginButton->setEnabled(idle);
    m_closeButton->setText(idle ? tr("&Quit") : tr("&Cancel"));
    if (idle)
        m_afterReady = nullptr;
}

void LoginDialog::fail(const QString &message)
{
    setPhase(Phase::Idle);
    if (m_changePassword)
        m_changePassword->close(); // the session it was for is gone
    setMessage(message, true);
    if (m_showOnFailure && !isVisible())
        show();
    m_showOnFailure = false;
}

void LoginDialog::withConnection(const ServerAddress &address, std::function<void()> next)
{
    const auto state = m_connection->state();
    if (m_connection->server() == address && (state == Connection::State::Ready || state == Connection::State::Authenticated)) {
        next();
        return;
    }
    m_afterReady = std::move(next);
    setMessage(tr("Connecting to %1…").arg(address.toString()));
    m_connection->connectToServer(address);
}

void LoginDialog::submit()
{
    if (isBusy())
        return;
    const auto address = ServerAddress::parse(serverText());
    if (!address) {
        setMessage(tr("Enter the server as host or host:port, for example crm.example.com:7443."), true);
        m_server->setFocus();
        return;
    }
    if (login().isEmpty()) {
        setMessage(tr("Enter your login."), true);
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        setMessage(tr("Enter your password."), true);
        m_password->setFocus();
        return;
    }
    m_address = *address;
    setPhase(Phase::Connecting);
    withConnection(m_address, [this] { sendLogin(); });
}

void LoginDialog::sendLogin()
{
    setPhase(Phase::LoggingIn);
    setMessage(tr("Logging in…"));
    const QString user = login();
    m_connection->login(user, m_password->text(), [this, self = QPointer(this), user](const protocol::Reply &reply) {
        if (!self || m_phase != Phase::LoggingIn)
            return;
        if (!reply.ok) {
            fail(loginErrorText(reply.error));
            if (reply.error.code == ErrorCode::Unauthenticated) {
                m_password->setFocus();
                m_password->selectAll();
            }
            return;
        }
        loggedInAs(user, reply.result.toMap(), m_password->text());
    });
}

void LoginDialog::loggedInAs(const QString &user, const QCborMap &result, const QString &typedPassword)
{
    if (!result.value(QStringLiteral("password_expired")).toBool()) {
        finishLogin(user);
        return;
    }
    // The server answers this session nothing but a password change (and logout), so the
    // login counts only once the password has changed.
    setPhase(Phase::ChangingPassword);
    const QString reason = result.value(QStringLiteral("password_expired_reason")).toString();
    setMessage(passwordExpiredText(reason));
    m_showOnFailure = false;
    if (!isVisible())
        show();
    m_changePassword = new ChangePasswordDialog(m_connection, this);
    m_changePassword->setAttribute(Qt::WA_DeleteOnClose);
    m_changePassword->setReason(passwordExpiredText(reason));
    m_changePassword->setCurrentPassword(typedPassword);
    connect(m_changePassword, &QDialog::finished, this, [this, user, reason](int outcome) {
        if (m_phase != Phase::ChangingPassword)
            return;
        if (outcome == QDialog::Accepted) {
            finishLogin(user);
            return;
        }
        setMessage(tr("Logging out…"));
        m_connection->logout([this, self = QPointer(this), reason](const protocol::Reply &) {
            if (!self || m_phase != Phase::ChangingPassword)
                return;
            fail(passwordNotChangedText(reason));
            m_password->setFocus();
            m_password->selectAll();
        });
    });
    m_changePassword->open();
}

ChangePasswordDialog *LoginDialog::changePasswordDialog() const
{
    return m_changePassword;
}

void LoginDialog::finishLogin(const QString &user)
{
    setPhase(Phase::Idle);
    setMessage({});
    m_password->clear();
    Q_EMIT loggedIn(m_address, user, m_connection->token());
    accept();
}

void LoginDialog::resumeSession(const QString &token)
{
    const auto address = ServerAddress::parse(serverText());
    if (!address || login().isEmpty() || token.isEmpty()) {
        show();
        return;
    }
    m_address = *address;
    m_showOnFailure = true;
    setPhase(Phase::Resuming);
    withConnection(m_address, [this, token] {
        setMessage(tr("Resuming your session…"));
        m_connection->resume(token, [this, self = QPointer(this)](const protocol::Reply &reply) {
            if (!self || m_phase != Phase::Resuming)
                return;
            if (!reply.ok) {
                // The stored session has ended; the person logs in as usual.
                fail(reply.error.code == ErrorCode::Unauthenticated
                         ? tr("Your previous session has ended. Enter your password to log in again.")
                         : loginErrorText(reply.error));
                m_password->setFocus();
                return;
            }
            // Another login name could have come back with this token; trust the server's.
            const QString user = m_connection->user().value(QStringLiteral("login")).toString();
            m_showOnFailure = false;
            loggedInAs(user.isEmpty() ? login() : user, reply.result.toMap(), QString());
        });
    });
}

void LoginDialog::onTrustRequired(const QString &server, const QString &fingerprint)
{
    if (m_phase == Phase::Idle)
        return;
    if (m_phase == Phase::Resuming) {
        // A resume never asks about certificates; the person decides in the dialog.
        m_connection->rejectCertificate();
        fail({});
        return;
    }
    setPhase(Phase::Trust);
    setMessage(tr("Waiting for you to check the server's certificate…"));
    m_trustDialog = new TrustDialog(server, fingerprint, this);
    m_trustDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_trustDialog, &QDialog::finished, this, [this](int result) {
        if (m_phase != Phase::Trust)
            return;
        if (result == QDialog::Accepted) {
            setPhase(Phase::Connecting);
            setMessage(tr("Connecting to %1…").arg(m_address.toString()));
            m_afterReady = [this] { sendLogin(); };
            m_connection->acceptCertificate();
        } else {
            m_connection->rejectCertificate();
            fail(tr("The server's certificate was not trusted, so nothing was sent."));
        }
    });
    m_trustDialog->open();
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The first empty field, so a remembered server and login leave the cursor in Password.
    for (QLineEdit *edit : {m_server, m_login, m_password}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    m_password->setFocus();
}

void LoginDialog::reject()
{
    if (m_phase == Phase::ChangingPassword) {
        // As Cancel in the password dialog: log out.
        if (m_changePassword)
            m_changePassword->reject();
        return;
    }
    if (isBusy()) {
        // Cancel stops the attempt; the dialog stays with what was typed.
        const bool wasResuming = m_phase == Phase::Resuming;
        if (m_trustDialog)
            m_trustDialog->close();
        setPhase(Phase::Idle);
        m_connection->disconnectFromServer();
        setMessage(wasResuming ? QString() : tr("Cancelled."));
        return;
    }
    QDialog::reject();
}

QString LoginDialog::passwordExpiredText(const QString &reason)
{
    if (reason == QLatin1String("reset"))
        return tr("An administrator has set a temporary password for your account. Choose your own password to "
                  "continue.");
    return tr("Your password has expired. Choose a new password to continue.");
}

QString LoginDialog::passwordNotChangedText(const QString &reason)
{
    return tr("%1\nThe password was not changed, so you have been logged out. Log in again to change it.")
        .arg(passwordExpiredText(reason));
}

QString LoginDialog::loginErrorText(const protocol::Error &error)
{
    if (MachineText::isMachineRefusal(error))
        return MachineText::loginRefusal(error);
    switch (error.code) {
    case ErrorCode::Unauthenticated:
        return tr("The login or password is wrong, or the account is disabled. Check both (and Caps Lock) "
                  "and try again.");
    case ErrorCode::RateLimited:
        return tr("Too many failed attempts. Wait a few minutes, then try again.");
    case ErrorCode::Invalid:
        return tr("Enter both your login and your password.");
    case ErrorCode::UnsupportedProtocol:
        return tr("The server speaks a different protocol version. Install the client version that matches "
                  "the server.");
    case ErrorCode::Forbidden:
        if (error.field == QLatin1String("address"))
            return withServerDetail(tr("Your account may not log in from this computer's network address. Log in "
                                       "from the office network, or ask your administrator to allow this address."),
                                    error.message);
        break;
    case ErrorCode::Busy:
        return tr("The server is busy saving a large change, such as an import. Try again in a moment.");
    case ErrorCode::Internal:
        if (!error.message.isEmpty())
            return error.message;
        return tr("The server could not complete the login. Try again later or tell your administrator.");
    default:
        break;
    }
    return tr("The server refused the login: %1").arg(error.message);
}

} // namespace cordial::client
