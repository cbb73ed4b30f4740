// Backups: taken while clients write, verified, refused when damaged, restored into
// an empty data directory, and written by the server on its schedule.
#include "Fixtures.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cordial;
using namespace cordial::test;

namespace {

// Clients that create customers one after another, each on its own connection, and
// record which creations the server acknowledged.
class Writers
{
public:
    Writers(const TestServer &server, int count)
    {
        for (int i = 0; i < count; ++i) {
            auto c = loginTo(server, kAdminLogin, kAdminPassword);
            REQUIRE(c);
            m_connections.push_back(std::move(c));
        }
    }

    void start()
    {
        m_running = true;
        for (size_t i = 0; i < m_connections.size(); ++i)
            next(i);
    }
    // Stops sending and waits for the replies in flight.
    void stop()
    {
        m_running = false;
        REQUIRE(waitFor([this] { return m_inFlight == 0; }));
    }
    QSet<qint64> acknowledged() const { return m_acknowledged; }
    int failures() const { return m_failures; }

private:
    void next(size_t writer)
    {
        if (!m_running)
            return;
        ++m_inFlight;
        const QString name = QStringLiteral("备份期间写入 %1-%2").arg(writer).arg(++m_sent);
        m_connections[writer]->request(QStringLiteral("customers.create"),
                                       {{QStringLiteral("name"), name}, {QStringLiteral("allow_duplicate"), true}},
                                       [this, writer](const protocol::Reply &reply) {
                                           --m_inFlight;
                                           if (reply.ok)
                                               m_acknowledged.insert(reply.result.toMap().value(QStringLiteral("id")).toInteger());
                                           else
                                               ++m_failures;
                                           next(writer);
                                       });
    }

    std::vector<std::unique_ptr<client::Connection>> m_connections;
    QSet<qint64> m_acknowledged;
    bool m_running = false;
    int m_inFlight = 0;
    int m_sent = 0;
    int m_failures = 0;
};

QSet<qint64> customerIds(const TestServer &server)
{
    QSet<qint64> ids;
    {
        QSqlDatabase db = openServerDatabase(server, QStringLiteral("backup-test-ids"));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM customers")));
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-test-ids"));
    return ids;
}

// cordialctl with the given arguments, for a data directory that is not a TestServer's.
int runCtl(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
{
    QProcess p;
    p.start(TestServer::binary(QStringLiteral("cordialctl")), args);
    p.waitForFinished(120000);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString takeBackup(const TestServer &server, const QString &file)
{
    int rc = -1;
    QString err;
    const QString out = server.ctl({QStringLiteral("backup"), file}, {}, &rc, &err);
    INFO(err.toStdString());
    REQUIRE(rc == 0);
    return out;
}

void flipByteInTheMiddle(const QString &file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 middle = f.size() / 2;
    REQUIRE(f.seek(middle));
    char byte = 0;
    REQUIRE(f.getChar(&byte));
    REQUIRE(f.seek(middle));
    REQUIRE(f.putChar(char(byte ^ 0x01)));
}

bool isEmptyDirectory(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("a backup taken while clients write restores to a server holding every customer acknowledged before it")
{
    TestServer server;
    startOrFail(server);
    QTemporaryDir backups;
    const QString file = backups.filePath(QStringLiteral("while-writing.zip"));

    Writers writers(server, 4);
    writers.start();
    REQUIRE(waitFor([&] { return writers.acknowledged().size() >= 50; }));
    const QSet<qint64> beforeBackup = writers.acknowledged();
    QProcess backup;
    backup.start(TestServer::binary(QStringLiteral("cordialctl")),
                 {QStringLiteral("--data-dir"), server.dataDir(), QStringLiteral("backup"), file});
    REQUIRE(waitFor([&] { return backup.state() == QProcess::NotRunning; }, 120000));
    const qint64 duringBackup = writers.acknowledged().size() - beforeBackup.size();
    writers.stop();
    INFO(QString::fromUtf8(backup.readAllStandardError()).toStdString());
    REQUIRE(backup.exitCode() == 0);
    CHECK(writers.failures() == 0);
    CHECK(duringBackup > 0); // the writers did not wait for the backup

    QString out;
    QString err;
    REQUIRE(runCtl({QStringLiteral("verify-backup"), file}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("backup OK")));

    TestServer restored;
    REQUIRE(restored.prepareDatabase());
    int rc = -1;
    out = restored.ctl({QStringLiteral("restore"), file}, {}, &rc, &err);
    INFO(err.toStdString());
    REQUIRE(rc == 0);
    CHECK(out.contains(QStringLiteral("restored")));
    CHECK(restored.ctl({QStringLiteral("check")}, {}, &rc).contains(QStringLiteral("database ok")));
    CHECK(rc == 0);
    CHECK(restored.ctl({QStringLiteral("audit"), QStringLiteral("verify")}, {}, &rc).contains(QStringLiteral("intact")));
    CHECK(rc == 0);
    // The same certificate: clients that pinned the old server trust the new one.
    CHECK(restored.ctl({QStringLiteral("fingerprint")}) == server.ctl({QStringLiteral("fingerprint")}));

    startOrFail(restored);
    auto admin = loginTo(restored, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const QSet<qint64> present = customerIds(restored);
    CHECK((beforeBackup - present).isEmpty());
    CHECK((present - writers.acknowledged()).isEmpty()); // nothing half-written or invented
    const qint64 someone = *beforeBackup.begin();
    const auto reply = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), someone}});
    CHECK(reply.ok);
}

TEST_CASE("a backup with one changed byte is refused by verify-backup and restore, and the target stays empty")
{
    TestServer server;
    startOrFail(server);
    QTemporaryDir backups;
    const QString good = backups.filePath(QStringLiteral("good.zip"));
    const QString bad = backups.filePath(QStringLiteral("bad.zip"));
    takeBackup(server, good);
    REQUIRE(QFile::copy(good, bad));
    flipByteInTheMiddle(bad);

    QString out;
    QString err;
    CHECK(runCtl({QStringLiteral("verify-backup"), bad}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("bad.zip is damaged")));
    CHECK_FALSE(out.contains(QStringLiteral("backup OK")));

    TestServer target;
    REQUIRE(target.prepareDatabase());
    int rc = -1;
    target.ctl({QStringLiteral("restore"), bad}, {}, &rc, &err);
    CHECK(rc == 3);
    CHECK(err.contains(QStringLiteral("restore failed: ")));
    CHECK(err.contains(QStringLiteral("bad.zip is damaged")));
    CHECK(isEmptyDirectory(target.dataDir()));

    // Nothing was left behind: the intact backup restores into the same place.
    target.ctl({QStringLiteral("restore"), good}, {}, &rc, &err);
    INFO(err.toStdString());
    CHECK(rc == 0);
}

TEST_CASE("restore refuses a data directory or a database that is not empty")
{
    TestServer server;
    startOrFail(server);
    QTemporaryDir backups;
    const QString file = backups.filePath(QStringLiteral("b.zip"));
    takeBackup(server, file);

    int rc = -1;
    QString err;
    server.ctl({QStringLiteral("restore"), file}, {}, &rc, &err);
    CHECK(rc == 1);
    CHECK(err.contains(QStringLiteral("is not empty")));

    // An empty directory, but the database of the running server.
    QTemporaryDir empty;
    const QString database = server.usesPostgres()
                                 ? server.databaseUrl()
                                 : QStringLiteral("sqlite://") + QDir(server.dataDir()).filePath(QStringLiteral("cordial.db"));
    CHECK(runCtl({QStringLiteral("--data-dir"), empty.path(), QStringLiteral("--database"), database,
                  QStringLiteral("restore"), file},
                 nullptr, &err)
          == 1);
    CHECK(err.contains(server.usesPostgres() ? QStringLiteral("is not empty") : QStringLiteral("already exists")));
    CHECK(isEmptyDirectory(empty.path()));

    // The other kind of database.
    const QString other = server.usesPostgres() ? QString() : QStringLiteral("postgresql://cordial@127.0.0.1:1/cordial");
    CHECK(runCtl({QStringLiteral("--data-dir"), empty.path(), QStringLiteral("--database"), other,
                  QStringLiteral("restore"), file},
                 nullptr, &err)
          == 1);
    CHECK(err.contains(server.usesPostgres() ? QStringLiteral("name the empty database")
                                             : QStringLiteral("SQLite backup")));
    CHECK(isEmptyDirectory(empty.path()));
}

TEST_CASE("the server writes a backup at the configured time and keeps the newest N")
{
    QTemporaryDir backups;
    const QDir dir(backups.path());
    // Two older scheduled backups and a file of the administrator's own.
    for (const QString &name : {QStringLiteral("cordial-backup-20200101T023000Z.zip"),
                                QStringLiteral("cordial-backup-20200102T023000Z.zip"), QStringLiteral("notes.txt")}) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("older");
    }
    TestServer server;
    const QString soon = QDateTime::currentDateTime().addSecs(6).toString(QStringLiteral("HH:mm:ss"));
    startOrFail(server, {QStringLiteral("backup/time=") + soon, QStringLiteral("backup/directory=") + backups.path(),
                         QStringLiteral("backup/keep=2")});
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    REQUIRE(call(*admin, QStringLiteral("customers.create"), {{QStringLiteral("name"), QStringLiteral("定时备份客户")}}).ok);

    auto scheduled = [&] {
        QStringList names = dir.entryList({QStringLiteral("cordial-backup-*.zip")}, QDir::Files, QDir::Name);
        names.removeIf([](const QString &n) { return n.startsWith(QLatin1String("cordial-backup-2020")); });
        return names;
    };
    REQUIRE(waitFor([&] { return !scheduled().isEmpty() && server.serverLog().contains(QStringLiteral("backup written")); },
                    60000));
    INFO(server.serverLog().toStdString());
    CHECK(server.serverLog().contains(QStringLiteral("removed older backups: cordial-backup-20200101T023000Z.zip")));
    const QStringList left = dir.entryList(QDir::Files, QDir::Name);
    CHECK(left == QStringList({QStringLiteral("cordial-backup-20200102T023000Z.zip"), scheduled().first(),
                               QStringLiteral("notes.txt")}));
    CHECK(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size() == 3); // no work files left

    QString out;
    QString err;
    CHECK(runCtl({QStringLiteral("verify-backup"), dir.filePath(scheduled().first())}, &out, &err) == 0);
    CHECK(out.contains(server.usesPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")));
    // The server served requests throughout.
    CHECK(call(*admin, QStringLiteral("ping")).ok);
}

TEST_CASE("cordiald refuses to start with a backup time it cannot read")
{
    TestServer server;
    CHECK_FALSE(server.start({QStringLiteral("backup/time=25:00")}));
    CHECK(server.serverLog().contains(QStringLiteral("backup/time")));
}
