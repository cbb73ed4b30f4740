// Picks users, departments and user groups (from users.list, departments.list and
// groups.list) to list among a customer's readers or editors.
#pragma once

#include <QCborMap>
#include <QDialog>
#include <QSet>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

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
    QListWidget *list(const QString &kind) const;
    QTabWidget *tabs() const { return m_tabs; }

    static QString key(const QString &kind, qint64 id) { return kind + QLatin1Char(':') + QString::number(id); }

Q_SIGNALS:
    void loaded();

private:
    void load(const QString &op, const QCborMap &args, QListWidget *list,
              const std::function<void(const QCborValue &result, QListWidget *list)> &fill);
    void addItem(QListWidget *list, const QString &kind, qint64 id, const QString &name, const QString &detail,
                 int depth = 0);
    void applyFilter();
    void updateState();

    Connection *m_connection;
    QSet<QString> m_listed;
    int m_pending = 0;
    QTabWidget *m_tabs;
    QLineEdit *m_filter;
    QListWidget *m_users;
    QListWidget *m_departments;
    QListWidget *m_groups;
    QPushButton *m_add;
};

} // namespace customers
} // namespace cordial::client
