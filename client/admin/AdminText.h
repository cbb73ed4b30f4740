// Texts shared by the administration and audit widgets: role names, error messages.
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
    // A sentence for a failed request: what went wrong and, where it helps, what to do.
    static QString errorMessage(const protocol::Error &error);
    // The text under a form field the server rejected: what is wrong in the person's
    // language, followed by the server's own detail (it may name a limit).
    static QString fieldErrorMessage(const protocol::Error &error);
};

} // namespace cordial::client::admin
