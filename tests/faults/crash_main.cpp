// cordial-crash: the writer and the checker of the crash test (crash_test.py runs
// them round after round around a cordiald it kills).
//   cordial-crash write --server HOST:PORT --journal FILE --token-file FILE --round N
//                       [--connections N] [--seed S] [--setup] [--password P]
//   cordial-crash check --data-dir DIR [--database URL] --journal FILE [--since-round N]
#include "CrashCheck.h"
#include "CrashWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writer and checker of the Cordial crash test."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("write or check"));
    parser.addOptions({
        {QStringLiteral("server"), QStringLiteral("write: the server, HOST:PORT."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("journal"), QStringLiteral("The journal of writes sent and acknowledged."), QStringLiteral("FILE")},
        {QStringLiteral("token-file"), QStringLiteral("write: the session token of the last login."), QStringLiteral("FILE")},
        {QStringLiteral("round"), QStringLiteral("write: the round number."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("connections"), QStringLiteral("write: connections writing at once."), QStringLiteral("N"),
         QStringLiteral("4")},
        {QStringLiteral("seed"), QStringLiteral("write: random seed."), QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("setup"), QStringLiteral("write: create the custom field first (the first round).")},
        {QStringLiteral("login"), QStringLiteral("write: the administrator."), QStringLiteral("LOGIN"), QStringLiteral("admin")},
        {QStringLiteral("password"), QStringLiteral("write: the administrator's password."), QStringLiteral("P"),
         QStringLiteral("admin-pass-123")},
        {QStringLiteral("data-dir"), QStringLiteral("check: the server's data directory."), QStringLiteral("DIR")},
        {QStringLiteral("database"), QStringLiteral("check: database URL (default: the data directory's)."), QStringLiteral("URL")},
        {QStringLiteral("since-round"), QStringLiteral("check: read whole only the records written since this round."),
         QStringLiteral("N"), QStringLiteral("0")},
    });
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (!parser.isSet(QStringLiteral("journal")))
        parser.showHelp(3);
    if (mode == QLatin1String("write")) {
        cordial::crash::WriterOptions options;
        const auto server = cordial::client::ServerAddress::parse(parser.value(QStringLiteral("server")));
        if (!server || !parser.isSet(QStringLiteral("token-file")))
            parser.showHelp(3);
        options.server = *server;
        options.journal = parser.value(QStringLiteral("journal"));
        options.tokenFile = parser.value(QStringLiteral("token-file"));
        options.login = parser.value(QStringLiteral("login"));
        options.password = parser.value(QStringLiteral("password"));
        options.round = parser.value(QStringLiteral("round")).toInt();
        options.connections = qBound(1, parser.value(QStringLiteral("connections")).toInt(), 32);
        options.seed = parser.value(QStringLiteral("seed")).toULongLong();
        options.setup = parser.isSet(QStringLiteral("setup"));
        return cordial::crash::runWriter(options);
    }
    if (mode == QLatin1String("check")) {
        if (!parser.isSet(QStringLiteral("data-dir")))
            parser.showHelp(3);
        cordial::crash::CheckOptions options;
        options.dataDir = parser.value(QStringLiteral("data-dir"));
        options.database = parser.value(QStringLiteral("database"));
        options.journal = parser.value(QStringLiteral("journal"));
        options.sinceRound = parser.value(QStringLiteral("since-round")).toInt();
        return cordial::crash::runCheck(options);
    }
    parser.showHelp(3);
}
