// The main window: module navigation on the left, the module's page on the right,
// connection state, user and progress in the status bar, the notification bell in
// the menu bar's corner.
#pragma once

#include "net/Connection.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace cordial::client {

class AdministrationPage;
class MessageBanner;
class ProgressService;
namespace customers {
class CustomersPage;
}
namespace notifications {
class NotificationButton;
class NotificationCenter;
class NotificationsDialog;
} // namespace notifications

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Connection *connection, QWidget *parent = nullptr);

    ProgressService *progressService() const { return m_progress; }
    AdministrationPage *administrationPage() const; // nullptr without users.read or audit.read
    customers::CustomersPage *customersPage() const; // nullptr without customers.read
    notifications::NotificationCenter *notificationCenter() const { return m_notifications; }
    // Opens (or raises) the list of notifications.
    notifications::NotificationsDialog *showNotifications();
    // Shows the customers module and opens the form of one customer once it can.
    void openCustomer(qint64 id);
    // Selects a module by key ("customers", …, "administration"); false if not shown.
    bool showModule(const QString &key);
    QString currentModule() const;
    // The strip above the pages that says, for one, that an administrator changed what
    // the user may do (push access.changed).
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void logoutRequested();

private:
    void createMenus();
    void createNavigation();
    void createStatusBar();
    void createNotifications();
    void onStateChanged(Connection::State state);
    void onAuthenticated(const QCborMap &user);
    void showUser(const QCborMap &user);
    // Asks auth.whoami what the user may do now, without waiting for it; `announce`:
    // because an administrator changed it (access.changed), which the banner then says.
    void requestAccess(bool announce);
    void applyAccess(const QCborMap &whoami, bool announce);
    // Shows, makes and removes module pages; the pages that stay follow `whoami`.
    void applyRights(const QStringList &rights, qint64 userId, const QCborMap &whoami);
    void changePassword();
    void chooseLanguage();
    void showThisComputer();
    void about();

    Connection *m_connection;
    ProgressService *m_progress;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    MessageBanner *m_banner;
    // One auth.whoami at a time; a change announced meanwhile asks again after it.
    bool m_accessInFlight = false;
    bool m_accessAgain = false;
    bool m_announceAgain = false;
    QListWidgetItem *m_administrationItem = nullptr;
    QPointer<AdministrationPage> m_administration;
    qint64 m_administrationUser = -1;
    QListWidgetItem *m_customersItem = nullptr;
    QPointer<customers::CustomersPage> m_customers;
    qint64 m_customersUser = -1;
    // The birthday reminder comes once per login, not again after a reconnect.
    bool m_birthdaysShown = false;
    QLabel *m_stateDot;
    QLabel *m_stateText;
    QLabel *m_userLabel;
    notifications::NotificationCenter *m_notifications;
    notifications::NotificationButton *m_notificationButton = nullptr;
    QPointer<notifications::NotificationsDialog> m_notificationsDialog;
};

} // namespace cordial::client
