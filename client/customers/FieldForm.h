// Editors for catalog fields, laid out two label/editor pairs to a row: the right
// editor per field type, values read and written in their wire form, the changed
// keys against the record that was loaded, and error messages beside the fields.
#pragma once

#include "customers/CustomerContext.h"
#include "protocol/ErrorCode.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QPointer>

class QGridLayout;
class QLabel;
class QWidget;

namespace cordial::client::customers {

class FieldForm : public QObject
{
    Q_OBJECT
public:
    FieldForm(const CustomerContext &context, const FieldCatalog &catalog, QObject *parent = nullptr);

    // Adds editors for the fields to the grid (label, editor, label, editor per row;
    // long texts and multiple choices take a whole row). `page` is remembered for
    // showError() (the index of the tab the grid is on).
    void addFields(QGridLayout *grid, const QList<FieldInfo> &fields, int page);

    // Fills the editors; the record becomes the baseline of changes().
    void setRecord(const QCborMap &record);
    QCborMap record() const { return m_record; }
    // The value of an editor in its canonical wire form (null when empty).
    QCborValue value(const QString &key) const;
    void setValue(const QString &key, const QCborValue &value);
    // Editable fields whose editor differs from the record, as they would be sent.
    QCborMap changes() const;
    bool isDirty() const { return !changes().isEmpty(); }
    // Every editable field that is not empty (for a create).
    QCborMap nonEmptyValues() const;

    bool hasField(const QString &key) const { return m_editors.contains(key); }
    const FieldInfo *field(const QString &key) const;
    QWidget *editor(const QString &key) const;
    QLabel *errorLabel(const QString &key) const;
    int pageOf(const QString &key) const;
    QList<QWidget *> focusChain() const;

    void showError(const QString &key, const QString &text);
    void clearErrors();
    // Local checks (required fields, dates); shows the first problem beside its field.
    bool validate();

    static QCborValue canonical(const FieldInfo &field, const QCborValue &value);
    // The message under a field the server rejected, in the person's language.
    static QString errorText(const FieldInfo &field, const protocol::Error &error);

Q_SIGNALS:
    void edited();
    // Asks the owner to show this page and focus the editor.
    void revealRequested(int page, QWidget *editor);

private:
    struct Editor {
        FieldInfo field;
        QWidget *widget = nullptr; // the editor proper
        QLabel *error = nullptr;
        int page = 0;
    };
    QWidget *makeEditor(const FieldInfo &field);
    QCborValue read(const Editor &editor) const;
    void write(const Editor &editor, const QCborValue &value);

    const CustomerContext &m_context;
    const FieldCatalog &m_catalog;
    QHash<QString, Editor> m_editors;
    QStringList m_order;
    QCborMap m_record;
    bool m_filling = false;
};

} // namespace cordial::client::customers
