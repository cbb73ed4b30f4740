#include "customers/CustomersPage.h"

#include "admin/AdminText.h"
#include "admin/MessageBanner.h"
#include "app/ProgressService.h"
#include "customers/AssignDialog.h"
#include "customers/BulkEditDialog.h"
#include "customers/CopyGuard.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/ExportDialog.h"
#include "customers/ImportWizard.h"
#include "domain/Roles.h"
#include "net/Connection.h"

#include <QAction>
#include <QCborArray>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cordial::client::customers {

using admin::AdminText;

namespace {

// Sensible first widths by field type, so that names are not squeezed and codes not stretched.
int columnWidth(const FieldInfo *field, const QFontMetrics &fm)
{
    const int em = fm.horizontalAdvance(QChar(0x5BA2)); // one CJK character
    if (!field)
        return 8 * em;
    if (field->key == QLatin1String("name"))
        return 16 * em;
    if (field->key == QLatin1String("address"))
        return 18 * em;
    if (field->type == QLatin1String("mobile") || field->type == QLatin1String("phone"))
        return fm.horizontalAdvance(QStringLiteral("0000-00000000")) + 24;
    if (field->type == QLatin1String("date"))
        return fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 24;
    if (field->type == QLatin1String("datetime"))
        return fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 24;
    if (field->type == QLatin1String("money"))
        return fm.horizontalAdvance(QStringLiteral("000,000,000.00")) + 24;
    if (field->type == QLatin1String("email"))
        return 14 * em;
    return qMax(7 * em, fm.horizontalAdvance(field->title()) + 36);
}

} // namespace

CustomersPage::CustomersPage(Connection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_model(new CustomerListModel(connection, this))
{
    setObjectName(QStringLiteral("customersPage"));
    m_context.connection = connection;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);

    // Title row: search on the left (the most used control), the count on the right.
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Customers"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    top->addWidget(title);
    top->addSpacing(16);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, pinyin initials, phone, contact… (Ctrl+F)"));
    m_search->setMinimumWidth(360);
    top->addWidget(m_search, 2);
    auto *findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    findShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(findShortcut);
    top->addStretch(1);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("customerCount"));
    top->addWidget(m_count);
    layout->addLayout(top);

    m_toolbar = new QToolBar;
    m_toolbar->setObjectName(QStringLiteral("customerToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = m_toolbar->addAction(tr("&New customer"));
    m_new->setObjectName(QStringLiteral("newCustomer"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_open = m_toolbar->addAction(tr("&Open"));
    m_open->setObjectName(QStringLiteral("openCustomer"));
    m_delete = m_toolbar->addAction(tr("&Delete"));
    m_delete->setObjectName(QStringLiteral("deleteCustomers"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setToolTip(tr("Move the selected customers to the recycle bin (Del)"));
    m_restore = m_toolbar->addAction(tr("&Restore"));
    m_restore->setObjectName(QStringLiteral("restoreCustomers"));
    m_restore->setToolTip(tr("Bring the selected customers back from the recycle bin"));
    m_assign = m_toolbar->addAction(tr("&Assign…"));
    m_assign->setObjectName(QStringLiteral("assignCustomers"));
    m_assign->setToolTip(tr("Give the selected customers to other users"));
    m_bulkEdit = m_toolbar->addAction(tr("Bul&k edit…"));
    m_bulkEdit->setObjectName(QStringLiteral("bulkEditCustomers"));
    m_bulkEdit->setToolTip(tr("Set one field to the same value on the selected customers"));
    m_toolbar->addSeparator();
    m_import = m_toolbar->addAction(tr("&Import…"));
    m_import->setObjectName(QStringLiteral("importCustomers"));
    m_import->setToolTip(tr("Add or update customers from a CSV or Excel file"));
    m_export = m_toolbar->addAction(tr("E&xport…"));
    m_export->setObjectName(QStringLiteral("exportCustomers"));
    m_export->setToolTip(tr("Write the selected customers, or those the list shows, to a CSV or Excel file"));
    m_toolbar->addSeparator();
    m_filterToggle = m_toolbar->addAction(tr("F&ilter"));
    m_filterToggle->setObjectName(QStringLiteral("toggleFilters"));
    m_filterToggle->setCheckable(true);
    m_columns = m_toolbar->addAction(tr("&Columns…"));
    m_columns->setObjectName(QStringLiteral("chooseColumns"));
    m_toolbar->addSeparator();
    m_bin = m_toolbar->addAction(tr("Recycle &bin"));
    m_bin->setObjectName(QStringLiteral("recycleBin"));
    m_bin->setCheckable(true);
    m_bin->setToolTip(tr("Show the customers in the recycle bin"));
    // Copy is not on the toolbar: people reach for Ctrl+C and the context menu.
    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyCustomers"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copy);
    QAction *refreshAction = m_toolbar->addAction(tr("Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshCustomers"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *a : {m_new, m_delete, refreshAction})
        addAction(a);
    layout->addWidget(m_toolbar);

    buildFilterPanel();
    layout->addWidget(m_filterPanel);

    m_banner = new MessageBanner;
    layout->addWidget(m_banner);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addActions({m_open, m_copy, separator, m_assign, m_bulkEdit, m_delete});
    layout->addWidget(m_table, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersPage::startSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter searches at once, and a second Enter moves to the results.
        if (m_searchTimer->isActive() || m_model->query() != m_search->text().trimmed())
            startSearch();
        else if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });

    connect(m_new, &QAction::triggered, this, &CustomersPage::newCustomer);
    connect(m_open, &QAction::triggered, this, &CustomersPage::openSelected);
    connect(m_copy, &QAction::triggered, this, &CustomersPage::copySelected);
    connect(m_delete, &QAction::triggered, this, &CustomersPage::deleteSelected);
    connect(m_restore, &QAction::triggered, this, &CustomersPage::restoreSelected);
    connect(m_assign, &QAction::triggered, this, &CustomersPage::assignSelected);
    connect(m_bulkEdit, &QAction::triggered, this, &CustomersPage::bulkEditSelected);
    connect(m_import, &QAction::triggered, this, &CustomersPage::importCustomers);
    connect(m_export, &QAction::triggered, this, &CustomersPage::exportCustomers);
    connect(m_bin, &QAction::toggled, this, &CustomersPage::showRecycleBin);
    connect(m_filterToggle, &QAction::toggled, m_filterPanel, &QWidget::setVisible);
    connect(refreshAction, &QAction::triggered, this, &CustomersPage::refresh);
    connect(m_columns, &QAction::triggered, this, [this] {
        QWidget *button = m_toolbar->widgetForAction(m_columns);
        showColumnMenu(button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showColumnMenu(m_table->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CustomersPage::onSortIndicatorChanged);
    // In the recycle bin too: the form shows a binned customer read-only, with its history.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openCustomer(m_model->idAt(index.row())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateActions);
    connect(m_model, &CustomerListModel::totalChanged, this, &CustomersPage::updateCount);
    connect(m_model, &CustomerListModel::loadingChanged, this, &CustomersPage::updateCount);
    connect(m_model, &CustomerListModel::loadFailed, this, [this](const protocol::Error &error) {
        m_banner->showError(tr("Could not load the customers: %1").arg(AdminText::errorMessage(error)));
    });

    updateActions();
    updateCount();
    loadContext();
}

QStringList CustomersPage::defaultColumns()
{
    return {QStringLiteral("name"),          QStringLiteral("customer_type"), QStringLiteral("grade"),
            QStringLiteral("mobile"),        QStringLiteral("phone"),         QStringLiteral("province"),
            QStringLiteral("city"),          QStringLiteral("industry"),      QStringLiteral("status"),
            QStringLiteral("next_contact_on"), QStringLiteral("owner_id"),    QStringLiteral("created_at")};
}

QStringList CustomersPage::shownDefaultColumns() const
{
    QStringList columns = defaultColumns();
    columns.removeIf([this](const QString &key) { return !m_context.customerFields.find(key); });
    return columns;
}

QString CustomersPage::columnsSettingsKey(qint64 userId)
{
    return QStringLiteral("customers/columns/user%1").arg(userId);
}

void CustomersPage::buildFilterPanel()
{
    m_filterPanel = new QFrame;
    m_filterPanel->setObjectName(QStringLiteral("customerFilters"));
    m_filterPanel->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(m_filterPanel);
    grid->setContentsMargins(10, 8, 10, 8);
    grid->setHorizontalSpacing(10);

    auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("filterOwner"));
    m_owner->addItem(tr("Anyone"));
    m_owner->setMinimumContentsLength(8);
    m_province = new QComboBox;
    m_province->setObjectName(QStringLiteral("filterProvince"));
    m_province->setEditable(true);
    m_province->addItem(QString());
    m_province->addItems(FieldText::provinces());
    m_province->lineEdit()->setPlaceholderText(tr("All"));
    m_province->completer()->setFilterMode(Qt::MatchContains);
    m_province->setMinimumContentsLength(8);
    m_city = new QLineEdit;
    m_city->setObjectName(QStringLiteral("filterCity"));
    m_city->setPlaceholderText(tr("All"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("filterType"));
    m_grade = new QComboBox;
    m_grade->setObjectName(QStringLiteral("filterGrade"));
    for (QComboBox *c : {m_type, m_grade}) {
        c->addItem(tr("All"));
        c->setMinimumContentsLength(8);
    }
    m_fromEnabled = new QCheckBox(tr("Created &from"));
    m_fromEnabled->setObjectName(QStringLiteral("filterFromEnabled"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_from->setObjectName(QStringLiteral("filterCreatedFrom"));
    m_toEnabled = new QCheckBox(tr("&to"));
    m_toEnabled->setObjectName(QStringLiteral("filterToEnabled"));
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(QStringLiteral("filterCreatedTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *clear = new QPushButton(tr("C&lear filters"));
    clear->setObjectName(QStringLiteral("clearFilters"));

    // Each filter is remembered with its field, so that one on a field the role hides goes.
    auto add = [&](const QString &key, const QString &text, QWidget *editor, int row, int column) {
        QLabel *l = label(text, editor);
        grid->addWidget(l, row, column);
        grid->addWidget(editor, row, column + 1);
        m_filterWidgets.insert(key, {l, editor});
    };
    add(QStringLiteral("owner_id"), tr("Follo&wer:"), m_owner, 0, 0);
    add(QStringLiteral("province"), tr("&Province:"), m_province, 0, 2);
    add(QStringLiteral("city"), tr("Cit&y:"), m_city, 0, 4);
    add(QStringLiteral("customer_type"), tr("T&ype:"), m_type, 1, 0);
    add(QStringLiteral("grade"), tr("&Grade:"), m_grade, 1, 2);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromEnabled);
    dates->addWidget(m_from);
    dates->addWidget(m_toEnabled);
    dates->addWidget(m_to);
    dates->addStretch();
    m_filterWidgets.insert(QStringLiteral("created_at"), {m_fromEnabled, m_from, m_toEnabled, m_to});
    grid->addLayout(dates, 1, 4, 1, 2);
    grid->addWidget(clear, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    m_filterPanel->hide();

    auto *filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(kSearchDelayMs);
    connect(filterTimer, &QTimer::timeout, this, &CustomersPage::applyFilters);
    for (QComboBox *c : {m_owner, m_type, m_grade})
        connect(c, &QComboBox::activated, this, &CustomersPage::applyFilters);
    connect(m_province, &QComboBox::currentTextChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(m_city, &QLineEdit::textChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(m_fromEnabled, &QCheckBox::toggled, this, &CustomersPage::applyFilters);
    connect(m_toEnabled, &QCheckBox::toggled, this, &CustomersPage::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(clear, &QPushButton::clicked, this, [this] {
        for (QComboBox *c : {m_owner, m_type, m_grade})
            c->setCurrentIndex(0);
        m_province->setCurrentIndex(0);
        m_province->setEditText(QString());
        m_city->clear();
        m_fromEnabled->setChecked(false);
        m_toEnabled->setChecked(false);
        applyFilters();
    });
}

void CustomersPage::loadContext()
{
    m_contextParts = 0;
    QPointer<CustomersPage> self(this);
    auto part = [this, self] {
        if (self && ++m_contextParts == 5)
            contextArrived();
    };
    m_connection->request(QStringLiteral("auth.whoami"), {}, [this, self, part](const protocol::Reply &reply) {
        if (!self)
            return;
        if (reply.ok)
            m_context.setAccess(reply.result.toMap());
        part();
    });
    m_connection->request(QStringLiteral("fields.list"), {}, [this, self, part](const protocol::Reply &reply) {
        if (!self)
            return;
        m_catalog = reply.ok ? FieldCatalog::fromResult(reply.result.toMap()) : FieldCatalog::builtIn(false);
        part();
    });
    m_connection->request(QStringLiteral("fields.list"), {{QStringLiteral("entity"), QStringLiteral("contact")}},
                          [this, self, part](const protocol::Reply &reply) {
                              if (!self)
                                  return;
                              m_contactCatalog = reply.ok ? FieldCatalog::fromResult(reply.result.toMap())
                                                          : FieldCatalog::builtIn(true);
                              part();
                          });
    m_connection->request(QStringLiteral("regions.list"), {}, [this, self, part](const protocol::Reply &reply) {
        if (!self)
            return;
        m_context.regions.clear();
        if (reply.ok) {
            for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray()) {
                QStringList cities;
                for (const QCborValue &c : v.toMap().value(QStringLiteral("cities")).toArray())
                    cities.append(c.toString());
                m_context.regions.append({v.toMap().value(QStringLiteral("province")).toString(), cities});
            }
        }
        part(); // without regions.list the provinces come from the client's own list
    });
    m_connection->request(QStringLiteral("users.list"), {{QStringLiteral("limit"), 500}},
                          [this, self, part](const protocol::Reply &reply) {
                              if (!self)
                                  return;
                              m_context.users.clear();
                              for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray()) {
                                  const QCborMap u = v.toMap();
                                  m_context.users.append({u.value(QStringLiteral("id")).toInteger(),
                                                          u.value(QStringLiteral("display_name")).toString()});
                              }
                              part();
                          });
}

void CustomersPage::applyFieldAccess()
{
    // What the caller's role shows of the catalogs.
    m_context.setCustomerFields(m_catalog);
    m_context.setContactFields(m_contactCatalog);
    m_model->setCatalog(m_context.customerFields);
    // Filters on fields the role hides are not offered (the server would refuse them).
    for (auto it = m_filterWidgets.cbegin(); it != m_filterWidgets.cend(); ++it)
        for (QWidget *w : it.value())
            w->setVisible(m_context.customerFields.find(it.key()) != nullptr);
    if (!m_ready)
        return;
    // A column of a field now hidden (or retired) goes; the list is read again.
    QStringList columns;
    for (const QString &key : m_model->columns())
        if (m_context.customerFields.find(key))
            columns.append(key);
    applyColumns(columns, false);
    m_model->reload();
}

void CustomersPage::applyAccess(const QCborMap &whoami)
{
    m_context.setAccess(whoami);
    // Before the page is ready, contextArrived() applies it with the catalogs.
    if (!m_ready)
        return;
    applyFieldAccess();
    CopyGuard::apply(m_context.rights, m_table);
    updateActions();
}

void CustomersPage::contextArrived()
{
    // Both whoami and fields.list are in.
    applyFieldAccess();
    CopyGuard::apply(m_context.rights, m_table);
    // The filter choices come from the catalog, in the person's language.
    for (const auto &[combo, key] : {std::pair{m_type, QStringLiteral("customer_type")},
                                     std::pair{m_grade, QStringLiteral("grade")}}) {
        if (const FieldInfo *f = m_context.customerFields.find(key))
            for (const auto &choice : f->choices)
                combo->addItem(f->choiceTitle(choice.first), choice.first);
    }
    for (const auto &user : m_context.users)
        m_owner->addItem(user.second, user.first);
    if (!m_context.regions.isEmpty()) {
        const QString typed = m_province->currentText();
        m_province->clear();
        m_province->addItem(QString());
        m_province->addItems(m_context.provinces());
        m_province->setEditText(typed);
    }

    QStringList columns = QSettings().value(columnsSettingsKey(m_context.userId)).toStringList();
    columns.removeIf([this](const QString &key) {
        const FieldInfo *f = m_context.customerFields.find(key);
        return !f || !f->listable;
    });
    if (columns.isEmpty())
        columns = shownDefaultColumns();
    m_ready = true;
    applyColumns(columns, false);
    m_model->reload();
    updateActions();
    Q_EMIT ready();
}

void CustomersPage::applyColumns(const QStringList &keys, bool save)
{
    m_model->setColumns(keys);
    for (int c = 0; c < keys.size(); ++c)
        m_table->setColumnWidth(c, columnWidth(m_context.customerFields.find(keys[c]), m_table->fontMetrics()));
    // The sort indicator follows its field to wherever it now is.
    const QString sortKey = m_model->sort().startsWith(QLatin1Char('-')) ? m_model->sort().mid(1) : m_model->sort();
    m_sortSection = sortKey.isEmpty() ? -1 : int(keys.indexOf(sortKey));
    m_sortOrder = m_model->sort().startsWith(QLatin1Char('-')) ? Qt::DescendingOrder : Qt::AscendingOrder;
    {
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
    }
    if (save)
        QSettings().setValue(columnsSettingsKey(m_context.userId), keys);
}

void CustomersPage::setColumnShown(const QString &key, bool shown)
{
    QStringList columns = m_model->columns();
    if (shown == columns.contains(key))
        return;
    if (shown) {
        // In catalog order, so that a column comes back where it was.
        QStringList ordered;
        for (const FieldInfo &f : m_context.customerFields.fields())
            if (f.key == key || columns.contains(f.key))
                ordered.append(f.key);
        columns = ordered;
    } else {
        if (columns.size() <= 1)
            return;
        columns.removeAll(key);
    }
    applyColumns(columns, true);
    m_model->reload();
}

void CustomersPage::showColumnMenu(const QPoint &globalPos)
{
    if (!m_ready)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    const QStringList shown = m_model->columns();
    for (const FieldInfo &f : m_context.customerFields.fields()) {
        if (!f.listable)
            continue;
        QAction *action = menu.addAction(f.title());
        action->setCheckable(true);
        action->setChecked(shown.contains(f.key));
        action->setEnabled(!(shown.size() == 1 && shown.contains(f.key)));
        connect(action, &QAction::toggled, this, [this, key = f.key](bool on) { setColumnShown(key, on); });
    }
    menu.addSeparator();
    QAction *reset = menu.addAction(tr("Default columns"));
    connect(reset, &QAction::triggered, this, [this] {
        applyColumns(shownDefaultColumns(), true);
        m_model->reload();
    });
    menu.exec(globalPos);
}

void CustomersPage::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    const FieldInfo *field = m_context.customerFields.find(m_model->columnKey(section));
    if (m_model->isSearching() || !field || !field->sortable) {
        // Search results are ranked by relevance; other fields have no index to sort on.
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
        if (!m_model->isSearching() && field)
            m_banner->showInfo(tr("The list cannot be sorted by “%1”.").arg(field->title()));
        return;
    }
    m_sortSection = section;
    m_sortOrder = order;
    m_model->setSort(order == Qt::DescendingOrder ? QLatin1Char('-') + field->key : field->key);
    m_model->reload();
}

void CustomersPage::startSearch()
{
    m_searchTimer->stop();
    const QString query = m_search->text().trimmed();
    if (query == m_model->query() && m_model->rowCount() + int(m_model->isLoading()) > 0)
        return;
    m_model->setQuery(query);
    if (!m_ready)
        return;
    m_banner->hide();
    m_model->reload();
}

void CustomersPage::applyFilters()
{
    QCborMap filters;
    if (!m_owner->currentData().isNull())
        filters.insert(QStringLiteral("owner_id"), m_owner->currentData().toLongLong());
    const QString province = m_province->currentText().trimmed();
    if (!province.isEmpty())
        filters.insert(QStringLiteral("province"), province);
    const QString city = m_city->text().trimmed();
    if (!city.isEmpty())
        filters.insert(QStringLiteral("city"), city);
    if (!m_type->currentData().isNull())
        filters.insert(QStringLiteral("customer_type"), m_type->currentData().toString());
    if (!m_grade->currentData().isNull())
        filters.insert(QStringLiteral("grade"), m_grade->currentData().toString());
    if (m_fromEnabled->isChecked() || m_toEnabled->isChecked()) {
        QCborMap range;
        if (m_fromEnabled->isChecked())
            range.insert(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
        if (m_toEnabled->isChecked())
            range.insert(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
        filters.insert(QStringLiteral("created_at"), range);
    }
    m_filterToggle->setText(filters.isEmpty() ? tr("F&ilter") : tr("F&ilter (%Ln)", nullptr, int(filters.size())));
    if (filters == m_model->filters())
        return;
    m_model->setFilters(filters);
    // A search looks within the filters too (#4), so it runs again; reload cancels
    // the request of the previous filters.
    if (m_ready)
        m_model->reload();
}

void CustomersPage::showRecycleBin(bool binned)
{
    if (m_bin->isChecked() != binned) {
        m_bin->setChecked(binned); // comes back here through toggled
        return;
    }
    m_model->setBinned(binned);
    if (binned) {
        // The bin is a plain list: no search, no filters.
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_model->setQuery({});
    }
    m_search->setEnabled(!binned);
    m_filterToggle->setEnabled(!binned);
    m_filterPanel->setVisible(!binned && m_filterToggle->isChecked());
    if (binned)
        m_model->setFilters({});
    else
        applyFilters();
    m_banner->hide();
    if (m_ready)
        m_model->reload();
    updateActions();
}

void CustomersPage::reloadCatalog()
{
    QPointer<CustomersPage> self(this);
    m_connection->request(QStringLiteral("fields.list"), {}, [this, self](const protocol::Reply &reply) {
        if (!self || !reply.ok)
            return;
        m_catalog = FieldCatalog::fromResult(reply.result.toMap());
        applyFieldAccess();
    });
}

void CustomersPage::refresh()
{
    if (!m_ready) {
        loadContext();
        return;
    }
    m_model->reload();
}

void CustomersPage::updateCount()
{
    if (m_selectionRead) {
        m_count->setText(tr("Reading the selected customers: %1 of %Ln…", nullptr, m_selectionRead->rowCount())
                             .arg(locale().toString(m_selectionRead->readCount())));
        return;
    }
    const int total = m_model->total();
    if (total < 0) {
        m_count->setText(m_model->isLoading() ? tr("Loading…") : QString());
        return;
    }
    if (m_model->isBinned())
        m_count->setText(tr("%Ln customer(s) in the recycle bin", nullptr, total));
    else if (m_model->isSearching() && !m_model->filters().isEmpty())
        m_count->setText(total >= CustomerListModel::kSearchLimit
                             ? tr("The first %Ln customer(s) found within the filters; type more to narrow the search",
                                  nullptr, total)
                             : tr("%Ln customer(s) found within the filters", nullptr, total));
    else if (m_model->isSearching())
        m_count->setText(total >= CustomerListModel::kSearchLimit
                             ? tr("The first %Ln customer(s) found; type more to narrow the search", nullptr, total)
                             : tr("%Ln customer(s) found", nullptr, total));
    else
        m_count->setText(tr("%Ln customer(s) in total", nullptr, total));
}

void CustomersPage::updateActions()
{
    const bool binned = m_model->isBinned();
    // While the selection is read for one action, no other starts.
    const int selected = m_selectionRead ? 0 : selectedCount();
    m_new->setEnabled(m_ready && !binned && m_context.can(domain::rights::kCustomersCreate));
    m_open->setEnabled(m_ready && selected > 0);
    m_delete->setVisible(!binned && m_context.can(domain::rights::kCustomersDelete));
    m_delete->setEnabled(m_ready && selected > 0);
    m_restore->setVisible(binned && m_context.can(domain::rights::kCustomersDelete));
    m_restore->setEnabled(m_ready && selected > 0);
    m_bin->setVisible(m_context.can(domain::rights::kCustomersDelete));
    m_assign->setVisible(!binned && m_context.can(domain::rights::kCustomersAssign));
    m_assign->setEnabled(m_ready && selected > 0);
    m_bulkEdit->setVisible(!binned && m_context.can(domain::rights::kCustomersBulkEdit));
    m_bulkEdit->setEnabled(m_ready && selected > 0);
    m_import->setVisible(!binned && m_context.can(domain::rights::kCustomersImport));
    m_import->setEnabled(m_ready);
    m_export->setVisible(!binned && m_context.can(domain::rights::kCustomersExport));
    m_export->setEnabled(m_ready && !m_selectionRead);
    const bool copy = m_context.can(domain::rights::kCustomersCopy);
    m_copy->setEnabled(m_ready && copy && selected > 0);
    m_copy->setToolTip(m_ready && !copy ? tr("Your role does not allow copying customer data.")
                                        : tr("Copy the selected customers' shown columns (Ctrl+C)"));
}

void CustomersPage::copySelected()
{
    if (!m_context.can(domain::rights::kCustomersCopy))
        return;
    // A person copies what they selected, all of it: rows whose pages are no longer in
    // memory are read with the shown columns (a while, with progress) rather than
    // copied empty or left out. Past kMaxCopy rows, Export is the tool.
    if (const int count = selectedCount(); count > kMaxCopy) {
        m_banner->showError(tr("%Ln customer(s) are selected; at most %1 can be copied at once. Nothing was copied: "
                               "select fewer, or use Export to write them all to a file.",
                               nullptr, count)
                                .arg(locale().toString(kMaxCopy)));
        return;
    }
    readSelection(selectedRanges(), PagedModel::Columns::Shown, [this](const PagedModel::RowsResult &selection) {
        // Rows of the shown columns in their order on screen, tab-separated as spreadsheets paste them.
        const QHeaderView *header = m_table->horizontalHeader();
        QList<int> columns;
        for (int visual = 0; visual < header->count(); ++visual)
            if (const int column = header->logicalIndex(visual); !header->isSectionHidden(column))
                columns.append(column);
        QStringList lines;
        lines.reserve(selection.rows.size());
        for (const QCborMap &row : selection.rows) {
            QStringList cells;
            for (int column : std::as_const(columns))
                cells.append(m_model->recordData(row, column, Qt::DisplayRole)
                                 .toString()
                                 .replace(QLatin1Char('\t'), QLatin1Char(' ')));
            lines.append(cells.join(QLatin1Char('\t')));
        }
        if (!lines.isEmpty())
            QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
}

QList<PagedModel::RowRange> CustomersPage::selectedRanges() const
{
    // From the selection's ranges, not one index per row: Ctrl+A on a million rows is one range.
    if (!m_table->selectionModel())
        return {};
    return PagedModel::rowRanges(m_table->selectionModel()->selection());
}

int CustomersPage::selectedCount() const
{
    return PagedModel::countRows(selectedRanges());
}

void CustomersPage::readSelection(const QList<PagedModel::RowRange> &ranges, PagedModel::Columns columns,
                                  std::function<void(const PagedModel::RowsResult &)> act)
{
    if (m_selectionRead || ranges.isEmpty())
        return;
    m_banner->hide(); // what an earlier action said is over
    QPointer<CustomersPage> self(this);
    RowsRead *read = m_model->readRows(ranges, columns, [this, self, act](const PagedModel::RowsResult &result) {
        if (!self)
            return;
        selectionReadEnded();
        switch (result.status) {
        case PagedModel::RowsResult::Read:
            act(result);
            break;
        case PagedModel::RowsResult::Failed:
            m_banner->showError(tr("Nothing was done: the selected customers could not be read (%1).")
                                    .arg(AdminText::errorMessage(result.error)));
            break;
        case PagedModel::RowsResult::Reloaded:
            m_banner->showInfo(tr("The list was loaded again before the selected customers were read. Nothing was "
                                  "done: select them again."));
            break;
        case PagedModel::RowsResult::Cancelled:
            break;
        }
    });
    if (!read)
        return; // every row was loaded: done already
    m_selectionRead = read;
    connect(read, &RowsRead::progress, this, &CustomersPage::updateCount);
    if (ProgressService *service = ProgressService::of(this)) {
        m_selectionTask = service->addTask(tr("Reading the %Ln selected customer(s)", nullptr, read->rowCount()));
        m_selectionTask->setProgress(read->readCount(), read->rowCount());
        connect(read, &RowsRead::progress, m_selectionTask, &ProgressTask::setProgress);
        connect(m_selectionTask, &ProgressTask::cancelled, read, &RowsRead::cancel);
        // The page (and its model with the read) may go first.
        connect(read, &QObject::destroyed, m_selectionTask, &ProgressTask::finish);
    }
    updateActions();
    updateCount();
}

void CustomersPage::selectionReadEnded()
{
    m_selectionRead = nullptr;
    if (m_selectionTask)
        m_selectionTask->finish();
    m_selectionTask = nullptr;
    updateActions();
    updateCount();
}

void CustomersPage::openSelected()
{
    // Opening dozens of forms at once is never meant: the first rows of the selection.
    QList<PagedModel::RowRange> first;
    int rows = 0;
    for (const PagedModel::RowRange &range : selectedRanges()) {
        if (rows >= kMaxOpen)
            break;
        const int last = qMin(range.second, range.first + (kMaxOpen - rows) - 1);
        first.append({range.first, last});
        rows += last - range.first + 1;
    }
    readSelection(first, PagedModel::Columns::Id, [this](const PagedModel::RowsResult &selection) {
        for (qint64 id : selection.ids())
            openCustomer(id);
    });
}

CustomerDialog *CustomersPage::openCustomer(qint64 id)
{
    if (!m_ready)
        return nullptr;
    if (id) {
        if (CustomerDialog *open = m_dialogs.value(id)) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new CustomerDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (id)
        m_dialogs.insert(id, dialog);
    connect(dialog, &CustomerDialog::saved, this, &CustomersPage::onSaved);
    // Closed forms leave null pointers behind; they are swept here.
    m_dialogs.removeIf([](const auto &it) { return it.value().isNull(); });
    dialog->show();
    return dialog;
}

CustomerDialog *CustomersPage::newCustomer()
{
    if (!m_context.can(domain::rights::kCustomersCreate))
        return nullptr;
    return openCustomer(0);
}

void CustomersPage::onSaved(const QCborMap &record, bool created)
{
    const qint64 id = record.value(QStringLiteral("id")).toInteger();
    if (created) {
        if (auto *dialog = qobject_cast<CustomerDialog *>(sender()))
            m_dialogs.insert(id, dialog);
        m_banner->showInfo(tr("Customer “%1” created.").arg(record.value(QStringLiteral("name")).toString()));
        m_model->reload();
        return;
    }
    // A version put back from the form's history takes a customer out of the bin.
    if (m_model->isBinned() != record.contains(QStringLiteral("deleted_at"))) {
        m_model->reload();
        return;
    }
    m_model->updateRecord(record);
}

void CustomersPage::deleteSelected()
{
    if (m_model->isBinned())
        return;
    if (const int count = selectedCount(); count > kMaxDelete) {
        m_banner->showError(tr("%Ln customer(s) are selected; at most %1 can be moved to the recycle bin at once. "
                               "Nothing was deleted: select fewer, or narrow the list with the filters.",
                               nullptr, count)
                                .arg(locale().toString(kMaxDelete)));
        return;
    }
    readSelection(selectedRanges(), PagedModel::Columns::Id,
                  [this](const PagedModel::RowsResult &selection) { confirmDelete(selection); });
}

void CustomersPage::confirmDelete(const PagedModel::RowsResult &selection)
{
    const QList<qint64> ids = selection.ids();
    if (ids.isEmpty() || m_model->isBinned())
        return;
    const QString name = selection.rows.first().value(QStringLiteral("name")).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete customers"),
                                ids.size() == 1
                                    ? tr("Move the customer “%1” to the recycle bin?").arg(name)
                                    : tr("Move the %Ln selected customer(s) to the recycle bin?", nullptr, int(ids.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setInformativeText(tr("Customers in the recycle bin can be restored later."));
    QPushButton *yes = box->addButton(tr("Move to recycle bin"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, ids] {
        if (box->clickedButton() != yes)
            return;
        QCborArray list;
        for (qint64 id : ids)
            list.append(id);
        m_connection->request(QStringLiteral("customers.delete"), {{QStringLiteral("ids"), list}},
                              [this, self = QPointer(this)](const protocol::Reply &reply) {
                                  if (!self)
                                      return;
                                  if (!reply.ok) {
                                      m_banner->showError(
                                          tr("Could not delete: %1").arg(AdminText::errorMessage(reply.error)));
                                      return;
                                  }
                                  const QCborMap result = reply.result.toMap();
                                  QList<qint64> deleted;
                                  for (const QCborValue &v : result.value(QStringLiteral("deleted")).toArray())
                                      deleted.append(v.toInteger());
                                  const int skipped = int(result.value(QStringLiteral("skipped")).toArray().size());
                                  // Rows of pages not in memory go with a new load of the list.
                                  if (m_model->removeIds(deleted) < deleted.size())
                                      m_model->reload();
                                  QString text = tr("%Ln customer(s) moved to the recycle bin.", nullptr, int(deleted.size()));
                                  if (skipped)
                                      text += QLatin1Char(' ') +
                                              tr("%Ln customer(s) were skipped: already deleted or not yours.", nullptr, skipped);
                                  m_banner->showInfo(text);
                              });
    });
    box->open();
}

struct CustomersPage::RestoreRun {
    QList<qint64> ids;
    qsizetype next = 0; // the first id not sent yet
    int inFlight = 0;
    QList<qint64> restored;
    QStringList failures;
};

void CustomersPage::restoreSelected()
{
    if (!m_model->isBinned())
        return;
    if (const int count = selectedCount(); count > kMaxRestore) {
        m_banner->showError(tr("%Ln customer(s) are selected; at most %1 can be restored at once. Nothing was "
                               "restored: select fewer.",
                               nullptr, count)
                                .arg(locale().toString(kMaxRestore)));
        return;
    }
    readSelection(selectedRanges(), PagedModel::Columns::Id, [this](const PagedModel::RowsResult &selection) {
        if (!m_model->isBinned() || selection.ids().isEmpty())
            return;
        auto run = std::make_shared<RestoreRun>();
        run->ids = selection.ids();
        restoreNext(run);
    });
}

void CustomersPage::restoreNext(const std::shared_ptr<RestoreRun> &run)
{
    // customers.restore takes one id; a few at a time keep within the server's
    // requests in flight per connection.
    for (; run->inFlight < kRestoresInFlight && run->next < run->ids.size(); ++run->next) {
        const qint64 id = run->ids[run->next];
        ++run->inFlight;
        m_connection->request(QStringLiteral("customers.restore"), {{QStringLiteral("id"), id}},
                              [this, self = QPointer(this), id, run](const protocol::Reply &reply) {
                                  if (!self)
                                      return;
                                  --run->inFlight;
                                  if (reply.ok)
                                      run->restored.append(id);
                                  else
                                      run->failures.append(AdminText::errorMessage(reply.error));
                                  if (run->next < run->ids.size())
                                      return restoreNext(run);
                                  if (run->inFlight > 0)
                                      return;
                                  if (m_model->isBinned() && m_model->removeIds(run->restored) < run->restored.size())
                                      m_model->reload();
                                  if (run->failures.isEmpty())
                                      m_banner->showInfo(tr("%Ln customer(s) restored.", nullptr, int(run->restored.size())));
                                  else
                                      m_banner->showError(tr("%Ln customer(s) restored; could not restore the others: %1",
                                                             nullptr, int(run->restored.size()))
                                                              .arg(run->failures.first()));
                              });
    }
}

void CustomersPage::assignSelected()
{
    if (!m_ready || m_model->isBinned() || !m_context.can(domain::rights::kCustomersAssign))
        return;
    if (const int count = selectedCount(); count > kMaxAssign) {
        m_banner->showError(tr("%Ln customer(s) are selected; at most %1 can be assigned at once. Nothing was "
                               "assigned: select fewer, or narrow the list with the filters.",
                               nullptr, count)
                                .arg(locale().toString(kMaxAssign)));
        return;
    }
    readSelection(selectedRanges(), PagedModel::Columns::Id, [this](const PagedModel::RowsResult &selection) {
        if (!selection.ids().isEmpty() && !m_model->isBinned())
            openAssign(selection.ids());
    });
}

void CustomersPage::openAssign(const QList<qint64> &ids)
{
    auto *dialog = new AssignDialog(m_context, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssignDialog::assigned, this, [this, dialog](const QCborMap &result) {
        m_banner->showInfo(tr("Customers assigned: %1; skipped: %2.")
                               .arg(result.value(QStringLiteral("assigned")).toInteger())
                               .arg(result.value(QStringLiteral("skipped")).toArray().size())
                           + QLatin1Char(' ') + dialog->notifiedText(result));
        m_model->reload();
    });
    dialog->open();
}

void CustomersPage::bulkEditSelected()
{
    if (!m_ready || m_model->isBinned() || !m_context.can(domain::rights::kCustomersBulkEdit))
        return;
    // customers.bulk_update also takes `filters`, but with more than its limit
    // matching it refuses them too: fewer customers is the only way.
    if (const int count = selectedCount(); count > kMaxBulkEdit) {
        m_banner->showError(tr("%Ln customer(s) are selected; at most %1 can be edited at once. Nothing was "
                               "changed: select fewer, or narrow the list with the filters.",
                               nullptr, count)
                                .arg(locale().toString(kMaxBulkEdit)));
        return;
    }
    readSelection(selectedRanges(), PagedModel::Columns::Id, [this](const PagedModel::RowsResult &selection) {
        if (!selection.ids().isEmpty() && !m_model->isBinned())
            openBulkEdit(selection.ids());
    });
}

void CustomersPage::openBulkEdit(const QList<qint64> &ids)
{
    auto *dialog = new BulkEditDialog(m_context, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkEditDialog::updated, this, [this](const QCborMap &result) {
        m_banner->showInfo(tr("Customers updated: %1; skipped: %2.")
                               .arg(result.value(QStringLiteral("updated")).toInteger())
                               .arg(result.value(QStringLiteral("skipped")).toArray().size()));
        m_model->reload();
    });
    dialog->open();
}

void CustomersPage::importCustomers()
{
    if (!m_ready || m_model->isBinned() || !m_context.can(domain::rights::kCustomersImport))
        return;
    auto *wizard = new ImportWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](const QCborMap &result) {
        m_banner->showInfo(tr("Import complete: %1 created, %2 updated, %3 skipped.")
                               .arg(result.value(QStringLiteral("created")).toInteger())
                               .arg(result.value(QStringLiteral("updated")).toInteger())
                               .arg(result.value(QStringLiteral("skipped")).toInteger()));
        m_model->reload();
    });
    connect(wizard, &ImportWizard::abandoned, this, [this] {
        m_banner->showInfo(tr("The import may still complete on the server. Refresh the list in a while."));
    });
    wizard->open();
}

void CustomersPage::exportCustomers()
{
    if (!m_ready || m_model->isBinned() || !m_context.can(domain::rights::kCustomersExport))
        return;
    const int count = selectedCount();
    if (count > kMaxExport) {
        // The dialog still offers what the server can: every customer of the list's filters.
        m_banner->showError(tr("%Ln customer(s) are selected; at most %1 can be exported as a selection. Export all "
                               "customers in the list instead, or select fewer.",
                               nullptr, count)
                                .arg(locale().toString(kMaxExport)));
        openExport({}, true);
        return;
    }
    if (count == 0)
        return openExport({}, false);
    readSelection(selectedRanges(), PagedModel::Columns::Id,
                  [this](const PagedModel::RowsResult &selection) { openExport(selection.ids(), false); });
}

void CustomersPage::openExport(const QList<qint64> &ids, bool selectionTooLarge)
{
    ExportRows rows{ids, m_model->filters(), m_model->query(), m_model->columns()};
    rows.selectionTooLarge = selectionTooLarge;
    auto *dialog = new ExportDialog(m_context, rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](int rows, const QString &path) {
        m_banner->showInfo(tr("%Ln customer(s) exported to “%1”.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

} // namespace cordial::client::customers
