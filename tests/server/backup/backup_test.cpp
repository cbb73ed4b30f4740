// The backup file: its manifest, its archive checksum, retention, and the checks of
// verify and restore that need no server.
#include "backup/Archive.h"
#include "backup/Backup.h"
#include "auth/Passwords.h"
#include "db/Migrations.h"
#include "db/Snapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace cordial;
using namespace cordial::server;
using namespace cordial::server::backup;

namespace {

const QString kHash(64, QLatin1Char('a'));

Manifest sampleManifest()
{
    Manifest m;
    m.createdAt = 1795500000123;
    m.cordialVersion = QStringLiteral("0.1.0");
    m.kind = db::Backend::Postgres;
    m.schemaVersion = 3;
    m.auditLastId = 42;
    m.auditLastHash = QString(64, QLatin1Char('b'));
    m.database = {QStringLiteral("database/cordial.pgdump"), 1234, kHash};
    m.files = {{QStringLiteral("files/cordiald.ini"), 10, kHash},
               {QStringLiteral("files/attachments/7/合同.pdf"), 99, QString(64, QLatin1Char('c'))}};
    return m;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A data directory with a migrated SQLite database, TLS files and one attachment.
struct DataDir {
    DataDir()
    {
        REQUIRE(auth::initSodium());
        REQUIRE(dir.isValid());
        url.path = dir.filePath(QStringLiteral("cordial.db"));
        {
            db::ScopedConnection connection(QStringLiteral("backup-test-"));
            auto opened = db::openConnection(url, connection.name());
            REQUIRE(opened.ok());
            REQUIRE(db::migrate(*opened, db::Dialect(db::Backend::Sqlite)).ok());
        }
        writeFile(dir.filePath(QStringLiteral("cordiald.ini")), "[server]\nlisten_port=7443\n");
        writeFile(dir.filePath(QStringLiteral("tls/server.crt")), "certificate");
        writeFile(dir.filePath(QStringLiteral("tls/server.key")), "key");
        writeFile(dir.filePath(QStringLiteral("attachments/7/合同.pdf")), QByteArray(5000, 'x'));
        writeFile(dir.filePath(QStringLiteral("uploads/abc")), "transient");
    }
    Source source() const { return {dir.path(), url}; }

    QTemporaryDir dir;
    db::DatabaseUrl url;
};

// Rewrites a backup with another manifest (and a correct archive checksum).
void rewriteWithManifest(const QString &from, const QString &to, const QByteArray &manifest,
                         const QString &extraEntry = {})
{
    ArchiveReader reader;
    REQUIRE(reader.open(from).ok());
    ArchiveWriter writer(to);
    REQUIRE(writer.open().ok());
    for (const QString &entry : reader.entries()) {
        if (entry == kManifestEntry)
            continue;
        auto data = reader.readSmall(entry, 64 * 1024 * 1024);
        REQUIRE(data.ok());
        REQUIRE(writer.addBytes(entry, *data).ok());
    }
    if (!extraEntry.isEmpty())
        REQUIRE(writer.addBytes(extraEntry, "surprise").ok());
    REQUIRE(writer.addBytes(kManifestEntry, manifest).ok());
    REQUIRE(writer.finish().ok());
}

} // namespace

TEST_CASE("a manifest survives its JSON form unchanged")
{
    const Manifest m = sampleManifest();
    auto parsed = Manifest::fromJson(m.toJson());
    REQUIRE(parsed.ok());
    CHECK(parsed->toJson() == m.toJson());
    CHECK(parsed->createdAt == m.createdAt);
    CHECK(parsed->kind == db::Backend::Postgres);
    CHECK(parsed->auditLastId == 42);
    REQUIRE(parsed->payload().size() == 3);
    CHECK(parsed->payload().first().entry == QStringLiteral("database/cordial.pgdump"));
    CHECK(parsed->files.at(1).entry == QStringLiteral("files/attachments/7/合同.pdf"));
    const QJsonObject json = QJsonDocument::fromJson(m.toJson()).object();
    CHECK(json.value(QStringLiteral("created_at")).toString() == db::isoTime(m.createdAt));
    CHECK(json.value(QStringLiteral("database")).toObject().value(QStringLiteral("kind")).toString()
          == QStringLiteral("postgresql"));
}

TEST_CASE("a manifest with a wrong, unsafe or missing field is refused and says which")
{
    struct Case {
        const char *what;
        std::function<void(QJsonObject &)> change;
        const char *message;
    };
    auto setFile = [](QJsonObject &o, const QString &key, const QJsonValue &value) {
        QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QJsonObject first = files.at(0).toObject();
        first.insert(key, value);
        files.replace(0, first);
        o.insert(QStringLiteral("files"), files);
    };
    const QList<Case> cases{
        {"not a backup", [](QJsonObject &o) { o.insert(QStringLiteral("format"), QStringLiteral("zip")); }, "format"},
        {"newer format", [](QJsonObject &o) { o.insert(QStringLiteral("format_version"), 2); }, "use a newer Cordial"},
        {"no time", [](QJsonObject &o) { o.remove(QStringLiteral("created_at")); }, "created_at"},
        {"no schema", [](QJsonObject &o) { o.insert(QStringLiteral("schema_version"), 0); }, "schema_version"},
        {"bad audit hash", [](QJsonObject &o) {
             o.insert(QStringLiteral("audit_head"), QJsonObject{{QStringLiteral("last_id"), 1}, {QStringLiteral("last_hash"), QStringLiteral("xyz")}});
         }, "audit_head"},
        {"unknown kind", [](QJsonObject &o) {
             QJsonObject d = o.value(QStringLiteral("database")).toObject();
             d.insert(QStringLiteral("kind"), QStringLiteral("oracle"));
             o.insert(QStringLiteral("database"), d);
         }, "oracle"},
        {"kind and entry disagree", [](QJsonObject &o) {
             QJsonObject d = o.value(QStringLiteral("database")).toObject();
             d.insert(QStringLiteral("kind"), QStringLiteral("sqlite"));
             o.insert(QStringLiteral("database"), d);
         }, "database/cordial.db"},
        {"escaping path", [&](QJsonObject &o) { setFile(o, QStringLiteral("entry"), QStringLiteral("files/../../etc/passwd")); }, "entry path"},
        {"absolute path", [&](QJsonObject &o) { setFile(o, QStringLiteral("entry"), QStringLiteral("/etc/passwd")); }, "entry path"},
        {"outside files/", [&](QJsonObject &o) { setFile(o, QStringLiteral("entry"), QStringLiteral("cordiald.ini")); }, "not a data directory file"},
        {"not a backed-up file", [&](QJsonObject &o) { setFile(o, QStringLiteral("entry"), QStringLiteral("files/cordial.db")); }, "not a data directory file"},
        {"upload", [&](QJsonObject &o) { setFile(o, QStringLiteral("entry"), QStringLiteral("files/uploads/abc")); }, "not a data directory file"},
        {"negative size", [&](QJsonObject &o) { setFile(o, QStringLiteral("size"), -1); }, "size"},
        {"fractional size", [&](QJsonObject &o) { setFile(o, QStringLiteral("size"), 1.5); }, "size"},
        {"upper-case hash", [&](QJsonObject &o) { setFile(o, QStringLiteral("sha256"), QString(64, QLatin1Char('A'))); }, "sha256"},
        {"listed twice", [](QJsonObject &o) {
             QJsonArray files = o.value(QStringLiteral("files")).toArray();
             files.append(files.at(0));
             o.insert(QStringLiteral("files"), files);
         }, "listed twice"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QJsonObject o = QJsonDocument::fromJson(sampleManifest().toJson()).object();
        c.change(o);
        auto parsed = Manifest::fromJson(QJsonDocument(o).toJson());
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == protocol::ErrorCode::Invalid);
        CHECK(parsed.error().message.contains(QString::fromUtf8(c.message)));
    }
    CHECK_FALSE(Manifest::fromJson("not json").ok());
}

TEST_CASE("scheduled backups are named by their UTC time and retention keeps the newest, touching no other file")
{
    CHECK(scheduledName(QDateTime(QDate(2026, 11, 24), QTime(2, 30, 5), Qt::UTC).toMSecsSinceEpoch())
          == QStringLiteral("cordial-backup-20261124T023005Z.zip"));
    CHECK(isScheduledName(QStringLiteral("cordial-backup-20261124T023005Z.zip")));
    CHECK_FALSE(isScheduledName(QStringLiteral("cordial-backup-20261124T023005Z.zip.tmp")));
    CHECK_FALSE(isScheduledName(QStringLiteral("before-upgrade.zip")));
    const QStringList names{QStringLiteral("cordial-backup-20261126T023000Z.zip"),
                            QStringLiteral("before-upgrade.zip"),
                            QStringLiteral("cordial-backup-20261124T023000Z.zip"),
                            QStringLiteral("cordial-backup-20261125T023000Z.zip"),
                            QStringLiteral("notes.txt")};
    CHECK(beyondRetention(names, 2) == QStringList{QStringLiteral("cordial-backup-20261124T023000Z.zip")});
    CHECK(beyondRetention(names, 1)
          == QStringList({QStringLiteral("cordial-backup-20261124T023000Z.zip"),
                          QStringLiteral("cordial-backup-20261125T023000Z.zip")}));
    CHECK(beyondRetention(names, 3).isEmpty());
    CHECK(beyondRetention(names, 0).size() == 2); // at least the newest stays
}

TEST_CASE("changing any single byte of a backup archive is found before anything is read from it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.zip"));
    {
        ArchiveWriter writer(path);
        REQUIRE(writer.open().ok());
        REQUIRE(writer.addBytes(QStringLiteral("database/cordial.db"), QByteArray(300, 'd')).ok());
        REQUIRE(writer.addBytes(QStringLiteral("files/tls/server.key"), "secret").ok());
        REQUIRE(writer.addBytes(kManifestEntry, "{}").ok());
        REQUIRE(writer.finish().ok());
    }
    const QByteArray original = readFile(path);
    {
        ArchiveReader reader;
        REQUIRE(reader.open(path).ok());
        CHECK(reader.entries().size() == 3);
        auto key = reader.readSmall(QStringLiteral("files/tls/server.key"), 100);
        REQUIRE(key.ok());
        CHECK(*key == "secret");
    }
    int refused = 0;
    for (qsizetype i = 0; i < original.size(); ++i) {
        QByteArray changed = original;
        changed[i] = char(changed.at(i) ^ 0x20);
        const QString flipped = dir.filePath(QStringLiteral("flipped.zip"));
        QFile::remove(flipped);
        writeFile(flipped, changed);
        ArchiveReader reader;
        auto opened = reader.open(flipped);
        if (!opened.ok() && opened.error().code == protocol::ErrorCode::Invalid)
            ++refused;
        else
            FAIL_CHECK("byte " << i << " changed and not found");
    }
    CHECK(refused == original.size());
    writeFile(dir.filePath(QStringLiteral("short.zip")), original.left(original.size() - 1));
    ArchiveReader shortened;
    auto opened = shortened.open(dir.filePath(QStringLiteral("short.zip")));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("not a Cordial backup")));
}

TEST_CASE("a backup holds the database, the settings, TLS files and attachments, and verifies")
{
    DataDir data;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("b.zip"));
    auto written = writeBackup(data.source(), file);
    REQUIRE(written.ok());
    CHECK(written->manifest.kind == db::Backend::Sqlite);
    CHECK(written->manifest.schemaVersion == db::latestSchemaVersion());
    CHECK(written->manifest.auditLastHash == QString(64, QLatin1Char('0')));
    QStringList files;
    for (const ManifestEntry &f : written->manifest.files)
        files << f.entry;
    CHECK(files == QStringList({QStringLiteral("files/attachments/7/合同.pdf"), QStringLiteral("files/cordiald.ini"),
                                QStringLiteral("files/tls/server.crt"), QStringLiteral("files/tls/server.key")}));
    CHECK(QFile::permissions(file) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    // Nothing but the finished backup is left beside it.
    CHECK(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) == QStringList{QStringLiteral("b.zip")});

    auto verified = verifyBackup(file);
    REQUIRE(verified.ok());
    CHECK(verified->auditRows == 0);
    CHECK(verified->manifest.toJson() == written->manifest.toJson());

    auto again = writeBackup(data.source(), file);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == protocol::ErrorCode::Conflict);
}

TEST_CASE("a cancelled backup leaves nothing behind")
{
    DataDir data;
    QTemporaryDir out;
    const std::atomic<bool> cancel{true};
    auto written = writeBackup(data.source(), out.filePath(QStringLiteral("b.zip")), &cancel);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("cancelled")));
    CHECK(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

TEST_CASE("an archive whose content differs from its manifest, or holds more, is refused")
{
    DataDir data;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("b.zip"));
    auto written = writeBackup(data.source(), file);
    REQUIRE(written.ok());

    Manifest wrongHash = written->manifest;
    wrongHash.files[0].sha256 = QString(64, QLatin1Char('0'));
    rewriteWithManifest(file, out.filePath(QStringLiteral("hash.zip")), wrongHash.toJson());
    auto verified = verifyBackup(out.filePath(QStringLiteral("hash.zip")));
    REQUIRE_FALSE(verified.ok());
    CHECK(verified.error().field == QStringLiteral("backup"));
    CHECK(verified.error().message.contains(QStringLiteral("files/attachments/7/合同.pdf does not match the manifest")));

    rewriteWithManifest(file, out.filePath(QStringLiteral("extra.zip")), written->manifest.toJson(),
                        QStringLiteral("files/extra.txt"));
    verified = verifyBackup(out.filePath(QStringLiteral("extra.zip")));
    REQUIRE_FALSE(verified.ok());
    CHECK(verified.error().message.contains(QStringLiteral("files/extra.txt, which the manifest does not list")));

    Manifest wrongHead = written->manifest;
    wrongHead.auditLastId = 7;
    rewriteWithManifest(file, out.filePath(QStringLiteral("head.zip")), wrongHead.toJson());
    verified = verifyBackup(out.filePath(QStringLiteral("head.zip")));
    REQUIRE_FALSE(verified.ok());
    CHECK(verified.error().message.contains(QStringLiteral("does not match the manifest")));

    // Restore refuses the same files and leaves the target as it was.
    QTemporaryDir target;
    auto restored = restoreBackup(out.filePath(QStringLiteral("hash.zip")), target.path(), {});
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().field == QStringLiteral("backup"));
    CHECK(QDir(target.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

TEST_CASE("a backup is restored into a new or empty data directory only, as the database kind it holds")
{
    DataDir data;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("b.zip"));
    REQUIRE(writeBackup(data.source(), file).ok());

    auto intoFull = restoreBackup(file, data.dir.path(), {});
    REQUIRE_FALSE(intoFull.ok());
    CHECK(intoFull.error().code == protocol::ErrorCode::Conflict);
    CHECK(intoFull.error().message.contains(QStringLiteral("is not empty")));

    const QString fresh = out.filePath(QStringLiteral("new/data"));
    auto wrongKind = restoreBackup(file, fresh, QStringLiteral("postgresql://cordial@127.0.0.1:1/cordial"));
    REQUIRE_FALSE(wrongKind.ok());
    CHECK(wrongKind.error().message.contains(QStringLiteral("SQLite backup")));
    CHECK_FALSE(QFileInfo::exists(fresh));

    auto restored = restoreBackup(file, fresh, {});
    REQUIRE(restored.ok());
    CHECK(restored->warning.isEmpty());
    CHECK(readFile(QDir(fresh).filePath(QStringLiteral("attachments/7/合同.pdf"))) == QByteArray(5000, 'x'));
    CHECK(readFile(QDir(fresh).filePath(QStringLiteral("tls/server.key"))) == "key");
    CHECK_FALSE(QFileInfo::exists(QDir(fresh).filePath(QStringLiteral("uploads"))));
    CHECK(QFileInfo::exists(QDir(fresh).filePath(QStringLiteral("cordial.db"))));
}
