#include "admin/UserOps.h"

#include "audit/AuditLog.h"
#include "auth/AccessChanges.h"
#include "auth/AccessRegistry.h"
#include "auth/Addresses.h"
#include "auth/AuthOps.h"
#include "auth/PasswordPolicy.h"
#include "auth/Scope.h"
#include "customers/AssignOps.h"
#include "net/ArgReader.h"
#include "net/ServerContext.h"
#include "text/TextFold.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace cordial::server::admin {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr int kDefaultPage = 100;
constexpr int kMaxPage = 500;
constexpr int kDefaultLookup = 50;
constexpr int kMaxLookup = 100;

struct UserRecord {
    qint64 id = 0;
    QString login;
    QString displayName;
    QString role;
    QStringList roles; // extra roles, by name
    QStringList ipRanges; // the client addresses the user may log in from; empty: anywhere
    bool registeredMachinesOnly = false; // may log in only from approved computers
    qint64 departmentId = 0;
    QString departmentName;
    QString email;
    QString mobile;
    QString title;
    bool disabled = false;
    bool mustChangePassword = false; // reset by an administrator, not yet changed by the user
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

const QString kSelect = QStringLiteral(
    "SELECT u.id, u.login, u.display_name, u.role, u.department_id, d.name, u.email, u.mobile, u.title, "
    "u.disabled, u.created_at, u.updated_at, u.ip_ranges, u.must_change_password, u.registered_machines_only "
    "FROM users u JOIN departments d ON d.id = u.department_id WHERE ");

// A user's extra roles as the current access snapshot has them, sorted by name.
QStringList extraRoles(qint64 userId)
{
    const auto snapshot = auth::accessSnapshot();
    QStringList names;
    for (qint64 roleId : snapshot->userRoles.value(userId))
        if (auto it = snapshot->roles.constFind(roleId); it != snapshot->roles.cend())
            names.append(it->definition.name);
    names.sort();
    return names;
}

QCborArray textArray(const QStringList &list)
{
    QCborArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

template <typename RowT> // QSqlQuery or db::Row
UserRecord fromRow(const RowT &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.departmentId = q.value(4).toLongLong();
    u.departmentName = q.value(5).toString();
    u.email = q.value(6).toString();
    u.mobile = q.value(7).toString();
    u.title = q.value(8).toString();
    u.disabled = q.value(9).toInt() != 0;
    u.createdAt = q.value(10).toLongLong();
    u.updatedAt = q.value(11).toLongLong();
    u.ipRanges = q.value(12).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    u.mustChangePassword = q.value(13).toInt() != 0;
    u.registeredMachinesOnly = q.value(14).toInt() != 0;
    u.roles = extraRoles(u.id);
    return u;
}

QCborMap toCbor(const UserRecord &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("login"), u.login},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), u.role},
            {QStringLiteral("roles"), textArray(u.roles)},
            {QStringLiteral("ip_ranges"), textArray(u.ipRanges)},
            {QStringLiteral("registered_machines_only"), u.registeredMachinesOnly},
            {QStringLiteral("department_id"), u.departmentId},
            {QStringLiteral("department_name"), u.departmentName},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("mobile"), u.mobile},
            {QStringLiteral("title"), u.title},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("must_change_password"), u.mustChangePassword},
            {QStringLiteral("created_at"), db::isoTime(u.createdAt)},
            {QStringLiteral("updated_at"), db::isoTime(u.updatedAt)}};
}

// What the audit log keeps of a user: never the password hash.
QJsonObject image(const UserRecord &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("login"), u.login},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), u.role},
            {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)},
            {QStringLiteral("ip_ranges"), QJsonArray::fromStringList(u.ipRanges)},
            {QStringLiteral("registered_machines_only"), u.registeredMachinesOnly},
            {QStringLiteral("department_id"), u.departmentId},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("mobile"), u.mobile},
            {QStringLiteral("title"), u.title},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("must_change_password"), u.mustChangePassword}};
}

protocol::Result<UserRecord> loadVisible(const OpContext &ctx, qint64 id)
{
    const auto scope = auth::userScope(ctx.caller, QStringLiteral("u.id"), QStringLiteral("u.department_id"));
    db::Row q;
    auto found = db::fetchOne(q, ctx.db, kSelect + QStringLiteral("u.id = ? AND ") + scope.sql,
                              QVariantList{id} + scope.binds);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such user"), QStringLiteral("id"));
    return fromRow(q);
}

// A role the caller may give: it exists, and grants nothing the caller does not hold
// (a department administrator cannot make anyone more powerful than themselves).
protocol::Status checkAssignable(const Caller &caller, const QString &role, const QString &field)
{
    const auto snapshot = auth::accessSnapshot();
    const auth::StoredRole *stored = snapshot->role(role);
    if (!stored)
        return makeError(ErrorCode::Invalid, QStringLiteral("unknown role '%1'").arg(role), field);
    if (!domain::grantsWithin(stored->definition, caller.access))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("the role '%1' grants more than you hold; only someone who holds all of it may give it")
                             .arg(role),
                         field);
    return protocol::Ok{};
}

protocol::Status checkAssignable(const Caller &caller, const QStringList &roles, const QString &field)
{
    for (const QString &role : roles)
        if (auto s = checkAssignable(caller, role, field); !s)
            return s;
    return protocol::Ok{};
}

// The caller may manage this user only if every role the user holds is within the
// caller's own access.
protocol::Status checkManageable(const Caller &caller, const UserRecord &user)
{
    const auto resolved = auth::accessSnapshot()->resolve(user.id, user.departmentId, user.role);
    for (const domain::RoleDefinition &role : resolved.roles)
        if (!domain::grantsWithin(role, caller.access))
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("this user holds the role '%1', which grants more than you hold").arg(role.name),
                             QStringLiteral("id"));
    return protocol::Ok{};
}

// Replaces a user's extra roles.
protocol::Status writeExtraRoles(const db::WriteTransaction &tx, qint64 userId, const QStringList &roles)
{
    if (auto r = db::exec(tx.db(), QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId}); !r)
        return r.error();
    const auto snapshot = auth::accessSnapshot();
    for (const QString &role : roles) {
        const auth::StoredRole *stored = snapshot->role(role);
        if (!stored)
            return makeError(ErrorCode::Invalid, QStringLiteral("unknown role '%1'").arg(role), QStringLiteral("roles"));
        if (auto r = db::exec(tx.db(), QStringLiteral("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)"),
                              {userId, stored->id});
            !r)
            return r.error();
    }
    return protocol::Ok{};
}

// Field checks shared by create and update; the first failure wins.
void checkProfile(net::ArgReader &args, const QString &email, const QString &mobile)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression mobilePattern(QStringLiteral("^[0-9+\\- ]{3,32}$"));
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        args.fail(QStringLiteral("email"), QStringLiteral("not an e-mail address"));
    if (!mobile.isEmpty() && !mobilePattern.match(mobile).hasMatch())
        args.fail(QStringLiteral("mobile"), QStringLiteral("a phone number has digits, '+', '-' and spaces only"));
}

// A department the caller may assign users to.
protocol::Status checkDepartment(const QSqlDatabase &db, const Caller &caller, qint64 departmentId)
{
    const auto scope = auth::departmentScope(caller, QStringLiteral("d.id"));
    db::Row q;
    auto found = db::fetchOne(q, db, QStringLiteral("SELECT d.id FROM departments d WHERE d.id = ? AND ") + scope.sql,
                              QVariantList{departmentId} + scope.binds);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such department"), QStringLiteral("department_id"));
    return protocol::Ok{};
}

// Refuses a change that would leave no enabled administrator.
protocol::Status keepAnAdministrator(const QSqlDatabase &db, const UserRecord &user, const QString &field)
{
    if (user.role != QLatin1String("administrator") || user.disabled)
        return protocol::Ok{};
    db::Row q;
    auto found = db::fetchOne(q, db,
                              QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND disabled = 0 AND id <> ?"),
                              {user.id});
    if (!found)
        return found.error();
    if (q.value(0).toLongLong() == 0)
        return makeError(ErrorCode::Conflict, QStringLiteral("this is the last enabled administrator"), field);
    return protocol::Ok{};
}

// The successor named "department_manager": the first enabled user with the manager role
// in the user's department, else in the nearest department above it.
protocol::Result<qint64> departmentManager(const QSqlDatabase &db, const UserRecord &user)
{
    const auto snapshot = auth::accessSnapshot();
    qint64 department = user.departmentId;
    for (int depth = 0; department != 0 && depth < 256; ++depth) {
        db::Row q;
        auto found = db::fetchOne(q, db,
                                  QStringLiteral("SELECT id FROM users WHERE department_id = ? AND role = 'manager' "
                                                 "AND disabled = 0 AND id <> ? ORDER BY id LIMIT 1"),
                                  {department, user.id});
        if (!found)
            return found.error();
        if (*found)
            return q.value(0).toLongLong();
        department = snapshot->departmentParent.value(department, 0);
    }
    return makeError(ErrorCode::Invalid,
                     QStringLiteral("no enabled manager in the user's department or above it; name a successor"),
                     QStringLiteral("successor"));
}

// Runs `change` on a visible user inside one transaction with one audit row.
OpOutcome changeUser(OpContext &ctx, qint64 id,
                     const std::function<protocol::Status(const db::WriteTransaction &, UserRecord &)> &change,
                     const std::optional<EndSessions> &endSessions = std::nullopt)
{
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto before = loadVisible(ctx, id);
    if (!before)
        return before.error();
    if (auto s = checkManageable(ctx.caller, before.value()); !s)
        return s.error();
    UserRecord after = before.value();
    if (auto s = change(tx, after); !s)
        return s.error();
    auto updated = db::exec(ctx.db,
                            QStringLiteral("UPDATE users SET display_name = ?, role = ?, department_id = ?, email = ?, "
                                           "mobile = ?, title = ?, disabled = ?, ip_ranges = ?, registered_machines_only = ?, "
                                           "updated_at = ? WHERE id = ?"),
                            {after.displayName, after.role, after.departmentId, after.email, after.mobile, after.title,
                             after.disabled ? 1 : 0, after.ipRanges.join(QLatin1Char('\n')),
                             after.registeredMachinesOnly ? 1 : 0, db::nowMs(), id});
    if (!updated)
        return updated.error();
    if (endSessions) {
        if (auto s = auth::endUserSessions(tx, id, 0, endSessions->reason); !s)
            return s.error();
    }
    if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, QStringLiteral("user"), id, image(before.value()),
                                                image(after)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    OpOutcome outcome(QCborMap{});
    outcome.endSessions = endSessions;
    return outcome;
}

QString encodeCursor(const QString &key)
{
    return QString::fromLatin1(key.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeCursor(const QString &cursor)
{
    auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding
                                                                         | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return QString::fromUtf8(*decoded);
}

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// What users.lookup matches a query against and orders by, for one user.
struct DirectoryKeys {
    QString text;    // folded login and display name, '\n' between (no folded query holds one)
    QString pinyin;  // full pinyin and initials of the display name read as a person's name
    QString sortKey; // pinyin, then the folded name: the order customer lists give names
};

// Computed once per login and name on each worker thread: folding and pinyin cost
// microseconds per character, and a picker asks again on every pause in typing.
DirectoryKeys directoryKeys(const QString &login, const QString &displayName)
{
    thread_local QHash<QString, DirectoryKeys> cache;
    const QString cacheKey = login + QLatin1Char('\n') + displayName;
    if (auto it = cache.constFind(cacheKey); it != cache.cend())
        return *it;
    if (cache.size() > 100000)
        cache.clear(); // bounded: renamed and deleted users leave their entries behind
    const QString folded = text::fold(displayName);
    const text::Pinyin py = text::personNamePinyin(displayName);
    DirectoryKeys keys{text::fold(login) + QLatin1Char('\n') + folded, py.full + QLatin1Char('\n') + py.initials,
                       py.full + QLatin1Char(' ') + folded};
    cache.insert(cacheKey, keys);
    return keys;
}

} // namespace

protocol::Result<qint64> createUser(const db::WriteTransaction &tx, const Caller &caller, const NewUser &user,
                                    const auth::PasswordHasher &hasher, int minPasswordLength)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!loginPattern.match(user.login).hasMatch())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("a login has 1 to 64 letters, digits, '.', '_' or '-'"), QStringLiteral("login"));
    if (user.displayName.trimmed().isEmpty() || user.displayName.size() > 100)
        return makeError(ErrorCode::Invalid, QStringLiteral("the display name needs 1 to 100 characters"),
                         QStringLiteral("display_name"));
    if (auto s = auth::checkPasswordLength(user.password, minPasswordLength, QStringLiteral("password")); !s)
        return s.error();
    net::ArgReader profile{QCborMap{}};
    checkProfile(profile, user.email, user.mobile);
    if (!profile.ok())
        return profile.error();
    if (auto s = checkDepartment(tx.db(), caller, user.departmentId); !s)
        return s.error();
    if (auto s = checkAssignable(caller, user.role, QStringLiteral("role")); !s)
        return s.error();
    if (auto s = checkAssignable(caller, user.roles, QStringLiteral("roles")); !s)
        return s.error();

    const qint64 now = db::nowMs();
    auto id = db::insertReturningId(
        tx.db(),
        QStringLiteral("INSERT INTO users (login, login_key, display_name, password_hash, role, department_id, email, "
                       "mobile, title, disabled, created_at, updated_at, password_changed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"),
        {user.login, user.login.toLower(), user.displayName.trimmed(), QString::fromLatin1(hasher.hash(user.password)),
         user.role, user.departmentId, user.email, user.mobile, user.title, now, now, now});
    if (!id) {
        if (id.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::Conflict, QStringLiteral("the login '%1' is taken").arg(user.login),
                             QStringLiteral("login"));
        return id.error();
    }
    if (auto s = writeExtraRoles(tx, *id, user.roles); !s)
        return s.error();
    UserRecord created;
    created.id = *id;
    created.login = user.login;
    created.displayName = user.displayName.trimmed();
    created.role = user.role;
    created.roles = user.roles;
    created.departmentId = user.departmentId;
    created.email = user.email;
    created.mobile = user.mobile;
    created.title = user.title;
    if (auto s = audit::append(tx, caller, {QStringLiteral("users.create"), QStringLiteral("user"), *id, std::nullopt,
                                            image(created)});
        !s)
        return s.error();
    return *id;
}

OpOutcome listUsers(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const auto query = args.optionalText(QStringLiteral("query"), 200);
    const auto departmentId = args.optionalId(QStringLiteral("department_id"));
    const bool includeDisabled = args.optionalBool(QStringLiteral("include_disabled")).value_or(false);
    const auto cursorText = args.optionalText(QStringLiteral("cursor"), 400);
    const int limit = int(args.optionalInt(QStringLiteral("limit"), 1, kMaxPage).value_or(kDefaultPage));
    std::optional<QString> after;
    if (args.ok() && cursorText) {
        after = decodeCursor(*cursorText);
        if (!after)
            args.fail(QStringLiteral("cursor"), QStringLiteral("not a cursor from users.list"));
    }
    if (!args.ok())
        return args.error();

    const auto scope = auth::userScope(ctx.caller, QStringLiteral("u.id"), QStringLiteral("u.department_id"));
    QString where = scope.sql;
    QVariantList binds = scope.binds;
    if (query && !query->isEmpty()) {
        where += QStringLiteral(" AND (u.login_key LIKE ? ESCAPE '\\' OR LOWER(u.display_name) LIKE ? ESCAPE '\\')");
        binds << likePattern(*query) << likePattern(*query);
    }
    if (departmentId) {
        where += QStringLiteral(" AND u.department_id = ?");
        binds << *departmentId;
    }
    if (!includeDisabled)
        where += QStringLiteral(" AND u.disabled = 0");

    db::Row count;
    auto counted = db::fetchOne(count, ctx.db,
                                QStringLiteral("SELECT COUNT(*) FROM users u WHERE ") + where, binds);
    if (!counted)
        return counted.error();
    const qint64 total = count.value(0).toLongLong();

    QVariantList pageBinds = binds;
    QString pageWhere = where;
    if (after) {
        pageWhere += QStringLiteral(" AND u.login_key > ?");
        pageBinds << *after;
    }
    auto rows = db::exec(ctx.db, kSelect + pageWhere + QStringLiteral(" ORDER BY u.login_key LIMIT %1").arg(limit + 1),
                         pageBinds);
    if (!rows)
        return rows.error();
    QCborArray items;
    QString lastKey;
    bool more = false;
    while (rows->next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        const UserRecord u = fromRow(rows.value());
        lastKey = u.login.toLower();
        items.append(toCbor(u));
    }
    QCborMap result{{QStringLiteral("items"), items}, {QStringLiteral("total"), total}};
    if (more)
        result.insert(QStringLiteral("next_cursor"), encodeCursor(lastKey));
    return result;
}

OpOutcome lookupUsers(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const QString query = args.optionalText(QStringLiteral("query"), 100).value_or(QString());
    const auto ids = args.optionalIdList(QStringLiteral("ids"), kMaxLookup);
    const auto departmentId = args.optionalId(QStringLiteral("department_id"));
    const int limit = int(args.optionalInt(QStringLiteral("limit"), 1, kMaxLookup).value_or(kDefaultLookup));
    if (!args.ok())
        return args.error();

    // Not narrowed by the caller's user scope: a directory of names, which every
    // customer, audit row and notification already shows (docs/security.md).
    QString sql = QStringLiteral("SELECT u.id, u.login, u.display_name, u.department_id, d.name FROM users u "
                                 "JOIN departments d ON d.id = u.department_id WHERE u.disabled = 0");
    QVariantList binds;
    if (departmentId) {
        sql += QStringLiteral(" AND u.department_id = ?");
        binds << *departmentId;
    }
    if (ids) {
        if (ids->isEmpty())
            return QCborMap{{QStringLiteral("items"), QCborArray{}}};
        sql += QStringLiteral(" AND u.id IN (%1)").arg(db::placeholders(ids->size()));
        for (qint64 id : *ids)
            binds << id;
    }
    auto rows = db::exec(ctx.db, sql, binds);
    if (!rows)
        return rows.error();

    // Matched here rather than in SQL: through pinyin and folding (张三 by "zs",
    // "zhang" or 張), which the users table keeps no index of. A company's users are
    // few enough to read whole; their keys are cached (directoryKeys).
    const QString folded = text::fold(query);
    QString compact = folded;
    compact.remove(QLatin1Char(' '));
    struct Match {
        QString sortKey;
        qint64 id;
        QCborMap item;
    };
    QList<Match> matches;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const QString login = rows->value(1).toString();
        const QString displayName = rows->value(2).toString();
        const DirectoryKeys keys = directoryKeys(login, displayName);
        if (!folded.isEmpty() && !keys.text.contains(folded) && !keys.pinyin.contains(compact))
            continue;
        matches.append({keys.sortKey, id,
                        QCborMap{{QStringLiteral("id"), id},
                                 {QStringLiteral("login"), login},
                                 {QStringLiteral("display_name"), displayName},
                                 {QStringLiteral("department_id"), rows->value(3).toLongLong()},
                                 {QStringLiteral("department_name"), rows->value(4).toString()}}});
    }
    const auto byName = [](const Match &a, const Match &b) { return std::tie(a.sortKey, a.id) < std::tie(b.sortKey, b.id); };
    const qsizetype kept = std::min<qsizetype>(limit, matches.size());
    std::partial_sort(matches.begin(), matches.begin() + kept, matches.end(), byName);
    QCborArray items;
    for (qsizetype i = 0; i < kept; ++i)
        items.append(matches.at(i).item);
    return QCborMap{{QStringLiteral("items"), items}};
}

OpOutcome getUser(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    auto user = loadVisible(ctx, id);
    if (!user)
        return user.error();
    return toCbor(user.value());
}

OpOutcome createUserOp(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    NewUser user;
    user.login = args.text(QStringLiteral("login"), 64);
    user.displayName = args.text(QStringLiteral("display_name"), 100);
    user.password = args.rawText(QStringLiteral("password"), 1024);
    user.role = args.text(QStringLiteral("role"), 32);
    user.departmentId = args.id(QStringLiteral("department_id"));
    user.email = args.optionalText(QStringLiteral("email"), 254).value_or(QString());
    user.mobile = args.optionalText(QStringLiteral("mobile"), 32).value_or(QString());
    user.title = args.optionalText(QStringLiteral("title"), 100).value_or(QString());
    user.roles = args.optionalTextList(QStringLiteral("roles"), 50, 64).value_or(QStringList());
    if (!args.ok())
        return args.error();
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto id = createUser(tx, ctx.caller, user, ctx.server.hasher, ctx.server.config.minPasswordLength);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (!user.roles.isEmpty())
        auth::reloadAccess(ctx.db);
    return QCborMap{{QStringLiteral("id"), *id}};
}

OpOutcome updateUser(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    const auto displayName = args.optionalText(QStringLiteral("display_name"), 100);
    const auto role = args.optionalText(QStringLiteral("role"), 32);
    const auto departmentId = args.optionalId(QStringLiteral("department_id"));
    const auto email = args.optionalText(QStringLiteral("email"), 254);
    const auto mobile = args.optionalText(QStringLiteral("mobile"), 32);
    const auto title = args.optionalText(QStringLiteral("title"), 100);
    const auto roles = args.optionalTextList(QStringLiteral("roles"), 50, 64);
    const auto ipRanges = args.optionalTextList(QStringLiteral("ip_ranges"), 50, 64);
    const auto registeredMachinesOnly = args.optionalBool(QStringLiteral("registered_machines_only"));
    if (args.ok() && ipRanges)
        for (const QString &r : *ipRanges)
            if (!auth::isAddressRange(r))
                args.fail(QStringLiteral("ip_ranges"),
                          QStringLiteral("'%1' is not an address range like 192.168.1.0/24 or 2001:db8::/32").arg(r));
    if (args.ok() && displayName && displayName->isEmpty())
        args.fail(QStringLiteral("display_name"), QStringLiteral("the display name must not be empty"));
    if (args.ok())
        checkProfile(args, email.value_or(QString()), mobile.value_or(QString()));
    if (!args.ok())
        return args.error();
    bool accessChanged = false;
    OpOutcome outcome = changeUser(ctx, id, [&](const db::WriteTransaction &tx, UserRecord &user) -> protocol::Status {
        const UserRecord before = user;
        if (role && *role != user.role) {
            if (auto s = checkAssignable(ctx.caller, *role, QStringLiteral("role")); !s)
                return s;
            if (auto s = keepAnAdministrator(tx.db(), user, QStringLiteral("role")); !s)
                return s;
            user.role = *role;
        }
        if (roles && *roles != user.roles) {
            QStringList added = *roles;
            for (const QString &held : user.roles)
                added.removeAll(held);
            if (auto s = checkAssignable(ctx.caller, added, QStringLiteral("roles")); !s)
                return s;
            if (auto s = writeExtraRoles(tx, user.id, *roles); !s)
                return s;
            user.roles = *roles;
        }
        if (departmentId && *departmentId != user.departmentId) {
            if (auto s = checkDepartment(tx.db(), ctx.caller, *departmentId); !s)
                return s;
            user.departmentId = *departmentId;
        }
        user.displayName = displayName.value_or(user.displayName);
        user.email = email.value_or(user.email);
        user.mobile = mobile.value_or(user.mobile);
        user.title = title.value_or(user.title);
        user.ipRanges = ipRanges.value_or(user.ipRanges);
        user.registeredMachinesOnly = registeredMachinesOnly.value_or(user.registeredMachinesOnly);
        // Everything that decides what the user may do, and from where.
        accessChanged = user.role != before.role || user.roles != before.roles
                        || user.departmentId != before.departmentId || user.ipRanges != before.ipRanges
                        || user.registeredMachinesOnly != before.registeredMachinesOnly;
        return protocol::Ok{};
    });
    if (!outcome.result)
        return outcome;
    if (roles)
        auth::reloadAccess(ctx.db);
    if (accessChanged)
        outcome.pushes = auth::accessChangedPushes(QSet<qint64>{id}, ctx.request.op);
    return outcome;
}

OpOutcome disableUser(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    const auto successorId = args.optionalId(QStringLiteral("successor_id"));
    const auto successorRule = args.optionalText(QStringLiteral("successor"), 32);
    if (args.ok() && successorRule && *successorRule != QLatin1String("department_manager"))
        args.fail(QStringLiteral("successor"), QStringLiteral("'successor' is department_manager (or send successor_id)"));
    if (args.ok() && successorRule && successorId)
        args.fail(QStringLiteral("successor"), QStringLiteral("send either successor_id or successor"));
    if (!args.ok())
        return args.error();
    if (id == ctx.caller.userId)
        return makeError(ErrorCode::Conflict, QStringLiteral("you cannot disable your own account"), QStringLiteral("id"));
    QList<UserPush> pushes;
    int handedOver = 0;
    int accessHandedOver = 0;
    qint64 successorUsed = 0;
    OpOutcome outcome = changeUser(
        ctx, id,
        [&](const db::WriteTransaction &tx, UserRecord &user) -> protocol::Status {
            if (auto s = keepAnAdministrator(tx.db(), user, QStringLiteral("id")); !s)
                return s;
            user.disabled = true;
            // The user's customers, and the user's place among the readers and editors
            // of customers, pass to a successor; one is required when there are any.
            db::Row q;
            auto held = db::fetchOne(q, tx.db(),
                                     QStringLiteral("SELECT (SELECT COUNT(*) FROM customers WHERE owner_id = ?) + "
                                                    "(SELECT COUNT(*) FROM customer_followers WHERE user_id = ?), "
                                                    "(SELECT COUNT(DISTINCT customer_id) FROM customer_access "
                                                    "WHERE principal_kind = 'user' AND principal_id = ?)"),
                                     {id, id, id});
            if (!held)
                return held.error();
            const qint64 followedCount = q.value(0).toLongLong();
            const qint64 listedCount = q.value(1).toLongLong();
            if (followedCount == 0 && listedCount == 0 && !successorId && !successorRule)
                return protocol::Ok{};
            qint64 successor = successorId.value_or(0);
            if (successorRule) {
                auto manager = departmentManager(tx.db(), user);
                if (!manager)
                    return manager.error();
                successor = *manager;
            }
            if (successor == 0)
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("the user follows %1 customers and is listed as reader or editor on %2: "
                                                "name a successor (successor_id, or successor: department_manager)")
                                     .arg(followedCount)
                                     .arg(listedCount),
                                 QStringLiteral("successor_id"));
            if (successor == id)
                return makeError(ErrorCode::Invalid, QStringLiteral("a user cannot succeed themselves"),
                                 QStringLiteral("successor_id"));
            auto to = customers::loadAssignableUser(tx.db(), ctx.caller, successor, QStringLiteral("successor_id"));
            if (!to)
                return to.error();
            auto moved = customers::handOverCustomers(ctx, tx, id, to.value(), pushes);
            if (!moved)
                return moved.error();
            handedOver = moved->customers;
            accessHandedOver = moved->listings;
            successorUsed = successor;
            return protocol::Ok{};
        },
        EndSessions{id, 0, QStringLiteral("disabled")});
    if (!outcome.result)
        return outcome;
    QCborMap result{{QStringLiteral("handed_over"), handedOver}, {QStringLiteral("access_handed_over"), accessHandedOver}};
    if (successorUsed)
        result.insert(QStringLiteral("successor_id"), successorUsed);
    outcome.result = QCborValue(result);
    outcome.pushes = pushes;
    return outcome;
}

OpOutcome enableUser(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    if (!args.ok())
        return args.error();
    return changeUser(ctx, id, [](const db::WriteTransaction &, UserRecord &user) -> protocol::Status {
        user.disabled = false;
        return protocol::Ok{};
    });
}

OpOutcome resetPassword(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const qint64 id = args.id(QStringLiteral("id"));
    const QString password = args.rawText(QStringLiteral("password"), 1024);
    if (!args.ok())
        return args.error();
    const ServerConfig &config = ctx.server.config;
    if (auto s = auth::checkPasswordLength(password, config.minPasswordLength, QStringLiteral("password")); !s)
        return s.error();
    const QByteArray hash = ctx.server.hasher.hash(password);
    // A temporary password: the administrator knows it, so the user must choose their
    // own at the next login.
    return changeUser(
        ctx, id,
        [&](const db::WriteTransaction &tx, UserRecord &user) -> protocol::Status {
            user.mustChangePassword = true;
            return auth::storePassword(tx, user.id, hash, true, config);
        },
        EndSessions{id, 0, QStringLiteral("password_reset")});
}

} // namespace cordial::server::admin
