#include "admin/DepartmentsPage.h"

#include "admin/AdminText.h"
#include "admin/MessageBanner.h"
#include "admin/RoleList.h"
#include "app/Feedback.h"
#include "net/Connection.h"

#include <QAction>
#include <QCborArray>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cordial::client {

using admin::AdminText;
using admin::Department;

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kMinNameColumnWidth = 320;

// Asks for a department name and stays open, with the name as typed, until the
// server accepts it; the server's complaint shows under the field.
class DepartmentNameDialog : public QDialog
{
    // Without Q_OBJECT, tr() would be QDialog's and look its texts up in the "QDialog" context.
    Q_DECLARE_TR_FUNCTIONS(DepartmentNameDialog)
public:
    DepartmentNameDialog(const QString &title, const QString &prompt, const QString &name, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("departmentNameDialog"));
        setWindowTitle(title);
        setMinimumWidth(360);
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(prompt);
        label->setTextFormat(Qt::PlainText); // it names a department
        label->setWordWrap(true);
        layout->addWidget(label);
        m_name = new QLineEdit(name);
        m_name->setObjectName(QStringLiteral("name"));
        m_name->setMaxLength(100);
        m_name->selectAll();
        label->setBuddy(m_name);
        layout->addWidget(m_name);
        m_error = feedback::errorLabel(QStringLiteral("name_error"));
        layout->addWidget(m_error);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &DepartmentNameDialog::submit);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_name, &QLineEdit::textEdited, this, [this] { showError({}); });
    }

    std::function<void(const QString &)> onSubmit;

    void submit()
    {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty()) {
            showError(tr("Enter a department name."));
            return;
        }
        setBusy(true);
        onSubmit(name);
    }

    void setBusy(bool busy)
    {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
        if (busy)
            setCursor(Qt::BusyCursor);
        else
            unsetCursor();
    }

    void showError(const QString &message)
    {
        setBusy(false);
        m_error->setText(message);
        m_error->setVisible(!message.isEmpty());
        if (!message.isEmpty())
            m_name->setFocus();
    }

private:
    QLineEdit *m_name;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

// The roles everyone in a department (and in those below it) holds; stays open with
// the server's complaint until it agrees.
class DepartmentRolesDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentRolesDialog)
public:
    DepartmentRolesDialog(Connection *connection, const Department &department, QWidget *parent)
        : QDialog(parent), m_connection(connection), m_department(department)
    {
        setObjectName(QStringLiteral("departmentRolesDialog"));
        setWindowTitle(tr("Roles of %1").arg(department.name));
        setMinimumWidth(420);
        auto *layout = new QVBoxLayout(this);
        auto *intro = new QLabel(tr("Everyone in \"%1\" and in the departments below it holds these roles, besides "
                                    "their own:")
                                     .arg(department.name));
        intro->setTextFormat(Qt::PlainText);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_roles = new admin::RoleChecklist;
        m_roles->setObjectName(QStringLiteral("roles"));
        m_roles->setChecked(department.roles);
        m_roles->setMinimumHeight(m_roles->fontMetrics().height() * 8);
        intro->setBuddy(m_roles);
        layout->addWidget(m_roles, 1);
        m_error = feedback::errorLabel(QStringLiteral("roles_error"));
        layout->addWidget(m_error);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // until the roles are listed
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &DepartmentRolesDialog::submit);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_roles, &admin::RoleChecklist::checkedChanged, m_error, &QWidget::hide);

        m_connection->request(QStringLiteral("roles.list"), {}, [self = QPointer(this)](const protocol::Reply &reply) {
            if (!self)
                return;
            if (!reply.ok) {
                self->showError(AdminText::errorMessage(reply.error));
                return;
            }
            self->m_roles->setRoles(admin::parseRoles(reply.result));
            self->m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        });
    }

private:
    void showError(const QString &message)
    {
        unsetCursor();
        m_error->setText(message);
        m_error->setVisible(!message.isEmpty());
    }

    void submit()
    {
        const QStringList roles = m_roles->checked();
        if (QSet<QString>(roles.begin(), roles.end()) == QSet<QString>(m_department.roles.begin(), m_department.roles.end())) {
            accept();
            return;
        }
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        setCursor(Qt::BusyCursor);
        m_connection->request(QStringLiteral("departments.update"),
                              {{QStringLiteral("id"), m_department.id}, {QStringLiteral("roles"), QCborArray::fromStringList(roles)}},
                              [self = QPointer(this)](const protocol::Reply &reply) {
            if (!self)
                return;
            self->m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            if (reply.ok)
                self->accept();
            else
                self->showError(AdminText::fieldErrorMessage(reply.error));
        });
    }

    Connection *m_connection;
    Department m_department;
    admin::RoleChecklist *m_roles;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace

DepartmentsPage::DepartmentsPage(Connection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = toolbar->addAction(tr("New sub-department"), this, &DepartmentsPage::addDepartment);
    m_add->setObjectName(QStringLiteral("addDepartment"));
    m_add->setShortcut(QKeySequence::New);
    m_rename = toolbar->addAction(tr("Rename"), this, &DepartmentsPage::renameDepartment);
    m_rename->setObjectName(QStringLiteral("renameDepartment"));
    m_rename->setShortcut(Qt::Key_F2);
    m_move = toolbar->addAction(tr("Move to…"), this, &DepartmentsPage::moveDepartment);
    m_move->setObjectName(QStringLiteral("moveDepartment"));
    m_roles = toolbar->addAction(tr("Roles…"), this, &DepartmentsPage::editRoles);
    m_roles->setObjectName(QStringLiteral("departmentRoles"));
    m_roles->setToolTip(tr("Give roles to everyone in the selected department and the departments below it"));
    m_delete = toolbar->addAction(tr("Delete"), this, &DepartmentsPage::deleteDepartment);
    m_delete->setObjectName(QStringLiteral("deleteDepartment"));
    m_delete->setShortcut(QKeySequence::Delete);
    toolbar->addSeparator();
    m_refresh = toolbar->addAction(tr("Refresh"), this, &DepartmentsPage::refresh);
    m_refresh->setObjectName(QStringLiteral("refreshDepartments"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    for (QAction *action : {m_add, m_rename, m_move, m_roles, m_delete, m_refresh})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    layout->addWidget(toolbar);

    m_banner = new MessageBanner;
    layout->addWidget(m_banner);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("departmentTree"));
    m_tree->setHeaderLabels({tr("Department"),
                             //: Column header: how many users the department has.
                             tr("Users"),
                             //: Column header: the roles everyone in the department holds.
                             tr("Roles")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    // The count stays next to the name and the roles, the last column, take the rest of the
    // width; rebuildTree() widens the name column for long or deeply nested names.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->resizeSection(0, kMinNameColumnWidth);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_add, m_rename, m_move, m_roles, m_delete});
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DepartmentsPage::updateActions);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_canManage)
            renameDepartment();
    });
    layout->addWidget(m_tree, 1);

    setCanManage(false);
    refresh();
}

void DepartmentsPage::setCanManage(bool canManage)
{
    m_canManage = canManage;
    for (QAction *action : {m_add, m_rename, m_move, m_roles, m_delete})
        action->setVisible(canManage);
    updateActions();
}

void DepartmentsPage::refresh()
{
    if (m_pendingList)
        m_connection->cancel(m_pendingList);
    m_loading = true;
    updateActions();
    QPointer<DepartmentsPage> self(this);
    m_pendingList = m_connection->request(QStringLiteral("departments.list"), {},
                                          [this, self](const protocol::Reply &reply) {
        if (!self)
            return;
        m_pendingList = 0;
        m_loading = false;
        if (!reply.ok) {
            m_banner->showError(tr("Could not load the departments: %1").arg(AdminText::errorMessage(reply.error)));
            updateActions();
            return;
        }
        m_departments = admin::parseDepartments(reply.result);
        rebuildTree();
        updateActions();
        Q_EMIT refreshed();
    });
}

void DepartmentsPage::rebuildTree()
{
    const qint64 selected = selectedId();
    // Keep what the person had collapsed collapsed; everything new starts expanded.
    QSet<qint64> collapsed;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (!(*it)->isExpanded() && (*it)->childCount() > 0)
            collapsed.insert((*it)->data(0, kIdRole).toLongLong());

    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Department &d : admin::treeOrder(m_departments)) {
        QTreeWidgetItem *parent = items.value(d.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, d.name);
        item->setText(1, QLocale().toString(d.userCount));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QStringList roles;
        for (const QString &role : d.roles)
            roles.append(AdminText::roleName(role));
        item->setText(2, roles.join(tr(", ")));
        item->setData(0, kIdRole, d.id);
        items.insert(d.id, item);
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        it.value()->setExpanded(!collapsed.contains(it.key()));
    m_tree->resizeColumnToContents(0);
    if (m_tree->columnWidth(0) < kMinNameColumnWidth)
        m_tree->setColumnWidth(0, kMinNameColumnWidth);
    if (selected)
        selectDepartment(selected);
}

qint64 DepartmentsPage::selectedId() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, kIdRole).toLongLong();
}

void DepartmentsPage::selectDepartment(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
    }
}

Department DepartmentsPage::department(qint64 id) const
{
    for (const Department &d : m_departments)
        if (d.id == id)
            return d;
    return {};
}

void DepartmentsPage::updateActions()
{
    const bool selected = selectedId() != 0;
    m_add->setText(selected ? tr("New sub-department") : tr("New department"));
    m_add->setEnabled(m_canManage && !m_loading);
    m_rename->setEnabled(m_canManage && selected);
    m_move->setEnabled(m_canManage && selected);
    m_roles->setEnabled(m_canManage && selected);
    m_delete->setEnabled(m_canManage && selected);
    m_refresh->setEnabled(!m_loading);
}

void DepartmentsPage::afterChange(qint64 selectId)
{
    Q_EMIT departmentsChanged();
    if (selectId) {
        // Select it once the new list is in.
        auto *once = new QObject(this);
        connect(this, &DepartmentsPage::refreshed, once, [this, selectId, once] {
            selectDepartment(selectId);
            once->deleteLater();
        });
    }
    refresh();
}

void DepartmentsPage::addDepartment()
{
    const Department parent = department(selectedId());
    const QString prompt = parent.id ? tr("Name of the new sub-department of \"%1\":").arg(parent.name)
                                     : tr("Name of the new department:");
    auto *dialog = new DepartmentNameDialog(tr("New department"), prompt, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<DepartmentNameDialog> guard(dialog);
    dialog->onSubmit = [this, guard, parentId = parent.id](const QString &name) {
        QCborMap args{{QStringLiteral("name"), name}};
        if (parentId)
            args.insert(QStringLiteral("parent_id"), parentId);
        m_connection->request(QStringLiteral("departments.create"), args,
                              [this, guard](const protocol::Reply &reply) {
            if (!guard)
                return;
            if (!reply.ok) {
                guard->showError(AdminText::fieldErrorMessage(reply.error));
                return;
            }
            guard->accept();
            afterChange(reply.result.toMap().value(QStringLiteral("id")).toInteger());
        });
    };
    dialog->open();
}

void DepartmentsPage::renameDepartment()
{
    const Department current = department(selectedId());
    if (!current.id)
        return;
    auto *dialog = new DepartmentNameDialog(tr("Rename department"), tr("New name for \"%1\":").arg(current.name),
                                            current.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<DepartmentNameDialog> guard(dialog);
    dialog->onSubmit = [this, guard, current](const QString &name) {
        if (name == current.name) {
            guard->accept();
            return;
        }
        m_connection->request(QStringLiteral("departments.update"),
                              {{QStringLiteral("id"), current.id}, {QStringLiteral("name"), name}},
                              [this, guard, id = current.id](const protocol::Reply &reply) {
            if (!guard)
                return;
            if (!reply.ok) {
                guard->showError(AdminText::fieldErrorMessage(reply.error));
                return;
            }
            guard->accept();
            afterChange(id);
        });
    };
    dialog->open();
}

void DepartmentsPage::moveDepartment()
{
    const Department current = department(selectedId());
    if (!current.id)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("moveDepartmentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Move department"));
    dialog->resize(380, 420);
    auto *layout = new QVBoxLayout(dialog);
    auto *prompt = new QLabel(tr("Move \"%1\" to:").arg(current.name));
    prompt->setTextFormat(Qt::PlainText);
    layout->addWidget(prompt);
    auto *tree = new QTreeWidget;
    tree->setHeaderHidden(true);
    layout->addWidget(tree, 1);
    auto *top = new QTreeWidgetItem(tree, {tr("(Top level)")});
    top->setData(0, kIdRole, 0);
    // A department cannot move below itself; the server would refuse it anyway.
    const QList<qint64> excluded = admin::subtreeIds(m_departments, current.id);
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Department &d : admin::treeOrder(m_departments)) {
        if (excluded.contains(d.id))
            continue;
        auto *item = new QTreeWidgetItem(items.value(d.parentId, top), {d.name});
        item->setData(0, kIdRole, d.id);
        items.insert(d.id, item);
        if (d.id == current.parentId)
            tree->setCurrentItem(item);
    }
    if (!current.parentId)
        tree->setCurrentItem(top);
    tree->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(tree, &QTreeWidget::itemDoubleClicked, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, tree, current] {
        if (!tree->currentItem())
            return;
        const qint64 parentId = tree->currentItem()->data(0, kIdRole).toLongLong();
        if (parentId == current.parentId)
            return;
        const QCborValue parent = parentId ? QCborValue(parentId) : QCborValue(QCborValue::Null);
        m_connection->request(QStringLiteral("departments.update"),
                              {{QStringLiteral("id"), current.id}, {QStringLiteral("parent_id"), parent}},
                              [this, self = QPointer(this), current](const protocol::Reply &reply) {
            if (!self)
                return;
            if (!reply.ok) {
                m_banner->showError(tr("Could not move the department \"%1\": %2")
                                        .arg(current.name, AdminText::errorMessage(reply.error)));
                return;
            }
            afterChange(current.id);
        });
    });
    dialog->open();
}

void DepartmentsPage::editRoles()
{
    const Department current = department(selectedId());
    if (!current.id)
        return;
    auto *dialog = new DepartmentRolesDialog(m_connection, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = current.id] { afterChange(id); });
    dialog->open();
}

void DepartmentsPage::deleteDepartment()
{
    const Department current = department(selectedId());
    if (!current.id)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete department"),
                                tr("Delete the department \"%1\"?").arg(current.name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("deleteDepartmentConfirm"));
    box->setInformativeText(tr("Only a department without users and sub-departments can be deleted."));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->button(QMessageBox::No)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, current](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        m_connection->request(QStringLiteral("departments.delete"), {{QStringLiteral("id"), current.id}},
                              [this, self = QPointer(this), current](const protocol::Reply &reply) {
            if (!self)
                return;
            if (reply.ok) {
                m_banner->showInfo(tr("The department \"%1\" has been deleted.").arg(current.name));
                afterChange(0);
                return;
            }
            if (reply.error.code == protocol::ErrorCode::Conflict) {
                m_banner->showError(tr("The department \"%1\" cannot be deleted: it still has users or "
                                       "sub-departments. Move its users to other departments and move or "
                                       "delete its sub-departments first.")
                                        .arg(current.name));
            } else {
                m_banner->showError(tr("Could not delete the department \"%1\": %2")
                                        .arg(current.name, AdminText::errorMessage(reply.error)));
            }
            refresh(); // the counts may have changed meanwhile
        });
    });
    box->open();
}

} // namespace cordial::client
