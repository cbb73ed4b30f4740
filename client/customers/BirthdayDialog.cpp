#include "customers/BirthdayDialog.h"

#include "customers/CopyGuard.h"
#include "net/Connection.h"

#include <QCborMap>
#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cordial::client::customers {

BirthdayDialog::BirthdayDialog(const QCborArray &items, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("birthdayDialog"));
    setWindowTitle(tr("Upcoming birthdays"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("%n contact(s) of your customers have a birthday in the next days. "
                               "A call or a message is a good reason to get in touch.",
                               nullptr, int(items.size())));
    text->setWordWrap(true);
    layout->addWidget(text);

    m_table = new QTableWidget(int(items.size()), 6);
    m_table->setObjectName(QStringLiteral("birthdayTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Customer"), tr("Birthday"), tr("When"), tr("Age"), tr("Mobile")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int r = 0; r < items.size(); ++r) {
        const QCborMap item = items[r].toMap();
        const int inDays = int(item.value(QStringLiteral("in_days")).toInteger());
        const QDate date = QDate::fromString(item.value(QStringLiteral("date")).toString(), Qt::ISODate);
        const QCborValue age = item.value(QStringLiteral("age"));
        const QStringList cells{item.value(QStringLiteral("name")).toString(),
                                item.value(QStringLiteral("customer_name")).toString(),
                                date.isValid() ? QLocale().toString(date, tr("M/d (ddd)")) : QString(),
                                whenText(inDays),
                                age.isInteger() ? tr("%n year(s)", nullptr, int(age.toInteger())) : QString(),
                                item.value(QStringLiteral("mobile")).toString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            cell->setData(Qt::UserRole, item.value(QStringLiteral("customer_id")).toInteger());
            if (inDays == 0)
                cell->setFont(bold);
            m_table->setItem(r, c, cell);
        }
    }
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, qMin(560, 180 + int(items.size()) * (fontMetrics().height() + 12)));
}

QString BirthdayDialog::whenText(int inDays)
{
    if (inDays == 0)
        return tr("Today");
    if (inDays == 1)
        return tr("Tomorrow");
    return tr("In %n day(s)", nullptr, inDays);
}

void BirthdayDialog::showUpcoming(Connection *connection, const QStringList &rights, QWidget *parent,
                                  std::function<void(BirthdayDialog *)> shown)
{
    connection->request(QStringLiteral("customers.birthdays"), {{QStringLiteral("days"), kDays}},
                        [parent = QPointer(parent), rights, shown](const protocol::Reply &reply) {
                            const QCborArray items = reply.result.toMap().value(QStringLiteral("items")).toArray();
                            if (!parent || !reply.ok || items.isEmpty()) {
                                if (shown)
                                    shown(nullptr);
                                return;
                            }
                            auto *dialog = new BirthdayDialog(items, parent);
                            dialog->setAttribute(Qt::WA_DeleteOnClose);
                            CopyGuard::apply(rights, dialog);
                            dialog->show();
                            if (shown)
                                shown(dialog);
                        });
}

} // namespace cordial::client::customers
