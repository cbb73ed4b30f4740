// How the client words registered computers (#5): a computer's approval status, and
// a login refused because this computer is not approved.
#pragma once

#include "protocol/ErrorCode.h"

#include <QCoreApplication>
#include <QString>

namespace cordial::client {

class MachineText
{
    Q_DECLARE_TR_FUNCTIONS(MachineText)
public:
    // "pending", "approved", "revoked" as a person reads them.
    static QString statusName(const QString &status);
    // True for a refusal of auth.login that approving this computer would lift.
    static bool isMachineRefusal(const protocol::Error &error);
    // Why the login was refused, with the computer's name and fingerprint for the
    // person to read to the administrator (from the error's details.machine).
    static QString loginRefusal(const protocol::Error &error);
};

} // namespace cordial::client
