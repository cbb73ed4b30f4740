// "Why can this user …?": what users.access says of one user — the roles they hold and
// how (their own, through a department, through a group), and per module the access
// level, data scope, extra rights and restricted fields, with the roles that grant them.
#pragma once

#include <QCborMap>
#include <QDialog>

class QLabel;
class QTableWidget;

namespace cordial::client {

class Connection;

namespace admin {

class AccessDialog : public QDialog
{
    Q_OBJECT
public:
    // `user` as users.list returns it (id, login, display_name).
    AccessDialog(Connection *connection, const QCborMap &user, QWidget *parent = nullptr);
    ~AccessDialog() override;

    bool isLoaded() const { return m_loaded; }
    QTableWidget *rolesTable() const { return m_roles; }
    QTableWidget *modulesTable() const { return m_modules; }

Q_SIGNALS:
    void loaded();

private:
    void showAccess(const QCborMap &access);

    Connection *m_connection;
    QList<quint64> m_pending;
    QCborMap m_access;
    QHash<QString, QString> m_fieldTitles; // access key (customer field, contacts.KEY) -> its label
    int m_parts = 0;
    bool m_loaded = false;
    QLabel *m_status;
    QTableWidget *m_roles;
    QTableWidget *m_modules;
};

} // namespace admin
} // namespace cordial::client
