// Every argument docs/protocol.md documents for every op of the op table, sent with
// values of every wrong type: the answer is `invalid` naming the argument (or, for a
// caller without the right or the record, `forbidden` / `not_found` where that comes
// first), never `internal`, never success and never a dropped connection, while a
// bystander keeps its usual round trip.
#include "Bystander.h"
#include "Fixtures.h"
#include "RawClient.h"

#include "net/OpTable.h"

#include <QCborArray>
#include <QFile>
#include <QRegularExpression>

#include <functional>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

// CBOR types an argument may take, as a set.
enum Kind : unsigned {
    Int = 1,
    Double = 2,
    Bool = 4,
    Text = 8,
    Bytes = 16,
    Array = 32,
    Map = 64,
    Tagged = 128, // never right: no argument takes a tagged value
};

struct Probe {
    Kind kind;
    QCborValue value;
};

// One value of each type; an argument gets every one whose type it does not take.
const QList<Probe> &probes()
{
    static const QList<Probe> list{
        {Int, 7},
        {Double, 2.5},
        {Bool, true},
        {Text, QStringLiteral("wrong type")},
        {Bytes, QByteArray("\x01\x02", 2)},
        {Array, QCborArray{1, QStringLiteral("x")}},
        {Map, QCborMap{{QStringLiteral("x"), 1}}},
        {Tagged, QCborValue(QCborTag(1000), 7)},
    };
    return list;
}

// The keys of one `{...}` argument block of docs/protocol.md. A token is a key, an
// alternative of keys (`ids | by`) or a catalog expansion (`...fields`, `...contact
// fields`); what follows a key's `?` or `:` is its type, not a key.
QStringList keysOfBlock(const QString &block, const QStringList &customerFields, const QStringList &contactFields)
{
    QStringList tokens;
    int depth = 0;
    bool quoted = false;
    QString current;
    for (const QChar ch : block) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && (ch == QLatin1Char('[') || ch == QLatin1Char('{') || ch == QLatin1Char('(')))
            ++depth;
        if (!quoted && (ch == QLatin1Char(']') || ch == QLatin1Char('}') || ch == QLatin1Char(')')))
            --depth;
        if (!quoted && depth == 0 && ch == QLatin1Char(',')) {
            tokens << current;
            current.clear();
        } else {
            current += ch;
        }
    }
    tokens << current;

    static const QRegularExpression identifier(QStringLiteral("^([a-z_][a-z0-9_]*)(.*)$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    // Type words that may stand after a `|` (`parent_id: uint | null?`).
    static const QStringList typeWords{QStringLiteral("null"), QStringLiteral("uint"), QStringLiteral("text"),
                                       QStringLiteral("bool"), QStringLiteral("bytes"), QStringLiteral("time")};
    QStringList keys;
    for (QString token : tokens) {
        token = token.simplified();
        if (token.startsWith(QLatin1String("..."))) {
            keys << (token.contains(QLatin1String("contact")) ? contactFields : customerFields);
            continue;
        }
        bool bare = true; // the first alternative was a key without a type
        bool first = true;
        for (QString alternative : token.split(QLatin1Char('|'))) {
            alternative = alternative.trimmed();
            const auto m = identifier.match(alternative);
            const QString rest = m.captured(2).trimmed();
            if (m.hasMatch() && !typeWords.contains(m.captured(1))
                && (first || bare || rest.startsWith(QLatin1Char('?'))))
                keys << m.captured(1);
            if (first)
                bare = m.hasMatch() && !rest.startsWith(QLatin1Char(':')) && !rest.startsWith(QLatin1String("?:"));
            first = false;
        }
    }
    keys.removeDuplicates();
    return keys;
}

// op -> documented argument keys, from the "Args `{...}`" clause of each op's section.
QHash<QString, QStringList> documentedArgs(const QStringList &customerFields, const QStringList &contactFields)
{
    QFile doc(QStringLiteral(CORDIAL_SOURCE_DIR "/docs/protocol.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    static const QRegularExpression heading(QStringLiteral("^#### `([a-z_.]+)`(?: / `([a-z_.]+)`)?"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression nextHeading(QStringLiteral("^###"), QRegularExpression::MultilineOption);
    QHash<QString, QStringList> result;
    for (auto it = heading.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype start = m.capturedEnd();
        const auto end = nextHeading.match(text, start);
        const QString section = text.mid(start, end.hasMatch() ? end.capturedStart() - start : -1);
        const qsizetype args = section.indexOf(QLatin1String("Args `"));
        if (args < 0)
            continue;
        // The backticked blocks from "Args" to the first full stop outside backticks.
        QStringList keys;
        bool inside = false;
        QString span;
        for (qsizetype i = args + 5; i < section.size(); ++i) {
            const QChar ch = section.at(i);
            if (ch == QLatin1Char('`')) {
                if (inside && span.startsWith(QLatin1Char('{')) && span.endsWith(QLatin1Char('}')))
                    keys << keysOfBlock(span.mid(1, span.size() - 2), customerFields, contactFields);
                inside = !inside;
                span.clear();
            } else if (inside) {
                span += ch;
            } else if (ch == QLatin1Char('.')) {
                break;
            }
        }
        keys.removeDuplicates();
        result.insert(m.captured(1), keys);
        if (!m.captured(2).isEmpty())
            result.insert(m.captured(2), keys);
    }
    return result;
}

// The CBOR types a catalog field takes (docs/protocol.md, "Values by field type").
unsigned fieldKinds(const QCborMap &field)
{
    if (field.value(QStringLiteral("read_only")).toBool())
        return 0;
    const QString type = field.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("money"))
        return Int | Double | Text;
    if (type == QLatin1String("integer"))
        return Int | Text;
    if (type == QLatin1String("multi_choice"))
        return Array | Text;
    if (type == QLatin1String("user") || type == QLatin1String("department"))
        return Int;
    if (type == QLatin1String("boolean"))
        return Bool;
    if (type == QLatin1String("datetime"))
        return 0;
    return Text;
}

// The CBOR types each documented argument takes; per op where the same name differs.
unsigned argumentKinds(const QString &op, const QString &key, const QHash<QString, unsigned> &customerFields,
                       const QHash<QString, unsigned> &contactFields)
{
    static const QHash<QString, unsigned> perOp{
        {QStringLiteral("customers.recall/to"), Int},
        {QStringLiteral("customers.assign/to"), Int | Array},
        {QStringLiteral("customers.history/cursor"), Int},
        {QStringLiteral("audit.list/to"), Text},
        {QStringLiteral("notifications.mark_read/all"), Bool},
    };
    static const QHash<QString, unsigned> byName{
        {QStringLiteral("id"), Int},           {QStringLiteral("version"), Int},
        {QStringLiteral("parent_id"), Int},    {QStringLiteral("department_id"), Int},
        {QStringLiteral("customer_id"), Int},  {QStringLiteral("user_id"), Int},
        {QStringLiteral("entity_id"), Int},    {QStringLiteral("exclude_id"), Int},
        {QStringLiteral("limit"), Int},        {QStringLiteral("offset"), Int},
        {QStringLiteral("days"), Int},         {QStringLiteral("position"), Int},
        {QStringLiteral("protocol"), Int},     {QStringLiteral("length"), Int},
        {QStringLiteral("include_disabled"), Bool}, {QStringLiteral("binned"), Bool},
        {QStringLiteral("allow_duplicate"), Bool},  {QStringLiteral("done"), Bool},
        {QStringLiteral("has_header"), Bool},  {QStringLiteral("required"), Bool},
        {QStringLiteral("listable"), Bool},    {QStringLiteral("retired"), Bool},
        {QStringLiteral("unread_only"), Bool}, {QStringLiteral("include_retired"), Bool},
        {QStringLiteral("ids"), Array},        {QStringLiteral("columns"), Array},
        {QStringLiteral("choices"), Array},    {QStringLiteral("notify_whom"), Array},
        {QStringLiteral("to"), Array},         {QStringLiteral("contacts"), Array},
        {QStringLiteral("filters"), Map},      {QStringLiteral("by"), Map},
        {QStringLiteral("mapping"), Map},      {QStringLiteral("data"), Bytes},
        {QStringLiteral("modules"), Map},      {QStringLiteral("ip_ranges"), Array},
        {QStringLiteral("members"), Array},    {QStringLiteral("roles"), Array},
        {QStringLiteral("registered_machines_only"), Bool},
        {QStringLiteral("successor_id"), Int}, {QStringLiteral("audit_id"), Int},
        {QStringLiteral("readers"), Array},    {QStringLiteral("editors"), Array},
        {QStringLiteral("machine_key"), Bytes}, {QStringLiteral("machine_signature"), Bytes},
    };
    static const QStringList texts{
        QStringLiteral("client"), QStringLiteral("user"),     QStringLiteral("password"), QStringLiteral("machine"),
        QStringLiteral("token"),  QStringLiteral("old"),      QStringLiteral("new"),      QStringLiteral("name"),
        QStringLiteral("login"),  QStringLiteral("display_name"), QStringLiteral("role"), QStringLiteral("email"),
        QStringLiteral("mobile"), QStringLiteral("title"),    QStringLiteral("query"),    QStringLiteral("cursor"),
        QStringLiteral("entity"), QStringLiteral("op"),       QStringLiteral("from"),     QStringLiteral("label"),
        QStringLiteral("type"),   QStringLiteral("tab"),      QStringLiteral("key"),      QStringLiteral("sort"),
        QStringLiteral("field"),  QStringLiteral("value"),    QStringLiteral("format"),   QStringLiteral("mode"),
        QStringLiteral("notify"), QStringLiteral("duplicates"), QStringLiteral("upload_id"),
        QStringLiteral("download_id"), QStringLiteral("phone"),   QStringLiteral("description"),
        QStringLiteral("successor"), QStringLiteral("kind"),     QStringLiteral("status"),
    };
    if (auto it = perOp.constFind(op + QLatin1Char('/') + key); it != perOp.constEnd())
        return *it;
    const bool customerOp = op == QLatin1String("customers.create") || op == QLatin1String("customers.update");
    const bool contactOp = op == QLatin1String("contacts.create") || op == QLatin1String("contacts.update");
    const bool opArgument = key == QLatin1String("id") || key == QLatin1String("version")
                            || key == QLatin1String("customer_id") || key == QLatin1String("contacts")
                            || key == QLatin1String("allow_duplicate");
    if (customerOp && !opArgument && customerFields.contains(key))
        return customerFields.value(key);
    if (contactOp && !opArgument && contactFields.contains(key))
        return contactFields.value(key);
    if (auto it = byName.constFind(key); it != byName.constEnd())
        return *it;
    if (texts.contains(key))
        return Text;
    FAIL("no type known for argument '" << key.toStdString() << "' of " << op.toStdString()
                                        << ": add it to argumentKinds()");
    return 0;
}

// Arguments that exclude each other: one of them is in the valid arguments below, and
// when one of them is probed the others are left out.
const QHash<QString, QStringList> &alternatives()
{
    static const QHash<QString, QStringList> groups{
        {QStringLiteral("customers.delete"), {QStringLiteral("id"), QStringLiteral("ids")}},
        {QStringLiteral("customers.assign"), {QStringLiteral("ids"), QStringLiteral("by")}},
        {QStringLiteral("customers.recall"), {QStringLiteral("ids"), QStringLiteral("by")}},
        {QStringLiteral("customers.bulk_update"), {QStringLiteral("ids"), QStringLiteral("filters")}},
        {QStringLiteral("customers.export"), {QStringLiteral("ids"), QStringLiteral("filters")}},
        {QStringLiteral("notifications.mark_read"), {QStringLiteral("ids"), QStringLiteral("all")}},
    };
    return groups;
}

struct Records {
    QString login;
    QString password;
    QString token;
    qint64 department = 0;
    qint64 user = 0;
    qint64 customer = 0;
    qint64 customerVersion = 0;
    qint64 binned = 0;
    qint64 contact = 0;
    qint64 contactVersion = 0;
    qint64 field = 0;
    qint64 role = 0;
    qint64 group = 0;
    qint64 session = 0;
    qint64 machine = 0;
    qint64 auditId = 0;
    QString uploadId;
    QString downloadId;
};

// Arguments with which each op would succeed (for the administrator), so that the
// probed argument is the only thing wrong.
QCborMap validArgs(const QString &op, const Records &r)
{
    const QCborArray customer{r.customer};
    const QHash<QString, QCborMap> args{
        {QStringLiteral("hello"), {{QStringLiteral("protocol"), 1}, {QStringLiteral("client"), QStringLiteral("probe")}}},
        {QStringLiteral("auth.login"),
         {{QStringLiteral("user"), r.login}, {QStringLiteral("password"), r.password}, {QStringLiteral("machine"), QStringLiteral("probe")}}},
        {QStringLiteral("auth.resume"), {{QStringLiteral("token"), r.token}, {QStringLiteral("machine"), QStringLiteral("probe")}}},
        {QStringLiteral("auth.change_password"),
         {{QStringLiteral("old"), r.password}, {QStringLiteral("new"), QStringLiteral("another-pass-456")}}},
        {QStringLiteral("departments.create"), {{QStringLiteral("name"), QStringLiteral("类型探测部门")}}},
        {QStringLiteral("departments.update"), {{QStringLiteral("id"), r.department}}},
        {QStringLiteral("departments.delete"), {{QStringLiteral("id"), r.department}}},
        {QStringLiteral("users.get"), {{QStringLiteral("id"), r.user}}},
        {QStringLiteral("users.create"),
         {{QStringLiteral("login"), QStringLiteral("type_probe")}, {QStringLiteral("display_name"), QStringLiteral("Probe")},
          {QStringLiteral("password"), QStringLiteral("probe-pass-123")}, {QStringLiteral("role"), QStringLiteral("staff")},
          {QStringLiteral("department_id"), r.department}}},
        {QStringLiteral("users.update"), {{QStringLiteral("id"), r.user}}},
        {QStringLiteral("users.disable"), {{QStringLiteral("id"), r.user}}},
        {QStringLiteral("users.enable"), {{QStringLiteral("id"), r.user}}},
        {QStringLiteral("users.reset_password"), {{QStringLiteral("id"), r.user}, {QStringLiteral("password"), QStringLiteral("probe-pass-123")}}},
        {QStringLiteral("fields.create"), {{QStringLiteral("label"), QStringLiteral("类型探测字段")}, {QStringLiteral("type"), QStringLiteral("text")}}},
        {QStringLiteral("fields.update"), {{QStringLiteral("id"), r.field}}},
        {QStringLiteral("customers.create"), {{QStringLiteral("name"), QStringLiteral("类型探测客户有限公司")}}},
        {QStringLiteral("customers.get"), {{QStringLiteral("id"), r.customer}}},
        {QStringLiteral("customers.update"), {{QStringLiteral("id"), r.customer}, {QStringLiteral("version"), r.customerVersion}}},
        {QStringLiteral("customers.restore"), {{QStringLiteral("id"), r.binned}}},
        {QStringLiteral("customers.purge"), {{QStringLiteral("id"), r.binned}}},
        {QStringLiteral("customers.search"), {{QStringLiteral("query"), QStringLiteral("探测")}}},
        {QStringLiteral("customers.assign"), {{QStringLiteral("ids"), customer}, {QStringLiteral("to"), QCborArray{r.user}}}},
        {QStringLiteral("customers.recall"), {{QStringLiteral("ids"), customer}}},
        {QStringLiteral("customers.bulk_update"),
         {{QStringLiteral("ids"), customer}, {QStringLiteral("field"), QStringLiteral("district")}, {QStringLiteral("value"), QStringLiteral("东区")}}},
        {QStringLiteral("files.upload"), {{QStringLiteral("data"), QByteArray("name\n")}}},
        {QStringLiteral("customers.import_preview"), {{QStringLiteral("upload_id"), r.uploadId}}},
        {QStringLiteral("customers.import_commit"), {{QStringLiteral("upload_id"), r.uploadId}}},
        {QStringLiteral("customers.export"), {{QStringLiteral("format"), QStringLiteral("csv")}, {QStringLiteral("ids"), customer}}},
        {QStringLiteral("files.download"), {{QStringLiteral("download_id"), r.downloadId}}},
        {QStringLiteral("customers.print"), {{QStringLiteral("ids"), customer}}},
        {QStringLiteral("contacts.create"), {{QStringLiteral("customer_id"), r.customer}, {QStringLiteral("name"), QStringLiteral("探测联系人")}}},
        {QStringLiteral("contacts.update"), {{QStringLiteral("id"), r.contact}, {QStringLiteral("version"), r.contactVersion}}},
        {QStringLiteral("contacts.delete"), {{QStringLiteral("id"), r.contact}}},
        {QStringLiteral("roles.create"),
         {{QStringLiteral("name"), QStringLiteral("探测新角色")},
          {QStringLiteral("modules"), QCborMap{{QStringLiteral("customers"), QCborMap{{QStringLiteral("level"), QStringLiteral("reader")},
                                                                                   {QStringLiteral("scope"), QStringLiteral("own")}}}}}}},
        {QStringLiteral("roles.update"), {{QStringLiteral("id"), r.role}, {QStringLiteral("version"), 1}}},
        {QStringLiteral("roles.delete"), {{QStringLiteral("id"), r.role}}},
        {QStringLiteral("groups.create"), {{QStringLiteral("name"), QStringLiteral("探测新组")}}},
        {QStringLiteral("groups.update"), {{QStringLiteral("id"), r.group}, {QStringLiteral("version"), 1}}},
        {QStringLiteral("groups.delete"), {{QStringLiteral("id"), r.group}}},
        {QStringLiteral("users.access"), {{QStringLiteral("id"), r.user}}},
        {QStringLiteral("sessions.revoke"), {{QStringLiteral("id"), r.session}}},
        {QStringLiteral("bans.lift"), {{QStringLiteral("kind"), QStringLiteral("address")}, {QStringLiteral("key"), QStringLiteral("192.0.2.1")}}},
        {QStringLiteral("machines.approve"), {{QStringLiteral("id"), r.machine}, {QStringLiteral("version"), 1}}},
        {QStringLiteral("machines.revoke"), {{QStringLiteral("id"), r.machine}, {QStringLiteral("version"), 1}}},
        {QStringLiteral("machines.rename"),
         {{QStringLiteral("id"), r.machine}, {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("探测电脑")}}},
        {QStringLiteral("machines.delete"), {{QStringLiteral("id"), r.machine}}},
        {QStringLiteral("customers.history"), {{QStringLiteral("id"), r.customer}}},
        {QStringLiteral("customers.restore_version"),
         {{QStringLiteral("id"), r.customer}, {QStringLiteral("audit_id"), r.auditId}, {QStringLiteral("version"), r.customerVersion}}},
        {QStringLiteral("customers.access"), {{QStringLiteral("id"), r.customer}}},
        {QStringLiteral("customers.set_access"),
         {{QStringLiteral("id"), r.customer}, {QStringLiteral("version"), r.customerVersion},
          {QStringLiteral("readers"), QCborArray{}}, {QStringLiteral("editors"), QCborArray{}}}},
    };
    return args.value(op);
}

QCborMap withProbe(const QString &op, QCborMap args, const QString &key, const QCborValue &value)
{
    const QStringList group = alternatives().value(op);
    if (group.contains(key))
        for (const QString &other : group)
            args.remove(other);
    args.insert(key, value);
    return args;
}

// Logs in over a raw connection and returns it with the session token.
std::unique_ptr<RawClient> rawLogin(const TestServer &server, const QString &login, const QString &password,
                                    QString *token)
{
    auto client = std::make_unique<RawClient>(server.address().host, server.address().port);
    REQUIRE(client->encrypted());
    REQUIRE(client->greet());
    client->sendRequest(2, QStringLiteral("auth.login"),
                        {{QStringLiteral("user"), login}, {QStringLiteral("password"), password}});
    const auto reply = client->nextReply();
    REQUIRE(reply);
    REQUIRE(reply->ok);
    *token = reply->result.toMap().value(QStringLiteral("token")).toString();
    return client;
}

struct Catalog {
    QStringList customerKeys;
    QStringList contactKeys;
    QHash<QString, unsigned> customerKinds;
    QHash<QString, unsigned> contactKinds;
};

Catalog readCatalog(client::Connection &admin)
{
    Catalog catalog;
    for (const bool contact : {false, true}) {
        const auto reply = call(admin, QStringLiteral("fields.list"),
                                {{QStringLiteral("entity"), contact ? QStringLiteral("contact") : QStringLiteral("customer")}});
        REQUIRE(reply.ok);
        for (const QCborValue &item : reply.result.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap field = item.toMap();
            const QString key = field.value(QStringLiteral("key")).toString();
            (contact ? catalog.contactKeys : catalog.customerKeys) << key;
            (contact ? catalog.contactKinds : catalog.customerKinds).insert(key, fieldKinds(field));
        }
    }
    REQUIRE(catalog.customerKeys.size() > 40);
    REQUIRE(catalog.contactKeys.size() > 10);
    return catalog;
}

Records makeRecords(client::Connection &admin)
{
    Records r;
    const qint64 root = rootDepartment(admin);
    r.department = createDepartment(admin, QStringLiteral("探测空部门"), root);
    r.user = createUser(admin, QStringLiteral("probe_staff"), QStringLiteral("staff"), root);
    auto created = call(admin, QStringLiteral("customers.create"),
                        {{QStringLiteral("name"), QStringLiteral("探测甲公司")},
                         // Long enough for an export of over 1 KiB, which goes to files.download.
                         {QStringLiteral("address"), QString(300, u'址')},
                         {QStringLiteral("contacts"), QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("甲联系人")}}}}});
    REQUIRE(created.ok);
    r.customer = created.result.toMap().value(QStringLiteral("id")).toInteger();
    const auto fetched = call(admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), r.customer}});
    REQUIRE(fetched.ok);
    r.customerVersion = fetched.result.toMap().value(QStringLiteral("version")).toInteger();
    const QCborMap contact = fetched.result.toMap().value(QStringLiteral("contacts")).toArray().at(0).toMap();
    r.contact = contact.value(QStringLiteral("id")).toInteger();
    r.contactVersion = contact.value(QStringLiteral("version")).toInteger();
    created = call(admin, QStringLiteral("customers.create"), {{QStringLiteral("name"), QStringLiteral("探测乙公司")}});
    REQUIRE(created.ok);
    r.binned = created.result.toMap().value(QStringLiteral("id")).toInteger();
    REQUIRE(call(admin, QStringLiteral("customers.delete"), {{QStringLiteral("id"), r.binned}}).ok);
    const auto field = call(admin, QStringLiteral("fields.create"),
                            {{QStringLiteral("label"), QStringLiteral("探测等级")},
                             {QStringLiteral("type"), QStringLiteral("choice")},
                             {QStringLiteral("choices"), QCborArray{QStringLiteral("甲"), QStringLiteral("乙")}}});
    REQUIRE(field.ok);
    r.field = field.result.toMap().value(QStringLiteral("id")).toInteger();
    const auto role = call(admin, QStringLiteral("roles.create"),
                           {{QStringLiteral("name"), QStringLiteral("探测角色")},
                            {QStringLiteral("modules"), QCborMap{{QStringLiteral("customers"),
                                                                  QCborMap{{QStringLiteral("level"), QStringLiteral("reader")},
                                                                           {QStringLiteral("scope"), QStringLiteral("own")}}}}}});
    INFO(Catch::StringMaker<protocol::Reply>::convert(role));
    REQUIRE(role.ok);
    r.role = role.result.toMap().value(QStringLiteral("id")).toInteger();
    const auto group = call(admin, QStringLiteral("groups.create"), {{QStringLiteral("name"), QStringLiteral("探测组")}});
    REQUIRE(group.ok);
    r.group = group.result.toMap().value(QStringLiteral("id")).toInteger();
    const auto sessions = call(admin, QStringLiteral("sessions.list"));
    REQUIRE(sessions.ok);
    r.session = itemIds(sessions).value(0);
    REQUIRE(r.session > 0);
    // The administrator's own computer, recorded by its login.
    const auto machines = call(admin, QStringLiteral("machines.list"));
    REQUIRE(machines.ok);
    r.machine = itemIds(machines).value(0);
    REQUIRE(r.machine > 0);
    const auto history = call(admin, QStringLiteral("customers.history"), {{QStringLiteral("id"), r.customer}});
    REQUIRE(history.ok);
    r.auditId = history.result.toMap().value(QStringLiteral("items")).toArray().at(0).toMap().value(QStringLiteral("audit_id")).toInteger();
    REQUIRE(r.auditId > 0);
    const auto upload = call(admin, QStringLiteral("files.upload"),
                             {{QStringLiteral("data"), QByteArray("客户名称\n探测丙公司\n")}, {QStringLiteral("done"), true}});
    REQUIRE(upload.ok);
    r.uploadId = upload.result.toMap().value(QStringLiteral("upload_id")).toString();
    const auto exported = call(admin, QStringLiteral("customers.export"), {{QStringLiteral("format"), QStringLiteral("csv")}});
    REQUIRE(exported.ok);
    r.downloadId = exported.result.toMap().value(QStringLiteral("download_id")).toString();
    REQUIRE_FALSE(r.downloadId.isEmpty());
    return r;
}

struct Outcome {
    int requests = 0;
    QStringList wrong;
};

// (the argument the error should name, the value to send) for one documented argument.
using CaseList = QList<std::pair<QString, QCborValue>>;
using CaseMaker = std::function<CaseList(const QString &op, const QString &key, const Catalog &catalog)>;

// Every value of a type the argument does not take; inside a contact sent with
// customers.create, each contact field too.
CaseList wrongTypes(const QString &op, const QString &key, const Catalog &catalog)
{
    CaseList cases;
    const unsigned kinds = argumentKinds(op, key, catalog.customerKinds, catalog.contactKinds);
    for (const Probe &probe : probes())
        if (!(kinds & probe.kind))
            cases.append({key, probe.value});
    if (op == QLatin1String("customers.create") && key == QLatin1String("contacts"))
        for (const QString &contactKey : catalog.contactKeys)
            for (const Probe &probe : probes())
                if (!(catalog.contactKinds.value(contactKey) & probe.kind))
                    cases.append({QStringLiteral("contacts.0.") + contactKey,
                                  QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("探测")},
                                                      {contactKey, probe.value}}}});
    return cases;
}

// Sends the cases of every documented argument of every op as one caller and
// collects the answers that are not a refusal naming the argument. hello is probed
// on fresh connections, as it only exists before the greeting.
Outcome probeAll(const TestServer &server, const Catalog &catalog, const Records &records, bool privileged,
                 const CaseMaker &makeCases)
{
    const auto documented = documentedArgs(catalog.customerKeys, catalog.contactKeys);
    QString token;
    auto client = rawLogin(server, records.login, records.password, &token);
    Records r = records;
    r.token = token;
    Outcome outcome;
    quint64 nextId = 100;
    for (const auto &spec : server::opTable()) {
        const QString op = spec.name;
        INFO(op.toStdString());
        REQUIRE(documented.contains(op));
        for (const QString &key : documented.value(op)) {
            const CaseList cases = makeCases(op, key, catalog);
            for (const auto &[field, value] : cases) {
                const QCborMap args = withProbe(op, validArgs(op, r), key, value);
                std::unique_ptr<RawClient> fresh;
                RawClient *target = client.get();
                if (spec.state == server::OpState::New) {
                    fresh = std::make_unique<RawClient>(server.address().host, server.address().port);
                    REQUIRE(fresh->encrypted());
                    target = fresh.get();
                }
                const quint64 id = nextId++;
                target->sendRequest(id, op, args);
                const auto reply = target->nextReply(30000);
                ++outcome.requests;
                const QString shown = value.isString() && value.toString().size() > 100
                                          ? QStringLiteral("<text of %1 characters>").arg(value.toString().size())
                                          : value.toDiagnosticNotation();
                const QString what = QStringLiteral("%1 %2=%3: ").arg(op, key, shown);
                // Before login a frame over 64 KiB is refused as a whole (id 0), and the connection closed.
                const bool beforeLogin = spec.state == server::OpState::New;
                if (!reply || (!beforeLogin && !target->isOpen())) {
                    outcome.wrong << what + QStringLiteral("no reply or connection dropped");
                    REQUIRE(target->isOpen());
                    continue;
                }
                const bool namesField = reply->error.field == field
                                        || reply->error.field.startsWith(field + QLatin1Char('.'));
                const bool refusedForField = (reply->error.code == ErrorCode::Invalid
                                              || reply->error.code == ErrorCode::TooLarge)
                                             && namesField;
                const bool frameRefused = beforeLogin && reply->error.code == ErrorCode::TooLarge;
                const bool ok = !reply->ok
                                && (refusedForField || frameRefused
                                    || (!privileged && (reply->error.code == ErrorCode::Forbidden
                                                        || reply->error.code == ErrorCode::NotFound)))
                                // A refusal names the argument; it does not echo a huge value back.
                                && reply->error.message.size() < 1000;
                if ((reply->id != id && !frameRefused) || !ok)
                    outcome.wrong << what
                                         + QString::fromStdString(Catch::StringMaker<protocol::Reply>::convert(*reply))
                                               .left(300);
            }
        }
    }
    return outcome;
}

} // namespace

TEST_CASE("the argument parser of docs/protocol.md finds every op's keys")
{
    const QStringList customerFields{QStringLiteral("name"), QStringLiteral("mobile")};
    const QStringList contactFields{QStringLiteral("name"), QStringLiteral("birthday")};
    CHECK(keysOfBlock(QStringLiteral("ids | by, to: [user ids], mode?: \"replace\" | \"add\", notify_whom?: [\"follower\" | \"target\"]"),
                      customerFields, contactFields)
          == QStringList{QStringLiteral("ids"), QStringLiteral("by"), QStringLiteral("to"), QStringLiteral("mode"),
                         QStringLiteral("notify_whom")});
    CHECK(keysOfBlock(QStringLiteral("format: \"csv\" | \"xlsx\", ids?: [id] (up to 100000) |\nfilters? (as in customers.list), columns?"),
                      customerFields, contactFields)
          == QStringList{QStringLiteral("format"), QStringLiteral("ids"), QStringLiteral("filters"), QStringLiteral("columns")});
    CHECK(keysOfBlock(QStringLiteral("label (1–40 characters), tab?: basic | company |\nfinancial (default basic), key?"),
                      customerFields, contactFields)
          == QStringList{QStringLiteral("label"), QStringLiteral("tab"), QStringLiteral("key")});
    CHECK(keysOfBlock(QStringLiteral("customer_id, name, ...contact fields"), customerFields, contactFields)
          == QStringList{QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("birthday")});
    CHECK(keysOfBlock(QStringLiteral("limit: uint? (1–500, default 100)"), customerFields, contactFields)
          == QStringList{QStringLiteral("limit")});
    CHECK(keysOfBlock(QStringLiteral("id, name: text?, parent_id: uint | null?"), customerFields, contactFields)
          == QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("parent_id")});

    const auto documented = documentedArgs(customerFields, contactFields);
    for (const auto &spec : server::opTable()) {
        INFO(spec.name.toStdString());
        CHECK(documented.contains(spec.name));
    }
    CHECK(documented.value(QStringLiteral("customers.delete")) == QStringList{QStringLiteral("id"), QStringLiteral("ids")});
    CHECK(documented.value(QStringLiteral("fields.list"))
          == QStringList{QStringLiteral("entity"), QStringLiteral("include_retired")});
    CHECK(documented.value(QStringLiteral("users.enable")) == QStringList{QStringLiteral("id")});
    CHECK(documented.value(QStringLiteral("ping")).isEmpty());
}

TEST_CASE("every documented argument of every op sent with a wrong type is refused as invalid, naming it")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("export/inline_bytes=1")});
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Catalog catalog = readCatalog(*admin);
    Records records = makeRecords(*admin);
    createUser(*admin, QStringLiteral("probe_reader"), QStringLiteral("readonly"), records.department);

    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    SECTION("as the administrator: invalid, naming the argument")
    {
        records.login = kAdminLogin;
        records.password = kAdminPassword;
        const Outcome outcome = probeAll(server, catalog, records, true, wrongTypes);
        INFO(outcome.requests << " requests; wrong answers:\n" << outcome.wrong.join(QLatin1Char('\n')).toStdString());
        CHECK(outcome.requests > 1000);
        CHECK(outcome.wrong.isEmpty());
    }
    SECTION("as a read-only user: invalid, or forbidden / not_found where that comes first")
    {
        records.login = QStringLiteral("probe_reader");
        records.password = kUserPassword;
        const Outcome outcome = probeAll(server, catalog, records, false, wrongTypes);
        INFO(outcome.requests << " requests; wrong answers:\n" << outcome.wrong.join(QLatin1Char('\n')).toStdString());
        CHECK(outcome.requests > 1000);
        CHECK(outcome.wrong.isEmpty());
    }
    checkUnharmed(bystander, bystander.stopWatching());
}

TEST_CASE("256 Ki characters of text in every documented text argument of every op are refused, naming it")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("export/inline_bytes=1")});
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const Catalog catalog = readCatalog(*admin);
    Records records = makeRecords(*admin);
    records.login = kAdminLogin;
    records.password = kAdminPassword;

    Bystander bystander(server);
    REQUIRE(bystander.ready());
    bystander.startWatching();
    // Far over every text limit (the longest, 4000); 768 KiB on the wire.
    const QString huge(1 << 18, u'长');
    const Outcome outcome = probeAll(server, catalog, records, true, [&](const QString &op, const QString &key, const Catalog &c) {
        CaseList cases;
        if (argumentKinds(op, key, c.customerKinds, c.contactKinds) & Text)
            cases.append({key, huge});
        return cases;
    });
    INFO(outcome.requests << " requests; wrong answers:\n" << outcome.wrong.join(QLatin1Char('\n')).toStdString());
    CHECK(outcome.requests > 100);
    CHECK(outcome.wrong.isEmpty());
    checkUnharmed(bystander, bystander.stopWatching());
}
