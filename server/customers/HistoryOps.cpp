#include "customers/HistoryOps.h"

#include "customers/CustomerStore.h"
#include "customers/FieldRegistry.h"
#include "customers/FieldValues.h"
#include "net/ArgReader.h"
#include "net/OpSupport.h"
#include "net/ServerContext.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cordial::server::customers {

using domain::FieldDef;
using domain::FieldEntity;
using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr int kDefaultPage = 50;
constexpr int kMaxPage = 200;

template <typename RowT> // QSqlQuery or db::Row
QJsonObject parseImage(const RowT &q, int column)
{
    return q.isNull(column) ? QJsonObject() : QJsonDocument::fromJson(q.value(column).toString().toUtf8()).object();
}

// The stored values an image holds for `fields` of one entity; a field absent from
// the image (images leave empty fields out) is empty. Fields the server sets are left
// as they are now, and so are the fields `writer`'s role hides or makes read-only;
// without a writer (a contact that was removed comes back whole) every other field is
// taken from the image: the caller never sees those values, and dropping them would
// lose what the restore is meant to bring back.
protocol::Result<QHash<QString, QVariant>> valuesOf(const Caller *writer, const QJsonObject &snapshot,
                                                    const QList<FieldDef> &fields, FieldEntity entity)
{
    const bool customer = entity == FieldEntity::Customer;
    QHash<QString, QVariant> out;
    for (const FieldDef &f : fields) {
        if (f.readOnly || (writer && !checkWritable(*writer, {f.key}, entity)))
            continue;
        if (customer && (f.key == QLatin1String("owner_id") || f.key == QLatin1String("department_id")))
            continue; // who follows a customer changes with customers.assign
        const QCborValue value = snapshot.contains(f.key) ? QCborValue::fromJsonValue(snapshot.value(f.key)) : QCborValue();
        QCborValue effective = value;
        if (value.isUndefined())
            effective = QCborValue(QCborValue::Null);
        auto stored = toStored(f, effective);
        if (!stored) {
            // A value valid when it was written may not be now (a choice removed, a
            // field made required): the version cannot be put back as it was.
            protocol::Error e = stored.error();
            e.message = QStringLiteral("this version cannot be put back: %1").arg(e.message);
            return e;
        }
        out.insert(f.key, stored.value());
    }
    return out;
}

} // namespace

OpOutcome customerHistory(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    const int limit = int(args.optionalInt(QStringLiteral("limit"), 1, kMaxPage).value_or(kDefaultPage));
    const auto cursor = args.optionalInt(QStringLiteral("cursor"), 1, std::numeric_limits<qint64>::max());
    if (!args.ok())
        return args.error();
    // The customer must be one the caller sees, in the bin or not.
    auto customer = loadCustomer(ctx.db, ctx.caller, id, Binned::Include);
    if (!customer)
        return customer.error();
    QString sql = QStringLiteral("SELECT id, at, user_id, user_login, op, before_image, after_image FROM audit_log "
                                 "WHERE entity = 'customer' AND entity_id = ?");
    QVariantList binds{id};
    if (cursor) {
        sql += QStringLiteral(" AND id < ?");
        binds << *cursor;
    }
    auto rows = db::exec(ctx.db, sql + QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit + 1), binds);
    if (!rows)
        return rows.error();
    QCborArray items;
    qint64 last = 0;
    bool more = false;
    while (rows->next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        const QSqlQuery &q = rows.value();
        last = q.value(0).toLongLong();
        const QJsonObject before = parseImage(q, 5);
        const QJsonObject after = parseImage(q, 6);
        QCborMap item{{QStringLiteral("audit_id"), last},
                      {QStringLiteral("at"), db::isoTime(q.value(1).toLongLong())},
                      {QStringLiteral("user_id"), db::nullableId(q, 2)},
                      {QStringLiteral("user_login"), q.value(3).toString()},
                      {QStringLiteral("op"), q.value(4).toString()},
                      {QStringLiteral("before"), q.isNull(5) ? QCborValue(nullptr)
                                                             : QCborValue::fromJsonValue(redactCustomerImage(ctx.caller, before))},
                      {QStringLiteral("after"), q.isNull(6) ? QCborValue(nullptr)
                                                            : QCborValue::fromJsonValue(redactCustomerImage(ctx.caller, after))}};
        if (!q.isNull(6))
            item.insert(QStringLiteral("version"), after.value(QStringLiteral("version")).toInteger());
        items.append(item);
    }
    QCborMap result{{QStringLiteral("items"), items}};
    if (more)
        result.insert(QStringLiteral("next_cursor"), last);
    return result;
}

OpOutcome restoreCustomerVersion(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    const qint64 auditId = args.id(QStringLiteral("audit_id"));
    const auto version = args.optionalInt(QStringLiteral("version"), 1, std::numeric_limits<qint64>::max());
    if (args.ok() && !version)
        args.fail(QStringLiteral("version"), QStringLiteral("'version' is required: the version the customer has now"));
    if (!args.ok())
        return args.error();
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto before = loadCustomer(ctx.db, ctx.caller, id, Binned::Include);
        if (!before)
            return before.error();
        if (auto s = checkEditable(ctx.caller, before.value()); !s)
            return s.error();
        if (before->version != *version)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("the record was changed by someone else (version %1, you have %2)")
                                 .arg(before->version)
                                 .arg(*version),
                             QStringLiteral("version"));
        db::Row q;
        auto found = db::fetchOne(q, ctx.db,
                                  QStringLiteral("SELECT after_image FROM audit_log WHERE id = ? AND entity = 'customer' "
                                                 "AND entity_id = ?"),
                                  {auditId, id});
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, QStringLiteral("no such version of this customer"),
                             QStringLiteral("audit_id"));
        if (q.isNull(0))
            return makeError(ErrorCode::Invalid, QStringLiteral("that entry erased the customer; it holds no version"),
                             QStringLiteral("audit_id"));
        const QJsonObject snapshot = parseImage(q, 0);

        const auto cat = catalog();
        auto values = valuesOf(&ctx.caller, snapshot, cat->customer, FieldEntity::Customer);
        if (!values)
            return values.error();
        for (auto it = values->begin(); it != values->end();) {
            const QVariant now = before->values.value(it.key());
            if (now == it.value() || (now.isNull() && it.value().isNull()))
                it = values->erase(it);
            else
                ++it;
        }
        bool changed = !values->isEmpty();
        if (changed)
            if (auto s = updateCustomerColumns(ctx.db, id, values.value(), ctx.caller.userId); !s)
                return s.error();

        // Contacts: those of the version come back (by id where they still exist),
        // those added since go.
        QHash<qint64, const ContactRow *> current;
        for (const ContactRow &c : before->contacts)
            current.insert(c.id, &c);
        qint64 primary = 0;
        QSet<qint64> kept;
        for (const QJsonValue &v : snapshot.value(QStringLiteral("contacts")).toArray()) {
            const QJsonObject contact = v.toObject();
            const qint64 contactId = contact.value(QStringLiteral("id")).toInteger();
            const ContactRow *now = current.value(contactId);
            auto contactValues = valuesOf(now ? &ctx.caller : nullptr, contact, cat->contact, FieldEntity::Contact);
            if (!contactValues)
                return contactValues.error();
            qint64 restoredId = contactId;
            if (now) {
                QHash<QString, QVariant> diff;
                for (auto it = contactValues->cbegin(); it != contactValues->cend(); ++it) {
                    const QVariant was = now->values.value(it.key());
                    if (!(was == it.value() || (was.isNull() && it.value().isNull())))
                        diff.insert(it.key(), it.value());
                }
                if (!diff.isEmpty()) {
                    if (auto s = updateContactColumns(ctx.db, contactId, diff); !s)
                        return s.error();
                    changed = true;
                }
            } else {
                auto inserted = insertContact(ctx.db, id, contactValues.value());
                if (!inserted)
                    return inserted.error();
                restoredId = *inserted;
                changed = true;
            }
            kept.insert(restoredId);
            if (contactValues->value(QStringLiteral("primary")).toInt() != 0)
                primary = restoredId;
        }
        for (const ContactRow &c : before->contacts) {
            if (kept.contains(c.id))
                continue;
            if (auto r = db::exec(ctx.db, QStringLiteral("DELETE FROM contacts WHERE id = ?"), {c.id}); !r)
                return r.error();
            changed = true;
        }
        if (changed)
            if (auto s = settlePrimaryContact(ctx.db, id, primary); !s)
                return s.error();
        // A binned customer comes back out of the bin.
        if (before->deletedAt) {
            if (auto r = db::exec(ctx.db, QStringLiteral("UPDATE customers SET deleted_at = NULL, deleted_by = NULL WHERE id = ?"),
                                  {id});
                !r)
                return r.error();
            changed = true;
        }
        if (!changed)
            return QCborMap{{QStringLiteral("version"), before->version}, {QStringLiteral("changed"), false}};
        if (values->isEmpty())
            if (auto r = db::exec(ctx.db, QStringLiteral("UPDATE customers SET version = version + 1, updated_at = ?, "
                                                         "updated_by = ? WHERE id = ?"),
                                  {db::nowMs(), ctx.caller.userId, id});
                !r)
                return r.error();
        auto after = reindexAndAudit(tx, ctx.caller, ctx.request.op, id, image(before.value()));
        if (!after)
            return after.error();
        return QCborMap{{QStringLiteral("version"), after->version}, {QStringLiteral("changed"), true}};
    });
}

} // namespace cordial::server::customers
