#include "admin/RecordsPage.h"

#include "admin/AdminText.h"
#include "admin/ListTools.h"
#include "admin/MessageBanner.h"
#include "net/Connection.h"

#include <QAction>
#include <QCborArray>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cordial::client::admin {

namespace {
constexpr int kIndexRole = Qt::UserRole + 7; // the record's index in records()
}

RecordsPage::RecordsPage(Connection *connection, const QString &listOp, const QStringList &headers,
                         const Texts &texts, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_listOp(listOp), m_texts(texts)
{
    auto *layout = new QVBoxLayout(this);
    m_toolbar = new QToolBar;
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = m_toolbar->addAction(texts.newRecord, this, [this] { newRecord(); });
    m_new->setObjectName(QStringLiteral("newRecord"));
    m_new->setShortcut(QKeySequence::New);
    m_open = m_toolbar->addAction(tr("Edit…"), this, [this] {
        const QCborMap record = selectedRecord();
        if (!record.isEmpty())
            openRecord(record);
    });
    m_delete = m_toolbar->addAction(texts.deleteRecord.isEmpty() ? tr("Delete") : texts.deleteRecord, this, [this] {
        const QCborMap record = selectedRecord();
        if (!record.isEmpty() && m_canManage && canDelete(record))
            deleteRecord(record);
    });
    m_open->setObjectName(QStringLiteral("openRecord"));
    m_delete->setObjectName(QStringLiteral("deleteRecord"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_toolbar->addSeparator();
    QAction *refreshAction = m_toolbar->addAction(tr("Refresh"), this, &RecordsPage::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *exportAction = m_toolbar->addAction(tr("Export…"), this, [this] {
        const QString error = exportShownRows(m_table, m_texts.exportName);
        if (!error.isEmpty())
            m_banner->showError(error);
    });
    for (QAction *action : {m_new, m_open, m_delete, refreshAction, exportAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    layout->addWidget(m_toolbar);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("recordFilter"));
    m_filter->setPlaceholderText(texts.searchPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    filters->addWidget(m_filter, 1);
    filters->addStretch(2);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("recordCount"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_banner = new MessageBanner;
    layout->addWidget(m_banner);

    m_model = new QStandardItemModel(0, int(headers.size()), this);
    m_model->setHorizontalHeaderLabels(headers);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortRole(kSortRole);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order until a header is clicked
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    installColumnChooser(m_table);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_open, m_delete});
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(texts.emptyList, m_table->viewport());
    m_empty->setObjectName(QStringLiteral("emptyListLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // drawn in the muted colour of disabled text
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->hide();
    m_table->viewport()->installEventFilter(this);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordsPage::updateActions);
    connect(m_table, &QTableView::activated, this, [this] {
        const QCborMap record = selectedRecord();
        if (!record.isEmpty() && m_texts.opensRecords)
            openRecord(record);
    });
    setCanManage(false);
}

void RecordsPage::setCanManage(bool canManage)
{
    m_canManage = canManage;
    m_new->setVisible(canManage && !m_texts.newRecord.isEmpty());
    m_delete->setVisible(canManage);
    m_open->setVisible(m_texts.opensRecords);
    m_open->setText(!canManage ? tr("Open…") : m_texts.editRecord.isEmpty() ? tr("Edit…") : m_texts.editRecord);
    updateActions();
}

bool RecordsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

void RecordsPage::refresh()
{
    if (m_pending)
        m_connection->cancel(m_pending);
    QPointer<RecordsPage> self(this);
    m_pending = m_connection->request(m_listOp, {}, [this, self](const protocol::Reply &reply) {
        if (!self)
            return;
        m_pending = 0;
        if (!reply.ok) {
            m_banner->showError(m_texts.loadFailed.arg(AdminText::errorMessage(reply.error)));
            return;
        }
        const qint64 selected = selectedRecord().value(QStringLiteral("id")).toInteger();
        m_records.clear();
        m_model->removeRows(0, m_model->rowCount());
        for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap record = v.toMap();
            QList<QStandardItem *> row = rowItems(record);
            for (QStandardItem *item : row)
                if (!item->data(kSortRole).isValid())
                    item->setData(item->data(Qt::DisplayRole), kSortRole);
            row.first()->setData(int(m_records.size()), kIndexRole);
            m_records.append(record);
            m_model->appendRow(row);
        }
        if (selected)
            selectRecord(selected);
        m_empty->setVisible(m_records.isEmpty() && !m_texts.emptyList.isEmpty());
        updateCount();
        updateActions();
        Q_EMIT refreshed();
    });
}

QCborMap RecordsPage::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    return m_records.value(m_model->item(source.row(), 0)->data(kIndexRole).toInt());
}

void RecordsPage::selectRecord(qint64 id)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const int index = m_model->item(r, 0)->data(kIndexRole).toInt();
        if (m_records.value(index).value(QStringLiteral("id")).toInteger() == id) {
            const QModelIndex shown = m_proxy->mapFromSource(m_model->index(r, 0));
            if (shown.isValid()) {
                m_table->selectRow(shown.row());
                m_table->scrollTo(shown);
            }
            return;
        }
    }
}

void RecordsPage::afterChange(qint64 selectId)
{
    Q_EMIT changed();
    if (selectId) {
        // Select it once the new list is in.
        auto *once = new QObject(this);
        connect(this, &RecordsPage::refreshed, once, [this, selectId, once] {
            selectRecord(selectId);
            once->deleteLater();
        });
    }
    refresh();
}

void RecordsPage::confirm(const QString &objectName, const QString &title, const QString &question,
                          const QString &detail, const QString &action, const std::function<void()> &goAhead)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText); // the question names records as people typed them
    box->setInformativeText(detail);
    box->button(QMessageBox::Yes)->setText(action);
    box->button(QMessageBox::No)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [box, goAhead](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            goAhead();
    });
    box->open();
}

void RecordsPage::updateActions()
{
    const QCborMap record = selectedRecord();
    m_open->setEnabled(m_texts.opensRecords && !record.isEmpty());
    m_delete->setEnabled(m_canManage && !record.isEmpty() && canDelete(record));
}

void RecordsPage::updateCount()
{
    m_count->setText(countText(m_proxy->rowCount()));
}

} // namespace cordial::client::admin
