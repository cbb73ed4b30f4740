#include "customers/CustomerOps.h"

#include "audit/AuditLog.h"
#include "customers/CustomerStore.h"
#include "customers/FieldRegistry.h"
#include "customers/FieldValues.h"
#include "db/SearchSql.h"
#include "db/StatementCache.h"
#include "net/ArgReader.h"
#include "net/OpSupport.h"
#include "net/ServerContext.h"
#include "text/TextFold.h"

#include <QCborArray>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QSqlQuery>

#include <limits>

namespace cordial::server::customers {

using domain::FieldDef;
using domain::FieldEntity;
using domain::FieldType;
using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr int kDefaultPage = 50;
constexpr int kMaxPage = 500;
// Up to this many customers in a caller's scope (filters applied), a list page (scope
// own) is read from them rather than by walking the sort's index, and a search keeps
// the candidates among their ids rather than reading each candidate's row (below).
constexpr int kSmallBook = 10000;
constexpr int kMaxSearch = 200;
constexpr int kMaxContacts = 200;
constexpr int kMaxBulkIds = 5000;
const QString kCustomerEntity = QStringLiteral("customer");

// How many customers `c` meet `where`, counted no further than `bound` + 1: enough to
// tell a small scope from a large one without counting a large one through.
protocol::Result<qint64> boundedCount(const QSqlDatabase &db, const Where &where, int bound)
{
    db::Row count;
    auto counted = db::fetchOne(count, db,
                                QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM customers c WHERE %1 LIMIT %2) b")
                                    .arg(where.sql())
                                    .arg(bound + 1),
                                where.binds);
    if (!counted)
        return counted.error();
    return count.value(0).toLongLong();
}

protocol::Status auditCustomer(const db::WriteTransaction &tx, const OpContext &ctx, qint64 id,
                               const std::optional<QJsonObject> &before, const std::optional<QJsonObject> &after)
{
    return audit::append(tx, ctx.caller, {ctx.request.op, kCustomerEntity, id, before, after});
}

// The keys of `values` that hold something: what a new record writes. Empty values
// of fields the caller may not write are no write.
QStringList writtenKeys(const QHash<QString, QVariant> &values)
{
    QStringList keys;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!it.value().isNull() && !(it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty()))
            keys.append(it.key());
    return keys;
}

// Contacts sent with customers.create: a list of maps, at most one primary, writing
// only contact fields the caller may write.
protocol::Result<QList<QHash<QString, QVariant>>> readContacts(const Caller &caller, const QCborValue &value)
{
    QList<QHash<QString, QVariant>> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray())
        return makeError(ErrorCode::Invalid, QStringLiteral("'contacts' must be a list"), QStringLiteral("contacts"));
    const QCborArray list = value.toArray();
    if (list.size() > kMaxContacts)
        return makeError(ErrorCode::Invalid, QStringLiteral("at most %1 contacts").arg(kMaxContacts),
                         QStringLiteral("contacts"));
    int primaries = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("contacts.%1.").arg(i);
        if (!list.at(i).isMap())
            return makeError(ErrorCode::Invalid, QStringLiteral("a contact must be a map"), prefix.chopped(1));
        QHash<QString, QVariant> values;
        const QCborMap map = list.at(i).toMap();
        if (!map.contains(QStringLiteral("name")))
            return makeError(ErrorCode::Invalid, QStringLiteral("'name' must not be empty"), prefix + QStringLiteral("name"));
        if (auto s = readFields(FieldEntity::Contact, map, {}, values, prefix); !s)
            return s.error();
        if (auto s = checkWritable(caller, writtenKeys(values), FieldEntity::Contact, prefix); !s)
            return s.error();
        if (values.value(QStringLiteral("primary")).toInt() != 0)
            ++primaries;
        out.append(values);
    }
    if (primaries > 1)
        return makeError(ErrorCode::Invalid, QStringLiteral("only one contact can be the primary contact"),
                         QStringLiteral("contacts"));
    return out;
}

// A customer's department is always its owner's: it moves with owner_id only.
protocol::Error departmentFollowsOwner()
{
    return makeError(ErrorCode::Invalid,
                     QStringLiteral("'department_id' is the owner's department; change owner_id instead"),
                     QStringLiteral("department_id"));
}

// The follower of a new customer: the caller, or a user they may assign to.
protocol::Result<UserRef> ownerFor(const OpContext &ctx, const QHash<QString, QVariant> &values)
{
    const qint64 ownerId = values.value(QStringLiteral("owner_id")).toLongLong();
    if (ownerId != 0 && ownerId != ctx.caller.userId) {
        if (!ctx.caller.hasRight(domain::rights::kCustomersAssign))
            return makeError(ErrorCode::Forbidden, QStringLiteral("giving a customer to another user needs the right "
                                                                  "customers.assign"),
                             QStringLiteral("owner_id"));
        return loadAssignableUser(ctx.db, ctx.caller, ownerId, QStringLiteral("owner_id"));
    }
    return UserRef{ctx.caller.userId, ctx.caller.departmentId, ctx.caller.displayName, {}, {}};
}

QCborMap duplicateConflictDetails(const QCborArray &duplicates)
{
    return {{QStringLiteral("duplicates"), duplicates}};
}

// Parses the `columns` argument of list and search: keys of listable fields.
protocol::Result<QStringList> readColumns(const Caller &caller, const QCborMap &raw)
{
    QStringList columns;
    if (!raw.contains(QStringLiteral("columns")))
        return columns;
    const QCborValue v = raw.value(QStringLiteral("columns"));
    if (!v.isArray())
        return makeError(ErrorCode::Invalid, QStringLiteral("'columns' must be a list of field keys"),
                         QStringLiteral("columns"));
    const auto cat = catalog();
    for (const QCborValue &item : v.toArray()) {
        const FieldDef *f = cat->find(FieldEntity::Customer, item.toString());
        if (!item.isString() || !f)
            return makeError(ErrorCode::Invalid, QStringLiteral("unknown field '%1'").arg(protocol::elided(item.toString())),
                             QStringLiteral("columns"));
        if (!f->listable)
            return makeError(ErrorCode::Invalid, QStringLiteral("'%1' is not a list column").arg(f->key),
                             QStringLiteral("columns"));
        if (!fieldHidden(caller, f->key)) // a field the caller's role hides is simply not there
            columns.append(f->key);
    }
    return columns;
}

// A list's or a search's item: the whole customer, or `columns` (readColumns: fields
// the caller's role shows) from a row read with those columns only.
QCborMap listItem(const Caller &caller, const CustomerRow &row, const QStringList &columns)
{
    if (columns.isEmpty()) {
        QCborMap full = toWire(row, false);
        redactCustomer(caller, full);
        return full;
    }
    const auto cat = catalog();
    QCborMap item{{QStringLiteral("id"), row.id}, {QStringLiteral("version"), row.version}};
    for (const QString &key : columns) {
        const FieldDef *f = cat->find(FieldEntity::Customer, key);
        if (!f)
            continue;
        item.insert(key, customers::toWire(*f, row.values.value(key)));
        if (key == QLatin1String("owner_id"))
            item.insert(QStringLiteral("owner_name"), row.ownerName);
        if (key == QLatin1String("department_id"))
            item.insert(QStringLiteral("department_name"), row.departmentName);
        if (key == QLatin1String("creator_id"))
            item.insert(QStringLiteral("creator_name"), row.creatorName);
    }
    if (row.deletedAt)
        item.insert(QStringLiteral("deleted_at"), db::isoTime(*row.deletedAt));
    return item;
}

// ---- list: filters, sort and keyset cursor ----

struct SortSpec {
    QString key; // as sent ("-created_at"); a cursor is valid for this sort only
    const FieldDef *field = nullptr;
    QString expression; // SQL over c.
    bool descending = false;
    bool numeric = false;
};

protocol::Result<SortSpec> readSort(const QCborMap &raw)
{
    QString text = QStringLiteral("name");
    if (raw.contains(QStringLiteral("sort"))) {
        if (!raw.value(QStringLiteral("sort")).isString())
            return makeError(ErrorCode::Invalid, QStringLiteral("'sort' is a field key, '-' first for descending"),
                             QStringLiteral("sort"));
        text = raw.value(QStringLiteral("sort")).toString();
    }
    SortSpec spec;
    spec.key = text;
    if (text.startsWith(QLatin1Char('-'))) {
        spec.descending = true;
        text.remove(0, 1);
    }
    spec.field = domain::findBuiltInField(FieldEntity::Customer, text); // custom fields are not sortable
    if (!spec.field || !spec.field->sortable)
        return makeError(ErrorCode::Invalid, QStringLiteral("cannot sort on '%1'").arg(protocol::elided(text)),
                         QStringLiteral("sort"));
    switch (spec.field->type) {
    case FieldType::Money:
    case FieldType::Integer:
    case FieldType::User:
    case FieldType::DateTime:
        spec.numeric = true;
        // Empty values sort first; the sentinel keeps keyset comparisons total.
        spec.expression = QStringLiteral("COALESCE(c.%1, -9000000000000000000)").arg(columnOf(*spec.field));
        if (spec.field->key == QLatin1String("created_at") || spec.field->key == QLatin1String("updated_at"))
            spec.expression = QStringLiteral("c.") + spec.field->key; // NOT NULL, indexed
        break;
    default:
        spec.expression = spec.field->key == QLatin1String("name") ? QStringLiteral("c.name_sort")
                                                                   : QStringLiteral("c.") + columnOf(*spec.field);
        break;
    }
    return spec;
}

QString encodeCursor(const SortSpec &sort, const QVariant &value, qint64 id)
{
    const QCborArray a{sort.key, QCborValue::fromVariant(value), id};
    return QString::fromLatin1(
        a.toCborValue().toCbor().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<QVariant, qint64>> decodeCursor(const QString &cursor, const SortSpec &sort)
{
    const bool numeric = sort.numeric;
    auto bytes = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding
                                                                       | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    const QCborValue v = QCborValue::fromCbor(*bytes);
    // [sort, key, id]: a cursor of another sort would skip or repeat rows.
    if (!v.isArray() || v.toArray().size() != 3 || v.toArray().at(0).toString() != sort.key
        || !v.toArray().at(2).isInteger())
        return std::nullopt;
    const QCborValue key = v.toArray().at(1);
    if (numeric ? !key.isInteger() : !key.isString())
        return std::nullopt;
    return std::make_pair(numeric ? QVariant(key.toInteger()) : QVariant(key.toString()), v.toArray().at(2).toInteger());
}

// ---- search ----

// True when the caller's role hides a field that feeds the search index, so that the
// index, which holds every field, may match a customer on text the caller may not see.
bool hidesSearchableField(const Caller &caller)
{
    const auto cat = catalog();
    for (const FieldEntity entity : {FieldEntity::Customer, FieldEntity::Contact})
        for (const FieldDef &f : cat->fields(entity))
            if (f.searchable && fieldHidden(caller, f.key, entity))
                return true;
    return false;
}

// ---- contacts ----

protocol::Result<ContactRow> loadContact(const OpContext &ctx, qint64 contactId, CustomerRow &customer)
{
    db::Row q;
    auto found = db::fetchOne(q, ctx.db, QStringLiteral("SELECT customer_id FROM contacts WHERE id = ?"), {contactId});
    if (!found)
        return found.error();
    auto notFound = makeError(ErrorCode::NotFound, QStringLiteral("no such contact"), QStringLiteral("id"));
    if (!*found)
        return notFound;
    auto loaded = loadCustomer(ctx.db, ctx.caller, q.value(0).toLongLong());
    if (!loaded)
        return loaded.error().code == ErrorCode::NotFound ? notFound : loaded.error();
    customer = loaded.value();
    if (auto s = checkEditable(ctx.caller, customer); !s)
        return s.error();
    for (const ContactRow &c : customer.contacts)
        if (c.id == contactId)
            return c;
    return notFound;
}

// The `version` an update was made against; required.
std::optional<qint64> requiredVersion(net::ArgReader &args)
{
    const auto version = args.optionalInt(QStringLiteral("version"), 1, std::numeric_limits<qint64>::max());
    if (args.ok() && !version)
        args.fail(QStringLiteral("version"), QStringLiteral("'version' is required: the version that was edited"));
    return version;
}

protocol::Status checkVersion(qint64 sent, qint64 current)
{
    if (sent != current)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the record was changed by someone else (version %1, you have %2)")
                             .arg(current)
                             .arg(sent),
                         QStringLiteral("version"));
    return protocol::Ok{};
}

} // namespace

OpOutcome createCustomer(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    QHash<QString, QVariant> values;
    if (!raw.contains(QStringLiteral("name")))
        return makeError(ErrorCode::Invalid, QStringLiteral("'name' must not be empty"), QStringLiteral("name"));
    if (auto s = readFields(FieldEntity::Customer, raw, {QStringLiteral("contacts"), QStringLiteral("allow_duplicate")},
                            values);
        !s)
        return s.error();
    if (auto s = checkWritable(ctx.caller, writtenKeys(values)); !s)
        return s.error();
    if (auto s = checkRequired(values); !s)
        return s.error();
    net::ArgReader args(raw);
    const bool allowDuplicate = args.optionalBool(QStringLiteral("allow_duplicate")).value_or(false);
    if (!args.ok())
        return args.error();
    auto contacts = readContacts(ctx.caller, raw.value(QStringLiteral("contacts")));
    if (!contacts)
        return contacts.error();

    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto owner = ownerFor(ctx, values);
        if (!owner)
            return owner.error();
        if (values.contains(QStringLiteral("department_id"))
            && values.value(QStringLiteral("department_id")).toLongLong() != owner->departmentId)
            return departmentFollowsOwner();
        values.remove(QStringLiteral("department_id"));
        if (!allowDuplicate) {
            auto duplicates = findDuplicates(ctx.db, ctx.caller, probeOf(values, contacts.value()));
            if (!duplicates)
                return duplicates.error();
            if (!duplicates->isEmpty()) {
                auto error = makeError(ErrorCode::Conflict,
                                       QStringLiteral("%1 customer(s) look the same; send allow_duplicate to create "
                                                      "it anyway")
                                           .arg(duplicates->size()),
                                       QStringLiteral("name"));
                error.details = duplicateConflictDetails(duplicates.value());
                return error;
            }
        }
        values.remove(QStringLiteral("owner_id"));
        auto id = insertCustomer(ctx.db, values, owner->id, owner->departmentId, ctx.caller.userId);
        if (!id)
            return id.error();
        qint64 primary = 0;
        for (const auto &contact : contacts.value()) {
            auto contactId = insertContact(ctx.db, *id, contact);
            if (!contactId)
                return contactId.error();
            if (contact.value(QStringLiteral("primary")).toInt() != 0)
                primary = *contactId;
        }
        if (auto s = settlePrimaryContact(ctx.db, *id, primary); !s)
            return s.error();
        auto created = reindexAndAudit(tx, ctx.caller, ctx.request.op, *id, std::nullopt);
        if (!created)
            return created.error();
        return QCborMap{{QStringLiteral("id"), *id}, {QStringLiteral("version"), created->version}};
    });
}

OpOutcome getCustomer(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    const bool binned = args.optionalBool(QStringLiteral("binned")).value_or(false);
    if (!args.ok())
        return args.error();
    auto row = loadCustomer(ctx.db, ctx.caller, id, binned ? Binned::Include : Binned::Exclude);
    if (!row)
        return row.error();
    QCborMap wire = toWire(row.value());
    redactCustomer(ctx.caller, wire);
    return wire;
}

OpOutcome updateCustomer(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const qint64 id = args.id(QStringLiteral("id"));
    const auto version = requiredVersion(args);
    if (!args.ok())
        return args.error();
    if (raw.contains(QStringLiteral("contacts")))
        return makeError(ErrorCode::Invalid, QStringLiteral("contacts change with contacts.create/update/delete"),
                         QStringLiteral("contacts"));
    QHash<QString, QVariant> changes;
    if (auto s = readFields(FieldEntity::Customer, raw, {QStringLiteral("id"), QStringLiteral("version")}, changes); !s)
        return s.error();

    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto before = loadCustomer(ctx.db, ctx.caller, id);
        if (!before)
            return before.error();
        if (auto s = checkEditable(ctx.caller, before.value()); !s)
            return s.error();
        if (auto s = checkVersion(*version, before->version); !s)
            return s.error();
        // Only what differs is written (and audited).
        for (auto it = changes.begin(); it != changes.end();) {
            if (before->values.value(it.key()) == it.value()
                || (before->values.value(it.key()).isNull() && it.value().isNull()))
                it = changes.erase(it);
            else
                ++it;
        }
        if (changes.isEmpty())
            return QCborMap{{QStringLiteral("version"), before->version}};
        if (auto s = checkWritable(ctx.caller, changes.keys()); !s)
            return s.error();
        if (changes.contains(QStringLiteral("owner_id"))) {
            if (!ctx.caller.hasRight(domain::rights::kCustomersAssign))
                return makeError(ErrorCode::Forbidden,
                                 QStringLiteral("changing the follower needs the right customers.assign"),
                                 QStringLiteral("owner_id"));
            auto owner = loadAssignableUser(ctx.db, ctx.caller, changes.value(QStringLiteral("owner_id")).toLongLong(),
                                            QStringLiteral("owner_id"));
            if (!owner)
                return owner.error();
            if (changes.contains(QStringLiteral("department_id"))
                && changes.value(QStringLiteral("department_id")).toLongLong() != owner->departmentId)
                return departmentFollowsOwner();
            changes.insert(QStringLiteral("department_id"), owner->departmentId);
        } else if (changes.contains(QStringLiteral("department_id"))) {
            return departmentFollowsOwner();
        }
        if (auto s = updateCustomerColumns(ctx.db, id, changes, ctx.caller.userId); !s)
            return s.error();
        if (changes.contains(QStringLiteral("owner_id"))) {
            if (auto r = db::exec(ctx.db, QStringLiteral("UPDATE customers SET assigned_at = ? WHERE id = ?"),
                                  {db::nowMs(), id});
                !r)
                return r.error();
        }
        auto after = reindexAndAudit(tx, ctx.caller, ctx.request.op, id, image(before.value()));
        if (!after)
            return after.error();
        return QCborMap{{QStringLiteral("version"), after->version}};
    });
}

OpOutcome deleteCustomers(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    QList<qint64> ids;
    if (raw.contains(QStringLiteral("ids"))) {
        const QCborValue v = raw.value(QStringLiteral("ids"));
        if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > kMaxBulkIds)
            return makeError(ErrorCode::Invalid, QStringLiteral("'ids' is a list of 1 to %1 ids").arg(kMaxBulkIds),
                             QStringLiteral("ids"));
        for (const QCborValue &item : v.toArray()) {
            if (!item.isInteger() || item.toInteger() <= 0)
                return makeError(ErrorCode::Invalid, QStringLiteral("'ids' holds positive integer ids"),
                                 QStringLiteral("ids"));
            ids.append(item.toInteger());
        }
    } else {
        net::ArgReader args(raw);
        ids.append(args.id(QStringLiteral("id")));
        if (!args.ok())
            return args.error();
    }
    const bool single = !raw.contains(QStringLiteral("ids"));
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        QCborArray deleted;
        QCborArray skipped;
        const qint64 now = db::nowMs();
        for (qint64 id : ids) {
            auto before = loadCustomer(ctx.db, ctx.caller, id);
            if (!before) {
                if (before.error().code != ErrorCode::NotFound || single)
                    return before.error();
                skipped.append(id); // not visible or already binned: never touched
                continue;
            }
            if (auto s = checkEditable(ctx.caller, before.value()); !s) {
                if (single)
                    return s.error();
                skipped.append(id); // visible but not the caller's to change
                continue;
            }
            if (auto r = db::exec(ctx.db,
                                  QStringLiteral("UPDATE customers SET deleted_at = ?, deleted_by = ?, "
                                                 "version = version + 1 WHERE id = ?"),
                                  {now, ctx.caller.userId, id});
                !r)
                return r.error();
            QJsonObject after = image(before.value());
            after.insert(QStringLiteral("deleted_at"), db::isoTime(now));
            after.insert(QStringLiteral("version"), before->version + 1);
            if (auto s = auditCustomer(tx, ctx, id, image(before.value()), after); !s)
                return s.error();
            deleted.append(id);
        }
        return QCborMap{{QStringLiteral("deleted"), deleted}, {QStringLiteral("skipped"), skipped}};
    });
}

OpOutcome restoreCustomer(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto before = loadCustomer(ctx.db, ctx.caller, id, Binned::Only);
        if (!before)
            return before.error();
        if (auto s = checkEditable(ctx.caller, before.value()); !s)
            return s.error();
        if (auto r = db::exec(ctx.db,
                              QStringLiteral("UPDATE customers SET deleted_at = NULL, deleted_by = NULL, "
                                             "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?"),
                              {db::nowMs(), ctx.caller.userId, id});
            !r)
            return r.error();
        auto after = loadCustomer(ctx.db, localAdministrator({}), id);
        if (!after)
            return after.error();
        if (auto s = auditCustomer(tx, ctx, id, image(before.value()), image(after.value())); !s)
            return s.error();
        return QCborMap{{QStringLiteral("version"), after->version}};
    });
}

OpOutcome purgeCustomer(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto before = loadCustomer(ctx.db, ctx.caller, id, Binned::Include);
        if (!before)
            return before.error();
        if (auto s = checkEditable(ctx.caller, before.value()); !s)
            return s.error();
        if (!before->deletedAt)
            return makeError(ErrorCode::Conflict, QStringLiteral("only a customer in the recycle bin can be erased"),
                             QStringLiteral("id"));
        if (auto s = db::deleteCustomerSearch(ctx.db, tx.dialect(), id); !s)
            return s.error();
        for (const char *sql : {"DELETE FROM contacts WHERE customer_id = ?",
                                "DELETE FROM customer_followers WHERE customer_id = ?",
                                "DELETE FROM customer_access WHERE customer_id = ?", "DELETE FROM customers WHERE id = ?"}) {
            if (auto r = db::exec(ctx.db, QLatin1String(sql), {id}); !r)
                return r.error();
        }
        if (auto s = auditCustomer(tx, ctx, id, image(before.value()), std::nullopt); !s)
            return s.error();
        return QCborMap{};
    });
}

OpOutcome listCustomers(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const int limit = int(args.optionalInt(QStringLiteral("limit"), 1, kMaxPage).value_or(kDefaultPage));
    const bool binned = args.optionalBool(QStringLiteral("binned")).value_or(false);
    const auto cursorText = args.optionalText(QStringLiteral("cursor"), 2000);
    // A seek for a client that jumps far into a list it has not walked (#4); its cost
    // grows with the depth (docs/performance.md), so the pages after it go by cursor.
    const auto offset = args.optionalInt(QStringLiteral("offset"), 0, std::numeric_limits<int>::max());
    if (!args.ok())
        return args.error();
    if (offset && cursorText)
        return makeError(ErrorCode::Invalid, QStringLiteral("'offset' and 'cursor' exclude each other"),
                         QStringLiteral("offset"));
    auto sort = readSort(raw);
    if (!sort)
        return sort.error();
    // Sorting on a hidden field would tell its values by the order.
    if (sort->field && fieldHidden(ctx.caller, sort->field->key))
        return makeError(ErrorCode::Forbidden, QStringLiteral("your role does not show this field"), QStringLiteral("sort"));
    auto columns = readColumns(ctx.caller, raw);
    if (!columns)
        return columns.error();
    std::optional<std::pair<QVariant, qint64>> after;
    if (cursorText) {
        after = decodeCursor(*cursorText, sort.value());
        if (!after)
            return makeError(ErrorCode::Invalid, QStringLiteral("not a cursor of this list and sort"),
                             QStringLiteral("cursor"));
    }

    const db::Dialect dialect = ctx.server.pool.dialect();
    // The rows of the list. Pages walk the sort's index and test each row; a count
    // should read only the rows in scope, through the scope's own indexes when it has
    // them (scope own: the caller's customers and those they follow, not all of a
    // million; customerScope, ScopeUse).
    const auto listWhere = [&](ScopeUse use) -> protocol::Result<Where> {
        Where w;
        const auto scope = customerScope(ctx.caller, QStringLiteral("c"), Listed::Widens, use);
        w.add(scope.sql, scope.binds);
        const QString deletedAt = use == ScopeUse::Count && ctx.caller.scope == domain::DataScope::Own
                                      ? dialect.unindexed(QStringLiteral("c.deleted_at"))
                                      : QStringLiteral("c.deleted_at");
        w.add(deletedAt + (binned ? QStringLiteral(" IS NOT NULL") : QStringLiteral(" IS NULL")));
        if (auto s = readFilters(dialect, ctx.caller, raw, w); !s)
            return s.error();
        return w;
    };
    auto listed = listWhere(ScopeUse::Filter);
    if (!listed)
        return listed.error();
    // The count's form of the rows: for the first page's total, and with scope own
    // for the choice below.
    const bool firstPage = !after && !offset;
    const bool own = ctx.caller.scope == domain::DataScope::Own;
    std::optional<Where> counting;
    if (firstPage || own) {
        auto w = listWhere(ScopeUse::Count);
        if (!w)
            return w.error();
        counting = w.takeValue();
    }

    QCborMap result;
    std::optional<qint64> total;
    if (firstPage) {
        // The total is counted for the first page only; later pages are keyset reads
        // and a seek (offset) comes from a client that has the total already.
        db::Row count;
        auto counted = db::fetchOne(count, ctx.db, QStringLiteral("SELECT COUNT(*) FROM customers c WHERE ") + counting->sql(),
                                    counting->binds);
        if (!counted)
            return counted.error();
        total = count.value(0).toLongLong();
        result.insert(QStringLiteral("total"), *total);
    }
    // A page walks the sort's index and tests each row against the scope: ~6 µs a row
    // at a million customers, so with scope own a rep whose customers are few among
    // many waited for the walk to come across them (6.1 s for a page of a rep with no
    // customer at 1M). Their customers found through the scope's own indexes and sorted
    // cost ~0.5 µs each: up to kSmallBook of them the page reads those instead (a
    // bounded count decides on later pages: ~1 ms).
    bool smallBook = false;
    if (own) {
        if (!total) {
            auto counted = boundedCount(ctx.db, *counting, kSmallBook);
            if (!counted)
                return counted.error();
            total = counted.value();
        }
        smallBook = *total <= kSmallBook;
    }
    const Where &where = smallBook ? *counting : *listed;
    Where page = where;
    const QString direction = sort->descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString compare = sort->descending ? QStringLiteral("<") : QStringLiteral(">");
    if (offset) {
        // The row at the offset is found on the sort index alone, then the page is a
        // keyset read from it: OFFSET on the page query itself would join and read
        // every skipped row (12 µs a row against 0.6 µs, docs/performance.md).
        db::Row at;
        auto found = db::fetchOne(at, ctx.db,
                                  QStringLiteral("SELECT %1, c.id FROM customers c WHERE ").arg(sort->expression)
                                      + where.sql()
                                      + QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT 1 OFFSET ?").arg(sort->expression, direction),
                                  where.binds + QVariantList{*offset});
        if (!found)
            return found.error();
        if (!*found)
            return QCborMap{{QStringLiteral("items"), QCborArray{}}};
        after = {sort->numeric ? QVariant(at.value(0).toLongLong()) : QVariant(at.value(0).toString()),
                 at.value(1).toLongLong()};
        compare += QLatin1Char('=');
    }
    if (after)
        page.add(QStringLiteral("(%1, c.id) %2 (?, ?)").arg(sort->expression, compare), {after->first, after->second});
    // The sort expression is selected again so that the cursor holds exactly what was compared.
    auto rows = db::execCached(ctx.db,
                               customerSelectColumns(sort->expression, columns.value()) + QStringLiteral(" WHERE ") + page.sql()
                                   + QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT %3").arg(sort->expression, direction).arg(limit + 1),
                               page.binds);
    if (!rows)
        return rows.error();
    QCborArray items;
    QVariant lastKey;
    qint64 lastId = 0;
    bool more = false;
    while (rows->next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        // Column 0 is the sort key, exactly as compared, for the cursor.
        const QSqlQuery &q = rows->query();
        lastKey = sort->numeric ? QVariant(q.value(0).toLongLong()) : QVariant(q.value(0).toString());
        const CustomerRow row = customerFromQuery(q, 1, columns.value());
        lastId = row.id;
        items.append(listItem(ctx.caller, row, columns.value()));
    }
    result.insert(QStringLiteral("items"), items);
    if (more)
        result.insert(QStringLiteral("next_cursor"), encodeCursor(sort.value(), lastKey, lastId));
    return result;
}

OpOutcome searchCustomers(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const QString query = args.text(QStringLiteral("query"), 200);
    const int limit = int(args.optionalInt(QStringLiteral("limit"), 1, kMaxSearch).value_or(kDefaultPage));
    if (!args.ok())
        return args.error();
    auto columns = readColumns(ctx.caller, raw);
    if (!columns)
        return columns.error();
    const db::Dialect dialect = ctx.server.pool.dialect();
    // The scope and the list's filters (#4) go into every candidate query, so that each
    // LIMIT fills from customers that match both the query and the filters: a name
    // prefix or the search index finds the candidates, and each is tested. In a small
    // scope among many customers (a rep's 300 of a million) most candidates of a
    // common query fail the test, and each test read the candidate's row: 110 ms for
    // "wf", 690 for "华". Up to kSmallBook customers in the scope, their ids are read
    // once through the scope's own indexes instead, and a candidate is kept when its
    // id is among them, before its row is read (docs/performance.md, "Searches in a
    // narrower scope"). The same holds for filters that pick few customers of many
    // (an administrator searching one rep's customers: 445 ms → 14 ms for "华"):
    // those on a column that leads an index are counted with the scope.
    Where tested; // read first: it checks every filter
    const auto testedScope = customerScope(ctx.caller, QStringLiteral("c"), Listed::Widens, ScopeUse::NarrowSearch);
    tested.add(testedScope.sql, testedScope.binds);
    if (auto s = readFilters(dialect, ctx.caller, raw, tested, FilterRole::NarrowSearch); !s)
        return s.error();
    const QString folded = text::fold(query);
    const QStringList words = text::searchTokens(query);
    if (words.isEmpty())
        return QCborMap{{QStringLiteral("items"), QCborArray{}}};

    // The scope's count form always: with scope all it still holds the restricted
    // customers a director is no insider of.
    std::optional<Where> smallScope;
    Where scoped;
    const auto countedScope = customerScope(ctx.caller, QStringLiteral("c"), Listed::Widens, ScopeUse::Count);
    scoped.add(countedScope.sql, countedScope.binds);
    scoped.add(dialect.unindexed(QStringLiteral("c.deleted_at")) + QStringLiteral(" IS NULL"));
    const QCborMap filters = raw.value(QStringLiteral("filters")).toMap();
    QCborMap indexedFilters;
    for (const char *key : {"owner_id", "department_id", "creator_id", "province"}) {
        const QString k = QLatin1String(key);
        if (filters.contains(k))
            indexedFilters.insert(k, filters.value(k));
    }
    if (ctx.caller.scope != domain::DataScope::All || !indexedFilters.isEmpty()) {
        // Only the indexed filters are counted: one that no index serves would have
        // the count walk a large scope through.
        Where counting = scoped;
        if (auto s = readFilters(dialect, ctx.caller, QCborMap{{QStringLiteral("filters"), indexedFilters}}, counting); !s)
            return s.error();
        auto counted = boundedCount(ctx.db, counting, kSmallBook);
        if (!counted)
            return counted.error();
        if (counted.value() <= kSmallBook) {
            // Every filter, as sent (a key given twice holds twice).
            if (auto s = readFilters(dialect, ctx.caller, raw, scoped); !s)
                return s.error();
            smallScope = std::move(scoped);
        }
    }
    // The condition on a candidate whose customer id is `idColumn`. The subquery's
    // alias c is its own, not the outer query's: the scope and filters are written
    // over c.
    const auto narrowed = [&](const QString &idColumn) -> Where {
        if (!smallScope)
            return tested;
        Where w;
        w.add(idColumn + QStringLiteral(" IN (SELECT c.id FROM customers c WHERE %1)").arg(smallScope->sql()),
              smallScope->binds);
        return w;
    };

    bool lastIsPrefix = true;
    for (const QChar ch : words.last())
        if (ch.unicode() >= 0x80)
            lastIsPrefix = false;
    const QString key = nameKey(query);
    // A role that hides the name is not searched by it, nor ranked or ordered by it.
    const bool nameHidden = fieldHidden(ctx.caller, QStringLiteral("name"));

    // Candidates are ranked on their stored keys (name_key, name_initials and
    // name_sort are written with every name change); only the page is then read in
    // full. Reading up to 200 whole rows and computing the pinyin of each name again
    // cost more than the index lookups themselves.
    struct Candidate {
        QString nameKey;
        QString initials;
        QString sortKey;
    };
    QHash<qint64, Candidate> found;
    const QString candidateSelect = QStringLiteral("SELECT c.id, c.name_key, c.name_initials, c.name_sort FROM customers c");
    auto collect = [&](const QString &sql, const QVariantList &binds) -> protocol::Status {
        auto rows = db::execCached(ctx.db, sql, binds);
        if (!rows)
            return rows.error();
        while (rows->next())
            found.insert(rows->value(0).toLongLong(),
                         {rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString()});
        return protocol::Ok{};
    };
    // 1. Names and pinyin initials that start with the query (index range scans),
    //    so exact and prefix matches are never crowded out by substring ones.
    //    "+c.deleted_at" keeps SQLite off the customers_deleted index: without
    //    statistics it rates "deleted_at IS NULL" (true of nearly every row) above the
    //    name range and scanned the whole table, twice per search.
    //    In a small scope SQLite may lead with the scope's ids instead, each tested
    //    on the name (at most kSmallBook rows).
    if (!key.isEmpty() && !nameHidden) {
        const auto byName = db::prefixCondition(dialect, QStringLiteral("c.name_key"), key);
        const auto byInitials = db::prefixCondition(dialect, QStringLiteral("c.name_initials"), key);
        const Where inScope = narrowed(QStringLiteral("c.id"));
        for (const auto &condition : {byName, byInitials}) {
            if (auto s = collect(candidateSelect + QStringLiteral(" WHERE +c.deleted_at IS NULL AND ")
                                     + condition.sql + QStringLiteral(" AND ") + inScope.sql()
                                     + QStringLiteral(" LIMIT %1").arg(limit),
                                 condition.binds + inScope.binds);
                !s)
                return s.error();
        }
    }
    // 2. Substrings anywhere in the indexed text. The scope's ids are matched against
    //    the index's own (unindexed: a lookup of the search index per id costs far
    //    more than its walk).
    const auto match = db::customerSearchMatch(dialect, folded, words, lastIsPrefix);
    const Where inScope = narrowed(dialect.unindexed(match.key));
    const QString substringSelect = candidateSelect + match.join + QStringLiteral(" WHERE ") + match.where
                                    + QStringLiteral(" AND c.deleted_at IS NULL AND ") + inScope.sql();
    const QVariantList substringBinds = match.binds + inScope.binds;
    if (!hidesSearchableField(ctx.caller)) {
        if (auto s = collect(substringSelect + QStringLiteral(" LIMIT %1").arg(kMaxSearch), substringBinds); !s)
            return s.error();
    } else {
        // The index holds every field, those the caller's role hides too (a hidden
        // mobile must not find, and so reveal, a customer). The matches are walked in id
        // order, a page at a time, and each is kept only when the text of the fields the
        // caller sees matches on its own, until as many are kept as an unfiltered search
        // would collect or no match is left.
        qint64 afterId = 0;
        int kept = 0;
        for (;;) {
            QHash<qint64, Candidate> page;
            QList<qint64> unseen;
            auto rows = db::execCached(ctx.db,
                                       substringSelect + QStringLiteral(" AND %1 > ? ORDER BY %1 LIMIT %2").arg(match.key).arg(kMaxSearch),
                                       substringBinds + QVariantList{afterId});
            if (!rows)
                return rows.error();
            int read = 0;
            while (rows->next()) {
                ++read;
                afterId = rows->value(0).toLongLong();
                const Candidate c{rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString()};
                if (found.contains(afterId)) {
                    ++kept; // found by its name, which the caller sees
                    continue;
                }
                page.insert(afterId, c);
                unseen.append(afterId);
            }
            auto loaded = loadCustomerRows(ctx.db, unseen);
            if (!loaded)
                return loaded.error();
            for (const CustomerRow &row : loaded.value()) {
                if (!db::searchDocumentMatches(dialect, searchDocument(row, &ctx.caller), folded, words, lastIsPrefix))
                    continue;
                found.insert(row.id, page.value(row.id));
                ++kept;
            }
            if (read < kMaxSearch || kept >= kMaxSearch)
                break;
        }
    }

    // Ranked: exact name (or initials), then names starting with the query, then the rest.
    struct Ranked {
        int rank;
        QString sortKey;
        qint64 id;
    };
    QList<Ranked> ranked;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const Candidate &c = it.value();
        int rank = 2;
        if (!nameHidden && (c.nameKey == key || c.initials == key))
            rank = 0;
        else if (!nameHidden && !key.isEmpty() && (c.nameKey.startsWith(key) || c.initials.startsWith(key)))
            rank = 1;
        ranked.append({rank, nameHidden ? QString() : c.sortKey, it.key()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return std::tie(a.rank, a.sortKey, a.id) < std::tie(b.rank, b.sortKey, b.id);
    });
    if (ranked.size() > limit)
        ranked.resize(limit);
    QHash<qint64, CustomerRow> rows;
    if (!ranked.isEmpty()) {
        QVariantList ids;
        for (const Ranked &r : std::as_const(ranked))
            ids.append(r.id);
        auto page = db::execCached(ctx.db,
                                   customerSelectColumns({}, columns.value())
                                       + QStringLiteral(" WHERE c.id IN (%1)").arg(db::placeholders(ids.size())),
                                   ids);
        if (!page)
            return page.error();
        while (page->next()) {
            CustomerRow row = customerFromQuery(page->query(), 0, columns.value());
            rows.insert(row.id, row);
        }
    }
    QCborArray items;
    for (const Ranked &r : std::as_const(ranked)) {
        const auto it = rows.constFind(r.id);
        if (it == rows.cend())
            continue;
        QCborMap item = listItem(ctx.caller, *it, columns.value());
        item.insert(QStringLiteral("rank"), r.rank);
        items.append(item);
    }
    return QCborMap{{QStringLiteral("items"), items}};
}

OpOutcome customerDuplicates(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    QHash<QString, QVariant> values;
    if (auto s = readFields(FieldEntity::Customer, raw, {QStringLiteral("exclude_id")}, values); !s)
        return s.error();
    net::ArgReader args(raw);
    const auto exclude = args.optionalId(QStringLiteral("exclude_id"));
    if (!args.ok())
        return args.error();
    DuplicateProbe probe = probeOf(values, {});
    probe.excludeId = exclude.value_or(0);
    auto items = findDuplicates(ctx.db, ctx.caller, probe);
    if (!items)
        return items.error();
    return QCborMap{{QStringLiteral("items"), items.value()}};
}

OpOutcome customerBirthdays(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const int days = int(args.optionalInt(QStringLiteral("days"), 0, 366).value_or(2));
    const auto fromText = args.optionalText(QStringLiteral("from"), 10);
    QDate from = QDate::currentDate();
    if (args.ok() && fromText) {
        from = QDate::fromString(*fromText, Qt::ISODate);
        if (!from.isValid())
            args.fail(QStringLiteral("from"), QStringLiteral("'from' is a date (YYYY-MM-DD)"));
    }
    if (!args.ok())
        return args.error();
    // A list by birthday would tell the birthdays a role hides.
    if (fieldHidden(ctx.caller, QStringLiteral("birthday"), FieldEntity::Contact))
        return QCborMap{{QStringLiteral("items"), QCborArray{}}};
    // Each day of the window as MM-DD; 29 February is celebrated on 28 February in
    // years without it.
    QHash<QString, int> offsets;
    for (int i = 0; i <= days; ++i) {
        const QDate d = from.addDays(i);
        const QString md = d.toString(QStringLiteral("MM-dd"));
        if (!offsets.contains(md))
            offsets.insert(md, i);
        if (md == QLatin1String("02-28") && !QDate::isLeapYear(d.year()) && !offsets.contains(QStringLiteral("02-29")))
            offsets.insert(QStringLiteral("02-29"), i);
    }
    QVariantList binds;
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
        binds.append(it.key());
    const auto scope = customerScope(ctx.caller);
    auto rows = db::exec(ctx.db,
                         QStringLiteral("SELECT k.id, k.name, k.birthday, k.mobile, k.birthday_md, c.id, c.name, "
                                        "o.display_name FROM contacts k JOIN customers c ON c.id = k.customer_id "
                                        "LEFT JOIN users o ON o.id = c.owner_id "
                                        "WHERE k.birthday_md IN (%1) AND c.deleted_at IS NULL AND %2")
                             .arg(db::placeholders(binds.size()), scope.sql),
                         binds + scope.binds);
    if (!rows)
        return rows.error();
    struct Item {
        int inDays;
        QCborMap map;
    };
    QList<Item> found;
    while (rows->next()) {
        const QSqlQuery &q = rows.value();
        const int inDays = offsets.value(q.value(4).toString());
        const QDate birthday = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const QDate day = from.addDays(inDays);
        QCborMap m{{QStringLiteral("contact_id"), q.value(0).toLongLong()},
                   {QStringLiteral("name"), q.value(1).toString()},
                   {QStringLiteral("birthday"), q.value(2).toString()},
                   {QStringLiteral("mobile"), q.value(3).toString()},
                   {QStringLiteral("customer_id"), q.value(5).toLongLong()},
                   {QStringLiteral("customer_name"), q.value(6).toString()},
                   {QStringLiteral("owner_name"), q.value(7).toString()},
                   {QStringLiteral("date"), day.toString(Qt::ISODate)},
                   {QStringLiteral("in_days"), inDays}};
        if (birthday.isValid() && birthday.year() > 1900)
            m.insert(QStringLiteral("age"), day.year() - birthday.year());
        redactContact(ctx.caller, m); // name and mobile are the contact's
        if (fieldHidden(ctx.caller, QStringLiteral("name")))
            m.remove(QStringLiteral("customer_name"));
        if (fieldHidden(ctx.caller, QStringLiteral("owner_id")))
            m.remove(QStringLiteral("owner_name"));
        found.append({inDays, m});
    }
    std::stable_sort(found.begin(), found.end(), [](const Item &a, const Item &b) { return a.inDays < b.inDays; });
    QCborArray items;
    for (const Item &i : found)
        items.append(i.map);
    return QCborMap{{QStringLiteral("items"), items}};
}

OpOutcome createContact(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const qint64 customerId = args.id(QStringLiteral("customer_id"));
    if (!args.ok())
        return args.error();
    QHash<QString, QVariant> values;
    if (!raw.contains(QStringLiteral("name")))
        return makeError(ErrorCode::Invalid, QStringLiteral("'name' must not be empty"), QStringLiteral("name"));
    if (auto s = readFields(FieldEntity::Contact, raw, {QStringLiteral("customer_id")}, values); !s)
        return s.error();
    if (auto s = checkWritable(ctx.caller, writtenKeys(values), FieldEntity::Contact); !s)
        return s.error();
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto customer = loadCustomer(ctx.db, ctx.caller, customerId);
        if (!customer)
            return makeError(ErrorCode::NotFound, QStringLiteral("no such customer"), QStringLiteral("customer_id"));
        if (auto s = checkEditable(ctx.caller, customer.value()); !s)
            return makeError(ErrorCode::Forbidden, s.error().message, QStringLiteral("customer_id"));
        if (customer->contacts.size() >= kMaxContacts)
            return makeError(ErrorCode::Invalid, QStringLiteral("at most %1 contacts").arg(kMaxContacts),
                             QStringLiteral("customer_id"));
        auto id = insertContact(ctx.db, customerId, values);
        if (!id)
            return id.error();
        if (auto s = settlePrimaryContact(ctx.db, customerId, values.value(QStringLiteral("primary")).toInt() ? *id : 0);
            !s)
            return s.error();
        auto after = reindexAndAudit(tx, ctx.caller, ctx.request.op, customerId, image(customer.value()));
        if (!after)
            return after.error();
        return QCborMap{{QStringLiteral("id"), *id}, {QStringLiteral("version"), 1}};
    });
}

OpOutcome updateContact(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const qint64 id = args.id(QStringLiteral("id"));
    const auto version = requiredVersion(args);
    if (!args.ok())
        return args.error();
    QHash<QString, QVariant> changes;
    if (auto s = readFields(FieldEntity::Contact, raw, {QStringLiteral("id"), QStringLiteral("version")}, changes); !s)
        return s.error();
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        CustomerRow customer;
        auto contact = loadContact(ctx, id, customer);
        if (!contact)
            return contact.error();
        if (auto s = checkVersion(*version, contact->version); !s)
            return s.error();
        // Sending a field's current value writes nothing; changing it needs the right to.
        QStringList changed;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const QVariant now = contact->values.value(it.key());
            if (!(now == it.value() || (now.isNull() && it.value().isNull())))
                changed.append(it.key());
        }
        if (auto s = checkWritable(ctx.caller, changed, FieldEntity::Contact); !s)
            return s.error();
        const bool makePrimary = changes.value(QStringLiteral("primary")).toInt() != 0;
        const bool dropPrimary = changes.contains(QStringLiteral("primary")) && !makePrimary;
        if (auto s = updateContactColumns(ctx.db, id, changes); !s)
            return s.error();
        if (makePrimary || dropPrimary) {
            if (auto s = settlePrimaryContact(ctx.db, contact->customerId, makePrimary ? id : 0); !s)
                return s.error();
        }
        auto after = reindexAndAudit(tx, ctx.caller, ctx.request.op, contact->customerId, image(customer));
        if (!after)
            return after.error();
        return QCborMap{{QStringLiteral("version"), contact->version + 1}};
    });
}

OpOutcome deleteContact(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        CustomerRow customer;
        auto contact = loadContact(ctx, id, customer);
        if (!contact)
            return contact.error();
        if (auto r = db::exec(ctx.db, QStringLiteral("DELETE FROM contacts WHERE id = ?"), {id}); !r)
            return r.error();
        if (auto s = settlePrimaryContact(ctx.db, contact->customerId, 0); !s)
            return s.error();
        auto after = reindexAndAudit(tx, ctx.caller, ctx.request.op, contact->customerId, image(customer));
        if (!after)
            return after.error();
        return QCborMap{};
    });
}

} // namespace cordial::server::customers
