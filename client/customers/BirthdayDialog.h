// The birthdays of contacts in the next days, shown once after login: who, of which
// customer, on which day and in how many days, with the mobile number to call.
#pragma once

#include <QCborArray>
#include <QDialog>

class QTableWidget;

namespace cordial::client {

class Connection;

namespace customers {

class BirthdayDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kDays = 2;

    BirthdayDialog(const QCborArray &items, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    // Asks customers.birthdays and, when there are any, shows the dialog (not modal).
    // `rights` are the caller's (customers.copy decides whether it may be copied from).
    // The callback receives the dialog, or nullptr when there was nothing to show.
    static void showUpcoming(Connection *connection, const QStringList &rights, QWidget *parent,
                             std::function<void(BirthdayDialog *)> shown = {});

    static QString whenText(int inDays);

private:
    QTableWidget *m_table;
};

} // namespace customers
} // namespace cordial::client
