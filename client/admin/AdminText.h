// Texts shared by the administration and audit widgets: role names and what roles
// grant (modules, access levels, data scopes, extra rights), error messages.
#pragma once

#include "protocol/ErrorCode.h"

#include <QCoreApplication>
#include <QString>

namespace cordial::client::admin {

class AdminText
{
    Q_DECLARE_TR_FUNCTIONS(AdminText)
public:
    // "administrator" -> "Administrator", translated; unknown roles are shown by their name.
    static QString roleName(const QString &role);
    // A built-in role's description in the person's language; others as the administrator wrote it.
    static QString roleDescription(const QString &role, const QString &description);
    // "customers" -> "Customers", "department_tree" -> "Own department and those below it", …;
    // unknown names are shown as they are.
    static QString moduleName(const QString &module);
    static QString levelName(const QString &level);
    // One sentence on what a level allows, for tool tips.
    static QString levelDescription(const QString &level);
    static QString scopeName(const QString &scope);
    static QString extraName(const QString &extra);
    static QString extraDescription(const QString &extra);
    // "hidden" / "read_only" / "editable".
    static QString fieldAccessName(const QString &access);
    // How a user holds a role: "primary role", "extra role", "through the department X",
    // "through the group Y" (from a users.access roles entry).
    static QString roleSource(const QString &via, bool primary, const QString &viaName);

    // A sentence for a failed request: what went wrong and, where it helps, what to do.
    static QString errorMessage(const protocol::Error &error);
    // The text under a form field the server rejected: what is wrong in the person's
    // language, followed by the server's own detail (it may name a limit).
    static QString fieldErrorMessage(const protocol::Error &error);
};

} // namespace cordial::client::admin
