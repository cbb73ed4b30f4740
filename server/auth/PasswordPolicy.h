// The password rules of cordiald.ini's passwords/* keys: length, history and age, and
// storing a new password with the history they need.
#pragma once

#include "Config.h"
#include "auth/Caller.h"
#include "auth/Passwords.h"
#include "db/Database.h"

namespace cordial::server::auth {

// Whether a password set at `changedAtMs` (by an administrator when `mustChange`)
// must be changed before the user does anything else.
PasswordChange passwordChangeNeeded(qint64 changedAtMs, bool mustChange, const ServerConfig &config, qint64 nowMs);
// "reset" or "age" as the protocol names the reason; empty for NotNeeded.
QString passwordChangeName(PasswordChange change);
// The `forbidden` answer to any op a session may not run before the password changes.
protocol::Error passwordChangeFirst(PasswordChange change, const ServerConfig &config);

// The checks of a new password answer `invalid` with the field and details.rule naming
// the rule broken ("min_length", "same", "history"), so that a client can say it in
// its own language.

// `invalid` with `field` when the password is shorter than minLength (passwords/min_length).
protocol::Status checkPasswordLength(const QString &password, int minLength, const QString &field);
// `invalid` with `field` when the new password is the old one as typed.
protocol::Status checkPasswordDiffers(const QString &oldPassword, const QString &newPassword, const QString &field);

// `invalid` with `field` when the password is one of the user's last passwords/history
// passwords: the current one (`currentHash`) or one of the newest it replaced. Costs one
// Argon2id verification per remembered password; run it outside a write transaction.
protocol::Status checkPasswordHistory(const QSqlDatabase &db, const PasswordHasher &hasher, qint64 userId,
                                      const QByteArray &currentHash, const QString &password,
                                      const ServerConfig &config, const QString &field);

// Inside an open transaction: makes `hash` the user's password, set now, to be changed
// at the next login when `mustChange`. The password it replaces joins the history,
// which keeps the newest passwords/history - 1.
db::Status storePassword(const db::WriteTransaction &tx, qint64 userId, const QByteArray &hash, bool mustChange,
                         const ServerConfig &config);

} // namespace cordial::server::auth
