// The login dialog (and the app controller around it) driven like a person against a
// real cordiald: first contact asks about the certificate, wrong passwords, throttling,
// a server that is not there, a certificate that changed, the remembered server, a
// login refused for the address, and a password that must be changed first.
#include "WidgetTest.h"

#include "app/AppController.h"
#include "app/ChangePasswordDialog.h"
#include "app/LoginDialog.h"
#include "app/MainWindow.h"
#include "app/TokenStore.h"
#include "app/TrustDialog.h"

#include <QCborArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

// Readable failures: the texts the person sees, not "{?}".
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace cordial;
using namespace cordial::test;
using client::LoginDialog;
using client::TrustDialog;

namespace {

const QString kWrongPassword = QStringLiteral("The login or password is wrong");
const QString kRateLimited = QStringLiteral("Too many failed attempts");

// QSettings (remembered server and login, pinned certificates) in a directory of the
// test's own, so a run never reads or changes the settings of the person running it.
// The keychain is pointed at a bus that does not exist, so session tokens are neither
// read from nor written to a real one.
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        REQUIRE(m_dir.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cordial-test-bus");
        QCoreApplication::setOrganizationName(QStringLiteral("Cordial"));
        QCoreApplication::setApplicationName(QStringLiteral("cordial-login-dialog-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings settings;
        REQUIRE(settings.fileName().startsWith(m_dir.path()));
        settings.clear();
    }

private:
    QTemporaryDir m_dir;
};

QLineEdit *edit(const QWidget *dialog, const char *name)
{
    return child<QLineEdit>(dialog, QString::fromLatin1(name));
}

QLabel *statusLabel(const LoginDialog &dialog)
{
    return child<QLabel>(&dialog, QStringLiteral("statusLabel"));
}

QString fingerprintOf(const TestServer &server)
{
    const QString fingerprint = server.ctl({QStringLiteral("fingerprint")}).trimmed();
    REQUIRE(fingerprint.count(QLatin1Char(':')) == 31);
    return fingerprint;
}

// Types into the form and clicks Log in, as a person does.
void fillIn(LoginDialog &dialog, const QString &server, const QString &login, const QString &password)
{
    edit(&dialog, "serverEdit")->clear();
    edit(&dialog, "loginEdit")->clear();
    edit(&dialog, "passwordEdit")->clear();
    typeText(edit(&dialog, "serverEdit"), server);
    typeText(edit(&dialog, "loginEdit"), login);
    typeText(edit(&dialog, "passwordEdit"), password);
}

void clickLogIn(LoginDialog &dialog)
{
    click(child<QPushButton>(&dialog, QStringLiteral("loginButton")));
}

// Clicks Log in and waits until the attempt has ended one way or the other.
void logInAndWait(LoginDialog &dialog)
{
    clickLogIn(dialog);
    REQUIRE(waitFor([&] { return !dialog.isBusy(); }));
}

// The form is back for another try: the fields and the button are usable again.
void checkFormUsable(const LoginDialog &dialog)
{
    CHECK(dialog.isVisible());
    CHECK(edit(&dialog, "serverEdit")->isEnabled());
    CHECK(edit(&dialog, "loginEdit")->isEnabled());
    CHECK(edit(&dialog, "passwordEdit")->isEnabled());
    CHECK(child<QPushButton>(&dialog, QStringLiteral("loginButton"))->isEnabled());
}

bool labelShows(const QWidget *parent, const QString &text)
{
    for (const QLabel *label : parent->findChildren<QLabel *>())
        if (label->isVisible() && label->text().contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("on first contact the login dialog shows the certificate fingerprint; trusting it pins it and logs in")
{
    IsolatedSettings settings;
    TestServer server;
    REQUIRE(server.start());
    const QString fingerprint = fingerprintOf(server);
    const QString address = server.address().toString();

    client::MemoryTrustStore trust;
    client::Connection connection(&trust);
    LoginDialog dialog(&connection);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    fillIn(dialog, address, kAdminLogin, kAdminPassword);
    clickLogIn(dialog);

    QPointer<TrustDialog> trustDialog;
    REQUIRE(waitFor([&] {
        trustDialog = dialog.findChild<TrustDialog *>();
        return trustDialog && trustDialog->isVisible();
    }));
    // What the person compares with the administrator's: the fingerprint, in two lines.
    const auto *shown = child<QLabel>(trustDialog, QStringLiteral("fingerprintLabel"));
    CHECK(shown->text() == TrustDialog::formatFingerprint(fingerprint));
    CHECK(shown->text().replace(QLatin1Char('\n'), QLatin1Char(':')) == fingerprint);
    CHECK(labelShows(trustDialog, address));
    CHECK(dialog.message().contains(QStringLiteral("certificate")));
    CHECK(trust.pinnedFingerprint(address).isEmpty());
    CHECK(loggedIn.isEmpty());

    click(child<QPushButton>(trustDialog, QStringLiteral("trustButton")));

    REQUIRE(waitFor([&] { return !loggedIn.isEmpty(); }));
    CHECK(trust.pinnedFingerprint(address) == fingerprint);
    CHECK(loggedIn.size() == 1);
    const QList<QVariant> args = loggedIn.first();
    CHECK(args.at(0).value<client::ServerAddress>() == server.address());
    CHECK(args.at(1).toString() == kAdminLogin);
    CHECK_FALSE(args.at(2).toString().isEmpty());
    CHECK(connection.state() == client::Connection::State::Authenticated);
    REQUIRE(waitFor([&] { return !dialog.isVisible(); }));
    CHECK(dialog.result() == QDialog::Accepted);
    // The password does not linger in the form.
    CHECK(edit(&dialog, "passwordEdit")->text().isEmpty());
}

TEST_CASE("refusing the certificate on first contact sends nothing and says so")
{
    IsolatedSettings settings;
    TestServer server;
    REQUIRE(server.start());
    const QString address = server.address().toString();

    client::MemoryTrustStore trust;
    client::Connection connection(&trust);
    LoginDialog dialog(&connection);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    fillIn(dialog, address, kAdminLogin, kAdminPassword);
    clickLogIn(dialog);

    QPointer<TrustDialog> trustDialog;
    REQUIRE(waitFor([&] {
        trustDialog = dialog.findChild<TrustDialog *>();
        return trustDialog && trustDialog->isVisible();
    }));
    trustDialog->reject(); // Cancel (also what Escape and closing the window do)

    REQUIRE(waitFor([&] { return !dialog.isBusy(); }));
    CHECK(dialog.message().contains(QStringLiteral("not trusted")));
    CHECK(statusLabel(dialog)->isVisible());
    CHECK(trust.pinnedFingerprint(address).isEmpty());
    CHECK(loggedIn.isEmpty());
    CHECK(connection.token().isEmpty());
    checkFormUsable(dialog);
}

TEST_CASE("a wrong password and an unknown login show the same clear message")
{
    IsolatedSettings settings;
    TestServer server;
    REQUIRE(server.start());
    const QString address = server.address().toString();

    client::MemoryTrustStore trust;
    trust.pin(address, fingerprintOf(server)); // trusted before: no certificate prompt
    client::Connection connection(&trust);
    QSignalSpy trustAsked(&connection, &client::Connection::trustRequired);
    LoginDialog dialog(&connection);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();

    fillIn(dialog, address, kAdminLogin, QStringLiteral("not-the-password"));
    logInAndWait(dialog);
    const QString wrongPassword = dialog.message();
    CHECK(wrongPassword.contains(kWrongPassword));
    CHECK(statusLabel(dialog)->isVisible());
    CHECK(statusLabel(dialog)->text() == wrongPassword);
    checkFormUsable(dialog);
    // The password is selected, ready to be typed again; the login stays.
    CHECK(dialog.focusWidget() == edit(&dialog, "passwordEdit"));
    CHECK(edit(&dialog, "passwordEdit")->selectedText() == QStringLiteral("not-the-password"));
    CHECK(edit(&dialog, "loginEdit")->text() == kAdminLogin);

    fillIn(dialog, address, QStringLiteral("nobody.here"), QStringLiteral("not-the-password"));
    logInAndWait(dialog);
    // Nothing tells an unknown login from a wrong password.
    CHECK(dialog.message() == wrongPassword);
    checkFormUsable(dialog);

    CHECK(loggedIn.isEmpty());
    CHECK(trustAsked.isEmpty());

    // The right password still works after the mistakes.
    fillIn(dialog, address, kAdminLogin, kAdminPassword);
    clickLogIn(dialog);
    REQUIRE(waitFor([&] { return !loggedIn.isEmpty(); }));
    REQUIRE(waitFor([&] { return !dialog.isVisible(); }));
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("after too many failed logins the dialog says to wait, even for the right password")
{
    IsolatedSettings settings;
    TestServer server;
    REQUIRE(server.start({QStringLiteral("throttle/failures_per_login=2"),
                          QStringLiteral("throttle/failures_per_address=50"),
                          QStringLiteral("throttle/block_seconds=600")}));
    const QString address = server.address().toString();

    client::MemoryTrustStore trust;
    trust.pin(address, fingerprintOf(server));
    client::Connection connection(&trust);
    LoginDialog dialog(&connection);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();

    for (int attempt = 1; attempt <= 2; ++attempt) {
        INFO("wrong attempt " << attempt);
        fillIn(dialog, address, kAdminLogin, QStringLiteral("wrong-%1").arg(attempt));
        logInAndWait(dialog);
        CHECK(dialog.message().contains(kWrongPassword));
    }

    fillIn(dialog, address, kAdminLogin, kAdminPassword);
    logInAndWait(dialog);
    CHECK(dialog.message().contains(kRateLimited));
    CHECK_FALSE(dialog.message().contains(kWrongPassword));
    CHECK(statusLabel(dialog)->isVisible());
    checkFormUsable(dialog);
    CHECK(loggedIn.isEmpty());
}

TEST_CASE("a server that is not there shows the connection message and leaves the form usable")
{
    IsolatedSettings settings;
    // A loopback port nobody listens on: bound a moment ago, closed again.
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString address = QStringLiteral("127.0.0.1:%1").arg(port);

    client::MemoryTrustStore trust;
    client::Connection connection(&trust);
    QSignalSpy trustAsked(&connection, &client::Connection::trustRequired);
    LoginDialog dialog(&connection);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    fillIn(dialog, address, kAdminLogin, kAdminPassword);
    logInAndWait(dialog);

    CHECK(dialog.message().contains(QStringLiteral("refused the connection")));
    CHECK(dialog.message().contains(address));
    CHECK(statusLabel(dialog)->isVisible());
    checkFormUsable(dialog);
    CHECK(edit(&dialog, "passwordEdit")->text() == kAdminPassword);
    CHECK(trustAsked.isEmpty());
    CHECK(loggedIn.isEmpty());
    CHECK(connection.state() == client::Connection::State::Disconnected);
}

TEST_CASE("a server address that cannot be parsed is caught before connecting")
{
    IsolatedSettings settings;
    client::MemoryTrustStore trust;
    client::Connection connection(&trust);
    LoginDialog dialog(&connection);
    dialog.show();
    fillIn(dialog, QStringLiteral("crm.example.com:notaport"), kAdminLogin, kAdminPassword);
    clickLogIn(dialog);
    CHECK_FALSE(dialog.isBusy());
    CHECK(dialog.message().contains(QStringLiteral("host:port")));
    CHECK(dialog.focusWidget() == edit(&dialog, "serverEdit"));
    CHECK(connection.state() == client::Connection::State::Disconnected);
}

TEST_CASE("a certificate other than the pinned one is refused with both fingerprints shown")
{
    IsolatedSettings settings;
    TestServer server;
    REQUIRE(server.start());
    const QString address = server.address().toString();
    const QString presented = fingerprintOf(server);
    QStringList bytes;
    for (int i = 0; i < 32; ++i)
        bytes << QStringLiteral("%1").arg(i * 7 % 256, 2, 16, QLatin1Char('0')).toUpper();
    const QString pinned = bytes.join(QLatin1Char(':'));
    REQUIRE(pinned != presented);

    client::MemoryTrustStore trust;
    trust.pin(address, pinned);
    client::Connection connection(&trust);
    QSignalSpy trustAsked(&connection, &client::Connection::trustRequired);
    LoginDialog dialog(&connection);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    fillIn(dialog, address, kAdminLogin, kAdminPassword);
    logInAndWait(dialog);

    const QString message = statusLabel(dialog)->text();
    CHECK(statusLabel(dialog)->isVisible());
    CHECK(message.contains(QStringLiteral("has changed")));
    CHECK(message.contains(address));
    CHECK(message.contains(pinned));
    CHECK(message.contains(presented));
    CHECK(message.contains(QStringLiteral("nothing was sent")));
    // No chance to wave it through: no trust prompt, the old pin stays, no login happened.
    CHECK(trustAsked.isEmpty());
    CHECK(dialog.findChild<TrustDialog *>() == nullptr);
    CHECK(trust.pinnedFingerprint(address) == pinned);
    CHECK(loggedIn.isEmpty());
    CHECK(connection.token().isEmpty());
    CHECK(connection.state() == client::Connection::State::Disconnected);
    checkFormUsable(dialog);
    // The whole message is readable: the dialog grew for it instead of clipping it or
    // squeezing the fields.
    QLabel *label = statusLabel(dialog);
    QLineEdit *password = edit(&dialog, "passwordEdit");
    CHECK(waitFor([&] {
        return label->height() >= label->heightForWidth(label->width())
            && password->height() >= password->sizeHint().height();
    }, 5000));
    CHECK(label->geometry().bottom() < child<QPushButton>(&dialog, QStringLiteral("loginButton"))->mapTo(&dialog, QPoint(0, 0)).y());
}

TEST_CASE("a long message given before the dialog opens (as after a certificate change) is shown whole")
{
    IsolatedSettings settings;
    client::MemoryTrustStore trust;
    client::Connection connection(&trust);
    LoginDialog dialog(&connection);
    const QString fingerprint = QStringList(32, QStringLiteral("AB")).join(QLatin1Char(':'));
    dialog.setMessage(QStringLiteral("The certificate of 127.0.0.1:7443 has changed since you first trusted it.\n"
                                     "Trusted: %1\nPresented now: %2\n"
                                     "Ask your administrator whether the server's certificate was replaced.")
                          .arg(fingerprint, QString(fingerprint).replace(QLatin1Char('B'), QLatin1Char('C'))),
                      true);
    dialog.show();
    QLabel *label = statusLabel(dialog);
    QLineEdit *password = edit(&dialog, "passwordEdit");
    CHECK(waitFor([&] {
        return label->isVisible() && label->height() >= label->heightForWidth(label->width())
            && password->height() >= password->sizeHint().height();
    }, 5000));
}

TEST_CASE("the server and login are remembered for the next start, and the pinned certificate is not asked again")
{
    IsolatedSettings settings;
    TestServer server;
    REQUIRE(server.start());
    const QString address = server.address().toString();
    const QString fingerprint = fingerprintOf(server);

    // First start: nothing remembered, the person types everything and trusts the server.
    {
        client::SettingsTrustStore trust;
        client::Connection connection(&trust);
        client::TokenStore tokens;
        client::AppController controller(&connection, &tokens);
        controller.start({});
        LoginDialog *dialog = controller.loginDialog();
        REQUIRE(dialog);
        REQUIRE(waitFor([&] { return dialog->isVisible(); }));
        CHECK(dialog->serverText().isEmpty());
        CHECK(dialog->login().isEmpty());
        fillIn(*dialog, address, kAdminLogin, kAdminPassword);
        clickLogIn(*dialog);

        QPointer<TrustDialog> trustDialog;
        REQUIRE(waitFor([&] {
            trustDialog = dialog->findChild<TrustDialog *>();
            return trustDialog && trustDialog->isVisible();
        }));
        click(child<QPushButton>(trustDialog, QStringLiteral("trustButton")));
        REQUIRE(waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));
        CHECK(trust.pinnedFingerprint(address) == fingerprint);
    }

    // Second start, as after quitting and opening the client again.
    client::SettingsTrustStore trust;
    CHECK(trust.pinnedFingerprint(address) == fingerprint);
    client::Connection connection(&trust);
    QSignalSpy trustAsked(&connection, &client::Connection::trustRequired);
    client::TokenStore tokens;
    client::AppController controller(&connection, &tokens);
    controller.start({});
    QPointer<LoginDialog> dialog = controller.loginDialog();
    REQUIRE(dialog);
    CHECK(dialog->serverText() == address);
    CHECK(dialog->login() == kAdminLogin);
    // Without a keychain there is no stored session: the dialog asks for the password only.
    REQUIRE(waitFor([&] {
        return (dialog && dialog->isVisible()) || (controller.mainWindow() && controller.mainWindow()->isVisible());
    }));
    if (dialog && dialog->isVisible()) {
        CHECK(dialog->focusWidget() == edit(dialog, "passwordEdit"));
        typeText(edit(dialog, "passwordEdit"), kAdminPassword);
        clickLogIn(*dialog);
    }
    REQUIRE(waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));
    CHECK(trustAsked.isEmpty());
    CHECK(connection.state() == client::Connection::State::Authenticated);
}

namespace {

// A staff user in the root department; returns the id.
qint64 addUser(client::Connection &admin, const QString &login, const QString &password)
{
    const auto departments = call(admin, QStringLiteral("departments.list"));
    REQUIRE(departments.ok);
    const qint64 root =
        departments.result.toMap().value(QStringLiteral("items")).toArray().first().toMap().value(QStringLiteral("id")).toInteger();
    const auto reply = call(admin, QStringLiteral("users.create"),
                            {{QStringLiteral("login"), login},
                             {QStringLiteral("display_name"), login},
                             {QStringLiteral("password"), password},
                             {QStringLiteral("role"), QStringLiteral("staff")},
                             {QStringLiteral("department_id"), root}});
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

// Sets the user's password change back to 1970 in the server's (SQLite) database, as
// if the password were that old; the server reads it at the next request.
void makePasswordOld(const TestServer &server, qint64 userId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
        db.setDatabaseName(server.dataDir() + QStringLiteral("/cordial.db"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("UPDATE users SET password_changed_at = 0 WHERE id = ?")));
        q.addBindValue(userId);
        REQUIRE(q.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
}

// The password dialog a login with an expired password opens, once it shows.
client::ChangePasswordDialog *passwordDialogOf(const LoginDialog &dialog)
{
    REQUIRE(waitFor([&] { return dialog.changePasswordDialog() && dialog.changePasswordDialog()->isVisible(); }));
    return dialog.changePasswordDialog();
}

// Types the new password twice and clicks Change password.
void chooseNewPassword(client::ChangePasswordDialog *dialog, const QString &password)
{
    edit(dialog, "newPasswordEdit")->clear();
    edit(dialog, "confirmPasswordEdit")->clear();
    typeText(edit(dialog, "newPasswordEdit"), password);
    typeText(edit(dialog, "confirmPasswordEdit"), password);
    click(child<QPushButton>(dialog, QStringLiteral("changePasswordButton")));
}

} // namespace

TEST_CASE("a login refused for the computer's address says so in the person's language, with the server's reason")
{
    IsolatedSettings settings;
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 rep = addUser(*admin, QStringLiteral("rep"), QStringLiteral("rep-pass-123"));
    REQUIRE(call(*admin, QStringLiteral("users.update"),
                 {{QStringLiteral("id"), rep}, {QStringLiteral("ip_ranges"), QCborArray{QStringLiteral("10.8.0.0/16")}}})
                .ok);
    const QString address = server.address().toString();
    client::MemoryTrustStore trust;
    trust.pin(address, fingerprintOf(server));
    client::Connection connection(&trust);
    LoginDialog dialog(&connection);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();

    fillIn(dialog, address, QStringLiteral("rep"), QStringLiteral("rep-pass-123"));
    logInAndWait(dialog);
    // Not the wrong-password text: what is refused, what to do, and the server's detail
    // naming the ranges and the address it saw.
    CHECK_FALSE(dialog.message().contains(kWrongPassword));
    CHECK(dialog.message().contains(QStringLiteral("may not log in from this computer's network address")));
    CHECK(dialog.message().contains(QStringLiteral("10.8.0.0/16")));
    CHECK(dialog.message().contains(QStringLiteral("127.0.0.1")));
    CHECK(statusLabel(dialog)->isVisible());
    CHECK(statusLabel(dialog)->textFormat() == Qt::PlainText);
    checkFormUsable(dialog);
    CHECK(loggedIn.isEmpty());
}

TEST_CASE("after a login with a temporary password the new one is asked for before the main window opens")
{
    IsolatedSettings settings;
    TestServer server;
    auto admin = startAndLogin(server);
    const qint64 rep = addUser(*admin, QStringLiteral("rep"), QStringLiteral("rep-pass-123"));
    REQUIRE(call(*admin, QStringLiteral("users.reset_password"),
                 {{QStringLiteral("id"), rep}, {QStringLiteral("password"), QStringLiteral("temporary-1")}})
                .ok);
    const QString address = server.address().toString();
    client::MemoryTrustStore trust;
    trust.pin(address, fingerprintOf(server));
    client::Connection connection(&trust);
    client::TokenStore tokens;
    client::AppController controller(&connection, &tokens);
    controller.start({address, QStringLiteral("rep"), {}});
    LoginDialog *dialog = controller.loginDialog();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    typeText(edit(dialog, "passwordEdit"), QStringLiteral("temporary-1"));
    clickLogIn(*dialog);

    client::ChangePasswordDialog *change = passwordDialogOf(*dialog);
    CHECK(change->isModal());
    CHECK(controller.mainWindow() == nullptr);
    CHECK(child<QLabel>(change, QStringLiteral("reasonLabel"))->text().contains(QStringLiteral("temporary password")));
    CHECK(dialog->message().contains(QStringLiteral("temporary password")));
    // The password just typed is the current one.
    CHECK(edit(change, "oldPasswordEdit")->text() == QStringLiteral("temporary-1"));
    CHECK(change->focusWidget() == edit(change, "newPasswordEdit"));

    // The password from before the reset is refused, said in words, beside the field.
    chooseNewPassword(change, QStringLiteral("rep-pass-123"));
    REQUIRE(waitFor([&] { return labelShows(change, QStringLiteral("used this password recently")); }));
    CHECK(labelShows(change, QStringLiteral("last 5 password")));
    CHECK(controller.mainWindow() == nullptr);

    chooseNewPassword(change, QStringLiteral("rep-own-pass-9"));
    REQUIRE(waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));
    CHECK(connection.state() == client::Connection::State::Authenticated);
    // The session is no longer confined, and the new password is the one that works.
    CHECK(call(connection, QStringLiteral("customers.list")).ok);
    CHECK(loginTo(server, QStringLiteral("rep"), QStringLiteral("rep-own-pass-9")));
}

TEST_CASE("declining to change an expired password logs out and the login dialog says why")
{
    IsolatedSettings settings;
    TestServer server;
    REQUIRE(server.start({QStringLiteral("passwords/max_age_days=30")}));
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 rep = addUser(*admin, QStringLiteral("rep"), QStringLiteral("rep-pass-123"));
    makePasswordOld(server, rep);
    const QString address = server.address().toString();
    client::MemoryTrustStore trust;
    trust.pin(address, fingerprintOf(server));
    client::Connection connection(&trust);
    LoginDialog dialog(&connection);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    fillIn(dialog, address, QStringLiteral("rep"), QStringLiteral("rep-pass-123"));
    clickLogIn(dialog);

    client::ChangePasswordDialog *change = passwordDialogOf(dialog);
    CHECK(child<QLabel>(change, QStringLiteral("reasonLabel"))->text().contains(QStringLiteral("expired")));
    click(child<QPushButton>(change, QStringLiteral("cancelButton")));
    REQUIRE(waitFor([&] { return !dialog.isBusy(); }));
    CHECK(dialog.message().contains(QStringLiteral("Your password has expired")));
    CHECK(dialog.message().contains(QStringLiteral("logged out")));
    checkFormUsable(dialog);
    CHECK(loggedIn.isEmpty());
    CHECK(connection.state() == client::Connection::State::Ready);
    // The session was ended on the server, not just forgotten.
    const auto sessions = call(*admin, QStringLiteral("sessions.list"), {{QStringLiteral("user_id"), rep}});
    REQUIRE(sessions.ok);
    CHECK(sessions.result.toMap().value(QStringLiteral("items")).toArray().isEmpty());
}

TEST_CASE("a password that expires while the main window is open is asked for over it")
{
    IsolatedSettings settings;
    TestServer server;
    REQUIRE(server.start({QStringLiteral("passwords/max_age_days=30")}));
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 rep = addUser(*admin, QStringLiteral("rep"), QStringLiteral("rep-pass-123"));
    const QString address = server.address().toString();
    client::MemoryTrustStore trust;
    trust.pin(address, fingerprintOf(server));
    client::Connection connection(&trust);
    client::TokenStore tokens;
    client::AppController controller(&connection, &tokens);
    controller.start({address, QStringLiteral("rep"), QStringLiteral("rep-pass-123")});
    REQUIRE(waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));
    CHECK(controller.passwordDialog() == nullptr);

    makePasswordOld(server, rep);
    // The next request of any page is refused; the client asks for a new password.
    CHECK(call(connection, QStringLiteral("customers.list")).error.field == QStringLiteral("password_expired"));
    REQUIRE(waitFor([&] { return controller.passwordDialog() && controller.passwordDialog()->isVisible(); }));
    client::ChangePasswordDialog *change = controller.passwordDialog();
    CHECK(change->parentWidget() == controller.mainWindow());
    CHECK(change->isModal());
    typeText(edit(change, "oldPasswordEdit"), QStringLiteral("rep-pass-123"));
    chooseNewPassword(change, QStringLiteral("rep-new-pass-2"));
    REQUIRE(waitFor([&] { return controller.passwordDialog() == nullptr; }));
    CHECK(call(connection, QStringLiteral("customers.list")).ok);
    CHECK(controller.loginDialog() == nullptr);
}
