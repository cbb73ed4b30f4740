// Creates a user or edits one: the form with the primary role and extra roles,
// client-side checks, and the server's field errors shown under the field they
// concern. An existing user's access can be explained from here ("Why can …?").
#pragma once

#include <QCborMap>
#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cordial::protocol {
struct Error;
}

namespace cordial::client {

class Connection;
namespace admin {
class AccessDialog;
class RoleChecklist;
} // namespace admin

class UserEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // A new user.
    explicit UserEditorDialog(Connection *connection, QWidget *parent = nullptr);
    // An existing user record as users.list / users.get return it.
    UserEditorDialog(Connection *connection, const QCborMap &user, QWidget *parent = nullptr);
    ~UserEditorDialog() override;

    bool isCreating() const { return m_userId == 0; }
    // The id of the user once saved (the new id after a create).
    qint64 userId() const { return m_userId; }
    // True once roles.list and departments.list have filled the combos.
    bool isLoaded() const { return m_rolesLoaded && m_departmentsLoaded; }

    admin::RoleChecklist *extraRoles() const { return m_extraRoles; }
    // Opens "Why can this user …?" for the user being edited (nullptr for a new user).
    admin::AccessDialog *explainAccess();

    void accept() override; // saves; the dialog closes when the server agrees
    void reject() override;

Q_SIGNALS:
    void loaded();
    void saved(qint64 userId);

private:
    void build();
    void loadChoices();
    void setFieldError(const QString &field, const QString &message);
    void clearErrors();
    bool validate();
    QCborMap collectArgs() const;
    void setBusy(bool busy);
    void onSaveReply(bool ok, qint64 newId, const protocol::Error &error);
    void updateLoadedState();

    Connection *m_connection;
    QCborMap m_original;
    qint64 m_userId = 0;
    bool m_rolesLoaded = false;
    bool m_departmentsLoaded = false;
    quint64 m_pendingSave = 0;
    QList<quint64> m_pendingLoads;

    QFormLayout *m_form = nullptr;
    QLabel *m_generalError = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    admin::RoleChecklist *m_extraRoles = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_machinesOnly = nullptr; // editing only: users.update registered_machines_only
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QHash<QString, QLabel *> m_errorLabels; // wire field name -> label under the field
    QHash<QString, QWidget *> m_fieldWidgets;
};

} // namespace cordial::client
