// cordial: the desktop client.
//   cordial [--server HOST:PORT] [--user LOGIN] [--password-stdin] [--lang zh_CN|zh_TW|en]
#include "app/AppController.h"
#include "app/Language.h"
#include "app/Resources.h"
#include "app/TokenStore.h"
#include "net/Connection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QIcon>
#include <QSysInfo>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace cordial::client;

namespace {

// One line from stdin, only when it is a pipe or file: a terminal would make the
// client wait for input nobody knows it wants.
std::optional<QString> readPasswordFromStdin()
{
    if (isatty(STDIN_FILENO))
        return std::nullopt;
    std::string line;
    if (!std::getline(std::cin, line) && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cordial"));
    QApplication::setApplicationName(QStringLiteral("Cordial"));
    QApplication::setApplicationVersion(QStringLiteral(CORDIAL_VERSION));
    ensureResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cordial.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cordial CRM desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server address, HOST[:PORT]."),
                                          QStringLiteral("HOST:PORT"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Login name."), QStringLiteral("LOGIN"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            QStringLiteral("Read the password from standard input and log in."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("UI language: zh_CN, zh_TW or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption trustOption(
        QStringLiteral("trust-fingerprint"),
        QStringLiteral("Pin this SHA-256 certificate fingerprint for --server when none is pinned yet "
                       "(for scripts that read it from the server's data directory)."),
        QStringLiteral("FINGERPRINT"));
    parser.addOptions({serverOption, userOption, passwordOption, langOption, trustOption});
    parser.process(app);

    if (parser.isSet(langOption) && Language::normalize(parser.value(langOption)).isEmpty()) {
        std::fprintf(stderr, "cordial: unknown language '%s' (use zh_CN, zh_TW or en)\n",
                     qPrintable(parser.value(langOption)));
        return 2;
    }
    Language::install(&app, Language::effective(parser.value(langOption)));

    AppController::StartOptions options;
    options.server = parser.value(serverOption);
    options.login = parser.value(userOption);
    if (parser.isSet(passwordOption))
        options.password = readPasswordFromStdin();

    SettingsTrustStore trust;
    if (parser.isSet(trustOption)) {
        const auto address = ServerAddress::parse(options.server);
        const QString fingerprint = parser.value(trustOption).trimmed().toUpper();
        static const QRegularExpression pattern(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
        if (!address || !pattern.match(fingerprint).hasMatch()) {
            std::fprintf(stderr, "cordial: --trust-fingerprint needs --server and a SHA-256 fingerprint "
                                 "(AB:CD:… 32 pairs)\n");
            return 2;
        }
        // An existing, different pin is kept: the login dialog then reports the change.
        if (trust.pinnedFingerprint(address->toString()).isEmpty())
            trust.pin(address->toString(), fingerprint);
    }
    Connection connection(&trust);
    connection.setClientName(QStringLiteral("cordial/%1").arg(QApplication::applicationVersion()));
    connection.setMachineName(QSysInfo::machineHostName());
    // Read (or made) here, before the event loop: the GUI never waits on this file later.
    QString keyProblem;
    connection.setMachineKey(MachineKey::loadOrCreate(MachineKey::defaultPath(), &keyProblem));
    if (!keyProblem.isEmpty())
        std::fprintf(stderr, "cordial: %s\n", qUtf8Printable(keyProblem));
    TokenStore tokens;
    AppController controller(&connection, &tokens);
    controller.start(options);
    return app.exec();
}
