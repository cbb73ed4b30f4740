// A contact of a customer: the contact fields of the catalog in two columns. For a
// saved customer it saves through contacts.create / contacts.update itself and stays
// open with the server's complaint beside the field; for a new one it only collects.
#pragma once

#include "customers/CustomerContext.h"

#include <QCborMap>
#include <QDialog>

class QPushButton;

namespace cordial::client {

class MessageBanner;

namespace customers {

class FieldForm;

class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    ContactDialog(const CustomerContext &context, qint64 customerId, const QCborMap &contact,
                  QWidget *parent = nullptr);

    FieldForm *form() const { return m_form; }
    // Every field that is filled in (for a contact of a new customer).
    QCborMap values() const;

    void accept() override;

private:
    CustomerContext m_context;
    qint64 m_customerId;
    QCborMap m_contact;
    FieldForm *m_form;
    MessageBanner *m_banner;
    QPushButton *m_ok;
};

} // namespace customers
} // namespace cordial::client
