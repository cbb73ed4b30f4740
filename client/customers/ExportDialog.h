// Exports customers to a CSV or XLSX file (customers.export): the selected ones or
// those the list's filters match, the chosen columns, into a file the person picks.
// A large export is fetched in chunks (files.download); the file is written in the
// pool and appears only when complete.
#pragma once

#include "customers/CustomerContext.h"

#include <QCborMap>
#include <QDialog>
#include <QList>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace cordial::client::customers {

namespace files {
class FileSink;
}

// What the list shows when the person asks for an export.
struct ExportRows {
    QList<qint64> selectedIds;
    QCborMap filters;     // the list's filters, as customers.list takes them
    QString query;        // the list's search text, which customers.export cannot apply
    QStringList columns;  // the list's visible columns
    bool selectionTooLarge = false; // more customers are selected than an export by ids takes
};

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // Bytes asked for per files.download call (the server's largest chunk).
    static constexpr qint64 kChunkBytes = 4 * 1024 * 1024;

    ExportDialog(const CustomerContext &context, const ExportRows &rows, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The file to write, as if chosen in the file dialog.
    void setTargetPath(const QString &path);
    QString targetPath() const;
    // The arguments of customers.export as the dialog stands.
    QCborMap arguments() const;

Q_SIGNALS:
    // The file is written, with this many customers.
    void exported(int rows, const QString &path);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void browse();
    void followFormat();
    // Each step carries the run it belongs to; a cancelled or failed run's late
    // replies and writes find m_run moved on and do nothing.
    void fetch(quint64 run, const QString &downloadId, qint64 offset, qint64 size);
    void append(quint64 run, const QByteArray &data, const QString &downloadId, qint64 next, qint64 size);
    void commit(quint64 run);
    void fail(const QString &text);
    void setBusy(bool busy);

    const CustomerContext &m_context;
    ExportRows m_rows;
    QRadioButton *m_csv;
    QRadioButton *m_xlsx;
    QRadioButton *m_selected;
    QRadioButton *m_filtered;
    QListWidget *m_columns;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_ok;
    QList<QWidget *> m_inputs; // disabled while the export runs

    bool m_busy = false;
    quint64 m_run = 0;
    quint64 m_request = 0;
    int m_rowCount = 0;
    QString m_writing; // the path being written
    std::unique_ptr<files::FileSink> m_sink;
};

} // namespace cordial::client::customers
