#include "backup/Manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace cordial::server::backup {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

const QString kFormat = QStringLiteral("cordial-backup");

QJsonObject entryJson(const ManifestEntry &e)
{
    return {{QStringLiteral("entry"), e.entry}, {QStringLiteral("size"), e.size}, {QStringLiteral("sha256"), e.sha256}};
}

protocol::Error bad(const QString &what)
{
    return makeError(ErrorCode::Invalid, QStringLiteral("the manifest is not valid: %1").arg(what),
                     QStringLiteral("manifest"));
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

// A JSON number that is a whole number (JSON has doubles only; 2^53 is plenty for sizes and ids).
std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 9007199254740992.0 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

protocol::Result<ManifestEntry> parseEntry(const QJsonValue &value, const QString &where)
{
    const QJsonObject o = value.toObject();
    ManifestEntry e;
    e.entry = o.value(QStringLiteral("entry")).toString();
    const auto size = wholeNumber(o.value(QStringLiteral("size")));
    e.sha256 = o.value(QStringLiteral("sha256")).toString();
    if (!value.isObject() || !isSafeEntryPath(e.entry))
        return bad(QStringLiteral("%1 has no valid entry path").arg(where));
    if (!size)
        return bad(QStringLiteral("%1 has no valid size").arg(e.entry));
    e.size = *size;
    if (!isSha256Hex(e.sha256))
        return bad(QStringLiteral("%1 has no valid sha256").arg(e.entry));
    return e;
}

} // namespace

QString backendName(db::Backend backend)
{
    return backend == db::Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString databaseEntry(db::Backend backend)
{
    return backend == db::Backend::Sqlite ? QStringLiteral("database/cordial.db")
                                          : QStringLiteral("database/cordial.pgdump");
}

bool isSafeEntryPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || path.contains(QChar(0)))
        return false;
    for (const QString &part : path.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

bool isBackedUpPath(const QString &relative)
{
    if (!isSafeEntryPath(relative))
        return false;
    if (relative == kSettingsFile)
        return true;
    for (const QString &folder : kBackedUpFolders)
        if (relative.startsWith(folder + QLatin1Char('/')))
            return true;
    return false;
}

QList<ManifestEntry> Manifest::payload() const
{
    return QList<ManifestEntry>{database} + files;
}

QByteArray Manifest::toJson() const
{
    QJsonArray fileList;
    for (const ManifestEntry &f : files)
        fileList.append(entryJson(f));
    QJsonObject databaseJson = entryJson(database);
    databaseJson.insert(QStringLiteral("kind"), backendName(kind));
    const QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("created_at"), db::isoTime(createdAt)},
        {QStringLiteral("cordial_version"), cordialVersion},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("audit_head"),
         QJsonObject{{QStringLiteral("last_id"), auditLastId}, {QStringLiteral("last_hash"), auditLastHash}}},
        {QStringLiteral("database"), databaseJson},
        {QStringLiteral("files"), fileList},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

protocol::Result<Manifest> Manifest::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return bad(QStringLiteral("format is not \"%1\"").arg(kFormat));
    const auto version = wholeNumber(o.value(QStringLiteral("format_version")));
    if (!version || *version < 1)
        return bad(QStringLiteral("no valid format_version"));
    if (*version > kFormatVersion)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the backup has format version %1; this program reads version %2: use a newer Cordial")
                             .arg(*version)
                             .arg(kFormatVersion),
                         QStringLiteral("manifest"));

    Manifest m;
    const auto created = db::parseIsoTime(o.value(QStringLiteral("created_at")).toString());
    if (!created)
        return bad(QStringLiteral("no valid created_at"));
    m.createdAt = *created;
    m.cordialVersion = o.value(QStringLiteral("cordial_version")).toString();
    const auto schema = wholeNumber(o.value(QStringLiteral("schema_version")));
    if (!schema || *schema < 1)
        return bad(QStringLiteral("no valid schema_version"));
    m.schemaVersion = int(*schema);
    const QJsonObject head = o.value(QStringLiteral("audit_head")).toObject();
    const auto lastId = wholeNumber(head.value(QStringLiteral("last_id")));
    m.auditLastHash = head.value(QStringLiteral("last_hash")).toString();
    if (!lastId || !isSha256Hex(m.auditLastHash))
        return bad(QStringLiteral("no valid audit_head"));
    m.auditLastId = *lastId;

    const QJsonObject database = o.value(QStringLiteral("database")).toObject();
    const QString kind = database.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("sqlite"))
        m.kind = db::Backend::Sqlite;
    else if (kind == QLatin1String("postgresql"))
        m.kind = db::Backend::Postgres;
    else
        return bad(QStringLiteral("unknown database kind \"%1\"").arg(kind));
    auto databaseItem = parseEntry(database, QStringLiteral("database"));
    if (!databaseItem)
        return databaseItem.error();
    m.database = *databaseItem;
    if (m.database.entry != databaseEntry(m.kind))
        return bad(QStringLiteral("a %1 database must be the entry %2").arg(kind, databaseEntry(m.kind)));

    if (!o.value(QStringLiteral("files")).isArray())
        return bad(QStringLiteral("no files list"));
    QSet<QString> seen;
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray()) {
        auto file = parseEntry(v, QStringLiteral("a file"));
        if (!file)
            return file.error();
        if (!file->entry.startsWith(kFilesPrefix) || !isBackedUpPath(file->entry.mid(kFilesPrefix.size())))
            return bad(QStringLiteral("%1 is not a data directory file a backup holds").arg(file->entry));
        if (seen.contains(file->entry))
            return bad(QStringLiteral("%1 is listed twice").arg(file->entry));
        seen.insert(file->entry);
        m.files.append(*file);
    }
    return m;
}

} // namespace cordial::server::backup
