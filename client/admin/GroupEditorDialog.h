// Creates a user group or changes one: name, description, the members (chosen from the
// users the caller sees) and the roles every member holds through the group.
#pragma once

#include <QCborMap>
#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cordial::protocol {
struct Error;
}

namespace cordial::client {

class Connection;

namespace admin {

class RoleChecklist;

class GroupEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // `group` as groups.list returns it; empty for a new group. Without `canManage` the
    // dialog only shows the group.
    GroupEditorDialog(Connection *connection, const QCborMap &group, bool canManage, QWidget *parent = nullptr);
    ~GroupEditorDialog() override;

    bool isCreating() const { return m_id == 0; }
    // True once the users and the roles to choose from have been read.
    bool isLoaded() const { return m_parts == 2; }
    qint64 groupId() const { return m_id; }
    QListWidget *members() const { return m_members; }
    RoleChecklist *roles() const { return m_roles; }
    // Checks the member with this login (for tests and keyboard-less use); false when not listed.
    bool setMemberChecked(const QString &login, bool checked);
    // The text shown beside "name", "members" or "roles", or above everything ("general").
    QString errorText(const QString &part) const;

    void accept() override; // saves; closes when the server agrees
    void reject() override;

Q_SIGNALS:
    void loaded();
    void saved(qint64 groupId);

private:
    void setGroup(const QCborMap &group);
    void loadUsers(const QString &cursor);
    void partLoaded();
    QList<qint64> checkedMembers() const;
    void updateMemberCount();
    void showError(const QString &part, const QString &message);
    void onSaveFailed(const protocol::Error &error);
    void reloadAfterConflict();

    Connection *m_connection;
    QCborMap m_group;
    qint64 m_id = 0;
    bool m_readOnly = false;
    int m_parts = 0;
    QList<quint64> m_pending;
    quint64 m_pendingSave = 0;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_memberFilter;
    QListWidget *m_members;
    QLabel *m_memberCount;
    RoleChecklist *m_roles;
    QHash<QString, QLabel *> m_errors;
    QPushButton *m_save;
};

} // namespace admin
} // namespace cordial::client
