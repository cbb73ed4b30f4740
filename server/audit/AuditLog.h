// The append-only, hash-chained audit log.
#pragma once

#include "auth/Caller.h"
#include "db/Database.h"

#include <QJsonObject>
#include <optional>

namespace cordial::server::audit {

struct AuditEntry {
    QString op;
    QString entity;
    std::optional<qint64> entityId;
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
};

// One stored row, as hashed.
struct AuditRow {
    qint64 id = 0;
    qint64 at = 0;
    std::optional<qint64> userId;
    QString userLogin;
    QString address;
    QString machine;
    QString op;
    QString entity;
    std::optional<qint64> entityId;
    std::optional<QString> beforeImage; // compact JSON text
    std::optional<QString> afterImage;
    QString prevHash;
    QString hash;
};

inline const QString kGenesisHash = QString(64, QLatin1Char('0'));

// SHA-256 (lowercase hex) over the canonical encoding of every field but `hash`:
// each field as a 4-byte big-endian length and its UTF-8 bytes, null as length 0xFFFFFFFF.
QString computeHash(const AuditRow &row);

// Appends one row inside the caller's open write transaction. Serialises on the
// audit_head row so that concurrent writers chain correctly on PostgreSQL too.
db::Status append(const db::WriteTransaction &tx, const Caller &caller, const AuditEntry &entry);
// Takes the audit_head row as append does, before any append: from then on until the
// transaction ends no other change commits (each appends). On SQLite the write lock
// does that already.
db::Status holdChain(const db::WriteTransaction &tx);

struct VerifyResult {
    bool ok = true;
    qint64 rows = 0;
    std::optional<qint64> firstBadId;
};
db::Result<VerifyResult> verify(const QSqlDatabase &db);

} // namespace cordial::server::audit
