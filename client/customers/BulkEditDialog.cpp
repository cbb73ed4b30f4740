#include "customers/BulkEditDialog.h"

#include "admin/AdminText.h"
#include "app/Feedback.h"
#include "customers/FieldForm.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordial::client::customers {

BulkEditDialog::BulkEditDialog(const CustomerContext &context, const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent), m_context(context), m_ids(ids)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk edit customers"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Set one field to the same value on the %n selected customer(s).", nullptr, int(ids.size()))));

    auto *top = new QFormLayout;
    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("bulkField"));
    for (const FieldInfo &f : context.customerFields.fields())
        if (f.bulkEditable && !f.readOnly)
            m_field->addItem(f.title(), f.key);
    top->addRow(tr("&Field:"), m_field);
    layout->addLayout(top);

    m_valueHolder = new QVBoxLayout;
    layout->addLayout(m_valueHolder);
    auto *hint = new QLabel(tr("Leave the value empty to clear the field."));
    hint->setEnabled(false);
    layout->addWidget(hint);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("bulkEditError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(feedback::errorTextStyle());
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("bulkEditOk"));
    m_ok->setText(tr("Apply"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);
    layout->addWidget(buttons);

    connect(m_field, &QComboBox::currentIndexChanged, this, &BulkEditDialog::showField);
    showField();
    resize(560, 240);
}

QString BulkEditDialog::fieldKey() const
{
    return m_field->currentData().toString();
}

void BulkEditDialog::showField()
{
    // The editor of the chosen field, made by the form's own code.
    delete m_form;
    m_form = nullptr;
    delete m_valueArea; // with the editor of the previous field
    m_valueArea = new QWidget;
    m_valueArea->setObjectName(QStringLiteral("bulkValueArea"));
    auto *grid = new QGridLayout(m_valueArea);
    grid->setContentsMargins(0, 0, 0, 0);
    m_valueHolder->addWidget(m_valueArea);
    m_error->hide();
    const FieldInfo *f = m_context.customerFields.find(fieldKey());
    m_ok->setEnabled(f != nullptr);
    if (!f)
        return;
    m_form = new FieldForm(m_context, m_context.customerFields, this);
    m_form->addFields(grid, {*f}, 0);
    if (QWidget *editor = m_form->editor(f->key))
        setTabOrder(m_field, editor);
}

void BulkEditDialog::accept()
{
    if (m_busy || !m_form)
        return;
    const QString key = fieldKey();
    const FieldInfo *f = m_form->field(key);
    if (!f)
        return;
    m_form->clearErrors();
    m_error->hide();
    const QCborValue value = m_form->value(key);
    const bool clearing = value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
                          || (value.isArray() && value.toArray().isEmpty());
    if (!clearing)
        return send(key, value);
    // Emptying a field on many customers at once is easy to do by mistake.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear the field"),
                                tr("Clear \"%1\" on the %n selected customer(s)?", nullptr, int(m_ids.size()))
                                    .arg(f->title()),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmClear"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, key, value] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            send(key, value);
    });
    box->open();
}

void BulkEditDialog::send(const QString &key, const QCborValue &value)
{
    const FieldInfo *f = m_form ? m_form->field(key) : nullptr;
    if (!f)
        return;
    QCborArray ids;
    for (qint64 id : m_ids)
        ids.append(id);
    const QCborMap args{{QStringLiteral("ids"), ids}, {QStringLiteral("field"), key}, {QStringLiteral("value"), value}};
    m_busy = true;
    m_ok->setEnabled(false);
    m_context.connection->request(
        QStringLiteral("customers.bulk_update"), args,
        [this, self = QPointer(this), key, field = *f](const protocol::Reply &reply) {
            if (!self)
                return;
            m_busy = false;
            m_ok->setEnabled(true);
            if (!reply.ok) {
                if (reply.error.code == protocol::ErrorCode::Invalid && reply.error.field == QLatin1String("value")
                    && m_form && fieldKey() == key) {
                    m_form->showError(key, FieldForm::errorText(field, reply.error));
                    if (QWidget *editor = m_form->editor(key))
                        editor->setFocus();
                } else {
                    m_error->setText(tr("Could not change the customers: %1")
                                         .arg(admin::AdminText::errorMessage(reply.error)));
                    m_error->show();
                }
                return;
            }
            Q_EMIT updated(reply.result.toMap());
            QDialog::accept();
        });
}

} // namespace cordial::client::customers
