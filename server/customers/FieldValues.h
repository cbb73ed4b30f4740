// Conversion of customer and contact field values between the wire (CBOR), the
// database (bound QVariants) and audit images (JSON), driven by the field catalog.
#pragma once

#include "domain/FieldCatalog.h"
#include "protocol/ErrorCode.h"

#include <QCborValue>
#include <QJsonValue>
#include <QVariant>

namespace cordial::server::customers {

// The column that stores a field (the key, except where the key is an SQL keyword).
QString columnOf(const domain::FieldDef &field);

// Validates a value sent by a client and converts it to what is stored. An empty
// value (null, "" or an empty list) clears the field; a required field refuses it.
// Errors are `invalid` naming the field (with `fieldPrefix`, e.g. "contacts.0.").
protocol::Result<QVariant> toStored(const domain::FieldDef &field, const QCborValue &value,
                                    const QString &fieldPrefix = {});

// The wire form of a stored value (money as "1234.50", multi-choice as a list…).
QCborValue toWire(const domain::FieldDef &field, const QVariant &stored);
// The audit-image form of a stored value.
QJsonValue toJson(const domain::FieldDef &field, const QVariant &stored);

// Money: "1234.5", 1234.5 or 1234 → 123450 cents; nullopt if not a valid amount.
std::optional<qint64> parseMoney(const QCborValue &value);
QString formatMoney(qint64 cents);

// Multi-choice storage: ",a,b," so that one key can be matched with LIKE '%,a,%'.
QString joinKeys(const QStringList &keys);
QStringList splitKeys(const QString &stored);

} // namespace cordial::server::customers
