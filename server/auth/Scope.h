// SQL filters for a caller's data scope, so repositories never load what the caller may not see.
#pragma once

#include "auth/Caller.h"

#include <QVariantList>

namespace cordial::server::auth {

struct ScopeFilter {
    QString sql; // a boolean SQL expression, e.g. "d.id IN (...)"
    QVariantList binds;
};

// Departments the caller sees (by the administration module's scope): all; their own
// and every department below; or their own (scopes department and own).
ScopeFilter departmentScope(const Caller &caller, const QString &departmentIdColumn);
// Users the caller sees: all; those in the caller's department tree; those of the
// caller's department; or (scope own) only themselves.
ScopeFilter userScope(const Caller &caller, const QString &userIdColumn, const QString &departmentIdColumn);
// The caller's department and all below it, as a subquery selecting ids (bind: the
// department's id).
QString departmentTreeSubquery();
// The departments `seedSelect` selects (one id column) and every department below
// them, as a parenthesised subquery selecting ids; `seedSelect` brings its own binds.
QString departmentsBelowSubquery(const QString &seedSelect);

} // namespace cordial::server::auth
