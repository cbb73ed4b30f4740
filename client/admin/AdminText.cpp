#include "admin/AdminText.h"

namespace cordial::client::admin {

QString AdminText::roleName(const QString &role)
{
    if (role == QLatin1String("administrator"))
        return tr("Administrator");
    if (role == QLatin1String("director"))
        return tr("Director");
    if (role == QLatin1String("manager"))
        return tr("Manager");
    if (role == QLatin1String("staff"))
        //: Role name: an ordinary employee who works with their own customers.
        return tr("Staff");
    if (role == QLatin1String("readonly"))
        return tr("Read-only");
    return role;
}

QString AdminText::errorMessage(const protocol::Error &error)
{
    using protocol::ErrorCode;
    QString lead;
    switch (error.code) {
    case ErrorCode::Unauthenticated:
        lead = tr("Your session has ended. Log in again.");
        break;
    case ErrorCode::Forbidden:
        lead = tr("You do not have permission to do this.");
        break;
    case ErrorCode::NotFound:
        lead = tr("The record was not found; it may have been deleted. Refresh and try again.");
        break;
    case ErrorCode::Invalid:
        lead = tr("The input is not valid.");
        break;
    case ErrorCode::Conflict:
        lead = tr("This conflicts with existing data.");
        break;
    case ErrorCode::RateLimited:
        lead = tr("Too many requests. Wait a moment and try again.");
        break;
    case ErrorCode::TooLarge:
        lead = tr("The content is too large.");
        break;
    case ErrorCode::Internal:
        lead = tr("A server or network error occurred, and no changes were saved. Try again later.");
        break;
    case ErrorCode::BadRequest:
    case ErrorCode::UnsupportedProtocol:
        lead = tr("The client and server versions do not match.");
        break;
    }
    if (error.message.isEmpty())
        return lead;
    return tr("%1 (%2)").arg(lead, error.message);
}

QString AdminText::fieldErrorMessage(const protocol::Error &error)
{
    using protocol::ErrorCode;
    const QString &field = error.field;
    QString lead;
    if (error.code == ErrorCode::Conflict && field == QLatin1String("login"))
        lead = tr("This login is already taken. Choose another one.");
    else if (error.code == ErrorCode::Conflict && field == QLatin1String("role"))
        lead = tr("This change would leave the system without an enabled administrator.");
    else if (error.code == ErrorCode::Conflict && field == QLatin1String("name"))
        lead = tr("A department with the same name already exists under the same parent department. "
                  "Choose another name.");
    else if (error.code == ErrorCode::NotFound)
        lead = tr("The selected item no longer exists; it may have been deleted.");
    else if (field == QLatin1String("password"))
        lead = tr("The password does not meet the requirements.");
    else if (field == QLatin1String("login"))
        lead = tr("A login may contain only letters, digits, dots (.), underscores (_) and hyphens (-), "
                  "and at most 64 characters.");
    else if (field == QLatin1String("display_name"))
        lead = tr("The name must not be empty and may have at most 100 characters.");
    else if (field == QLatin1String("email"))
        lead = tr("The email address is not valid.");
    else if (field == QLatin1String("mobile"))
        lead = tr("A mobile number may contain only digits, +, - and spaces.");
    else if (field == QLatin1String("name"))
        lead = tr("The department name must not be empty and may have at most 100 characters.");
    else
        return errorMessage(error);
    if (error.message.isEmpty())
        return lead;
    return tr("%1 (%2)").arg(lead, error.message);
}

} // namespace cordial::client::admin
