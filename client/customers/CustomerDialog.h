// The customer form: eight tabs of catalog fields, the contacts on the first tab,
// the record's versions on the last, from where an earlier one is put back. Saves
// only the changed fields with the version that was read; a stale version shows what
// differs, a duplicate asks first. A customer in the recycle bin is shown read-only.
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
    // In the recycle bin: shown, not edited; an earlier version can be put back.
    bool isBinned() const { return m_binned; }
    // Whether the caller may change this customer (an author: only those they follow
    // or created). The server decides; this spares a refusal.
    bool canEditRecord() const;
    FieldForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    QCborMap record() const;
    QStandardItemModel *contactsModel() const { return m_contacts; }
    // Indices of the tabs, in order.
    enum Tab { Basic, Company, Financial, Groups, Notes, Status, Management, History };

    void save();
    // Reads the customer again (in the bin or not); `then` runs once it is shown.
    void reload(const std::function<void()> &then = {});
    // The printout of a customer as customers.print gives it: the fields the caller's
    // role shows that hold a value, tab by tab, and the contacts (HTML; every value
    // escaped). `printedAt` is the server's time of the printout.
    QString printableHtml(const QCborMap &customer, const QString &printedAt) const;
    // Asks the server for the printout (customers.print) and emits printoutReady.
    void requestPrintout();
    // Asks the server for the printout, then for a printer, and prints it (only with
    // customers.print: the server refuses it otherwise).
    void print();
    // Opens "Who may see and edit" (the customer's readers and editors, #5).
    void openAccess();
    QLabel *accessSummary() const { return m_accessSummary; }
    // Asks to put back the version of the selected history row (a confirmation first).
    void restoreSelectedVersion();

Q_SIGNALS:
    void loaded();
    void saved(const QCborMap &record, bool created);
    void saveFailed();
    void printoutReady(const QString &html);
    void historyLoaded();
    // A restore_version finished (restored: the customer changed) and the form shows the result.
    void versionRestored(bool restored);

protected:
    void reject() override;

private:
    QWidget *makeFieldPage(const QString &tab, int page, QWidget *extra = nullptr);
    QWidget *makeContactsBox();
    QWidget *makeHistoryPage();
    QWidget *makeAccessBox();
    void loadAccess();
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
    void loadHistory(bool older = false);
    void showHistoryEntry();
    void updateRestoreAction();
    void sendRestore(const QCborMap &entry);
    void fetchPrintout(const std::function<void(const QString &html)> &done);
    QStringList contactColumns() const;

    CustomerContext m_context;
    qint64 m_id;
    qint64 m_version = 0;
    bool m_loaded = false;
    bool m_saving = false;
    bool m_historyLoaded = false;
    bool m_accessLoaded = false;
    bool m_binned = false;
    bool m_restoring = false;
    qint64 m_historyCursor = 0; // next_cursor of the last history page; 0 when none is left
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
    QPushButton *m_restoreVersion = nullptr;
    QPushButton *m_olderVersions = nullptr;
    QList<QCborMap> m_historyRows;
    QLabel *m_accessSummary = nullptr;
    QPushButton *m_accessButton = nullptr;
};

} // namespace customers
} // namespace cordial::client
