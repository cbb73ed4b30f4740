#include "auth/PasswordPolicy.h"

namespace cordial::server::auth {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr qint64 kDayMs = 24ll * 3600 * 1000;

// An `invalid` refusal of a new password, with the rule it broke in details.
protocol::Error refused(const QString &message, const QString &field, const QString &rule, const QString &limitKey = {},
                        int limit = 0)
{
    protocol::Error e = makeError(ErrorCode::Invalid, message, field);
    e.details.insert(QStringLiteral("rule"), rule);
    if (!limitKey.isEmpty())
        e.details.insert(limitKey, limit);
    return e;
}

} // namespace

PasswordChange passwordChangeNeeded(qint64 changedAtMs, bool mustChange, const ServerConfig &config, qint64 nowMs)
{
    if (mustChange)
        return PasswordChange::AfterReset;
    if (config.passwordMaxAgeDays > 0 && nowMs - changedAtMs >= qint64(config.passwordMaxAgeDays) * kDayMs)
        return PasswordChange::TooOld;
    return PasswordChange::NotNeeded;
}

QString passwordChangeName(PasswordChange change)
{
    switch (change) {
    case PasswordChange::AfterReset:
        return QStringLiteral("reset");
    case PasswordChange::TooOld:
        return QStringLiteral("age");
    case PasswordChange::NotNeeded:
        break;
    }
    return {};
}

protocol::Error passwordChangeFirst(PasswordChange change, const ServerConfig &config)
{
    const QString why = change == PasswordChange::AfterReset
        ? QStringLiteral("your password was set by an administrator")
        : QStringLiteral("your password is older than %1 days").arg(config.passwordMaxAgeDays);
    protocol::Error e = makeError(ErrorCode::Forbidden,
                                  QStringLiteral("%1: change it (auth.change_password) before anything else").arg(why),
                                  QStringLiteral("password_expired"));
    e.details.insert(QStringLiteral("reason"), passwordChangeName(change));
    return e;
}

protocol::Status checkPasswordLength(const QString &password, int minLength, const QString &field)
{
    if (password.size() < minLength)
        return refused(QStringLiteral("the password needs at least %1 characters").arg(minLength), field,
                       QStringLiteral("min_length"), QStringLiteral("min_length"), minLength);
    return protocol::Ok{};
}

protocol::Status checkPasswordDiffers(const QString &oldPassword, const QString &newPassword, const QString &field)
{
    if (newPassword == oldPassword)
        return refused(QStringLiteral("the new password must differ from the old one"), field, QStringLiteral("same"));
    return protocol::Ok{};
}

protocol::Status checkPasswordHistory(const QSqlDatabase &db, const PasswordHasher &hasher, qint64 userId,
                                      const QByteArray &currentHash, const QString &password,
                                      const ServerConfig &config, const QString &field)
{
    const int history = config.passwordHistory;
    if (history == 0)
        return protocol::Ok{};
    const protocol::Error reused = refused(
        history == 1 ? QStringLiteral("the new password must differ from the current one")
                     : QStringLiteral("the new password must differ from your last %1 passwords").arg(history),
        field, QStringLiteral("history"), QStringLiteral("history"), history);
    if (hasher.verify(currentHash, password))
        return reused;
    QList<QByteArray> earlier;
    {
        auto rows = db::exec(db,
                             QStringLiteral("SELECT password_hash FROM password_history WHERE user_id = ? "
                                            "ORDER BY id DESC LIMIT %1")
                                 .arg(history - 1),
                             {userId});
        if (!rows)
            return rows.error();
        while (rows->next())
            earlier.append(rows->value(0).toString().toLatin1());
    } // the statement ends here: no read snapshot stays open during the slow part
    for (const QByteArray &hash : earlier)
        if (hasher.verify(hash, password))
            return reused;
    return protocol::Ok{};
}

db::Status storePassword(const db::WriteTransaction &tx, qint64 userId, const QByteArray &hash, bool mustChange,
                         const ServerConfig &config)
{
    const qint64 now = db::nowMs();
    if (config.passwordHistory > 1) {
        auto kept = db::exec(tx.db(),
                             QStringLiteral("INSERT INTO password_history (user_id, password_hash, replaced_at) "
                                            "SELECT id, password_hash, ? FROM users WHERE id = ?"),
                             {now, userId});
        if (!kept)
            return kept.error();
    }
    auto pruned = db::exec(tx.db(),
                           QStringLiteral("DELETE FROM password_history WHERE user_id = ? AND id NOT IN "
                                          "(SELECT id FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT %1)")
                               .arg(qMax(0, config.passwordHistory - 1)),
                           {userId, userId});
    if (!pruned)
        return pruned.error();
    auto updated = db::exec(tx.db(),
                            QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                                           "must_change_password = ?, updated_at = ? WHERE id = ?"),
                            {QString::fromLatin1(hash), now, mustChange ? 1 : 0, now, userId});
    if (!updated)
        return updated.error();
    return protocol::Ok{};
}

} // namespace cordial::server::auth
