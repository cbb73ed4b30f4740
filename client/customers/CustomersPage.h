// The customers module: the list (server-paged, sortable, with a column chooser),
// search-as-you-type, a filter panel, the recycle bin, and the customer form.
#pragma once

#include "customers/CustomerContext.h"
#include "models/PagedModel.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

namespace cordial::client {

class Connection;
class MessageBanner;
class ProgressTask;

namespace customers {

class CustomerDialog;
class CustomerListModel;

class CustomersPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 250;
    // How many selected customers one action takes: the server's limit of one call
    // (docs/protocol.md). Above it the action refuses and says so; it never acts on a part.
    static constexpr int kMaxDelete = 5000;    // customers.delete `ids`
    static constexpr int kMaxRestore = 5000;   // customers.restore takes one id: as many as delete
    static constexpr int kMaxAssign = 10000;   // customers.assign `ids`
    static constexpr int kMaxBulkEdit = 10000; // customers.bulk_update `ids`
    static constexpr int kMaxExport = 100000;  // customers.export `ids`
    static constexpr int kMaxCopy = 10000;     // the client's own: rows read onto the clipboard
    static constexpr int kMaxOpen = 10;        // forms opened at once (the first rows)
    static constexpr int kRestoresInFlight = 8;

    explicit CustomersPage(Connection *connection, QWidget *parent = nullptr);

    CustomerListModel *model() const { return m_model; }
    const CustomerContext &context() const { return m_context; }
    bool isReady() const { return m_ready; } // catalog and rights arrived
    // The columns shown by default, before a person chooses their own.
    static QStringList defaultColumns();
    // The QSettings key of the chosen columns of one user.
    static QString columnsSettingsKey(qint64 userId);

    // Opens the form of a customer (or raises it when already open); 0 = a new customer.
    CustomerDialog *openCustomer(qint64 id);
    CustomerDialog *newCustomer();
    void setColumnShown(const QString &key, bool shown);
    void showRecycleBin(bool binned);
    void refresh();
    // Reads the field catalog again (after custom fields were added or changed).
    void reloadCatalog();
    // The rows selected in the list, loaded or not.
    int selectedCount() const;
    // An action waits for the selected rows that are not loaded to be read.
    bool isReadingSelection() const { return !m_selectionRead.isNull(); }
    // Follows a change of the caller's access (an auth.whoami result): rights, the
    // fields shown, the actions offered.
    void applyAccess(const QCborMap &whoami);

Q_SIGNALS:
    void ready();

private:
    void loadContext();
    void contextArrived();
    // The catalogs as the caller's field access shows them, and (once ready) the list's
    // columns without the fields it hides.
    void applyFieldAccess();
    void buildFilterPanel();
    void applyColumns(const QStringList &keys, bool save);
    // defaultColumns() without those the caller's role hides.
    QStringList shownDefaultColumns() const;
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void startSearch();
    void applyFilters();
    void updateCount();
    void updateActions();
    QList<PagedModel::RowRange> selectedRanges() const;
    // Reads the rows (their ids, or the shown columns) and hands them to `act`: at once
    // when their pages are loaded, else once read, with progress and Cancel meanwhile.
    void readSelection(const QList<PagedModel::RowRange> &ranges, PagedModel::Columns columns,
                       std::function<void(const PagedModel::RowsResult &)> act);
    void selectionReadEnded();
    void confirmDelete(const PagedModel::RowsResult &selection);
    struct RestoreRun;
    void restoreNext(const std::shared_ptr<RestoreRun> &run);
    void openSelected();
    void copySelected();
    void deleteSelected();
    void restoreSelected();
    void assignSelected();
    void openAssign(const QList<qint64> &ids);
    void bulkEditSelected();
    void openBulkEdit(const QList<qint64> &ids);
    void importCustomers();
    void exportCustomers();
    void openExport(const QList<qint64> &ids, bool selectionTooLarge);
    void showColumnMenu(const QPoint &globalPos);
    void onSaved(const QCborMap &record, bool created);

    Connection *m_connection;
    CustomerContext m_context;
    FieldCatalog m_catalog; // as fields.list sends it, before the role's restrictions
    FieldCatalog m_contactCatalog; // likewise, of contacts
    CustomerListModel *m_model;
    bool m_ready = false;
    int m_contextParts = 0;
    QHash<qint64, QPointer<CustomerDialog>> m_dialogs;
    QPointer<RowsRead> m_selectionRead;
    QPointer<ProgressTask> m_selectionTask;

    QToolBar *m_toolbar;
    QAction *m_new;
    QAction *m_open;
    QAction *m_copy;
    QAction *m_delete;
    QAction *m_restore;
    QAction *m_assign;
    QAction *m_bulkEdit;
    QAction *m_import;
    QAction *m_export;
    QAction *m_bin;
    QAction *m_filterToggle;
    QAction *m_columns;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QLabel *m_count;
    MessageBanner *m_banner;
    QFrame *m_filterPanel;
    QHash<QString, QList<QWidget *>> m_filterWidgets; // field key -> its filter's label and editors
    QComboBox *m_owner;
    QComboBox *m_province;
    QLineEdit *m_city;
    QComboBox *m_type;
    QComboBox *m_grade;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QTableView *m_table;
    int m_sortSection = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace customers
} // namespace cordial::client
