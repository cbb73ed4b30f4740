#include "customers/CustomerDialog.h"

#include "admin/AdminText.h"
#include "admin/MessageBanner.h"
#include "customers/ContactDialog.h"
#include "customers/CopyGuard.h"
#include "customers/CustomFieldsPage.h"
#include "customers/FieldForm.h"
#include "customers/RecordAccessDialog.h"
#include "domain/Roles.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <set>

namespace cordial::client::customers {

using admin::AdminText;

namespace {

const QStringList kTabs{QStringLiteral("basic"),  QStringLiteral("company"), QStringLiteral("financial"),
                        QStringLiteral("groups"), QStringLiteral("notes"),   QStringLiteral("status"),
                        QStringLiteral("management")};

// Contact columns of the grid on the Basic tab.
const QStringList kContactColumns{QStringLiteral("name"),  QStringLiteral("title"), QStringLiteral("mobile"),
                                  QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("birthday")};

QString opText(const QString &op)
{
    if (op == QLatin1String("customers.create"))
        return CustomerDialog::tr("Created");
    if (op == QLatin1String("customers.update"))
        return CustomerDialog::tr("Edited");
    if (op == QLatin1String("customers.delete"))
        return CustomerDialog::tr("Moved to the recycle bin");
    if (op == QLatin1String("customers.restore"))
        return CustomerDialog::tr("Restored");
    if (op == QLatin1String("customers.purge"))
        return CustomerDialog::tr("Erased");
    if (op == QLatin1String("contacts.create"))
        return CustomerDialog::tr("Contact added");
    if (op == QLatin1String("contacts.update"))
        return CustomerDialog::tr("Contact edited");
    if (op == QLatin1String("contacts.delete"))
        return CustomerDialog::tr("Contact removed");
    if (op == QLatin1String("customers.set_access"))
        return CustomerDialog::tr("Readers and editors changed");
    if (op == QLatin1String("customers.restore_version"))
        return CustomerDialog::tr("Earlier version restored");
    if (op == QLatin1String("customers.assign"))
        return CustomerDialog::tr("Assigned");
    if (op == QLatin1String("customers.recall"))
        return CustomerDialog::tr("Taken back");
    if (op == QLatin1String("customers.bulk_update"))
        return CustomerDialog::tr("Edited with others");
    if (op == QLatin1String("customers.import_commit"))
        return CustomerDialog::tr("Imported");
    if (op == QLatin1String("users.disable"))
        return CustomerDialog::tr("Handed over to a successor");
    return op;
}

QString contactsText(const QCborValue &value)
{
    QStringList parts;
    for (const QCborValue &v : value.toArray()) {
        const QCborMap c = v.toMap();
        QString text = c.value(QStringLiteral("name")).toString();
        const QString mobile = c.value(QStringLiteral("mobile")).toString();
        if (!mobile.isEmpty())
            text += QStringLiteral(" ") + mobile;
        if (c.value(QStringLiteral("primary")).toBool())
            //: Marks the primary contact in a list of contacts.
            text += CustomerDialog::tr(" (primary)");
        parts.append(text);
    }
    return parts.join(QStringLiteral("; "));
}

QString principalsText(const QCborValue &value)
{
    QStringList names;
    for (const QCborValue &v : value.toArray())
        names.append(RecordAccessDialog::principalText(v.toMap()));
    return names.join(QStringLiteral("; "));
}

// Keys of an audit image that are not catalog fields, with their title and text.
const QStringList kListKeys{QStringLiteral("contacts"), QStringLiteral("readers"), QStringLiteral("editors")};

QString listTitle(const QString &key)
{
    if (key == QLatin1String("readers"))
        return CustomerDialog::tr("Readers");
    if (key == QLatin1String("editors"))
        return CustomerDialog::tr("Editors");
    return CustomerDialog::tr("Contacts");
}

} // namespace

CustomerDialog::CustomerDialog(const CustomerContext &context, qint64 id, QWidget *parent)
    : QDialog(parent), m_context(context), m_id(id)
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setModal(false);
    resize(1060, 740);
    m_form = new FieldForm(m_context, m_context.customerFields, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    // Who this is, at a glance, whichever tab is open.
    // Customer data is shown as typed, never as markup.
    m_heading = new QLabel;
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setObjectName(QStringLiteral("customerHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading = new QLabel;
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setObjectName(QStringLiteral("customerSubheading"));
    QPalette subPalette = m_subheading->palette();
    subPalette.setColor(QPalette::WindowText, QColor(0x5f, 0x63, 0x68));
    m_subheading->setPalette(subPalette);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addSpacing(4);
    m_banner = new MessageBanner;
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->setDocumentMode(false);
    const QStringList titles{tr("&Basic"),  tr("Com&pany profile"), tr("&Financial"),
                             tr("&Groups"), tr("&Notes"),           tr("Current s&tatus"),
                             tr("&Management")};
    for (int i = 0; i < kTabs.size(); ++i)
        m_tabs->addTab(makeFieldPage(kTabs[i], i,
                                     i == Basic ? makeContactsBox() : i == Management ? makeAccessBox() : nullptr),
                       titles[i]);
    m_tabs->addTab(makeHistoryPage(), tr("&History"));
    layout->addWidget(m_tabs, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("customerStatus"));
    bottom->addWidget(m_status, 1);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveCustomer"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_saveClose = new QPushButton(tr("Save and c&lose"));
    m_saveClose->setObjectName(QStringLiteral("saveAndClose"));
    auto *close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("closeCustomer"));
    m_print = new QPushButton(tr("&Print…"));
    m_print->setObjectName(QStringLiteral("printCustomer"));
    m_print->setToolTip(tr("Print this customer (Ctrl+P)"));
    for (QPushButton *b : {m_print, m_save, m_saveClose, close}) {
        b->setAutoDefault(false);
        b->setDefault(false);
        bottom->addWidget(b);
    }
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, &CustomerDialog::save);
    connect(m_saveClose, &QPushButton::clicked, this, [this] {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(this, &CustomerDialog::saved, this, [this, once] {
            disconnect(*once);
            QDialog::accept();
        });
        auto failed = std::make_shared<QMetaObject::Connection>();
        *failed = connect(this, &CustomerDialog::saveFailed, this, [this, once, failed] {
            disconnect(*once);
            disconnect(*failed);
        });
        if (!isDirty() && m_id) {
            disconnect(*once);
            disconnect(*failed);
            QDialog::accept();
            return;
        }
        save();
    });
    connect(close, &QPushButton::clicked, this, &CustomerDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &CustomerDialog::print);
    // Printing customers is a right of its own (customers.print): without it there is no way to.
    const bool printable = m_context.can(domain::rights::kCustomersPrint);
    m_print->setVisible(printable);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setEnabled(printable);
    connect(printShortcut, &QShortcut::activated, this, &CustomerDialog::print);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setObjectName(QStringLiteral("saveShortcut"));
    connect(saveShortcut, &QShortcut::activated, this, &CustomerDialog::save);
    connect(m_form, &FieldForm::edited, this, &CustomerDialog::updateState);
    connect(m_form, &FieldForm::revealRequested, this, [this](int page, QWidget *editor) {
        m_tabs->setCurrentIndex(page);
        editor->setFocus(Qt::OtherFocusReason);
        if (auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(page)))
            scroll->ensureWidgetVisible(editor);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == History && !m_historyLoaded)
            loadHistory();
        if (index == Management && !m_accessLoaded)
            loadAccess();
    });

    // Keyboard order: the fields of each tab in reading order.
    const QList<QWidget *> chain = m_form->focusChain();
    for (int i = 1; i < chain.size(); ++i)
        if (m_form->pageOf(m_form->field(chain[i]->objectName().mid(6))->key) ==
            m_form->pageOf(m_form->field(chain[i - 1]->objectName().mid(6))->key))
            setTabOrder(chain[i - 1], chain[i]);

    const bool editable = m_id ? m_context.can(domain::rights::kCustomersUpdate)
                               : m_context.can(domain::rights::kCustomersCreate);
    m_save->setVisible(editable);
    m_saveClose->setVisible(editable);
    saveShortcut->setEnabled(editable);

    if (m_id) {
        m_status->setText(tr("Loading…"));
        m_tabs->setEnabled(false);
        reload();
    } else {
        QCborMap blank;
        blank.insert(QStringLiteral("owner_id"), m_context.userId);
        blank.insert(QStringLiteral("owner_name"), m_context.userName(m_context.userId));
        blank.insert(QStringLiteral("kind"), QStringLiteral("company"));
        m_form->setRecord(blank);
        // The defaults above are not changes a person made; the create sends them anyway.
        m_loaded = true;
        updateTitle();
        updateState();
        showContacts();
    }
    if (QWidget *name = m_form->editor(QStringLiteral("name")))
        name->setFocus();
    CopyGuard::apply(m_context.rights, this);
}

QWidget *CustomerDialog::makeFieldPage(const QString &tab, int page, QWidget *extra)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 14, 16, 14);
    auto *grid = new QGridLayout;
    m_form->addFields(grid, m_context.customerFields.ofTab(tab), page);
    layout->addLayout(grid);
    if (extra) {
        layout->addSpacing(10);
        layout->addWidget(extra, 1);
    } else {
        layout->addStretch(1);
    }
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("tab_") + tab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget *CustomerDialog::makeContactsBox()
{
    auto *box = new QGroupBox(tr("Contacts"));
    box->setObjectName(QStringLiteral("contactsBox"));
    auto *layout = new QVBoxLayout(box);
    auto *buttons = new QHBoxLayout;
    m_addContact = new QPushButton(tr("&Add contact…"));
    m_addContact->setObjectName(QStringLiteral("addContact"));
    m_editContact = new QPushButton(tr("&Edit contact…"));
    m_editContact->setObjectName(QStringLiteral("editContact"));
    m_removeContact = new QPushButton(tr("&Remove contact"));
    m_removeContact->setObjectName(QStringLiteral("removeContact"));
    for (QPushButton *b : {m_addContact, m_editContact, m_removeContact}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    m_contacts = new QStandardItemModel(0, int(kContactColumns.size()) + 1, this);
    m_contactTable = new QTableView;
    m_contactTable->setObjectName(QStringLiteral("contactTable"));
    m_contactTable->setModel(m_contacts);
    m_contactTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contactTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactTable->setAlternatingRowColors(true);
    m_contactTable->verticalHeader()->hide();
    m_contactTable->verticalHeader()->setDefaultSectionSize(m_contactTable->fontMetrics().height() + 10);
    m_contactTable->horizontalHeader()->setStretchLastSection(true);
    m_contactTable->setMinimumHeight(m_contactTable->fontMetrics().height() * 7);
    layout->addWidget(m_contactTable, 1);

    connect(m_addContact, &QPushButton::clicked, this, &CustomerDialog::addContact);
    connect(m_editContact, &QPushButton::clicked, this, &CustomerDialog::editContact);
    connect(m_removeContact, &QPushButton::clicked, this, &CustomerDialog::removeContact);
    connect(m_contactTable, &QTableView::activated, this, &CustomerDialog::editContact);
    connect(m_contactTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerDialog::updateState);
    return box;
}

QWidget *CustomerDialog::makeHistoryPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("tab_history"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *top = new QHBoxLayout;
    m_historyNote = new QLabel;
    m_historyNote->setObjectName(QStringLiteral("historyNote"));
    m_historyNote->setWordWrap(true);
    m_historyNote->setText(tr("Every version of this customer and its contacts, newest first. Select one to see "
                              "what changed; “Restore this version” puts the customer back as that change left it."));
    top->addWidget(m_historyNote, 1);
    m_restoreVersion = new QPushButton(tr("&Restore this version…"));
    m_restoreVersion->setObjectName(QStringLiteral("restoreVersion"));
    m_restoreVersion->setAutoDefault(false);
    m_restoreVersion->setEnabled(false);
    top->addWidget(m_restoreVersion, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_history = new QTableWidget(0, 4);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Changed fields")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(false);
    m_history->setColumnWidth(0, m_history->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 24);
    m_history->setColumnWidth(1, 110);
    m_history->setColumnWidth(2, 170);
    listLayout->addWidget(m_history, 1);
    m_olderVersions = new QPushButton(tr("Show &older versions"));
    m_olderVersions->setObjectName(QStringLiteral("olderVersions"));
    m_olderVersions->setAutoDefault(false);
    m_olderVersions->hide();
    listLayout->addWidget(m_olderVersions, 0, Qt::AlignLeft);
    splitter->addWidget(list);
    m_historyDetail = new QTableWidget(0, 3);
    m_historyDetail->setObjectName(QStringLiteral("historyDetail"));
    m_historyDetail->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_historyDetail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyDetail->verticalHeader()->hide();
    m_historyDetail->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_historyDetail->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_historyDetail->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    splitter->addWidget(m_historyDetail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_history, &QTableWidget::itemSelectionChanged, this, [this] {
        showHistoryEntry();
        updateRestoreAction();
    });
    connect(m_restoreVersion, &QPushButton::clicked, this, &CustomerDialog::restoreSelectedVersion);
    connect(m_olderVersions, &QPushButton::clicked, this, [this] { loadHistory(true); });
    return page;
}

QWidget *CustomerDialog::makeAccessBox()
{
    auto *box = new QGroupBox(tr("Who may see and edit"));
    box->setObjectName(QStringLiteral("accessBox"));
    auto *layout = new QVBoxLayout(box);
    m_accessSummary = new QLabel;
    m_accessSummary->setObjectName(QStringLiteral("accessSummary"));
    m_accessSummary->setTextFormat(Qt::PlainText); // names come from the server
    m_accessSummary->setWordWrap(true);
    layout->addWidget(m_accessSummary);
    auto *row = new QHBoxLayout;
    m_accessButton = new QPushButton(tr("Who may see and &edit…"));
    m_accessButton->setObjectName(QStringLiteral("editAccess"));
    m_accessButton->setAutoDefault(false);
    m_accessButton->setToolTip(tr("Restrict this customer to named people, or let people outside your department "
                                  "see or change it"));
    row->addWidget(m_accessButton);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_accessButton, &QPushButton::clicked, this, &CustomerDialog::openAccess);
    if (!m_id)
        m_accessSummary->setText(tr("Save the customer first; then you can choose who may see and edit it."));
    // The box keeps its height; the page's free space goes below it.
    auto *holder = new QWidget;
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(box);
    holderLayout->addStretch(1);
    return holder;
}

void CustomerDialog::loadAccess()
{
    if (!m_id || !m_accessSummary)
        return;
    m_accessLoaded = true;
    m_context.connection->request(QStringLiteral("customers.access"), {{QStringLiteral("id"), m_id}},
                                  [this, self = QPointer(this)](const protocol::Reply &reply) {
                                      if (!self)
                                          return;
                                      if (!reply.ok) {
                                          m_accessLoaded = false;
                                          m_accessSummary->setText(tr("Could not read who may see this customer: %1")
                                                                       .arg(AdminText::errorMessage(reply.error)));
                                          return;
                                      }
                                      m_accessSummary->setText(RecordAccessDialog::summary(reply.result.toMap()));
                                  });
}

void CustomerDialog::openAccess()
{
    if (!m_id || !m_loaded)
        return;
    auto *dialog = new RecordAccessDialog(m_context, m_id, m_form->record().value(QStringLiteral("name")).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordAccessDialog::saved, this, [this](qint64 version, qint64 previous) {
        // The lists moved the customer's version. Unless someone else changed it as
        // well, the form is current: unsaved edits stay and will save against the new
        // version; without any, the form shows the customer as now saved.
        if (m_version == previous) {
            if (isDirty())
                m_version = version;
            else
                fetchAfterSave(false);
        }
        loadAccess();
    });
    dialog->open();
}

void CustomerDialog::showHistoryEntry()
{
    m_historyDetail->setRowCount(0);
    const int row = m_history->currentRow();
    if (row < 0 || row >= m_historyRows.size())
        return;
    const QCborMap entry = m_historyRows[row];
    const QCborMap before = entry.value(QStringLiteral("before")).toMap();
    const QCborMap after = entry.value(QStringLiteral("after")).toMap();
    const bool both = !before.isEmpty() && !after.isEmpty();
    QFont bold = m_historyDetail->font();
    bold.setBold(true);
    auto addRow = [&](const QString &name, const QString &was, const QString &now, const QString &key) {
        const int r = m_historyDetail->rowCount();
        m_historyDetail->insertRow(r);
        const QStringList cells{name, was, now};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            item->setData(Qt::UserRole, key);
            if (c == 0)
                item->setFont(bold);
            m_historyDetail->setItem(r, c, item);
        }
    };
    // The fields the caller's role shows, in form order (the server leaves hidden ones
    // out of the images; a field retired since is not shown either); only what changed.
    for (const FieldInfo &f : m_context.customerFields.fields()) {
        const QString b = FieldText::display(f, before.value(f.key), before);
        const QString a = FieldText::display(f, after.value(f.key), after);
        if (both ? b == a : b.isEmpty() && a.isEmpty())
            continue;
        addRow(f.title(), b, a, f.key);
    }
    // Contacts, matched by id: added, removed, or their changed fields one by one.
    auto byId = [](const QCborMap &image) {
        QList<QPair<qint64, QCborMap>> contacts;
        for (const QCborValue &v : image.value(QStringLiteral("contacts")).toArray())
            contacts.append({v.toMap().value(QStringLiteral("id")).toInteger(), v.toMap()});
        return contacts;
    };
    const auto was = byId(before);
    const auto now = byId(after);
    auto find = [](const QList<QPair<qint64, QCborMap>> &list, qint64 id) -> const QCborMap * {
        for (const auto &c : list)
            if (c.first == id)
                return &c.second;
        return nullptr;
    };
    for (const auto &[id, contact] : now) {
        const QCborMap *old = find(was, id);
        if (!old) {
            addRow(both ? tr("Contact added") : tr("Contact"), QString(), contactsText(QCborArray{contact}),
                   QStringLiteral("contacts"));
            continue;
        }
        const QString name = contact.value(QStringLiteral("name")).toString();
        for (const FieldInfo &f : m_context.contactFields.fields()) {
            const QString b = FieldText::display(f, old->value(f.key), *old);
            const QString a = FieldText::display(f, contact.value(f.key), contact);
            if (b != a)
                //: A changed field of a contact in the history: %1 the contact's name, %2 the field.
                addRow(tr("Contact “%1”: %2").arg(name, f.title()), b, a, QStringLiteral("contacts"));
        }
    }
    for (const auto &[id, contact] : was)
        if (!find(now, id))
            addRow(both ? tr("Contact removed") : tr("Contact"), contactsText(QCborArray{contact}), QString(),
                   QStringLiteral("contacts"));
    // Who may see and edit it (customers.set_access).
    for (const QString &key : {QStringLiteral("readers"), QStringLiteral("editors")}) {
        const QString b = principalsText(before.value(key));
        const QString a = principalsText(after.value(key));
        if (both ? b == a : b.isEmpty() && a.isEmpty())
            continue;
        addRow(listTitle(key), b, a, key);
    }
}

void CustomerDialog::loadHistory(bool older)
{
    if (!m_history || !m_id)
        return;
    m_historyLoaded = true;
    QCborMap args{{QStringLiteral("id"), m_id}, {QStringLiteral("limit"), 200}};
    if (older && m_historyCursor)
        args.insert(QStringLiteral("cursor"), m_historyCursor);
    m_olderVersions->setEnabled(false);
    // customers.history needs only customers.read: whoever sees the customer sees its
    // versions, without the fields their role hides.
    m_context.connection->request(
        QStringLiteral("customers.history"), args, [this, self = QPointer(this), older](const protocol::Reply &reply) {
            if (!self)
                return;
            m_olderVersions->setEnabled(true);
            if (!reply.ok) {
                m_historyNote->setText(tr("Could not load the history: %1").arg(AdminText::errorMessage(reply.error)));
                m_historyLoaded = false;
                return;
            }
            const qint64 selected = m_history->currentRow() >= 0 && m_history->currentRow() < m_historyRows.size()
                                        ? m_historyRows[m_history->currentRow()].value(QStringLiteral("audit_id")).toInteger()
                                        : 0;
            if (!older) {
                m_historyRows.clear();
                m_history->setRowCount(0);
            }
            const QCborMap result = reply.result.toMap();
            for (const QCborValue &v : result.value(QStringLiteral("items")).toArray()) {
                const QCborMap entry = v.toMap();
                m_historyRows.append(entry);
                const QCborMap before = entry.value(QStringLiteral("before")).toMap();
                const QCborMap after = entry.value(QStringLiteral("after")).toMap();
                QStringList changed;
                if (!before.isEmpty() && !after.isEmpty()) {
                    for (const FieldInfo &f : m_context.customerFields.fields())
                        if (FieldText::display(f, before.value(f.key), before) != FieldText::display(f, after.value(f.key), after))
                            changed.append(f.title());
                    for (const QString &key : kListKeys)
                        if (before.value(key) != after.value(key))
                            changed.append(listTitle(key));
                }
                const QDateTime at = QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
                const int r = m_history->rowCount();
                m_history->insertRow(r);
                const QStringList cells{at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                        entry.value(QStringLiteral("user_login")).toString(),
                                        opText(entry.value(QStringLiteral("op")).toString()),
                                        //: Separates the names of the changed fields in the history list.
                                        changed.join(tr(", "))};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells[c]);
                    item->setToolTip(cells[c]);
                    m_history->setItem(r, c, item);
                }
            }
            m_historyCursor = result.value(QStringLiteral("next_cursor")).toInteger();
            m_olderVersions->setVisible(m_historyCursor != 0);
            int row = 0;
            for (int i = 0; i < m_historyRows.size(); ++i)
                if (m_historyRows[i].value(QStringLiteral("audit_id")).toInteger() == selected)
                    row = i;
            if (m_history->rowCount() > 0)
                m_history->selectRow(older ? m_history->currentRow() : row);
            updateRestoreAction();
            Q_EMIT historyLoaded();
        });
}

bool CustomerDialog::canEditRecord() const
{
    if (!m_id || !m_context.can(domain::rights::kCustomersUpdate))
        return false;
    if (m_context.editAll)
        return true;
    const QCborMap record = m_form->record();
    // A role that hides who follows and who created a customer leaves it to the server.
    if (!record.contains(QStringLiteral("owner_id")) && !record.contains(QStringLiteral("creator_id")))
        return true;
    const qint64 me = m_context.userId;
    if (record.value(QStringLiteral("owner_id")).toInteger() == me || record.value(QStringLiteral("creator_id")).toInteger() == me)
        return true;
    for (const QCborValue &follower : record.value(QStringLiteral("followers")).toArray())
        if (follower.toInteger() == me)
            return true;
    return false;
}

void CustomerDialog::updateRestoreAction()
{
    if (!m_restoreVersion)
        return;
    const int row = m_history->currentRow();
    const bool selected = row >= 0 && row < m_historyRows.size();
    const QCborMap entry = selected ? m_historyRows[row] : QCborMap();
    // The newest change left the customer as it is now (the history is read again with
    // every reload); in the bin even that one brings it back. Versions do not tell:
    // contact changes keep the customer's version.
    const bool current = row == 0 && !m_binned;
    QString why;
    if (!canEditRecord())
        why = tr("Your role may not change this customer.");
    else if (selected && !entry.value(QStringLiteral("after")).isMap())
        why = tr("This change erased the customer; it holds no version to restore.");
    else if (selected && current)
        why = tr("This is the customer as it is now.");
    m_restoreVersion->setEnabled(m_loaded && selected && why.isEmpty() && !m_restoring && !m_saving);
    m_restoreVersion->setToolTip(why.isEmpty() ? tr("Put the customer back as the selected change left it") : why);
}

void CustomerDialog::restoreSelectedVersion()
{
    const int row = m_history->currentRow();
    if (!m_restoreVersion->isEnabled() || row < 0 || row >= m_historyRows.size())
        return;
    const QCborMap entry = m_historyRows[row];
    const QString when = m_history->item(row, 0)->text();
    const QString who = entry.value(QStringLiteral("user_login")).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore this version"),
                                tr("Put “%1” back as %2 left it on %3?")
                                    .arg(m_form->record().value(QStringLiteral("name")).toString(), who, when),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRestoreVersion"));
    QString details = tr("The fields you may change and the contacts return to that version; the follower stays. "
                         "The restore is itself recorded in the history, so it can be undone the same way.");
    if (m_binned)
        details += QLatin1Char('\n') + tr("The customer also comes back out of the recycle bin.");
    if (isDirty())
        details += QLatin1Char('\n') + tr("Your unsaved changes in this form will be discarded.");
    box->setInformativeText(details);
    QPushButton *yes = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmRestoreVersionButton"));
    box->addButton(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, entry] {
        if (box->clickedButton() == yes)
            sendRestore(entry);
    });
    box->open();
}

void CustomerDialog::sendRestore(const QCborMap &entry)
{
    m_restoring = true;
    m_banner->hide();
    m_status->setText(tr("Restoring…"));
    updateRestoreAction();
    const QCborMap args{{QStringLiteral("id"), m_id},
                        {QStringLiteral("audit_id"), entry.value(QStringLiteral("audit_id")).toInteger()},
                        {QStringLiteral("version"), m_version}};
    m_context.connection->request(
        QStringLiteral("customers.restore_version"), args, [this, self = QPointer(this)](const protocol::Reply &reply) {
            if (!self)
                return;
            using protocol::ErrorCode;
            const bool changed = reply.ok && reply.result.toMap().value(QStringLiteral("changed")).toBool();
            QString status;
            if (reply.ok)
                status = changed ? tr("The version was restored.")
                                 : tr("Nothing to restore: the customer already is as that version left it.");
            else if (reply.error.code == ErrorCode::Conflict && reply.error.field == QLatin1String("version"))
                // Restoring over a change one has not seen would undo it unseen.
                m_banner->showError(tr("Someone else changed this customer meanwhile. The form now shows their "
                                       "version; look at the history again and restore once more if needed."));
            else
                m_banner->showError(tr("Could not restore this version: %1").arg(AdminText::errorMessage(reply.error)));
            // The form shows what the customer is now, whatever happened.
            reload([this, self, status, changed, ok = reply.ok] {
                m_restoring = false;
                m_status->setText(status);
                updateRestoreAction();
                if (ok)
                    Q_EMIT saved(m_form->record(), false);
                Q_EMIT versionRestored(changed);
            });
        });
}

QCborMap CustomerDialog::record() const
{
    return m_form->record();
}

bool CustomerDialog::isDirty() const
{
    return m_loaded && (m_form->isDirty() || (!m_id && !m_pendingContacts.isEmpty()));
}

void CustomerDialog::reload(const std::function<void()> &then)
{
    // binned: a customer in the recycle bin opens too, to be looked at or restored from its history.
    m_context.connection->request(QStringLiteral("customers.get"), {{QStringLiteral("id"), m_id}, {QStringLiteral("binned"), true}},
                                  [this, self = QPointer(this), then](const protocol::Reply &reply) {
                                      if (!self)
                                          return;
                                      m_tabs->setEnabled(true);
                                      m_status->clear();
                                      if (!reply.ok) {
                                          m_banner->showError(tr("Could not load the customer: %1")
                                                                  .arg(AdminText::errorMessage(reply.error)));
                                      } else {
                                          m_loaded = true;
                                          setRecord(reply.result.toMap());
                                          Q_EMIT loaded();
                                      }
                                      if (then)
                                          then();
                                  });
}

void CustomerDialog::setRecord(const QCborMap &record)
{
    m_version = record.value(QStringLiteral("version")).toInteger();
    const bool wasBinned = m_binned;
    m_binned = record.contains(QStringLiteral("deleted_at"));
    // In the bin a customer is only looked at: it changes by coming back (restore, or a version).
    for (int page = Basic; page < History; ++page)
        m_tabs->widget(page)->setEnabled(!m_binned);
    if (m_binned)
        m_banner->showInfo(tr("This customer is in the recycle bin. To bring it back, restore it from the recycle "
                              "bin or put back a version from the History tab."));
    else if (wasBinned)
        m_banner->hide();
    m_form->setRecord(record);
    updateTitle(); // first: updateState marks the title's [*]
    showContacts();
    updateState();
    if (m_historyLoaded || (m_tabs->currentIndex() == History))
        loadHistory();
    if (m_accessLoaded || m_tabs->currentIndex() == Management)
        loadAccess();
}

void CustomerDialog::updateTitle()
{
    const QCborMap record = m_form->record();
    const QString name = record.value(QStringLiteral("name")).toString();
    m_heading->setText(m_id ? name : tr("New customer"));
    QStringList facts;
    const QString owner = record.value(QStringLiteral("owner_name")).toString();
    if (!owner.isEmpty())
        facts.append(tr("Follower: %1").arg(owner));
    if (const FieldInfo *type = m_context.customerFields.find(QStringLiteral("customer_type"));
        type && !record.value(QStringLiteral("customer_type")).toString().isEmpty())
        facts.append(type->choiceTitle(record.value(QStringLiteral("customer_type")).toString()));
    if (const FieldInfo *grade = m_context.customerFields.find(QStringLiteral("grade"));
        grade && !record.value(QStringLiteral("grade")).toString().isEmpty())
        facts.append(grade->choiceTitle(record.value(QStringLiteral("grade")).toString()));
    const QString updated = record.value(QStringLiteral("updated_at")).toString();
    if (m_id && !updated.isEmpty())
        facts.append(tr("Last changed %1").arg(FieldText::dateTime(updated)));
    //: Separates the facts under the customer's name in the form's heading.
    m_subheading->setText(facts.join(tr("  ·  ")));
    // [*] shows the unsaved-changes mark of setWindowModified().
    setWindowTitle((m_id ? tr("Customer – %1").arg(name) : tr("New customer")) + QStringLiteral("[*]"));
}

QStringList CustomerDialog::contactColumns() const
{
    // The grid's columns the caller's role shows.
    QStringList columns;
    for (const QString &key : kContactColumns)
        if (m_context.contactFields.find(key))
            columns.append(key);
    return columns;
}

QString CustomerDialog::printableHtml(const QCborMap &record, const QString &printedAt) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(record.value(QStringLiteral("name")).toString().toHtmlEscaped());
    for (int t = 0; t < kTabs.size(); ++t) {
        QString rows;
        for (const FieldInfo &f : m_context.customerFields.ofTab(kTabs[t])) {
            const QString value = FieldText::display(f, record.value(f.key), record);
            if (!value.isEmpty())
                rows += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                            .arg(f.title().toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
        if (!rows.isEmpty())
            html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\" width=\"100%\">%2</table>")
                        .arg(fieldTabTitle(kTabs[t]).toHtmlEscaped(), rows);
    }
    const QCborArray contacts = record.value(QStringLiteral("contacts")).toArray();
    const QStringList columns = contactColumns();
    if (!contacts.isEmpty()) {
        QString head;
        for (const QString &key : columns)
            head += QStringLiteral("<th align=\"left\">%1</th>").arg(m_context.contactFields.find(key)->title().toHtmlEscaped());
        QString rows;
        for (const QCborValue &v : contacts) {
            const QCborMap c = v.toMap();
            rows += QStringLiteral("<tr>");
            for (const QString &key : columns)
                rows += QStringLiteral("<td>%1</td>").arg(
                    FieldText::display(*m_context.contactFields.find(key), c.value(key), c).toHtmlEscaped());
            rows += QStringLiteral("</tr>");
        }
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\" width=\"100%\"><tr>%2</tr>%3</table>")
                    .arg(tr("Contacts").toHtmlEscaped(), head, rows);
    }
    if (!printedAt.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(tr("Printed %1").arg(FieldText::dateTime(printedAt)).toHtmlEscaped());
    return html;
}

void CustomerDialog::fetchPrintout(const std::function<void(const QString &html)> &done)
{
    if (!m_loaded || !m_id || !m_context.can(domain::rights::kCustomersPrint))
        return;
    // What is printed comes from the server, which checks the right, leaves out what the
    // role hides and records who printed what; not from what this form has loaded.
    m_print->setEnabled(false);
    m_status->setText(tr("Preparing the printout…"));
    m_context.connection->request(
        QStringLiteral("customers.print"), {{QStringLiteral("ids"), QCborArray{m_id}}},
        [this, self = QPointer(this), done](const protocol::Reply &reply) {
            if (!self)
                return;
            m_status->clear();
            updateState();
            const QCborArray items = reply.result.toMap().value(QStringLiteral("items")).toArray();
            if (!reply.ok || items.isEmpty()) {
                m_banner->showError(tr("Could not print the customer: %1").arg(AdminText::errorMessage(reply.error)));
                return;
            }
            done(printableHtml(items.first().toMap(), reply.result.toMap().value(QStringLiteral("printed_at")).toString()));
        });
}

void CustomerDialog::requestPrintout()
{
    fetchPrintout([this](const QString &html) { Q_EMIT printoutReady(html); });
}

void CustomerDialog::print()
{
    fetchPrintout([this](const QString &html) {
        Q_EMIT printoutReady(html);
        auto *printer = new QPrinter(QPrinter::HighResolution);
        auto *dialog = new QPrintDialog(printer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Print customer"));
        connect(dialog, &QDialog::finished, this, [printer, html](int result) {
            if (result == QDialog::Accepted) {
                QTextDocument document;
                document.setHtml(html);
                document.print(printer);
            }
            delete printer;
        });
        dialog->open();
    });
}

void CustomerDialog::updateState()
{
    const bool dirty = isDirty();
    m_save->setEnabled(!m_saving && m_loaded && !m_binned && (dirty || !m_id));
    m_saveClose->setEnabled(!m_saving && m_loaded && !m_binned);
    m_print->setEnabled(m_loaded && !m_binned && m_id != 0);
    updateRestoreAction();
    const bool canEdit = m_context.can(domain::rights::kCustomersUpdate) || !m_id;
    const bool selected = m_contactTable->selectionModel() && m_contactTable->selectionModel()->hasSelection();
    m_addContact->setEnabled(m_loaded && canEdit);
    m_editContact->setEnabled(m_loaded && selected);
    m_removeContact->setEnabled(m_loaded && canEdit && selected);
    if (m_accessButton)
        m_accessButton->setEnabled(m_loaded && m_id != 0);
    if (dirty && !m_saving)
        m_status->setText(tr("Unsaved changes"));
    else if (!m_saving && m_status->text() == tr("Unsaved changes"))
        m_status->clear();
    setWindowModified(dirty);
}

void CustomerDialog::showContacts()
{
    const QList<QCborMap> contacts = [&] {
        if (!m_id)
            return m_pendingContacts;
        QList<QCborMap> list;
        for (const QCborValue &v : m_form->record().value(QStringLiteral("contacts")).toArray())
            list.append(v.toMap());
        return list;
    }();
    m_contacts->clear();
    const QStringList columns = contactColumns();
    QStringList headers{tr("Primary")};
    for (const QString &key : columns)
        headers.append(m_context.contactFields.find(key)->title());
    m_contacts->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < contacts.size(); ++i) {
        const QCborMap &c = contacts[i];
        QList<QStandardItem *> row;
        auto *primary = new QStandardItem(c.value(QStringLiteral("primary")).toBool() ? QStringLiteral("★") : QString());
        primary->setTextAlignment(Qt::AlignCenter);
        primary->setForeground(QColor(0xc7, 0x8b, 0x00));
        primary->setData(i, Qt::UserRole);
        primary->setToolTip(c.value(QStringLiteral("primary")).toBool() ? tr("Primary contact") : QString());
        row.append(primary);
        for (const QString &key : columns)
            row.append(new QStandardItem(FieldText::display(*m_context.contactFields.find(key), c.value(key), c)));
        m_contacts->appendRow(row);
    }
    m_contactTable->setColumnWidth(0, m_contactTable->fontMetrics().horizontalAdvance(headers[0]) + 24);
    static const QHash<QString, int> widths{{QStringLiteral("name"), 110}, {QStringLiteral("title"), 130},
                                            {QStringLiteral("mobile"), 130}, {QStringLiteral("phone"), 140},
                                            {QStringLiteral("email"), 200}};
    for (int i = 0; i < columns.size(); ++i)
        if (widths.contains(columns[i]))
            m_contactTable->setColumnWidth(i + 1, widths.value(columns[i]));
    updateState();
}

void CustomerDialog::save()
{
    if (m_saving || !m_loaded)
        return;
    m_banner->hide();
    if (!m_form->validate()) {
        Q_EMIT saveFailed();
        return;
    }
    if (m_id && !m_form->isDirty()) {
        m_status->setText(tr("Nothing to save."));
        Q_EMIT saveFailed();
        return;
    }
    send(false);
}

void CustomerDialog::send(bool allowDuplicate)
{
    QCborMap args;
    QString op;
    QCborMap sent;
    if (m_id) {
        op = QStringLiteral("customers.update");
        sent = m_form->changes();
        args = sent;
        args.insert(QStringLiteral("id"), m_id);
        args.insert(QStringLiteral("version"), m_version);
    } else {
        op = QStringLiteral("customers.create");
        sent = m_form->nonEmptyValues();
        args = sent;
        if (!m_pendingContacts.isEmpty()) {
            QCborArray contacts;
            for (const QCborMap &c : m_pendingContacts)
                contacts.append(c);
            args.insert(QStringLiteral("contacts"), contacts);
        }
        if (allowDuplicate)
            args.insert(QStringLiteral("allow_duplicate"), true);
    }
    m_saving = true;
    m_status->setText(tr("Saving…"));
    updateState();
    m_context.connection->request(op, args, [this, self = QPointer(this), sent](const protocol::Reply &reply) {
        if (!self)
            return;
        m_saving = false;
        if (!reply.ok) {
            m_status->clear();
            handleError(reply.error, sent);
            updateState();
            Q_EMIT saveFailed();
            return;
        }
        const QCborMap result = reply.result.toMap();
        const bool created = !m_id;
        if (created) {
            m_id = result.value(QStringLiteral("id")).toInteger();
            m_pendingContacts.clear();
        }
        m_version = result.value(QStringLiteral("version")).toInteger(m_version);
        fetchAfterSave(created);
    });
}

void CustomerDialog::fetchAfterSave(bool created)
{
    m_saving = true;
    m_context.connection->request(QStringLiteral("customers.get"), {{QStringLiteral("id"), m_id}},
                                  [this, self = QPointer(this), created](const protocol::Reply &reply) {
                                      if (!self)
                                          return;
                                      m_saving = false;
                                      if (reply.ok)
                                          setRecord(reply.result.toMap());
                                      m_status->setText(tr("Saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
                                      updateState();
                                      Q_EMIT saved(m_form->record(), created);
                                  });
}

void CustomerDialog::handleError(const protocol::Error &error, const QCborMap &sent)
{
    using protocol::ErrorCode;
    if (error.code == ErrorCode::Conflict && error.field == QLatin1String("version")) {
        resolveConflict(sent);
        return;
    }
    if (error.code == ErrorCode::Conflict && !m_id
        && error.details.value(QStringLiteral("duplicates")).isArray()) {
        showDuplicates(error.details);
        return;
    }
    if (!error.field.isEmpty() && m_form->hasField(error.field)) {
        m_form->showError(error.field, FieldForm::errorText(*m_form->field(error.field), error));
        return;
    }
    if (error.field.startsWith(QLatin1String("contacts."))) {
        // contacts.N.key: a contact given with a new customer.
        const QStringList parts = error.field.split(QLatin1Char('.'));
        const int index = parts.value(1).toInt();
        const FieldInfo *f = m_context.contactFields.find(parts.value(2));
        const QString contact = m_pendingContacts.value(index).value(QStringLiteral("name")).toString();
        m_banner->showError(tr("Contact “%1”: %2").arg(contact, f ? FieldForm::errorText(*f, error)
                                                                 : AdminText::errorMessage(error)));
        return;
    }
    m_banner->showError(tr("Could not save: %1").arg(AdminText::errorMessage(error)));
}

void CustomerDialog::resolveConflict(const QCborMap &mine)
{
    m_status->setText(tr("Someone else changed this customer; loading their version…"));
    m_context.connection->request(
        QStringLiteral("customers.get"), {{QStringLiteral("id"), m_id}},
        [this, self = QPointer(this), mine](const protocol::Reply &reply) {
            if (!self)
                return;
            m_status->clear();
            if (!reply.ok) {
                m_banner->showError(tr("Could not load the current version: %1").arg(AdminText::errorMessage(reply.error)));
                return;
            }
            const QCborMap theirs = reply.result.toMap();
            const QCborMap original = m_form->record();
            // Fields where my value and theirs now differ: those I changed and those they changed.
            QStringList keys;
            for (const FieldInfo &f : m_context.customerFields.fields()) {
                if (!m_form->hasField(f.key) || f.readOnly || f.type == QLatin1String("datetime"))
                    continue;
                const QCborValue t = FieldForm::canonical(f, theirs.value(f.key));
                const QCborValue o = FieldForm::canonical(f, original.value(f.key));
                const QCborValue m = mine.contains(f.key) ? mine.value(f.key) : o;
                if ((mine.contains(f.key) || t != o) && m != t)
                    keys.append(f.key);
            }
            auto *dialog = new QDialog(this);
            dialog->setObjectName(QStringLiteral("conflictDialog"));
            dialog->setWindowTitle(tr("The customer was changed by someone else"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            auto *layout = new QVBoxLayout(dialog);
            auto *text = new QLabel(tr("While you were editing, %1 saved a newer version of “%2”. "
                                       "These fields differ between your version and theirs:")
                                        .arg(theirs.value(QStringLiteral("updated_by")).isInteger()
                                                 ? m_context.userName(theirs.value(QStringLiteral("updated_by")).toInteger())
                                                 : tr("someone"),
                                             theirs.value(QStringLiteral("name")).toString()));
            text->setTextFormat(Qt::PlainText);
            text->setWordWrap(true);
            layout->addWidget(text);
            auto *table = new QTableWidget(int(keys.size()), 3);
            table->setObjectName(QStringLiteral("conflictTable"));
            table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Theirs")});
            table->verticalHeader()->hide();
            table->setEditTriggers(QAbstractItemView::NoEditTriggers);
            table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
            table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
            table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
            for (int r = 0; r < keys.size(); ++r) {
                const FieldInfo *f = m_context.customerFields.find(keys[r]);
                const QCborValue m = mine.contains(keys[r]) ? mine.value(keys[r]) : original.value(keys[r]);
                const QStringList cells{f->title(), FieldText::display(*f, m, original),
                                        FieldText::display(*f, theirs.value(keys[r]), theirs)};
                for (int c = 0; c < 3; ++c) {
                    auto *item = new QTableWidgetItem(cells[c]);
                    item->setData(Qt::UserRole, keys[r]);
                    item->setToolTip(cells[c]);
                    table->setItem(r, c, item);
                }
            }
            layout->addWidget(table, 1);
            auto *buttons = new QDialogButtonBox;
            QPushButton *keepTheirs = buttons->addButton(tr("&Keep theirs"), QDialogButtonBox::RejectRole);
            keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
            keepTheirs->setToolTip(tr("Discard your changes and show the saved version"));
            QPushButton *reapply = buttons->addButton(tr("&Reapply mine and save"), QDialogButtonBox::AcceptRole);
            reapply->setObjectName(QStringLiteral("reapplyMine"));
            reapply->setToolTip(tr("Start from the saved version, put your changes back and save them"));
            layout->addWidget(buttons);
            connect(keepTheirs, &QPushButton::clicked, dialog, [this, dialog, theirs] {
                setRecord(theirs);
                m_status->setText(tr("Showing the saved version; your changes were discarded."));
                dialog->accept();
            });
            connect(reapply, &QPushButton::clicked, dialog, [this, dialog, theirs, mine] {
                setRecord(theirs);
                for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
                    m_form->setValue(it.key().toString(), it.value());
                dialog->accept();
                save();
            });
            dialog->resize(720, 400);
            CopyGuard::apply(m_context.rights, dialog);
            dialog->open();
        });
}

void CustomerDialog::showDuplicates(const QCborMap &details)
{
    const QCborArray duplicates = details.value(QStringLiteral("duplicates")).toArray();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("duplicatesDialog"));
    dialog->setWindowTitle(tr("Possible duplicate customers"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QLabel(tr("%n customer(s) with the same name, telephone, mobile or e-mail already exist. "
                               "Talk to their follower before you create another record.",
                               nullptr, int(duplicates.size())));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *table = new QTableWidget(int(duplicates.size()), 3);
    table->setObjectName(QStringLiteral("duplicatesTable"));
    table->setHorizontalHeaderLabels({tr("Customer"), tr("Follower"), tr("Same")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (int r = 0; r < duplicates.size(); ++r) {
        const QCborMap d = duplicates[r].toMap();
        QStringList matched;
        for (const QCborValue &m : d.value(QStringLiteral("matched_on")).toArray()) {
            const QString key = m.toString();
            if (key == QLatin1String("name"))
                matched.append(tr("name"));
            else if (key == QLatin1String("mobile"))
                matched.append(tr("mobile"));
            else if (key == QLatin1String("phone"))
                matched.append(tr("telephone"));
            else if (key == QLatin1String("email"))
                matched.append(tr("e-mail"));
            else if (key == QLatin1String("contact"))
                matched.append(tr("a contact"));
            else
                matched.append(key);
        }
        const bool visible = d.value(QStringLiteral("visible")).toBool();
        const QStringList cells{visible ? d.value(QStringLiteral("name")).toString()
                                        : tr("(a customer you cannot see)"),
                                d.value(QStringLiteral("owner_name")).toString(), matched.join(tr(", "))};
        for (int c = 0; c < 3; ++c)
            table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox;
    QPushButton *create = buttons->addButton(tr("Create &anyway"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createAnyway"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelCreate"));
    cancel->setDefault(true);
    layout->addWidget(buttons);
    connect(create, &QPushButton::clicked, dialog, [this, dialog] {
        dialog->accept();
        send(true);
    });
    connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    dialog->resize(640, 320);
    CopyGuard::apply(m_context.rights, dialog);
    dialog->open();
}

void CustomerDialog::addContact()
{
    auto *dialog = new ContactDialog(m_context, m_id, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_id) {
            refreshContacts();
            return;
        }
        QCborMap contact = dialog->values();
        if (contact.value(QStringLiteral("primary")).toBool())
            for (QCborMap &c : m_pendingContacts)
                c.remove(QStringLiteral("primary"));
        m_pendingContacts.append(contact);
        showContacts();
        updateState();
    });
    dialog->open();
}

void CustomerDialog::editContact()
{
    const QModelIndexList rows = m_contactTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int index = m_contacts->item(rows.first().row(), 0)->data(Qt::UserRole).toInt();
    QCborMap contact;
    if (m_id)
        contact = m_form->record().value(QStringLiteral("contacts")).toArray().at(index).toMap();
    else
        contact = m_pendingContacts.value(index);
    auto *dialog = new ContactDialog(m_context, m_id, contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, index] {
        if (m_id) {
            refreshContacts();
            return;
        }
        QCborMap contact = dialog->values();
        if (contact.value(QStringLiteral("primary")).toBool())
            for (QCborMap &c : m_pendingContacts)
                c.remove(QStringLiteral("primary"));
        m_pendingContacts[index] = contact;
        showContacts();
    });
    dialog->open();
}

void CustomerDialog::removeContact()
{
    const QModelIndexList rows = m_contactTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int index = m_contacts->item(rows.first().row(), 0)->data(Qt::UserRole).toInt();
    if (!m_id) {
        m_pendingContacts.removeAt(index);
        showContacts();
        updateState();
        return;
    }
    const QCborMap contact = m_form->record().value(QStringLiteral("contacts")).toArray().at(index).toMap();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove contact"),
                                tr("Remove the contact “%1” from this customer?")
                                    .arg(contact.value(QStringLiteral("name")).toString()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRemoveContact"));
    QPushButton *yes = box->addButton(tr("Remove"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmRemoveContactButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, contact] {
        if (box->clickedButton() != yes)
            return;
        m_context.connection->request(QStringLiteral("contacts.delete"),
                                      {{QStringLiteral("id"), contact.value(QStringLiteral("id")).toInteger()}},
                                      [this, self = QPointer(this)](const protocol::Reply &reply) {
                                          if (!self)
                                              return;
                                          if (!reply.ok)
                                              m_banner->showError(tr("Could not remove the contact: %1")
                                                                      .arg(AdminText::errorMessage(reply.error)));
                                          refreshContacts();
                                      });
    });
    box->open();
}

void CustomerDialog::refreshContacts()
{
    // Contacts have versions of their own; the customer's fields and version stay as read.
    m_context.connection->request(QStringLiteral("customers.get"), {{QStringLiteral("id"), m_id}},
                                  [this, self = QPointer(this)](const protocol::Reply &reply) {
                                      if (!self || !reply.ok)
                                          return;
                                      QCborMap record = m_form->record();
                                      record.insert(QStringLiteral("contacts"),
                                                    reply.result.toMap().value(QStringLiteral("contacts")));
                                      // Keep the person's unsaved edits: only the baseline's contacts change.
                                      const QCborMap edits = m_form->changes();
                                      m_form->setRecord(record);
                                      for (auto it = edits.constBegin(); it != edits.constEnd(); ++it)
                                          m_form->setValue(it.key().toString(), it.value());
                                      showContacts();
                                      if (m_historyLoaded)
                                          loadHistory();
                                      Q_EMIT saved(m_form->record(), false);
                                  });
}

void CustomerDialog::reject()
{
    if (!isDirty()) {
        QDialog::reject();
        return;
    }
    // On the heap: the form may go while the question is open (its module taken away by
    // an administrator, access.changed), and the box, its child, with it.
    QPointer<CustomerDialog> self(this);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("You have changed this customer. Save the changes before closing?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChanges"));
    box->setDefaultButton(QMessageBox::Save);
    box->button(QMessageBox::Save)->setText(tr("Save"));
    box->button(QMessageBox::Discard)->setText(tr("Discard changes"));
    box->button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    const int answer = box->exec();
    if (!self)
        return;
    delete box;
    if (answer == QMessageBox::Discard) {
        QDialog::reject();
    } else if (answer == QMessageBox::Save) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(this, &CustomerDialog::saved, this, [this, once] {
            disconnect(*once);
            QDialog::accept();
        });
        auto failed = std::make_shared<QMetaObject::Connection>();
        *failed = connect(this, &CustomerDialog::saveFailed, this, [this, once, failed] {
            disconnect(*once);
            disconnect(*failed);
        });
        save();
    }
}

} // namespace cordial::client::customers
