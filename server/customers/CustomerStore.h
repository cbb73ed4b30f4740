// Loading, checking and writing customers and contacts, shared by the customer ops
// (create, update, assign, bulk update, import…). Every read takes the caller and
// filters by their data scope in SQL.
#pragma once

#include "auth/Caller.h"
#include "auth/Scope.h"
#include "customers/RecordAccess.h"
#include "db/Database.h"
#include "db/SearchSql.h"
#include "domain/FieldCatalog.h"

#include <QCborMap>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

namespace cordial::server::customers {

struct ContactRow {
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 version = 0;
    QHash<QString, QVariant> values; // by field key
};

struct CustomerRow {
    qint64 id = 0;
    qint64 version = 0;
    std::optional<qint64> deletedAt;
    QHash<QString, QVariant> values; // by field key, every field of the catalog (custom ones included)
    QString ownerName;
    QString departmentName;
    QString creatorName;
    QList<ContactRow> contacts;
    QList<qint64> followers;
    RecordAccess access; // loadCustomer only
    bool editable = false; // loadCustomer only: the caller may change it (checkEditable)
};

enum class Binned { Exclude, Include, Only };

// Whether the readers and editors listed on customers (#5) widen what the caller
// reaches beyond their data scope. Reading and changing a record: yes. Assigning it
// and changing who may see it: no, those stay within the scope.
enum class Listed { Widens, Ignored };

// The one place that decides which customers of `alias` a caller sees: those of their
// data scope (all; their department tree; their department; those they follow), less
// the restricted ones (with readers) they neither follow, created nor are listed on
// unless their customers level is manager; plus, with reader level, those that list
// them as reader or editor wherever they are.
// `use`: Filter writes the scope as a condition on each row, so that SQLite leads
// with the index of the statement's order or search (a page by name, a name prefix,
// the search index); Count writes scope own as id sets its indexes find (the
// customers the caller owns, those they follow), for a count that should read only
// the caller's customers rather than every customer — pair it with
// Dialect::unindexed on c.deleted_at, which SQLite would otherwise prefer.
// NarrowSearch writes a test that no index can serve, for candidates a search index
// or a name prefix found: SQLite, without statistics, walked a manager's department
// tree (200,000 customers) rather than a name prefix's range of twenty.
enum class ScopeUse { Filter, Count, NarrowSearch };
auth::ScopeFilter customerScope(const Caller &caller, const QString &alias = QStringLiteral("c"),
                                Listed listed = Listed::Widens, ScopeUse use = ScopeUse::Filter);

// The customers of `alias` the caller may change: for an editor, those of the scope
// they see; for an author (who edits their own records only), those of the scope they
// follow or created; for an author or above, also those that list them as editor.
auth::ScopeFilter customerEditScope(const Caller &caller, const QString &alias = QStringLiteral("c"),
                                    Listed listed = Listed::Widens);
// `forbidden` when the caller may see the customer but not change it (an author, and
// the customer is neither followed nor created by them, nor lists them as editor).
protocol::Status checkEditable(const Caller &caller, const CustomerRow &row);

// Field visibility of the caller's roles (issue #5): a hidden field is absent from
// every customer and contact the caller receives; a hidden or read-only field cannot be
// written. Contact fields go by their contact catalog key here (the roles name them
// "contacts.KEY", domain::contactFieldKey).
bool fieldHidden(const Caller &caller, const QString &key,
                 domain::FieldEntity entity = domain::FieldEntity::Customer);
// Removes hidden fields from a customer (and from its contacts, when it has them).
void redactCustomer(const Caller &caller, QCborMap &wire);
void redactContact(const Caller &caller, QCborMap &contact);
QJsonObject redactCustomerImage(const Caller &caller, QJsonObject image);
// `forbidden` naming the first key of `keys` the caller may not write, with
// `fieldPrefix` before it ("contacts.0." for a contact sent with customers.create).
protocol::Status checkWritable(const Caller &caller, const QStringList &keys,
                               domain::FieldEntity entity = domain::FieldEntity::Customer,
                               const QString &fieldPrefix = {});

// One customer the caller may see, with contacts, followers, readers and editors, and
// whether the caller may change it; `not_found` otherwise.
protocol::Result<CustomerRow> loadCustomer(const QSqlDatabase &db, const Caller &caller, qint64 id,
                                           Binned binned = Binned::Exclude);
// Customers by id with their contacts (not their followers), in no particular order:
// for ids the caller's scope already chose. Missing ids are left out.
protocol::Result<QList<CustomerRow>> loadCustomerRows(const QSqlDatabase &db, const QList<qint64> &ids);
// "SELECT … FROM customers c …" for customer rows, and its reader. `leading` is an
// extra first column (a list's sort key); the reader then starts at `offset` 1.
// `only`: the field keys to read (a list's columns; the row's values hold just
// those), every field when empty. Both calls must be given the same keys.
QString customerSelectColumns(const QString &leading = {}, const QStringList &only = {});
CustomerRow customerFromQuery(const QSqlQuery &q, int offset = 0, const QStringList &only = {});

QCborMap toWire(const CustomerRow &row, bool withContacts = true);
QCborMap toWire(const ContactRow &row);
QJsonObject image(const CustomerRow &row);
QJsonObject image(const ContactRow &row);

// SQL conditions joined with AND, and their bound values in order.
struct Where {
    QStringList conditions;
    QVariantList binds;
    void add(const QString &sql, const QVariantList &values = {})
    {
        conditions.append(sql);
        binds += values;
    }
    QString sql() const { return conditions.join(QStringLiteral(" AND ")); }
};

// How the filter conditions meet the rest of a query.
enum class FilterRole {
    Select,       // they choose the rows: the planner may walk a filter's index (lists)
    NarrowSearch, // they check the candidates a search index found, and never replace it
};

// Adds the conditions of the `filters` map in `args` (customers.list and .search, bulk
// update) over the alias `c`; `invalid` field `filters.KEY` for a bad filter,
// `forbidden` for a field the caller's role hides.
protocol::Status readFilters(const db::Dialect &dialect, const Caller &caller, const QCborMap &args, Where &where,
                             FilterRole role = FilterRole::Select);

// Reads the fields of `entity` present in `args` into `out` (stored form), skipping
// `ignored` keys; unknown and read-only keys are `invalid`.
protocol::Status readFields(domain::FieldEntity entity, const QCborMap &args, const QStringList &ignored,
                            QHash<QString, QVariant> &out, const QString &fieldPrefix = {});

// `invalid` naming the first required field of the catalog missing from `values`
// (a new customer).
protocol::Status checkRequired(const QHash<QString, QVariant> &values);

// Derived keys kept next to the fields (name_key, name_sort, phone_key, …).
QHash<QString, QVariant> derivedCustomerKeys(const QHash<QString, QVariant> &values);
QHash<QString, QVariant> derivedContactKeys(const QHash<QString, QVariant> &values);
QString nameKey(const QString &name);

// Writes. They run inside the caller's transaction and do not audit.
// Prepared: the insert is kept prepared for the next with the same columns (an
// import's thousands of rows); OneOff for single writes, whose column sets vary with
// the input and would only churn the connection's statement cache.
enum class InsertStatement { OneOff, Prepared };
protocol::Result<qint64> insertCustomer(const QSqlDatabase &db, const QHash<QString, QVariant> &values,
                                        qint64 ownerId, qint64 departmentId, qint64 creatorId,
                                        InsertStatement statement = InsertStatement::OneOff);
protocol::Status updateCustomerColumns(const QSqlDatabase &db, qint64 id, const QHash<QString, QVariant> &changes,
                                       qint64 userId);
protocol::Result<qint64> insertContact(const QSqlDatabase &db, qint64 customerId, const QHash<QString, QVariant> &values,
                                       InsertStatement statement = InsertStatement::OneOff);
protocol::Status updateContactColumns(const QSqlDatabase &db, qint64 contactId, const QHash<QString, QVariant> &changes);
// Makes `contactId` the customer's only primary contact (or the first, when 0).
protocol::Status settlePrimaryContact(const QSqlDatabase &db, qint64 customerId, qint64 contactId);
// Rebuilds the search row of one customer from what is stored.
protocol::Status reindexCustomer(const QSqlDatabase &db, const db::Dialect &dialect, qint64 id);
// What the customer contributes to the search index; with `visibleTo`, only the
// fields that caller's role shows (the text a search by that caller may match).
db::SearchDocument searchDocument(const CustomerRow &row, const Caller *visibleTo = nullptr);

// The end of every change to customer `id` inside `tx`: reloads it, rewrites its
// search row (unless `reindex` is false: no searchable field changed) and appends the
// op's one audit row, `before` → the reloaded image. Returns the reloaded customer.
protocol::Result<CustomerRow> reindexAndAudit(const db::WriteTransaction &tx, const Caller &caller, const QString &op,
                                              qint64 id, const std::optional<QJsonObject> &before,
                                              bool reindex = true);

// A user who may follow customers for the caller: enabled and within their scope.
struct UserRef {
    qint64 id = 0;
    qint64 departmentId = 0;
    QString displayName;
    QString email;
    QString mobile;
};
protocol::Result<UserRef> loadAssignableUser(const QSqlDatabase &db, const Caller &caller, qint64 userId,
                                             const QString &field);

// Customers that look like the same one: equal folded name, mobile, telephone
// digits or e-mail, among customers and their contacts (binned ones excluded).
struct DuplicateProbe {
    QString nameKey; // nameKey() of the name
    QStringList mobiles;
    QStringList phones;
    QStringList emails;
    qint64 excludeId = 0;
};
protocol::Result<QCborArray> findDuplicates(const QSqlDatabase &db, const Caller &caller, const DuplicateProbe &probe);
DuplicateProbe probeOf(const QHash<QString, QVariant> &customer, const QList<QHash<QString, QVariant>> &contacts);

// Which of many probes can have a duplicate, decided in a few queries: the name
// keys, mobiles, telephone digits and e-mails of all the probes are looked up in
// batches of several hundred (index lookups only, binned customers included), and a
// probe none of whose values was found has none. An import asks findDuplicates only
// for the rows that may match, instead of once per row. `add` records the values of
// a customer written since, so that later probes are screened against it too.
class DuplicateScreen
{
public:
    static protocol::Result<DuplicateScreen> read(const QSqlDatabase &db, const QList<DuplicateProbe> &probes);
    bool mayMatch(const DuplicateProbe &probe) const;
    void add(const DuplicateProbe &probe);

private:
    QSet<QString> m_names, m_mobiles, m_phones, m_emails;
};

} // namespace cordial::server::customers
