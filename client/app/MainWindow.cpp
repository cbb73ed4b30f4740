#include "app/MainWindow.h"

#include "admin/AdminText.h"
#include "admin/AdministrationPage.h"
#include "admin/MessageBanner.h"
#include "app/ChangePasswordDialog.h"
#include "app/ProgressIndicator.h"
#include "app/ProgressService.h"
#include "app/Resources.h"
#include "app/SettingsDialog.h"
#include "app/ThisComputerDialog.h"
#include "customers/BirthdayDialog.h"
#include "customers/CustomersPage.h"
#include "domain/Roles.h"
#include "notifications/NotificationButton.h"
#include "notifications/NotificationCenter.h"
#include "notifications/NotificationsDialog.h"

#include <QApplication>
#include <QCborArray>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cordial::client {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
const QString kAdministration = QStringLiteral("administration");
const QString kCustomers = QStringLiteral("customers");
const QString kAccessChanged = QStringLiteral("access.changed");

struct Module {
    QString key;
    QString name;
    QString icon;
};

QList<Module> modules()
{
    return {
        {QStringLiteral("customers"), MainWindow::tr("Customers"), QStringLiteral("customers")},
        {QStringLiteral("calendar"), MainWindow::tr("Calendar"), QStringLiteral("calendar")},
        {QStringLiteral("sales"), MainWindow::tr("Sales"), QStringLiteral("sales")},
        {QStringLiteral("service"), MainWindow::tr("Service"), QStringLiteral("service")},
        {QStringLiteral("marketing"), MainWindow::tr("Marketing"), QStringLiteral("marketing")},
        {QStringLiteral("knowledge"), MainWindow::tr("Knowledge base"), QStringLiteral("knowledge")},
        {QStringLiteral("messaging"), MainWindow::tr("Mail / SMS / Fax"), QStringLiteral("messaging")},
        {QStringLiteral("reports"), MainWindow::tr("Reports"), QStringLiteral("reports")},
    };
}

// A module that is not built yet says so plainly instead of showing empty lists.
QWidget *makePlaceholderPage(const Module &module)
{
    auto *page = new QWidget;
    page->setObjectName(module.key + QStringLiteral("Placeholder"));
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/%1.svg").arg(module.icon)).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(module.name);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(MainWindow::tr("The %1 module arrives in a later release of Cordial.").arg(module.name));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A column of bounded width keeps long translations wrapping instead of clipping.
    auto *column = new QWidget;
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(title);
    columnLayout->addWidget(text);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    return page;
}

QPixmap dot(const QColor &color, int size)
{
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

MainWindow::MainWindow(Connection *connection, QWidget *parent)
    : QMainWindow(parent),
      m_connection(connection),
      m_progress(new ProgressService(this)),
      m_notifications(new notifications::NotificationCenter(connection, this))
{
    ensureResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Cordial CRM"));
    resize(1280, 800);

    createNavigation();
    createMenus();
    createStatusBar();
    createNotifications();

    connect(m_connection, &Connection::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_connection, &Connection::authenticated, this, &MainWindow::onAuthenticated);
    connect(m_connection, &Connection::pushReceived, this, [this](const QString &event, const QCborMap &) {
        if (event == kAccessChanged)
            requestAccess(true);
    });
    onStateChanged(m_connection->state());
    if (m_connection->state() == Connection::State::Authenticated)
        onAuthenticated(m_connection->user());
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); padding: 6px; outline: 0; }"
        "QListWidget#navigation::item { padding: 7px 8px; border-radius: 4px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    for (const Module &module : modules()) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(module.icon)), module.name);
        item->setData(kKeyRole, module.key);
        m_navigation->addItem(item);
        m_pages->addWidget(makePlaceholderPage(module));
        if (module.key == kCustomers)
            m_customersItem = item;
    }
    m_administrationItem = new QListWidgetItem(QIcon(QStringLiteral(":/icons/administration.svg")),
                                               tr("Administration"));
    m_administrationItem->setData(kKeyRole, kAdministration);
    m_navigation->addItem(m_administrationItem);
    m_administrationItem->setHidden(true);

    // Wide enough for the longest name in any language, never squeezed by the pages.
    int width = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        width = qMax(width, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(qMax(180, width + m_navigation->iconSize().width() + 56));

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (m_navigation->item(row) == m_administrationItem) {
            if (m_administration)
                m_pages->setCurrentWidget(m_administration);
        } else if (m_navigation->item(row) == m_customersItem && m_customers) {
            m_pages->setCurrentWidget(m_customers);
        } else {
            m_pages->setCurrentIndex(row);
        }
    });
    m_navigation->setCurrentRow(0);

    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    m_banner = new MessageBanner;
    auto *pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(8, 6, 8, 2);
    bannerRow->addWidget(m_banner);
    pageColumn->addLayout(bannerRow);
    pageColumn->addWidget(m_pages, 1);
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addLayout(pageColumn, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *logout = file->addAction(tr("&Log out"));
    logout->setObjectName(QStringLiteral("logoutAction"));
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *language = settings->addAction(tr("&Language…"));
    connect(language, &QAction::triggered, this, &MainWindow::chooseLanguage);
    QAction *password = settings->addAction(tr("Change &password…"));
    password->setObjectName(QStringLiteral("changePasswordAction"));
    connect(password, &QAction::triggered, this, &MainWindow::changePassword);
    QAction *computer = settings->addAction(tr("This &computer…"));
    computer->setObjectName(QStringLiteral("thisComputerAction"));
    connect(computer, &QAction::triggered, this, &MainWindow::showThisComputer);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Cordial"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createStatusBar()
{
    m_stateDot = new QLabel;
    m_stateDot->setObjectName(QStringLiteral("connectionDot"));
    m_stateText = new QLabel;
    m_stateText->setObjectName(QStringLiteral("connectionState"));
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));

    auto *state = new QWidget;
    auto *stateLayout = new QHBoxLayout(state);
    stateLayout->setContentsMargins(6, 0, 6, 0);
    stateLayout->setSpacing(6);
    stateLayout->addWidget(m_stateDot);
    stateLayout->addWidget(m_stateText);
    statusBar()->addWidget(state);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(new ProgressIndicator(m_progress));
}

void MainWindow::createNotifications()
{
    m_notificationButton = new notifications::NotificationButton(m_notifications);
    m_notificationButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_notificationButton, &QToolButton::clicked, this, &MainWindow::showNotifications);
    menuBar()->setCornerWidget(m_notificationButton, Qt::TopRightCorner);
    connect(m_notifications, &notifications::NotificationCenter::arrived, this,
            [this](const notifications::Notification &n) {
                statusBar()->showMessage(tr("New notification: %1").arg(n.text()), 15000);
            });
}

notifications::NotificationsDialog *MainWindow::showNotifications()
{
    if (!m_notificationsDialog) {
        m_notificationsDialog = new notifications::NotificationsDialog(m_notifications, this);
        m_notificationsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_notificationsDialog, &notifications::NotificationsDialog::openCustomerRequested, this,
                &MainWindow::openCustomer);
    }
    m_notificationsDialog->show();
    m_notificationsDialog->raise();
    m_notificationsDialog->activateWindow();
    return m_notificationsDialog;
}

void MainWindow::openCustomer(qint64 id)
{
    if (!m_customers || !showModule(kCustomers))
        return;
    if (m_customers->isReady()) {
        m_customers->openCustomer(id);
        return;
    }
    // The page was made a moment ago (just logged in): open once its catalog has come.
    auto *once = new QObject(this);
    connect(m_customers, &customers::CustomersPage::ready, once, [this, once, id] {
        once->deleteLater();
        if (m_customers)
            m_customers->openCustomer(id);
    });
    connect(m_customers, &QObject::destroyed, once, &QObject::deleteLater);
}

void MainWindow::onStateChanged(Connection::State state)
{
    QColor color;
    QString text;
    switch (state) {
    case Connection::State::Authenticated:
    case Connection::State::Ready:
        color = QColor(0x2e, 0xa0, 0x43);
        text = tr("Connected");
        break;
    case Connection::State::Reconnecting:
        color = QColor(0xe0, 0x9b, 0x16);
        text = tr("Reconnecting…");
        break;
    case Connection::State::Connecting:
    case Connection::State::Greeting:
    case Connection::State::AwaitingTrust:
        color = QColor(0xe0, 0x9b, 0x16);
        text = tr("Connecting…");
        break;
    case Connection::State::Disconnected:
        color = QColor(0xc0, 0x1c, 0x28);
        text = tr("Offline");
        break;
    }
    m_stateDot->setPixmap(dot(color, m_stateText->fontMetrics().height() * 2 / 3));
    m_stateText->setText(text);
    m_stateText->setToolTip(m_connection->server().toString());
    if (state != Connection::State::Authenticated && state != Connection::State::Reconnecting) {
        m_userLabel->clear();
        m_banner->hide(); // said to the person who was logged in
        // Logged out (or never in): the next login shows the birthdays again.
        if (state != Connection::State::Connecting && state != Connection::State::Greeting)
            m_birthdaysShown = false;
    }
}

void MainWindow::onAuthenticated(const QCborMap &user)
{
    showUser(user);
    // Also after a resume: what the user may do can have changed while the link was down.
    requestAccess(false);
}

void MainWindow::showUser(const QCborMap &user)
{
    const QString name = user.value(QStringLiteral("display_name")).toString();
    const QString role = user.value(QStringLiteral("role")).toString();
    const QString shownName = name.isEmpty() ? user.value(QStringLiteral("login")).toString() : name;
    const QString roleName = admin::AdminText::roleName(role);
    // The first administrator is often named after the role ("系统管理员 · 系统管理员").
    m_userLabel->setText(shownName == roleName ? shownName : tr("%1 · %2").arg(shownName, roleName));
}

void MainWindow::requestAccess(bool announce)
{
    if (m_accessInFlight) {
        // The answer on its way may predate the change: ask once more after it.
        m_accessAgain = true;
        m_announceAgain = m_announceAgain || announce;
        return;
    }
    m_accessInFlight = true;
    m_connection->request(QStringLiteral("auth.whoami"), {},
                          [this, self = QPointer(this), announce](const protocol::Reply &reply) {
                              if (!self)
                                  return;
                              m_accessInFlight = false;
                              if (m_accessAgain) {
                                  const bool again = m_announceAgain || announce;
                                  m_accessAgain = false;
                                  m_announceAgain = false;
                                  requestAccess(again);
                                  return;
                              }
                              // A session that ended meanwhile brings the login dialog
                              // back (Connection::sessionLost); nothing to show here.
                              if (!reply.ok) {
                                  if (announce && reply.error.code != protocol::ErrorCode::Unauthenticated)
                                      m_banner->showError(
                                          tr("An administrator changed what you may do, but Cordial could not "
                                             "read your new permissions: %1. Log out and in again to see them.")
                                              .arg(admin::AdminText::errorMessage(reply.error)));
                                  return;
                              }
                              applyAccess(reply.result.toMap(), announce);
                          });
}

void MainWindow::applyAccess(const QCborMap &whoami, bool announce)
{
    const QCborMap user = whoami.value(QStringLiteral("user")).toMap();
    showUser(user);
    QStringList rights;
    for (const QCborValue &r : whoami.value(QStringLiteral("rights")).toArray())
        rights.append(r.toString());
    QStringList shownBefore;
    for (QListWidgetItem *item : {m_customersItem, m_administrationItem})
        if (!item->isHidden())
            shownBefore.append(item->text());
    applyRights(rights, user.value(QStringLiteral("id")).toInteger(-1), whoami);
    if (!announce)
        return;
    QStringList gone;
    for (QListWidgetItem *item : {m_customersItem, m_administrationItem})
        if (item->isHidden() && shownBefore.contains(item->text()))
            gone.append(item->text());
    if (gone.isEmpty())
        m_banner->showInfo(tr("An administrator changed what you may do. Cordial now shows the modules and "
                              "actions your new permissions allow; no need to log in again."));
    else
        m_banner->showInfo(tr("An administrator changed what you may do: %1 is no longer available to you. "
                              "Cordial now shows what your new permissions allow.")
                               .arg(QLocale().createSeparatedList(gone)));
}

void MainWindow::applyRights(const QStringList &rights, qint64 userId, const QCborMap &whoami)
{
    const bool customers = rights.contains(domain::rights::kCustomersRead);
    if (m_customers && (!customers || userId != m_customersUser)) {
        m_pages->removeWidget(m_customers);
        delete m_customers;
        m_birthdaysShown = false;
    } else if (m_customers) {
        m_customers->applyAccess(whoami);
    }
    if (customers && !m_customers) {
        m_customers = new customers::CustomersPage(m_connection);
        m_customersUser = userId;
        m_pages->addWidget(m_customers);
    }
    m_customersItem->setHidden(!customers);
    if (m_navigation->currentItem() == m_customersItem) {
        if (m_customers)
            m_pages->setCurrentWidget(m_customers);
        else
            m_navigation->setCurrentRow(m_navigation->row(m_customersItem) + 1);
    }
    if (customers && !m_birthdaysShown) {
        m_birthdaysShown = true;
        customers::BirthdayDialog::showUpcoming(m_connection, rights, this);
    }

    const bool administration = rights.contains(domain::rights::kUsersRead) || rights.contains(domain::rights::kAuditRead);
    if (m_administration && (!administration || userId != m_administrationUser)) {
        // Another person logged in: their rights and data scope differ, start afresh.
        m_pages->removeWidget(m_administration);
        delete m_administration;
    } else if (m_administration) {
        m_administration->applyAccess(whoami);
    }
    if (administration && !m_administration) {
        m_administration = new AdministrationPage(m_connection);
        m_administrationUser = userId;
        connect(m_administration, &AdministrationPage::customFieldsChanged, this, [this] {
            if (m_customers)
                m_customers->reloadCatalog();
        });
        m_pages->addWidget(m_administration);
    }
    m_administrationItem->setHidden(!administration);
    if (m_navigation->currentItem() == m_administrationItem) {
        if (administration)
            m_pages->setCurrentWidget(m_administration);
        else
            m_navigation->setCurrentRow(0);
    }
}

AdministrationPage *MainWindow::administrationPage() const
{
    return m_administration;
}

customers::CustomersPage *MainWindow::customersPage() const
{
    return m_customers;
}

bool MainWindow::showModule(const QString &key)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        if (item->data(kKeyRole).toString() == key && !item->isHidden()) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentModule() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(kKeyRole).toString() : QString();
}

void MainWindow::changePassword()
{
    auto *dialog = new ChangePasswordDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Your password has been changed."), 10000); });
    dialog->open();
}

void MainWindow::chooseLanguage()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showThisComputer()
{
    auto *dialog = new ThisComputerDialog(m_connection->machineKey(), m_connection->machineName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Cordial CRM"),
                       tr("<h3>Cordial CRM %1</h3>"
                          "<p>Customer relationship management for the office staff of one company.</p>"
                          "<p>Connected to: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                m_connection->server().host.isEmpty() ? tr("no server")
                                                                      : m_connection->server().toString().toHtmlEscaped()));
}

} // namespace cordial::client
