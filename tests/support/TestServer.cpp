#include "TestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace cordial::test {

namespace {

// The maintenance URL of the throwaway PostgreSQL cluster, when the suite runs on it.
QString postgresBaseUrl()
{
    QString url = qEnvironmentVariable("CORDIAL_TEST_PG");
    const QString file = qEnvironmentVariable("CORDIAL_TEST_PG_FILE");
    if (url.isEmpty() && !file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(f.readAll()).trimmed();
        // The PostgreSQL suite must never quietly run on SQLite: no cluster is a failure.
        if (url.isEmpty())
            qFatal("CORDIAL_TEST_PG_FILE=%s names no PostgreSQL URL: is the pg_cluster fixture running?",
                   qUtf8Printable(file));
    }
    return url;
}

// Creates a fresh database in the cluster and returns its URL.
QString createPostgresDatabase(const QString &baseUrl)
{
    const QUrl base(baseUrl);
    const QString name = QStringLiteral("cordial_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    const QString connection = QStringLiteral("test-admin-") + name;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(base.host());
        db.setPort(base.port(5432));
        db.setUserName(base.userName());
        db.setDatabaseName(base.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!ok)
                qWarning() << "CREATE DATABASE failed:" << q.lastError().text();
            db.close();
        } else {
            qWarning() << "cannot reach PostgreSQL at" << baseUrl << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return {};
    QUrl url = base;
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

} // namespace

TestServer::TestServer() = default;

TestServer::TestServer(const QString &parentDir) : m_dir(QDir(parentDir).filePath(QStringLiteral("data-XXXXXX"))) {}

TestServer::~TestServer()
{
    stop();
}

QString TestServer::binary(const QString &name)
{
    return QDir(QStringLiteral(CORDIAL_BIN_DIR)).filePath(name);
}

QString TestServer::backendName()
{
    return postgresBaseUrl().isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString TestServer::ctl(const QStringList &args, const QByteArray &input, int *exitCode, QString *stdErr) const
{
    QStringList options{QStringLiteral("--data-dir"), m_dir.path()};
    if (!m_databaseUrl.isEmpty())
        options << QStringLiteral("--database") << m_databaseUrl;
    QProcess p;
    p.start(binary(QStringLiteral("cordialctl")), options + args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (stdErr)
        *stdErr = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool TestServer::prepareDatabase()
{
    const QString pg = postgresBaseUrl();
    if (!pg.isEmpty() && m_databaseUrl.isEmpty())
        m_databaseUrl = createPostgresDatabase(pg);
    return pg.isEmpty() || !m_databaseUrl.isEmpty();
}

bool TestServer::start(const QStringList &config)
{
    if (!m_dir.isValid() || !prepareDatabase())
        return false;
    {
        QSettings ini(QDir(m_dir.path()).filePath(QStringLiteral("cordiald.ini")), QSettings::IniFormat);
        if (!m_databaseUrl.isEmpty())
            ini.setValue(QStringLiteral("server/database"), m_databaseUrl);
        for (const QString &line : config) {
            const int eq = line.indexOf(QLatin1Char('='));
            ini.setValue(line.left(eq), line.mid(eq + 1));
        }
    }
    if (!QFile::exists(QDir(m_dir.path()).filePath(QStringLiteral("tls")))) {
        int rc = -1;
        QString err;
        ctl({QStringLiteral("init"), QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--name"),
             QStringLiteral("系统管理员")},
            kAdminPassword.toUtf8() + "\n", &rc, &err);
        if (rc != 0) {
            qWarning() << "cordialctl init failed:" << err;
            return false;
        }
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QDir(m_dir.path()).filePath(QStringLiteral("cordiald.log")), QIODevice::Append);
    m_process->start(binary(QStringLiteral("cordiald")),
                     {QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 30000 && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        const int at = out.indexOf("listening on ");
        const int end = out.indexOf('\n', at);
        if (at >= 0 && end > at) {
            const QString line = QString::fromUtf8(out.mid(at + 13, end - at - 13)).trimmed();
            m_address = *client::ServerAddress::parse(line);
            return true;
        }
    }
    qWarning() << "cordiald did not start:" << serverLog();
    return false;
}

void TestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

void TestServer::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(15000);
    m_process.reset();
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString TestServer::serverLog() const
{
    QFile f(QDir(m_dir.path()).filePath(QStringLiteral("cordiald.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

protocol::Reply call(client::Connection &connection, const QString &op, const QCborMap &args, int timeoutMs)
{
    std::optional<protocol::Reply> reply;
    connection.request(op, args, [&reply](const protocol::Reply &r) { reply = r; });
    if (!waitFor([&] { return reply.has_value(); }, timeoutMs)) {
        protocol::Reply timedOut;
        timedOut.ok = false;
        timedOut.error = protocol::makeError(protocol::ErrorCode::Internal, QStringLiteral("test timed out waiting for ") + op);
        return timedOut;
    }
    return *reply;
}

bool waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!pred())
            QEventLoop().processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

std::unique_ptr<client::Connection> connectTo(const TestServer &server)
{
    static client::MemoryTrustStore trust;
    auto connection = std::make_unique<client::Connection>(&trust);
    connection->setClientName(QStringLiteral("cordial-tests"));
    connection->setMachineName(QStringLiteral("test-machine"));
    // As the desktop client does; each connection passes for a computer of its own.
    connection->setMachineKey(client::MachineKey::generate());
    QObject::connect(connection.get(), &client::Connection::trustRequired, connection.get(),
                     [c = connection.get()](const QString &, const QString &) { c->acceptCertificate(); });
    bool ready = false;
    bool failed = false;
    QObject::connect(connection.get(), &client::Connection::ready, connection.get(), [&ready] { ready = true; });
    QObject::connect(connection.get(), &client::Connection::connectionFailed, connection.get(),
                     [&failed](const QString &) { failed = true; });
    connection->connectToServer(server.address());
    if (!waitFor([&] { return ready || failed; }) || !ready)
        return nullptr;
    QObject::disconnect(connection.get(), &client::Connection::ready, nullptr, nullptr);
    QObject::disconnect(connection.get(), &client::Connection::connectionFailed, nullptr, nullptr);
    return connection;
}

std::unique_ptr<client::Connection> loginTo(const TestServer &server, const QString &user, const QString &password)
{
    auto connection = connectTo(server);
    if (!connection)
        return nullptr;
    std::optional<protocol::Reply> reply;
    connection->login(user, password, [&reply](const protocol::Reply &r) { reply = r; });
    if (!waitFor([&] { return reply.has_value(); }) || !reply->ok)
        return nullptr;
    return connection;
}

} // namespace cordial::test
