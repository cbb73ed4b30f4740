// A full disk under cordiald: its data directory lives on a small tmpfs that the
// test fills to the last byte. SQLite only: on PostgreSQL the database is not in
// the data directory (docs/reliability.md).
#include "TestServer.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

// A tmpfs of a fixed size mounted on a temporary directory; mounting needs root
// (CAP_SYS_ADMIN), which CI has. A test that cannot mount it fails: it never passes
// without having filled a disk.
class SmallFileSystem
{
public:
    explicit SmallFileSystem(qint64 bytes)
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary directory");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
        if (::mount("cordial-disk-full", path().constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0) {
            m_error = QStringLiteral("cannot mount a tmpfs on %1: %2 (the disk-full test needs root)")
                          .arg(m_dir.path(), QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~SmallFileSystem()
    {
        if (m_mounted)
            ::umount2(path().constData(), MNT_DETACH);
    }

    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }
    QString dir() const { return m_dir.path(); }

    qint64 freeBytes() const
    {
        struct statvfs s {};
        return ::statvfs(path().constData(), &s) == 0 ? qint64(s.f_bavail) * qint64(s.f_frsize) : -1;
    }

    // Writes a file until the file system refuses; returns the errno of the refusal.
    int fill()
    {
        const int fd = ::open(fillerPath().constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return errno;
        const QByteArray chunk(64 * 1024, 'x');
        int error = 0;
        while (error == 0) {
            if (::write(fd, chunk.constData(), size_t(chunk.size())) < 0)
                error = errno;
        }
        ::close(fd);
        return error;
    }

    bool freeSpace() { return ::unlink(fillerPath().constData()) == 0; }

private:
    QByteArray path() const { return QFile::encodeName(m_dir.path()); }
    QByteArray fillerPath() const { return path() + "/filler"; }

    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_error;
};

// The server's own reply: neither a dropped link nor a wait that timed out (both
// of which client::Connection and call() would also report as `internal`).
struct Link {
    client::Connection &connection;
    bool dropped = false;

    explicit Link(client::Connection &c) : connection(c)
    {
        QObject::connect(&c, &client::Connection::stateChanged, &c, [this](client::Connection::State state) {
            if (state != client::Connection::State::Authenticated)
                dropped = true;
        });
    }

    protocol::Reply answer(const QString &op, const QCborMap &args)
    {
        std::optional<protocol::Reply> reply;
        connection.request(op, args, [&reply](const protocol::Reply &r) { reply = r; });
        const bool answered = waitFor([&] { return reply.has_value() || dropped; }, 30000);
        INFO(op.toStdString());
        REQUIRE(answered);  // a hang
        REQUIRE(!dropped);  // a dropped connection
        return *reply;
    }
};

struct Customer {
    qint64 id = 0;
    qint64 version = 0;
    QString name;
    QString notes;
};

// Notes of 18000 characters (about 50 KB): the write-ahead log soon needs more room than there is.
QCborMap newCustomer(int n)
{
    QString notes = QStringLiteral("磁盘已满 %1").arg(n);
    while (notes.size() < 18000)
        notes += QStringLiteral(" 客户备注 %1").arg(notes.size());
    return {{QStringLiteral("name"), QStringLiteral("满盘客户 %1 号").arg(n)}, // "1 号" is no part of "10 号"
            {QStringLiteral("notes"), notes},
            {QStringLiteral("allow_duplicate"), true}};
}

void expectStored(Link &link, const QList<Customer> &committed)
{
    for (const Customer &c : committed) {
        const auto r = link.answer(QStringLiteral("customers.get"), {{QStringLiteral("id"), c.id}});
        INFO(c.name.toStdString() + ": " + r.error.message.toStdString());
        REQUIRE(r.ok);
        const QCborMap got = r.result.toMap();
        CHECK(got.value(QStringLiteral("version")).toInteger() == c.version);
        CHECK(got.value(QStringLiteral("name")).toString() == c.name);
        const bool sameNotes = got.value(QStringLiteral("notes")).toString() == c.notes; // too long to print
        CHECK(sameNotes);
    }
}

qint64 countNamed(Link &link, const QString &name)
{
    const auto r = link.answer(QStringLiteral("customers.list"),
                               {{QStringLiteral("filters"), QCborMap{{QStringLiteral("name"), name}}},
                                {QStringLiteral("columns"), QCborArray{QStringLiteral("name")}}});
    INFO(r.error.message.toStdString());
    REQUIRE(r.ok);
    return r.result.toMap().value(QStringLiteral("total")).toInteger();
}

// The database must live on the small disk: SQLite in the data directory.
void startOnSmallDisk(TestServer &server)
{
    REQUIRE(server.start());
    REQUIRE(!server.usesPostgres());
}

Customer created(const QCborMap &args, const protocol::Reply &r)
{
    const QCborMap result = r.result.toMap();
    return {result.value(QStringLiteral("id")).toInteger(), result.value(QStringLiteral("version")).toInteger(),
            args.value(QStringLiteral("name")).toString(), args.value(QStringLiteral("notes")).toString()};
}

} // namespace

TEST_CASE("a full disk answers internal to the writer, loses nothing committed, keeps serving reads and "
          "takes writes again once space is freed")
{
    SmallFileSystem disk(24 * 1024 * 1024);
    INFO(disk.error().toStdString());
    REQUIRE(disk.mounted());
    TestServer server(disk.dir());
    startOnSmallDisk(server);
    auto connection = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(connection);
    Link link(*connection);

    QList<Customer> committed;
    int next = 0;
    for (; next < 10; ++next) {
        const QCborMap args = newCustomer(next);
        const auto r = link.answer(QStringLiteral("customers.create"), args);
        INFO(r.error.message.toStdString());
        REQUIRE(r.ok);
        committed.append(created(args, r));
    }

    REQUIRE(disk.fill() == ENOSPC);
    REQUIRE(disk.freeBytes() == 0);

    // The log may still have room from before; sooner or later a write needs more.
    std::optional<protocol::Reply> refused;
    QString refusedName;
    for (; next < 1000 && !refused; ++next) {
        const QCborMap args = newCustomer(next);
        const auto r = link.answer(QStringLiteral("customers.create"), args);
        if (r.ok) {
            committed.append(created(args, r));
        } else {
            refused = r;
            refusedName = args.value(QStringLiteral("name")).toString();
        }
    }
    REQUIRE(refused);
    INFO(refused->error.message.toStdString());
    CHECK(refused->error.code == ErrorCode::Internal);
    CHECK(server.isRunning());

    // Other writes while the disk stays full: each answered, `internal` or done.
    for (int i = 0; i < 5; ++i) {
        Customer &c = committed[i];
        const QString notes = c.notes + QStringLiteral(" 又改 %1").arg(i);
        const auto r = link.answer(QStringLiteral("customers.update"), {{QStringLiteral("id"), c.id},
                                                                       {QStringLiteral("version"), c.version},
                                                                       {QStringLiteral("notes"), notes}});
        INFO(r.error.message.toStdString());
        REQUIRE((r.ok || r.error.code == ErrorCode::Internal));
        if (r.ok) {
            c.version = r.result.toMap().value(QStringLiteral("version")).toInteger();
            c.notes = notes;
        }
    }

    // Reads go on: every customer committed, the list, the search; nothing of the refused one.
    expectStored(link, committed);
    CHECK(countNamed(link, QStringLiteral("满盘客户")) == committed.size());
    CHECK(countNamed(link, refusedName) == 0);
    const auto found = link.answer(QStringLiteral("customers.search"), {{QStringLiteral("query"), committed.first().name}});
    REQUIRE(found.ok);
    CHECK(found.result.toMap().value(QStringLiteral("items")).toArray().size() >= 1);

    // Space again: writes are taken at once, on the same connection.
    REQUIRE(disk.freeSpace());
    for (int i = 0; i < 3; ++i, ++next) {
        const QCborMap args = newCustomer(next);
        const auto r = link.answer(QStringLiteral("customers.create"), args);
        INFO(r.error.message.toStdString());
        REQUIRE(r.ok);
        committed.append(created(args, r));
    }
    Customer &first = committed.first();
    const auto updated = link.answer(QStringLiteral("customers.update"), {{QStringLiteral("id"), first.id},
                                                                         {QStringLiteral("version"), first.version},
                                                                         {QStringLiteral("notes"), QStringLiteral("有空间了")}});
    INFO(updated.error.message.toStdString());
    REQUIRE(updated.ok);
    first.version = updated.result.toMap().value(QStringLiteral("version")).toInteger();
    first.notes = QStringLiteral("有空间了");
    CHECK(!link.dropped);

    // After a restart everything committed is there, whole.
    connection.reset();
    server.stop();
    REQUIRE(server.start());
    connection = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(connection);
    Link again(*connection);
    expectStored(again, committed);
    CHECK(countNamed(again, QStringLiteral("满盘客户")) == committed.size());
    int rc = -1;
    QString out = server.ctl({QStringLiteral("check")}, {}, &rc);
    INFO(out.toStdString());
    CHECK(rc == 0);
    out = server.ctl({QStringLiteral("audit"), QStringLiteral("verify")}, {}, &rc);
    INFO(out.toStdString());
    CHECK(rc == 0);
}

TEST_CASE("a server killed while its disk is full loses nothing committed")
{
    SmallFileSystem disk(16 * 1024 * 1024);
    INFO(disk.error().toStdString());
    REQUIRE(disk.mounted());
    TestServer server(disk.dir());
    startOnSmallDisk(server);
    auto connection = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(connection);
    Link link(*connection);
    QList<Customer> committed;
    int next = 0;
    for (; next < 5; ++next) {
        const QCborMap args = newCustomer(next);
        const auto r = link.answer(QStringLiteral("customers.create"), args);
        INFO(r.error.message.toStdString());
        REQUIRE(r.ok);
        committed.append(created(args, r));
    }
    REQUIRE(disk.fill() == ENOSPC);
    std::optional<protocol::Reply> refused;
    for (; next < 1000 && !refused; ++next) {
        const QCborMap args = newCustomer(next);
        const auto r = link.answer(QStringLiteral("customers.create"), args);
        if (r.ok)
            committed.append(created(args, r));
        else
            refused = r;
    }
    REQUIRE(refused);
    CHECK(refused->error.code == ErrorCode::Internal);

    // Killed while the disk is full, then started on a disk with room.
    connection.reset();
    server.kill();
    REQUIRE(disk.freeSpace());
    REQUIRE(server.start());
    connection = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(connection);
    Link again(*connection);
    expectStored(again, committed);
    CHECK(countNamed(again, QStringLiteral("满盘客户")) == committed.size());
    int rc = -1;
    QString out = server.ctl({QStringLiteral("check")}, {}, &rc);
    INFO(out.toStdString());
    CHECK(rc == 0);
    out = server.ctl({QStringLiteral("audit"), QStringLiteral("verify")}, {}, &rc);
    INFO(out.toStdString());
    CHECK(rc == 0);
}

TEST_CASE("an upload chunk on a full disk is answered internal and leaves the upload as it was")
{
    SmallFileSystem disk(8 * 1024 * 1024);
    INFO(disk.error().toStdString());
    REQUIRE(disk.mounted());
    TestServer server(disk.dir());
    startOnSmallDisk(server);
    auto connection = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(connection);
    Link link(*connection);

    // A CSV file in two chunks of about 10 KB: more than the free end of a file's
    // last page, less than what QFile buffers before it writes.
    QByteArray first = "客户名称,手机\n";
    QByteArray second;
    for (int i = 0; i < 400; ++i)
        (i < 200 ? first : second) += QStringLiteral("满盘导入 %1,1390000%2\n").arg(i).arg(i, 4, 10, QLatin1Char('0')).toUtf8();
    const auto started = link.answer(QStringLiteral("files.upload"), {{QStringLiteral("data"), first},
                                                                      {QStringLiteral("name"), QStringLiteral("满盘.csv")}});
    INFO(started.error.message.toStdString());
    REQUIRE(started.ok);
    const QString uploadId = started.result.toMap().value(QStringLiteral("upload_id")).toString();

    REQUIRE(disk.fill() == ENOSPC);
    const auto appended = link.answer(QStringLiteral("files.upload"), {{QStringLiteral("upload_id"), uploadId},
                                                                       {QStringLiteral("data"), second},
                                                                       {QStringLiteral("done"), true}});
    CHECK(!appended.ok);
    CHECK(appended.error.code == ErrorCode::Internal);
    const auto fresh = link.answer(QStringLiteral("files.upload"), {{QStringLiteral("data"), first}});
    CHECK(!fresh.ok);
    CHECK(fresh.error.code == ErrorCode::Internal);

    // With room again the same chunk is sent once more; the file is the two chunks, once each.
    REQUIRE(disk.freeSpace());
    const auto retried = link.answer(QStringLiteral("files.upload"), {{QStringLiteral("upload_id"), uploadId},
                                                                      {QStringLiteral("data"), second},
                                                                      {QStringLiteral("done"), true}});
    INFO(retried.error.message.toStdString());
    REQUIRE(retried.ok);
    CHECK(retried.result.toMap().value(QStringLiteral("size")).toInteger() == first.size() + second.size());
    const auto preview = link.answer(QStringLiteral("customers.import_preview"), {{QStringLiteral("upload_id"), uploadId}});
    INFO(preview.error.message.toStdString());
    REQUIRE(preview.ok);
    CHECK(preview.result.toMap().value(QStringLiteral("rows")).toInteger() == 400);
    CHECK(preview.result.toMap().value(QStringLiteral("valid_rows")).toInteger() == 400);
}
