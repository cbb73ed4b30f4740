#include "admin/GroupEditorDialog.h"

#include "admin/AdminText.h"
#include "admin/RoleList.h"
#include "app/Feedback.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace cordial::client::admin {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kLoginRole = Qt::UserRole + 1;
constexpr int kUsersPage = 500; // the most users.list gives at once

QList<qint64> ids(const QCborValue &array)
{
    QList<qint64> out;
    for (const QCborValue &v : array.toArray())
        out.append(v.toInteger());
    return out;
}

QStringList names(const QCborValue &array)
{
    QStringList out;
    for (const QCborValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

GroupEditorDialog::GroupEditorDialog(Connection *connection, const QCborMap &group, bool canManage, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_group(group)
{
    setObjectName(QStringLiteral("groupEditor"));
    m_id = group.value(QStringLiteral("id")).toInteger();
    m_readOnly = !canManage;
    const QString name = group.value(QStringLiteral("name")).toString();
    setWindowTitle(isCreating() ? tr("New user group") : tr("User group – %1").arg(name));
    resize(760, 560);

    auto *layout = new QVBoxLayout(this);
    QLabel *general = feedback::errorLabel(QStringLiteral("general_error"));
    general->setStyleSheet(feedback::errorBoxStyle());
    m_errors.insert(QStringLiteral("general"), general);
    layout->addWidget(general);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("For example: Key account team, Trade fair staff"));
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(500);
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    QLabel *nameError = feedback::errorLabel(QStringLiteral("name_error"));
    m_errors.insert(QStringLiteral("name"), nameError);
    nameBox->addWidget(nameError);
    auto *nameTitle = new QLabel(tr("&Name:"));
    nameTitle->setBuddy(m_name);
    form->addRow(nameTitle, nameBox);
    auto *descriptionTitle = new QLabel(tr("&Description:"));
    descriptionTitle->setBuddy(m_description);
    form->addRow(descriptionTitle, m_description);
    layout->addLayout(form);

    auto *lists = new QHBoxLayout;
    auto *membersBox = new QGroupBox(tr("Members"));
    auto *membersLayout = new QVBoxLayout(membersBox);
    m_memberFilter = new QLineEdit;
    m_memberFilter->setObjectName(QStringLiteral("memberFilter"));
    m_memberFilter->setPlaceholderText(tr("Find by name, login or department…"));
    m_memberFilter->setClearButtonEnabled(true);
    membersLayout->addWidget(m_memberFilter);
    m_members = new QListWidget;
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setUniformItemSizes(true);
    m_members->addItem(tr("Loading…"));
    membersLayout->addWidget(m_members, 1);
    m_memberCount = new QLabel;
    m_memberCount->setObjectName(QStringLiteral("memberCount"));
    m_memberCount->setTextFormat(Qt::PlainText);
    m_memberCount->setWordWrap(true);
    membersLayout->addWidget(m_memberCount);
    QLabel *membersError = feedback::errorLabel(QStringLiteral("members_error"));
    m_errors.insert(QStringLiteral("members"), membersError);
    membersLayout->addWidget(membersError);
    lists->addWidget(membersBox, 3);

    auto *rolesBox = new QGroupBox(tr("Roles every member holds"));
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    m_roles = new RoleChecklist;
    m_roles->setObjectName(QStringLiteral("roles"));
    rolesLayout->addWidget(m_roles, 1);
    QLabel *rolesError = feedback::errorLabel(QStringLiteral("roles_error"));
    m_errors.insert(QStringLiteral("roles"), rolesError);
    rolesLayout->addWidget(rolesError);
    lists->addWidget(rolesBox, 2);
    layout->addLayout(lists, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setText(tr("&Save"));
    m_save->setEnabled(false); // until the users and roles are listed
    buttons->button(QDialogButtonBox::Cancel)->setText(m_readOnly ? tr("Close") : tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupEditorDialog::reject);
    layout->addWidget(buttons);
    if (m_readOnly) {
        m_save->hide();
        m_name->setReadOnly(true);
        m_description->setReadOnly(true);
        m_roles->setEnabled(false);
    }

    connect(m_name, &QLineEdit::textEdited, this, [this] { showError(QStringLiteral("name"), {}); });
    connect(m_roles, &RoleChecklist::checkedChanged, this, [this] { showError(QStringLiteral("roles"), {}); });
    connect(m_members, &QListWidget::itemChanged, this, [this] {
        showError(QStringLiteral("members"), {});
        updateMemberCount();
    });
    connect(m_memberFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString needle = text.trimmed();
        for (int i = 0; i < m_members->count(); ++i) {
            QListWidgetItem *item = m_members->item(i);
            item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive)
                            && !item->data(kLoginRole).toString().contains(needle, Qt::CaseInsensitive));
        }
    });

    setGroup(group);
    loadUsers({});
    QPointer<GroupEditorDialog> self(this);
    m_pending.append(m_connection->request(QStringLiteral("roles.list"), {}, [this, self](const protocol::Reply &reply) {
        if (!self)
            return;
        if (reply.ok)
            m_roles->setRoles(parseRoles(reply.result));
        else
            showError(QStringLiteral("roles"), AdminText::errorMessage(reply.error));
        partLoaded();
    }));
    m_name->setFocus();
}

GroupEditorDialog::~GroupEditorDialog()
{
    for (quint64 id : std::as_const(m_pending))
        m_connection->cancel(id);
    if (m_pendingSave)
        m_connection->cancel(m_pendingSave);
}

void GroupEditorDialog::setGroup(const QCborMap &group)
{
    m_group = group;
    m_name->setText(group.value(QStringLiteral("name")).toString());
    m_description->setText(group.value(QStringLiteral("description")).toString());
    m_roles->setChecked(names(group.value(QStringLiteral("roles"))));
    const QSet<qint64> members = [&] {
        const QList<qint64> list = ids(group.value(QStringLiteral("members")));
        return QSet<qint64>(list.begin(), list.end());
    }();
    for (int i = 0; i < m_members->count(); ++i) {
        QListWidgetItem *item = m_members->item(i);
        if (item->data(kIdRole).isValid())
            item->setCheckState(members.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    updateMemberCount();
}

void GroupEditorDialog::updateMemberCount()
{
    QString text = tr("%n member(s) chosen.", nullptr, int(checkedMembers().size()));
    const qint64 hidden = m_group.value(QStringLiteral("member_count")).toInteger()
                          - m_group.value(QStringLiteral("members")).toArray().size();
    if (hidden > 0)
        text += QLatin1Char(' ') + tr("%n member(s) outside your part of the company are not shown.", nullptr, int(hidden));
    m_memberCount->setText(text);
}

void GroupEditorDialog::loadUsers(const QString &cursor)
{
    QCborMap args{{QStringLiteral("limit"), kUsersPage}};
    if (!cursor.isEmpty())
        args.insert(QStringLiteral("cursor"), cursor);
    QPointer<GroupEditorDialog> self(this);
    m_pending.append(m_connection->request(QStringLiteral("users.list"), args, [this, self, cursor](const protocol::Reply &reply) {
        if (!self)
            return;
        if (cursor.isEmpty())
            m_members->clear();
        if (!reply.ok) {
            showError(QStringLiteral("members"), AdminText::errorMessage(reply.error));
            partLoaded();
            return;
        }
        const QCborMap result = reply.result.toMap();
        const QList<qint64> checked = ids(m_group.value(QStringLiteral("members")));
        for (const QCborValue &v : result.value(QStringLiteral("items")).toArray()) {
            const QCborMap u = v.toMap();
            const QString login = u.value(QStringLiteral("login")).toString();
            QString text = tr("%1 (%2)").arg(u.value(QStringLiteral("display_name")).toString(), login);
            const QString department = u.value(QStringLiteral("department_name")).toString();
            if (!department.isEmpty())
                //: A user in the member list: "Zhang San (zhang.san) · Sales".
                text = tr("%1 · %2").arg(text, department);
            auto *item = new QListWidgetItem(text, m_members);
            item->setData(kIdRole, u.value(QStringLiteral("id")).toInteger());
            item->setData(kLoginRole, login);
            item->setFlags(m_readOnly ? Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(checked.contains(u.value(QStringLiteral("id")).toInteger()) ? Qt::Checked : Qt::Unchecked);
        }
        updateMemberCount();
        const QString next = result.value(QStringLiteral("next_cursor")).toString();
        if (!next.isEmpty()) {
            loadUsers(next);
            return;
        }
        partLoaded();
    }));
}

void GroupEditorDialog::partLoaded()
{
    if (++m_parts < 2)
        return;
    m_pending.clear();
    m_save->setEnabled(!m_readOnly);
    Q_EMIT loaded();
}

bool GroupEditorDialog::setMemberChecked(const QString &login, bool checked)
{
    for (int i = 0; i < m_members->count(); ++i) {
        QListWidgetItem *item = m_members->item(i);
        if (item->data(kLoginRole).toString() == login) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QList<qint64> GroupEditorDialog::checkedMembers() const
{
    QList<qint64> out;
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked && m_members->item(i)->data(kIdRole).isValid())
            out.append(m_members->item(i)->data(kIdRole).toLongLong());
    return out;
}

QString GroupEditorDialog::errorText(const QString &part) const
{
    const QLabel *label = m_errors.value(part);
    return label && !label->isHidden() ? label->text() : QString();
}

void GroupEditorDialog::showError(const QString &part, const QString &message)
{
    QLabel *label = m_errors.value(part, m_errors.value(QStringLiteral("general")));
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (message.isEmpty())
        return;
    if (part == QLatin1String("name"))
        m_name->setFocus();
    else if (part == QLatin1String("members"))
        m_members->setFocus();
    else if (part == QLatin1String("roles"))
        m_roles->setFocus();
}

void GroupEditorDialog::accept()
{
    if (m_readOnly || m_pendingSave || !isLoaded())
        return;
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(QStringLiteral("name"), tr("Give the group a name."));
        return;
    }
    QCborMap args;
    const QList<qint64> members = checkedMembers();
    const QStringList roles = m_roles->checked();
    QCborArray memberArray;
    for (qint64 id : members)
        memberArray.append(id);
    if (isCreating()) {
        args = {{QStringLiteral("name"), name},
                {QStringLiteral("description"), m_description->text().trimmed()},
                {QStringLiteral("members"), memberArray},
                {QStringLiteral("roles"), QCborArray::fromStringList(roles)}};
    } else {
        // What is sent replaces what the group had: send only what changed.
        args = {{QStringLiteral("id"), m_id}, {QStringLiteral("version"), m_group.value(QStringLiteral("version"))}};
        if (name != m_group.value(QStringLiteral("name")).toString())
            args.insert(QStringLiteral("name"), name);
        if (m_description->text().trimmed() != m_group.value(QStringLiteral("description")).toString())
            args.insert(QStringLiteral("description"), m_description->text().trimmed());
        const QList<qint64> before = ids(m_group.value(QStringLiteral("members")));
        if (QSet<qint64>(members.begin(), members.end()) != QSet<qint64>(before.begin(), before.end()))
            args.insert(QStringLiteral("members"), memberArray);
        const QStringList rolesBefore = names(m_group.value(QStringLiteral("roles")));
        if (QSet<QString>(roles.begin(), roles.end()) != QSet<QString>(rolesBefore.begin(), rolesBefore.end()))
            args.insert(QStringLiteral("roles"), QCborArray::fromStringList(roles));
        if (args.size() == 2) {
            QDialog::accept();
            return;
        }
    }
    m_save->setEnabled(false);
    setCursor(Qt::BusyCursor);
    QPointer<GroupEditorDialog> self(this);
    m_pendingSave = m_connection->request(isCreating() ? QStringLiteral("groups.create") : QStringLiteral("groups.update"),
                                          args, [this, self](const protocol::Reply &reply) {
        if (!self)
            return;
        m_pendingSave = 0;
        m_save->setEnabled(true);
        unsetCursor();
        if (!reply.ok) {
            onSaveFailed(reply.error);
            return;
        }
        if (isCreating())
            m_id = reply.result.toMap().value(QStringLiteral("id")).toInteger();
        Q_EMIT saved(m_id);
        QDialog::accept();
    });
}

void GroupEditorDialog::onSaveFailed(const protocol::Error &error)
{
    using protocol::ErrorCode;
    const QString &field = error.field;
    auto withDetail = [&](const QString &lead) {
        return error.message.isEmpty() ? lead : tr("%1 (%2)").arg(lead, error.message);
    };
    if (error.code == ErrorCode::Conflict && field == QLatin1String("version")) {
        reloadAfterConflict();
    } else if (field == QLatin1String("name")) {
        showError(field, error.code == ErrorCode::Conflict
                             ? tr("Another group already has this name. Choose another name.")
                             : withDetail(tr("A group name has 1 to 64 characters.")));
    } else if (field == QLatin1String("members")) {
        showError(field, tr("A chosen member is not a user you can see; they may have been moved or deleted."));
    } else if (field == QLatin1String("roles")) {
        showError(field, error.code == ErrorCode::Forbidden
                             ? tr("You cannot give a role that grants more than you hold yourself.")
                             : withDetail(tr("A chosen role no longer exists; it may have been deleted.")));
    } else if (error.code == ErrorCode::Forbidden && field == QLatin1String("id")) {
        showError(QStringLiteral("general"), tr("You may not change this group: some of its members are outside your "
                                                "part of the company. Ask an administrator."));
    } else {
        showError(QStringLiteral("general"), AdminText::errorMessage(error));
    }
}

void GroupEditorDialog::reloadAfterConflict()
{
    QPointer<GroupEditorDialog> self(this);
    m_pendingSave = m_connection->request(QStringLiteral("groups.list"), {}, [this, self](const protocol::Reply &reply) {
        if (!self)
            return;
        m_pendingSave = 0;
        for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray()) {
            if (v.toMap().value(QStringLiteral("id")).toInteger() != m_id)
                continue;
            setGroup(v.toMap());
            showError(QStringLiteral("general"),
                      tr("Someone else changed this group while you were editing it. The dialog now shows their "
                         "version; make your changes again and save."));
            return;
        }
        showError(QStringLiteral("general"), reply.ok ? tr("Someone else deleted this group while you were editing it.")
                                                      : AdminText::errorMessage(reply.error));
        m_save->setEnabled(false);
    });
}

void GroupEditorDialog::reject()
{
    if (m_pendingSave) {
        m_connection->cancel(m_pendingSave);
        m_pendingSave = 0;
    }
    QDialog::reject();
}

} // namespace cordial::client::admin
