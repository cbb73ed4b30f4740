#include "customers/ImportFile.h"

#include <QCborMap>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <minizip/unzip.h>
#include <unicode/ucnv.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace cordial::server::customers::files {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

constexpr int kMaxColumns = 1000;

protocol::Error tooManyRows(int sheetRow)
{
    if (sheetRow >= kMaxSheetRows)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("the file has rows beyond row %1, the last row of a spreadsheet")
                             .arg(kMaxSheetRows));
    return tooManyCustomers();
}

QString fromGb18030(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("GB18030", &status);
    if (U_FAILURE(status))
        return QString::fromUtf8(bytes);
    QString out(bytes.size() + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), bytes.constData(),
                                    int32_t(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return QString::fromUtf8(bytes);
    out.truncate(n);
    return out;
}

} // namespace

bool hasContent(const QString &cell)
{
    return !cell.trimmed().isEmpty();
}

bool hasContent(const QStringList &row)
{
    return std::any_of(row.cbegin(), row.cend(), [](const QString &c) { return hasContent(c); });
}

protocol::Error tooManyCustomers()
{
    protocol::Error error = makeError(
        ErrorCode::TooLarge,
        QStringLiteral("the file holds more than %1 rows of customers; split it into smaller files").arg(kMaxImportRows - 1));
    error.details = QCborMap{{QStringLiteral("max_rows"), kMaxImportRows - 1}};
    return error;
}

QString decodeText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::ConvertInitialBom);
        return decoder.decode(bytes.mid(2));
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return fromGb18030(bytes);
}

protocol::Result<Table> parseCsv(const QString &text)
{
    // The separator: tab when the first line has more tabs than commas.
    int commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')))
            break;
        else if (!quoted && ch == QLatin1Char(','))
            ++commas;
        else if (!quoted && ch == QLatin1Char('\t'))
            ++tabs;
    }
    const QChar sep = tabs > commas ? QLatin1Char('\t') : QLatin1Char(',');

    Table table;
    int filled = 0; // rows with content
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool cellStarted = false; // the record has content (so a lone line break ends a blank row)
    const qsizetype n = text.size();
    // Cells past kMaxColumns are dropped, as in a workbook.
    auto endCell = [&] {
        if (row.size() < kMaxColumns)
            row.append(cell);
        cell.clear();
    };
    auto endRow = [&] {
        endCell();
        if (row.size() == 1 && row.first().isEmpty() && !cellStarted)
            row.clear(); // a blank line
        // Only a row with something in it counts towards the limit: ",,," is blank.
        if (hasContent(row))
            ++filled;
        table.append(row);
        row.clear();
        cellStarted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell.append(ch);
            }
            continue;
        }
        if (ch == QLatin1Char('"') && cell.isEmpty()) {
            inQuotes = true;
            cellStarted = true;
        } else if (ch == sep) {
            endCell();
            cellStarted = true;
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            if (filled > kMaxImportRows || table.size() > kMaxSheetRows)
                return tooManyRows(int(table.size()) - 1);
        } else {
            cell.append(ch);
            cellStarted = true;
        }
    }
    if (cellStarted || !cell.isEmpty() || !row.isEmpty())
        endRow();
    if (filled > kMaxImportRows || table.size() > kMaxSheetRows)
        return tooManyRows(int(table.size()) - 1);
    return table;
}

protocol::Result<Table> readCsv(const QByteArray &bytes)
{
    return parseCsv(decodeText(bytes));
}

// ---- XLSX ----

namespace {

// Column letters of a cell reference ("AB12") → 0-based index; -1 if none.
int columnOfReference(QStringView ref)
{
    int col = 0;
    int letters = 0;
    for (const QChar ch : ref) {
        const char16_t c = ch.unicode();
        if (c >= u'A' && c <= u'Z')
            col = col * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            col = col * 26 + (c - u'a' + 1);
        else
            break;
        ++letters;
        if (col > 20000)
            return -1;
    }
    return letters == 0 ? -1 : col - 1;
}

bool isDateFormatCode(const QString &code)
{
    QString stripped;
    bool inQuote = false, inBracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar ch = code.at(i);
        if (inQuote) {
            if (ch == QLatin1Char('"'))
                inQuote = false;
            continue;
        }
        if (inBracket) {
            if (ch == QLatin1Char(']'))
                inBracket = false;
            continue;
        }
        if (ch == QLatin1Char('"'))
            inQuote = true;
        else if (ch == QLatin1Char('['))
            inBracket = true;
        else if (ch == QLatin1Char('\\') || ch == QLatin1Char('_') || ch == QLatin1Char('*'))
            ++i; // the next character is literal
        else
            stripped.append(ch.toLower());
    }
    if (stripped.contains(QLatin1Char('y')) || stripped.contains(QLatin1Char('d')))
        return true;
    return stripped.contains(QLatin1Char('m')) && !stripped.contains(QLatin1Char('h'))
           && !stripped.contains(QLatin1Char('s')) && !stripped.contains(QLatin1Char('0'))
           && !stripped.contains(QLatin1Char('#'));
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double d = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return raw;
    if (std::floor(d) == d && std::abs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

QString serialDate(const QString &raw, bool date1904)
{
    bool ok = false;
    const double serial = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial > 2958465)
        return numberText(raw);
    const qint64 days = qint64(std::floor(serial));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days); // Excel's 1900 leap-year quirk
    else
        date = QDate(1899, 12, 30).addDays(days);
    return date.toString(Qt::ISODate);
}

// One entry of a zip archive, read through minizip as a sequential device, so that
// QXmlStreamReader streams a large sheet instead of holding it whole. (minizip, not
// QuaZip: QuaZip exports minizip's symbols with its own ABI, which breaks
// libxlsxwriter, a user of the system minizip, in the same process.)
class ZipEntryDevice : public QIODevice
{
public:
    explicit ZipEntryDevice(unzFile zip) : m_zip(zip) { open(QIODevice::ReadOnly); }
    ~ZipEntryDevice() override { unzCloseCurrentFile(m_zip); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const int n = unzReadCurrentFile(m_zip, data, unsigned(std::min<qint64>(maxSize, 1 << 20)));
        return n < 0 ? -1 : n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
};

class Zip
{
public:
    explicit Zip(const QString &path) : m_path(QFile::encodeName(path)) {}
    ~Zip()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    bool open()
    {
        m_zip = unzOpen64(m_path.constData());
        return m_zip != nullptr;
    }
    // Opens an entry as a device (one at a time). Names compare case-insensitively.
    std::unique_ptr<QIODevice> entry(const QString &name)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK)
            return nullptr;
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return nullptr;
        return std::make_unique<ZipEntryDevice>(m_zip);
    }

private:
    QByteArray m_path;
    unzFile m_zip = nullptr;
};

// Text of an <si> or <is>: every <t>, phonetic runs (<rPh>) left out.
QString readRichText(QXmlStreamReader &xml, const QString &endName)
{
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

QString resolveTarget(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString t = target;
    while (t.startsWith(QLatin1String("./")))
        t.remove(0, 2);
    if (t.startsWith(QLatin1String("../")))
        return t.mid(3);
    return QStringLiteral("xl/") + t;
}

} // namespace

protocol::Result<Table> readXlsx(const QString &path)
{
    auto bad = [](const QString &why) {
        return makeError(ErrorCode::Invalid, QStringLiteral("not a readable XLSX file: %1").arg(why),
                         QStringLiteral("upload_id"));
    };
    Zip zip(path);
    if (!zip.open())
        return bad(QStringLiteral("not a zip archive"));

    // The first sheet: workbook.xml names it, its relationships give the part.
    QString sheetRelId;
    bool date1904 = false;
    {
        auto f = zip.entry(QStringLiteral("xl/workbook.xml"));
        if (!f)
            return bad(QStringLiteral("xl/workbook.xml is missing"));
        QXmlStreamReader xml(f.get());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto v = xml.attributes().value(QStringLiteral("date1904"));
                date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet") && sheetRelId.isEmpty()) {
                for (const auto &a : xml.attributes())
                    if (a.name() == QLatin1String("id"))
                        sheetRelId = a.value().toString();
            }
        }
    }
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!sheetRelId.isEmpty()) {
        if (auto f = zip.entry(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
            QXmlStreamReader xml(f.get());
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")
                    && xml.attributes().value(QStringLiteral("Id")) == sheetRelId)
                    sheetPath = resolveTarget(xml.attributes().value(QStringLiteral("Target")).toString());
            }
        }
    }

    // Shared strings.
    QStringList shared;
    if (auto f = zip.entry(QStringLiteral("xl/sharedStrings.xml"))) {
        QXmlStreamReader xml(f.get());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                shared.append(readRichText(xml, QStringLiteral("si")));
        }
        if (xml.hasError())
            return bad(xml.errorString());
    }

    // Styles: which cell formats (xf index) show numbers as dates.
    QList<bool> dateStyle;
    if (auto f = zip.entry(QStringLiteral("xl/styles.xml"))) {
        QXmlStreamReader xml(f.get());
        QSet<int> customDates;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("numFmt")) {
                    const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                    if (isDateFormatCode(xml.attributes().value(QStringLiteral("formatCode")).toString()))
                        customDates.insert(id);
                } else if (xml.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                    const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                    dateStyle.append(isBuiltInDateFormat(id) || customDates.contains(id));
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
    }

    // The sheet, streamed.
    auto f = zip.entry(sheetPath);
    if (!f)
        return bad(QStringLiteral("the first sheet (%1) is missing").arg(sheetPath));
    Table table;
    QXmlStreamReader xml(f.get());
    int nextRow = 0; // 0-based index of the row without an r attribute
    int rowIndex = -1; // of the <row> being read; it enters the table with its first value
    int filled = 0;
    bool countedRow = false; // the <row> being read has counted towards kMaxImportRows
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            int r = xml.attributes().value(QStringLiteral("r")).toInt(&ok) - 1;
            if (!ok || r < nextRow)
                r = nextRow;
            countedRow = false;
            rowIndex = r; // rows without values (formatted only) take no memory
            nextRow = std::min(r, kMaxSheetRows) + 1; // never past INT_MAX
            nextColumn = 0;
        } else if (xml.name() == QLatin1String("c") && rowIndex >= 0) {
            const auto attrs = xml.attributes();
            int col = columnOfReference(attrs.value(QStringLiteral("r")));
            if (col < 0)
                col = nextColumn;
            nextColumn = col + 1;
            const QString type = attrs.value(QStringLiteral("t")).toString();
            const int style = attrs.value(QStringLiteral("s")).toInt();
            QString value;
            bool haveValue = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    haveValue = true;
                } else if (xml.name() == QLatin1String("is")) {
                    value = readRichText(xml, QStringLiteral("is"));
                    haveValue = true;
                }
            }
            if (!haveValue || col >= kMaxColumns)
                continue;
            QString text;
            if (type == QLatin1String("s")) {
                const int index = value.trimmed().toInt();
                text = index >= 0 && index < shared.size() ? shared.at(index) : QString();
            } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
                text = value;
            } else if (type == QLatin1String("b")) {
                text = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("e")) {
                text = QString();
            } else if (type == QLatin1String("d")) {
                text = value.left(10);
            } else if (style >= 0 && style < dateStyle.size() && dateStyle.at(style)) {
                text = serialDate(value, date1904);
            } else {
                text = numberText(value);
            }
            if (text.isEmpty())
                continue; // as if the cell were not there
            if (table.size() <= rowIndex) {
                if (rowIndex >= kMaxSheetRows)
                    return tooManyRows(rowIndex);
                while (table.size() <= rowIndex)
                    table.append(QStringList());
            }
            // Only a row with something in it counts towards the limit (blank and
            // spaces-only rows are skipped by the import; they count as sheet rows).
            if (!countedRow && hasContent(text)) {
                countedRow = true;
                if (++filled > kMaxImportRows)
                    return tooManyRows(rowIndex);
            }
            QStringList *row = &table[rowIndex];
            while (row->size() < col)
                row->append(QString());
            if (row->size() == col)
                row->append(text);
            else
                (*row)[col] = text;
        }
    }
    if (xml.hasError())
        return bad(xml.errorString());
    // Trailing blank cells are no columns.
    for (QStringList &r : table)
        while (!r.isEmpty() && r.last().isEmpty())
            r.removeLast();
    return table;
}

protocol::Result<Table> readTableFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot read the upload"));
    const QByteArray head = file.peek(4);
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        return readXlsx(path);
    }
    return readCsv(file.readAll());
}

// ---- writing ----

QString neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

QByteArray writeCsv(const QList<CellRow> &rows)
{
    QString out;
    for (const CellRow &row : rows) {
        QStringList cells;
        for (const Cell &cell : row) {
            QString t = cell.numeric ? cell.text : neutralised(cell.text);
            if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
                || t.contains(QLatin1Char('\r')) || t.contains(QLatin1Char('\t')) || t.startsWith(QLatin1Char(' '))
                || t.endsWith(QLatin1Char(' '))) {
                t.replace(QLatin1Char('"'), QLatin1String("\"\""));
                t = QLatin1Char('"') + t + QLatin1Char('"');
            }
            cells.append(t);
        }
        out += cells.join(QLatin1Char(','));
        out += QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

protocol::Result<QByteArray> writeXlsx(const QList<SheetData> &sheets)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot create a temporary directory"));
    const QByteArray path = dir.filePath(QStringLiteral("export.xlsx")).toLocal8Bit();
    const QByteArray tmp = dir.path().toLocal8Bit();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmp.constData());
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot create the XLSX file"));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    for (const SheetData &sheet : sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(workbook, sheet.name.left(31).toUtf8().constData());
        if (!ws)
            continue;
        for (int c = 0; c < sheet.columnWidths.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), sheet.columnWidths.at(c), nullptr);
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const CellRow &row = sheet.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const Cell &cell = row.at(c);
                lxw_format *format = r == 0 ? bold : nullptr;
                if (cell.numeric) {
                    worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), cell.number, format);
                } else if (!cell.text.isEmpty()) {
                    const QByteArray utf8 = neutralised(cell.text).left(32767).toUtf8();
                    if (!format && cell.text.contains(QLatin1Char('\n')))
                        format = wrap;
                    worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), utf8.constData(), format);
                }
            }
        }
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot write the XLSX file: %1").arg(QString::fromUtf8(lxw_strerror(error))));
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot read the written XLSX file"));
    return file.readAll();
}

} // namespace cordial::server::customers::files
