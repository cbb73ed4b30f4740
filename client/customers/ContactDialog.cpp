#include "customers/ContactDialog.h"

#include "admin/AdminText.h"
#include "admin/MessageBanner.h"
#include "customers/CopyGuard.h"
#include "customers/FieldForm.h"
#include "net/Connection.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cordial::client::customers {

ContactDialog::ContactDialog(const CustomerContext &context, qint64 customerId, const QCborMap &contact,
                             QWidget *parent)
    : QDialog(parent), m_context(context), m_customerId(customerId), m_contact(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    const QString name = contact.value(QStringLiteral("name")).toString();
    setWindowTitle(contact.isEmpty() ? tr("New contact")
                       : tr("Contact – %1").arg(name));
    resize(880, 720);
    m_form = new FieldForm(m_context, m_context.contactFields, this);

    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner;
    layout->addWidget(m_banner);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 8, 12, 8);
    auto *grid = new QGridLayout;
    m_form->addFields(grid, m_context.contactFields.fields(), 0);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("saveContact"));
    m_ok->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    layout->addWidget(buttons);

    const QList<QWidget *> chain = m_form->focusChain();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    m_form->setRecord(contact);
    if (QWidget *first = m_form->editor(QStringLiteral("name")))
        first->setFocus();
    CopyGuard::apply(m_context.rights, this);
}

QCborMap ContactDialog::values() const
{
    return m_form->nonEmptyValues();
}

void ContactDialog::accept()
{
    m_banner->hide();
    if (!m_form->validate())
        return;
    if (!m_customerId) {
        QDialog::accept();
        return;
    }
    const bool existing = m_contact.contains(QStringLiteral("id"));
    QCborMap args = existing ? m_form->changes() : m_form->nonEmptyValues();
    if (existing && args.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (existing) {
        args.insert(QStringLiteral("id"), m_contact.value(QStringLiteral("id")).toInteger());
        args.insert(QStringLiteral("version"), m_contact.value(QStringLiteral("version")).toInteger());
    } else {
        args.insert(QStringLiteral("customer_id"), m_customerId);
    }
    m_ok->setEnabled(false);
    m_context.connection->request(
        existing ? QStringLiteral("contacts.update") : QStringLiteral("contacts.create"), args,
        [this, self = QPointer(this)](const protocol::Reply &reply) {
            if (!self)
                return;
            m_ok->setEnabled(true);
            if (reply.ok) {
                QDialog::accept();
                return;
            }
            if (m_form->hasField(reply.error.field))
                m_form->showError(reply.error.field, FieldForm::errorText(*m_form->field(reply.error.field), reply.error));
            else if (reply.error.code == protocol::ErrorCode::Conflict)
                m_banner->showError(tr("Someone else changed this contact meanwhile. Close this window, and "
                                       "open the contact again to see their version."));
            else
                m_banner->showError(tr("Could not save the contact: %1")
                                        .arg(admin::AdminText::errorMessage(reply.error)));
        });
}

} // namespace cordial::client::customers
