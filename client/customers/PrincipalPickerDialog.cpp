#include "customers/PrincipalPickerDialog.h"

#include "admin/AdminText.h"
#include "admin/Departments.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cordial::client::customers {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kDetailRole = Qt::UserRole + 3;
constexpr int kLookupLimit = 100;  // the most users.lookup gives at once
constexpr int kSearchDelayMs = 250; // a pause in typing, as the customer search waits

QListWidget *makeList(const QString &name)
{
    auto *list = new QListWidget;
    list->setObjectName(name);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setUniformItemSizes(true);
    list->addItem(PrincipalPickerDialog::tr("Loading…"));
    return list;
}

} // namespace

PrincipalPickerDialog::PrincipalPickerDialog(Connection *connection, const QSet<QString> &listed, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_listed(listed)
{
    setObjectName(QStringLiteral("principalPicker"));
    resize(520, 520);
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("pickFilter"));
    m_filter->setPlaceholderText(tr("Find a name, login or pinyin initials…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("pickTabs"));
    m_users = makeList(QStringLiteral("pickUsers"));
    m_departments = makeList(QStringLiteral("pickDepartments"));
    m_groups = makeList(QStringLiteral("pickGroups"));
    m_tabs->addTab(m_users, tr("&Users"));
    auto *departmentsPage = new QWidget;
    auto *departmentsLayout = new QVBoxLayout(departmentsPage);
    departmentsLayout->setContentsMargins(0, 0, 0, 0);
    departmentsLayout->addWidget(m_departments, 1);
    auto *note = new QLabel(tr("A department stands for its members and those of every department below it."));
    note->setWordWrap(true);
    note->setContentsMargins(6, 2, 6, 4);
    departmentsLayout->addWidget(note);
    m_tabs->addTab(departmentsPage, tr("&Departments"));
    m_tabs->addTab(m_groups, tr("&Groups"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setObjectName(QStringLiteral("pickAdd"));
    m_add->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_users, &QListWidget::itemSelectionChanged, this, &PrincipalPickerDialog::rememberPickedUsers);
    for (QListWidget *list : {m_users, m_departments, m_groups}) {
        connect(list, &QListWidget::itemSelectionChanged, this, &PrincipalPickerDialog::updateState);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            if (item->flags().testFlag(Qt::ItemIsEnabled) && item->data(kIdRole).isValid())
                accept();
        });
    }
    // Departments and groups are few and filtered here; users are searched in the
    // directory, which matches pinyin too, after a pause in typing.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &PrincipalPickerDialog::searchUsers);
    connect(m_filter, &QLineEdit::textChanged, this, &PrincipalPickerDialog::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive())
            searchUsers();
    });
    updateState();

    ++m_pending; // the first answer of users.lookup, whichever search it is
    searchUsers();
    load(QStringLiteral("departments.list"), {}, m_departments, [this](const QCborValue &result, QListWidget *list) {
        for (const admin::Department &d : admin::treeOrder(admin::parseDepartments(result)))
            addItem(list, QStringLiteral("department"), d.id, d.name, {}, d.depth);
    });
    load(QStringLiteral("groups.list"), {}, m_groups, [this](const QCborValue &result, QListWidget *list) {
        for (const QCborValue &v : result.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap g = v.toMap();
            addItem(list, QStringLiteral("group"), g.value(QStringLiteral("id")).toInteger(),
                    g.value(QStringLiteral("name")).toString(),
                    tr("%n member(s)", nullptr, int(g.value(QStringLiteral("member_count")).toInteger())));
        }
    });
}

void PrincipalPickerDialog::load(const QString &op, const QCborMap &args, QListWidget *list,
                                 const std::function<void(const QCborValue &, QListWidget *)> &fill)
{
    ++m_pending;
    m_connection->request(op, args, [this, self = QPointer(this), list, fill](const protocol::Reply &reply) {
        if (!self)
            return;
        list->clear();
        if (reply.ok) {
            fill(reply.result, list);
            if (list->count() == 0)
                list->addItem(tr("(none)"));
        } else {
            // Without the right to list them (departments.list and groups.list need
            // one), the person learns why the list is empty rather than a bare error code.
            auto *item = new QListWidgetItem(reply.error.code == protocol::ErrorCode::Forbidden
                                                 ? tr("Your role may not list these.")
                                                 : admin::AdminText::errorMessage(reply.error));
            item->setFlags(Qt::NoItemFlags);
            list->addItem(item);
        }
        for (int i = 0; i < list->count(); ++i)
            if (!list->item(i)->data(kIdRole).isValid())
                list->item(i)->setFlags(Qt::NoItemFlags);
        applyFilter();
        if (--m_pending == 0)
            Q_EMIT loaded();
    });
}

bool PrincipalPickerDialog::isSearching() const
{
    return m_searchTimer->isActive() || m_searchRequest != 0;
}

void PrincipalPickerDialog::searchUsers()
{
    m_searchTimer->stop();
    // An answer to older text would only be replaced: it is not waited for.
    if (m_searchRequest != 0)
        m_connection->cancel(m_searchRequest);
    QCborMap args{{QStringLiteral("limit"), kLookupLimit}};
    const QString query = m_filter->text().trimmed();
    if (!query.isEmpty())
        args.insert(QStringLiteral("query"), query);
    m_searchRequest = m_connection->request(QStringLiteral("users.lookup"), args,
                                            [this, self = QPointer(this)](const protocol::Reply &reply) {
        if (!self)
            return;
        m_searchRequest = 0;
        showUsers(reply);
        Q_EMIT usersFound();
        if (!m_usersLoaded) {
            m_usersLoaded = true;
            if (--m_pending == 0)
                Q_EMIT loaded();
        }
    });
}

void PrincipalPickerDialog::showUsers(const protocol::Reply &reply)
{
    const QSignalBlocker blocker(m_users);
    m_users->clear();
    // Users picked before stay at the top, picked, whatever the search now shows.
    QSet<qint64> shown;
    if (reply.ok)
        for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray())
            shown.insert(v.toMap().value(QStringLiteral("id")).toInteger());
    for (auto it = m_pickedUsers.cbegin(); it != m_pickedUsers.cend(); ++it) {
        if (shown.contains(it.key()))
            continue;
        addItem(m_users, QStringLiteral("user"), it.key(), it->first, it->second);
        m_users->item(m_users->count() - 1)->setSelected(true);
    }
    if (!reply.ok) {
        auto *item = new QListWidgetItem(admin::AdminText::errorMessage(reply.error));
        item->setFlags(Qt::NoItemFlags);
        m_users->addItem(item);
        updateState();
        return;
    }
    const QCborArray items = reply.result.toMap().value(QStringLiteral("items")).toArray();
    for (const QCborValue &v : items) {
        const QCborMap u = v.toMap();
        const qint64 id = u.value(QStringLiteral("id")).toInteger();
        addItem(m_users, QStringLiteral("user"), id, u.value(QStringLiteral("display_name")).toString(),
                QStringList{u.value(QStringLiteral("login")).toString(),
                            u.value(QStringLiteral("department_name")).toString()}
                    .join(QStringLiteral(" · ")));
        if (m_pickedUsers.contains(id))
            m_users->item(m_users->count() - 1)->setSelected(true);
    }
    if (m_users->count() == 0) {
        auto *item = new QListWidgetItem(m_filter->text().trimmed().isEmpty() ? tr("(none)")
                                                                              : tr("No colleague matches."));
        item->setFlags(Qt::NoItemFlags);
        m_users->addItem(item);
    } else if (items.size() >= kLookupLimit) {
        auto *item = new QListWidgetItem(tr("Only the first %n are shown: type more of the name to narrow them.",
                                            nullptr, kLookupLimit));
        item->setFlags(Qt::NoItemFlags);
        m_users->addItem(item);
    }
    updateState();
}

void PrincipalPickerDialog::rememberPickedUsers()
{
    for (int i = 0; i < m_users->count(); ++i) {
        const QListWidgetItem *item = m_users->item(i);
        if (!item->data(kIdRole).isValid() || !item->flags().testFlag(Qt::ItemIsEnabled))
            continue;
        const qint64 id = item->data(kIdRole).toLongLong();
        if (item->isSelected())
            m_pickedUsers.insert(id, {item->data(kNameRole).toString(), item->data(kDetailRole).toString()});
        else
            m_pickedUsers.remove(id);
    }
}

void PrincipalPickerDialog::addItem(QListWidget *list, const QString &kind, qint64 id, const QString &name,
                                    const QString &detail, int depth)
{
    const QString indent(depth * 4, QLatin1Char(' '));
    //: A user, department or group to pick, followed by what tells it apart (login and department, member count).
    auto *item = new QListWidgetItem(indent + (detail.isEmpty() ? name : tr("%1 (%2)").arg(name, detail)));
    item->setData(kKindRole, kind);
    item->setData(kIdRole, id);
    item->setData(kNameRole, name);
    item->setData(kDetailRole, detail);
    if (m_listed.contains(key(kind, id))) {
        item->setFlags(Qt::NoItemFlags);
        item->setToolTip(tr("Already on the list"));
    }
    list->addItem(item);
}

void PrincipalPickerDialog::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (QListWidget *list : {m_departments, m_groups})
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setHidden(!text.isEmpty() && item->data(kIdRole).isValid()
                            && !item->text().contains(text, Qt::CaseInsensitive));
        }
}

void PrincipalPickerDialog::updateState()
{
    m_add->setEnabled(!selected().isEmpty());
}

QListWidget *PrincipalPickerDialog::list(const QString &kind) const
{
    if (kind == QLatin1String("department"))
        return m_departments;
    if (kind == QLatin1String("group"))
        return m_groups;
    return m_users;
}

QList<QCborMap> PrincipalPickerDialog::selected() const
{
    QList<QCborMap> out;
    for (auto it = m_pickedUsers.cbegin(); it != m_pickedUsers.cend(); ++it)
        out.append({{QStringLiteral("user"), it.key()}, {QStringLiteral("name"), it->first}});
    for (QListWidget *list : {m_departments, m_groups})
        for (QListWidgetItem *item : list->selectedItems())
            if (item->data(kIdRole).isValid() && !item->isHidden())
                out.append({{item->data(kKindRole).toString(), item->data(kIdRole).toLongLong()},
                            {QStringLiteral("name"), item->data(kNameRole).toString()}});
    return out;
}

} // namespace cordial::client::customers
