// cordiald: the Cordial server. Foreground process, logs to stderr, prints
// "listening on HOST:PORT" on stdout once it accepts connections.
#include "DataDir.h"
#include "auth/Passwords.h"
#include "net/Server.h"
#include "text/TextFold.h"
#include "net/ServerContext.h"
#include "customers/FieldRegistry.h"
#include "customers/ImportExportOps.h"
#include "jobs/BackupScheduler.h"
#include "jobs/Schedule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace cordial;
using namespace cordial::server;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] auto written = ::write(g_signalPipe[1], &byte, 1);
}

void logToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QStringLiteral("%1 %2 %3: %4\n")
                                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                     QString::fromLatin1(levels[type]),
                                     QString::fromLatin1(context.category ? context.category : "default"), message)
                                .toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

// "HOST:PORT", "[v6]:PORT" or ":PORT".
bool parseListen(const QString &text, QString *host, quint16 *port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    QString h = text.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    *host = h.isEmpty() ? QStringLiteral("0.0.0.0") : h;
    *port = quint16(p);
    return true;
}

int fail(const QString &message)
{
    qCritical("%s", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(logToStderr);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cordiald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORDIAL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cordial CRM server"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory (database, tls/, cordiald.ini)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Address to listen on, HOST:PORT (port 0 picks one)."),
                      QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Database URL: sqlite:///path or postgresql://user@host:port/db."),
                      QStringLiteral("URL")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("data-dir")))
        return fail(QStringLiteral("--data-dir is required"));

    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (auto s = ensureDataDir(dataDir); !s)
        return fail(s.error().message);
    ServerConfig config = ServerConfig::load(dataDir);
    if (parser.isSet(QStringLiteral("listen"))
        && !parseListen(parser.value(QStringLiteral("listen")), &config.listenHost, &config.listenPort))
        return fail(QStringLiteral("--listen wants HOST:PORT"));
    if (!auth::initSodium())
        return fail(QStringLiteral("libsodium failed to initialise"));
    std::optional<QTime> backupTime;
    if (!config.backupTime.isEmpty()) {
        backupTime = jobs::parseTimeOfDay(config.backupTime);
        if (!backupTime)
            return fail(QStringLiteral("backup/time in %1 must be HH:MM or HH:MM:SS, not '%2'")
                            .arg(config.iniPath(), config.backupTime));
    }

    auto url = databaseUrl(config, parser.value(QStringLiteral("database")));
    if (!url)
        return fail(url.error().message);
    {
        auto db = openAndMigrate(*url, QStringLiteral("cordial-startup"));
        if (!db)
            return fail(db.error().message);
        db::Row q;
        auto users = db::fetchOne(q, *db, QStringLiteral("SELECT COUNT(*) FROM users"));
        if (users && q.value(0).toLongLong() == 0)
            qWarning("the database has no users yet: create the first administrator with "
                     "'cordialctl --data-dir %s init --admin LOGIN'", qUtf8Printable(dataDir));
        if (auto s = customers::reloadCatalog(*db); !s)
            return fail(s.error().message);
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cordial-startup"));

    auto tls = serverTlsConfiguration(config);
    if (!tls)
        return fail(tls.error().message);

    // Loads ICU's transliteration data once now rather than in the first search.
    text::pinyin(QStringLiteral("中文"));

    customers::removeStaleTransfers(dataDir); // import uploads and exports older than 24 h
    ServerContext context(config, *url, auth::PasswordHasher::interactive());
    Server server(context, *tls);
    if (!server.listen(QHostAddress(config.listenHost), config.listenPort))
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(config.listenHost)
                        .arg(config.listenPort)
                        .arg(server.errorString()));

    if (::pipe(g_signalPipe) != 0)
        return fail(QStringLiteral("cannot create the signal pipe"));
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&] {
        char byte;
        [[maybe_unused]] auto n = ::read(g_signalPipe[0], &byte, 1);
        qInfo("stopping: finishing requests in flight");
        server.shutdown();
        // Give the closing TLS sockets a moment to flush their last replies.
        QTimer::singleShot(200, &app, &QCoreApplication::quit);
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);

    const QString host = config.listenHost.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(config.listenHost)
                                                                       : config.listenHost;
    std::printf("listening on %s:%u\n", qUtf8Printable(host), unsigned(server.serverPort()));
    std::fflush(stdout);
    qInfo("cordiald %s serving %s with %d workers", CORDIAL_VERSION, qUtf8Printable(url->display()),
          config.workers);
    jobs::BackupScheduler backups({dataDir, *url}, config.effectiveBackupDirectory(), config.backupKeep, backupTime);
    backups.start();
    const int rc = app.exec();
    qInfo("stopped");
    return rc;
}
