#include "admin/RoleEditorDialog.h"

#include "admin/AdminText.h"
#include "app/Feedback.h"
#include "customers/CustomFieldsPage.h"
#include "net/Connection.h"

#include <QButtonGroup>
#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cordial::client::admin {

namespace {

constexpr int kMaxNameLength = 64;
constexpr int kMaxDescriptionLength = 500;

// The extra rights in the order a person reads them, most used first.
const QStringList kExtras{QStringLiteral("assign"), QStringLiteral("bulk_edit"), QStringLiteral("import"),
                          QStringLiteral("export"), QStringLiteral("print"),     QStringLiteral("copy"),
                          QStringLiteral("purge"),  QStringLiteral("approve"),   QStringLiteral("audit")};

// The buttons of a field's access, by id.
enum FieldChoice { Editable, ReadOnly, Hidden };
const QStringList kFieldChoices{QStringLiteral("editable"), QStringLiteral("read_only"), QStringLiteral("hidden")};

// A widget centred in a table cell (check boxes and radio buttons hug the left edge otherwise).
QWidget *centred(QWidget *widget)
{
    auto *cell = new QWidget;
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(widget);
    layout->addStretch();
    return cell;
}

} // namespace

RoleEditorDialog::RoleEditorDialog(Connection *connection, const RoleInfo &role, bool canManage, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_role(role)
{
    setObjectName(QStringLiteral("roleEditor"));
    const bool fixed = role.builtin && role.name == QLatin1String("administrator");
    m_readOnly = !canManage || fixed;
    if (isCreating())
        setWindowTitle(tr("New role"));
    else if (m_readOnly)
        setWindowTitle(tr("Role – %1").arg(role.title()));
    else
        setWindowTitle(tr("Edit role – %1").arg(role.title()));
    resize(980, 640);

    auto *layout = new QVBoxLayout(this);
    auto *general = feedback::errorLabel(QStringLiteral("general_error"));
    general->setStyleSheet(feedback::errorBoxStyle());
    m_errors.insert(QStringLiteral("general"), general);
    layout->addWidget(general);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("roleNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_note->hide();
    layout->addWidget(m_note);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &part, const QString &label, QLineEdit *edit) {
        edit->setObjectName(part);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(edit);
        QLabel *error = feedback::errorLabel(part + QStringLiteral("_error"));
        m_errors.insert(part, error);
        box->addWidget(error);
        auto *title = new QLabel(label);
        title->setBuddy(edit);
        form->addRow(title, box);
        connect(edit, &QLineEdit::textEdited, this, [this, part] { showError(part, {}); });
    };
    m_name = new QLineEdit;
    m_name->setMaxLength(kMaxNameLength);
    m_name->setPlaceholderText(tr("For example: Finance, Temporary staff, Shanghai branch"));
    m_description = new QLineEdit;
    m_description->setMaxLength(kMaxDescriptionLength);
    m_description->setPlaceholderText(tr("Who gets this role and why"));
    addRow(QStringLiteral("name"), tr("&Name:"), m_name);
    addRow(QStringLiteral("description"), tr("&Description:"), m_description);
    layout->addLayout(form);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("roleTabs"));
    m_tabs->addTab(makeModulesPage(), tr("&Modules"));
    m_tabs->addTab(makeFieldsPage(), tr("Customer &fields"));
    m_tabs->addTab(makeSignInPage(), tr("&Sign-in restrictions"));
    layout->addWidget(m_tabs, 1);

    auto *bottom = new QHBoxLayout;
    m_busy = new QLabel(tr("Saving…"));
    m_busy->hide();
    bottom->addWidget(m_busy);
    bottom->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setText(tr("&Save"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RoleEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoleEditorDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    setRole(role);
    if (m_readOnly)
        setReadOnly();
    if (role.builtin && !fixed) {
        m_name->setReadOnly(true);
        m_name->setToolTip(tr("A built-in role keeps its name."));
    }
    // A new role starts with its name; an existing one with its grants, so that a stray key
    // does not replace the name.
    if (isCreating())
        m_name->setFocus();
    else if (!m_readOnly)
        m_modules[domain::moduleName(domain::Module::Customers)].level->setFocus();
    loadFields();
}

RoleEditorDialog::~RoleEditorDialog()
{
    // Replies that arrive after the dialog is gone must not touch it.
    for (quint64 id : {m_pending, m_pendingFields, m_pendingContactFields})
        if (id)
            m_connection->cancel(id);
}

QWidget *RoleEditorDialog::makeModulesPage()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 10);
    auto *intro = new QLabel(tr("For each part of Cordial, choose how much the role may do, whose records it "
                                "sees and which extra rights it adds. A person holding several roles gets "
                                "everything any of them grants."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    auto header = [](const QString &text, const QString &tip, Qt::Alignment alignment) {
        auto *label = new QLabel(text);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setToolTip(tip);
        label->setAlignment(alignment | Qt::AlignBottom);
        return label;
    };
    grid->addWidget(header(tr("Module"), {}, Qt::AlignLeft), 0, 0);
    grid->addWidget(header(tr("Access level"), tr("How much the role may do in the module"), Qt::AlignLeft), 0, 1);
    grid->addWidget(header(tr("Data scope"), tr("Whose records the role sees"), Qt::AlignLeft), 0, 2);
    for (int i = 0; i < kExtras.size(); ++i)
        grid->addWidget(header(AdminText::extraName(kExtras[i]), AdminText::extraDescription(kExtras[i]), Qt::AlignHCenter),
                        0, 3 + i);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, 1, 0, 1, 3 + int(kExtras.size()));
    grid->setVerticalSpacing(0);

    static const QStringList levels{QStringLiteral("none"),   QStringLiteral("depositor"), QStringLiteral("reader"),
                                    QStringLiteral("author"), QStringLiteral("editor"),    QStringLiteral("designer"),
                                    QStringLiteral("manager")};
    static const QStringList scopes{QStringLiteral("own"), QStringLiteral("department"),
                                    QStringLiteral("department_tree"), QStringLiteral("all")};
    const int columns = 3 + int(kExtras.size());
    int row = 2;
    for (domain::Module m : domain::allModules()) {
        const QString key = domain::moduleName(m);
        if (row % 2) {
            // Every other row shaded, so that the eye stays on one module across twelve columns;
            // made before the row's editors, it lies beneath them.
            auto *stripe = new QFrame;
            stripe->setAutoFillBackground(true);
            stripe->setBackgroundRole(QPalette::AlternateBase);
            grid->addWidget(stripe, row, 0, 1, columns);
        }
        ModuleRow r;
        r.name = new QLabel(AdminText::moduleName(key));
        r.level = new QComboBox;
        r.level->setObjectName(QStringLiteral("level_") + key);
        for (const QString &level : levels) {
            r.level->addItem(AdminText::levelName(level), level);
            r.level->setItemData(r.level->count() - 1, AdminText::levelDescription(level), Qt::ToolTipRole);
        }
        r.name->setBuddy(r.level);
        r.scope = new QComboBox;
        r.scope->setObjectName(QStringLiteral("scope_") + key);
        for (const QString &scope : scopes)
            r.scope->addItem(AdminText::scopeName(scope), scope);
        r.name->setContentsMargins(6, 4, 0, 4);
        grid->addWidget(r.name, row, 0);
        grid->addWidget(r.level, row, 1);
        grid->addWidget(r.scope, row, 2);
        for (int i = 0; i < kExtras.size(); ++i) {
            auto *box = new QCheckBox;
            box->setObjectName(QStringLiteral("extra_%1_%2").arg(key, kExtras[i]));
            //: Tool tip of an extra right's check box: %1 the right, %2 the module.
            box->setToolTip(tr("%1 in %2: %3")
                                .arg(AdminText::extraName(kExtras[i]), AdminText::moduleName(key),
                                     AdminText::extraDescription(kExtras[i])));
            box->setAccessibleName(box->toolTip());
            grid->addWidget(box, row, 3 + i, Qt::AlignHCenter);
            r.extras.insert(kExtras[i], box);
            connect(box, &QCheckBox::toggled, this, [this] { showError(QStringLiteral("modules"), {}); });
        }
        connect(r.level, &QComboBox::currentIndexChanged, this, [this, key] {
            updateModuleRow(key);
            showError(QStringLiteral("modules"), {});
        });
        connect(r.scope, &QComboBox::currentIndexChanged, this, [this] { showError(QStringLiteral("modules"), {}); });
        m_modules.insert(key, r);
        ++row;
    }
    grid->setColumnStretch(columns - 1, 1);
    layout->addLayout(grid);
    QLabel *error = feedback::errorLabel(QStringLiteral("modules_error"));
    m_errors.insert(QStringLiteral("modules"), error);
    layout->addSpacing(4);
    layout->addWidget(error);
    layout->addStretch(1);

    // Narrow windows and long translations scroll instead of squeezing the grid.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("modulesPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget *RoleEditorDialog::makeFieldsPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("fieldsPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 10);
    m_fieldsNote = new QLabel(tr("Which fields of customers and of their contacts people with this role see and "
                                 "change. A hidden field is left out of forms, lists, searches, exports, printouts "
                                 "and the history; a read-only one is shown but cannot be changed. When someone "
                                 "holds several roles, a field is restricted only as far as every one of them "
                                 "restricts it."));
    m_fieldsNote->setWordWrap(true);
    layout->addWidget(m_fieldsNote);
    m_fields = new QTableWidget(0, 5);
    m_fields->setObjectName(QStringLiteral("fieldAccessTable"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("On the tab"), AdminText::fieldAccessName(QStringLiteral("editable")),
                                         AdminText::fieldAccessName(QStringLiteral("read_only")),
                                         AdminText::fieldAccessName(QStringLiteral("hidden"))});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->setAlternatingRowColors(true);
    m_fields->setWordWrap(false);
    m_fields->verticalHeader()->setDefaultSectionSize(m_fields->fontMetrics().height() + 12);
    // The choices sit next to the field's name, not a wide window's width away from it.
    QHeaderView *header = m_fields->horizontalHeader();
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    m_fields->setColumnWidth(0, 16 * m_fields->fontMetrics().horizontalAdvance(QChar(0x5BA2)));
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int c = 2; c < 5; ++c) {
        m_fields->model()->setHeaderData(c, Qt::Horizontal, int(Qt::AlignCenter), Qt::TextAlignmentRole);
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        m_fields->setColumnWidth(c, qMax(90, m_fields->fontMetrics().horizontalAdvance(
                                                 m_fields->model()->headerData(c, Qt::Horizontal).toString()) + 32));
    }
    layout->addWidget(m_fields, 1);
    QLabel *error = feedback::errorLabel(QStringLiteral("fields_error"));
    m_errors.insert(QStringLiteral("fields"), error);
    layout->addWidget(error);
    return page;
}

QWidget *RoleEditorDialog::makeSignInPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("signInPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 10);
    auto *title = new QLabel(tr("Allowed client &addresses (one range per line):"));
    layout->addWidget(title);
    m_ipRanges = new QPlainTextEdit;
    m_ipRanges->setObjectName(QStringLiteral("ip_ranges"));
    m_ipRanges->setTabChangesFocus(true);
    m_ipRanges->setPlaceholderText(QStringLiteral("192.168.1.0/24\n10.8.0.0/16\n2001:db8::/32"));
    m_ipRanges->setMaximumHeight(m_ipRanges->fontMetrics().lineSpacing() * 8 + 16);
    m_ipRanges->setMaximumWidth(m_ipRanges->fontMetrics().horizontalAdvance(QStringLiteral("0000:0000:0000::/128")) * 2);
    title->setBuddy(m_ipRanges);
    layout->addWidget(m_ipRanges);
    QLabel *error = feedback::errorLabel(QStringLiteral("ip_ranges_error"));
    m_errors.insert(QStringLiteral("ip_ranges"), error);
    layout->addWidget(error);
    auto *hint = new QLabel(tr("Ranges are written as an address and a prefix length, such as 192.168.1.0/24 for "
                               "the office network. Leave the list empty to allow any address."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    layout->addWidget(hint);
    layout->addSpacing(12);
    m_registeredOnly = new QCheckBox(tr("Sign in only from &registered computers"));
    m_registeredOnly->setObjectName(QStringLiteral("registered_machines_only"));
    layout->addWidget(m_registeredOnly);
    auto *machinesHint = new QLabel(tr("People with this role can then sign in only from computers an "
                                       "administrator has approved."));
    machinesHint->setWordWrap(true);
    machinesHint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    layout->addWidget(machinesHint);
    layout->addStretch(1);
    connect(m_ipRanges, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ipRanges->hasFocus())
            showError(QStringLiteral("ip_ranges"), {});
    });
    return page;
}

void RoleEditorDialog::loadFields()
{
    QPointer<RoleEditorDialog> self(this);
    // Both catalogs, then one table: the customer fields, then the contacts' fields.
    auto arrived = [this](quint64 &pending, customers::FieldCatalog &catalog, const protocol::Reply &reply) {
        pending = 0;
        if (reply.ok) {
            catalog = customers::FieldCatalog::fromResult(reply.result.toMap());
        } else {
            // Without the catalog the role keeps the field restrictions it has.
            m_fieldsNote->setText(tr("The customer fields could not be read, so their visibility cannot be changed "
                                     "here; the role keeps what it has. (%1)")
                                      .arg(AdminText::errorMessage(reply.error)));
        }
        if (m_pendingFields || m_pendingContactFields)
            return;
        fillFieldTable();
        m_loaded = true;
        Q_EMIT loaded();
    };
    m_pendingFields = m_connection->request(QStringLiteral("fields.list"), {},
                                            [this, self, arrived](const protocol::Reply &reply) {
                                                if (self)
                                                    arrived(m_pendingFields, m_catalog, reply);
                                            });
    m_pendingContactFields = m_connection->request(
        QStringLiteral("fields.list"), {{QStringLiteral("entity"), QStringLiteral("contact")}},
        [this, self, arrived](const protocol::Reply &reply) {
            if (self)
                arrived(m_pendingContactFields, m_contactCatalog, reply);
        });
}

void RoleEditorDialog::fillFieldTable()
{
    const QMap<QString, domain::FieldAccess> restrictions = m_role.definition.grant(domain::Module::Customers).fields;
    qDeleteAll(m_fieldAccess);
    m_fieldAccess.clear();
    m_fields->setRowCount(0);
    // Rows: (access key, field). Contact fields are named "contacts.KEY" in a role.
    QList<QPair<QString, customers::FieldInfo>> fields;
    for (const customers::FieldInfo &f : m_catalog.fields())
        fields.append({f.key, f});
    for (const customers::FieldInfo &f : m_contactCatalog.fields())
        fields.append({domain::contactFieldKey(f.key), f});
    m_fields->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const QString key = fields[r].first;
        const customers::FieldInfo &f = fields[r].second;
        const bool contact = key != f.key;
        auto *name = new QTableWidgetItem(f.title());
        name->setData(Qt::UserRole, key);
        name->setToolTip(key);
        m_fields->setItem(r, 0, name);
        //: Where a contact's field is, in the table of field visibility of a role.
        m_fields->setItem(r, 1, new QTableWidgetItem(contact ? tr("Contacts") : customers::fieldTabTitle(f.tab)));
        auto *group = new QButtonGroup(this);
        for (int c = 0; c < kFieldChoices.size(); ++c) {
            auto *radio = new QRadioButton;
            radio->setObjectName(QStringLiteral("field_%1_%2").arg(key, kFieldChoices[c]));
            //: Accessible name of a field visibility button: %1 the field, %2 hidden / read-only / editable.
            radio->setAccessibleName(tr("%1: %2").arg(contact ? tr("Contact's %1").arg(f.title()) : f.title(),
                                                      AdminText::fieldAccessName(kFieldChoices[c])));
            radio->setEnabled(!m_readOnly);
            group->addButton(radio, c);
            m_fields->setCellWidget(r, 2 + c, centred(radio));
        }
        const domain::FieldAccess access = restrictions.value(key, domain::FieldAccess::Editable);
        group->button(access == domain::FieldAccess::Hidden     ? Hidden
                      : access == domain::FieldAccess::ReadOnly ? ReadOnly
                                                                : Editable)
            ->setChecked(true);
        auto tint = [name](int choice) {
            // Restricted fields stand out in the long list: hidden ones grey, read-only ones amber.
            name->setForeground(choice == Hidden     ? QBrush(QColor(0x9e, 0x9e, 0x9e))
                                : choice == ReadOnly ? QBrush(QColor(0x9a, 0x5b, 0x00))
                                                     : QBrush());
        };
        tint(group->checkedId());
        connect(group, &QButtonGroup::idClicked, this, [this, tint](int choice) {
            tint(choice);
            showError(QStringLiteral("fields"), {});
        });
        m_fieldAccess.insert(key, group);
    }
    updateModuleRow(domain::moduleName(domain::Module::Customers));
}

void RoleEditorDialog::setRole(const RoleInfo &role)
{
    m_role = role;
    m_name->setText(role.builtin ? role.title() : role.name);
    m_description->setText(AdminText::roleDescription(role.name, role.description));
    for (domain::Module m : domain::allModules()) {
        const ModuleRow &r = m_modules[domain::moduleName(m)];
        const domain::ModuleGrant g = role.definition.grant(m);
        r.level->setCurrentIndex(qMax(0, r.level->findData(domain::accessLevelName(g.level))));
        r.scope->setCurrentIndex(qMax(0, r.scope->findData(domain::dataScopeName(g.scope))));
        for (auto it = r.extras.cbegin(); it != r.extras.cend(); ++it)
            it.value()->setChecked(g.extras.contains(it.key()));
        updateModuleRow(domain::moduleName(m));
    }
    m_ipRanges->setPlainText(role.definition.ipRanges.join(QLatin1Char('\n')));
    m_registeredOnly->setChecked(role.definition.registeredMachinesOnly);
    if (!m_catalog.isEmpty())
        fillFieldTable();
}

void RoleEditorDialog::updateModuleRow(const QString &module)
{
    const ModuleRow &r = m_modules[module];
    const bool granted = r.level->currentData().toString() != QLatin1String("none");
    // Without access a module has no scope or extras: they show empty rather than as
    // settings that would have no effect (the server keeps nothing of such a grant).
    if (!granted) {
        r.scope->setCurrentIndex(-1);
        for (QCheckBox *box : r.extras)
            box->setChecked(false);
    } else if (r.scope->currentIndex() < 0) {
        r.scope->setCurrentIndex(0);
    }
    r.scope->setEnabled(granted && !m_readOnly);
    for (QCheckBox *box : r.extras)
        box->setEnabled(granted && !m_readOnly);
    if (module == domain::moduleName(domain::Module::Customers)) {
        // Field visibility belongs to a customers grant; without one there is nothing to restrict.
        for (QButtonGroup *group : std::as_const(m_fieldAccess))
            for (QAbstractButton *button : group->buttons())
                button->setEnabled(granted && !m_readOnly);
    }
}

void RoleEditorDialog::setReadOnly()
{
    m_name->setReadOnly(true);
    m_description->setReadOnly(true);
    for (const ModuleRow &r : std::as_const(m_modules)) {
        r.level->setEnabled(false);
        r.scope->setEnabled(false);
        for (QCheckBox *box : r.extras)
            box->setEnabled(false);
    }
    m_ipRanges->setReadOnly(true);
    m_registeredOnly->setEnabled(false);
    m_save->hide();
    m_cancel->setText(tr("Close"));
    if (m_role.builtin && m_role.name == QLatin1String("administrator"))
        m_note->setText(tr("The Administrator role cannot be changed, so that someone can always manage access."));
    else
        m_note->setText(tr("You may look at this role but not change it."));
    m_note->show();
}

domain::RoleDefinition RoleEditorDialog::definition() const
{
    domain::RoleDefinition d;
    // A built-in role's name is shown translated; it keeps the name it has.
    d.name = m_role.builtin ? m_role.name : m_name->text().trimmed();
    const QString description = m_description->text().trimmed();
    // An unchanged built-in description stays the stored (English) text, not its translation.
    d.description = description == AdminText::roleDescription(m_role.name, m_role.description) ? m_role.description
                                                                                                  : description;
    const QMap<QString, domain::FieldAccess> before = m_role.definition.grant(domain::Module::Customers).fields;
    for (domain::Module m : domain::allModules()) {
        const ModuleRow &r = m_modules[domain::moduleName(m)];
        domain::ModuleGrant g;
        g.level = domain::accessLevelFromName(r.level->currentData().toString()).value_or(domain::AccessLevel::None);
        if (g.level == domain::AccessLevel::None)
            continue;
        g.scope = domain::dataScopeFromName(r.scope->currentData().toString()).value_or(domain::DataScope::Own);
        for (const QString &extra : kExtras)
            if (r.extras.value(extra)->isChecked())
                g.extras.append(extra);
        g.extras.sort();
        if (m == domain::Module::Customers) {
            // Fields the table does not list (it could not be read, or a field was retired) keep what they had.
            g.fields = before;
            for (auto it = m_fieldAccess.cbegin(); it != m_fieldAccess.cend(); ++it) {
                const int choice = it.value()->checkedId();
                if (choice == Hidden)
                    g.fields.insert(it.key(), domain::FieldAccess::Hidden);
                else if (choice == ReadOnly)
                    g.fields.insert(it.key(), domain::FieldAccess::ReadOnly);
                else
                    g.fields.remove(it.key());
            }
        }
        d.modules.insert(m, g);
    }
    for (const QString &line : m_ipRanges->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            d.ipRanges.append(line.trimmed());
    d.registeredMachinesOnly = m_registeredOnly->isChecked();
    return d;
}

QString RoleEditorDialog::errorText(const QString &part) const
{
    const QLabel *label = m_errors.value(part);
    return label && !label->isHidden() ? label->text() : QString();
}

void RoleEditorDialog::showError(const QString &part, const QString &message, QWidget *culprit)
{
    QLabel *label = m_errors.value(part, m_errors.value(QStringLiteral("general")));
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (message.isEmpty())
        return;
    if (culprit) {
        // A red frame marks the editor as well as the text beside it.
        culprit->setStyleSheet(feedback::invalidEditorStyle());
        m_marked.append(culprit);
        if (QWidget *page = m_tabs->currentWidget(); page && !page->isAncestorOf(culprit))
            for (int i = 0; i < m_tabs->count(); ++i)
                if (m_tabs->widget(i)->isAncestorOf(culprit))
                    m_tabs->setCurrentIndex(i);
        culprit->setFocus();
    }
}

void RoleEditorDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    for (QWidget *w : std::as_const(m_marked))
        w->setStyleSheet({});
    m_marked.clear();
}

bool RoleEditorDialog::validate()
{
    clearErrors();
    if (m_name->text().trimmed().isEmpty()) {
        showError(QStringLiteral("name"), tr("Give the role a name."), m_name);
        return false;
    }
    const QStringList lines = m_ipRanges->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString range = lines[i].trimmed();
        if (range.isEmpty() || QHostAddress::parseSubnet(range).second >= 0)
            continue;
        showError(QStringLiteral("ip_ranges"),
                  tr("Line %1, “%2”, is not an address range. Write it like 192.168.1.0/24 or 2001:db8::/32.")
                      .arg(i + 1)
                      .arg(range),
                  m_ipRanges);
        return false;
    }
    return true;
}

void RoleEditorDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_busy->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void RoleEditorDialog::accept()
{
    if (m_readOnly || m_pending || !validate())
        return;
    const domain::RoleDefinition d = definition();
    // The wire form of the grants is the stored form the domain type writes.
    QCborMap args = QCborValue::fromJsonValue(d.toJson()).toMap();
    args.insert(QStringLiteral("description"), d.description);
    if (isCreating()) {
        args.insert(QStringLiteral("name"), d.name);
    } else {
        args.insert(QStringLiteral("id"), m_role.id);
        args.insert(QStringLiteral("version"), m_role.version);
        if (d.name != m_role.name)
            args.insert(QStringLiteral("name"), d.name);
    }
    setBusy(true);
    QPointer<RoleEditorDialog> self(this);
    m_pending = m_connection->request(isCreating() ? QStringLiteral("roles.create") : QStringLiteral("roles.update"), args,
                                      [this, self](const protocol::Reply &reply) {
        if (!self)
            return;
        m_pending = 0;
        setBusy(false);
        if (!reply.ok) {
            onSaveFailed(reply.error);
            return;
        }
        if (isCreating())
            m_role.id = reply.result.toMap().value(QStringLiteral("id")).toInteger();
        Q_EMIT saved(m_role.id);
        QDialog::accept();
    });
}

void RoleEditorDialog::onSaveFailed(const protocol::Error &error)
{
    using protocol::ErrorCode;
    const QString &field = error.field;
    // The server's own words follow ours: they may name the bad value.
    auto withDetail = [&](const QString &lead) {
        return error.message.isEmpty() ? lead : tr("%1 (%2)").arg(lead, error.message);
    };
    if (error.code == ErrorCode::Conflict && field == QLatin1String("version")) {
        reloadAfterConflict();
        return;
    }
    if (field == QLatin1String("name")) {
        showError(field,
                  error.code == ErrorCode::Conflict
                      ? tr("Another role already has this name. Choose another name.")
                      : withDetail(tr("A role name has 1 to 64 characters, and a built-in role keeps its name.")),
                  m_name);
        return;
    }
    if (field == QLatin1String("description")) {
        showError(field, withDetail(tr("The description may have at most 500 characters.")), m_description);
        return;
    }
    if (field == QLatin1String("ip_ranges")) {
        showError(field, withDetail(tr("An allowed address range is not valid.")), m_ipRanges);
        return;
    }
    if (field == QLatin1String("modules") && error.code == ErrorCode::Forbidden) {
        showError(QStringLiteral("modules"),
                  tr("This role would grant more than you hold yourself. You can give only access that you "
                     "have: lower the levels, scopes or extra rights, or ask an administrator."));
        m_tabs->setCurrentIndex(ModulesPage);
        return;
    }
    const QStringList path = field.split(QLatin1Char('.'));
    if (path.value(0) == QLatin1String("modules") && path.size() >= 2) {
        const QString module = path.value(1);
        // "modules.customers.fields.KEY", where a contact field's KEY is "contacts.KEY" itself.
        const QString key = path.mid(3).join(QLatin1Char('.'));
        if (path.value(2) == QLatin1String("fields") && m_fieldAccess.contains(key)) {
            for (int r = 0; r < m_fields->rowCount(); ++r)
                if (m_fields->item(r, 0)->data(Qt::UserRole).toString() == key)
                    m_fields->selectRow(r);
            m_tabs->setCurrentIndex(FieldsPage);
            const customers::FieldInfo *f = key.startsWith(domain::kContactFieldPrefix)
                                                ? m_contactCatalog.find(key.mid(domain::kContactFieldPrefix.size()))
                                                : m_catalog.find(key);
            showError(QStringLiteral("fields"),
                      withDetail(tr("The visibility of “%1” was not accepted.").arg(f ? f->title() : key)));
            return;
        }
        const ModuleRow row = m_modules.value(module);
        QWidget *culprit = path.value(2) == QLatin1String("scope") ? static_cast<QWidget *>(row.scope)
                           : path.value(2) == QLatin1String("level") ? static_cast<QWidget *>(row.level)
                                                                      : nullptr;
        m_tabs->setCurrentIndex(ModulesPage);
        //: A complaint about one module's grant: %1 the module, %2 what is wrong.
        showError(QStringLiteral("modules"),
                  tr("%1: %2").arg(AdminText::moduleName(module), withDetail(tr("this grant was not accepted."))),
                  culprit);
        return;
    }
    if (error.code == ErrorCode::Conflict && field == QLatin1String("id")) {
        showError(QStringLiteral("general"), withDetail(tr("This role cannot be changed.")));
        return;
    }
    if (error.code == ErrorCode::Forbidden && field == QLatin1String("id")) {
        showError(QStringLiteral("general"),
                  tr("You may not change this role: it grants more than you hold, or people outside your "
                     "part of the company hold it. Ask an administrator."));
        return;
    }
    showError(QStringLiteral("general"), AdminText::errorMessage(error));
}

void RoleEditorDialog::reloadAfterConflict()
{
    setBusy(true);
    QPointer<RoleEditorDialog> self(this);
    m_pending = m_connection->request(QStringLiteral("roles.list"), {}, [this, self](const protocol::Reply &reply) {
        if (!self)
            return;
        m_pending = 0;
        setBusy(false);
        if (!reply.ok) {
            showError(QStringLiteral("general"), tr("Someone else changed this role meanwhile, and it could not be "
                                                    "read again: %1")
                                                     .arg(AdminText::errorMessage(reply.error)));
            return;
        }
        for (const RoleInfo &role : parseRoles(reply.result)) {
            if (role.id != m_role.id)
                continue;
            setRole(role);
            showError(QStringLiteral("general"),
                      tr("Someone else changed this role while you were editing it. The dialog now shows their "
                         "version; make your changes again and save."));
            return;
        }
        showError(QStringLiteral("general"), tr("Someone else deleted this role while you were editing it."));
        m_save->setEnabled(false);
    });
}

void RoleEditorDialog::reject()
{
    if (m_pending) {
        // The request may still be applied by the server; we just stop waiting for it.
        m_connection->cancel(m_pending);
        m_pending = 0;
    }
    QDialog::reject();
}

} // namespace cordial::client::admin
