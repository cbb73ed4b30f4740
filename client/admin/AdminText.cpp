#include "admin/AdminText.h"

#include "domain/Roles.h"

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

QString AdminText::roleDescription(const QString &role, const QString &description)
{
    // A built-in role whose description nobody changed speaks the person's language.
    const auto builtIn = domain::findBuiltInRole(role);
    if (!builtIn || builtIn->description != description)
        return description;
    if (role == QLatin1String("administrator"))
        return tr("Everything, including access settings.");
    if (role == QLatin1String("director"))
        return tr("Reads and edits every record; reads the audit log.");
    if (role == QLatin1String("manager"))
        return tr("Edits the records of the department and those below it.");
    if (role == QLatin1String("staff"))
        return tr("Creates records and edits their own.");
    if (role == QLatin1String("readonly"))
        return tr("Reads the records of the department and those below it.");
    return description;
}

QString AdminText::moduleName(const QString &module)
{
    if (module == QLatin1String("customers"))
        return tr("Customers");
    if (module == QLatin1String("sales"))
        return tr("Sales");
    if (module == QLatin1String("calendar"))
        return tr("Calendar");
    if (module == QLatin1String("service"))
        return tr("Service");
    if (module == QLatin1String("marketing"))
        return tr("Marketing");
    if (module == QLatin1String("knowledge"))
        return tr("Knowledge base");
    if (module == QLatin1String("communications"))
        return tr("Mail / SMS / Fax");
    if (module == QLatin1String("reports"))
        return tr("Reports");
    if (module == QLatin1String("administration"))
        return tr("Administration");
    return module;
}

QString AdminText::levelName(const QString &level)
{
    if (level == QLatin1String("none"))
        //: Access level: the module is not available at all.
        return tr("No access");
    if (level == QLatin1String("depositor"))
        //: Access level: may create records but not read others'.
        return tr("Depositor");
    if (level == QLatin1String("reader"))
        return tr("Reader");
    if (level == QLatin1String("author"))
        //: Access level: creates records and edits their own.
        return tr("Author");
    if (level == QLatin1String("editor"))
        return tr("Editor");
    if (level == QLatin1String("designer"))
        //: Access level: as editor, and may change fields and forms.
        return tr("Designer");
    if (level == QLatin1String("manager"))
        //: Access level: everything, including access settings.
        return tr("Manager", "access level");
    return level;
}

QString AdminText::levelDescription(const QString &level)
{
    if (level == QLatin1String("none"))
        return tr("The module is not available.");
    if (level == QLatin1String("depositor"))
        return tr("Creates records but cannot read any, not even their own.");
    if (level == QLatin1String("reader"))
        return tr("Reads the records in the data scope.");
    if (level == QLatin1String("author"))
        return tr("Reads the records in the data scope, creates records and edits those they follow or created.");
    if (level == QLatin1String("editor"))
        return tr("Reads, creates and edits every record in the data scope.");
    if (level == QLatin1String("designer"))
        return tr("As editor, and changes fields and forms.");
    if (level == QLatin1String("manager"))
        return tr("Everything, including access settings.");
    return {};
}

QString AdminText::scopeName(const QString &scope)
{
    if (scope == QLatin1String("own"))
        //: Data scope: the records the user follows.
        return tr("Own records");
    if (scope == QLatin1String("department"))
        return tr("Own department");
    if (scope == QLatin1String("department_tree"))
        return tr("Department and below");
    if (scope == QLatin1String("all"))
        return tr("Whole company");
    return scope;
}

QString AdminText::extraName(const QString &extra)
{
    if (extra == QLatin1String("assign"))
        //: Extra right: give records to other users.
        return tr("Assign");
    if (extra == QLatin1String("bulk_edit"))
        return tr("Bulk edit");
    if (extra == QLatin1String("import"))
        return tr("Import");
    if (extra == QLatin1String("export"))
        return tr("Export");
    if (extra == QLatin1String("print"))
        return tr("Print");
    if (extra == QLatin1String("copy"))
        return tr("Copy");
    if (extra == QLatin1String("purge"))
        //: Extra right: erase records in the recycle bin for good.
        return tr("Purge");
    if (extra == QLatin1String("approve"))
        return tr("Approve");
    if (extra == QLatin1String("audit"))
        //: Extra right: read the audit log.
        return tr("Audit log");
    return extra;
}

QString AdminText::extraDescription(const QString &extra)
{
    if (extra == QLatin1String("assign"))
        return tr("Give records to other users and take them back.");
    if (extra == QLatin1String("bulk_edit"))
        return tr("Set one field on many records at once.");
    if (extra == QLatin1String("import"))
        return tr("Import records from CSV or Excel files.");
    if (extra == QLatin1String("export"))
        return tr("Export records to CSV or Excel files.");
    if (extra == QLatin1String("print"))
        return tr("Print records.");
    if (extra == QLatin1String("copy"))
        return tr("Copy text out of lists and forms.");
    if (extra == QLatin1String("purge"))
        return tr("Erase records in the recycle bin for good.");
    if (extra == QLatin1String("approve"))
        return tr("Approve requests that need approval.");
    if (extra == QLatin1String("audit"))
        return tr("Read the audit log (in Administration).");
    return {};
}

QString AdminText::fieldAccessName(const QString &access)
{
    if (access == QLatin1String("hidden"))
        return tr("Hidden");
    if (access == QLatin1String("read_only"))
        return tr("Read-only", "field access");
    if (access == QLatin1String("editable"))
        return tr("Editable");
    return access;
}

QString AdminText::roleSource(const QString &via, bool primary, const QString &viaName)
{
    if (via == QLatin1String("department"))
        return tr("through the department \"%1\"").arg(viaName);
    if (via == QLatin1String("group"))
        return tr("through the group \"%1\"").arg(viaName);
    return primary ? tr("primary role") : tr("extra role");
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
        lead = error.field == QLatin1String("password_expired")
            ? tr("Your password must be changed before you can go on.")
            : tr("You do not have permission to do this.");
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
    case ErrorCode::Busy:
        lead = tr("The server is busy saving another large change, such as an import, and nothing was saved. "
                  "Try again in a moment.");
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
    else if (error.code == ErrorCode::Forbidden && (field == QLatin1String("role") || field == QLatin1String("roles")))
        lead = tr("You cannot give a role that grants more than you hold yourself.");
    else if (error.code == ErrorCode::Invalid && (field == QLatin1String("role") || field == QLatin1String("roles")))
        lead = tr("A chosen role no longer exists; it may have been deleted.");
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
