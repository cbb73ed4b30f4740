#include "customers/CustomerFields.h"

#include "domain/FieldCatalog.h"

#include <QCborArray>
#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace cordial::client::customers {

QString FieldInfo::title() const
{
    // A custom field's label is shown as the administrator typed it.
    return custom ? label : QCoreApplication::translate(domain::kFieldTranslationContext, label.toUtf8().constData());
}

QString FieldInfo::choiceTitle(const QString &choiceKey) const
{
    for (const auto &choice : choices)
        if (choice.first == choiceKey)
            return custom ? choice.second
                          : QCoreApplication::translate(domain::kFieldTranslationContext,
                                                        choice.second.toUtf8().constData());
    return choiceKey;
}

bool FieldInfo::isText() const
{
    return type == QLatin1String("text") || type == QLatin1String("long_text") || type == QLatin1String("phone")
           || type == QLatin1String("mobile") || type == QLatin1String("email") || type == QLatin1String("url")
           || type == QLatin1String("region");
}

FieldCatalog FieldCatalog::fromResult(const QCborMap &result)
{
    FieldCatalog catalog;
    for (const QCborValue &v : result.value(QStringLiteral("items")).toArray()) {
        const QCborMap m = v.toMap();
        FieldInfo f;
        f.key = m.value(QStringLiteral("key")).toString();
        f.type = m.value(QStringLiteral("type")).toString();
        f.tab = m.value(QStringLiteral("tab")).toString();
        f.label = m.value(QStringLiteral("label")).toString();
        f.required = m.value(QStringLiteral("required")).toBool();
        f.maxLength = int(m.value(QStringLiteral("max_length")).toInteger());
        for (const QCborValue &c : m.value(QStringLiteral("choices")).toArray())
            f.choices.append({c.toMap().value(QStringLiteral("key")).toString(),
                              c.toMap().value(QStringLiteral("label")).toString()});
        f.listable = m.value(QStringLiteral("listable")).toBool();
        f.searchable = m.value(QStringLiteral("searchable")).toBool();
        f.sortable = m.value(QStringLiteral("sortable")).toBool();
        f.bulkEditable = m.value(QStringLiteral("bulk_editable")).toBool();
        f.readOnly = m.value(QStringLiteral("read_only")).toBool();
        f.custom = m.value(QStringLiteral("custom")).toBool();
        catalog.m_index.insert(f.key, int(catalog.m_fields.size()));
        catalog.m_fields.append(f);
    }
    return catalog;
}

FieldCatalog FieldCatalog::builtIn(bool contacts)
{
    FieldCatalog catalog;
    const auto &defs = contacts ? domain::builtInContactFields() : domain::builtInCustomerFields();
    for (const domain::FieldDef &d : defs) {
        FieldInfo f;
        f.key = d.key;
        f.type = domain::fieldTypeName(d.type);
        f.tab = domain::fieldTabName(d.tab);
        f.label = d.label;
        f.required = d.required;
        f.maxLength = d.effectiveMaxLength();
        for (const domain::Choice &c : d.choices)
            f.choices.append({c.key, c.label});
        f.listable = d.listable;
        f.searchable = d.searchable;
        f.sortable = d.sortable;
        f.bulkEditable = d.bulkEditable;
        f.readOnly = d.readOnly;
        catalog.m_index.insert(f.key, int(catalog.m_fields.size()));
        catalog.m_fields.append(f);
    }
    return catalog;
}

const FieldInfo *FieldCatalog::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_fields[*it];
}

FieldCatalog FieldCatalog::restrictedTo(const QHash<QString, domain::FieldAccess> &access) const
{
    FieldCatalog catalog;
    for (FieldInfo f : m_fields) {
        const domain::FieldAccess a = access.value(f.key, domain::FieldAccess::Editable);
        if (a == domain::FieldAccess::Hidden)
            continue;
        if (a == domain::FieldAccess::ReadOnly && !f.readOnly) {
            f.readOnly = true;
            f.readOnlyForRole = true;
        }
        catalog.m_index.insert(f.key, int(catalog.m_fields.size()));
        catalog.m_fields.append(f);
    }
    return catalog;
}

QList<FieldInfo> FieldCatalog::ofTab(const QString &tab) const
{
    QList<FieldInfo> list;
    for (const FieldInfo &f : m_fields)
        if (f.tab == tab)
            list.append(f);
    return list;
}

QString FieldText::money(const QCborValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    bool ok = false;
    const double amount = value.isString() ? value.toString().toDouble(&ok) : value.toDouble();
    if (value.isString() && !ok)
        return value.toString();
    return QLocale().toString(amount, 'f', 2);
}

QString FieldText::date(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid())
        return isoDate;
    // Always year-month-day with four digits: the way Chinese offices write dates.
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QString FieldText::dateTime(const QString &isoTime)
{
    const QDateTime t = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    if (!t.isValid())
        return isoTime;
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool FieldText::isRightAligned(const FieldInfo &field)
{
    return field.type == QLatin1String("money") || field.type == QLatin1String("integer");
}

QString FieldText::display(const FieldInfo &field, const QCborValue &value, const QCborMap &record)
{
    const QString &t = field.type;
    if (t == QLatin1String("user") || t == QLatin1String("department")) {
        QString nameKey;
        if (field.key == QLatin1String("owner_id"))
            nameKey = QStringLiteral("owner_name");
        else if (field.key == QLatin1String("department_id"))
            nameKey = QStringLiteral("department_name");
        else if (field.key == QLatin1String("creator_id"))
            nameKey = QStringLiteral("creator_name");
        else if (field.key == QLatin1String("updated_by"))
            nameKey = QStringLiteral("updated_by_name");
        const QString name = nameKey.isEmpty() ? QString() : record.value(nameKey).toString();
        if (!name.isEmpty())
            return name;
        return value.isInteger() ? QStringLiteral("#%1").arg(value.toInteger()) : QString();
    }
    if (value.isNull() || value.isUndefined())
        return {};
    if (t == QLatin1String("choice"))
        return field.choiceTitle(value.toString());
    if (t == QLatin1String("multi_choice")) {
        QStringList names;
        for (const QCborValue &v : value.toArray())
            names.append(field.choiceTitle(v.toString()));
        //: Separates the chosen values of a multiple-choice field in a list cell.
        return names.join(tr(", "));
    }
    if (t == QLatin1String("money"))
        return money(value);
    if (t == QLatin1String("date"))
        return date(value.toString());
    if (t == QLatin1String("datetime"))
        return dateTime(value.toString());
    if (t == QLatin1String("boolean"))
        return value.toBool() ? tr("Yes") : tr("No");
    if (t == QLatin1String("integer"))
        return value.isInteger() ? QLocale().toString(value.toInteger()) : value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const QCborValue &v : value.toArray())
            parts.append(v.toVariant().toString());
        return parts.join(QStringLiteral(", "));
    }
    if (value.isInteger())
        return QString::number(value.toInteger());
    return value.toString();
}

QStringList FieldText::provinces()
{
    // Data values, stored as written: customers are in mainland China.
    return {QStringLiteral("北京市"), QStringLiteral("天津市"), QStringLiteral("上海市"), QStringLiteral("重庆市"),
            QStringLiteral("河北省"), QStringLiteral("山西省"), QStringLiteral("辽宁省"), QStringLiteral("吉林省"),
            QStringLiteral("黑龙江省"), QStringLiteral("江苏省"), QStringLiteral("浙江省"), QStringLiteral("安徽省"),
            QStringLiteral("福建省"), QStringLiteral("江西省"), QStringLiteral("山东省"), QStringLiteral("河南省"),
            QStringLiteral("湖北省"), QStringLiteral("湖南省"), QStringLiteral("广东省"), QStringLiteral("海南省"),
            QStringLiteral("四川省"), QStringLiteral("贵州省"), QStringLiteral("云南省"), QStringLiteral("陕西省"),
            QStringLiteral("甘肃省"), QStringLiteral("青海省"), QStringLiteral("台湾省"),
            QStringLiteral("内蒙古自治区"), QStringLiteral("广西壮族自治区"), QStringLiteral("西藏自治区"),
            QStringLiteral("宁夏回族自治区"), QStringLiteral("新疆维吾尔自治区"), QStringLiteral("香港特别行政区"),
            QStringLiteral("澳门特别行政区")};
}

} // namespace cordial::client::customers
