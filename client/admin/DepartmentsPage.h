// The department tree: add a sub-department, rename, move, give roles to everyone in
// a department, delete, refresh.
#pragma once

#include "admin/Departments.h"

#include <QWidget>

class QAction;
class QTreeWidget;

namespace cordial::client {

class Connection;
class MessageBanner;

class DepartmentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DepartmentsPage(Connection *connection, QWidget *parent = nullptr);

    // Without departments.manage the editing actions are hidden.
    void setCanManage(bool canManage);
    void refresh();

    QList<admin::Department> departments() const { return m_departments; }
    qint64 selectedId() const;
    void selectDepartment(qint64 id);

Q_SIGNALS:
    void refreshed();
    // A department was added, renamed, moved or deleted.
    void departmentsChanged();

private:
    void rebuildTree();
    void updateActions();
    void addDepartment();
    void renameDepartment();
    void moveDepartment();
    void editRoles();
    void deleteDepartment();
    void afterChange(qint64 selectId);
    admin::Department department(qint64 id) const;

    Connection *m_connection;
    QList<admin::Department> m_departments;
    bool m_canManage = false;
    bool m_loading = false;
    quint64 m_pendingList = 0;

    MessageBanner *m_banner;
    QTreeWidget *m_tree;
    QAction *m_add;
    QAction *m_rename;
    QAction *m_move;
    QAction *m_roles;
    QAction *m_delete;
    QAction *m_refresh;
};

} // namespace cordial::client
