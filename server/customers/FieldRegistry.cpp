#include "customers/FieldRegistry.h"

#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>

namespace cordial::server::customers {

using domain::FieldDef;
using domain::FieldEntity;
using domain::FieldType;

namespace {

std::shared_ptr<const CatalogSnapshot> builtInSnapshot()
{
    auto s = std::make_shared<CatalogSnapshot>();
    s->customer = domain::builtInCustomerFields();
    s->contact = domain::builtInContactFields();
    s->buildIndex();
    return s;
}

QMutex &snapshotMutex()
{
    static QMutex mutex;
    return mutex;
}

std::shared_ptr<const CatalogSnapshot> &current()
{
    static std::shared_ptr<const CatalogSnapshot> snapshot = builtInSnapshot();
    return snapshot;
}

} // namespace

const FieldDef *CatalogSnapshot::find(FieldEntity entity, const QString &key) const
{
    const auto &index = entity == FieldEntity::Customer ? m_customerIndex : m_contactIndex;
    const auto it = index.constFind(key);
    return it == index.cend() ? nullptr : &fields(entity).at(*it);
}

void CatalogSnapshot::buildIndex()
{
    m_customerIndex.clear();
    m_contactIndex.clear();
    for (int i = 0; i < customer.size(); ++i)
        m_customerIndex.insert(customer.at(i).key, i);
    for (int i = 0; i < contact.size(); ++i)
        m_contactIndex.insert(contact.at(i).key, i);
    customerWire = QCborMap();
    for (const char *key : {"id", "version", "owner_name", "department_name", "creator_name"})
        customerWire.insert(QLatin1String(key), QCborValue::Null);
    for (const FieldDef &f : customer)
        customerWire.insert(f.key, QCborValue::Null);
    if (customerWire.size() != kCustomerWireLeading + customer.size())
        customerWire = QCborMap();
}

std::shared_ptr<const CatalogSnapshot> catalog()
{
    QMutexLocker lock(&snapshotMutex());
    return current();
}

protocol::Status reloadCatalog(const QSqlDatabase &db)
{
    auto rows = db::exec(db, QStringLiteral("SELECT id, field_key, label, field_type, tab, choices, required, listable, "
                                            "retired FROM custom_fields WHERE entity = 'customer' "
                                            "ORDER BY position, id"));
    if (!rows)
        return rows.error();
    auto s = std::make_shared<CatalogSnapshot>();
    s->customer = domain::builtInCustomerFields();
    s->contact = domain::builtInContactFields();
    while (rows->next()) {
        const QSqlQuery &q = rows.value();
        FieldDef f;
        f.customId = q.value(0).toLongLong();
        f.key = q.value(1).toString();
        f.label = q.value(2).toString();
        f.labelZh = f.label; // an administrator's label is shown as typed
        const auto type = domain::fieldTypeFromName(q.value(3).toString());
        const auto tab = domain::fieldTabFromName(q.value(4).toString());
        if (!type || !tab) {
            qWarning("custom field %s has an unknown type or tab; it is left out", qUtf8Printable(f.key));
            continue;
        }
        f.type = *type;
        f.tab = *tab;
        for (const QJsonValue &c : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array()) {
            const QString label = c.toObject().value(QStringLiteral("label")).toString();
            f.choices.append({c.toObject().value(QStringLiteral("key")).toString(), label, label});
        }
        f.required = q.value(6).toInt() != 0;
        f.listable = q.value(7).toInt() != 0;
        f.bulkEditable = true;
        f.custom = true;
        const bool retired = q.value(8).toInt() != 0;
        s->retired.insert(f.customId, retired);
        s->allCustom.append(f);
        if (!retired)
            s->customer.append(f);
    }
    s->buildIndex();
    QMutexLocker lock(&snapshotMutex());
    current() = std::move(s);
    return protocol::Ok{};
}

QJsonValue customToJson(const FieldDef &field, const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Money:
        return QJsonValue(stored.toLongLong());
    case FieldType::Boolean:
        return QJsonValue(stored.toInt() != 0);
    default: {
        const QString text = stored.toString();
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    }
}

QVariant customFromJson(const FieldDef &field, const QJsonValue &value)
{
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Money:
        return value.isDouble() ? QVariant(value.toInteger()) : QVariant(QMetaType::fromType<qint64>());
    case FieldType::Boolean:
        return value.toBool() ? 1 : 0;
    default:
        return value.isString() ? value.toString() : QString();
    }
}

} // namespace cordial::server::customers
