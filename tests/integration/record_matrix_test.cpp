// The record-level access matrix (#5): every customer op that names or returns records
// × every built-in role and a custom role × a record that is the caller's own, of the
// same department, of a sub-department, of another department, of the same department
// but restricted to others by its readers, of another department listing the caller as
// reader or as editor, in the recycle bin, or missing. The expected outcome comes from
// the rules in docs/protocol.md ("Rights and data scope"), written here independently
// of the server; any leak or wrong answer fails. The table it proves is the one in docs/security.md (set
// CORDIAL_UPDATE_SECURITY_DOC=1 to rewrite it after a deliberate change).
#include "Fixtures.h"

#include <QCborArray>
#include <QDate>
#include <QFile>
#include <map>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;

namespace {

enum class Rel { Own, SameDepartment, SubDepartment, OtherDepartment, Restricted, ListedReader, ListedEditor, Binned, Missing };
const QList<Rel> kRelations{Rel::Own,          Rel::SameDepartment, Rel::SubDepartment, Rel::OtherDepartment, Rel::Restricted,
                            Rel::ListedReader, Rel::ListedEditor,   Rel::Binned,        Rel::Missing};

QString relName(Rel r)
{
    switch (r) {
    case Rel::Own: return QStringLiteral("own");
    case Rel::SameDepartment: return QStringLiteral("same department");
    case Rel::SubDepartment: return QStringLiteral("sub-department");
    case Rel::OtherDepartment: return QStringLiteral("other department");
    case Rel::Restricted: return QStringLiteral("same department, restricted to others");
    case Rel::ListedReader: return QStringLiteral("other department, lists the caller as reader");
    case Rel::ListedEditor: return QStringLiteral("other department, lists the caller as editor");
    case Rel::Binned: return QStringLiteral("own, binned");
    case Rel::Missing: return QStringLiteral("missing");
    }
    return {};
}

enum class Scope { Own, Tree, All };

// What each role may, as docs/protocol.md states it.
struct RoleSpec {
    QString name;
    Scope scope;
    bool read, editAll, editOwn, assign, bulk, exportRight, printRight, purge, manage;
};

const QList<RoleSpec> &roles()
{
    static const QList<RoleSpec> r{
        {QStringLiteral("administrator"), Scope::All, true, true, true, true, true, true, true, true, true},
        {QStringLiteral("director"), Scope::All, true, true, true, true, true, true, true, true, false},
        {QStringLiteral("manager"), Scope::Tree, true, true, true, true, true, true, true, false, false},
        {QStringLiteral("staff"), Scope::Own, true, false, true, false, true, true, true, false, false},
        {QStringLiteral("readonly"), Scope::Tree, true, false, false, false, false, false, false, false, false},
        {QStringLiteral("temp"), Scope::Own, true, false, true, false, false, false, false, false, false},
    };
    return r;
}

// Whether the record lies in the role's data scope (the caller sits in 甲部).
bool inScope(const RoleSpec &role, Rel rel)
{
    switch (rel) {
    case Rel::Own:
    case Rel::Binned: return true;
    case Rel::SameDepartment:
    case Rel::SubDepartment:
    case Rel::Restricted: return role.scope != Scope::Own;
    case Rel::OtherDepartment:
    case Rel::ListedReader:
    case Rel::ListedEditor: return role.scope == Scope::All;
    case Rel::Missing: return false;
    }
    return false;
}

bool ownRecord(Rel rel)
{
    return rel == Rel::Own || rel == Rel::Binned;
}

bool listed(Rel rel)
{
    return rel == Rel::ListedReader || rel == Rel::ListedEditor;
}

// A record with readers is seen in scope only by its insiders (follower, creator, the
// listed) and by managers (level).
bool reachable(const RoleSpec &role, Rel rel)
{
    const bool restricted = rel == Rel::Restricted || rel == Rel::ListedReader;
    return inScope(role, rel) && (!restricted || role.manage || ownRecord(rel) || listed(rel));
}

// Listed as reader or editor: seen wherever it is.
bool visible(const RoleSpec &role, Rel rel)
{
    return reachable(role, rel) || (role.read && listed(rel));
}

// An editor changes what they reach; an author their own; an author or above what lists them as editor.
bool editable(const RoleSpec &role, Rel rel)
{
    return visible(role, rel)
           && ((role.editAll && reachable(role, rel)) || (role.editOwn && ownRecord(rel))
               || (role.editOwn && rel == Rel::ListedEditor));
}

// Who may change the readers and editors: whoever may change the record by their role.
bool mayChangeAccess(const RoleSpec &role, Rel rel)
{
    return (role.editAll && reachable(role, rel)) || (role.editOwn && ownRecord(rel));
}

const QString kOk = QStringLiteral("ok");
const QString kNotFound = QStringLiteral("not found");
const QString kForbidden = QStringLiteral("forbidden");
const QString kConflict = QStringLiteral("conflict");
const QString kListed = QStringLiteral("listed");
const QString kAbsent = QStringLiteral("absent");
const QString kSkipped = QStringLiteral("skipped");
const QString kDone = QStringLiteral("changed");

QString outcomeOf(const protocol::Reply &r)
{
    if (r.ok)
        return kOk;
    switch (r.error.code) {
    case ErrorCode::NotFound: return kNotFound;
    case ErrorCode::Forbidden: return kForbidden;
    case ErrorCode::Conflict: return kConflict;
    default: return QStringLiteral("error %1").arg(r.error.message);
    }
}

// A single-record op: not found unless visible (binned counts only for `binnedAware`),
// forbidden unless the role may change it (`writes`).
QString singleExpected(const RoleSpec &role, Rel rel, bool right, bool writes, bool binnedAware)
{
    if (!right)
        return kForbidden;
    if (!visible(role, rel) || (rel == Rel::Binned && !binnedAware))
        return kNotFound;
    if (writes && !editable(role, rel))
        return kForbidden;
    return kOk;
}

// A bulk op over ids: the id is changed, or comes back in `skipped`.
QString bulkExpected(bool right, bool selected)
{
    if (!right)
        return kForbidden;
    return selected ? kDone : kSkipped;
}

struct World {
    QMap<Rel, qint64> ids;
    QMap<Rel, QString> names;
};

struct Fixture {
    TestServer server;
    std::unique_ptr<client::Connection> admin;
    qint64 a = 0, a1 = 0, b = 0;
    qint64 colleague = 0, subUser = 0, farUser = 0;
    std::map<QString, qint64> userOf;
    std::map<QString, std::unique_ptr<client::Connection>> sessions;
    int counter = 0;

    World world(const QString &role)
    {
        World w;
        const qint64 me = userOf.at(role);
        const QMap<Rel, qint64> owners{{Rel::Own, me},           {Rel::SameDepartment, colleague}, {Rel::SubDepartment, subUser},
                                       {Rel::OtherDepartment, farUser}, {Rel::Restricted, colleague},   {Rel::ListedReader, farUser},
                                       {Rel::ListedEditor, farUser},   {Rel::Binned, me}};
        const QString birthday = QStringLiteral("1980-") + QDate::currentDate().toString(QStringLiteral("MM-dd"));
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            const QString name = QStringLiteral("矩阵客户%1号").arg(++counter);
            const auto created = call(*admin, QStringLiteral("customers.create"),
                                      {{QStringLiteral("name"), name},
                                       {QStringLiteral("owner_id"), it.value()},
                                       {QStringLiteral("allow_duplicate"), true},
                                       {QStringLiteral("contacts"),
                                        QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("联系人%1").arg(counter)},
                                                            {QStringLiteral("birthday"), birthday}}}}});
            INFO(Catch::StringMaker<protocol::Reply>::convert(created));
            REQUIRE(created.ok);
            w.ids.insert(it.key(), created.result.toMap().value(QStringLiteral("id")).toInteger());
            w.names.insert(it.key(), name);
        }
        REQUIRE(call(*admin, QStringLiteral("customers.delete"), {{QStringLiteral("id"), w.ids.value(Rel::Binned)}}).ok);
        const auto principal = [](qint64 user) { return QCborArray{QCborMap{{QStringLiteral("user"), user}}}; };
        for (const auto &[rel, readers, editors] :
             {std::tuple{Rel::Restricted, principal(farUser), QCborArray{}}, std::tuple{Rel::ListedReader, principal(me), QCborArray{}},
              std::tuple{Rel::ListedEditor, QCborArray{}, principal(me)}}) {
            const qint64 id = w.ids.value(rel);
            const auto got = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}});
            const auto set = call(*admin, QStringLiteral("customers.set_access"),
                                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), got.result.toMap().value(QStringLiteral("version"))},
                                   {QStringLiteral("readers"), readers}, {QStringLiteral("editors"), editors}});
            INFO(Catch::StringMaker<protocol::Reply>::convert(set));
            REQUIRE(set.ok);
        }
        w.ids.insert(Rel::Missing, 99999999);
        w.names.insert(Rel::Missing, QStringLiteral("不存在的客户"));
        return w;
    }
};

QSet<qint64> idsIn(const protocol::Reply &reply, const QString &key = QStringLiteral("id"))
{
    QSet<qint64> out;
    for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray())
        if (v.toMap().contains(key))
            out.insert(v.toMap().value(key).toInteger());
    return out;
}

QString membership(const protocol::Reply &reply, qint64 id, const QString &key = QStringLiteral("id"))
{
    if (!reply.ok)
        return outcomeOf(reply);
    return idsIn(reply, key).contains(id) ? kListed : kAbsent;
}

QString bulkOutcome(const protocol::Reply &reply, qint64 id)
{
    if (!reply.ok)
        return outcomeOf(reply);
    for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("skipped")).toArray())
        if (v.toInteger() == id)
            return kSkipped;
    return kDone;
}

} // namespace

TEST_CASE("every customer op answers every role exactly as the record matrix says, with no leak")
{
    Fixture f;
    startOrFail(f.server);
    f.admin = loginTo(f.server, kAdminLogin, kAdminPassword);
    REQUIRE(f.admin);
    const qint64 root = rootDepartment(*f.admin);
    f.a = createDepartment(*f.admin, QStringLiteral("甲部"), root);
    f.a1 = createDepartment(*f.admin, QStringLiteral("甲部一组"), f.a);
    f.b = createDepartment(*f.admin, QStringLiteral("乙部"), root);
    f.colleague = createUser(*f.admin, QStringLiteral("colleague"), QStringLiteral("staff"), f.a);
    f.subUser = createUser(*f.admin, QStringLiteral("sub"), QStringLiteral("staff"), f.a1);
    f.farUser = createUser(*f.admin, QStringLiteral("far"), QStringLiteral("staff"), f.b);
    // The custom role: an author of their own customers with no extra rights (temporary staff).
    REQUIRE(call(*f.admin, QStringLiteral("roles.create"),
                 {{QStringLiteral("name"), QStringLiteral("temp")},
                  {QStringLiteral("modules"),
                   QCborMap{{QStringLiteral("customers"), QCborMap{{QStringLiteral("level"), QStringLiteral("author")},
                                                                   {QStringLiteral("scope"), QStringLiteral("own")}}},
                            {QStringLiteral("administration"), QCborMap{{QStringLiteral("level"), QStringLiteral("reader")},
                                                                        {QStringLiteral("scope"), QStringLiteral("own")}}}}}})
                .ok);
    for (const RoleSpec &role : roles()) {
        const QString login = QStringLiteral("as.") + role.name;
        f.userOf[role.name] = createUser(*f.admin, login, role.name, f.a);
        f.sessions[role.name] = loginTo(f.server, login, kUserPassword);
        REQUIRE(f.sessions[role.name]);
    }

    // op → relation → role → outcome, as found (and checked against the expectation).
    std::map<QString, std::map<Rel, std::map<QString, QString>>> table;
    QStringList opOrder;
    auto record = [&](const QString &op, Rel rel, const RoleSpec &role, const QString &actual, const QString &expected) {
        INFO(op.toStdString() << " on " << relName(rel).toStdString() << " as " << role.name.toStdString());
        CHECK(actual == expected);
        if (!opOrder.contains(op))
            opOrder.append(op);
        table[op][rel][role.name] = actual;
    };

    // Reads: one world per role, made before anything is changed.
    std::map<QString, World> worlds;
    for (const RoleSpec &role : roles())
        worlds[role.name] = f.world(role.name);
    for (const RoleSpec &role : roles()) {
        client::Connection &c = *f.sessions.at(role.name);
        const World &w = worlds.at(role.name);
        const auto list = call(c, QStringLiteral("customers.list"), {{QStringLiteral("limit"), 500}});
        const auto bin = call(c, QStringLiteral("customers.list"), {{QStringLiteral("limit"), 500}, {QStringLiteral("binned"), true}});
        const auto birthdays = call(c, QStringLiteral("customers.birthdays"), {{QStringLiteral("days"), 0}});
        for (Rel rel : kRelations) {
            const qint64 id = w.ids.value(rel);
            const bool shown = visible(role, rel) && rel != Rel::Binned;
            const QString listed = shown ? kListed : kAbsent;
            record(QStringLiteral("customers.get"), rel, role,
                   outcomeOf(call(c, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}})),
                   singleExpected(role, rel, role.read, false, false));
            record(QStringLiteral("customers.get binned"), rel, role,
                   outcomeOf(call(c, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}, {QStringLiteral("binned"), true}})),
                   singleExpected(role, rel, role.read, false, true));
            record(QStringLiteral("customers.history"), rel, role,
                   outcomeOf(call(c, QStringLiteral("customers.history"), {{QStringLiteral("id"), id}})),
                   singleExpected(role, rel, role.read, false, true));
            record(QStringLiteral("customers.access"), rel, role,
                   outcomeOf(call(c, QStringLiteral("customers.access"), {{QStringLiteral("id"), id}})),
                   singleExpected(role, rel, role.read, false, true));
            record(QStringLiteral("customers.list"), rel, role, membership(list, id), listed);
            record(QStringLiteral("customers.list binned"), rel, role, membership(bin, id),
                   visible(role, rel) && rel == Rel::Binned ? kListed : kAbsent);
            record(QStringLiteral("customers.search"), rel, role,
                   membership(call(c, QStringLiteral("customers.search"), {{QStringLiteral("query"), w.names.value(rel)}}), id),
                   listed);
            record(QStringLiteral("customers.duplicates"), rel, role,
                   membership(call(c, QStringLiteral("customers.duplicates"), {{QStringLiteral("name"), w.names.value(rel)}}), id),
                   listed);
            record(QStringLiteral("customers.birthdays"), rel, role, membership(birthdays, id, QStringLiteral("customer_id")),
                   listed);
            const auto exported = call(c, QStringLiteral("customers.export"),
                                       {{QStringLiteral("format"), QStringLiteral("csv")},
                                        {QStringLiteral("ids"), QCborArray{id}},
                                        {QStringLiteral("columns"), QCborArray{QStringLiteral("name")}}});
            QString exportOutcome = outcomeOf(exported);
            if (exported.ok)
                exportOutcome = QString::fromUtf8(exported.result.toMap().value(QStringLiteral("data")).toByteArray())
                                        .contains(w.names.value(rel))
                                    ? kListed
                                    : kAbsent;
            record(QStringLiteral("customers.export"), rel, role, exportOutcome, role.exportRight ? listed : kForbidden);
            // One id: a customer the caller may not print (outside the scope, binned, missing) is not found.
            const auto printed = call(c, QStringLiteral("customers.print"), {{QStringLiteral("ids"), QCborArray{id}}});
            QString printOutcome = outcomeOf(printed);
            if (printed.ok) {
                const QCborArray printedItems = printed.result.toMap().value(QStringLiteral("items")).toArray();
                printOutcome = printedItems.size() == 1
                                       && printedItems.at(0).toMap().value(QStringLiteral("name")).toString() == w.names.value(rel)
                                   ? kListed
                                   : kAbsent;
            }
            record(QStringLiteral("customers.print"), rel, role, printOutcome,
                   !role.printRight ? kForbidden : shown ? kListed : kNotFound);
        }
    }

    // Writes: a fresh world for each op and role, so that one change never decides the next.
    struct WriteOp {
        QString name;
        std::function<protocol::Reply(client::Connection &, const World &, Rel, qint64 me)> run;
        std::function<QString(const protocol::Reply &, const World &, Rel)> outcome;
        std::function<QString(const RoleSpec &, Rel)> expected;
    };
    auto single = [](const protocol::Reply &r, const World &, Rel) { return outcomeOf(r); };
    auto bulk = [](const protocol::Reply &r, const World &w, Rel rel) { return bulkOutcome(r, w.ids.value(rel)); };
    auto versionOf = [&](qint64 id) {
        return call(*f.admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}, {QStringLiteral("binned"), true}})
            .result.toMap().value(QStringLiteral("version")).toInteger();
    };
    const QList<WriteOp> writes{
        {QStringLiteral("customers.update"),
         [&](client::Connection &c, const World &w, Rel rel, qint64) {
             return call(c, QStringLiteral("customers.update"),
                         {{QStringLiteral("id"), w.ids.value(rel)}, {QStringLiteral("version"), rel == Rel::Missing ? 1 : versionOf(w.ids.value(rel))},
                          {QStringLiteral("notes"), QStringLiteral("改")}});
         },
         single, [](const RoleSpec &r, Rel rel) { return singleExpected(r, rel, r.editOwn, true, false); }},
        {QStringLiteral("contacts.create"),
         [](client::Connection &c, const World &w, Rel rel, qint64) {
             return call(c, QStringLiteral("contacts.create"),
                         {{QStringLiteral("customer_id"), w.ids.value(rel)}, {QStringLiteral("name"), QStringLiteral("新联系人")}});
         },
         single, [](const RoleSpec &r, Rel rel) { return singleExpected(r, rel, r.editOwn, true, false); }},
        {QStringLiteral("customers.delete"),
         [](client::Connection &c, const World &w, Rel rel, qint64) {
             return call(c, QStringLiteral("customers.delete"), {{QStringLiteral("id"), w.ids.value(rel)}});
         },
         single, [](const RoleSpec &r, Rel rel) { return singleExpected(r, rel, r.editOwn, true, false); }},
        {QStringLiteral("customers.delete ids"),
         [](client::Connection &c, const World &w, Rel rel, qint64) {
             return call(c, QStringLiteral("customers.delete"), {{QStringLiteral("ids"), QCborArray{w.ids.value(rel)}}});
         },
         [](const protocol::Reply &r, const World &w, Rel rel) {
             if (!r.ok)
                 return outcomeOf(r);
             return r.result.toMap().value(QStringLiteral("deleted")).toArray().contains(QCborValue(w.ids.value(rel))) ? kDone
                                                                                                                      : kSkipped;
         },
         [](const RoleSpec &r, Rel rel) { return bulkExpected(r.editOwn, editable(r, rel) && rel != Rel::Binned); }},
        {QStringLiteral("customers.restore"),
         [](client::Connection &c, const World &w, Rel rel, qint64) {
             return call(c, QStringLiteral("customers.restore"), {{QStringLiteral("id"), w.ids.value(rel)}});
         },
         single,
         [](const RoleSpec &r, Rel rel) {
             if (!r.editOwn)
                 return kForbidden;
             return rel == Rel::Binned ? singleExpected(r, rel, true, true, true) : kNotFound;
         }},
        {QStringLiteral("customers.purge"),
         [](client::Connection &c, const World &w, Rel rel, qint64) {
             return call(c, QStringLiteral("customers.purge"), {{QStringLiteral("id"), w.ids.value(rel)}});
         },
         single,
         [](const RoleSpec &r, Rel rel) {
             if (!r.purge)
                 return kForbidden;
             if (!visible(r, rel))
                 return kNotFound;
             if (!editable(r, rel))
                 return kForbidden;
             return rel == Rel::Binned ? kOk : kConflict; // only a binned customer is erased
         }},
        {QStringLiteral("customers.restore_version"),
         [&](client::Connection &c, const World &w, Rel rel, qint64) {
             const qint64 id = w.ids.value(rel);
             const auto history = call(*f.admin, QStringLiteral("customers.history"), {{QStringLiteral("id"), id}});
             const QCborArray items = history.result.toMap().value(QStringLiteral("items")).toArray();
             const qint64 auditId = items.isEmpty() ? 1 : items.last().toMap().value(QStringLiteral("audit_id")).toInteger();
             return call(c, QStringLiteral("customers.restore_version"),
                         {{QStringLiteral("id"), id}, {QStringLiteral("audit_id"), auditId},
                          {QStringLiteral("version"), rel == Rel::Missing ? 1 : versionOf(id)}});
         },
         single, [](const RoleSpec &r, Rel rel) { return singleExpected(r, rel, r.editOwn, true, true); }},
        {QStringLiteral("customers.bulk_update"),
         [](client::Connection &c, const World &w, Rel rel, qint64) {
             return call(c, QStringLiteral("customers.bulk_update"),
                         {{QStringLiteral("ids"), QCborArray{w.ids.value(rel)}}, {QStringLiteral("field"), QStringLiteral("grade")},
                          {QStringLiteral("value"), QStringLiteral("b")}});
         },
         bulk, [](const RoleSpec &r, Rel rel) { return bulkExpected(r.bulk, editable(r, rel) && rel != Rel::Binned); }},
        {QStringLiteral("customers.assign"),
         [](client::Connection &c, const World &w, Rel rel, qint64 me) {
             return call(c, QStringLiteral("customers.assign"),
                         {{QStringLiteral("ids"), QCborArray{w.ids.value(rel)}}, {QStringLiteral("to"), QCborArray{me}},
                          {QStringLiteral("mode"), QStringLiteral("add")}});
         },
         bulk, [](const RoleSpec &r, Rel rel) { return bulkExpected(r.assign, reachable(r, rel) && rel != Rel::Binned); }},
        {QStringLiteral("customers.recall"),
         [](client::Connection &c, const World &w, Rel rel, qint64) {
             return call(c, QStringLiteral("customers.recall"), {{QStringLiteral("ids"), QCborArray{w.ids.value(rel)}}});
         },
         bulk, [](const RoleSpec &r, Rel rel) { return bulkExpected(r.assign, reachable(r, rel) && rel != Rel::Binned); }},
        {QStringLiteral("customers.set_access"),
         [&](client::Connection &c, const World &w, Rel rel, qint64) {
             return call(c, QStringLiteral("customers.set_access"),
                         {{QStringLiteral("id"), w.ids.value(rel)}, {QStringLiteral("version"), rel == Rel::Missing ? 1 : versionOf(w.ids.value(rel))},
                          {QStringLiteral("readers"), QCborArray{}},
                          {QStringLiteral("editors"), QCborArray{QCborMap{{QStringLiteral("user"), f.colleague}}}}});
         },
         single,
         [](const RoleSpec &r, Rel rel) {
             if (!r.editOwn)
                 return kForbidden;
             if (!visible(r, rel) || rel == Rel::Binned)
                 return kNotFound;
             return mayChangeAccess(r, rel) ? kOk : kForbidden;
         }},
    };
    for (const WriteOp &op : writes) {
        for (const RoleSpec &role : roles()) {
            const World w = f.world(role.name);
            for (Rel rel : kRelations) {
                const auto reply = op.run(*f.sessions.at(role.name), w, rel, f.userOf.at(role.name));
                record(op.name, rel, role, op.outcome(reply, w, rel), op.expected(role, rel));
            }
        }
    }

    // The table, as docs/security.md shows it.
    QString markdown = QStringLiteral("| op | record |");
    for (const RoleSpec &role : roles())
        markdown += QLatin1Char(' ') + role.name + QStringLiteral(" |");
    markdown += QStringLiteral("\n|---|---|");
    for (int i = 0; i < roles().size(); ++i)
        markdown += QStringLiteral("---|");
    markdown += QLatin1Char('\n');
    for (const QString &op : std::as_const(opOrder))
        for (Rel rel : kRelations) {
            markdown += QStringLiteral("| `%1` | %2 |").arg(op, relName(rel));
            for (const RoleSpec &role : roles())
                markdown += QLatin1Char(' ') + table[op][rel][role.name] + QStringLiteral(" |");
            markdown += QLatin1Char('\n');
        }
    QFile doc(QStringLiteral(CORDIAL_SOURCE_DIR "/docs/security.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(doc.readAll());
    doc.close();
    const QString begin = QStringLiteral("<!-- record-matrix:begin -->\n");
    const QString end = QStringLiteral("<!-- record-matrix:end -->");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    REQUIRE(from >= 0);
    REQUIRE(to > from);
    const QString documented = text.mid(from + begin.size(), to - from - begin.size());
    if (qEnvironmentVariableIntValue("CORDIAL_UPDATE_SECURITY_DOC") == 1 && documented != markdown) {
        text.replace(from + begin.size(), to - from - begin.size(), markdown);
        REQUIRE(doc.open(QIODevice::WriteOnly | QIODevice::Truncate));
        doc.write(text.toUtf8());
    } else {
        CHECK(documented == markdown); // docs/security.md shows what the server does
    }
}
