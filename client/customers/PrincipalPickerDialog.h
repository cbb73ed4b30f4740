// Picks users, departments and user groups to list among a customer's readers or
// editors: colleagues from the directory (users.lookup, searched as one types, every
// department's), departments (departments.list) and groups (groups.list).
#pragma once

#include <QCborMap>
#include <QDialog>
#include <QMap>
#include <QSet>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;

namespace cordial::protocol {
struct Reply;
}

namespace cordial::client {

class Connection;

namespace customers {

class PrincipalPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `listed`: principals already on the list ("user:5"), shown but not offered again.
    // The caller gives it a title saying what the picked ones become.
    PrincipalPickerDialog(Connection *connection, const QSet<QString> &listed, QWidget *parent = nullptr);

    // The chosen principals as the protocol has them, with their name: {user: id, name}.
    QList<QCborMap> selected() const;
    // True once the three lists have answered.
    bool isLoaded() const { return m_pending == 0; }
    // True while the users typed for are yet to be asked for or to answer.
    bool isSearching() const;
    QListWidget *list(const QString &kind) const;
    QTabWidget *tabs() const { return m_tabs; }

    static QString key(const QString &kind, qint64 id) { return kind + QLatin1Char(':') + QString::number(id); }

Q_SIGNALS:
    void loaded();
    void usersFound(); // a users.lookup answered and the users list shows its answer

private:
    void load(const QString &op, const QCborMap &args, QListWidget *list,
              const std::function<void(const QCborValue &result, QListWidget *list)> &fill);
    void addItem(QListWidget *list, const QString &kind, qint64 id, const QString &name, const QString &detail,
                 int depth = 0);
    void applyFilter();
    void updateState();
    // Asks the directory for the users matching the filter, dropping any older question.
    void searchUsers();
    void showUsers(const protocol::Reply &reply);
    void rememberPickedUsers();

    Connection *m_connection;
    QSet<QString> m_listed;
    int m_pending = 0;
    QTabWidget *m_tabs;
    QLineEdit *m_filter;
    QListWidget *m_users;
    QListWidget *m_departments;
    QListWidget *m_groups;
    QPushButton *m_add;
    QTimer *m_searchTimer;
    quint64 m_searchRequest = 0; // the users.lookup in flight, 0 when none
    bool m_usersLoaded = false;
    // Users picked so far, by id with their name and shown text: kept while the
    // search changes what the list shows.
    QMap<qint64, std::pair<QString, QString>> m_pickedUsers;
};

} // namespace customers
} // namespace cordial::client
