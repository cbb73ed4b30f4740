// A list of the records one op returns whole (roles.list, groups.list, sessions.list,
// bans.list): a filter box that searches as you type, the count, a column chooser,
// export of the rows shown, a line in the empty list saying why it is empty, and
// New / Open or Edit / Delete (or another word for it: Revoke, Lift) for a page to
// fill in.
#pragma once

#include <QCborMap>
#include <QList>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTableView;
class QToolBar;

namespace cordial::client {

class Connection;
class MessageBanner;

namespace admin {

class RecordsPage : public QWidget
{
    Q_OBJECT
public:
    struct Texts {
        QString newRecord;         // "New role"; empty: records are not made here
        QString searchPlaceholder; // "Filter by name or description…"
        QString exportName;        // the suggested file name of an export
        QString loadFailed;        // "Could not load the roles: %1"
        QString deleteRecord = {}; // what Delete is called here ("Revoke…"); empty: "Delete"
        QString emptyList = {};    // shown in the table while the server lists nothing
        bool opensRecords = true;  // false: a row says all there is; no Open / Edit
        QString editRecord = {};   // the Edit action's text for a manager when not "Edit…"
    };
    // Items may carry the value their column sorts by in this role (a time, say, whose
    // text sorts otherwise); without it a column sorts by its text or number.
    static constexpr int kSortRole = Qt::UserRole + 8;

    RecordsPage(Connection *connection, const QString &listOp, const QStringList &headers, const Texts &texts,
                QWidget *parent = nullptr);

    // Without the right to manage, New and Delete are hidden and Edit only opens.
    void setCanManage(bool canManage);
    bool canManage() const { return m_canManage; }
    void refresh();

    QList<QCborMap> records() const { return m_records; }
    QCborMap selectedRecord() const;
    void selectRecord(qint64 id);
    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void refreshed();
    // A record was added, changed or deleted here.
    void changed();

protected:
    // The cells of one record, in the order of the headers.
    virtual QList<QStandardItem *> rowItems(const QCborMap &record) const = 0;
    virtual QString countText(int count) const = 0;
    // Pages without newRecord / opensRecords texts never have these called.
    virtual void newRecord() {}
    virtual void openRecord(const QCborMap &) {}
    virtual void deleteRecord(const QCborMap &record) = 0;
    virtual bool canDelete(const QCborMap &) const { return true; }
    // After a change: tells the others, reloads and selects the record again.
    void afterChange(qint64 selectId);
    // Asks before a change that cannot be undone: `question` with `detail` below it,
    // and the buttons `action` and Cancel, the default. `goAhead` runs on `action`.
    // The box is named `objectName`, for tests.
    void confirm(const QString &objectName, const QString &title, const QString &question, const QString &detail,
                 const QString &action, const std::function<void()> &goAhead);

    Connection *connection() const { return m_connection; }
    QToolBar *toolbar() const { return m_toolbar; }
    void updateActions();

private:
    void updateCount();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Connection *m_connection;
    QString m_listOp;
    Texts m_texts;
    bool m_canManage = false;
    quint64 m_pending = 0;
    QList<QCborMap> m_records;
    QToolBar *m_toolbar;
    QAction *m_new;
    QAction *m_open;
    QAction *m_delete;
    QLineEdit *m_filter;
    QLabel *m_count;
    QLabel *m_empty;
    MessageBanner *m_banner;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace admin
} // namespace cordial::client
