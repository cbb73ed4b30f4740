// Administration → Custom fields: the fields an administrator added to the customer
// file (fields.list with retired ones), and a dialog to add or change one
// (fields.create / fields.update). Shown with the right fields.manage.
#pragma once

#include <QCborMap>
#include <QDialog>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cordial::client {

class Connection;
class MessageBanner;

namespace customers {

class CustomFieldDialog : public QDialog
{
    Q_OBJECT
public:
    // `field` as fields.list sends it; empty for a new field.
    CustomFieldDialog(Connection *connection, const QCborMap &field, QWidget *parent = nullptr);
    ~CustomFieldDialog() override;

    bool isCreating() const { return m_id == 0; }
    void accept() override; // saves; closes when the server agrees

    // For tests and the page: the editors.
    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *tabCombo() const { return m_tab; }
    QListWidget *choiceList() const { return m_choices; }
    QCheckBox *requiredBox() const { return m_required; }
    QCheckBox *listableBox() const { return m_listable; }
    void addChoice(const QString &label);
    QString errorText() const;

Q_SIGNALS:
    void saved();

private:
    void updateChoiceState();
    QCborMap collectArgs() const;
    void showFieldError(const QString &field, const QString &message);

    Connection *m_connection;
    QCborMap m_original;
    qint64 m_id = 0;
    quint64 m_pending = 0;
    QLineEdit *m_label;
    QComboBox *m_type;
    QComboBox *m_tab;
    QListWidget *m_choices;
    QPushButton *m_addChoice;
    QPushButton *m_removeChoice;
    QLabel *m_choicesTitle;
    QCheckBox *m_required;
    QCheckBox *m_listable;
    QLabel *m_labelError;
    QLabel *m_choicesError;
    QLabel *m_generalError;
    QPushButton *m_save;
};

class CustomFieldsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFieldsPage(Connection *connection, QWidget *parent = nullptr);

    void refresh();
    QStandardItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Opens the dialog for a new field or the selected one (returned for tests).
    CustomFieldDialog *newField();
    CustomFieldDialog *editSelected();
    void toggleRetiredSelected();

Q_SIGNALS:
    void refreshed();
    // A field was added, changed, retired or restored.
    void fieldsChanged();

private:
    QCborMap selectedField() const;
    void updateActions();

    Connection *m_connection;
    QList<QCborMap> m_fields;
    QStandardItemModel *m_model;
    QTableView *m_table;
    MessageBanner *m_banner;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_retire;
    quint64 m_pending = 0;
};

// Titles of field types and form tabs in the person's language.
QString fieldTypeTitle(const QString &type);
QString fieldTabTitle(const QString &tab);

} // namespace customers
} // namespace cordial::client
