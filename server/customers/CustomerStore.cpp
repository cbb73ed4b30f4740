#include "customers/CustomerStore.h"

#include "audit/AuditLog.h"
#include "customers/FieldRegistry.h"
#include "customers/FieldValues.h"
#include "db/StatementCache.h"
#include "text/TextFold.h"

#include <QCborArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace cordial::server::customers {

using domain::FieldDef;
using domain::FieldEntity;
using domain::FieldType;
using protocol::ErrorCode;
using protocol::makeError;

namespace {

// Built-in fields live in columns of their own; custom fields in customers.custom.
const QList<FieldDef> &columnFields()
{
    return domain::builtInCustomerFields();
}

const QList<FieldDef> &contactFields()
{
    return domain::builtInContactFields();
}

// The JSON text of customers.custom after applying `changes` (custom keys only;
// an empty value removes the key) to `stored`.
QString mergedCustom(const QString &stored, const QHash<QString, QVariant> &changes, const CatalogSnapshot &cat)
{
    QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldDef *f = cat.find(FieldEntity::Customer, it.key());
        if (!f || !f->custom)
            continue;
        const QJsonValue v = customToJson(*f, it.value());
        if (v.isNull())
            o.remove(f->key);
        else
            o.insert(f->key, v);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool hasCustomChange(const QHash<QString, QVariant> &changes, const CatalogSnapshot &cat)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        if (const FieldDef *f = cat.find(FieldEntity::Customer, it.key()); f && f->custom)
            return true;
    return false;
}

QString contactSelect()
{
    static const QString sql = [] {
        QStringList cols{QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("version")};
        for (const FieldDef &f : contactFields())
            cols.append(columnOf(f));
        return QStringLiteral("SELECT ") + cols.join(QStringLiteral(", ")) + QStringLiteral(" FROM contacts ");
    }();
    return sql;
}

ContactRow contactFromQuery(const QSqlQuery &q)
{
    ContactRow row;
    row.id = q.value(0).toLongLong();
    row.customerId = q.value(1).toLongLong();
    row.version = q.value(2).toLongLong();
    int i = 3;
    for (const FieldDef &f : contactFields())
        row.values.insert(f.key, q.value(i++));
    return row;
}

// Binds a QHash of stored values by column in a stable order.
struct ColumnBinds {
    QStringList columns;
    QVariantList values;
};

ColumnBinds columnBinds(const QList<FieldDef> &fields, const QHash<QString, QVariant> &values)
{
    ColumnBinds out;
    for (const FieldDef &f : fields) {
        const auto it = values.constFind(f.key);
        if (it == values.cend())
            continue;
        out.columns.append(columnOf(f));
        out.values.append(*it);
    }
    return out;
}

// Inserts a customer or contact row. Prepared: the statement stays prepared per set
// of columns and connection (an import writes thousands of rows with the same
// columns, and parsing a 75-column insert cost as much as running it).
protocol::Result<qint64> insertRow(const QSqlDatabase &db, const QString &table, const ColumnBinds &binds,
                                   InsertStatement statement)
{
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, binds.columns.join(QStringLiteral(", ")), db::placeholders(binds.columns.size()));
    if (statement == InsertStatement::OneOff)
        return db::insertReturningId(db, sql, binds.values);
    auto q = db::execCached(db, sql + QStringLiteral(" RETURNING id"), binds.values);
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal, QStringLiteral("insert returned no id"));
    return q->value(0).toLongLong();
}

void addDerived(ColumnBinds &binds, const QHash<QString, QVariant> &derived)
{
    for (auto it = derived.cbegin(); it != derived.cend(); ++it) {
        binds.columns.append(it.key());
        binds.values.append(it.value());
    }
}

} // namespace

namespace {

// The customers of the caller's data scope, before restrictions and listings.
auth::ScopeFilter dataScope(const Caller &caller, const QString &alias, ScopeUse use)
{
    // "+": valid on both databases; SQLite cannot use an index for the term.
    const QString column = (use == ScopeUse::NarrowSearch ? QStringLiteral("+") : QString()) + alias;
    switch (caller.scope) {
    case domain::DataScope::All:
        return {QStringLiteral("1 = 1"), {}};
    case domain::DataScope::DepartmentTree:
        return {column + QStringLiteral(".department_id IN ") + auth::departmentTreeSubquery(), {caller.departmentId}};
    case domain::DataScope::Department:
        return {column + QStringLiteral(".department_id = ?"), {caller.departmentId}};
    case domain::DataScope::Own:
        // Count: both terms indexed, SQLite reads customers_owner and the followed ids.
        // NarrowSearch: the followed ids are read once, not looked up per candidate.
        if (use != ScopeUse::Filter)
            return {QStringLiteral("(%1.owner_id = ? OR %1.id IN (SELECT cf.customer_id FROM customer_followers cf "
                                   "WHERE cf.user_id = ?))")
                        .arg(column),
                    {caller.userId, caller.userId}};
        return {QStringLiteral("(%1.owner_id = ? OR EXISTS (SELECT 1 FROM customer_followers cf "
                               "WHERE cf.customer_id = %1.id AND cf.user_id = ?))")
                    .arg(alias),
                {caller.userId, caller.userId}};
    }
    return {QStringLiteral("1 = 0"), {}};
}

auth::ScopeFilter both(const auth::ScopeFilter &a, const auth::ScopeFilter &b)
{
    return {QStringLiteral("(%1 AND %2)").arg(a.sql, b.sql), a.binds + b.binds};
}

auth::ScopeFilter either(const auth::ScopeFilter &a, const auth::ScopeFilter &b)
{
    return {QStringLiteral("(%1 OR %2)").arg(a.sql, b.sql), a.binds + b.binds};
}

// The data scope less the restricted customers the caller is no insider of. Scope
// own holds only customers the caller follows, insiders all; a manager sees through.
auth::ScopeFilter narrowedScope(const Caller &caller, const QString &alias, ScopeUse use = ScopeUse::Filter)
{
    const auth::ScopeFilter scope = dataScope(caller, alias, use);
    if (caller.module(domain::Module::Customers).manage || caller.scope == domain::DataScope::Own)
        return scope;
    return both(scope, restrictionAllows(caller, alias));
}

// `scope`, or the customers of `listedIds` wherever they are.
auth::ScopeFilter widened(const Caller &caller, const QString &alias, const auth::ScopeFilter &scope,
                          const auth::ScopeFilter &listedIds, ScopeUse use = ScopeUse::Filter)
{
    const auth::ScopeFilter any = either(scope, {alias + QStringLiteral(".id IN ") + listedIds.sql, listedIds.binds});
    if (use == ScopeUse::NarrowSearch) // a test of each candidate: nothing to lead with
        return any;
    auth::ScopeFilter departments;
    if (caller.scope == domain::DataScope::DepartmentTree)
        departments = {auth::departmentTreeSubquery(), {caller.departmentId}};
    else if (caller.scope == domain::DataScope::Department)
        departments = {QStringLiteral("(SELECT CAST(? AS BIGINT) AS id)"), {caller.departmentId}};
    else
        return any;
    // Under OR, SQLite looks up neither "department_id IN (subquery)" nor "id IN
    // (subquery)" in an index: it read every customer (70 ms for 60,000; a count of
    // the own department took 2). Naming first the departments such a customer can be
    // in — the scope's and those of the listed customers — keeps it on the department
    // index, and the OR decides among those rows.
    return both({QStringLiteral("%1.department_id IN (SELECT sd.id FROM %2 sd UNION SELECT lc.department_id FROM "
                                "customers lc WHERE lc.id IN %3)")
                     .arg(alias, departments.sql, listedIds.sql),
                 departments.binds + listedIds.binds},
                any);
}

} // namespace

auth::ScopeFilter customerScope(const Caller &caller, const QString &alias, Listed listed, ScopeUse use)
{
    const auth::ScopeFilter scope = narrowedScope(caller, alias, use);
    // With scope all, a listing adds nothing: the listed are insiders of the scope.
    if (listed == Listed::Ignored || !caller.module(domain::Module::Customers).read
        || caller.scope == domain::DataScope::All)
        return scope;
    return widened(caller, alias, scope, listedIds(caller, false), use);
}

auth::ScopeFilter customerEditScope(const Caller &caller, const QString &alias, Listed listed)
{
    const domain::ModuleAccess customers = caller.module(domain::Module::Customers);
    auth::ScopeFilter scope = narrowedScope(caller, alias);
    if (!customers.editAll) {
        scope = both(scope, {QStringLiteral("(%1.owner_id = ? OR %1.creator_id = ? OR EXISTS (SELECT 1 FROM "
                                            "customer_followers ef WHERE ef.customer_id = %1.id AND ef.user_id = ?))")
                                 .arg(alias),
                             {caller.userId, caller.userId, caller.userId}});
    }
    // An editor with scope all already reaches every customer that lists them.
    if (listed == Listed::Ignored || !customers.editOwn
        || (customers.editAll && caller.scope == domain::DataScope::All))
        return scope;
    return widened(caller, alias, scope, listedIds(caller, true));
}

protocol::Status checkEditable(const Caller &caller, const CustomerRow &row)
{
    if (row.editable)
        return protocol::Ok{};
    if (caller.module(domain::Module::Customers).editAll)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("you may read this customer but not change it: it lies outside your data "
                                        "scope and does not list you as an editor"),
                         QStringLiteral("id"));
    return makeError(ErrorCode::Forbidden,
                     QStringLiteral("your role lets you change only the customers you created or follow, or that "
                                    "list you as an editor"),
                     QStringLiteral("id"));
}

namespace {

// The wire keys that carry a field's value: the field, and the name shown beside an id.
QStringList wireKeysOf(const QString &key)
{
    if (key == QLatin1String("owner_id"))
        return {key, QStringLiteral("owner_name")};
    if (key == QLatin1String("department_id"))
        return {key, QStringLiteral("department_name")};
    if (key == QLatin1String("creator_id"))
        return {key, QStringLiteral("creator_name")};
    return {key};
}

} // namespace

bool fieldHidden(const Caller &caller, const QString &key, FieldEntity entity)
{
    const domain::ModuleAccess customers = caller.module(domain::Module::Customers);
    const domain::FieldAccess access = entity == FieldEntity::Customer ? customers.field(key) : customers.contactField(key);
    return access == domain::FieldAccess::Hidden;
}

namespace {

// The wire keys the caller's role hides: of a customer (with the names shown beside
// ids) and of a contact.
struct HiddenKeys {
    QStringList customer;
    QStringList contact;
};

HiddenKeys hiddenKeys(const Caller &caller)
{
    HiddenKeys out;
    const auto &fields = caller.access.modules.value(domain::Module::Customers).fields;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.value() != domain::FieldAccess::Hidden)
            continue;
        if (it.key().startsWith(domain::kContactFieldPrefix))
            out.contact.append(it.key().mid(domain::kContactFieldPrefix.size()));
        else
            out.customer += wireKeysOf(it.key());
    }
    return out;
}

} // namespace

void redactContact(const Caller &caller, QCborMap &contact)
{
    for (const QString &key : hiddenKeys(caller).contact)
        contact.remove(key);
}

void redactCustomer(const Caller &caller, QCborMap &wire)
{
    const HiddenKeys hidden = hiddenKeys(caller);
    for (const QString &key : hidden.customer)
        wire.remove(key);
    if (hidden.contact.isEmpty() || !wire.contains(QStringLiteral("contacts")))
        return;
    QCborArray contacts = wire.value(QStringLiteral("contacts")).toArray();
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        QCborMap contact = contacts.at(i).toMap();
        for (const QString &key : hidden.contact)
            contact.remove(key);
        contacts[i] = contact;
    }
    wire.insert(QStringLiteral("contacts"), contacts);
}

QJsonObject redactCustomerImage(const Caller &caller, QJsonObject image)
{
    const HiddenKeys hidden = hiddenKeys(caller);
    for (const QString &key : hidden.customer)
        image.remove(key);
    if (hidden.contact.isEmpty() || !image.contains(QStringLiteral("contacts")))
        return image;
    QJsonArray contacts = image.value(QStringLiteral("contacts")).toArray();
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        QJsonObject contact = contacts.at(i).toObject();
        for (const QString &key : hidden.contact)
            contact.remove(key);
        contacts[i] = contact;
    }
    image.insert(QStringLiteral("contacts"), contacts);
    return image;
}

protocol::Status checkWritable(const Caller &caller, const QStringList &keys, FieldEntity entity,
                               const QString &fieldPrefix)
{
    const domain::ModuleAccess customers = caller.module(domain::Module::Customers);
    for (const QString &key : keys) {
        const domain::FieldAccess access = entity == FieldEntity::Customer ? customers.field(key)
                                                                           : customers.contactField(key);
        if (access == domain::FieldAccess::Hidden)
            return makeError(ErrorCode::Forbidden, QStringLiteral("your role does not show this field"), fieldPrefix + key);
        if (access == domain::FieldAccess::ReadOnly)
            return makeError(ErrorCode::Forbidden, QStringLiteral("your role may read this field but not change it"),
                             fieldPrefix + key);
    }
    return protocol::Ok{};
}

namespace {

// Whether a customer select reads the column of `f`: every column, or only those of a
// list's `columns` (the custom fields' JSON column is read either way).
bool selects(const QStringList &only, const FieldDef &f)
{
    return only.isEmpty() || only.contains(f.key);
}

} // namespace

QString customerSelectColumns(const QString &leading, const QStringList &only)
{
    const auto build = [](const QStringList &only) {
        QStringList cols{QStringLiteral("c.id"), QStringLiteral("c.version"), QStringLiteral("c.deleted_at"),
                         QStringLiteral("o.display_name"), QStringLiteral("d.name"), QStringLiteral("cr.display_name")};
        for (const FieldDef &f : columnFields())
            if (selects(only, f))
                cols.append(QStringLiteral("c.") + columnOf(f));
        cols.append(QStringLiteral("c.custom"));
        return cols.join(QStringLiteral(", "))
               + QStringLiteral(" FROM customers c LEFT JOIN users o ON o.id = c.owner_id "
                                "JOIN departments d ON d.id = c.department_id "
                                "LEFT JOIN users cr ON cr.id = c.creator_id");
    };
    static const QString all = build({});
    return QStringLiteral("SELECT ") + (leading.isEmpty() ? QString() : leading + QStringLiteral(", "))
           + (only.isEmpty() ? all : build(only));
}

CustomerRow customerFromQuery(const QSqlQuery &q, int offset, const QStringList &only)
{
    CustomerRow row;
    row.id = q.value(offset + 0).toLongLong();
    row.version = q.value(offset + 1).toLongLong();
    if (!q.value(offset + 2).isNull())
        row.deletedAt = q.value(offset + 2).toLongLong();
    row.ownerName = q.value(offset + 3).toString();
    row.departmentName = q.value(offset + 4).toString();
    row.creatorName = q.value(offset + 5).toString();
    const auto cat = catalog();
    row.values.reserve(only.isEmpty() ? cat->customer.size() : only.size());
    int i = offset + 6;
    for (const FieldDef &f : columnFields())
        if (selects(only, f))
            row.values.insert(f.key, q.value(i++));
    bool custom = false;
    for (const FieldDef &f : cat->customer)
        custom = custom || (f.custom && selects(only, f));
    if (custom) {
        const QJsonObject json = QJsonDocument::fromJson(q.value(i).toString().toUtf8()).object();
        for (const FieldDef &f : cat->customer)
            if (f.custom && selects(only, f))
                row.values.insert(f.key, customFromJson(f, json.value(f.key)));
    }
    return row;
}

protocol::Result<CustomerRow> loadCustomer(const QSqlDatabase &db, const Caller &caller, qint64 id, Binned binned)
{
    const auto scope = customerScope(caller);
    const auto edit = customerEditScope(caller);
    QString where = QStringLiteral(" WHERE c.id = ? AND ") + scope.sql;
    if (binned == Binned::Exclude)
        where += QStringLiteral(" AND c.deleted_at IS NULL");
    else if (binned == Binned::Only)
        where += QStringLiteral(" AND c.deleted_at IS NOT NULL");
    // Whether the caller may change it is decided by the same SQL as the bulk ops' selection.
    auto q = db::execCached(db, customerSelectColumns(QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(edit.sql)) + where,
                            edit.binds + QVariantList{id} + scope.binds);
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such customer"), QStringLiteral("id"));
    CustomerRow row = customerFromQuery(q->query(), 1);
    row.editable = q->value(0).toInt() != 0;

    auto contacts = db::execCached(db, contactSelect() + QStringLiteral("WHERE customer_id = ? ORDER BY is_primary DESC, id"),
                                   {id});
    if (!contacts)
        return contacts.error();
    while (contacts->next())
        row.contacts.append(contactFromQuery(contacts->query()));
    auto followers = db::execCached(db, QStringLiteral("SELECT user_id FROM customer_followers WHERE customer_id = ? ORDER BY user_id"),
                                    {id});
    if (!followers)
        return followers.error();
    while (followers->next())
        row.followers.append(followers->value(0).toLongLong());
    auto access = loadRecordAccess(db, id);
    if (!access)
        return access.error();
    row.access = access.value();
    return row;
}

protocol::Result<QList<CustomerRow>> loadCustomerRows(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<CustomerRow> rows;
    if (ids.isEmpty())
        return rows;
    QVariantList binds;
    for (qint64 id : ids)
        binds.append(id);
    const QString in = db::placeholders(binds.size());
    auto customers = db::exec(db, customerSelectColumns() + QStringLiteral(" WHERE c.id IN (%1)").arg(in), binds);
    if (!customers)
        return customers.error();
    QHash<qint64, qsizetype> index;
    while (customers->next()) {
        rows.append(customerFromQuery(customers.value()));
        index.insert(rows.last().id, rows.size() - 1);
    }
    auto contacts = db::exec(db, contactSelect() + QStringLiteral("WHERE customer_id IN (%1) ORDER BY is_primary DESC, id").arg(in),
                             binds);
    if (!contacts)
        return contacts.error();
    while (contacts->next()) {
        ContactRow c = contactFromQuery(contacts.value());
        if (const auto it = index.constFind(c.customerId); it != index.cend())
            rows[*it].contacts.append(std::move(c));
    }
    return rows;
}

QCborMap toWire(const ContactRow &row)
{
    QCborMap m{{QStringLiteral("id"), row.id},
               {QStringLiteral("customer_id"), row.customerId},
               {QStringLiteral("version"), row.version}};
    for (const FieldDef &f : contactFields())
        m.insert(f.key, customers::toWire(f, row.values.value(f.key)));
    return m;
}

QCborMap toWire(const CustomerRow &row, bool withContacts)
{
    const auto cat = catalog();
    const auto valueAt = [&](int i) -> QCborValue {
        switch (i) {
        case 0: return row.id;
        case 1: return row.version;
        case 2: return row.ownerName;
        case 3: return row.departmentName;
        case 4: return row.creatorName;
        }
        const FieldDef &f = cat->customer.at(i - kCustomerWireLeading);
        return customers::toWire(f, row.values.value(f.key));
    };
    const int count = kCustomerWireLeading + int(cat->customer.size());
    QCborMap m = cat->customerWire;
    if (m.isEmpty()) {
        const QStringList leading{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("owner_name"),
                                  QStringLiteral("department_name"), QStringLiteral("creator_name")};
        for (int i = 0; i < count; ++i)
            m.insert(i < kCustomerWireLeading ? leading.at(i) : cat->customer.at(i - kCustomerWireLeading).key, valueAt(i));
    } else {
        int i = 0;
        for (auto it = m.begin(); it != m.end(); ++it)
            it.value() = valueAt(i++);
    }
    if (row.deletedAt)
        m.insert(QStringLiteral("deleted_at"), db::isoTime(*row.deletedAt));
    if (withContacts) {
        QCborArray contacts;
        for (const ContactRow &c : row.contacts)
            contacts.append(toWire(c));
        m.insert(QStringLiteral("contacts"), contacts);
        QCborArray followers;
        for (qint64 id : row.followers)
            followers.append(id);
        m.insert(QStringLiteral("followers"), followers);
    }
    return m;
}

QJsonObject image(const ContactRow &row)
{
    QJsonObject o{{QStringLiteral("id"), row.id}, {QStringLiteral("customer_id"), row.customerId}};
    for (const FieldDef &f : contactFields()) {
        const QJsonValue v = toJson(f, row.values.value(f.key));
        if (!(v.isString() && v.toString().isEmpty()) && !v.isNull())
            o.insert(f.key, v);
    }
    return o;
}

QJsonObject image(const CustomerRow &row)
{
    // Empty fields are left out so that an image shows what the record holds.
    QJsonObject o{{QStringLiteral("id"), row.id}, {QStringLiteral("version"), row.version}};
    const auto cat = catalog();
    for (const FieldDef &f : cat->customer) {
        if (f.key == QLatin1String("updated_at") || f.key == QLatin1String("updated_by"))
            continue; // in the audit row itself
        const QJsonValue v = toJson(f, row.values.value(f.key));
        if (v.isNull() || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty()))
            continue;
        o.insert(f.key, v);
    }
    if (row.deletedAt)
        o.insert(QStringLiteral("deleted_at"), db::isoTime(*row.deletedAt));
    QJsonArray contacts;
    for (const ContactRow &c : row.contacts)
        contacts.append(image(c));
    o.insert(QStringLiteral("contacts"), contacts);
    QJsonArray followers;
    for (qint64 id : row.followers)
        followers.append(id);
    if (!followers.isEmpty())
        o.insert(QStringLiteral("followers"), followers);
    for (const auto &[key, list] : {std::pair{QStringLiteral("readers"), &row.access.readers},
                                    std::pair{QStringLiteral("editors"), &row.access.editors}}) {
        QJsonArray principals;
        for (const Principal &p : *list)
            principals.append(image(p));
        if (!principals.isEmpty())
            o.insert(key, principals);
    }
    return o;
}

protocol::Status readFields(FieldEntity entity, const QCborMap &args, const QStringList &ignored,
                            QHash<QString, QVariant> &out, const QString &fieldPrefix)
{
    const auto cat = catalog();
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        if (!it.key().isString())
            return makeError(ErrorCode::BadRequest, QStringLiteral("argument names must be text"));
        const QString key = it.key().toString();
        if (ignored.contains(key))
            continue;
        const FieldDef *f = cat->find(entity, key);
        if (!f)
            return makeError(ErrorCode::Invalid, QStringLiteral("unknown field '%1'").arg(key), fieldPrefix + key);
        auto stored = toStored(*f, it.value(), fieldPrefix);
        if (!stored)
            return stored.error();
        out.insert(key, stored.value());
    }
    return protocol::Ok{};
}

protocol::Status checkRequired(const QHash<QString, QVariant> &values)
{
    const auto cat = catalog();
    for (const FieldDef &f : cat->customer) {
        if (!f.required)
            continue;
        const QVariant v = values.value(f.key);
        if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
            return makeError(ErrorCode::Invalid, QStringLiteral("'%1' must not be empty").arg(f.key), f.key);
    }
    return protocol::Ok{};
}

protocol::Status readFilters(const db::Dialect &dialect, const Caller &caller, const QCborMap &raw, Where &where,
                             FilterRole role)
{
    const QCborValue value = raw.value(QStringLiteral("filters"));
    if (value.isUndefined() || value.isNull())
        return protocol::Ok{};
    if (!value.isMap())
        return makeError(ErrorCode::Invalid, QStringLiteral("'filters' must be a map of field keys"),
                         QStringLiteral("filters"));
    const QCborMap filters = value.toMap();
    const auto cat = catalog();
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it) {
        const QString key = it.key().toString();
        const QString field = QStringLiteral("filters.") + key;
        const FieldDef *f = cat->find(FieldEntity::Customer, key);
        if (!f || !f->listable)
            return makeError(ErrorCode::Invalid, QStringLiteral("cannot filter on '%1'").arg(key), field);
        // Filtering on a field the caller's role hides would tell its values by the count.
        if (fieldHidden(caller, key))
            return makeError(ErrorCode::Forbidden, QStringLiteral("your role does not show this field"), field);
        const bool numeric = f->type == FieldType::Money || f->type == FieldType::Integer;
        const QString stored = f->custom ? dialect.jsonMember(QStringLiteral("c.custom"), f->key, numeric)
                                         : QStringLiteral("c.") + columnOf(*f);
        const QString column = role == FilterRole::NarrowSearch ? dialect.unindexed(stored) : stored;
        const QCborValue v = it.value();
        auto bad = [&] { return makeError(ErrorCode::Invalid, QStringLiteral("not a filter for '%1'").arg(key), field); };
        switch (f->type) {
        case FieldType::Choice:
        case FieldType::Region:
        case FieldType::User:
        case FieldType::Department: {
            const QCborArray values = v.isArray() ? v.toArray() : QCborArray{v};
            if (values.isEmpty() || values.size() > 1000)
                return bad();
            QVariantList binds;
            for (const QCborValue &item : values) {
                const bool idField = f->type == FieldType::User || f->type == FieldType::Department;
                if (idField ? !item.isInteger() : !item.isString())
                    return bad();
                binds.append(idField ? QVariant(item.toInteger()) : QVariant(item.toString()));
            }
            where.add(QStringLiteral("%1 IN (%2)").arg(column, db::placeholders(binds.size())), binds);
            break;
        }
        case FieldType::MultiChoice:
            if (!v.isString() || !f->hasChoice(v.toString()))
                return bad();
            where.add(column + QStringLiteral(" LIKE ?"), {QStringLiteral("%,") + v.toString() + QStringLiteral(",%")});
            break;
        case FieldType::Boolean:
            if (!v.isBool())
                return bad();
            where.add(column + QStringLiteral(" = ?"), {v.toBool() ? 1 : 0});
            break;
        case FieldType::Date:
        case FieldType::DateTime:
        case FieldType::Money:
        case FieldType::Integer: {
            if (!v.isMap())
                return bad();
            const QCborMap range = v.toMap();
            for (const auto &[bound, op] : {std::pair{QStringLiteral("from"), QStringLiteral(">=")},
                                            std::pair{QStringLiteral("to"), QStringLiteral("<=")}}) {
                const QCborValue b = range.value(bound);
                if (b.isUndefined() || b.isNull())
                    continue;
                QVariant bind;
                if (f->type == FieldType::Date) {
                    const QDate d = QDate::fromString(b.toString(), Qt::ISODate);
                    if (!b.isString() || !d.isValid())
                        return bad();
                    bind = d.toString(Qt::ISODate);
                } else if (f->type == FieldType::DateTime) {
                    // A date means the whole day (UTC); a time is taken as given. The date
                    // is checked first: parseIsoTime reads "2027-01-05" as local midnight,
                    // which would make "to" end where the day begins.
                    const QString text = b.toString();
                    const QDate d = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
                    std::optional<qint64> ms;
                    if (d.isValid())
                        ms = QDateTime(bound == QLatin1String("to") ? d.addDays(1) : d, QTime(0, 0), Qt::UTC)
                                 .toMSecsSinceEpoch()
                             - (bound == QLatin1String("to") ? 1 : 0);
                    else
                        ms = db::parseIsoTime(text);
                    if (!ms)
                        return bad();
                    bind = *ms;
                } else if (f->type == FieldType::Money) {
                    const auto cents = parseMoney(b);
                    if (!cents)
                        return bad();
                    bind = *cents;
                } else {
                    if (!b.isInteger())
                        return bad();
                    bind = b.toInteger();
                }
                where.add(QStringLiteral("%1 %2 ?").arg(column, op), {bind});
                if (f->type == FieldType::Date)
                    where.add(column + QStringLiteral(" <> ''"));
            }
            break;
        }
        default: {
            if (!v.isString() || v.toString().trimmed().isEmpty())
                return bad();
            where.add(QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(column),
                      {db::containsPattern(v.toString().trimmed().toLower())});
            break;
        }
        }
    }
    return protocol::Ok{};
}

QString nameKey(const QString &name)
{
    const QString f = text::fold(name);
    QString key;
    key.reserve(f.size());
    for (const QChar ch : f)
        if (ch.isLetterOrNumber())
            key.append(ch);
    return key;
}

QHash<QString, QVariant> derivedCustomerKeys(const QHash<QString, QVariant> &values)
{
    QHash<QString, QVariant> d;
    if (values.contains(QStringLiteral("name"))) {
        const QString name = values.value(QStringLiteral("name")).toString();
        const auto py = text::pinyin(name);
        d.insert(QStringLiteral("name_key"), nameKey(name));
        d.insert(QStringLiteral("name_initials"), py.initials);
        // Chinese names sort by their pinyin, as people expect in a list.
        d.insert(QStringLiteral("name_sort"), py.full + QLatin1Char(' ') + text::fold(name));
    }
    if (values.contains(QStringLiteral("phone")))
        d.insert(QStringLiteral("phone_key"), text::digits(values.value(QStringLiteral("phone")).toString()));
    if (values.contains(QStringLiteral("email")))
        d.insert(QStringLiteral("email_key"), values.value(QStringLiteral("email")).toString().toLower());
    return d;
}

QHash<QString, QVariant> derivedContactKeys(const QHash<QString, QVariant> &values)
{
    QHash<QString, QVariant> d;
    if (values.contains(QStringLiteral("name")))
        d.insert(QStringLiteral("name_key"), nameKey(values.value(QStringLiteral("name")).toString()));
    if (values.contains(QStringLiteral("phone")))
        d.insert(QStringLiteral("phone_key"), text::digits(values.value(QStringLiteral("phone")).toString()));
    if (values.contains(QStringLiteral("email")))
        d.insert(QStringLiteral("email_key"), values.value(QStringLiteral("email")).toString().toLower());
    if (values.contains(QStringLiteral("birthday")))
        d.insert(QStringLiteral("birthday_md"), values.value(QStringLiteral("birthday")).toString().mid(5));
    return d;
}

protocol::Result<qint64> insertCustomer(const QSqlDatabase &db, const QHash<QString, QVariant> &values, qint64 ownerId,
                                        qint64 departmentId, qint64 creatorId, InsertStatement statement)
{
    ColumnBinds binds = columnBinds(columnFields(), values);
    addDerived(binds, derivedCustomerKeys(values));
    if (const auto cat = catalog(); hasCustomChange(values, *cat)) {
        binds.columns.append(QStringLiteral("custom"));
        binds.values.append(mergedCustom(QStringLiteral("{}"), values, *cat));
    }
    const qint64 now = db::nowMs();
    for (const auto &[column, value] : std::initializer_list<std::pair<const char *, QVariant>>{
             {"owner_id", ownerId}, {"department_id", departmentId}, {"creator_id", creatorId},
             {"updated_by", creatorId}, {"created_at", now}, {"updated_at", now}, {"assigned_at", now}}) {
        if (binds.columns.contains(QLatin1String(column)))
            continue;
        binds.columns.append(QLatin1String(column));
        binds.values.append(value);
    }
    return insertRow(db, QStringLiteral("customers"), binds, statement);
}

protocol::Status updateCustomerColumns(const QSqlDatabase &db, qint64 id, const QHash<QString, QVariant> &changes,
                                       qint64 userId)
{
    ColumnBinds binds = columnBinds(columnFields(), changes);
    addDerived(binds, derivedCustomerKeys(changes));
    if (const auto cat = catalog(); hasCustomChange(changes, *cat)) {
        db::Row q;
        auto found = db::fetchOne(q, db, QStringLiteral("SELECT custom FROM customers WHERE id = ?"), {id});
        if (!found)
            return found.error();
        binds.columns.append(QStringLiteral("custom"));
        binds.values.append(mergedCustom(*found ? q.value(0).toString() : QStringLiteral("{}"), changes, *cat));
    }
    QStringList sets;
    for (const QString &column : binds.columns)
        sets.append(column + QStringLiteral(" = ?"));
    sets.append(QStringLiteral("version = version + 1"));
    sets.append(QStringLiteral("updated_at = ?"));
    sets.append(QStringLiteral("updated_by = ?"));
    QVariantList values = binds.values;
    values << db::nowMs() << userId << id;
    auto r = db::exec(db, QStringLiteral("UPDATE customers SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
                      values);
    if (!r)
        return r.error();
    return protocol::Ok{};
}

protocol::Result<qint64> insertContact(const QSqlDatabase &db, qint64 customerId, const QHash<QString, QVariant> &values,
                                       InsertStatement statement)
{
    ColumnBinds binds = columnBinds(contactFields(), values);
    addDerived(binds, derivedContactKeys(values));
    const qint64 now = db::nowMs();
    binds.columns << QStringLiteral("customer_id") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    binds.values << customerId << now << now;
    return insertRow(db, QStringLiteral("contacts"), binds, statement);
}

protocol::Status updateContactColumns(const QSqlDatabase &db, qint64 contactId, const QHash<QString, QVariant> &changes)
{
    ColumnBinds binds = columnBinds(contactFields(), changes);
    addDerived(binds, derivedContactKeys(changes));
    QStringList sets;
    for (const QString &column : binds.columns)
        sets.append(column + QStringLiteral(" = ?"));
    sets.append(QStringLiteral("version = version + 1"));
    sets.append(QStringLiteral("updated_at = ?"));
    QVariantList values = binds.values;
    values << db::nowMs() << contactId;
    auto r = db::exec(db, QStringLiteral("UPDATE contacts SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
                      values);
    if (!r)
        return r.error();
    return protocol::Ok{};
}

protocol::Status settlePrimaryContact(const QSqlDatabase &db, qint64 customerId, qint64 contactId)
{
    if (contactId == 0) {
        // Keep an existing primary; otherwise the oldest contact becomes it.
        db::Row q;
        auto found = db::fetchOne(q, db,
                                  QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? "
                                                 "ORDER BY is_primary DESC, id LIMIT 1"),
                                  {customerId});
        if (!found)
            return found.error();
        if (!*found)
            return protocol::Ok{};
        contactId = q.value(0).toLongLong();
    }
    auto r = db::exec(db,
                      QStringLiteral("UPDATE contacts SET is_primary = CASE WHEN id = ? THEN 1 ELSE 0 END "
                                     "WHERE customer_id = ?"),
                      {contactId, customerId});
    if (!r)
        return r.error();
    return protocol::Ok{};
}

db::SearchDocument searchDocument(const CustomerRow &row, const Caller *visibleTo)
{
    const HiddenKeys hidden = visibleTo ? hiddenKeys(*visibleTo) : HiddenKeys{};
    QStringList texts;   // folded text of every searchable field
    QStringList pinyins; // full pinyin and initials of names
    QStringList digitRuns;
    QStringList words;
    auto addField = [&](const FieldDef &f, const QVariant &value, bool personName) {
        if (!f.searchable)
            return;
        const QString raw = value.toString();
        if (raw.isEmpty())
            return;
        texts.append(text::fold(raw));
        words += text::searchTokens(raw);
        if (f.type == FieldType::Phone || f.type == FieldType::Mobile) {
            const QString digits = text::digits(raw);
            if (!digits.isEmpty()) {
                digitRuns.append(digits);
                words.append(digits);
            }
        }
        if (f.key == QLatin1String("name") || f.key == QLatin1String("short_name")) {
            const auto py = personName ? text::personNamePinyin(raw) : text::pinyin(raw);
            if (!py.full.isEmpty() && py.full != text::fold(raw)) {
                pinyins << py.full << py.initials;
                words << py.full << py.initials << py.syllables;
            }
        }
    };
    for (const FieldDef &f : columnFields())
        if (!hidden.customer.contains(f.key))
            addField(f, row.values.value(f.key), row.values.value(QStringLiteral("kind")).toString() == QLatin1String("person"));
    for (const ContactRow &c : row.contacts)
        for (const FieldDef &f : contactFields())
            if (!hidden.contact.contains(f.key))
                addField(f, c.values.value(f.key), true);
    // Repeated words stay: SQLite matches a short query as a phrase of adjacent
    // words, so "甲一" must find the contact 甲一 even after a name with 甲 in it.
    const QString separator = QStringLiteral(" | ");
    return {(texts + pinyins + digitRuns).join(separator), words};
}

protocol::Status reindexCustomer(const QSqlDatabase &db, const db::Dialect &dialect, qint64 id)
{
    auto row = loadCustomer(db, localAdministrator(QString()), id, Binned::Include);
    if (!row)
        return row.error();
    return db::writeCustomerSearch(db, dialect, id, searchDocument(row.value()));
}

protocol::Result<CustomerRow> reindexAndAudit(const db::WriteTransaction &tx, const Caller &caller, const QString &op,
                                              qint64 id, const std::optional<QJsonObject> &before, bool reindex)
{
    auto after = loadCustomer(tx.db(), localAdministrator({}), id);
    if (!after)
        return after.error();
    if (reindex) {
        if (auto s = db::writeCustomerSearch(tx.db(), tx.dialect(), id, searchDocument(after.value())); !s)
            return s.error();
    }
    if (auto s = audit::append(tx, caller, {op, QStringLiteral("customer"), id, before, image(after.value())}); !s)
        return s.error();
    return after;
}

protocol::Result<UserRef> loadAssignableUser(const QSqlDatabase &db, const Caller &caller, qint64 userId,
                                             const QString &field)
{
    const auto scope = auth::userScope(caller, QStringLiteral("u.id"), QStringLiteral("u.department_id"));
    db::Row q;
    auto found = db::fetchOne(q, db,
                              QStringLiteral("SELECT u.id, u.department_id, u.display_name, u.email, u.mobile FROM users u "
                                             "WHERE u.id = ? AND u.disabled = 0 AND ")
                                  + scope.sql,
                              QVariantList{userId} + scope.binds);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such user"), field);
    return UserRef{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString()};
}

DuplicateProbe probeOf(const QHash<QString, QVariant> &customer, const QList<QHash<QString, QVariant>> &contacts)
{
    DuplicateProbe p;
    p.nameKey = nameKey(customer.value(QStringLiteral("name")).toString());
    auto add = [&](const QHash<QString, QVariant> &values) {
        const QString mobile = values.value(QStringLiteral("mobile")).toString();
        if (!mobile.isEmpty())
            p.mobiles.append(mobile);
        for (const char *key : {"phone", "phone2"}) {
            const QString digits = text::digits(values.value(QLatin1String(key)).toString());
            if (digits.size() >= 7) // shorter numbers (extensions, 110) say nothing
                p.phones.append(digits);
        }
        const QString email = values.value(QStringLiteral("email")).toString().toLower();
        if (!email.isEmpty())
            p.emails.append(email);
    };
    add(customer);
    for (const auto &c : contacts)
        add(c);
    p.mobiles.removeDuplicates();
    p.phones.removeDuplicates();
    p.emails.removeDuplicates();
    return p;
}

protocol::Result<DuplicateScreen> DuplicateScreen::read(const QSqlDatabase &db, const QList<DuplicateProbe> &probes)
{
    DuplicateScreen asked; // every value of the probes
    for (const DuplicateProbe &p : probes)
        asked.add(p);
    DuplicateScreen screen; // those the database holds
    // The values of `wanted` that `column` of `table` holds, into `found`.
    auto lookUp = [&db](const QSet<QString> &wanted, const char *table, const char *column,
                        QSet<QString> &found) -> protocol::Status {
        // Always kBatch values (the last batch repeats its last one), so that each
        // lookup is prepared once.
        constexpr qsizetype kBatch = 500;
        const QList<QString> values(wanted.cbegin(), wanted.cend());
        const QString sql = QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IN (%3)")
                                .arg(QLatin1String(column), QLatin1String(table), db::placeholders(kBatch));
        for (qsizetype from = 0; from < values.size(); from += kBatch) {
            QVariantList binds;
            binds.reserve(kBatch);
            for (qsizetype i = from; i < from + kBatch; ++i)
                binds.append(values.at(std::min(i, values.size() - 1)));
            auto rows = db::execCached(db, sql, binds);
            if (!rows)
                return rows.error();
            while (rows->next())
                found.insert(rows->value(0).toString());
        }
        return protocol::Ok{};
    };
    for (const auto &[wanted, table, column, found] :
         {std::tuple{&asked.m_names, "customers", "name_key", &screen.m_names},
          std::tuple{&asked.m_mobiles, "customers", "mobile", &screen.m_mobiles},
          std::tuple{&asked.m_mobiles, "contacts", "mobile", &screen.m_mobiles},
          std::tuple{&asked.m_phones, "customers", "phone_key", &screen.m_phones},
          std::tuple{&asked.m_phones, "contacts", "phone_key", &screen.m_phones},
          std::tuple{&asked.m_emails, "customers", "email_key", &screen.m_emails},
          std::tuple{&asked.m_emails, "contacts", "email_key", &screen.m_emails}}) {
        if (auto s = lookUp(*wanted, table, column, *found); !s)
            return s.error();
    }
    return screen;
}

bool DuplicateScreen::mayMatch(const DuplicateProbe &probe) const
{
    const auto any = [](const QStringList &values, const QSet<QString> &known) {
        return std::any_of(values.cbegin(), values.cend(), [&](const QString &v) { return known.contains(v); });
    };
    return (!probe.nameKey.isEmpty() && m_names.contains(probe.nameKey)) || any(probe.mobiles, m_mobiles) || any(probe.phones, m_phones)
           || any(probe.emails, m_emails);
}

void DuplicateScreen::add(const DuplicateProbe &probe)
{
    if (!probe.nameKey.isEmpty())
        m_names.insert(probe.nameKey);
    for (const QString &m : probe.mobiles)
        m_mobiles.insert(m);
    for (const QString &t : probe.phones)
        m_phones.insert(t);
    for (const QString &e : probe.emails)
        m_emails.insert(e);
}

protocol::Result<QCborArray> findDuplicates(const QSqlDatabase &db, const Caller &caller, const DuplicateProbe &probe)
{
    const QString &key = probe.nameKey;
    QStringList conditions;
    QVariantList binds;
    auto inList = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        conditions.append(QStringLiteral("%1 IN (%2)").arg(column, db::placeholders(values.size())));
        for (const QString &v : values)
            binds.append(v);
    };
    if (!key.isEmpty()) {
        conditions.append(QStringLiteral("c.name_key = ?"));
        binds.append(key);
    }
    inList(QStringLiteral("c.mobile"), probe.mobiles);
    inList(QStringLiteral("c.phone_key"), probe.phones);
    inList(QStringLiteral("c.email_key"), probe.emails);
    QStringList contactConditions;
    QVariantList contactBinds;
    auto contactIn = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        contactConditions.append(QStringLiteral("%1 IN (%2)").arg(column, db::placeholders(values.size())));
        for (const QString &v : values)
            contactBinds.append(v);
    };
    contactIn(QStringLiteral("k.mobile"), probe.mobiles);
    contactIn(QStringLiteral("k.phone_key"), probe.phones);
    contactIn(QStringLiteral("k.email_key"), probe.emails);
    if (!contactConditions.isEmpty()) {
        conditions.append(QStringLiteral("c.id IN (SELECT k.customer_id FROM contacts k WHERE %1)")
                              .arg(contactConditions.join(QStringLiteral(" OR "))));
        binds += contactBinds;
    }
    if (conditions.isEmpty())
        return QCborArray{};

    // "+c.deleted_at": the binned-customers index would let the planner walk every
    // customer in id order instead of looking up the few that match (an import of
    // 100k rows checks each one).
    const auto scope = customerScope(caller);
    const QString sql =
        QStringLiteral("SELECT c.id, c.name, o.display_name, c.name_key, c.mobile, c.phone_key, c.email_key, "
                       "CASE WHEN %1 THEN 1 ELSE 0 END, CASE WHEN EXISTS (SELECT 1 FROM customer_access r "
                       "WHERE r.customer_id = c.id AND r.access = 'reader') THEN 1 ELSE 0 END "
                       "FROM customers c LEFT JOIN users o ON o.id = c.owner_id "
                       "WHERE +c.deleted_at IS NULL AND c.id <> ? AND (%2) ORDER BY c.id LIMIT 20")
            .arg(scope.sql, conditions.join(QStringLiteral(" OR ")));
    auto rows = db::exec(db, sql, scope.binds + QVariantList{probe.excludeId} + binds);
    if (!rows)
        return rows.error();
    QCborArray out;
    while (rows->next()) {
        const QSqlQuery &q = rows.value();
        QCborArray matched;
        if (!key.isEmpty() && q.value(3).toString() == key)
            matched.append(QStringLiteral("name"));
        if (probe.mobiles.contains(q.value(4).toString()))
            matched.append(QStringLiteral("mobile"));
        if (probe.phones.contains(q.value(5).toString()))
            matched.append(QStringLiteral("phone"));
        if (probe.emails.contains(q.value(6).toString()))
            matched.append(QStringLiteral("email"));
        if (matched.isEmpty())
            matched.append(QStringLiteral("contact"));
        // A duplicate outside the caller's scope is named by its follower only, so
        // that the rep knows whom to talk to without seeing the record. A restricted
        // one (#5) the caller cannot see is not even that: it still counts, so that
        // nobody creates a second record unawares, but says only what matched.
        const bool visible = q.value(7).toInt() != 0;
        QCborMap item{{QStringLiteral("visible"), visible}, {QStringLiteral("matched_on"), matched}};
        if (!visible && q.value(8).toInt() != 0)
            item.insert(QStringLiteral("restricted"), true);
        else
            item.insert(QStringLiteral("owner_name"), q.value(2).toString());
        if (visible) {
            item.insert(QStringLiteral("id"), q.value(0).toLongLong());
            item.insert(QStringLiteral("name"), q.value(1).toString());
        }
        out.append(item);
    }
    return out;
}

} // namespace cordial::server::customers
