// Sets one field to one value on the selected customers (customers.bulk_update): the
// field is one of the catalog's bulk-editable fields, its editor the one of the form.
#pragma once

#include "customers/CustomerContext.h"

#include <QCborMap>
#include <QDialog>
#include <QList>

class QComboBox;
class QVBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace cordial::client::customers {

class FieldForm;

class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    BulkEditDialog(const CustomerContext &context, const QList<qint64> &ids, QWidget *parent = nullptr);

    QList<qint64> ids() const { return m_ids; }
    QString fieldKey() const;
    // The editor of the chosen field's value.
    FieldForm *form() const { return m_form; }

Q_SIGNALS:
    // The server's result ({updated, skipped}) after a successful update.
    void updated(const QCborMap &result);

public Q_SLOTS:
    void accept() override;

private:
    void send(const QString &key, const QCborValue &value);
    void showField();

    const CustomerContext &m_context;
    QList<qint64> m_ids;
    QComboBox *m_field;
    QWidget *m_valueArea = nullptr;
    QVBoxLayout *m_valueHolder = nullptr;
    FieldForm *m_form = nullptr;
    QLabel *m_error;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace cordial::client::customers
