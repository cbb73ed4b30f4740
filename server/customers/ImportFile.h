// Reading and writing the spreadsheet files of customer import and export: CSV
// (UTF-8 with or without BOM, GBK/GB18030, comma or tab separated, RFC 4180 quotes)
// and XLSX (the first sheet, shared and inline strings, numbers and dates). Pure
// functions of bytes and files, so that they can be tested alone.
#pragma once

#include "protocol/ErrorCode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cordial::server::customers::files {

// A table as people see it: rows[i] is row i + 1 of the spreadsheet (blank rows
// kept as empty lists, so row numbers match Excel's).
using Table = QList<QStringList>;

// The most rows with content a file may hold, the header included: a file with
// more is refused whole (`too_large`: split it), never cut short; rows that are
// blank or hold only spaces do not count. An import holds ~3 KB of server memory a
// row (27 mapped columns) until the op ends. Nor may a row lie beyond a
// spreadsheet's last one (1,048,576), blank rows counted.
inline constexpr int kMaxImportRows = 200001;
inline constexpr int kMaxSheetRows = 1048576;

// Whether a cell, or a row, holds anything but blanks: only such rows count towards
// kMaxImportRows, and only they are imported.
bool hasContent(const QString &cell);
bool hasContent(const QStringList &row);
// `too_large` for a file of more customers than an import takes, with
// details.max_rows (kMaxImportRows less the header row).
protocol::Error tooManyCustomers();

// Text of a CSV file: UTF-8 (a BOM is dropped), UTF-16 with a BOM, otherwise
// GB18030 (a superset of GBK and GB2312) when the bytes are not valid UTF-8.
QString decodeText(const QByteArray &bytes);
// RFC 4180: fields in double quotes may hold separators, quotes ("") and line
// breaks; CRLF, LF or CR end a record. The separator is a tab when the first line
// holds more tabs than commas, else a comma.
// More rows than the limits above: `too_large`.
protocol::Result<Table> parseCsv(const QString &text);
protocol::Result<Table> readCsv(const QByteArray &bytes);

// The first sheet of an XLSX workbook. Numbers come as their shortest text
// ("12", "0.5", "13800138000"); a number whose cell style is a date format comes as
// YYYY-MM-DD; booleans as TRUE/FALSE. Read as a stream, never as a DOM.
protocol::Result<Table> readXlsx(const QString &path);

// A CSV or XLSX file, told apart by its first bytes (an XLSX is a zip: "PK").
protocol::Result<Table> readTableFile(const QString &path);

// Text that a spreadsheet would take as a formula (= + - @, a tab or CR first) gets a
// leading apostrophe, so that exported data can never run.
QString neutralised(const QString &text);

// A cell to write: text (neutralised when written) or a number.
struct Cell {
    QString text;
    bool numeric = false;
    double number = 0;
    static Cell ofText(const QString &t) { return {t, false, 0}; }
    static Cell ofNumber(double n, const QString &t) { return {t, true, n}; }
};
using CellRow = QList<Cell>;

// UTF-8 with a BOM (Excel then reads Chinese correctly), CRLF line ends, every text
// neutralised, quoted when needed.
QByteArray writeCsv(const QList<CellRow> &rows);

struct SheetData {
    QString name;
    QList<CellRow> rows; // the first is the header row, written bold
    QList<double> columnWidths; // optional, in characters
};
// An XLSX workbook written with libxlsxwriter through a temporary file. Text cells
// are always strings (never formulas) and neutralised.
protocol::Result<QByteArray> writeXlsx(const QList<SheetData> &sheets);

} // namespace cordial::server::customers::files
