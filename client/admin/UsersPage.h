// The user list: search as you type, department filter, disabled users on request,
// paged loading while scrolling; new, edit, disable/enable, reset password, and why a
// user may do what they may.
#pragma once

#include <QCborMap>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace cordial::client {

class Connection;
class MessageBanner;
class PagedListModel;
namespace admin {
class AccessDialog;
}

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(Connection *connection, QWidget *parent = nullptr);

    // Without users.manage the editing actions are hidden.
    void setCanManage(bool canManage);
    void refresh();
    // Reloads the department filter (after the department tree changed).
    void reloadDepartments();

    PagedListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Opens "Why can this user …?" for the selected user (returned for tests).
    admin::AccessDialog *explainAccess();

private:
    void applyFilter();
    void updateCount();
    void updateActions();
    QCborMap selectedUser() const;
    void newUser();
    void editUser();
    void toggleDisabled();
    void resetPassword();
    void reloadUser(qint64 id);

    Connection *m_connection;
    bool m_canManage = false;
    PagedListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer *m_debounce;
    quint64 m_pendingDepartments = 0;

    QLineEdit *m_search;
    QComboBox *m_department;
    QCheckBox *m_showDisabled;
    QLabel *m_count;
    MessageBanner *m_banner;
    QTableView *m_table;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_disable;
    QAction *m_resetPassword;
    QAction *m_access;
    QAction *m_refresh;
    QAction *m_export;
};

} // namespace cordial::client
