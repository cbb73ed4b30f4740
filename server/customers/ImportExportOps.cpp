#include "customers/ImportExportOps.h"

#include "audit/AuditLog.h"
#include "customers/CustomerStore.h"
#include "customers/FieldRegistry.h"
#include "customers/FieldValues.h"
#include "customers/ImportFile.h"
#include "customers/Transfers.h"
#include "db/SearchSql.h"
#include "db/WriteGate.h"
#include "net/ArgReader.h"
#include "net/OpSupport.h"
#include "net/ServerContext.h"
#include "text/TextFold.h"

#include <QCborArray>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <utility>

namespace cordial::server::customers {

using domain::FieldDef;
using domain::FieldEntity;
using domain::FieldType;
using protocol::ErrorCode;
using protocol::makeError;

namespace {

const QString kCustomerEntity = QStringLiteral("customer");
constexpr int kSampleRows = 20;
constexpr int kCreatedBatch = 200;     // new customers read back at once by an import
constexpr int kMaxReported = 1000;     // errors and duplicates listed by a preview
constexpr int kProgressEvery = 1000;   // rows between import.progress events
constexpr int kMaxExportIds = 100000;
const QString kContactPrefix = QStringLiteral("contact.");

// Contact fields an import may fill, for the customer's primary contact.
const QStringList &importableContactKeys()
{
    static const QStringList keys{QStringLiteral("name"),  QStringLiteral("mobile"), QStringLiteral("email"),
                                  QStringLiteral("birthday"), QStringLiteral("title"), QStringLiteral("phone"),
                                  QStringLiteral("gender")};
    return keys;
}

bool importableCustomerField(const FieldDef &f)
{
    return !f.readOnly && f.type != FieldType::User && f.type != FieldType::Department
           && f.type != FieldType::DateTime;
}

// `forbidden` unless the caller may write the mapped field. An imported contact needs
// a name, so a role that may not write contact names imports no contact column.
protocol::Status checkImportable(const Caller &caller, const FieldDef &field, bool contact)
{
    if (!contact)
        return checkWritable(caller, {field.key});
    return checkWritable(caller, {QStringLiteral("name"), field.key}, FieldEntity::Contact, kContactPrefix);
}

QString zhLabel(const FieldDef &f)
{
    return f.labelZh.isEmpty() ? f.label : f.labelZh;
}

// The header of a contact column in files: "联系人手机".
QString contactHeader(const FieldDef &f)
{
    const QString zh = zhLabel(f);
    return zh.startsWith(QStringLiteral("联系人")) ? zh : QStringLiteral("联系人") + zh;
}

QString columnName(int index)
{
    QString name;
    int n = index + 1;
    while (n > 0) {
        const int r = (n - 1) % 26;
        name.prepend(QChar(u'A' + r));
        n = (n - 1) / 26;
    }
    return name;
}

// Header text as compared for automatic mapping: folded, without spaces, marks of
// required columns and trailing colons.
QString headerKey(const QString &header)
{
    QString f = text::fold(header);
    f.remove(QLatin1Char(' '));
    f.remove(QLatin1Char('*'));
    f.remove(QStringLiteral("(必填)"));
    f.remove(QStringLiteral("(选填)"));
    while (f.endsWith(QLatin1Char(':')))
        f.chop(1);
    return f;
}

// The choices of a field by the folded texts a cell may hold them by: folded once per
// import, not again for every cell (folding is an ICU transliteration).
class ChoiceMatcher
{
public:
    explicit ChoiceMatcher(const FieldDef &f);
    // The key of the choice `text` names: its key or a label, else the text before a
    // dash or 类 of a label ("A" for "A类–重点", "A – key").
    std::optional<QString> match(const QString &text) const;

private:
    QHash<QString, QString> m_exact;                 // folded key or label → key, the first choice wins
    QList<std::pair<QString, QString>> m_heads;      // folded head of a label → key, in choice order
};

// One mapped column: a customer field or (contact = true) a contact field.
struct Target {
    const FieldDef *field = nullptr;
    bool contact = false;
    std::shared_ptr<const ChoiceMatcher> choices; // choice fields
    QString key() const { return contact ? kContactPrefix + field->key : field->key; }
};

Target targetFor(const FieldDef *f, bool contact)
{
    Target t{f, contact, nullptr};
    if (f->type == FieldType::Choice || f->type == FieldType::MultiChoice)
        t.choices = std::make_shared<const ChoiceMatcher>(*f);
    return t;
}

std::optional<Target> targetOf(const CatalogSnapshot &cat, const QString &key)
{
    if (key.startsWith(kContactPrefix)) {
        const QString k = key.mid(kContactPrefix.size());
        const FieldDef *f = cat.find(FieldEntity::Contact, k);
        if (!f || !importableContactKeys().contains(k))
            return std::nullopt;
        return targetFor(f, true);
    }
    const FieldDef *f = cat.find(FieldEntity::Customer, key);
    if (!f || !importableCustomerField(*f))
        return std::nullopt;
    return targetFor(f, false);
}

// Folded header text → field key, for automatic mapping.
QHash<QString, QString> headerIndex(const CatalogSnapshot &cat)
{
    QHash<QString, QString> h;
    auto add = [&](const QString &name, const QString &key) {
        const QString k = headerKey(name);
        if (!k.isEmpty() && !h.contains(k))
            h.insert(k, key);
    };
    // Customer fields first: "手机" is the customer's mobile, "联系人手机" the contact's.
    for (const FieldDef &f : cat.customer) {
        if (!importableCustomerField(f))
            continue;
        add(f.labelZh, f.key);
        add(f.label, f.key);
        add(f.key, f.key);
    }
    for (const FieldDef &f : cat.customer)
        if (importableCustomerField(f))
            for (const QString &alias : f.aliases)
                add(alias, f.key);
    for (const QString &k : importableContactKeys()) {
        const FieldDef *f = cat.find(FieldEntity::Contact, k);
        const QString key = kContactPrefix + k;
        add(contactHeader(*f), key);
        add(key, key);
        add(QStringLiteral("Contact ") + f->label, key);
        for (const QString &alias : f->aliases)
            add(alias, key);
    }
    return h;
}

// ---- cell text → field value ----

ChoiceMatcher::ChoiceMatcher(const FieldDef &f)
{
    for (const domain::Choice &c : f.choices) {
        auto add = [&](const QString &text) {
            const QString folded = headerKey(text);
            if (!m_exact.contains(folded))
                m_exact.insert(folded, c.key);
        };
        add(c.key);
        add(c.label);
        if (!c.labelZh.isEmpty())
            add(c.labelZh);
    }
    for (const domain::Choice &c : f.choices) {
        for (const QString &label : {c.labelZh, c.label}) {
            static const QRegularExpression head(QStringLiteral("^([^–\\-类]+)[类\\s–\\-]"));
            const auto m = head.match(label);
            if (m.hasMatch())
                m_heads.append({headerKey(m.captured(1)), c.key});
        }
    }
}

std::optional<QString> ChoiceMatcher::match(const QString &text) const
{
    const QString t = headerKey(text);
    if (const auto it = m_exact.constFind(t); it != m_exact.cend())
        return *it;
    for (const auto &[head, key] : m_heads)
        if (head == t)
            return key;
    return std::nullopt;
}

QString normalizedDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const QString t = text::fold(text);
    auto m = pattern.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (!m.hasMatch())
        return text;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() ? d.toString(Qt::ISODate) : text;
}

// The wire value of a cell for `f`, as customers.create would receive it.
protocol::Result<QCborValue> cellValue(const Target &target, const QString &raw)
{
    const FieldDef &f = *target.field;
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return QCborValue(QCborValue::Null);
    auto notChoice = [&](const QString &t) {
        QStringList labels;
        for (const domain::Choice &c : f.choices)
            labels.append(c.labelZh.isEmpty() ? c.label : c.labelZh);
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("'%1' is not one of the choices of '%2' (%3)")
                             .arg(protocol::elided(t), f.key, labels.join(QStringLiteral(", "))),
                         f.key);
    };
    switch (f.type) {
    case FieldType::Choice: {
        const auto key = target.choices->match(text);
        if (!key)
            return notChoice(text);
        return QCborValue(*key);
    }
    case FieldType::MultiChoice: {
        static const QRegularExpression sep(QStringLiteral("[,，;；、|\\n]"));
        QCborArray keys;
        for (const QString &part : text.split(sep, Qt::SkipEmptyParts)) {
            if (part.trimmed().isEmpty())
                continue;
            const auto key = target.choices->match(part.trimmed());
            if (!key)
                return notChoice(part.trimmed());
            keys.append(*key);
        }
        return QCborValue(keys);
    }
    case FieldType::Boolean: {
        const QString t = headerKey(text);
        static const QStringList yes{QStringLiteral("是"), QStringLiteral("yes"), QStringLiteral("true"),
                                     QStringLiteral("y"), QStringLiteral("1"), QStringLiteral("√"),
                                     QStringLiteral("对")};
        static const QStringList no{QStringLiteral("否"), QStringLiteral("no"), QStringLiteral("false"),
                                    QStringLiteral("n"), QStringLiteral("0"), QStringLiteral("×"),
                                    QStringLiteral("x")};
        if (yes.contains(t))
            return QCborValue(true);
        if (no.contains(t))
            return QCborValue(false);
        return makeError(ErrorCode::Invalid, QStringLiteral("'%1' is not yes (是) or no (否)").arg(protocol::elided(text)),
                             f.key);
    }
    case FieldType::Date:
        return QCborValue(normalizedDate(text));
    default:
        return QCborValue(f.type == FieldType::LongText ? raw : text);
    }
}

// ---- the rows of an import ----

struct RowError {
    int row = 0;
    int column = -1;
    QString field;
    QString message;
};

// A valid row, kept small (a file may have 200,000): the stored value of each mapped
// column (in the order of Plan::mapped), nothing for a contact cell left empty. The
// field maps are built when the row is written (customerValues, contactValues).
struct ParsedRow {
    int row = 0; // as in Excel
    QList<std::optional<QVariant>> cells; // by mapped column, as Plan::mapped
    bool hasContact = false;
    DuplicateProbe probe;
};

struct Parsed {
    QList<ParsedRow> rows;
    QList<RowError> errors;
    int dataRows = 0;
};

struct Plan {
    std::shared_ptr<const CatalogSnapshot> catalog = customers::catalog(); // owns the targets' fields
    files::Table table;
    bool hasHeader = true;
    QList<std::optional<Target>> targets; // by column
    QList<int> mapped; // the columns with a target, in order
    QStringList headers;
};

QString describe(const RowError &e, const Plan &plan)
{
    QString where = QStringLiteral("row %1").arg(e.row);
    if (e.column >= 0) {
        where += QStringLiteral(", column %1").arg(columnName(e.column));
        const QString header = plan.headers.value(e.column);
        if (!header.isEmpty())
            where += QStringLiteral(" (%1)").arg(header);
    }
    return where + QStringLiteral(": ") + e.message;
}

QHash<QString, QVariant> valuesOf(const ParsedRow &row, const Plan &plan, bool contact)
{
    QHash<QString, QVariant> values;
    if (contact && !row.hasContact)
        return values;
    for (int i = 0; i < row.cells.size(); ++i) {
        const Target &target = *plan.targets.at(plan.mapped.at(i));
        if (target.contact == contact && row.cells.at(i))
            values.insert(target.field->key, *row.cells.at(i));
    }
    if (contact)
        values.insert(QStringLiteral("primary"), 1);
    return values;
}

QHash<QString, QVariant> customerValues(const ParsedRow &row, const Plan &plan)
{
    return valuesOf(row, plan, false);
}

// Empty when the row has no contact; else the contact, marked primary.
QHash<QString, QVariant> contactValues(const ParsedRow &row, const Plan &plan)
{
    return valuesOf(row, plan, true);
}

DuplicateProbe probeFor(const QHash<QString, QVariant> &customer, const QHash<QString, QVariant> &contact)
{
    QList<QHash<QString, QVariant>> contacts;
    if (!contact.isEmpty())
        contacts.append(contact);
    return probeOf(customer, contacts);
}

// Reads the cells of every row of the table, which it empties row by row as it goes
// (the file's text is not held twice).
Parsed parseRows(Plan &plan)
{
    Parsed out;
    int nameColumn = -1, contactNameColumn = -1;
    for (int c = 0; c < plan.targets.size(); ++c) {
        if (!plan.targets.at(c))
            continue;
        if (plan.targets.at(c)->field->key == QLatin1String("name"))
            (plan.targets.at(c)->contact ? contactNameColumn : nameColumn) = c;
    }
    const int first = plan.hasHeader ? 1 : 0;
    if (nameColumn < 0) {
        out.errors.append({first, -1, QStringLiteral("name"),
                           QStringLiteral("no column holds the customer name (客户名称)")});
        return out;
    }
    for (const FieldDef &f : plan.catalog->customer) {
        if (!f.required || f.key == QLatin1String("name"))
            continue;
        const bool mapped = std::any_of(plan.targets.cbegin(), plan.targets.cend(), [&](const auto &t) {
            return t && !t->contact && t->field->key == f.key;
        });
        if (!mapped) {
            out.errors.append({first, -1, f.key,
                               QStringLiteral("no column holds the required field '%1'").arg(zhLabel(f))});
            return out;
        }
    }
    for (int r = first; r < plan.table.size(); ++r) {
        const QStringList cells = std::exchange(plan.table[r], QStringList());
        if (!files::hasContent(cells))
            continue;
        ++out.dataRows;
        ParsedRow row;
        row.row = r + 1;
        row.cells.resize(plan.mapped.size());
        bool ok = true;
        bool anyContact = false;
        QString contactName;
        for (int i = 0; i < plan.mapped.size(); ++i) {
            const int c = plan.mapped.at(i);
            const auto &target = plan.targets.at(c);
            const QString text = cells.value(c);
            auto fail = [&](const QString &message) {
                ok = false;
                out.errors.append({row.row, c, target->key(), message});
            };
            auto wire = cellValue(*target, text);
            if (!wire) {
                fail(wire.error().message);
                continue;
            }
            if (target->contact && wire->isNull())
                continue; // an empty contact cell says nothing
            auto stored = toStored(*target->field, wire.value());
            if (!stored) {
                fail(stored.error().message);
                continue;
            }
            if (target->contact) {
                anyContact = true;
                if (target->field->key == QLatin1String("name"))
                    contactName = stored->toString();
            }
            row.cells[i] = stored.takeValue();
        }
        if (anyContact && contactName.isEmpty()) {
            ok = false;
            out.errors.append({row.row, contactNameColumn, QStringLiteral("contact.name"),
                               QStringLiteral("a contact needs a name (联系人姓名)")});
        }
        if (ok) {
            row.hasContact = anyContact;
            row.probe = probeFor(customerValues(row, plan), contactValues(row, plan));
            out.rows.append(std::move(row));
        }
    }
    return out;
}

// A row of the preview's sample: the wire value of every mapped cell that was read
// (contact cells only when they hold something), in column order. Built for the
// few rows shown, not kept for every row of a large file.
QCborMap sampleOf(const ParsedRow &row, const Plan &plan)
{
    QCborMap sample;
    int cells = 0;
    for (int i = 0; i < row.cells.size() && cells < 200; ++i) {
        const Target &target = *plan.targets.at(plan.mapped.at(i));
        if (!row.cells.at(i))
            continue;
        sample.insert(target.key(), toWire(*target.field, *row.cells.at(i)));
        ++cells;
    }
    sample.insert(QStringLiteral("row"), row.row);
    return sample;
}

// Reads upload_id, has_header and mapping; loads and maps the file.
protocol::Result<Plan> readPlan(OpContext &ctx, QCborArray *columnsOut)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const QString uploadId = args.text(QStringLiteral("upload_id"), 64);
    const bool hasHeader = args.optionalBool(QStringLiteral("has_header")).value_or(true);
    if (!args.ok())
        return args.error();
    auto upload = transfers::findUpload(ctx.server.config.dataDir, ctx.caller.userId, uploadId);
    if (!upload)
        return upload.error();
    auto table = files::readTableFile(upload->path);
    if (!table)
        return table.error();
    Plan plan;
    plan.table = table.takeValue();
    plan.hasHeader = hasHeader;
    // The readers' limit counts a header row. The customers are the rows with content
    // after the first when it is the header (blank or not), all of them otherwise.
    if (std::count_if(plan.table.cbegin() + (hasHeader && !plan.table.isEmpty() ? 1 : 0), plan.table.cend(),
                      [](const QStringList &row) { return files::hasContent(row); })
        >= files::kMaxImportRows)
        return files::tooManyCustomers();
    int columns = 0;
    for (const QStringList &row : std::as_const(plan.table))
        columns = std::max(columns, int(row.size()));
    if (hasHeader && !plan.table.isEmpty())
        plan.headers = plan.table.first();
    plan.targets.resize(columns);

    const QCborValue mapping = raw.value(QStringLiteral("mapping"));
    if (!mapping.isUndefined() && !mapping.isNull()) {
        if (!mapping.isMap())
            return makeError(ErrorCode::Invalid, QStringLiteral("'mapping' maps column numbers to field keys"),
                             QStringLiteral("mapping"));
        QSet<QString> used;
        const QCborMap m = mapping.toMap();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
            const QString field = QStringLiteral("mapping.") + it.key().toVariant().toString();
            bool isNumber = false;
            const int index = it.key().isInteger() ? int(it.key().toInteger())
                                                   : it.key().toString().toInt(&isNumber);
            if ((!it.key().isInteger() && !isNumber) || index < 0 || index >= std::max(columns, 1) + 1000)
                return makeError(ErrorCode::Invalid, QStringLiteral("not a column number"), field);
            if (it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty()))
                continue; // a column left out
            const auto target = it.value().isString() ? targetOf(*plan.catalog, it.value().toString()) : std::nullopt;
            if (!target)
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("'%1' is not a field an import can fill")
                                     .arg(protocol::elided(it.value().toString())),
                                 field);
            if (used.contains(target->key()))
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("two columns are mapped to '%1'").arg(target->key()), field);
            if (auto s = checkImportable(ctx.caller, *target->field, target->contact); !s)
                return makeError(ErrorCode::Forbidden, s.error().message, field);
            used.insert(target->key());
            if (index >= plan.targets.size())
                plan.targets.resize(index + 1);
            plan.targets[index] = target;
        }
    } else if (hasHeader) {
        QSet<QString> used;
        const auto index = headerIndex(*plan.catalog);
        for (int c = 0; c < plan.headers.size(); ++c) {
            const QString key = index.value(headerKey(plan.headers.at(c)));
            if (key.isEmpty() || used.contains(key))
                continue;
            // A column for a field the caller's role may not write is left out.
            const auto target = targetOf(*plan.catalog, key);
            if (!target || !checkImportable(ctx.caller, *target->field, target->contact))
                continue;
            used.insert(key);
            plan.targets[c] = target;
        }
    }
    for (int c = 0; c < plan.targets.size(); ++c)
        if (plan.targets.at(c))
            plan.mapped.append(c);
    if (columnsOut) {
        for (int c = 0; c < plan.targets.size(); ++c) {
            QCborMap column{{QStringLiteral("index"), c}, {QStringLiteral("header"), plan.headers.value(c)}};
            if (plan.targets.at(c))
                column.insert(QStringLiteral("field"), plan.targets.at(c)->key());
            columnsOut->append(column);
        }
    }
    return plan;
}

QCborMap errorToWire(const RowError &e)
{
    QCborMap m{{QStringLiteral("row"), e.row},
               {QStringLiteral("field"), e.field},
               {QStringLiteral("message"), e.message}};
    m.insert(QStringLiteral("column"), e.column >= 0 ? QCborValue(e.column) : QCborValue(QCborValue::Null));
    return m;
}

protocol::Result<DuplicateScreen> screenOf(const QSqlDatabase &db, const QList<ParsedRow> &rows)
{
    QList<DuplicateProbe> probes;
    probes.reserve(rows.size());
    for (const ParsedRow &row : rows)
        probes.append(row.probe);
    return DuplicateScreen::read(db, probes);
}

// Earlier rows of the same file that look like the same customer.
class InFileDuplicates
{
public:
    QCborArray check(const ParsedRow &row)
    {
        const DuplicateProbe &probe = row.probe;
        QMap<int, QStringList> found; // earlier row → matched on
        auto look = [&](QHash<QString, int> &index, const QString &value, const QString &what) {
            if (value.isEmpty())
                return;
            const auto it = index.constFind(value);
            if (it != index.cend()) {
                if (!found[*it].contains(what))
                    found[*it].append(what);
            } else {
                index.insert(value, row.row);
            }
        };
        look(m_names, probe.nameKey, QStringLiteral("name"));
        for (const QString &m : probe.mobiles)
            look(m_mobiles, m, QStringLiteral("mobile"));
        for (const QString &p : probe.phones)
            look(m_phones, p, QStringLiteral("phone"));
        for (const QString &e : probe.emails)
            look(m_emails, e, QStringLiteral("email"));
        QCborArray out;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            out.append(QCborMap{{QStringLiteral("in_file"), true},
                                {QStringLiteral("row"), it.key()},
                                {QStringLiteral("matched_on"), QCborArray::fromStringList(it.value())}});
        return out;
    }

private:
    QHash<QString, int> m_names, m_mobiles, m_phones, m_emails;
};

// ---- export ----

QString exportText(const FieldDef &f, const QVariant &stored, const CustomerRow &row,
                   const QHash<qint64, QString> &users, const QHash<qint64, QString> &departments)
{
    if (stored.isNull())
        return {};
    switch (f.type) {
    case FieldType::Choice:
        for (const domain::Choice &c : f.choices)
            if (c.key == stored.toString())
                return c.labelZh.isEmpty() ? c.label : c.labelZh;
        return stored.toString();
    case FieldType::MultiChoice: {
        QStringList labels;
        for (const QString &key : splitKeys(stored.toString())) {
            QString label = key;
            for (const domain::Choice &c : f.choices)
                if (c.key == key)
                    label = c.labelZh.isEmpty() ? c.label : c.labelZh;
            labels.append(label);
        }
        return labels.join(QStringLiteral("、"));
    }
    case FieldType::Money:
        return formatMoney(stored.toLongLong());
    case FieldType::Integer:
        return QString::number(stored.toLongLong());
    case FieldType::Boolean:
        return stored.toInt() ? QStringLiteral("是") : QStringLiteral("否");
    case FieldType::User:
        if (f.key == QLatin1String("owner_id"))
            return row.ownerName;
        if (f.key == QLatin1String("creator_id"))
            return row.creatorName;
        return users.value(stored.toLongLong());
    case FieldType::Department:
        return f.key == QLatin1String("department_id") ? row.departmentName : departments.value(stored.toLongLong());
    case FieldType::DateTime:
        return QDateTime::fromMSecsSinceEpoch(stored.toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return stored.toString();
    }
}

files::Cell exportCell(const FieldDef &f, const QVariant &stored, const CustomerRow &row,
                       const QHash<qint64, QString> &users, const QHash<qint64, QString> &departments)
{
    const QString text = exportText(f, stored, row, users, departments);
    if (!stored.isNull() && f.type == FieldType::Money)
        return files::Cell::ofNumber(double(stored.toLongLong()) / 100.0, text);
    if (!stored.isNull() && f.type == FieldType::Integer)
        return files::Cell::ofNumber(double(stored.toLongLong()), text);
    return files::Cell::ofText(text);
}

QString timestampedName(const QString &stem, const QString &extension)
{
    return stem + QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
           + QLatin1Char('.') + extension;
}

} // namespace

void removeStaleTransfers(const QString &dataDir)
{
    transfers::removeStale(dataDir);
}

OpOutcome uploadFile(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const QString id = args.optionalText(QStringLiteral("upload_id"), 64).value_or(QString());
    const bool done = args.optionalBool(QStringLiteral("done")).value_or(false);
    const QString name = args.optionalText(QStringLiteral("name"), 255).value_or(QString());
    if (args.ok() && !raw.value(QStringLiteral("data")).isByteArray())
        args.fail(QStringLiteral("data"), QStringLiteral("'data' is the bytes of the chunk"));
    if (!args.ok())
        return args.error();
    auto info = transfers::appendUpload(ctx.server.config.dataDir, ctx.caller.userId, id,
                                        raw.value(QStringLiteral("data")).toByteArray(), done, name);
    if (!info)
        return info.error();
    return QCborMap{{QStringLiteral("upload_id"), info->id}, {QStringLiteral("size"), info->size}};
}

OpOutcome downloadFile(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const QString id = args.text(QStringLiteral("download_id"), 64);
    const qint64 offset = args.optionalInt(QStringLiteral("offset"), 0, std::numeric_limits<qint64>::max()).value_or(0);
    const qint64 length =
        args.optionalInt(QStringLiteral("length"), 1, transfers::kMaxChunkBytes).value_or(transfers::kMaxChunkBytes);
    if (!args.ok())
        return args.error();
    auto info = transfers::findDownload(ctx.server.config.dataDir, ctx.caller.userId, id);
    if (!info)
        return info.error();
    QFile f(info->path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("no such file (files are kept for 24 hours)"),
                         QStringLiteral("download_id"));
    if (offset > info->size)
        return makeError(ErrorCode::Invalid, QStringLiteral("'offset' is past the end of the file"),
                         QStringLiteral("offset"));
    f.seek(offset);
    return QCborMap{{QStringLiteral("data"), f.read(length)}, {QStringLiteral("size"), info->size}};
}

OpOutcome importTemplate(OpContext &ctx)
{
    files::SheetData data{QStringLiteral("客户"), {}, {}};
    files::SheetData help{QStringLiteral("填写说明"), {}, {30, 50, 80}};
    files::CellRow header;
    help.rows.append({files::Cell::ofText(QStringLiteral("列名")), files::Cell::ofText(QStringLiteral("填写要求")),
                      files::Cell::ofText(QStringLiteral("可选值"))});
    auto describeType = [](const FieldDef &f) -> QString {
        QString d;
        switch (f.type) {
        case FieldType::Date: d = QStringLiteral("日期，如 2024-03-15"); break;
        case FieldType::Money: d = QStringLiteral("金额，最多两位小数"); break;
        case FieldType::Integer: d = QStringLiteral("整数"); break;
        case FieldType::Mobile: d = QStringLiteral("11 位手机号"); break;
        case FieldType::Phone: d = QStringLiteral("电话号码，可带区号和分机"); break;
        case FieldType::Email: d = QStringLiteral("电子邮箱地址"); break;
        case FieldType::Url: d = QStringLiteral("网址"); break;
        case FieldType::Choice: d = QStringLiteral("从可选值中选一项"); break;
        case FieldType::MultiChoice: d = QStringLiteral("可选多项，用顿号（、）或逗号分隔"); break;
        case FieldType::Boolean: d = QStringLiteral("是 或 否"); break;
        case FieldType::LongText: d = QStringLiteral("文字，可多行"); break;
        default: d = QStringLiteral("文字"); break;
        }
        if (f.required)
            d = QStringLiteral("必填；") + d;
        if (f.type == FieldType::Text || f.type == FieldType::Region)
            d += QStringLiteral("，最多 %1 字").arg(f.effectiveMaxLength());
        return d;
    };
    auto choicesOf = [](const FieldDef &f) {
        QStringList labels;
        for (const domain::Choice &c : f.choices)
            labels.append(c.labelZh.isEmpty() ? c.label : c.labelZh);
        return labels.join(QStringLiteral("、"));
    };
    const auto cat = catalog();
    for (const FieldDef &f : cat->customer) {
        // Fields the caller's role hides or makes read-only are not in the caller's template.
        if (!importableCustomerField(f) || !checkWritable(ctx.caller, {f.key}))
            continue;
        header.append(files::Cell::ofText(zhLabel(f)));
        data.columnWidths.append(std::max<qsizetype>(12, zhLabel(f).size() * 2 + 2));
        help.rows.append({files::Cell::ofText(zhLabel(f)), files::Cell::ofText(describeType(f)),
                          files::Cell::ofText(choicesOf(f))});
    }
    for (const QString &k : importableContactKeys()) {
        const FieldDef *f = cat->find(FieldEntity::Contact, k);
        if (!checkImportable(ctx.caller, *f, true))
            continue;
        header.append(files::Cell::ofText(contactHeader(*f)));
        data.columnWidths.append(std::max<qsizetype>(12, contactHeader(*f).size() * 2 + 2));
        QString d = QStringLiteral("主联系人的") + zhLabel(*f) + QStringLiteral("；") + describeType(*f);
        if (k == QLatin1String("name"))
            d = QStringLiteral("主联系人的姓名；填写任一联系人列时必填");
        help.rows.append({files::Cell::ofText(contactHeader(*f)), files::Cell::ofText(d),
                          files::Cell::ofText(choicesOf(*f))});
    }
    data.rows.append(header);
    help.rows.append(files::CellRow{});
    help.rows.append({files::Cell::ofText(QStringLiteral("说明")),
                      files::Cell::ofText(QStringLiteral("第一行是列名，从第二行起每行一个客户。不需要的列可以删除，"
                                                         "列的顺序可以调整。跟进人为导入者本人。"))});
    auto bytes = files::writeXlsx({data, help});
    if (!bytes)
        return bytes.error();
    return QCborMap{{QStringLiteral("file_name"), QStringLiteral("客户导入模板.xlsx")},
                    {QStringLiteral("data"), bytes.value()}};
}

OpOutcome importPreview(OpContext &ctx)
{
    QCborArray columns;
    auto plan = readPlan(ctx, &columns);
    if (!plan)
        return plan.error();
    const Parsed parsed = parseRows(plan.value());
    QCborArray errors;
    for (const RowError &e : parsed.errors) {
        if (errors.size() >= kMaxReported)
            break;
        errors.append(errorToWire(e));
    }
    QCborArray duplicates;
    QCborArray sample;
    InFileDuplicates inFile;
    int duplicateRows = 0;
    auto screen = screenOf(ctx.db, parsed.rows);
    if (!screen)
        return screen.error();
    for (const ParsedRow &row : parsed.rows) {
        if (sample.size() < kSampleRows)
            sample.append(sampleOf(row, plan.value()));
        QCborArray all;
        if (screen->mayMatch(row.probe)) {
            auto matches = findDuplicates(ctx.db, ctx.caller, row.probe);
            if (!matches)
                return matches.error();
            all = matches.value();
        }
        for (const QCborValue &m : inFile.check(row))
            all.append(m);
        if (all.isEmpty())
            continue;
        ++duplicateRows;
        if (duplicates.size() < kMaxReported)
            duplicates.append(QCborMap{{QStringLiteral("row"), row.row}, {QStringLiteral("matches"), all}});
    }
    return QCborMap{{QStringLiteral("columns"), columns},
                    {QStringLiteral("rows"), parsed.dataRows},
                    {QStringLiteral("valid_rows"), parsed.rows.size()},
                    {QStringLiteral("error_count"), parsed.errors.size()},
                    {QStringLiteral("errors"), errors},
                    {QStringLiteral("duplicate_count"), duplicateRows},
                    {QStringLiteral("duplicates"), duplicates},
                    {QStringLiteral("sample"), sample}};
}

OpOutcome importCommit(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const QString policy = args.optionalText(QStringLiteral("duplicates"), 10).value_or(QStringLiteral("skip"));
    if (args.ok() && policy != QLatin1String("skip") && policy != QLatin1String("update")
        && policy != QLatin1String("create"))
        args.fail(QStringLiteral("duplicates"), QStringLiteral("'duplicates' is skip, update or create"));
    if (!args.ok())
        return args.error();
    // While another import writes, this one waits for it before it reads its file.
    if (auto s = db::WriteGate::deferIfClosed(); !s)
        return s.error();
    auto plan = readPlan(ctx, nullptr);
    if (!plan)
        return plan.error();
    const QString uploadId = ctx.request.args.value(QStringLiteral("upload_id")).toString().trimmed();
    const Parsed parsed = parseRows(plan.value());
    if (!parsed.errors.isEmpty()) {
        QCborArray errors;
        for (const RowError &e : parsed.errors) {
            if (errors.size() >= 100)
                break;
            errors.append(errorToWire(e));
        }
        auto error = makeError(ErrorCode::Invalid,
                               QStringLiteral("nothing was imported: %1 (%2 rows with errors)")
                                   .arg(describe(parsed.errors.first(), plan.value()))
                                   .arg(parsed.errors.size()),
                               QStringLiteral("rows"));
        error.details = QCborMap{{QStringLiteral("errors"), errors}};
        return error;
    }
    const int total = int(parsed.rows.size());
    int created = 0, updated = 0, skipped = 0;
    auto progress = [&](int done) {
        if (ctx.pushToCaller)
            ctx.pushToCaller(QStringLiteral("import.progress"), QCborMap{{QStringLiteral("upload_id"), uploadId},
                                                                         {QStringLiteral("done"), done},
                                                                         {QStringLiteral("total"), total}});
    };
    // 100,000 rows into a small database: commit 88 → 59 s, ~60 MiB more while it runs.
    const db::LargerPageCache cache(ctx.db, ctx.server.pool.dialect(), 64);
    // Other changes are held back meanwhile instead of waiting for the lock on a worker.
    db::WriteGate::nextTransactionIsLong();
    OpOutcome outcome = inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        // Read inside the transaction with the audit chain held, so that no other
        // change commits between the screen and the rows it screened.
        if (auto s = audit::holdChain(tx); !s)
            return s.error();
        auto screen = policy == QLatin1String("create") ? protocol::Result<DuplicateScreen>(DuplicateScreen())
                                                        : screenOf(ctx.db, parsed.rows);
        if (!screen)
            return screen.error();
        // New customers get their search rows and audit rows a batch at a time, read
        // back in two queries per batch (what a reload of each would give, without
        // four queries a row); a batch is finished before anything else is audited.
        QList<qint64> pending;
        db::SearchBulkWriter search(ctx.db, tx.dialect());
        auto finishCreated = [&]() -> protocol::Status {
            if (pending.isEmpty())
                return protocol::Ok{};
            auto rows = loadCustomerRows(ctx.db, pending);
            if (!rows)
                return rows.error();
            if (rows->size() != pending.size())
                return makeError(ErrorCode::Internal, QStringLiteral("an imported customer could not be read back"));
            std::sort(rows->begin(), rows->end(), [](const CustomerRow &a, const CustomerRow &b) { return a.id < b.id; });
            for (const CustomerRow &row : std::as_const(*rows)) {
                if (auto s = search.insert(row.id, searchDocument(row)); !s)
                    return s.error();
                if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, QStringLiteral("customer"), row.id,
                                                            std::nullopt, image(row)});
                    !s)
                    return s.error();
            }
            pending.clear();
            return protocol::Ok{};
        };
        int done = 0;
        for (const ParsedRow &row : parsed.rows) {
            if (done > 0 && done % kProgressEvery == 0)
                progress(done);
            ++done;
            qint64 updateId = 0;
            const DuplicateProbe &probe = row.probe;
            if (policy != QLatin1String("create") && screen->mayMatch(probe)) {
                auto matches = findDuplicates(ctx.db, ctx.caller, probe);
                if (!matches)
                    return matches.error();
                if (!matches->isEmpty()) {
                    if (policy == QLatin1String("skip")) {
                        ++skipped;
                        continue;
                    }
                    for (const QCborValue &m : matches.value())
                        if (m.toMap().value(QStringLiteral("visible")).toBool()) {
                            updateId = m.toMap().value(QStringLiteral("id")).toInteger();
                            break;
                        }
                    if (updateId == 0) { // only others' customers: not ours to change
                        ++skipped;
                        continue;
                    }
                }
            }
            const QHash<QString, QVariant> customer = customerValues(row, plan.value());
            const QHash<QString, QVariant> contact = contactValues(row, plan.value());
            if (updateId == 0) {
                auto id = insertCustomer(ctx.db, customer, ctx.caller.userId, ctx.caller.departmentId,
                                         ctx.caller.userId, InsertStatement::Prepared);
                if (!id)
                    return id.error();
                if (!contact.isEmpty()) { // the new customer's only contact, marked primary
                    if (auto contactId = insertContact(ctx.db, *id, contact, InsertStatement::Prepared); !contactId)
                        return contactId.error();
                }
                pending.append(*id);
                if (pending.size() >= kCreatedBatch) {
                    if (auto s = finishCreated(); !s)
                        return s.error();
                }
                screen->add(probe); // a later row of the file may repeat it
                ++created;
                continue;
            }
            if (auto s = finishCreated(); !s) // the row to update may be one of them
                return s.error();
            auto before = loadCustomer(ctx.db, ctx.caller, updateId);
            if (!before)
                return before.error();
            if (!before->editable) { // seen as a listed reader (#5), not the caller's to change
                ++skipped;
                continue;
            }
            QHash<QString, QVariant> changes;
            for (auto it = customer.cbegin(); it != customer.cend(); ++it) {
                if (it.value().isNull() || it.value().toString().isEmpty())
                    continue; // an empty cell leaves what the customer holds
                const QVariant old = before->values.value(it.key());
                const bool same = (old.isNull() && it.value().isNull())
                                  || (!old.isNull() && !it.value().isNull() && old.toString() == it.value().toString())
                                  || (old.toString().isEmpty() && it.value().toString().isEmpty()
                                      && old.isNull() == it.value().isNull());
                if (!same)
                    changes.insert(it.key(), it.value());
            }
            bool addContact = false;
            if (!contact.isEmpty()) {
                addContact = true;
                const QString key = nameKey(contact.value(QStringLiteral("name")).toString());
                for (const ContactRow &c : before->contacts)
                    if (nameKey(c.values.value(QStringLiteral("name")).toString()) == key)
                        addContact = false;
            }
            if (changes.isEmpty() && !addContact) {
                ++skipped;
                continue;
            }
            if (!changes.isEmpty()) {
                if (auto s = updateCustomerColumns(ctx.db, updateId, changes, ctx.caller.userId); !s)
                    return s.error();
            } else {
                if (auto r = db::exec(ctx.db, QStringLiteral("UPDATE customers SET version = version + 1, "
                                                             "updated_at = ?, updated_by = ? WHERE id = ?"),
                                      {db::nowMs(), ctx.caller.userId, updateId});
                    !r)
                    return r.error();
            }
            if (addContact) {
                QHash<QString, QVariant> added = contact;
                added.insert(QStringLiteral("primary"), before->contacts.isEmpty() ? 1 : 0);
                auto contactId = insertContact(ctx.db, updateId, added);
                if (!contactId)
                    return contactId.error();
                if (auto s = settlePrimaryContact(ctx.db, updateId, 0); !s)
                    return s.error();
            }
            if (auto s = reindexAndAudit(tx, ctx.caller, ctx.request.op, updateId, image(before.value())); !s)
                return s.error();
            screen->add(probe);
            ++updated;
        }
        if (auto s = finishCreated(); !s)
            return s.error();
        return QCborMap{};
    });
    if (!outcome.result)
        return outcome;
    progress(total);
    return QCborMap{{QStringLiteral("created"), created},
                    {QStringLiteral("updated"), updated},
                    {QStringLiteral("skipped"), skipped}};
}

OpOutcome exportCustomers(OpContext &ctx)
{
    const QCborMap &raw = ctx.request.args;
    net::ArgReader args(raw);
    const QString format = args.text(QStringLiteral("format"), 10);
    if (args.ok() && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        args.fail(QStringLiteral("format"), QStringLiteral("'format' is csv or xlsx"));
    if (!args.ok())
        return args.error();

    // Columns: catalog keys, by default the listable ones.
    QList<const FieldDef *> columns;
    const auto cat = catalog();
    const QCborValue columnsArg = raw.value(QStringLiteral("columns"));
    if (columnsArg.isUndefined() || columnsArg.isNull()) {
        for (const FieldDef &f : cat->customer)
            if (f.listable && !fieldHidden(ctx.caller, f.key))
                columns.append(&f);
    } else {
        if (!columnsArg.isArray() || columnsArg.toArray().isEmpty())
            return makeError(ErrorCode::Invalid, QStringLiteral("'columns' is a list of field keys"),
                             QStringLiteral("columns"));
        for (const QCborValue &v : columnsArg.toArray()) {
            const FieldDef *f = cat->find(FieldEntity::Customer, v.toString());
            if (!v.isString() || !f)
                return makeError(ErrorCode::Invalid, QStringLiteral("unknown field '%1'").arg(protocol::elided(v.toString())),
                                 QStringLiteral("columns"));
            if (!columns.contains(f) && !fieldHidden(ctx.caller, f->key)) // hidden fields are not exported
                columns.append(f);
        }
    }

    const auto scope = customerScope(ctx.caller);
    Where where;
    where.add(QStringLiteral("c.deleted_at IS NULL"));
    where.add(scope.sql, scope.binds);
    QJsonObject auditImage{{QStringLiteral("format"), format}};
    const QCborValue ids = raw.value(QStringLiteral("ids"));
    if (!ids.isUndefined() && !ids.isNull()) {
        if (!ids.isArray() || ids.toArray().size() > kMaxExportIds)
            return makeError(ErrorCode::Invalid, QStringLiteral("'ids' is a list of up to %1 ids").arg(kMaxExportIds),
                             QStringLiteral("ids"));
        QVariantList binds;
        for (const QCborValue &v : ids.toArray()) {
            if (!v.isInteger())
                return makeError(ErrorCode::Invalid, QStringLiteral("'ids' is a list of ids"), QStringLiteral("ids"));
            binds.append(v.toInteger());
        }
        if (binds.isEmpty())
            where.add(QStringLiteral("1 = 0"));
        else
            where.add(QStringLiteral("c.id IN (%1)").arg(db::placeholders(binds.size())), binds);
        auditImage.insert(QStringLiteral("ids"), int(binds.size()));
    } else {
        if (auto s = readFilters(ctx.server.pool.dialect(), ctx.caller, raw, where); !s)
            return s.error();
        const QCborValue filters = raw.value(QStringLiteral("filters"));
        auditImage.insert(QStringLiteral("filters"), filters.isMap() ? int(filters.toMap().size()) : 0);
    }
    // Audited in a write transaction at the end: while a large import writes, held
    // back now, before the file is built, rather than then.
    if (auto s = db::WriteGate::deferIfClosed(); !s)
        return s.error();

    QHash<qint64, QString> users, departments;
    if (auto r = db::exec(ctx.db, QStringLiteral("SELECT id, display_name FROM users")); r) {
        while (r->next())
            users.insert(r->value(0).toLongLong(), r->value(1).toString());
    } else {
        return r.error();
    }
    if (auto r = db::exec(ctx.db, QStringLiteral("SELECT id, name FROM departments")); r) {
        while (r->next())
            departments.insert(r->value(0).toLongLong(), r->value(1).toString());
    } else {
        return r.error();
    }

    QList<files::CellRow> rows;
    files::CellRow header;
    QList<double> widths;
    QJsonArray columnKeys;
    for (const FieldDef *f : columns) {
        header.append(files::Cell::ofText(zhLabel(*f)));
        widths.append(std::max<qsizetype>(10, zhLabel(*f).size() * 2 + 2));
        columnKeys.append(f->key);
    }
    rows.append(header);
    auto found = db::exec(ctx.db,
                          customerSelectColumns() + QStringLiteral(" WHERE ") + where.sql()
                              + QStringLiteral(" ORDER BY c.name_sort, c.id"),
                          where.binds);
    if (!found)
        return found.error();
    while (found->next()) {
        const CustomerRow row = customerFromQuery(found.value());
        files::CellRow cells;
        for (const FieldDef *f : columns)
            cells.append(exportCell(*f, row.values.value(f->key), row, users, departments));
        rows.append(cells);
    }
    const int count = int(rows.size()) - 1;

    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = files::writeCsv(rows);
    } else {
        auto written = files::writeXlsx({{QStringLiteral("客户"), rows, widths}});
        if (!written)
            return written.error();
        bytes = written.takeValue();
    }
    const QString fileName = timestampedName(QStringLiteral("客户"), format);
    auditImage.insert(QStringLiteral("rows"), count);
    auditImage.insert(QStringLiteral("columns"), columnKeys);

    QCborMap result{{QStringLiteral("file_name"), fileName}, {QStringLiteral("rows"), count}};
    std::optional<transfers::FileInfo> stored;
    if (bytes.size() <= qMax(1024, ctx.server.config.exportInlineBytes)) {
        result.insert(QStringLiteral("data"), bytes);
    } else {
        auto file = transfers::storeDownload(ctx.server.config.dataDir, ctx.caller.userId, fileName, bytes);
        if (!file)
            return file.error();
        stored = file.takeValue();
        result.insert(QStringLiteral("download_id"), stored->id);
        result.insert(QStringLiteral("size"), stored->size);
    }
    OpOutcome outcome = inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, kCustomerEntity, std::nullopt, std::nullopt,
                                                    auditImage});
            !s)
            return s.error();
        return result;
    });
    if (!outcome.result && stored) // not audited (or held back and run again): no file
        transfers::removeDownload(*stored);
    return outcome;
}

} // namespace cordial::server::customers
