// The audit log: newest first, filtered by user, entity and time, with the selected
// row's before and after images side by side, and a check of the hash chain.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace cordial::client {

class Connection;
class MessageBanner;
class PagedListModel;

class AuditViewer : public QWidget
{
    Q_OBJECT
public:
    explicit AuditViewer(Connection *connection, QWidget *parent = nullptr);

    void refresh();
    PagedListModel *model() const { return m_model; }

    // "2026-11-24T08:06:31.123Z" -> the local time in the user's locale.
    static QString localTime(const QString &utc);

Q_SIGNALS:
    void verified(bool ok, qint64 firstBadId);

private:
    void loadUsers();
    void applyFilter();
    void showDetail();
    void verifyChain();

    Connection *m_connection;
    PagedListModel *m_model;
    QTimer *m_debounce;

    QComboBox *m_user;
    QComboBox *m_entity;
    QCheckBox *m_fromEnabled;
    QDateTimeEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateTimeEdit *m_to;
    QPushButton *m_verify;
    QLabel *m_verifyResult;
    MessageBanner *m_banner;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QTableWidget *m_detail;
};

} // namespace cordial::client
