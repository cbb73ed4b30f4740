#include "admin/UsersPage.h"

#include "admin/AccessDialog.h"
#include "admin/AdminText.h"
#include "admin/Departments.h"
#include "admin/DisableUserDialog.h"
#include "admin/ListTools.h"
#include "admin/MessageBanner.h"
#include "admin/PagedListModel.h"
#include "admin/UserEditorDialog.h"
#include "app/Feedback.h"
#include "net/Connection.h"

#include <QAction>
#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cordial::client {

using admin::AdminText;

namespace {

constexpr int kSearchDelayMs = 250;

QList<PagedListModel::Column> userColumns()
{
    auto text = [](const char *key) {
        return [key = QString::fromLatin1(key)](const QCborMap &row, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return row.value(key).toString();
            if (role == Qt::ForegroundRole && row.value(QStringLiteral("disabled")).toBool())
                return QColor(Qt::gray);
            return {};
        };
    };
    auto grey = text("login"); // for the colour of computed columns
    return {
        {UsersPage::tr("Login"), text("login")},
        {UsersPage::tr("Name"), text("display_name")},
        {UsersPage::tr("Role"),
         [grey](const QCborMap &row, int role) -> QVariant {
             if (role == Qt::DisplayRole) {
                 // The primary role first, then the extra ones.
                 QStringList names{AdminText::roleName(row.value(QStringLiteral("role")).toString())};
                 for (const QCborValue &extra : row.value(QStringLiteral("roles")).toArray())
                     names.append(AdminText::roleName(extra.toString()));
                 return names.join(UsersPage::tr(", "));
             }
             return grey(row, role);
         }},
        {UsersPage::tr("Department"), text("department_name")},
        {UsersPage::tr("Job title"), text("title")},
        {UsersPage::tr("Email"), text("email")},
        {UsersPage::tr("Mobile"), text("mobile")},
        {UsersPage::tr("Status"),
         [grey](const QCborMap &row, int role) -> QVariant {
             const bool disabled = row.value(QStringLiteral("disabled")).toBool();
             if (role == Qt::DisplayRole)
                 return disabled ? UsersPage::tr("Disabled") : UsersPage::tr("Active");
             return grey(row, role);
         }},
    };
}

// Sets a new password for a user; stays open with the server's complaint until it is accepted.
class ResetPasswordDialog : public QDialog
{
    // Without Q_OBJECT, tr() would be QDialog's and look its texts up in the "QDialog" context.
    Q_DECLARE_TR_FUNCTIONS(ResetPasswordDialog)
public:
    ResetPasswordDialog(Connection *connection, const QCborMap &user, QWidget *parent)
        : QDialog(parent), m_connection(connection), m_userId(user.value(QStringLiteral("id")).toInteger())
    {
        setObjectName(QStringLiteral("resetPasswordDialog"));
        setWindowTitle(tr("Reset password"));
        setMinimumWidth(380);
        auto *layout = new QVBoxLayout(this);
        auto *intro = new QLabel(tr("Set a temporary password for \"%1\" (%2) and tell it to them. At the next "
                                    "login they must choose their own. The sessions in which this user is "
                                    "logged in will be ended.")
                                     .arg(user.value(QStringLiteral("display_name")).toString(),
                                          user.value(QStringLiteral("login")).toString()));
        intro->setTextFormat(Qt::PlainText); // names the user
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto *form = new QFormLayout;
        m_password = new QLineEdit;
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm = new QLineEdit;
        m_confirm->setObjectName(QStringLiteral("password_confirm"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("New &password:"), m_password);
        form->addRow(tr("&Confirm password:"), m_confirm);
        layout->addLayout(form);
        m_error = feedback::errorLabel(QStringLiteral("password_error"));
        layout->addWidget(m_error);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset password"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::submit);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

private:
    void showError(const QString &message)
    {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        unsetCursor();
        m_error->setText(message);
        m_error->setVisible(!message.isEmpty());
        m_password->setFocus();
    }

    void submit()
    {
        if (m_password->text().isEmpty())
            return showError(tr("Enter a new password."));
        if (m_password->text() != m_confirm->text())
            return showError(tr("The two passwords differ. Type the same password twice."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        setCursor(Qt::BusyCursor);
        m_connection->request(QStringLiteral("users.reset_password"),
                              {{QStringLiteral("id"), m_userId}, {QStringLiteral("password"), m_password->text()}},
                              [self = QPointer(this)](const protocol::Reply &reply) {
            if (!self)
                return;
            if (reply.ok)
                self->accept();
            else
                self->showError(AdminText::fieldErrorMessage(reply.error));
        });
    }

    Connection *m_connection;
    qint64 m_userId;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace

UsersPage::UsersPage(Connection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    m_model = new PagedListModel(connection, QStringLiteral("users.list"), userColumns(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PagedListModel::kSortRole);
    m_proxy->setSortLocaleAware(true);

    auto *layout = new QVBoxLayout(this);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = toolbar->addAction(tr("New user"), this, &UsersPage::newUser);
    m_new->setObjectName(QStringLiteral("newUser"));
    m_new->setShortcut(QKeySequence::New);
    m_edit = toolbar->addAction(tr("Edit"), this, &UsersPage::editUser);
    m_edit->setObjectName(QStringLiteral("editUser"));
    m_disable = toolbar->addAction(tr("Disable"), this, &UsersPage::toggleDisabled);
    m_disable->setObjectName(QStringLiteral("toggleUserDisabled"));
    m_resetPassword = toolbar->addAction(tr("Reset password"), this, &UsersPage::resetPassword);
    m_resetPassword->setObjectName(QStringLiteral("resetPassword"));
    m_access = toolbar->addAction(tr("Why can this user…?"), this, &UsersPage::explainAccess);
    m_access->setObjectName(QStringLiteral("userAccess"));
    m_access->setToolTip(tr("Show what the selected user may do in each module and which roles grant it"));
    toolbar->addSeparator();
    m_refresh = toolbar->addAction(tr("Refresh"), this, &UsersPage::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_export = toolbar->addAction(tr("Export…"), this, [this] {
        //: The suggested name of the exported file.
        const QString error = admin::exportShownRows(m_table, tr("Users"));
        if (!error.isEmpty())
            m_banner->showError(error);
    });
    for (QAction *action : {m_new, m_edit, m_disable, m_resetPassword, m_access, m_refresh, m_export})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    layout->addWidget(toolbar);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search by login or name…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    filters->addWidget(m_search, 2);
    auto *departmentLabel = new QLabel(tr("&Department:"));
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("userDepartmentFilter"));
    m_department->setMinimumContentsLength(12);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->addItem(tr("All departments"));
    departmentLabel->setBuddy(m_department);
    filters->addWidget(departmentLabel);
    filters->addWidget(m_department, 1);
    m_showDisabled = new QCheckBox(tr("S&how disabled users"));
    m_showDisabled->setObjectName(QStringLiteral("showDisabled"));
    filters->addWidget(m_showDisabled);
    filters->addStretch();
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("userCount"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_banner = new MessageBanner;
    layout->addWidget(m_banner);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    const QList<int> widths{120, 120, 100, 140, 110, 200, 130, 70};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths[c]);
    admin::installColumnChooser(m_table);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_edit, m_disable, m_resetPassword, m_access});
    layout->addWidget(m_table, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &UsersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::applyFilter);
    connect(m_department, &QComboBox::activated, this, &UsersPage::applyFilter);
    connect(m_showDisabled, &QCheckBox::toggled, this, &UsersPage::applyFilter);

    connect(m_model, &PagedListModel::loadingChanged, this, &UsersPage::updateCount);
    connect(m_model, &PagedListModel::modelReset, this, &UsersPage::updateCount);
    connect(m_model, &PagedListModel::loadFailed, this, [this](const protocol::Error &error) {
        m_banner->showError(tr("Could not load the user list: %1").arg(AdminText::errorMessage(error)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_canManage)
            editUser();
    });
    // Enter opens the selected user, as a double click does.
    auto *open = new QAction(this);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, [this] {
        if (m_canManage)
            editUser();
    });
    m_table->addAction(open);

    setCanManage(false);
    reloadDepartments();
    applyFilter();
}

void UsersPage::setCanManage(bool canManage)
{
    m_canManage = canManage;
    for (QAction *action : {m_new, m_edit, m_disable, m_resetPassword})
        action->setVisible(canManage);
    updateActions();
}

void UsersPage::refresh()
{
    reloadDepartments();
    m_model->reload();
}

void UsersPage::reloadDepartments()
{
    if (m_pendingDepartments)
        m_connection->cancel(m_pendingDepartments);
    m_pendingDepartments = m_connection->request(
        QStringLiteral("departments.list"), {}, [this, self = QPointer(this)](const protocol::Reply &reply) {
            if (!self)
                return;
            m_pendingDepartments = 0;
            if (!reply.ok)
                return; // the list itself reports what is wrong; the filter just stays as it was
            const QVariant current = m_department->currentData();
            m_department->clear();
            m_department->addItem(tr("All departments"));
            for (const admin::Department &d : admin::treeOrder(admin::parseDepartments(reply.result)))
                m_department->addItem(QString(d.depth * 2, QChar(0x3000)) + d.name, d.id);
            m_department->setCurrentIndex(qMax(0, m_department->findData(current)));
        });
}

void UsersPage::applyFilter()
{
    m_debounce->stop();
    QCborMap args;
    const QString query = m_search->text().trimmed();
    if (!query.isEmpty())
        args.insert(QStringLiteral("query"), query);
    if (!m_department->currentData().isNull())
        args.insert(QStringLiteral("department_id"), m_department->currentData().toLongLong());
    if (m_showDisabled->isChecked())
        args.insert(QStringLiteral("include_disabled"), true);
    // setArgs cancels the request of the previous filter, so a slow old reply
    // never overwrites the new list.
    m_model->setArgs(args);
}

void UsersPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->total();
    if (m_model->isLoading() && shown == 0)
        m_count->setText(tr("Loading…"));
    else if (total >= 0 && total > shown)
        m_count->setText(tr("Showing %1 of %Ln user(s)", nullptr, total).arg(QLocale().toString(shown)));
    else
        m_count->setText(tr("%Ln user(s)", nullptr, total >= 0 ? total : shown));
}

QCborMap UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->record(m_proxy->mapToSource(rows.first()).row());
}

void UsersPage::updateActions()
{
    const QCborMap user = selectedUser();
    const bool selected = !user.isEmpty();
    const bool disabled = user.value(QStringLiteral("disabled")).toBool();
    m_new->setEnabled(m_canManage);
    m_edit->setEnabled(m_canManage && selected);
    m_disable->setEnabled(m_canManage && selected);
    m_disable->setText(disabled ? tr("Enable") : tr("Disable"));
    m_resetPassword->setEnabled(m_canManage && selected && !disabled);
    m_access->setEnabled(selected);
}

admin::AccessDialog *UsersPage::explainAccess()
{
    const QCborMap user = selectedUser();
    if (user.isEmpty())
        return nullptr;
    auto *dialog = new admin::AccessDialog(m_connection, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void UsersPage::newUser()
{
    auto *dialog = new UserEditorDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserEditorDialog::saved, this, [this](qint64) {
        m_banner->showInfo(tr("The user has been created."));
        m_model->reload();
    });
    dialog->open();
}

void UsersPage::editUser()
{
    const QCborMap user = selectedUser();
    if (user.isEmpty())
        return;
    auto *dialog = new UserEditorDialog(m_connection, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserEditorDialog::saved, this, &UsersPage::reloadUser);
    dialog->open();
}

void UsersPage::reloadUser(qint64 id)
{
    m_connection->request(QStringLiteral("users.get"), {{QStringLiteral("id"), id}},
                          [this, self = QPointer(this)](const protocol::Reply &reply) {
        if (self && reply.ok)
            m_model->updateRecord(reply.result.toMap());
    });
}

void UsersPage::toggleDisabled()
{
    const QCborMap user = selectedUser();
    if (user.isEmpty())
        return;
    const qint64 id = user.value(QStringLiteral("id")).toInteger();
    const QString name = user.value(QStringLiteral("display_name")).toString();
    const bool enable = user.value(QStringLiteral("disabled")).toBool();
    if (!enable) {
        // A personnel change: the dialog chooses the successor and sends users.disable.
        auto *dialog = new DisableUserDialog(m_connection, user, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DisableUserDialog::disabled, this,
                [this, id, name](int handedOver, const QString &successor, int accessHandedOver) {
            QString text = handedOver == 0
                               ? tr("The user \"%1\" has been disabled.").arg(name)
                               : tr("The user \"%1\" has been disabled; %n customer(s) passed to %2.", nullptr, handedOver)
                                     .arg(name, successor);
            if (accessHandedOver > 0)
                text += QLatin1Char(' ')
                        + tr("Where %n customer(s) listed them as reader or editor, %1 is listed instead.", nullptr,
                             accessHandedOver)
                              .arg(successor);
            m_banner->showInfo(text);
            reloadUser(id);
        });
        dialog->open();
        return;
    }
    m_connection->request(QStringLiteral("users.enable"), {{QStringLiteral("id"), id}},
                          [this, self = QPointer(this), id, name](const protocol::Reply &reply) {
        if (!self)
            return;
        if (!reply.ok) {
            m_banner->showError(
                tr("Could not enable the user \"%1\": %2").arg(name, AdminText::errorMessage(reply.error)));
            return;
        }
        m_banner->showInfo(tr("The user \"%1\" has been enabled.").arg(name));
        reloadUser(id);
    });
}

void UsersPage::resetPassword()
{
    const QCborMap user = selectedUser();
    if (user.isEmpty())
        return;
    auto *dialog = new ResetPasswordDialog(m_connection, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = user.value(QStringLiteral("display_name")).toString();
    connect(dialog, &QDialog::accepted, this, [this, name] {
        m_banner->showInfo(tr("The password of \"%1\" has been reset. They will choose their own at the next "
                              "login.")
                               .arg(name));
    });
    dialog->open();
}

} // namespace cordial::client
