// "Who may see and edit this customer": its readers and editors (customers.access),
// changed with customers.set_access by those who may; read-only for everyone else.
#pragma once

#include "customers/CustomerContext.h"
#include "protocol/ErrorCode.h"

#include <QCborMap>
#include <QDialog>

class QGridLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cordial::client {

class MessageBanner;

namespace customers {

class RecordAccessDialog : public QDialog
{
    Q_OBJECT
public:
    RecordAccessDialog(const CustomerContext &context, qint64 customerId, const QString &customerName,
                       QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    bool canChange() const { return m_canChange; }
    bool isDirty() const;
    QTreeWidget *readers() const { return m_readers; }
    QTreeWidget *editors() const { return m_editors; }
    // The principals listed now, as customers.set_access takes them ({user: id, name}).
    QList<QCborMap> principals(const QTreeWidget *list) const;
    void save();

    // One line for a principal: its name (or that it is gone) and what it stands for.
    static QString principalText(const QCborMap &principal);
    // "Readers: …; editors: …" or that everyone in scope sees the customer, from a
    // customers.access result.
    static QString summary(const QCborMap &access);

Q_SIGNALS:
    void loaded();
    // The lists were saved: the customer went from `previousVersion` to `version`.
    void saved(qint64 version, qint64 previousVersion);
    void saveFailed();

private:
    // The title, hint, list and buttons of `name` ("readers"), in column `column` of `grid`.
    void addListColumn(QGridLayout *grid, int column, const QString &title, const QString &hint, const QString &addText,
                       const QString &name, QTreeWidget *&list);
    void load();
    void setLists(const QCborMap &access);
    void addTo(QTreeWidget *list);
    void removeFrom(QTreeWidget *list);
    void addRow(QTreeWidget *list, const QCborMap &principal);
    void updateState();
    void handleError(const protocol::Error &error);

    CustomerContext m_context;
    qint64 m_id;
    qint64 m_version = 0;
    bool m_loaded = false;
    bool m_saving = false;
    bool m_canChange = false;
    QCborMap m_original; // as loaded
    MessageBanner *m_banner;
    QLabel *m_state;
    QTreeWidget *m_readers = nullptr;
    QTreeWidget *m_editors = nullptr;
    QList<QPushButton *> m_editButtons;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace customers
} // namespace cordial::client
