// Creates a role or changes one: name and description; per module an access level, a
// data scope and extra rights; which customer and contact fields the role hides or
// makes read-only;
// and where its holders may sign in from. The server's complaints show beside what
// they name ("modules.sales.level", "modules.customers.fields.KEY", "ip_ranges").
#pragma once

#include "admin/RoleList.h"
#include "customers/CustomerFields.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cordial::protocol {
struct Error;
}

namespace cordial::client {

class Connection;

namespace admin {

class RoleEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { ModulesPage, FieldsPage, SignInPage };

    // `role` as roles.list gives it, or a default RoleInfo for a new role. Without
    // `canManage`, and always for the administrator role, the dialog only shows the role.
    RoleEditorDialog(Connection *connection, const RoleInfo &role, bool canManage, QWidget *parent = nullptr);
    ~RoleEditorDialog() override;

    bool isCreating() const { return m_role.id == 0; }
    bool isReadOnly() const { return m_readOnly; }
    // True once the customer and contact fields have come (or could not be read).
    bool isLoaded() const { return m_loaded; }
    qint64 roleId() const { return m_role.id; }
    QTabWidget *tabs() const { return m_tabs; }
    // The role as the editors hold it: what Save sends.
    domain::RoleDefinition definition() const;
    // The text shown beside a part of the form ("name", "description", "modules",
    // "fields", "ip_ranges", or "general" above everything); empty when there is none.
    QString errorText(const QString &part) const;

    void accept() override; // saves; the dialog closes when the server agrees
    void reject() override;

Q_SIGNALS:
    void loaded();
    void saved(qint64 roleId);

private:
    struct ModuleRow {
        QLabel *name = nullptr;
        QComboBox *level = nullptr;
        QComboBox *scope = nullptr;
        QHash<QString, QCheckBox *> extras;
    };

    QWidget *makeModulesPage();
    QWidget *makeFieldsPage();
    QWidget *makeSignInPage();
    void loadFields();
    void fillFieldTable();
    void setRole(const RoleInfo &role);
    void updateModuleRow(const QString &module);
    void setReadOnly();
    void showError(const QString &part, const QString &message, QWidget *culprit = nullptr);
    void clearErrors();
    bool validate();
    void onSaveFailed(const protocol::Error &error);
    void reloadAfterConflict();
    void setBusy(bool busy);

    Connection *m_connection;
    RoleInfo m_role;
    bool m_readOnly = false;
    bool m_loaded = false;
    quint64 m_pending = 0; // the save or reload in flight
    quint64 m_pendingFields = 0;
    quint64 m_pendingContactFields = 0;
    customers::FieldCatalog m_catalog;
    customers::FieldCatalog m_contactCatalog;

    QLabel *m_note;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QTabWidget *m_tabs;
    QHash<QString, ModuleRow> m_modules; // module name -> its editors
    QTableWidget *m_fields;
    QLabel *m_fieldsNote;
    // access key (a customer field's key, "contacts.KEY" for a contact field) -> editable / read-only / hidden
    QHash<QString, QButtonGroup *> m_fieldAccess;
    QPlainTextEdit *m_ipRanges;
    QCheckBox *m_registeredOnly;
    QHash<QString, QLabel *> m_errors; // part -> the label that shows its complaint
    QList<QWidget *> m_marked;         // editors framed red for the current complaint
    QLabel *m_busy;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace admin
} // namespace cordial::client
