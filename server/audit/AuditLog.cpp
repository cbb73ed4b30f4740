#include "audit/AuditLog.h"

#include "auth/Tokens.h"
#include "db/StatementCache.h"

#include <QJsonDocument>
#include <QtEndian>

#include <utility>

namespace cordial::server::audit {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

void appendField(QByteArray &out, const std::optional<QString> &value)
{
    char header[4];
    if (!value) {
        qToBigEndian<quint32>(0xFFFFFFFFu, header);
        out.append(header, 4);
        return;
    }
    const QByteArray bytes = value->toUtf8();
    qToBigEndian<quint32>(quint32(bytes.size()), header);
    out.append(header, 4);
    out.append(bytes);
}

std::optional<QString> numberField(const std::optional<qint64> &value)
{
    return value ? std::optional<QString>(QString::number(*value)) : std::nullopt;
}

std::optional<QString> imageText(const std::optional<QJsonObject> &image)
{
    if (!image)
        return std::nullopt;
    return QString::fromUtf8(QJsonDocument(*image).toJson(QJsonDocument::Compact));
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QString computeHash(const AuditRow &row)
{
    QByteArray canonical;
    appendField(canonical, QString::number(row.id));
    appendField(canonical, QString::number(row.at));
    appendField(canonical, numberField(row.userId));
    appendField(canonical, row.userLogin);
    appendField(canonical, row.address);
    appendField(canonical, row.machine);
    appendField(canonical, row.op);
    appendField(canonical, row.entity);
    appendField(canonical, numberField(row.entityId));
    appendField(canonical, row.beforeImage);
    appendField(canonical, row.afterImage);
    appendField(canonical, row.prevHash);
    return QString::fromLatin1(auth::sha256Hex(canonical));
}

namespace {

// The chain's end, locked until the transaction ends: (last id, last hash).
db::Result<std::pair<qint64, QString>> lockHead(const db::WriteTransaction &tx)
{
    auto head = db::execCached(tx.db(), QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1")
                                            + tx.dialect().forUpdate());
    if (!head)
        return head.error();
    if (!head->next())
        return makeError(ErrorCode::Internal, QStringLiteral("audit head missing"));
    return std::pair{head->value(0).toLongLong(), head->value(1).toString()};
}

} // namespace

db::Status holdChain(const db::WriteTransaction &tx)
{
    if (auto head = lockHead(tx); !head)
        return head.error();
    return protocol::Ok{};
}

db::Status append(const db::WriteTransaction &tx, const Caller &caller, const AuditEntry &entry)
{
    // Every change appends here: the three statements are prepared once per connection.
    auto head = lockHead(tx);
    if (!head)
        return head.error();
    AuditRow row;
    row.id = head->first + 1;
    row.prevHash = head->second;
    row.at = db::nowMs();
    if (caller.userId != 0)
        row.userId = caller.userId;
    row.userLogin = caller.login;
    row.address = caller.address;
    row.machine = caller.machine;
    row.op = entry.op;
    row.entity = entry.entity;
    row.entityId = entry.entityId;
    row.beforeImage = imageText(entry.before);
    row.afterImage = imageText(entry.after);
    row.hash = computeHash(row);

    auto inserted = db::execCached(tx.db(),
                             QStringLiteral("INSERT INTO audit_log (id, at, user_id, user_login, address, machine, op, "
                                            "entity, entity_id, before_image, after_image, prev_hash, hash) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {row.id, row.at, nullable(row.userId), row.userLogin, row.address, row.machine, row.op,
                              row.entity, nullable(row.entityId), nullable(row.beforeImage),
                              nullable(row.afterImage), row.prevHash, row.hash});
    if (!inserted)
        return inserted.error();
    auto moved = db::execCached(tx.db(), QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1"),
                                {row.id, row.hash});
    if (!moved)
        return moved.error();
    return protocol::Ok{};
}

db::Result<VerifyResult> verify(const QSqlDatabase &db)
{
    VerifyResult result;
    QString prevHash = kGenesisHash;
    qint64 prevId = 0;
    // Keyset batches keep memory flat over millions of rows.
    constexpr int kBatch = 20000;
    for (;;) {
        auto query = db::exec(db,
                              QStringLiteral("SELECT id, at, user_id, user_login, address, machine, op, entity, entity_id, "
                                             "before_image, after_image, prev_hash, hash FROM audit_log "
                                             "WHERE id > ? ORDER BY id LIMIT %1")
                                  .arg(kBatch),
                              {prevId});
        if (!query)
            return query.error();
        QSqlQuery &q = query.value();
        int seen = 0;
        while (q.next()) {
            ++seen;
            AuditRow row;
            row.id = q.value(0).toLongLong();
            row.at = q.value(1).toLongLong();
            if (!q.isNull(2))
                row.userId = q.value(2).toLongLong();
            row.userLogin = q.value(3).toString();
            row.address = q.value(4).toString();
            row.machine = q.value(5).toString();
            row.op = q.value(6).toString();
            row.entity = q.value(7).toString();
            if (!q.isNull(8))
                row.entityId = q.value(8).toLongLong();
            if (!q.isNull(9))
                row.beforeImage = q.value(9).toString();
            if (!q.isNull(10))
                row.afterImage = q.value(10).toString();
            row.prevHash = q.value(11).toString();
            row.hash = q.value(12).toString();
            ++result.rows;
            // Ids are consecutive from 1, so a deleted or inserted row shows even where
            // someone recomputed the hashes after it.
            const bool intact = row.id == prevId + 1 && row.prevHash == prevHash && computeHash(row) == row.hash;
            if (!intact) {
                result.ok = false;
                result.firstBadId = row.id;
                return result;
            }
            prevId = row.id;
            prevHash = row.hash;
        }
        if (seen < kBatch)
            break;
    }
    db::Row head;
    auto found = db::fetchOne(head, db, QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    if (!found)
        return found.error();
    if (!*found || head.value(0).toLongLong() != prevId || head.value(1).toString() != prevHash) {
        // The newest rows were removed (or the head was altered): the chain ends early.
        result.ok = false;
        result.firstBadId = prevId + 1;
    }
    return result;
}

} // namespace cordial::server::audit
