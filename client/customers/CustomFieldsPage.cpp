#include "customers/CustomFieldsPage.h"

#include "admin/AdminText.h"
#include "admin/MessageBanner.h"
#include "app/Feedback.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cordial::client::customers {

using admin::AdminText;

namespace {

const QStringList kTypes{QStringLiteral("text"),  QStringLiteral("long_text"), QStringLiteral("integer"),
                         QStringLiteral("money"), QStringLiteral("date"),      QStringLiteral("choice"),
                         QStringLiteral("multi_choice")};
const QStringList kTabs{QStringLiteral("basic"),  QStringLiteral("company"), QStringLiteral("financial"),
                        QStringLiteral("groups"), QStringLiteral("notes"),   QStringLiteral("status"),
                        QStringLiteral("management")};
constexpr int kChoiceKeyRole = Qt::UserRole + 1;
constexpr int kFieldRole = Qt::UserRole + 2;

bool isChoiceType(const QString &type)
{
    return type == QLatin1String("choice") || type == QLatin1String("multi_choice");
}

} // namespace

QString fieldTypeTitle(const QString &type)
{
    if (type == QLatin1String("text"))
        return CustomFieldsPage::tr("Text (one line)");
    if (type == QLatin1String("long_text"))
        return CustomFieldsPage::tr("Text (several lines)");
    if (type == QLatin1String("integer"))
        return CustomFieldsPage::tr("Whole number");
    if (type == QLatin1String("money"))
        return CustomFieldsPage::tr("Amount of money");
    if (type == QLatin1String("date"))
        return CustomFieldsPage::tr("Date");
    if (type == QLatin1String("choice"))
        return CustomFieldsPage::tr("One choice from a list");
    if (type == QLatin1String("multi_choice"))
        return CustomFieldsPage::tr("Several choices from a list");
    return type;
}

QString fieldTabTitle(const QString &tab)
{
    if (tab == QLatin1String("basic"))
        return CustomFieldsPage::tr("Basic");
    if (tab == QLatin1String("company"))
        return CustomFieldsPage::tr("Company profile");
    if (tab == QLatin1String("financial"))
        return CustomFieldsPage::tr("Financial");
    if (tab == QLatin1String("groups"))
        return CustomFieldsPage::tr("Groups");
    if (tab == QLatin1String("notes"))
        return CustomFieldsPage::tr("Notes");
    if (tab == QLatin1String("status"))
        return CustomFieldsPage::tr("Current status");
    if (tab == QLatin1String("management"))
        return CustomFieldsPage::tr("Management");
    return tab;
}

// ---- the dialog ----

CustomFieldDialog::CustomFieldDialog(Connection *connection, const QCborMap &field, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_original(field)
{
    m_id = field.value(QStringLiteral("id")).toInteger();
    setWindowTitle(isCreating() ? tr("New custom field") : tr("Custom field – %1").arg(field.value(QStringLiteral("label")).toString()));
    setMinimumWidth(480);

    auto *layout = new QVBoxLayout(this);
    m_generalError = feedback::errorLabel(QStringLiteral("generalError"));
    m_generalError->setStyleSheet(feedback::errorBoxStyle());
    layout->addWidget(m_generalError);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_label = new QLineEdit(field.value(QStringLiteral("label")).toString());
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setMaxLength(40);
    m_label->setPlaceholderText(tr("As it appears on the form, e.g. WeChat ID"));
    m_labelError = feedback::errorLabel(QStringLiteral("labelError"));
    auto *labelBox = new QVBoxLayout;
    labelBox->setSpacing(2);
    labelBox->addWidget(m_label);
    labelBox->addWidget(m_labelError);
    auto *labelTitle = new QLabel(tr("&Name:"));
    labelTitle->setBuddy(m_label);
    form->addRow(labelTitle, labelBox);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("type"));
    for (const QString &t : kTypes)
        m_type->addItem(fieldTypeTitle(t), t);
    if (!isCreating()) {
        m_type->setCurrentIndex(std::max(0, int(kTypes.indexOf(field.value(QStringLiteral("type")).toString()))));
        m_type->setEnabled(false);
        m_type->setToolTip(tr("The kind of a field cannot change once customers may hold values in it."));
    }
    form->addRow(tr("&Kind:"), m_type);

    m_tab = new QComboBox;
    m_tab->setObjectName(QStringLiteral("tab"));
    for (const QString &t : kTabs)
        m_tab->addItem(fieldTabTitle(t), t);
    m_tab->setCurrentIndex(std::max(0, int(kTabs.indexOf(field.value(QStringLiteral("tab")).toString()))));
    form->addRow(tr("On the &tab:"), m_tab);

    m_choicesTitle = new QLabel(tr("C&hoices:"));
    m_choices = new QListWidget;
    m_choices->setObjectName(QStringLiteral("choices"));
    m_choices->setMinimumHeight(120);
    m_choicesTitle->setBuddy(m_choices);
    for (const QCborValue &c : field.value(QStringLiteral("choices")).toArray()) {
        auto *item = new QListWidgetItem(c.toMap().value(QStringLiteral("label")).toString());
        item->setData(kChoiceKeyRole, c.toMap().value(QStringLiteral("key")).toString());
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_choices->addItem(item);
    }
    m_addChoice = new QPushButton(tr("&Add choice"));
    m_removeChoice = new QPushButton(tr("&Remove"));
    m_removeChoice->setToolTip(tr("Only choices added now can be removed; rename existing ones instead, because "
                                  "customers may hold them."));
    auto *choiceButtons = new QVBoxLayout;
    choiceButtons->addWidget(m_addChoice);
    choiceButtons->addWidget(m_removeChoice);
    choiceButtons->addStretch(1);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_choices, 1);
    choiceRow->addLayout(choiceButtons);
    m_choicesError = feedback::errorLabel(QStringLiteral("choicesError"));
    auto *choiceBox = new QVBoxLayout;
    choiceBox->setSpacing(2);
    choiceBox->addLayout(choiceRow);
    choiceBox->addWidget(m_choicesError);
    form->addRow(m_choicesTitle, choiceBox);

    m_required = new QCheckBox(tr("Re&quired for new customers"));
    m_required->setObjectName(QStringLiteral("required"));
    m_required->setChecked(field.value(QStringLiteral("required")).toBool());
    m_listable = new QCheckBox(tr("Offer as a &column and filter of the customer list"));
    m_listable->setObjectName(QStringLiteral("listable"));
    m_listable->setChecked(isCreating() || field.value(QStringLiteral("listable")).toBool());
    form->addRow(QString(), m_required);
    form->addRow(QString(), m_listable);
    layout->addLayout(form);

    auto *hint = new QLabel(tr("Custom fields appear on the customer form, in the column chooser, in import and "
                               "export and in bulk edit. They are not searched by the search box."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CustomFieldDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomFieldDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomFieldDialog::updateChoiceState);
    connect(m_choices, &QListWidget::currentRowChanged, this, &CustomFieldDialog::updateChoiceState);
    connect(m_addChoice, &QPushButton::clicked, this, [this] {
        addChoice(tr("New choice"));
        m_choices->setCurrentRow(m_choices->count() - 1);
        m_choices->editItem(m_choices->currentItem());
    });
    connect(m_removeChoice, &QPushButton::clicked, this, [this] {
        delete m_choices->takeItem(m_choices->currentRow());
        updateChoiceState();
    });
    updateChoiceState();
}

CustomFieldDialog::~CustomFieldDialog()
{
    if (m_pending)
        m_connection->cancel(m_pending);
}

void CustomFieldDialog::addChoice(const QString &label)
{
    auto *item = new QListWidgetItem(label);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_choices->addItem(item);
    updateChoiceState();
}

QString CustomFieldDialog::errorText() const
{
    QStringList texts;
    for (QLabel *l : {m_generalError, m_labelError, m_choicesError})
        if (!l->isHidden())
            texts.append(l->text());
    return texts.join(QLatin1Char('\n'));
}

void CustomFieldDialog::updateChoiceState()
{
    const bool choice = isChoiceType(m_type->currentData().toString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_choicesTitle, m_choices, m_addChoice, m_removeChoice})
        w->setVisible(choice);
    const QListWidgetItem *current = m_choices->currentItem();
    m_removeChoice->setEnabled(current && current->data(kChoiceKeyRole).toString().isEmpty());
}

QCborMap CustomFieldDialog::collectArgs() const
{
    QCborMap args;
    if (isCreating()) {
        args.insert(QStringLiteral("type"), m_type->currentData().toString());
    } else {
        args.insert(QStringLiteral("id"), m_id);
    }
    args.insert(QStringLiteral("label"), m_label->text().trimmed());
    args.insert(QStringLiteral("tab"), m_tab->currentData().toString());
    args.insert(QStringLiteral("required"), m_required->isChecked());
    args.insert(QStringLiteral("listable"), m_listable->isChecked());
    if (isChoiceType(m_type->currentData().toString())) {
        QCborArray choices;
        for (int i = 0; i < m_choices->count(); ++i) {
            const QListWidgetItem *item = m_choices->item(i);
            QCborMap c{{QStringLiteral("label"), item->text().trimmed()}};
            if (!item->data(kChoiceKeyRole).toString().isEmpty())
                c.insert(QStringLiteral("key"), item->data(kChoiceKeyRole).toString());
            choices.append(c);
        }
        args.insert(QStringLiteral("choices"), choices);
    }
    return args;
}

void CustomFieldDialog::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = field == QLatin1String("label")     ? m_labelError
                    : field == QLatin1String("choices") ? m_choicesError
                                                        : m_generalError;
    label->setText(message);
    label->show();
    if (label == m_labelError)
        m_label->setFocus();
    else if (label == m_choicesError)
        m_choices->setFocus();
}

void CustomFieldDialog::accept()
{
    if (m_pending)
        return;
    for (QLabel *l : {m_generalError, m_labelError, m_choicesError})
        l->hide();
    if (m_label->text().trimmed().isEmpty()) {
        showFieldError(QStringLiteral("label"), tr("Give the field a name."));
        return;
    }
    if (isChoiceType(m_type->currentData().toString()) && m_choices->count() == 0) {
        showFieldError(QStringLiteral("choices"), tr("Add at least one choice."));
        return;
    }
    m_save->setEnabled(false);
    const QString op = isCreating() ? QStringLiteral("fields.create") : QStringLiteral("fields.update");
    m_pending = m_connection->request(op, collectArgs(), [this](const protocol::Reply &reply) {
        m_pending = 0;
        m_save->setEnabled(true);
        if (!reply.ok) {
            QString message;
            if (reply.error.code == protocol::ErrorCode::Conflict && reply.error.field == QLatin1String("label"))
                message = tr("Another field already has this name. Choose a name that tells them apart.");
            else
                message = AdminText::fieldErrorMessage(reply.error);
            showFieldError(reply.error.field, message);
            return;
        }
        Q_EMIT saved();
        QDialog::accept();
    });
}

// ---- the page ----

CustomFieldsPage::CustomFieldsPage(Connection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = toolbar->addAction(tr("&New field…"), this, [this] { newField(); });
    m_edit = toolbar->addAction(tr("&Edit…"), this, [this] { editSelected(); });
    m_retire = toolbar->addAction(tr("&Retire"), this, &CustomFieldsPage::toggleRetiredSelected);
    toolbar->addSeparator();
    toolbar->addAction(tr("Re&fresh"), this, &CustomFieldsPage::refresh);
    layout->addWidget(toolbar);

    auto *intro = new QLabel(tr("Fields your company needs beyond the built-in customer file. A retired field "
                                "disappears from forms, lists and exports; its values are kept and come back "
                                "when it is restored."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner;
    layout->addWidget(m_banner);

    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Tab"), tr("Required"), tr("In the list"), tr("State")});
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("customFieldsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setMinimumSectionSize(72);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomFieldsPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { editSelected(); });
    updateActions();
    refresh();
}

void CustomFieldsPage::refresh()
{
    if (m_pending)
        m_connection->cancel(m_pending);
    m_pending = m_connection->request(
        QStringLiteral("fields.list"), {{QStringLiteral("include_retired"), true}},
        [this](const protocol::Reply &reply) {
            m_pending = 0;
            if (!reply.ok) {
                m_banner->showError(tr("Could not load the custom fields: %1").arg(AdminText::errorMessage(reply.error)));
                return;
            }
            const qint64 selected = selectedField().value(QStringLiteral("id")).toInteger();
            m_fields.clear();
            m_model->removeRows(0, m_model->rowCount());
            for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray()) {
                const QCborMap f = v.toMap();
                if (!f.value(QStringLiteral("custom")).toBool())
                    continue;
                m_fields.append(f);
                const bool retired = f.value(QStringLiteral("retired")).toBool();
                QList<QStandardItem *> row{
                    new QStandardItem(f.value(QStringLiteral("label")).toString()),
                    new QStandardItem(fieldTypeTitle(f.value(QStringLiteral("type")).toString())),
                    new QStandardItem(fieldTabTitle(f.value(QStringLiteral("tab")).toString())),
                    new QStandardItem(f.value(QStringLiteral("required")).toBool() ? tr("Yes") : QString()),
                    new QStandardItem(f.value(QStringLiteral("listable")).toBool() ? tr("Yes") : QString()),
                    new QStandardItem(retired ? tr("Retired") : tr("In use"))};
                row.first()->setData(f.toVariantMap(), kFieldRole);
                if (retired)
                    for (QStandardItem *item : row)
                        item->setForeground(QBrush(Qt::gray));
                m_model->appendRow(row);
                if (f.value(QStringLiteral("id")).toInteger() == selected)
                    m_table->selectRow(m_model->rowCount() - 1);
            }
            if (m_fields.isEmpty())
                m_banner->showInfo(tr("No custom fields yet. Add one with New field…"));
            else
                m_banner->hide();
            updateActions();
            Q_EMIT refreshed();
        });
}

QCborMap CustomFieldsPage::selectedField() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_fields.value(rows.first().row());
}

void CustomFieldsPage::updateActions()
{
    const QCborMap f = selectedField();
    m_edit->setEnabled(!f.isEmpty());
    m_retire->setEnabled(!f.isEmpty());
    m_retire->setText(f.value(QStringLiteral("retired")).toBool() ? tr("&Restore") : tr("&Retire"));
}

CustomFieldDialog *CustomFieldsPage::newField()
{
    auto *dialog = new CustomFieldDialog(m_connection, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomFieldDialog::saved, this, &CustomFieldsPage::refresh);
    connect(dialog, &CustomFieldDialog::saved, this, &CustomFieldsPage::fieldsChanged);
    dialog->open();
    return dialog;
}

CustomFieldDialog *CustomFieldsPage::editSelected()
{
    const QCborMap f = selectedField();
    if (f.isEmpty())
        return nullptr;
    auto *dialog = new CustomFieldDialog(m_connection, f, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomFieldDialog::saved, this, &CustomFieldsPage::refresh);
    connect(dialog, &CustomFieldDialog::saved, this, &CustomFieldsPage::fieldsChanged);
    dialog->open();
    return dialog;
}

void CustomFieldsPage::toggleRetiredSelected()
{
    const QCborMap f = selectedField();
    if (f.isEmpty())
        return;
    const bool retire = !f.value(QStringLiteral("retired")).toBool();
    m_connection->request(QStringLiteral("fields.update"),
                          {{QStringLiteral("id"), f.value(QStringLiteral("id"))}, {QStringLiteral("retired"), retire}},
                          [this, self = QPointer(this), label = f.value(QStringLiteral("label")).toString(),
                           retire](const protocol::Reply &reply) {
                              if (!self)
                                  return;
                              if (!reply.ok) {
                                  m_banner->showError(AdminText::errorMessage(reply.error));
                                  return;
                              }
                              m_banner->showInfo(retire ? tr("“%1” is retired.").arg(label)
                                                        : tr("“%1” is in use again.").arg(label));
                              refresh();
                              Q_EMIT fieldsChanged();
                          });
}

} // namespace cordial::client::customers
