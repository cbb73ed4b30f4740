// cordial: the desktop client.
//   cordial [--server HOST:PORT] [--user LOGIN] [--password-stdin] [--lang zh_CN|zh_TW|en]
#include "app/AppController.h"
#include "app/Language.h"
#include "app/Resources.h"
#include "app/TokenStore.h"
#include "net/Connection.h"

#include <QApplication>
#include <QCommandLineParser>
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
    parser.addOptions({serverOption, userOption, passwordOption, langOption});
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
    Connection connection(&trust);
    connection.setClientName(QStringLiteral("cordial/%1").arg(QApplication::applicationVersion()));
    connection.setMachineName(QSysInfo::machineHostName());
    TokenStore tokens;
    AppController controller(&connection, &tokens);
    controller.start(options);
    return app.exec();
}
