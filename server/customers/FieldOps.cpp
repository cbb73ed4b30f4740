#include "customers/FieldOps.h"

#include "audit/AuditLog.h"
#include "customers/FieldRegistry.h"
#include "domain/Roles.h"
#include "net/ArgReader.h"
#include "net/OpSupport.h"
#include "text/TextFold.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace cordial::server::customers {

using domain::FieldDef;
using domain::FieldEntity;
using domain::FieldType;
using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr int kMaxLabel = 40;
constexpr int kMaxChoices = 200;
constexpr int kMaxCustomFields = 200;
const QString kFieldEntity = QStringLiteral("field");

// The kinds of field an administrator may add.
const QList<FieldType> &customTypes()
{
    static const QList<FieldType> types{FieldType::Text,    FieldType::LongText, FieldType::Integer,
                                        FieldType::Money,   FieldType::Date,     FieldType::Choice,
                                        FieldType::MultiChoice};
    return types;
}

// Keys a custom field may not take: built-in fields of customers and contacts, and
// the other names customer ops read from their arguments or send in results.
bool reservedKey(const QString &key)
{
    static const QSet<QString> reserved{QStringLiteral("id"),          QStringLiteral("version"),
                                        QStringLiteral("contacts"),    QStringLiteral("followers"),
                                        QStringLiteral("owner_name"),  QStringLiteral("department_name"),
                                        QStringLiteral("creator_name"), QStringLiteral("deleted_at"),
                                        QStringLiteral("allow_duplicate"), QStringLiteral("exclude_id"),
                                        QStringLiteral("custom"),      QStringLiteral("customer_id"),
                                        QStringLiteral("contact")};
    return reserved.contains(key) || domain::findBuiltInField(FieldEntity::Customer, key)
           || domain::findBuiltInField(FieldEntity::Contact, key);
}

// A tab of the customer form a field may go on (not History, not a contact's).
bool editableTab(const QString &name)
{
    const auto tab = domain::fieldTabFromName(name);
    return tab && *tab != domain::FieldTab::History && *tab != domain::FieldTab::Contact;
}

const QString kTabMessage = QStringLiteral("'tab' is one of the form's tabs: basic, company, financial, groups, notes, "
                                           "status, management");

QCborMap fieldToWire(const FieldDef &f, bool retired)
{
    QCborArray choices;
    for (const domain::Choice &c : f.choices)
        choices.append(QCborMap{{QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.label}});
    QCborMap m{{QStringLiteral("key"), f.key},
               {QStringLiteral("type"), domain::fieldTypeName(f.type)},
               {QStringLiteral("tab"), domain::fieldTabName(f.tab)},
               {QStringLiteral("label"), f.label},
               {QStringLiteral("required"), f.required},
               {QStringLiteral("max_length"), f.effectiveMaxLength()},
               {QStringLiteral("choices"), choices},
               {QStringLiteral("listable"), f.listable},
               {QStringLiteral("searchable"), f.searchable},
               {QStringLiteral("sortable"), f.sortable},
               {QStringLiteral("bulk_editable"), f.bulkEditable},
               {QStringLiteral("read_only"), f.readOnly},
               {QStringLiteral("custom"), f.custom}};
    if (f.custom) {
        m.insert(QStringLiteral("id"), f.customId);
        m.insert(QStringLiteral("retired"), retired);
    }
    return m;
}

// A custom field as its row and audit image hold it.
struct CustomField {
    qint64 id = 0;
    QString key;
    QString label;
    QString type;
    QString tab;
    QJsonArray choices; // [{key, label}]
    bool required = false;
    bool listable = true;
    qint64 position = 0;
    bool retired = false;

    QJsonObject image() const
    {
        return {{QStringLiteral("key"), key},           {QStringLiteral("label"), label},
                {QStringLiteral("type"), type},         {QStringLiteral("tab"), tab},
                {QStringLiteral("choices"), choices},   {QStringLiteral("required"), required},
                {QStringLiteral("listable"), listable}, {QStringLiteral("position"), position},
                {QStringLiteral("retired"), retired}};
    }
};

protocol::Result<std::optional<CustomField>> loadField(const QSqlDatabase &db, qint64 id)
{
    auto rows = db::exec(db,
                         QStringLiteral("SELECT id, field_key, label, field_type, tab, choices, required, listable, "
                                        "position, retired FROM custom_fields WHERE id = ? AND entity = 'customer'"),
                         {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<CustomField>{};
    const QSqlQuery &q = rows.value();
    CustomField f;
    f.id = q.value(0).toLongLong();
    f.key = q.value(1).toString();
    f.label = q.value(2).toString();
    f.type = q.value(3).toString();
    f.tab = q.value(4).toString();
    f.choices = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
    f.required = q.value(6).toInt() != 0;
    f.listable = q.value(7).toInt() != 0;
    f.position = q.value(8).toLongLong();
    f.retired = q.value(9).toInt() != 0;
    return std::optional<CustomField>(f);
}

// A label must tell the field apart in forms and import headers: no other field of
// customers (built-in in either language, or custom) has it.
protocol::Status checkLabel(const CatalogSnapshot &cat, const QString &label, qint64 selfId)
{
    const QString folded = text::fold(label);
    for (const FieldDef &f : cat.allCustom)
        if (f.customId != selfId && text::fold(f.label) == folded)
            return makeError(ErrorCode::Conflict, QStringLiteral("another field is called '%1'").arg(label),
                             QStringLiteral("label"));
    for (const FieldDef &f : domain::builtInCustomerFields())
        if (text::fold(f.label) == folded || text::fold(f.labelZh) == folded)
            return makeError(ErrorCode::Conflict, QStringLiteral("a built-in field is called '%1'").arg(label),
                             QStringLiteral("label"));
    return protocol::Ok{};
}

// Reads `choices`: [{key?, label}] or ["label"]; keys stay as given or are made
// ("c1", "c2", …) avoiding those in `existing`, which must all still be there.
protocol::Result<QJsonArray> readChoices(const QCborValue &value, const QJsonArray &existing)
{
    auto bad = [](const QString &message) { return makeError(ErrorCode::Invalid, message, QStringLiteral("choices")); };
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > kMaxChoices)
        return bad(QStringLiteral("'choices' is a list of 1 to %1 choices").arg(kMaxChoices));
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
    QSet<QString> keys;
    QSet<QString> labels;
    for (const QJsonValue &c : existing)
        keys.insert(c.toObject().value(QStringLiteral("key")).toString());
    const QSet<QString> kept = keys;
    QSet<QString> seen;
    QJsonArray out;
    int next = 1;
    for (const QCborValue &item : value.toArray()) {
        QString key;
        QString label;
        if (item.isString()) {
            label = item.toString().trimmed();
        } else if (item.isMap()) {
            label = item.toMap().value(QStringLiteral("label")).toString().trimmed();
            key = item.toMap().value(QStringLiteral("key")).toString();
            if (!key.isEmpty() && !keyPattern.match(key).hasMatch())
                return bad(QStringLiteral("choice key '%1' must be 1 to 40 of a-z, 0-9 and _").arg(key));
        } else {
            return bad(QStringLiteral("a choice is a label or {key, label}"));
        }
        if (label.isEmpty() || label.size() > kMaxLabel)
            return bad(QStringLiteral("a choice label has 1 to %1 characters").arg(kMaxLabel));
        if (labels.contains(text::fold(label)))
            return bad(QStringLiteral("the choice '%1' is listed twice").arg(label));
        labels.insert(text::fold(label));
        if (key.isEmpty()) {
            while (keys.contains(QStringLiteral("c%1").arg(next)))
                ++next;
            key = QStringLiteral("c%1").arg(next);
        } else if (seen.contains(key)) {
            return bad(QStringLiteral("the choice key '%1' is listed twice").arg(key));
        }
        keys.insert(key);
        seen.insert(key);
        out.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("label"), label}});
    }
    for (const QString &key : kept)
        if (!seen.contains(key))
            return bad(QStringLiteral("the choice '%1' cannot be removed: customers may hold it; rename it instead")
                           .arg(key));
    return out;
}

} // namespace

OpOutcome listFields(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const QString entity = args.optionalText(QStringLiteral("entity"), 20).value_or(QStringLiteral("customer"));
    if (args.ok() && entity != QLatin1String("customer") && entity != QLatin1String("contact"))
        args.fail(QStringLiteral("entity"), QStringLiteral("'entity' is 'customer' or 'contact'"));
    const bool includeRetired = args.optionalBool(QStringLiteral("include_retired")).value_or(false);
    if (!args.ok())
        return args.error();
    if (includeRetired && !ctx.caller.hasRight(domain::rights::kFieldsManage))
        return makeError(ErrorCode::Forbidden, QStringLiteral("retired fields are listed for fields.manage only"),
                         QStringLiteral("include_retired"));
    const auto cat = catalog();
    const FieldEntity e = entity == QLatin1String("customer") ? FieldEntity::Customer : FieldEntity::Contact;
    QCborArray items;
    for (const FieldDef &f : cat->fields(e))
        items.append(fieldToWire(f, false));
    if (includeRetired && e == FieldEntity::Customer)
        for (const FieldDef &f : cat->allCustom)
            if (cat->retired.value(f.customId))
                items.append(fieldToWire(f, true));
    return QCborMap{{QStringLiteral("items"), items}};
}

OpOutcome createField(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const QString entity = args.optionalText(QStringLiteral("entity"), 20).value_or(QStringLiteral("customer"));
    if (args.ok() && entity != QLatin1String("customer"))
        args.fail(QStringLiteral("entity"), QStringLiteral("custom fields are added to customers ('customer')"));
    CustomField field;
    field.label = args.text(QStringLiteral("label"), kMaxLabel);
    field.type = args.text(QStringLiteral("type"), 20);
    const auto type = domain::fieldTypeFromName(field.type);
    if (args.ok() && (!type || !customTypes().contains(*type)))
        args.fail(QStringLiteral("type"),
                  QStringLiteral("'type' is text, long_text, integer, money, date, choice or multi_choice"));
    field.tab = args.optionalText(QStringLiteral("tab"), 20).value_or(QStringLiteral("basic"));
    if (args.ok() && !editableTab(field.tab))
        args.fail(QStringLiteral("tab"), kTabMessage);
    const auto key = args.optionalText(QStringLiteral("key"), 40);
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{1,39}$"));
    if (args.ok() && key && (!keyPattern.match(*key).hasMatch() || reservedKey(*key)))
        args.fail(QStringLiteral("key"), QStringLiteral("'key' is 2 to 40 of a-z, 0-9 and _, starting with a letter, "
                                                        "and not the key of a built-in field"));
    field.required = args.optionalBool(QStringLiteral("required")).value_or(false);
    field.listable = args.optionalBool(QStringLiteral("listable")).value_or(true);
    const auto position = args.optionalInt(QStringLiteral("position"), 0, 1'000'000);
    if (!args.ok())
        return args.error();
    const bool isChoice = *type == FieldType::Choice || *type == FieldType::MultiChoice;
    if (isChoice) {
        auto choices = readChoices(raw.value(QStringLiteral("choices")), {});
        if (!choices)
            return choices.error();
        field.choices = choices.value();
    } else if (raw.contains(QStringLiteral("choices"))) {
        return makeError(ErrorCode::Invalid, QStringLiteral("only choice fields have choices"),
                         QStringLiteral("choices"));
    }
    if (auto s = checkLabel(*catalog(), field.label, 0); !s)
        return s.error();

    OpOutcome outcome = inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        db::Row q;
        auto found = db::fetchOne(q, tx.db(),
                                  QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(MAX(position), 0) "
                                                 "FROM custom_fields"));
        if (!found)
            return found.error();
        if (q.value(0).toInt() >= kMaxCustomFields)
            return makeError(ErrorCode::Invalid, QStringLiteral("at most %1 custom fields").arg(kMaxCustomFields),
                             QStringLiteral("label"));
        field.key = key.value_or(QStringLiteral("cf_%1").arg(q.value(1).toLongLong() + 1));
        field.position = position.value_or(q.value(2).toLongLong() + 1);
        const qint64 now = db::nowMs();
        auto id = db::insertReturningId(
            tx.db(),
            QStringLiteral("INSERT INTO custom_fields (entity, field_key, label, field_type, tab, choices, required, "
                           "listable, position, retired, created_at, updated_at) "
                           "VALUES ('customer', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
            {field.key, field.label, field.type, field.tab,
             QString::fromUtf8(QJsonDocument(field.choices).toJson(QJsonDocument::Compact)), field.required ? 1 : 0,
             field.listable ? 1 : 0, field.position, now, now});
        if (!id) {
            protocol::Error error = id.error();
            if (error.code == ErrorCode::Conflict) {
                error.message = QStringLiteral("a field with the key '%1' exists").arg(field.key);
                error.field = QStringLiteral("key");
            }
            return error;
        }
        field.id = id.value();
        if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, kFieldEntity, field.id, std::nullopt, field.image()});
            !s)
            return s.error();
        return QCborMap{{QStringLiteral("id"), field.id}, {QStringLiteral("key"), field.key}};
    });
    if (outcome.result)
        if (auto s = reloadCatalog(ctx.db); !s)
            return s.error();
    return outcome;
}

OpOutcome updateField(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const qint64 id = args.id(QStringLiteral("id"));
    for (const char *fixed : {"type", "key", "entity"})
        if (args.ok() && raw.contains(QLatin1String(fixed)))
            args.fail(QLatin1String(fixed), QStringLiteral("'%1' of a field cannot change; add a new field instead")
                                                 .arg(QLatin1String(fixed)));
    const auto label = args.optionalText(QStringLiteral("label"), kMaxLabel);
    if (args.ok() && label && label->isEmpty())
        args.fail(QStringLiteral("label"), QStringLiteral("'label' must not be empty"));
    const auto tab = args.optionalText(QStringLiteral("tab"), 20);
    if (args.ok() && tab && !editableTab(*tab))
        args.fail(QStringLiteral("tab"), kTabMessage);
    const auto required = args.optionalBool(QStringLiteral("required"));
    const auto listable = args.optionalBool(QStringLiteral("listable"));
    const auto retired = args.optionalBool(QStringLiteral("retired"));
    const auto position = args.optionalInt(QStringLiteral("position"), 0, 1'000'000);
    if (!args.ok())
        return args.error();

    OpOutcome outcome = inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        auto loaded = loadField(tx.db(), id);
        if (!loaded)
            return loaded.error();
        if (!loaded.value())
            return makeError(ErrorCode::NotFound, QStringLiteral("no such custom field"), QStringLiteral("id"));
        const CustomField before = **loaded;
        CustomField after = before;
        if (label) {
            if (auto s = checkLabel(*catalog(), *label, id); !s)
                return s.error();
            after.label = *label;
        }
        if (raw.contains(QStringLiteral("choices"))) {
            const auto type = domain::fieldTypeFromName(before.type);
            if (type != FieldType::Choice && type != FieldType::MultiChoice)
                return makeError(ErrorCode::Invalid, QStringLiteral("only choice fields have choices"),
                                 QStringLiteral("choices"));
            auto choices = readChoices(raw.value(QStringLiteral("choices")), before.choices);
            if (!choices)
                return choices.error();
            after.choices = choices.value();
        }
        after.tab = tab.value_or(after.tab);
        after.required = required.value_or(after.required);
        after.listable = listable.value_or(after.listable);
        after.retired = retired.value_or(after.retired);
        after.position = position.value_or(after.position);
        if (after.image() == before.image())
            return QCborMap{};
        auto r = db::exec(tx.db(),
                          QStringLiteral("UPDATE custom_fields SET label = ?, tab = ?, choices = ?, required = ?, "
                                         "listable = ?, retired = ?, position = ?, updated_at = ? WHERE id = ?"),
                          {after.label, after.tab,
                           QString::fromUtf8(QJsonDocument(after.choices).toJson(QJsonDocument::Compact)),
                           after.required ? 1 : 0, after.listable ? 1 : 0, after.retired ? 1 : 0, after.position,
                           db::nowMs(), id});
        if (!r)
            return r.error();
        if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, kFieldEntity, id, before.image(), after.image()});
            !s)
            return s.error();
        return QCborMap{};
    });
    if (outcome.result)
        if (auto s = reloadCatalog(ctx.db); !s)
            return s.error();
    return outcome;
}

} // namespace cordial::server::customers
