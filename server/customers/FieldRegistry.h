// The live field catalog of this server: the built-in fields of common/domain plus
// the custom fields an administrator added (table custom_fields, values in the JSON
// column customers.custom). Every op reads one immutable snapshot; fields.create and
// fields.update replace it after their transaction commits.
#pragma once

#include "domain/FieldCatalog.h"
#include "protocol/ErrorCode.h"

#include <QCborMap>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QVariant>
#include <memory>

namespace cordial::server::customers {

// Keys of CatalogSnapshot::customerWire before the fields.
constexpr int kCustomerWireLeading = 5;

struct CatalogSnapshot {
    // Form order: the built-in fields, then the custom ones by position. Retired
    // custom fields are absent: they cannot be read, written, listed or exported.
    QList<domain::FieldDef> customer;
    QList<domain::FieldDef> contact;
    // Every custom customer field, retired ones included (fields.list for administrators).
    QList<domain::FieldDef> allCustom;
    QHash<qint64, bool> retired; // custom field id → retired
    // A customer as it goes on the wire, every key in reply order with null values:
    // id, version, owner_name, department_name, creator_name, then `customer`.
    // toWire copies it and sets the values in place; inserting ~70 keys one by one
    // searched the map for each key (quadratic, 11 % of the server's time, #4).
    // Empty if two keys collide (reserved keys make that impossible).
    QCborMap customerWire;

    const QList<domain::FieldDef> &fields(domain::FieldEntity entity) const
    {
        return entity == domain::FieldEntity::Customer ? customer : contact;
    }
    const domain::FieldDef *find(domain::FieldEntity entity, const QString &key) const;

    // Fills the key indexes; call once after filling the lists.
    void buildIndex();

private:
    QHash<QString, int> m_customerIndex;
    QHash<QString, int> m_contactIndex;
};

// The current snapshot (built-in fields only until reloadCatalog succeeded once).
std::shared_ptr<const CatalogSnapshot> catalog();
// Reads custom_fields and makes the result the current snapshot.
protocol::Status reloadCatalog(const QSqlDatabase &db);

// Custom field values as they are kept in customers.custom: {key: value} with the
// stored form of each field (text, integer cents, "YYYY-MM-DD", ",a,b,").
QJsonValue customToJson(const domain::FieldDef &field, const QVariant &stored);
QVariant customFromJson(const domain::FieldDef &field, const QJsonValue &value);

} // namespace cordial::server::customers
