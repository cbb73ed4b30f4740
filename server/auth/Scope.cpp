#include "auth/Scope.h"

namespace cordial::server::auth {

using domain::DataScope;

QString departmentsBelowSubquery(const QString &seedSelect)
{
    return QStringLiteral("(WITH RECURSIVE tree(id) AS (%1 UNION "
                          "SELECT d2.id FROM departments d2 JOIN tree t ON d2.parent_id = t.id) SELECT id FROM tree)")
        .arg(seedSelect);
}

QString departmentTreeSubquery()
{
    return departmentsBelowSubquery(QStringLiteral("SELECT CAST(? AS BIGINT)"));
}

ScopeFilter departmentScope(const Caller &caller, const QString &departmentIdColumn)
{
    switch (caller.adminScope) {
    case DataScope::All:
        return {QStringLiteral("1 = 1"), {}};
    case DataScope::DepartmentTree:
        return {departmentIdColumn + QStringLiteral(" IN ") + departmentTreeSubquery(), {caller.departmentId}};
    case DataScope::Department:
    case DataScope::Own:
        return {departmentIdColumn + QStringLiteral(" = ?"), {caller.departmentId}};
    }
    return {QStringLiteral("1 = 0"), {}};
}

ScopeFilter userScope(const Caller &caller, const QString &userIdColumn, const QString &departmentIdColumn)
{
    if (caller.adminScope == DataScope::Own)
        return {userIdColumn + QStringLiteral(" = ?"), {caller.userId}};
    return departmentScope(caller, departmentIdColumn);
}

} // namespace cordial::server::auth
