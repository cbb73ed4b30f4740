// The customer form: eight tabs of catalog fields, the contacts on the first tab,
// the record's history on the last. Saves only the changed fields with the version
// that was read; a stale version shows what differs, a duplicate asks first.
#pragma once

#include "customers/CustomerContext.h"
#include "protocol/ErrorCode.h"

#include <QCborMap>
#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace cordial::client {

class MessageBanner;

namespace customers {

class FieldForm;

class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    // id 0 = a new customer.
    CustomerDialog(const CustomerContext &context, qint64 id, QWidget *parent = nullptr);

    qint64 customerId() const { return m_id; }
    qint64 version() const { return m_version; }
    bool isLoaded() const { return m_loaded; }
    bool isSaving() const { return m_saving; }
    bool isDirty() const;
    FieldForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    QCborMap record() const;
    QStandardItemModel *contactsModel() const { return m_contacts; }
    // Indices of the tabs, in order.
    enum Tab { Basic, Company, Financial, Groups, Notes, Status, Management, History };

    void save();
    void reload();
    // The printout of a customer as customers.print gives it: the fields the caller's
    // role shows that hold a value, tab by tab, and the contacts (HTML; every value
    // escaped). `printedAt` is the server's time of the printout.
    QString printableHtml(const QCborMap &customer, const QString &printedAt) const;
    // Asks the server for the printout (customers.print) and emits printoutReady.
    void requestPrintout();
    // Asks the server for the printout, then for a printer, and prints it (only with
    // customers.print: the server refuses it otherwise).
    void print();

Q_SIGNALS:
    void loaded();
    void saved(const QCborMap &record, bool created);
    void saveFailed();
    void printoutReady(const QString &html);

protected:
    void reject() override;

private:
    QWidget *makeFieldPage(const QString &tab, int page, QWidget *extra = nullptr);
    QWidget *makeContactsBox();
    QWidget *makeHistoryPage();
    void setRecord(const QCborMap &record);
    void showContacts();
    void updateTitle();
    void updateState();
    void send(bool allowDuplicate);
    void handleError(const protocol::Error &error, const QCborMap &sentChanges);
    void resolveConflict(const QCborMap &mine);
    void showDuplicates(const QCborMap &details);
    void fetchAfterSave(bool created);
    void addContact();
    void editContact();
    void removeContact();
    void refreshContacts();
    void loadHistory();
    void fetchPrintout(const std::function<void(const QString &html)> &done);
    QStringList contactColumns() const;

    CustomerContext m_context;
    qint64 m_id;
    qint64 m_version = 0;
    bool m_loaded = false;
    bool m_saving = false;
    bool m_historyLoaded = false;
    QList<QCborMap> m_pendingContacts; // contacts of a customer not yet created
    FieldForm *m_form;
    QTabWidget *m_tabs;
    MessageBanner *m_banner;
    QLabel *m_status;
    QLabel *m_heading;    // the customer's name, large
    QLabel *m_subheading; // follower, type, last change
    QPushButton *m_save;
    QPushButton *m_saveClose;
    QPushButton *m_print;
    QStandardItemModel *m_contacts;
    QTableView *m_contactTable;
    QPushButton *m_addContact;
    QPushButton *m_editContact;
    QPushButton *m_removeContact;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_historyDetail = nullptr;
    QLabel *m_historyNote = nullptr;
    QList<QCborMap> m_historyRows;
};

} // namespace customers
} // namespace cordial::client
