#include "customers/ImportWizard.h"

#include "admin/AdminText.h"
#include "app/Feedback.h"
#include "app/ProgressService.h"
#include "customers/FileJobs.h"
#include "net/Connection.h"

#include <QButtonGroup>
#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>
#include <functional>

namespace cordial::client::customers {

using admin::AdminText;

namespace {

const QString kContactPrefix = QStringLiteral("contact.");
// The contact fields customers.import_* accept, for the customer's primary contact.
const QStringList kContactKeys{QStringLiteral("name"),     QStringLiteral("mobile"), QStringLiteral("email"),
                               QStringLiteral("birthday"), QStringLiteral("title"),  QStringLiteral("phone"),
                               QStringLiteral("gender")};
constexpr int kSampleRows = 20;       // rows of the file shown in the preview
constexpr qsizetype kPeekBytes = 64 * 1024;
const QColor kFaultyCell(0xf6, 0xc9, 0xc6);

// A page whose completeness and entry are the wizard's business.
class StepPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    std::function<void()> enter;

    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    void initializePage() override
    {
        if (enter)
            enter();
    }
};

// "A", "B", … "AA": the column names people see in a spreadsheet.
QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// The first records of a CSV file, for the samples of the mapping table and the
// preview. The server reads the whole file by the same rules (UTF-8, UTF-16 with a
// BOM or GB18030; comma or tab; RFC 4180 quotes); an XLSX file gives nothing here.
QList<QStringList> peekCsv(QByteArray bytes, bool wholeFile)
{
    if (bytes.startsWith("PK"))
        return {};
    if (!wholeFile) // the last line may be cut in the middle of a character
        bytes.truncate(bytes.lastIndexOf('\n') + 1);
    QString text;
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        text = QStringDecoder(*bom, QStringDecoder::Flag::ConvertInitialBom)(bytes);
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8(bytes);
        if (utf8.hasError()) {
            QStringDecoder gb18030("GB18030");
            if (gb18030.isValid())
                text = gb18030(bytes);
        }
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QString firstLine = text.left(text.indexOf(QLatin1Char('\n')));
    const QChar separator = firstLine.count(QLatin1Char('\t')) > firstLine.count(QLatin1Char(','))
                                ? QLatin1Char('\t')
                                : QLatin1Char(',');
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

bool isBlank(const QStringList &record)
{
    for (const QString &cell : record)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel *makeErrorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(feedback::errorTextStyle());
    label->hide();
    return label;
}

} // namespace

ImportWizard::ImportWizard(const CustomerContext &context, QWidget *parent)
    : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));

    for (const FieldInfo &f : m_context.customerFields.fields()) {
        // What the server imports: fields people write (custom ones too), not users,
        // departments or times the server sets.
        if (f.readOnly || f.type == QLatin1String("user") || f.type == QLatin1String("department")
            || f.type == QLatin1String("datetime"))
            continue;
        m_targets.append(f.key);
    }
    // The primary contact's columns the role may write; none without its name, which
    // every imported contact needs (the server maps none either).
    const FieldInfo *contactName = m_context.contactFields.find(QStringLiteral("name"));
    for (const QString &key : kContactKeys) {
        const FieldInfo *f = m_context.contactFields.find(key);
        if (contactName && !contactName->readOnly && f && !f->readOnly)
            m_targets.append(kContactPrefix + key);
    }

    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(CommitPage, createCommitPage());
    setStartId(FilePage);

    connect(m_context.connection, &Connection::pushReceived, this, &ImportWizard::onPush);
    resize(920, 640);
}

ImportWizard::~ImportWizard()
{
    if (m_task)
        m_task->finish();
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new StepPage;
    page->setObjectName(QStringLiteral("importFilePage"));
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV or Excel (XLSX) file with one customer per row. The template lists every column "
                         "the import understands."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path of a .csv or .xlsx file"));
    row->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("importBrowse"));
    row->addWidget(browse);
    form->addRow(tr("&File:"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(m_path);
    m_hasHeader = new QCheckBox(tr("The first row holds the column &headers"));
    m_hasHeader->setObjectName(QStringLiteral("importHasHeader"));
    m_hasHeader->setChecked(true);
    form->addRow(QString(), m_hasHeader);
    layout->addLayout(form);

    auto *templateBox = new QGroupBox(tr("Template"));
    auto *templateLayout = new QHBoxLayout(templateBox);
    auto *templateText = new QLabel(tr("Start from the template to get the columns right: an Excel file with a "
                                       "header row and a sheet that explains each column."));
    templateText->setWordWrap(true);
    templateLayout->addWidget(templateText, 1);
    m_saveTemplate = new QPushButton(tr("&Save template…"));
    m_saveTemplate->setObjectName(QStringLiteral("importSaveTemplate"));
    templateLayout->addWidget(m_saveTemplate, 0, Qt::AlignTop);
    layout->addWidget(templateBox);

    m_fileMessage = new QLabel;
    m_fileMessage->setObjectName(QStringLiteral("importFileMessage"));
    m_fileMessage->setWordWrap(true);
    layout->addWidget(m_fileMessage);
    layout->addStretch();

    page->complete = [this] { return !m_path->text().trimmed().isEmpty(); };
    connect(m_path, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_saveTemplate, &QPushButton::clicked, this, &ImportWizard::askTemplatePath);
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new StepPage;
    m_mappingPage = page;
    page->setObjectName(QStringLiteral("importMappingPage"));
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Choose for each column of the file the field it fills. Columns are matched by their "
                         "headers; correct what was matched wrongly and leave out what is not needed."));
    auto *layout = new QVBoxLayout(page);
    auto *status = new QHBoxLayout;
    m_uploadStatus = new QLabel;
    m_uploadStatus->setObjectName(QStringLiteral("importUploadStatus"));
    m_uploadStatus->setWordWrap(true);
    status->addWidget(m_uploadStatus, 1);
    m_uploadBar = new QProgressBar;
    m_uploadBar->setObjectName(QStringLiteral("importUploadProgress"));
    m_uploadBar->setRange(0, 1000);
    m_uploadBar->setTextVisible(false);
    m_uploadBar->setMaximumWidth(240);
    status->addWidget(m_uploadBar);
    layout->addLayout(status);

    m_mappingTable = makeTable(QStringLiteral("importMapping"),
                               {tr("Column"), tr("Header in the file"), tr("Sample values"), tr("Import as")});
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    auto *header = m_mappingTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Interactive);
    m_mappingTable->setColumnWidth(1, 170);
    m_mappingTable->setColumnWidth(3, 220);
    m_mappingTable->verticalHeader()->setDefaultSectionSize(m_mappingTable->fontMetrics().height() + 16);
    layout->addWidget(m_mappingTable, 1);
    m_mappingHint = makeErrorLabel(QStringLiteral("importMappingHint"));
    layout->addWidget(m_mappingHint);

    page->complete = [this] { return mappingComplete(); };
    page->enter = [this] { enterMappingPage(); };
    return page;
}

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new StepPage;
    m_previewPage = page;
    page->setObjectName(QStringLiteral("importPreviewPage"));
    page->setTitle(tr("Check the rows"));
    page->setSubTitle(tr("Nothing has been imported yet. This is what the import would do."));
    page->setCommitPage(true);
    auto *layout = new QVBoxLayout(page);
    m_previewStatus = new QLabel;
    m_previewStatus->setObjectName(QStringLiteral("importPreviewStatus"));
    m_previewStatus->setWordWrap(true);
    layout->addWidget(m_previewStatus);

    auto *counts = new QHBoxLayout;
    auto addCount = [&](const QString &title, const QString &name) {
        auto *box = new QFormLayout;
        auto *value = new QLabel;
        value->setObjectName(name);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        box->addRow(title, value);
        counts->addLayout(box);
        counts->addSpacing(18);
        return value;
    };
    m_rows = addCount(tr("Rows:"), QStringLiteral("importRows"));
    m_validRows = addCount(tr("Valid:"), QStringLiteral("importValidRows"));
    m_errorCount = addCount(tr("Errors:"), QStringLiteral("importErrorCount"));
    m_duplicateCount = addCount(tr("Possible duplicates:"), QStringLiteral("importDuplicateCount"));
    counts->addStretch();
    layout->addLayout(counts);
    m_blocked = makeErrorLabel(QStringLiteral("importBlocked"));
    layout->addWidget(m_blocked);

    m_previewTabs = new QTabWidget;
    m_previewTabs->setObjectName(QStringLiteral("importPreviewTabs"));
    m_sampleTable = makeTable(QStringLiteral("importSample"), {});
    m_sampleTable->verticalHeader()->show();
    m_errorTable = makeTable(QStringLiteral("importErrors"), {tr("Row"), tr("Column"), tr("Field"), tr("Problem")});
    m_errorTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_errorTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_errorTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_duplicateTable = makeTable(QStringLiteral("importDuplicates"), {tr("Row"), tr("Looks like")});
    m_duplicateTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_previewTabs->addTab(m_sampleTable, tr("First rows"));
    m_previewTabs->addTab(m_errorTable, tr("Errors"));
    m_previewTabs->addTab(m_duplicateTable, tr("Duplicates"));
    layout->addWidget(m_previewTabs, 1);

    auto *policyBox = new QGroupBox(tr("Rows that look like an existing customer"));
    policyBox->setObjectName(QStringLiteral("importDuplicatePolicy"));
    auto *policy = new QHBoxLayout(policyBox);
    m_skip = new QRadioButton(tr("&Skip them"));
    m_skip->setObjectName(QStringLiteral("importSkipDuplicates"));
    m_update = new QRadioButton(tr("&Update the existing customer"));
    m_update->setObjectName(QStringLiteral("importUpdateDuplicates"));
    m_update->setToolTip(tr("Fills in the row's values; empty cells leave the customer's values alone."));
    m_create = new QRadioButton(tr("&Create them anyway"));
    m_create->setObjectName(QStringLiteral("importCreateDuplicates"));
    m_skip->setChecked(true);
    auto *group = new QButtonGroup(page);
    for (QRadioButton *b : {m_skip, m_update, m_create}) {
        group->addButton(b);
        policy->addWidget(b);
    }
    policy->addStretch();
    layout->addWidget(policyBox);

    page->complete = [this] {
        return !m_previewLoading && !m_preview.isEmpty()
               && m_preview.value(QStringLiteral("error_count")).toInteger() == 0
               && m_preview.value(QStringLiteral("valid_rows")).toInteger() > 0;
    };
    page->enter = [this] { enterPreviewPage(); };
    return page;
}

QWizardPage *ImportWizard::createCommitPage()
{
    auto *page = new StepPage;
    m_commitPage = page;
    page->setObjectName(QStringLiteral("importCommitPage"));
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("The server imports every row or none of them."));
    auto *layout = new QVBoxLayout(page);
    m_commitStatus = new QLabel;
    m_commitStatus->setObjectName(QStringLiteral("importCommitStatus"));
    m_commitStatus->setWordWrap(true);
    layout->addWidget(m_commitStatus);
    auto *row = new QHBoxLayout;
    m_commitBar = new QProgressBar;
    m_commitBar->setObjectName(QStringLiteral("importProgress"));
    row->addWidget(m_commitBar, 1);
    m_stopWaiting = new QPushButton(tr("Stop &waiting"));
    m_stopWaiting->setObjectName(QStringLiteral("importStopWaiting"));
    m_stopWaiting->setToolTip(tr("The server cannot be stopped once the import has begun; this only stops "
                                 "the wait for its result."));
    row->addWidget(m_stopWaiting);
    layout->addLayout(row);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    layout->addStretch();

    page->complete = [this] { return m_commitDone; };
    page->enter = [this] { enterCommitPage(); };
    connect(m_stopWaiting, &QPushButton::clicked, this, &ImportWizard::stopWaiting);
    return page;
}

// ---- the file ----

void ImportWizard::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString ImportWizard::filePath() const
{
    return m_path->text().trimmed();
}

void ImportWizard::browse()
{
    const QString start = filePath().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                               : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                                      tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportWizard::askTemplatePath()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                          + tr("customer-import-template") + QStringLiteral(".xlsx");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the import template"), start, tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        saveTemplate(path);
}

void ImportWizard::saveTemplate(const QString &path)
{
    m_saveTemplate->setEnabled(false);
    m_fileMessage->setStyleSheet(QString());
    m_fileMessage->setText(tr("Fetching the template…"));
    QPointer<ImportWizard> self(this);
    m_context.connection->request(
        QStringLiteral("customers.import_template"), {}, [this, self, path](const protocol::Reply &reply) {
            if (!self)
                return;
            auto fail = [this](const QString &text) {
                m_saveTemplate->setEnabled(true);
                m_fileMessage->setStyleSheet(feedback::errorTextStyle());
                m_fileMessage->setText(text);
            };
            if (!reply.ok)
                return fail(tr("Could not fetch the template: %1").arg(AdminText::errorMessage(reply.error)));
            const QByteArray data = reply.result.toMap().value(QStringLiteral("data")).toByteArray();
            files::writeFile(path, data).then(this, [this, self, path, fail](const QString &error) {
                if (!self)
                    return;
                if (!error.isEmpty())
                    return fail(error);
                m_saveTemplate->setEnabled(true);
                m_fileMessage->setText(tr("The template was saved as “%1”.").arg(QDir::toNativeSeparators(path)));
                Q_EMIT templateSaved(path);
            });
        });
}

// ---- upload and mapping ----

void ImportWizard::enterMappingPage()
{
    if (filePath() != m_uploadedPath || (!m_uploaded && !m_uploading))
        startUpload();
    else if (m_uploaded && m_hasHeader->isChecked() != m_mappedWithHeader)
        requestAutoMapping();
}

void ImportWizard::invalidateUpload()
{
    ++m_uploadRun;
    ++m_previewRun;
    m_uploading = false;
    m_uploaded = false;
    m_previewLoading = false;
    m_uploadId.clear();
    m_peek.clear();
    m_columns = {};
    m_preview = {};
    m_mappingTable->setRowCount(0);
}

void ImportWizard::startUpload()
{
    invalidateUpload();
    m_uploadedPath = filePath();
    m_uploading = true;
    m_uploadBar->setValue(0);
    m_uploadBar->show();
    m_uploadStatus->setStyleSheet(QString());
    m_uploadStatus->setText(tr("Sending “%1” to the server…").arg(QFileInfo(m_uploadedPath).fileName()));
    m_mappingHint->hide();
    Q_EMIT m_mappingPage->completeChanged();
    uploadNext(0);
}

void ImportWizard::uploadNext(qint64 offset)
{
    const quint64 run = m_uploadRun;
    QPointer<ImportWizard> self(this);
    // Read and send one chunk at a time: the file is never in memory whole, and the
    // disk is read in the pool, never on this thread.
    files::readChunk(m_uploadedPath, offset, kChunkBytes).then(this, [this, self, run, offset](const files::Chunk &chunk) {
        if (!self || run != m_uploadRun)
            return;
        if (!chunk.error.isEmpty())
            return uploadFailed(chunk.error);
        if (offset == 0)
            m_peek = peekCsv(chunk.data.left(kPeekBytes), chunk.atEnd && chunk.data.size() <= kPeekBytes);
        QCborMap args{{QStringLiteral("data"), chunk.data}, {QStringLiteral("done"), chunk.atEnd}};
        if (m_uploadId.isEmpty())
            args.insert(QStringLiteral("name"), QFileInfo(m_uploadedPath).fileName());
        else
            args.insert(QStringLiteral("upload_id"), m_uploadId);
        const qint64 next = offset + chunk.data.size();
        const qint64 size = chunk.fileSize;
        const bool last = chunk.atEnd;
        m_context.connection->request(
            QStringLiteral("files.upload"), args, [this, self, run, next, size, last](const protocol::Reply &reply) {
                if (!self || run != m_uploadRun)
                    return;
                if (!reply.ok) {
                    if (reply.error.code == protocol::ErrorCode::TooLarge)
                        return uploadFailed(tr("The file is larger than the server accepts (200 MB at most)."));
                    return uploadFailed(tr("Could not send the file: %1").arg(AdminText::errorMessage(reply.error)));
                }
                m_uploadId = reply.result.toMap().value(QStringLiteral("upload_id")).toString();
                m_uploadBar->setValue(size > 0 ? int(next * 1000 / size) : 1000);
                if (!last)
                    return uploadNext(next);
                m_uploading = false;
                m_uploaded = true;
                requestAutoMapping();
            });
    });
}

void ImportWizard::uploadFailed(const QString &message)
{
    m_uploading = false;
    m_uploadedPath.clear(); // the next visit of the page tries again
    m_uploadBar->hide();
    m_uploadStatus->setStyleSheet(feedback::errorTextStyle());
    m_uploadStatus->setText(message + QLatin1Char(' ') + tr("Go back to choose another file or to try again."));
    Q_EMIT m_mappingPage->completeChanged();
}

void ImportWizard::requestAutoMapping()
{
    const quint64 run = ++m_previewRun;
    m_previewLoading = true;
    m_mappedWithHeader = m_hasHeader->isChecked();
    m_uploadBar->setValue(1000);
    m_uploadStatus->setStyleSheet(QString());
    m_uploadStatus->setText(tr("Reading the columns…"));
    Q_EMIT m_mappingPage->completeChanged();
    QPointer<ImportWizard> self(this);
    m_context.connection->request(
        QStringLiteral("customers.import_preview"),
        {{QStringLiteral("upload_id"), m_uploadId}, {QStringLiteral("has_header"), m_mappedWithHeader}},
        [this, self, run](const protocol::Reply &reply) {
            if (!self || run != m_previewRun)
                return;
            m_previewLoading = false;
            m_uploadBar->hide();
            if (!reply.ok) {
                if (reply.error.code == protocol::ErrorCode::TooLarge) {
                    const qint64 most = reply.error.details.value(QStringLiteral("max_rows")).toInteger();
                    return uploadFailed(
                        most > 0 ? tr("The file holds more rows than one import takes (%L1 customers at most). Split "
                                      "it into smaller files and import them one after another.")
                                       .arg(most)
                                 : tr("The file has rows below the last row a spreadsheet can have (row %L1). "
                                      "Remove the empty rows at its end and try again.")
                                       .arg(1048576));
                }
                uploadFailed(reply.error.field == QLatin1String("upload_id")
                                 ? tr("The server could not read the file. Is it a CSV or XLSX file?")
                                 : tr("Could not read the columns: %1").arg(AdminText::errorMessage(reply.error)));
                return;
            }
            m_preview = reply.result.toMap();
            fillMappingTable(m_preview.value(QStringLiteral("columns")).toArray());
        });
}

QString ImportWizard::columnSamples(int column) const
{
    QStringList values;
    if (!m_peek.isEmpty()) {
        for (qsizetype r = m_mappedWithHeader ? 1 : 0; r < m_peek.size() && values.size() < 3; ++r) {
            const QString cell = m_peek.at(r).value(column).trimmed();
            if (!cell.isEmpty())
                values.append(cell);
        }
    } else {
        // An XLSX file is read by the server alone: its sample rows show the columns
        // it matched, by field.
        const QString key = m_columns.at(column).toMap().value(QStringLiteral("field")).toString();
        for (const QCborValue &row : m_preview.value(QStringLiteral("sample")).toArray()) {
            const QCborValue v = row.toMap().value(key);
            const QString text = v.isArray() ? v.toVariant().toStringList().join(QStringLiteral(", "))
                                             : v.toVariant().toString();
            if (!key.isEmpty() && !text.isEmpty() && values.size() < 3)
                values.append(text);
        }
    }
    //: Separates the sample values of a column of the file being imported.
    return values.join(tr(" · "));
}

void ImportWizard::fillMappingTable(const QCborArray &columns)
{
    m_columns = columns;
    m_mappingTable->setRowCount(int(columns.size()));
    for (int c = 0; c < columns.size(); ++c) {
        const QCborMap column = columns.at(c).toMap();
        auto *letter = new QTableWidgetItem(columnName(c));
        letter->setTextAlignment(Qt::AlignCenter);
        m_mappingTable->setItem(c, 0, letter);
        m_mappingTable->setItem(c, 1, new QTableWidgetItem(column.value(QStringLiteral("header")).toString()));
        const QString samples = columnSamples(c);
        auto *sample = new QTableWidgetItem(samples);
        sample->setToolTip(samples);
        sample->setForeground(palette().color(QPalette::PlaceholderText));
        m_mappingTable->setItem(c, 2, sample);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("importTarget%1").arg(c));
        combo->addItem(tr("(not imported)"), QString());
        for (const QString &key : std::as_const(m_targets))
            combo->addItem(targetTitle(key), key);
        combo->setMaxVisibleItems(20);
        const int chosen = combo->findData(column.value(QStringLiteral("field")).toString());
        combo->setCurrentIndex(qMax(0, chosen));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { onTargetChosen(c); });
        m_mappingTable->setCellWidget(c, 3, combo);
    }
    int matched = 0;
    for (const QCborValue &v : columns)
        matched += v.toMap().contains(QStringLiteral("field")) ? 1 : 0;
    m_uploadStatus->setText(tr("The file has %n column(s);", nullptr, int(columns.size())) + QLatin1Char(' ')
                            + tr("%n of them matched a field by its header.", nullptr, matched));
    updateMappingHint();
    Q_EMIT m_mappingPage->completeChanged();
}

void ImportWizard::onTargetChosen(int column)
{
    auto *chosen = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(column, 3));
    const QString key = chosen ? chosen->currentData().toString() : QString();
    // A field takes one column: the column that had it gives it up.
    if (!key.isEmpty()) {
        for (int r = 0; r < m_mappingTable->rowCount(); ++r) {
            auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(r, 3));
            if (r != column && combo && combo->currentData().toString() == key) {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(0);
            }
        }
    }
    updateMappingHint();
    Q_EMIT m_mappingPage->completeChanged();
}

QCborMap ImportWizard::mapping() const
{
    QCborMap map;
    for (int r = 0; r < m_mappingTable->rowCount(); ++r)
        if (auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(r, 3)))
            map.insert(QString::number(r), combo->currentData().toString());
    return map;
}

bool ImportWizard::mappingComplete() const
{
    if (!m_uploaded || m_previewLoading || m_mappingTable->rowCount() == 0)
        return false;
    const QCborMap map = mapping();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (it.value().toString() == QLatin1String("name"))
            return true;
    return false;
}

void ImportWizard::updateMappingHint()
{
    const bool missingName = m_uploaded && m_mappingTable->rowCount() > 0 && !mappingComplete();
    const FieldInfo *name = m_context.customerFields.find(QStringLiteral("name"));
    m_mappingHint->setText(tr("Choose the column that holds “%1”: every customer needs one.")
                               .arg(name ? name->title() : QStringLiteral("name")));
    m_mappingHint->setVisible(missingName);
}

QStringList ImportWizard::targetKeys() const
{
    return m_targets;
}

QString ImportWizard::targetTitle(const QString &key) const
{
    if (key.startsWith(kContactPrefix)) {
        const QString contactKey = key.mid(kContactPrefix.size());
        const FieldInfo *f = m_context.contactFields.find(contactKey);
        //: An import column that fills a field of the customer's primary contact.
        return tr("Contact: %1").arg(f ? f->title() : contactKey);
    }
    const FieldInfo *f = m_context.customerFields.find(key);
    return f ? f->title() : key;
}

QString ImportWizard::duplicatePolicy() const
{
    return m_update->isChecked()   ? QStringLiteral("update")
           : m_create->isChecked() ? QStringLiteral("create")
                                   : QStringLiteral("skip");
}

// ---- preview ----

void ImportWizard::enterPreviewPage()
{
    const quint64 run = ++m_previewRun;
    m_previewLoading = true;
    m_preview = {};
    for (QLabel *l : {m_rows, m_validRows, m_errorCount, m_duplicateCount})
        l->setText(QStringLiteral("…"));
    m_blocked->hide();
    m_previewStatus->setStyleSheet(QString());
    m_previewStatus->setText(tr("Checking every row of the file…"));
    m_sampleTable->setRowCount(0);
    m_errorTable->setRowCount(0);
    m_duplicateTable->setRowCount(0);
    Q_EMIT m_previewPage->completeChanged();
    QPointer<ImportWizard> self(this);
    m_context.connection->request(
        QStringLiteral("customers.import_preview"),
        {{QStringLiteral("upload_id"), m_uploadId},
         {QStringLiteral("has_header"), m_hasHeader->isChecked()},
         {QStringLiteral("mapping"), mapping()}},
        [this, self, run](const protocol::Reply &reply) {
            if (!self || run != m_previewRun)
                return;
            m_previewLoading = false;
            if (!reply.ok) {
                m_previewStatus->setStyleSheet(feedback::errorTextStyle());
                m_previewStatus->setText(tr("Could not check the file: %1").arg(AdminText::errorMessage(reply.error)));
                Q_EMIT m_previewPage->completeChanged();
                return;
            }
            showPreview(reply.result.toMap());
        });
}

void ImportWizard::showPreview(const QCborMap &result)
{
    m_preview = result;
    const QLocale locale;
    const qint64 rows = result.value(QStringLiteral("rows")).toInteger();
    const qint64 valid = result.value(QStringLiteral("valid_rows")).toInteger();
    const qint64 errors = result.value(QStringLiteral("error_count")).toInteger();
    const qint64 duplicates = result.value(QStringLiteral("duplicate_count")).toInteger();
    m_rows->setText(locale.toString(rows));
    m_validRows->setText(locale.toString(valid));
    m_errorCount->setText(locale.toString(errors));
    m_errorCount->setStyleSheet(errors ? feedback::errorTextStyle() : QString());
    m_duplicateCount->setText(locale.toString(duplicates));

    const QCborArray errorList = result.value(QStringLiteral("errors")).toArray();
    if (errors > 0) {
        const QCborMap first = errorList.first().toMap();
        m_previewStatus->setText(tr("Cells with errors are marked in red; point at one to read what is wrong. "
                                    "The first, in row %1: %2")
                                     .arg(first.value(QStringLiteral("row")).toInteger())
                                     .arg(first.value(QStringLiteral("message")).toString()));
    } else if (valid > 0)
        m_previewStatus->setText(tr("%n row(s) can be imported.", nullptr, int(valid)));
    else
        m_previewStatus->clear();
    if (errors > 0) {
        m_blocked->setText(tr("Nothing can be imported while the file has errors (%n found). Correct them in the "
                              "file and choose it again, or go back and match the columns differently.",
                              nullptr, int(errors)));
        m_blocked->show();
    } else if (valid == 0) {
        m_blocked->setText(tr("The file holds no customers to import."));
        m_blocked->show();
    }

    m_errorTable->setRowCount(int(errorList.size()));
    for (int i = 0; i < errorList.size(); ++i) {
        const QCborMap e = errorList.at(i).toMap();
        const QCborValue column = e.value(QStringLiteral("column"));
        QString where = QStringLiteral("—");
        if (column.isInteger()) {
            where = columnName(int(column.toInteger()));
            const QString header = m_columns.at(column.toInteger()).toMap().value(QStringLiteral("header")).toString();
            if (!header.isEmpty())
                where += QStringLiteral(" (%1)").arg(header);
        }
        const QStringList cells{QString::number(e.value(QStringLiteral("row")).toInteger()), where,
                                targetTitle(e.value(QStringLiteral("field")).toString()),
                                e.value(QStringLiteral("message")).toString()};
        for (int c = 0; c < cells.size(); ++c)
            m_errorTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_previewTabs->setTabText(1, tr("Errors (%1)").arg(locale.toString(errors)));

    const QCborArray duplicateList = result.value(QStringLiteral("duplicates")).toArray();
    m_duplicateTable->setRowCount(int(duplicateList.size()));
    for (int i = 0; i < duplicateList.size(); ++i) {
        const QCborMap d = duplicateList.at(i).toMap();
        QStringList matches;
        for (const QCborValue &v : d.value(QStringLiteral("matches")).toArray()) {
            const QCborMap m = v.toMap();
            QStringList on;
            for (const QCborValue &k : m.value(QStringLiteral("matched_on")).toArray()) {
                const QString key = k.toString();
                on.append(key == QLatin1String("name")     ? tr("name")
                          : key == QLatin1String("mobile") ? tr("mobile")
                          : key == QLatin1String("phone")  ? tr("telephone")
                          : key == QLatin1String("email")  ? tr("e-mail")
                          : key == QLatin1String("contact") ? tr("a contact")
                                                            : key);
            }
            QString who;
            if (m.value(QStringLiteral("in_file")).toBool())
                who = tr("row %1 of this file").arg(m.value(QStringLiteral("row")).toInteger());
            else if (m.value(QStringLiteral("visible")).toBool())
                who = tr("“%1” (follower: %2)")
                          .arg(m.value(QStringLiteral("name")).toString(),
                               m.value(QStringLiteral("owner_name")).toString());
            else
                who = tr("a customer of %1").arg(m.value(QStringLiteral("owner_name")).toString());
            //: A possible duplicate and what it shares with the row: “华为” (follower: 王五) — same name, mobile
            matches.append(tr("%1 — same %2").arg(who, on.join(tr(", "))));
        }
        m_duplicateTable->setItem(i, 0, new QTableWidgetItem(QString::number(d.value(QStringLiteral("row")).toInteger())));
        auto *item = new QTableWidgetItem(matches.join(QStringLiteral("; ")));
        item->setToolTip(matches.join(QLatin1Char('\n')));
        m_duplicateTable->setItem(i, 1, item);
    }
    m_previewTabs->setTabText(2, tr("Duplicates (%1)").arg(locale.toString(duplicates)));
    for (QRadioButton *b : {m_skip, m_update, m_create})
        b->setEnabled(duplicates > 0);

    fillSampleTable(result);
    m_previewTabs->setCurrentIndex(0);
    Q_EMIT m_previewPage->completeChanged();
}

void ImportWizard::fillSampleTable(const QCborMap &result)
{
    // The mapped columns, in the file's order.
    QList<QPair<int, QString>> columns;
    const QCborMap map = mapping();
    for (int c = 0; c < m_mappingTable->rowCount(); ++c) {
        const QString key = map.value(QString::number(c)).toString();
        if (!key.isEmpty())
            columns.append({c, key});
    }
    // Faulty cells by (row, column).
    QHash<QPair<qint64, qint64>, QStringList> faults;
    QList<qint64> faultyRows;
    for (const QCborValue &v : result.value(QStringLiteral("errors")).toArray()) {
        const QCborMap e = v.toMap();
        const qint64 row = e.value(QStringLiteral("row")).toInteger();
        const QCborValue column = e.value(QStringLiteral("column"));
        if (!column.isInteger())
            continue;
        faults[{row, column.toInteger()}].append(e.value(QStringLiteral("message")).toString());
        if (!faultyRows.contains(row))
            faultyRows.append(row);
    }

    // The rows to show: the file's first rows as written when the client can read them
    // (CSV), else the server's sample of valid rows plus the faulty ones.
    QMap<qint64, QHash<int, QString>> rows;
    const bool header = m_hasHeader->isChecked();
    if (!m_peek.isEmpty()) {
        int shown = 0;
        for (qsizetype r = header ? 1 : 0; r < m_peek.size(); ++r) {
            const qint64 number = r + 1;
            if (isBlank(m_peek.at(r)) || (shown >= kSampleRows && !faultyRows.contains(number)))
                continue;
            ++shown;
            QHash<int, QString> cells;
            for (const auto &[c, key] : columns)
                cells.insert(c, m_peek.at(r).value(c));
            rows.insert(number, cells);
        }
    } else {
        for (const QCborValue &v : result.value(QStringLiteral("sample")).toArray()) {
            const QCborMap s = v.toMap();
            QHash<int, QString> cells;
            for (const auto &[c, key] : columns) {
                const bool contact = key.startsWith(kContactPrefix);
                const FieldCatalog &catalog = contact ? m_context.contactFields : m_context.customerFields;
                const FieldInfo *f = catalog.find(contact ? key.mid(kContactPrefix.size()) : key);
                cells.insert(c, f ? FieldText::display(*f, s.value(key)) : s.value(key).toVariant().toString());
            }
            rows.insert(s.value(QStringLiteral("row")).toInteger(), cells);
        }
        for (qint64 row : std::as_const(faultyRows).mid(0, kSampleRows))
            if (!rows.contains(row))
                rows.insert(row, {});
    }

    m_sampleTable->clear();
    m_sampleTable->setColumnCount(int(columns.size()));
    m_sampleTable->setRowCount(int(rows.size()));
    for (int i = 0; i < columns.size(); ++i) {
        auto *item = new QTableWidgetItem(targetTitle(columns.at(i).second));
        item->setToolTip(tr("Column %1 of the file").arg(columnName(columns.at(i).first)));
        m_sampleTable->setHorizontalHeaderItem(i, item);
    }
    int line = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++line) {
        m_sampleTable->setVerticalHeaderItem(line, new QTableWidgetItem(QString::number(it.key())));
        for (int i = 0; i < columns.size(); ++i) {
            const int c = columns.at(i).first;
            auto *item = new QTableWidgetItem(it.value().value(c));
            const QStringList messages = faults.value({it.key(), c});
            if (!messages.isEmpty()) {
                item->setBackground(kFaultyCell);
                item->setForeground(QColor(0x60, 0x0c, 0x08));
                item->setToolTip(messages.join(QLatin1Char('\n')));
            }
            m_sampleTable->setItem(line, i, item);
        }
    }
    m_sampleTable->resizeColumnsToContents();
    for (int i = 0; i + 1 < columns.size(); ++i) // the last one stretches
        m_sampleTable->setColumnWidth(i, qBound(80, m_sampleTable->columnWidth(i) + 12, 260));
}

// ---- commit ----

void ImportWizard::enterCommitPage()
{
    m_commitDone = false;
    m_result->clear();
    m_commitBar->setRange(0, 0); // busy until the first progress event
    m_commitBar->show();
    m_stopWaiting->show();
    m_stopWaiting->setEnabled(true);
    m_commitStatus->setStyleSheet(QString());
    m_commitStatus->setText(tr("Importing %n row(s)…", nullptr,
                               int(m_preview.value(QStringLiteral("valid_rows")).toInteger())));
    if (ProgressService *service = ProgressService::of(this)) {
        m_task = service->addTask(tr("Importing customers"));
        connect(m_task, &ProgressTask::cancelled, this, &ImportWizard::stopWaiting);
    }
    QPointer<ImportWizard> self(this);
    m_commitRequest = m_context.connection->request(
        QStringLiteral("customers.import_commit"),
        {{QStringLiteral("upload_id"), m_uploadId},
         {QStringLiteral("has_header"), m_hasHeader->isChecked()},
         {QStringLiteral("mapping"), mapping()},
         {QStringLiteral("duplicates"), duplicatePolicy()}},
        [this, self](const protocol::Reply &reply) {
            if (!self)
                return;
            m_commitRequest = 0;
            if (reply.ok)
                return showCommitResult(reply.result.toMap());
            if (reply.error.code == protocol::ErrorCode::Invalid && reply.error.field == QLatin1String("rows"))
                return showCommitFailure(tr("Nothing was imported: the file has errors. %1").arg(reply.error.message));
            if (reply.error.code == protocol::ErrorCode::Internal)
                // A lost link fails the request here too, and then the server may have
                // finished the import: the person must look before trying again.
                return showCommitFailure(tr("The server did not confirm the import (%1). If the connection was "
                                            "lost, the import may still have completed: refresh the customer list "
                                            "and check before you import the file again.")
                                             .arg(reply.error.message));
            showCommitFailure(tr("Nothing was imported: %1").arg(AdminText::errorMessage(reply.error)));
        });
}

void ImportWizard::onPush(const QString &event, const QCborMap &data)
{
    if (event != QLatin1String("import.progress") || !m_commitRequest
        || data.value(QStringLiteral("upload_id")).toString() != m_uploadId)
        return;
    const int total = int(data.value(QStringLiteral("total")).toInteger());
    const int done = int(data.value(QStringLiteral("done")).toInteger());
    m_commitBar->setRange(0, qMax(1, total));
    m_commitBar->setValue(qMin(done, qMax(1, total)));
    m_commitStatus->setText(tr("%1 of %2 rows processed…").arg(QLocale().toString(done), QLocale().toString(total)));
    if (m_task)
        m_task->setProgress(done, qMax(1, total));
}

void ImportWizard::showCommitResult(const QCborMap &result)
{
    const int created = int(result.value(QStringLiteral("created")).toInteger());
    const int updated = int(result.value(QStringLiteral("updated")).toInteger());
    const int skipped = int(result.value(QStringLiteral("skipped")).toInteger());
    m_commitBar->setRange(0, 1);
    m_commitBar->setValue(1);
    m_commitStatus->setText(tr("The import is complete."));
    m_result->setText(tr("%n customer(s) created", nullptr, created) + QLatin1Char('\n')
                      + tr("%n customer(s) updated", nullptr, updated) + QLatin1Char('\n')
                      + tr("%n row(s) skipped as duplicates", nullptr, skipped));
    endCommit();
    Q_EMIT imported(result);
}

void ImportWizard::showCommitFailure(const QString &text)
{
    m_commitBar->hide();
    m_commitStatus->setStyleSheet(feedback::errorTextStyle());
    m_commitStatus->setText(text);
    endCommit();
}

void ImportWizard::stopWaiting()
{
    if (!m_commitRequest)
        return;
    // The protocol has no way to stop an import: the server runs it to its end in one
    // transaction. Cancelling only drops the reply.
    m_context.connection->cancel(m_commitRequest);
    m_commitRequest = 0;
    m_commitBar->hide();
    m_commitStatus->setText(tr("The client stopped waiting, but the server cannot stop an import once it has "
                               "begun: it imports every row or none, and it may still finish. Refresh the customer "
                               "list in a while to see whether the customers arrived before you import the file "
                               "again."));
    endCommit();
    Q_EMIT abandoned();
}

void ImportWizard::endCommit()
{
    if (m_task)
        m_task->finish();
    m_stopWaiting->hide();
    m_commitDone = true;
    Q_EMIT m_commitPage->completeChanged();
}

void ImportWizard::reject()
{
    ++m_uploadRun; // an upload in progress stops after its current chunk
    stopWaiting();
    QWizard::reject();
}

} // namespace cordial::client::customers
