#include "admin/UserEditorDialog.h"

#include "admin/AccessDialog.h"
#include "admin/AdminText.h"
#include "admin/Departments.h"
#include "admin/RoleList.h"
#include "app/Feedback.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

namespace cordial::client {

using admin::AdminText;

namespace {

const QString kLogin = QStringLiteral("login");
const QString kDisplayName = QStringLiteral("display_name");
const QString kRole = QStringLiteral("role");
const QString kRoles = QStringLiteral("roles");
const QString kDepartment = QStringLiteral("department_id");
const QString kEmail = QStringLiteral("email");
const QString kMobile = QStringLiteral("mobile");
const QString kTitle = QStringLiteral("title");
const QString kMachinesOnly = QStringLiteral("registered_machines_only");
const QString kPassword = QStringLiteral("password");
const QString kConfirm = QStringLiteral("password_confirm"); // client-side only

} // namespace

UserEditorDialog::UserEditorDialog(Connection *connection, QWidget *parent)
    : QDialog(parent), m_connection(connection)
{
    build();
    loadChoices();
}

UserEditorDialog::UserEditorDialog(Connection *connection, const QCborMap &user, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_original(user)
{
    m_userId = user.value(QStringLiteral("id")).toInteger();
    build();
    loadChoices();
}

UserEditorDialog::~UserEditorDialog()
{
    // Replies that arrive after the dialog is gone must not touch it.
    if (m_pendingSave)
        m_connection->cancel(m_pendingSave);
    for (quint64 id : std::as_const(m_pendingLoads))
        m_connection->cancel(id);
}

void UserEditorDialog::build()
{
    setWindowTitle(isCreating() ? tr("New user") : tr("Edit user"));
    setMinimumWidth(460);

    auto *layout = new QVBoxLayout(this);
    m_generalError = feedback::errorLabel(QStringLiteral("general_error"));
    m_generalError->hide();
    m_generalError->setStyleSheet(feedback::errorBoxStyle());
    layout->addWidget(m_generalError);

    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(form);

    // Each field has a row for its complaint right under it, shown only when there is one.
    auto addField = [&](const QString &field, const QString &label, QWidget *editor) {
        editor->setObjectName(field);
        editor->setSizePolicy(QSizePolicy::Expanding, editor->sizePolicy().verticalPolicy());
        form->addRow(label, editor);
        QLabel *error = feedback::errorLabel(field + QStringLiteral("_error"));
        form->addRow(QString(), error);
        form->setRowVisible(error, false);
        m_errorLabels.insert(field, error);
        m_fieldWidgets.insert(field, editor);
    };

    m_login = new QLineEdit;
    m_login->setMaxLength(64);
    m_login->setPlaceholderText(tr("Letters, digits, dots, underscores or hyphens"));
    m_displayName = new QLineEdit;
    m_displayName->setMaxLength(100);
    m_role = new QComboBox;
    m_role->addItem(tr("Loading…"));
    m_role->setEnabled(false);
    m_extraRoles = new admin::RoleChecklist;
    m_extraRoles->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_extraRoles->setToolTip(tr("Roles this user holds besides the primary role. The user may do everything "
                                "any of them grants."));
    m_department = new QComboBox;
    m_department->addItem(tr("Loading…"));
    m_department->setEnabled(false);
    m_email = new QLineEdit;
    m_mobile = new QLineEdit;
    m_title = new QLineEdit;

    addField(kLogin, tr("&Login:"), m_login);
    addField(kDisplayName, tr("&Name:"), m_displayName);
    addField(kRole, tr("&Role:"), m_role);
    addField(kRoles, tr("E&xtra roles:"), m_extraRoles);
    addField(kDepartment, tr("&Department:"), m_department);
    addField(kTitle, tr("Job &title:"), m_title);
    addField(kEmail, tr("&Email:"), m_email);
    addField(kMobile, tr("&Mobile:"), m_mobile);
    if (isCreating()) {
        m_password = new QLineEdit;
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm = new QLineEdit;
        m_confirm->setEchoMode(QLineEdit::Password);
        addField(kPassword, tr("&Password:"), m_password);
        addField(kConfirm, tr("&Confirm password:"), m_confirm);
    } else {
        m_machinesOnly = new QCheckBox(tr("Only from computers an administrator has &approved"));
        m_machinesOnly->setToolTip(tr("Administration › Computers lists the computers and their approval."));
        m_machinesOnly->setChecked(m_original.value(kMachinesOnly).toBool());
        addField(kMachinesOnly, tr("Log in:"), m_machinesOnly);
        m_login->setReadOnly(true);
        m_login->setToolTip(tr("The login cannot be changed once the user has been created."));
        m_login->setText(m_original.value(kLogin).toString());
        m_displayName->setText(m_original.value(kDisplayName).toString());
        m_email->setText(m_original.value(kEmail).toString());
        m_mobile->setText(m_original.value(kMobile).toString());
        m_title->setText(m_original.value(kTitle).toString());
    }

    auto *bottom = new QHBoxLayout;
    if (!isCreating()) {
        auto *why = new QPushButton(tr("&Why can this user…?"));
        why->setObjectName(QStringLiteral("explainAccess"));
        why->setToolTip(tr("Show what this user may do in each module and which roles grant it"));
        why->setAutoDefault(false);
        connect(why, &QPushButton::clicked, this, &UserEditorDialog::explainAccess);
        bottom->addWidget(why);
    }
    m_busy = new QLabel(tr("Saving…"));
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->hide();
    bottom->addWidget(m_busy);
    bottom->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setEnabled(false); // until the role and department choices are loaded
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserEditorDialog::reject);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    // Editing a field clears the complaint about it: the person is fixing it.
    auto clearOnEdit = [this](QLineEdit *edit, const QString &field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] { setFieldError(field, {}); });
    };
    clearOnEdit(m_login, kLogin);
    clearOnEdit(m_displayName, kDisplayName);
    clearOnEdit(m_email, kEmail);
    clearOnEdit(m_mobile, kMobile);
    clearOnEdit(m_title, kTitle);
    if (isCreating()) {
        clearOnEdit(m_password, kPassword);
        clearOnEdit(m_confirm, kConfirm);
    }

    (isCreating() ? m_login : m_displayName)->setFocus();
}

void UserEditorDialog::loadChoices()
{
    QPointer<UserEditorDialog> self(this);
    m_pendingLoads.append(m_connection->request(
        QStringLiteral("roles.list"), {}, [this, self](const protocol::Reply &reply) {
            if (!self)
                return;
            m_role->clear();
            if (!reply.ok) {
                setFieldError(kRole, AdminText::errorMessage(reply.error));
                return;
            }
            const QString current = m_original.value(kRole).toString();
            const QList<admin::RoleInfo> roles = admin::parseRoles(reply.result);
            for (const admin::RoleInfo &role : roles)
                m_role->addItem(role.title(), role.name);
            // New users start with the least powerful ordinary role.
            const int index = m_role->findData(isCreating() ? QStringLiteral("staff") : current);
            m_role->setCurrentIndex(index >= 0 ? index : 0);
            m_role->setEnabled(true);
            QStringList extra;
            for (const QCborValue &v : m_original.value(kRoles).toArray())
                extra.append(v.toString());
            m_extraRoles->setRoles(roles);
            m_extraRoles->setChecked(extra);
            m_extraRoles->setExcluded(m_role->currentData().toString());
            connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
                m_extraRoles->setExcluded(m_role->currentData().toString());
                setFieldError(kRole, {});
            });
            connect(m_extraRoles, &admin::RoleChecklist::checkedChanged, this, [this] { setFieldError(kRoles, {}); });
            m_rolesLoaded = true;
            updateLoadedState();
        }));
    m_pendingLoads.append(m_connection->request(
        QStringLiteral("departments.list"), {}, [this, self](const protocol::Reply &reply) {
            if (!self)
                return;
            m_department->clear();
            if (!reply.ok) {
                setFieldError(kDepartment, AdminText::errorMessage(reply.error));
                return;
            }
            const QList<admin::Department> departments = admin::treeOrder(admin::parseDepartments(reply.result));
            // A new user's department is chosen on purpose, unless there is only one.
            if (departments.size() != 1)
                m_department->addItem(tr("(Choose a department)"));
            for (const admin::Department &d : departments)
                m_department->addItem(QString(d.depth * 2, QChar(0x3000 /* ideographic space */)) + d.name, d.id);
            const int index = m_department->findData(m_original.value(kDepartment).toInteger(0));
            m_department->setCurrentIndex(qMax(0, index));
            m_department->setEnabled(true);
            m_departmentsLoaded = true;
            updateLoadedState();
        }));
}

void UserEditorDialog::updateLoadedState()
{
    if (!isLoaded())
        return;
    m_pendingLoads.clear();
    m_save->setEnabled(true);
    Q_EMIT loaded();
}

void UserEditorDialog::setFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_errorLabels.value(field, m_generalError);
    label->setText(message);
    if (label == m_generalError)
        label->setVisible(!message.isEmpty());
    else
        m_form->setRowVisible(label, !message.isEmpty());
    if (QWidget *editor = m_fieldWidgets.value(field)) {
        // A red frame marks the field as well as the text beneath it.
        editor->setStyleSheet(message.isEmpty() ? QString()
                                                : feedback::invalidEditorStyle());
    }
}

void UserEditorDialog::clearErrors()
{
    setFieldError({}, {});
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it)
        setFieldError(it.key(), {});
}

bool UserEditorDialog::validate()
{
    clearErrors();
    QWidget *firstBad = nullptr;
    auto complain = [&](const QString &field, const QString &message) {
        setFieldError(field, message);
        if (!firstBad)
            firstBad = m_fieldWidgets.value(field);
    };

    static const QRegularExpression loginPattern(QStringLiteral("^[\\p{L}\\p{N}._-]+$"));
    const QString login = m_login->text().trimmed();
    if (isCreating()) {
        if (login.isEmpty())
            complain(kLogin, tr("Enter a login."));
        else if (!loginPattern.match(login).hasMatch())
            complain(kLogin, tr("A login may contain only letters, digits, dots (.), underscores (_) and hyphens (-)."));
    }
    if (m_displayName->text().trimmed().isEmpty())
        complain(kDisplayName, tr("Enter a name."));
    if (m_department->currentData().isNull())
        complain(kDepartment, tr("Choose a department."));
    const QString email = m_email->text().trimmed();
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        complain(kEmail, tr("The email address is not valid. It should look like zhang.san@example.com."));
    static const QRegularExpression mobilePattern(QStringLiteral("^[0-9+\\- ]+$"));
    const QString mobile = m_mobile->text().trimmed();
    if (!mobile.isEmpty() && !mobilePattern.match(mobile).hasMatch())
        complain(kMobile, tr("A mobile number may contain only digits, +, - and spaces."));
    if (isCreating()) {
        // The minimum length is the server's setting; it answers when it is too short.
        if (m_password->text().isEmpty())
            complain(kPassword, tr("Enter an initial password."));
        else if (m_password->text() != m_confirm->text())
            complain(kConfirm, tr("The two passwords differ. Type the same password twice."));
    }
    if (firstBad)
        firstBad->setFocus();
    return !firstBad;
}

QCborMap UserEditorDialog::collectArgs() const
{
    QCborMap args;
    auto put = [&](const QString &key, const QCborValue &value) {
        // An edit sends only what changed, so the audit log shows just that.
        if (isCreating() || m_original.value(key) != value)
            args.insert(key, value);
    };
    if (isCreating()) {
        args.insert(kLogin, m_login->text().trimmed());
        args.insert(kPassword, m_password->text());
    } else {
        args.insert(QStringLiteral("id"), m_userId);
    }
    put(kDisplayName, m_displayName->text().trimmed());
    put(kRole, m_role->currentData().toString());
    QStringList before;
    for (const QCborValue &v : m_original.value(kRoles).toArray())
        before.append(v.toString());
    const QStringList extra = m_extraRoles->checked();
    // Order does not matter to the server; only a different set is a change.
    if (isCreating() ? !extra.isEmpty() : QSet<QString>(extra.begin(), extra.end()) != QSet<QString>(before.begin(), before.end()))
        args.insert(kRoles, QCborArray::fromStringList(extra));
    put(kDepartment, m_department->currentData().toLongLong());
    auto putOptional = [&](const QString &key, QLineEdit *edit) {
        const QString text = edit->text().trimmed();
        if (isCreating() ? !text.isEmpty() : m_original.value(key).toString() != text)
            args.insert(key, text);
    };
    putOptional(kEmail, m_email);
    putOptional(kMobile, m_mobile);
    putOptional(kTitle, m_title);
    if (m_machinesOnly)
        put(kMachinesOnly, m_machinesOnly->isChecked());
    return args;
}

void UserEditorDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy && isLoaded());
    m_busy->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void UserEditorDialog::accept()
{
    if (m_pendingSave || !isLoaded())
        return;
    if (!validate())
        return;
    const QCborMap args = collectArgs();
    if (!isCreating() && args.size() == 1) { // only the id: nothing changed
        QDialog::accept();
        return;
    }
    setBusy(true);
    const QString op = isCreating() ? QStringLiteral("users.create") : QStringLiteral("users.update");
    QPointer<UserEditorDialog> self(this);
    m_pendingSave = m_connection->request(op, args, [this, self](const protocol::Reply &reply) {
        if (!self)
            return;
        onSaveReply(reply.ok, reply.result.toMap().value(QStringLiteral("id")).toInteger(0), reply.error);
    });
}

void UserEditorDialog::onSaveReply(bool ok, qint64 newId, const protocol::Error &error)
{
    m_pendingSave = 0;
    setBusy(false);
    if (ok) {
        if (isCreating())
            m_userId = newId;
        Q_EMIT saved(m_userId);
        QDialog::accept();
        return;
    }
    // A field error goes under its field, with the server's own words; anything else
    // goes on top. Either way the typed text stays as it is.
    if (!error.field.isEmpty() && m_errorLabels.contains(error.field)) {
        setFieldError(error.field, AdminText::fieldErrorMessage(error));
        if (QWidget *editor = m_fieldWidgets.value(error.field))
            editor->setFocus();
    } else {
        setFieldError({}, AdminText::errorMessage(error));
    }
}

admin::AccessDialog *UserEditorDialog::explainAccess()
{
    if (isCreating())
        return nullptr;
    auto *dialog = new admin::AccessDialog(m_connection, m_original, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void UserEditorDialog::reject()
{
    if (m_pendingSave) {
        // The request may still be applied by the server; we just stop waiting for it.
        m_connection->cancel(m_pendingSave);
        m_pendingSave = 0;
    }
    QDialog::reject();
}

} // namespace cordial::client
