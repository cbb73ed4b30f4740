#include "app/MachineText.h"

namespace cordial::client {

QString MachineText::statusName(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Waiting for approval");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("revoked"))
        return tr("Revoked");
    return status;
}

bool MachineText::isMachineRefusal(const protocol::Error &error)
{
    return error.code == protocol::ErrorCode::Forbidden && error.field == QLatin1String("machine");
}

QString MachineText::loginRefusal(const protocol::Error &error)
{
    const QCborMap machine = error.details.value(QStringLiteral("machine")).toMap();
    const QString intro = tr("Your account may log in only from computers an administrator has approved.");
    if (machine.isEmpty())
        return intro + QLatin1Char(' ')
               + tr("This client did not identify the computer, so it cannot log in here. Tell your administrator.");
    // The computer stands apart from the sentences, for the person to read out.
    const QString which = QStringLiteral("\n\n") + tr("Computer: %1").arg(machine.value(QStringLiteral("name")).toString())
                          + QLatin1Char('\n')
                          + tr("Fingerprint: %1").arg(machine.value(QStringLiteral("fingerprint")).toString())
                          + QStringLiteral("\n\n");
    if (machine.value(QStringLiteral("status")).toString() == QLatin1String("revoked"))
        return intro + QLatin1Char(' ') + tr("An administrator has revoked this computer's approval.") + which
               + tr("Ask your administrator to approve it again in Administration › Computers.");
    return intro + QLatin1Char(' ') + tr("This computer has not been approved yet.") + which
           + tr("Read the fingerprint to your administrator, who approves the computer in Administration › "
                "Computers; then log in again.");
}

} // namespace cordial::client
