#include "customers/RecordAccessDialog.h"

#include "admin/AdminText.h"
#include "admin/MessageBanner.h"
#include "customers/CopyGuard.h"
#include "customers/PrincipalPickerDialog.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cordial::client::customers {

using admin::AdminText;

namespace {

constexpr int kPrincipalRole = Qt::UserRole;
const QStringList kKinds{QStringLiteral("user"), QStringLiteral("department"), QStringLiteral("group")};

QString kindOf(const QCborMap &principal)
{
    for (const QString &kind : kKinds)
        if (principal.contains(kind))
            return kind;
    return {};
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("user"))
        return RecordAccessDialog::tr("User");
    if (kind == QLatin1String("department"))
        return RecordAccessDialog::tr("Department, sub-departments included");
    if (kind == QLatin1String("group"))
        return RecordAccessDialog::tr("User group");
    return kind;
}

QSet<QString> keysOf(const QList<QCborMap> &principals)
{
    QSet<QString> keys;
    for (const QCborMap &p : principals)
        keys.insert(PrincipalPickerDialog::key(kindOf(p), p.value(kindOf(p)).toInteger()));
    return keys;
}

QList<QCborMap> mapsOf(const QCborValue &array)
{
    QList<QCborMap> out;
    for (const QCborValue &v : array.toArray())
        out.append(v.toMap());
    return out;
}

} // namespace

RecordAccessDialog::RecordAccessDialog(const CustomerContext &context, qint64 customerId, const QString &customerName,
                                       QWidget *parent)
    : QDialog(parent), m_context(context), m_id(customerId)
{
    setObjectName(QStringLiteral("recordAccessDialog"));
    setWindowTitle(tr("Who may see and edit “%1”").arg(customerName));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner;
    layout->addWidget(m_banner);
    m_state = new QLabel(tr("Loading…"));
    m_state->setObjectName(QStringLiteral("accessState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    layout->addWidget(m_state);

    // One grid for both lists, so that their hints, lists and buttons line up whatever
    // the length of the hints in the person's language.
    auto *lists = new QGridLayout;
    lists->setHorizontalSpacing(18);
    addListColumn(lists, 0, tr("Readers"),
                  tr("When anyone is listed here, only they, the editors, the follower, the creator and "
                     "administrators see this customer. Those listed see it even outside their data scope."),
                  tr("Add &reader…"), QStringLiteral("readers"), m_readers);
    addListColumn(lists, 1, tr("Editors"),
                  tr("May see and change this customer even outside their data scope, when their role lets them "
                     "create and edit their own customers."),
                  tr("Add &editor…"), QStringLiteral("editors"), m_editors);
    lists->setRowStretch(2, 1);
    lists->setColumnStretch(0, 1);
    lists->setColumnStretch(1, 1);
    layout->addSpacing(6);
    layout->addLayout(lists, 1);

    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveAccess"));
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelAccess"));
    connect(m_save, &QPushButton::clicked, this, &RecordAccessDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateState();
    CopyGuard::apply(m_context.rights, this);
    load();
}

void RecordAccessDialog::addListColumn(QGridLayout *grid, int column, const QString &title, const QString &hint,
                                       const QString &addText, const QString &name, QTreeWidget *&list)
{
    auto *heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    grid->addWidget(heading, 0, column);
    auto *note = new QLabel(hint);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette grey = note->palette();
    grey.setColor(QPalette::WindowText, QColor(0x5f, 0x63, 0x68));
    note->setPalette(grey);
    grid->addWidget(note, 1, column);
    list = new QTreeWidget;
    list->setObjectName(name);
    list->setColumnCount(2);
    list->setHeaderLabels({tr("Name"), tr("Stands for")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setUniformRowHeights(true);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
    grid->addWidget(list, 2, column);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(addText);
    add->setObjectName(name + QStringLiteral("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    remove->setToolTip(tr("Take the selected ones off the list (Delete)"));
    remove->setObjectName(name + QStringLiteral("Remove"));
    for (QPushButton *b : {add, remove}) {
        b->setAutoDefault(false);
        row->addWidget(b);
        m_editButtons.append(b);
    }
    row->addStretch(1);
    grid->addLayout(row, 3, column);
    QTreeWidget *target = list;
    connect(add, &QPushButton::clicked, this, [this, target] { addTo(target); });
    connect(remove, &QPushButton::clicked, this, [this, target] { removeFrom(target); });
    connect(list, &QTreeWidget::itemSelectionChanged, this, &RecordAccessDialog::updateState);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this, target] {
        if (m_loaded && m_canChange && !m_saving)
            removeFrom(target);
    });
}

QString RecordAccessDialog::principalText(const QCborMap &principal)
{
    const QCborValue name = principal.value(QStringLiteral("name"));
    if (name.isString() && !name.toString().isEmpty())
        return name.toString();
    //: A department or group listed on a customer that has been deleted since.
    return tr("(deleted, number %1)").arg(principal.value(kindOf(principal)).toInteger());
}

QString RecordAccessDialog::summary(const QCborMap &access)
{
    auto names = [](const QCborValue &list) {
        QStringList out;
        for (const QCborMap &p : mapsOf(list))
            out.append(principalText(p));
        //: Separates names in a list of readers or editors.
        return out.join(tr(", "));
    };
    const bool restricted = !access.value(QStringLiteral("readers")).toArray().isEmpty();
    QStringList lines{restricted ? tr("Restricted: seen only by the people listed, its follower, its creator and "
                                      "administrators.")
                                 : tr("Seen by everyone whose data scope holds it.")};
    if (restricted)
        lines.append(tr("Readers: %1").arg(names(access.value(QStringLiteral("readers")))));
    if (!access.value(QStringLiteral("editors")).toArray().isEmpty())
        lines.append(tr("Editors: %1").arg(names(access.value(QStringLiteral("editors")))));
    return lines.join(QLatin1Char('\n'));
}

void RecordAccessDialog::load()
{
    m_loaded = false;
    updateState();
    m_context.connection->request(
        QStringLiteral("customers.access"), {{QStringLiteral("id"), m_id}},
        [this, self = QPointer(this)](const protocol::Reply &reply) {
            if (!self)
                return;
            if (!reply.ok) {
                m_state->clear();
                m_banner->showError(tr("Could not read who may see this customer: %1")
                                        .arg(AdminText::errorMessage(reply.error)));
                return;
            }
            setLists(reply.result.toMap());
            m_loaded = true;
            updateState();
            Q_EMIT loaded();
        });
}

void RecordAccessDialog::setLists(const QCborMap &access)
{
    m_original = access;
    m_version = access.value(QStringLiteral("version")).toInteger();
    m_canChange = access.value(QStringLiteral("can_change")).toBool();
    for (QTreeWidget *list : {m_readers, m_editors})
        list->clear();
    for (const QCborMap &p : mapsOf(access.value(QStringLiteral("readers"))))
        addRow(m_readers, p);
    for (const QCborMap &p : mapsOf(access.value(QStringLiteral("editors"))))
        addRow(m_editors, p);
    if (!m_canChange)
        m_banner->showInfo(tr("You may see who else sees this customer but not change it: that is for its follower, "
                              "its creator and the editors whose data scope holds it."));
}

void RecordAccessDialog::addRow(QTreeWidget *list, const QCborMap &principal)
{
    auto *item = new QTreeWidgetItem({principalText(principal), kindText(kindOf(principal))});
    item->setData(0, kPrincipalRole, QVariant::fromValue(principal));
    item->setToolTip(0, item->text(0));
    item->setSizeHint(0, QSize(0, list->fontMetrics().height() + 8));
    if (!principal.value(QStringLiteral("name")).isString()) {
        QFont italic = item->font(0);
        italic.setItalic(true);
        item->setFont(0, italic);
    }
    list->addTopLevelItem(item);
}

QList<QCborMap> RecordAccessDialog::principals(const QTreeWidget *list) const
{
    QList<QCborMap> out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out.append(list->topLevelItem(i)->data(0, kPrincipalRole).value<QCborMap>());
    return out;
}

bool RecordAccessDialog::isDirty() const
{
    return m_loaded
           && (keysOf(principals(m_readers)) != keysOf(mapsOf(m_original.value(QStringLiteral("readers"))))
               || keysOf(principals(m_editors)) != keysOf(mapsOf(m_original.value(QStringLiteral("editors")))));
}

void RecordAccessDialog::addTo(QTreeWidget *list)
{
    auto *picker = new PrincipalPickerDialog(m_context.connection, keysOf(principals(list)), this);
    picker->setWindowTitle(list == m_readers ? tr("Add readers") : tr("Add editors"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker, list] {
        for (const QCborMap &p : picker->selected())
            addRow(list, p);
        updateState();
    });
    picker->open();
}

void RecordAccessDialog::removeFrom(QTreeWidget *list)
{
    qDeleteAll(list->selectedItems());
    updateState();
}

void RecordAccessDialog::updateState()
{
    const bool editing = m_loaded && m_canChange && !m_saving;
    for (QPushButton *b : std::as_const(m_editButtons)) {
        b->setVisible(!m_loaded || m_canChange);
        b->setEnabled(editing);
    }
    for (QTreeWidget *list : {m_readers, m_editors}) {
        if (!list)
            continue;
        if (QPushButton *remove = findChild<QPushButton *>(list->objectName() + QStringLiteral("Remove")))
            remove->setEnabled(editing && !list->selectedItems().isEmpty());
    }
    m_save->setVisible(!m_loaded || m_canChange);
    m_save->setEnabled(editing && isDirty());
    m_cancel->setText(m_loaded && !m_canChange ? tr("Close") : tr("Cancel"));
    if (m_loaded) {
        QCborArray readers, editors;
        for (const QCborMap &p : principals(m_readers))
            readers.append(p);
        for (const QCborMap &p : principals(m_editors))
            editors.append(p);
        m_state->setText(summary({{QStringLiteral("readers"), readers}, {QStringLiteral("editors"), editors}})
                             .section(QLatin1Char('\n'), 0, 0));
    }
}

void RecordAccessDialog::save()
{
    if (!isDirty() || m_saving)
        return;
    QCborArray readers, editors;
    for (const auto &[list, out] : {std::pair{m_readers, &readers}, std::pair{m_editors, &editors}})
        for (QCborMap p : principals(list)) {
            p.remove(QStringLiteral("name"));
            out->append(p);
        }
    m_saving = true;
    m_banner->hide();
    updateState();
    const qint64 previous = m_version;
    m_context.connection->request(
        QStringLiteral("customers.set_access"),
        {{QStringLiteral("id"), m_id}, {QStringLiteral("version"), m_version},
         {QStringLiteral("readers"), readers}, {QStringLiteral("editors"), editors}},
        [this, self = QPointer(this), previous](const protocol::Reply &reply) {
            if (!self)
                return;
            m_saving = false;
            if (!reply.ok) {
                handleError(reply.error);
                updateState();
                Q_EMIT saveFailed();
                return;
            }
            m_version = reply.result.toMap().value(QStringLiteral("version")).toInteger();
            Q_EMIT saved(m_version, previous);
            accept();
        });
}

void RecordAccessDialog::handleError(const protocol::Error &error)
{
    using protocol::ErrorCode;
    if (error.code == ErrorCode::Conflict && error.field == QLatin1String("version")) {
        m_banner->showError(tr("Someone else changed this customer meanwhile. The lists now show what was saved; make "
                               "your change again."));
        load();
        return;
    }
    const QStringList path = error.field.split(QLatin1Char('.'));
    QTreeWidget *list = path.value(0) == QLatin1String("readers")   ? m_readers
                        : path.value(0) == QLatin1String("editors") ? m_editors
                                                                     : nullptr;
    if (list && path.size() == 2 && path[1].toInt() < list->topLevelItemCount()) {
        QTreeWidgetItem *item = list->topLevelItem(path[1].toInt());
        list->clearSelection();
        item->setSelected(true);
        list->scrollToItem(item);
        m_banner->showError(tr("“%1” cannot be listed: %2").arg(item->text(0), AdminText::errorMessage(error)));
        return;
    }
    m_banner->showError(tr("Could not save who may see this customer: %1").arg(AdminText::errorMessage(error)));
}

} // namespace cordial::client::customers
