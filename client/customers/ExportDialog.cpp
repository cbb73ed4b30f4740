#include "customers/ExportDialog.h"

#include "admin/AdminText.h"
#include "app/Feedback.h"
#include "customers/FileJobs.h"
#include "net/Connection.h"

#include <QButtonGroup>
#include <QCborArray>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cordial::client::customers {

using admin::AdminText;

ExportDialog::ExportDialog(const CustomerContext &context, const ExportRows &rows, QWidget *parent)
    : QDialog(parent), m_context(context), m_rows(rows)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export customers"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *formatBox = new QGroupBox(tr("Format"));
    auto *formatLayout = new QVBoxLayout(formatBox);
    m_csv = new QRadioButton(tr("&CSV (UTF-8, opens in Excel and WPS)"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_xlsx = new QRadioButton(tr("E&xcel workbook (XLSX)"));
    m_xlsx->setObjectName(QStringLiteral("exportXlsx"));
    m_xlsx->setChecked(true);
    auto *formatGroup = new QButtonGroup(this);
    for (QRadioButton *b : {m_xlsx, m_csv}) {
        formatGroup->addButton(b);
        formatLayout->addWidget(b);
    }
    left->addWidget(formatBox);

    auto *rowsBox = new QGroupBox(tr("Customers"));
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    const int selected = int(rows.selectedIds.size());
    m_selected = new QRadioButton(selected > 0           ? tr("The %n &selected customer(s)", nullptr, selected)
                                  : rows.selectionTooLarge ? tr("The &selected customers (too many for one export)")
                                                           : tr("The &selected customers (none is selected in the list)"));
    m_selected->setObjectName(QStringLiteral("exportSelected"));
    m_selected->setEnabled(selected > 0);
    m_filtered = new QRadioButton(rows.filters.isEmpty()
                                      ? tr("&All customers in the list")
                                      : tr("&All customers that match the list's %n filter(s)", nullptr,
                                           int(rows.filters.size())));
    m_filtered->setObjectName(QStringLiteral("exportFiltered"));
    (selected > 0 ? m_selected : m_filtered)->setChecked(true);
    auto *rowsGroup = new QButtonGroup(this);
    for (QRadioButton *b : {m_selected, m_filtered}) {
        rowsGroup->addButton(b);
        rowsLayout->addWidget(b);
    }
    if (!rows.query.isEmpty()) {
        auto *note = new QLabel(tr("The search “%1” is not applied to an export of the list: select the "
                                   "customers found to export just those.")
                                    .arg(rows.query));
        note->setObjectName(QStringLiteral("exportSearchNote"));
        note->setTextFormat(Qt::PlainText); // the query is the user's text, never markup
        note->setWordWrap(true);
        note->setEnabled(false);
        rowsLayout->addWidget(note);
    }
    left->addWidget(rowsBox);
    left->addStretch();
    top->addLayout(left, 1);

    auto *columnsBox = new QGroupBox(tr("Columns"));
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    m_columns = new QListWidget;
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    for (const FieldInfo &f : context.customerFields.fields()) {
        if (!f.listable)
            continue;
        auto *item = new QListWidgetItem(f.title());
        item->setData(Qt::UserRole, f.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(rows.columns.contains(f.key) ? Qt::Checked : Qt::Unchecked);
        m_columns->addItem(item);
    }
    columnsLayout->addWidget(m_columns, 1);
    auto *columnButtons = new QHBoxLayout;
    auto *all = new QPushButton(tr("A&ll"));
    auto *shown = new QPushButton(tr("As in the &list"));
    columnButtons->addWidget(all);
    columnButtons->addWidget(shown);
    columnButtons->addStretch();
    columnsLayout->addLayout(columnButtons);
    top->addWidget(columnsBox, 1);
    layout->addLayout(top, 1);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    fileLabel->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("exportBrowse"));
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    auto *progressRow = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("exportStatus"));
    progressRow->addWidget(m_status, 1);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    progressRow->addWidget(m_progress);
    layout->addLayout(progressRow);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(feedback::errorTextStyle());
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("exportOk"));
    m_ok->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(buttons);
    m_inputs = {formatBox, rowsBox, columnsBox, m_path, browse};

    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_columns->count(); ++i)
            m_columns->item(i)->setCheckState(Qt::Checked);
    });
    connect(shown, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_columns->count(); ++i) {
            QListWidgetItem *item = m_columns->item(i);
            item->setCheckState(m_rows.columns.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
        }
    });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(formatGroup, &QButtonGroup::buttonToggled, this, &ExportDialog::followFormat);

    //: The name proposed for an exported file, followed by the date and the extension.
    setTargetPath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                  + tr("customers") + QLatin1Char('-') + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))
                  + QStringLiteral(".xlsx"));
    resize(720, 520);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setTargetPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::targetPath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::browse()
{
    const bool csv = m_csv->isChecked();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to"), targetPath(), csv ? tr("CSV file (*.csv)") : tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        setTargetPath(path);
}

// The file name's extension follows the chosen format.
void ExportDialog::followFormat()
{
    const QString path = targetPath();
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (path.isEmpty() || (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")))
        return;
    setTargetPath(path.left(path.size() - suffix.size())
                  + (m_csv->isChecked() ? QStringLiteral("csv") : QStringLiteral("xlsx")));
}

QCborMap ExportDialog::arguments() const
{
    QCborMap args{{QStringLiteral("format"), m_csv->isChecked() ? QStringLiteral("csv") : QStringLiteral("xlsx")}};
    if (m_selected->isChecked()) {
        QCborArray ids;
        for (qint64 id : m_rows.selectedIds)
            ids.append(id);
        args.insert(QStringLiteral("ids"), ids);
    } else {
        args.insert(QStringLiteral("filters"), m_rows.filters);
    }
    QCborArray columns;
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            columns.append(m_columns->item(i)->data(Qt::UserRole).toString());
    args.insert(QStringLiteral("columns"), columns);
    return args;
}

void ExportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ok->setEnabled(!busy);
    for (QWidget *w : std::as_const(m_inputs))
        w->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void ExportDialog::fail(const QString &text)
{
    ++m_run;
    m_sink.reset(); // the target stays as it was
    setBusy(false);
    m_status->clear();
    m_error->setText(text);
    m_error->show();
}

void ExportDialog::accept()
{
    if (m_busy)
        return;
    m_error->hide();
    const QCborMap args = arguments();
    const QString path = targetPath();
    if (args.value(QStringLiteral("columns")).toArray().isEmpty())
        return fail(tr("Choose at least one column."));
    if (path.isEmpty() || QFileInfo(path).isRelative()) {
        fail(tr("Choose the file to write, with its full path."));
        m_path->setFocus();
        return;
    }
    setBusy(true);
    const quint64 run = ++m_run;
    m_writing = path;
    m_progress->setRange(0, 0);
    m_status->setText(tr("The server is preparing the file…"));
    m_request = m_context.connection->request(
        QStringLiteral("customers.export"), args, [this, self = QPointer(this), run](const protocol::Reply &reply) {
            if (!self || run != m_run)
                return;
            m_request = 0;
            if (!reply.ok)
                return fail(tr("Could not export: %1").arg(AdminText::errorMessage(reply.error)));
            const QCborMap result = reply.result.toMap();
            m_rowCount = int(result.value(QStringLiteral("rows")).toInteger());
            m_sink = std::make_unique<files::FileSink>(m_writing);
            if (result.contains(QStringLiteral("data"))) {
                m_status->setText(tr("Writing the file…"));
                return append(run, result.value(QStringLiteral("data")).toByteArray(), {}, 0, 0);
            }
            m_progress->setRange(0, 1000);
            m_progress->setValue(0);
            fetch(run, result.value(QStringLiteral("download_id")).toString(), 0,
                  result.value(QStringLiteral("size")).toInteger());
        });
}

void ExportDialog::fetch(quint64 run, const QString &downloadId, qint64 offset, qint64 size)
{
    m_status->setText(tr("Fetching the file: %1 of %2…")
                          .arg(QLocale().formattedDataSize(offset), QLocale().formattedDataSize(size)));
    m_request = m_context.connection->request(
        QStringLiteral("files.download"),
        {{QStringLiteral("download_id"), downloadId},
         {QStringLiteral("offset"), offset},
         {QStringLiteral("length"), kChunkBytes}},
        [this, self = QPointer(this), run, downloadId, offset, size](const protocol::Reply &reply) {
            if (!self || run != m_run)
                return;
            m_request = 0;
            if (!reply.ok)
                return fail(tr("Could not fetch the file: %1").arg(AdminText::errorMessage(reply.error)));
            const QByteArray data = reply.result.toMap().value(QStringLiteral("data")).toByteArray();
            if (data.isEmpty()) // past the end
                return commit(run);
            append(run, data, downloadId, offset + data.size(), size);
        });
}

// The next chunk is asked for once this one is on disk, so that a slow disk never has
// the whole file waiting in memory. An empty downloadId: the file came whole.
void ExportDialog::append(quint64 run, const QByteArray &data, const QString &downloadId, qint64 next, qint64 size)
{
    m_sink->append(data).then(this, [this, self = QPointer(this), run, downloadId, next, size](const QString &error) {
        if (!self || run != m_run)
            return;
        if (!error.isEmpty())
            return fail(error);
        if (downloadId.isEmpty() || next >= size)
            return commit(run);
        m_progress->setValue(size > 0 ? int(next * 1000 / size) : 1000);
        fetch(run, downloadId, next, size);
    });
}

void ExportDialog::commit(quint64 run)
{
    m_sink->commit().then(this, [this, self = QPointer(this), run](const QString &error) {
        if (!self || run != m_run)
            return;
        if (!error.isEmpty())
            return fail(error);
        ++m_run;
        m_sink.reset();
        setBusy(false);
        Q_EMIT exported(m_rowCount, m_writing);
        QDialog::accept();
    });
}

void ExportDialog::reject()
{
    if (m_busy) {
        // Nothing to stop on the server: the export was only read there. Dropping the
        // reply and the sink leaves no file behind.
        if (m_request)
            m_context.connection->cancel(m_request);
        m_request = 0;
        ++m_run;
        m_sink.reset();
        setBusy(false);
    }
    QDialog::reject();
}

} // namespace cordial::client::customers
