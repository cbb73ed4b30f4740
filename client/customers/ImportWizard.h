// Imports customers from a CSV or XLSX file: choose the file (or save the template),
// upload it in chunks, map its columns to fields, preview what the server would do,
// then commit with the server's import.progress events on a progress bar.
#pragma once

#include "customers/CustomerContext.h"

#include <QCborArray>
#include <QCborMap>
#include <QPointer>
#include <QStringList>
#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;
class QWizardPage;

namespace cordial::client {

class ProgressTask;

namespace customers {

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, PreviewPage, CommitPage };
    // Bytes per files.upload call; the server takes up to 4 MiB.
    static constexpr qint64 kChunkBytes = 1024 * 1024;

    ImportWizard(const CustomerContext &context, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The file to import, as if chosen in the file dialog.
    void setFilePath(const QString &path);
    QString filePath() const;
    // Fetches customers.import_template and writes it to path (the Save template
    // button asks for the path first).
    void saveTemplate(const QString &path);

    QString uploadId() const { return m_uploadId; }
    bool isUploaded() const { return m_uploaded; }
    // {"column index": field key} as the mapping table stands; "" for columns left out.
    QCborMap mapping() const;
    // The last customers.import_preview result (empty before one arrived).
    QCborMap preview() const { return m_preview; }
    QString duplicatePolicy() const; // skip, update or create
    bool isCommitting() const { return m_commitRequest != 0; }

    // The importable targets: customer field keys, then "contact.<key>".
    QStringList targetKeys() const;
    QString targetTitle(const QString &key) const;

Q_SIGNALS:
    // The server's result ({created, updated, skipped}) once the import is done.
    void imported(const QCborMap &result);
    // The person stopped waiting for an import the server may still complete.
    void abandoned();
    void templateSaved(const QString &path);

public Q_SLOTS:
    void reject() override;
    // Stops waiting for customers.import_commit; the server runs the import to its end.
    void stopWaiting();

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createPreviewPage();
    QWizardPage *createCommitPage();
    void browse();
    void askTemplatePath();

    void enterMappingPage();
    void startUpload();
    void uploadNext(qint64 offset);
    void uploadFailed(const QString &message);
    void requestAutoMapping();
    void fillMappingTable(const QCborArray &columns);
    void onTargetChosen(int column);
    void updateMappingHint();
    bool mappingComplete() const;

    void enterPreviewPage();
    void showPreview(const QCborMap &result);
    void fillSampleTable(const QCborMap &result);

    void enterCommitPage();
    void onPush(const QString &event, const QCborMap &data);
    void showCommitResult(const QCborMap &result);
    void showCommitFailure(const QString &text);
    void endCommit();

    QString columnSamples(int column) const;
    void invalidateUpload();

    const CustomerContext &m_context;
    QStringList m_targets;

    // File page
    QLineEdit *m_path;
    QCheckBox *m_hasHeader;
    QPushButton *m_saveTemplate;
    QLabel *m_fileMessage;

    // Mapping page
    QWizardPage *m_mappingPage;
    QLabel *m_uploadStatus;
    QProgressBar *m_uploadBar;
    QTableWidget *m_mappingTable;
    QLabel *m_mappingHint;

    // Preview page
    QWizardPage *m_previewPage;
    QLabel *m_previewStatus;
    QLabel *m_rows;
    QLabel *m_validRows;
    QLabel *m_errorCount;
    QLabel *m_duplicateCount;
    QLabel *m_blocked;
    QTabWidget *m_previewTabs;
    QTableWidget *m_sampleTable;
    QTableWidget *m_errorTable;
    QTableWidget *m_duplicateTable;
    QRadioButton *m_skip;
    QRadioButton *m_update;
    QRadioButton *m_create;

    // Commit page
    QWizardPage *m_commitPage;
    QLabel *m_commitStatus;
    QProgressBar *m_commitBar;
    QPushButton *m_stopWaiting;
    QLabel *m_result;

    // State of the upload: which file (and its first bytes, for the column samples).
    QString m_uploadedPath;
    QString m_uploadId;
    bool m_uploaded = false;
    bool m_uploading = false;
    quint64 m_uploadRun = 0; // bumped to drop the replies and reads of an abandoned upload
    QList<QStringList> m_peek; // the first records of a CSV file; empty for XLSX
    bool m_mappedWithHeader = true;
    QCborArray m_columns;
    QCborMap m_preview;
    bool m_previewLoading = false;
    quint64 m_previewRun = 0;

    quint64 m_commitRequest = 0;
    bool m_commitDone = false;
    QPointer<ProgressTask> m_task;
};

} // namespace customers
} // namespace cordial::client
