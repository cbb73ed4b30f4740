// The readers and writers of customer import and export files: CSV in UTF-8 (with
// and without BOM) and GBK, RFC 4180 quoting, XLSX with shared strings, inline
// strings, numbers and dates, and formula neutralisation on export.
#include "customers/ImportFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace cordial::server::customers;

namespace {

QByteArray run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST_CASE("CSV in UTF-8 with a BOM, CRLF line ends and quoted cells", "[import]")
{
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + u("客户名称,手机,备注\r\n"
                                                            "\"华为, 深圳\",13800138000,\"第一行\r\n第二行\"\r\n"
                                                            "\"说\"\"你好\"\"\",,\r\n"
                                                            "\r\n"
                                                            "最后,1,x")
                                                            .toUtf8();
    const files::Table t = files::readCsv(bytes).value();
    REQUIRE(t.size() == 5);
    CHECK(t.at(0) == QStringList{u("客户名称"), u("手机"), u("备注")});
    CHECK(t.at(1) == QStringList{u("华为, 深圳"), u("13800138000"), u("第一行\r\n第二行")});
    CHECK(t.at(2) == QStringList{u("说\"你好\""), QString(), QString()});
    CHECK(t.at(3).isEmpty()); // a blank line keeps its row number
    CHECK(t.at(4) == QStringList{u("最后"), u("1"), u("x")});
}

TEST_CASE("CSV in UTF-8 without a BOM, tab separated", "[import]")
{
    const files::Table t = files::readCsv(u("名称\t电话\n张三,李四\t010-1234\n").toUtf8()).value();
    REQUIRE(t.size() == 2);
    CHECK(t.at(1) == QStringList{u("张三,李四"), u("010-1234")});
}

TEST_CASE("CSV in GBK is recognised and converted", "[import]")
{
    const QString text = u("客户名称,地址\r\n北京华为研究所,海淀区上地\r\n曾小贤,\"广州, 天河\"\r\n");
    const QByteArray gbk = run(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"),
                                                         QStringLiteral("-t"), QStringLiteral("GBK")},
                               text.toUtf8());
    REQUIRE(gbk != text.toUtf8());
    CHECK(files::decodeText(gbk) == text);
    const files::Table t = files::readCsv(gbk).value();
    REQUIRE(t.size() == 3);
    CHECK(t.at(1) == QStringList{u("北京华为研究所"), u("海淀区上地")});
    CHECK(t.at(2) == QStringList{u("曾小贤"), u("广州, 天河")});
}

TEST_CASE("XLSX with shared strings, rich text, inline strings, numbers and dates", "[import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    // A minimal workbook as Excel writes it, zipped by Python.
    const QString script = QStringLiteral(R"PY(
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
z.writestr('xl/workbook.xml', '''<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr/><sheets><sheet name="客户" sheetId="1" r:id="rId7"/><sheet name="Other" sheetId="2" r:id="rId8"/></sheets></workbook>''')
z.writestr('xl/_rels/workbook.xml.rels', '''<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="worksheet" Target="worksheets/other.xml"/>
<Relationship Id="rId7" Type="worksheet" Target="worksheets/first.xml"/></Relationships>''')
z.writestr('xl/sharedStrings.xml', '''<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>客户名称</t></si><si><t>成立日期</t></si>
<si><r><t>华为</t></r><r><rPr><b/></rPr><t xml:space="preserve">技术 有限公司</t></r><rPh><t>ホアウェイ</t></rPh></si>
<si><t>手机</t></si></sst>''')
z.writestr('xl/styles.xml', '''<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="4"/></cellXfs></styleSheet>''')
z.writestr('xl/worksheets/first.xml', '''<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c><c r="D1" t="inlineStr"><is><t>金额</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45366</v></c><c r="C2"><v>13800138000</v></c><c r="D2" s="3"><v>1234.5</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>曾小贤</t></is></c><c r="B4" s="2"><v>36526.75</v></c><c r="D4" t="b"><v>1</v></c></row>
</sheetData></worksheet>''')
z.writestr('xl/worksheets/other.xml', '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>')
z.close()
)PY");
    run(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    auto table = files::readTableFile(path);
    INFO((table ? std::string() : table.error().message.toStdString()));
    REQUIRE(table);
    const files::Table &t = table.value();
    REQUIRE(t.size() == 4);
    CHECK(t.at(0) == QStringList{u("客户名称"), u("成立日期"), u("手机"), u("金额")});
    CHECK(t.at(1) == QStringList{u("华为技术 有限公司"), u("2024-03-15"), u("13800138000"), u("1234.5")});
    CHECK(t.at(2).isEmpty());
    CHECK(t.at(3) == QStringList{u("曾小贤"), u("2000-01-01"), QString(), u("TRUE")});
}

namespace {

// A one-sheet workbook whose sheetData Python's expression `rows` makes (a string).
QString workbookWith(const QTemporaryDir &dir, const QString &rows)
{
    const QString path = dir.filePath(QStringLiteral("rows.xlsx"));
    const QString script = QStringLiteral(R"PY(
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
z.writestr('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
def cell(r): return '<row r="%d"><c r="A%d" t="inlineStr"><is><t>x%d</t></is></c></row>' % (r, r, r)
z.writestr('xl/worksheets/sheet1.xml', '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + (%1) + '</sheetData></worksheet>')
z.close()
)PY").arg(rows);
    run(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    return path;
}

} // namespace

TEST_CASE("a file with too many rows is refused whole, never cut short", "[import]")
{
    using cordial::protocol::ErrorCode;
    const int most = files::kMaxImportRows;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("CSV: the limit of rows with content, and a spreadsheet's last row")
    {
        QByteArray text = "name\n";
        for (int i = 1; i < most; ++i)
            text += "c" + QByteArray::number(i) + '\n';
        auto full = files::readCsv(text);
        REQUIRE(full);
        CHECK(full->size() == most);
        CHECK(full->last() == QStringList{QStringLiteral("c%1").arg(most - 1)});
        // Rows of separators or spaces hold nothing: they do not count.
        CHECK(files::readCsv(text + ",,,\n \t, \n\"\",\n"));
        auto over = files::readCsv(text + "one more\n");
        REQUIRE_FALSE(over);
        CHECK(over.error().code == ErrorCode::TooLarge);
        CHECK(over.error().message.contains(QString::number(most - 1)));
        CHECK(over.error().details.value(QStringLiteral("max_rows")).toInteger() == most - 1);
        // Blank lines hold no customers but do count against a sheet's last row.
        CHECK(files::readCsv(QByteArray(5000, '\n') + text.left(100)));
        auto far = files::readCsv(QByteArray(files::kMaxSheetRows, '\n') + "late row\n");
        REQUIRE_FALSE(far);
        CHECK(far.error().code == ErrorCode::TooLarge);
        CHECK(far.error().message.contains(QStringLiteral("1048576")));
        CHECK(far.error().details.isEmpty());
    }
    SECTION("XLSX: rows only formatted take nothing; the limit counts rows with values")
    {
        auto formatted = files::readTableFile(workbookWith(
            dir, QStringLiteral("cell(1) + cell(2) + '<row r=\"500000\"><c r=\"A500000\" s=\"1\"/></row>' + "
                                "'<row r=\"1048576\" ht=\"20\" customHeight=\"1\"/>'")));
        INFO((formatted ? std::string() : formatted.error().message.toStdString()));
        REQUIRE(formatted);
        CHECK(formatted->size() == 2);
        CHECK(formatted->at(1) == QStringList{QStringLiteral("x2")});

        auto full = files::readTableFile(workbookWith(dir, QStringLiteral("''.join(cell(r) for r in range(1, %1))").arg(most + 1)));
        REQUIRE(full);
        CHECK(full->size() == most);
        auto over = files::readTableFile(workbookWith(dir, QStringLiteral("''.join(cell(r) for r in range(1, %1))").arg(most + 2)));
        REQUIRE_FALSE(over);
        CHECK(over.error().code == ErrorCode::TooLarge);
        // The last possible row number, then rows without one: no overflow, nothing kept.
        auto last = files::readTableFile(
            workbookWith(dir, QStringLiteral("cell(1) + '<row r=\"2147483647\"/><row/><row><c/></row>'")));
        INFO((last ? std::string() : last.error().message.toStdString()));
        REQUIRE(last);
        CHECK(last->size() == 1);
        auto far = files::readTableFile(workbookWith(dir, QStringLiteral("cell(1) + cell(1048577)")));
        REQUIRE_FALSE(far);
        CHECK(far.error().code == ErrorCode::TooLarge);
        CHECK(far.error().message.contains(QStringLiteral("1048576")));
    }
}

TEST_CASE("a CSV row keeps at most 1000 cells, as a workbook's does", "[import]")
{
    QByteArray wide = "name";
    for (int i = 1; i < 1500; ++i)
        wide += ",c" + QByteArray::number(i);
    auto t = files::readCsv(wide + "\nx,y\n");
    REQUIRE(t);
    REQUIRE(t->size() == 2);
    CHECK(t->at(0).size() == 1000);
    CHECK(t->at(0).last() == QStringLiteral("c999"));
    CHECK(t->at(1) == QStringList{QStringLiteral("x"), QStringLiteral("y")});
}

TEST_CASE("a file that is neither CSV text nor a workbook is refused cleanly", "[import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.xlsx"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 this is not really a zip");
    f.close();
    auto table = files::readTableFile(path);
    REQUIRE_FALSE(table);
    CHECK(table.error().code == cordial::protocol::ErrorCode::Invalid);
}

TEST_CASE("exported text can never run as a formula", "[import]")
{
    CHECK(files::neutralised(u("=1+2")) == u("'=1+2"));
    CHECK(files::neutralised(u("@SUM(A1)")) == u("'@SUM(A1)"));
    CHECK(files::neutralised(u("+86 138")) == u("'+86 138"));
    CHECK(files::neutralised(u("-x")) == u("'-x"));
    CHECK(files::neutralised(u("\tx")) == u("'\tx"));
    CHECK(files::neutralised(u("华为")) == u("华为"));

    const QList<files::CellRow> rows{
        {files::Cell::ofText(u("客户名称")), files::Cell::ofText(u("金额"))},
        {files::Cell::ofText(u("=1+2")), files::Cell::ofNumber(-5, u("-5.00"))},
        {files::Cell::ofText(u("a,\"b\"\nc")), files::Cell::ofText(QString())},
    };
    const QByteArray csv = files::writeCsv(rows);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\r\n"));
    const files::Table back = files::readCsv(csv).value();
    REQUIRE(back.size() == 3);
    CHECK(back.at(1) == QStringList{u("'=1+2"), u("-5.00")});
    CHECK(back.at(2) == QStringList{u("a,\"b\"\nc"), QString()});

    auto xlsx = files::writeXlsx({{u("客户"), rows, {}}});
    REQUIRE(xlsx);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(xlsx.value());
    f.close();
    auto read = files::readXlsx(path);
    REQUIRE(read);
    REQUIRE(read->size() == 3);
    CHECK(read->at(0) == QStringList{u("客户名称"), u("金额")});
    CHECK(read->at(1) == QStringList{u("'=1+2"), u("-5")});
    CHECK(read->at(2) == QStringList{u("a,\"b\"\nc")});
    // No cell of the sheet is a formula.
    const QByteArray sheet = run(QStringLiteral("python3"),
                                 {QStringLiteral("-c"),
                                  QStringLiteral("import sys,zipfile; sys.stdout.buffer.write("
                                                 "zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml'))"),
                                  path});
    CHECK_FALSE(sheet.contains("<f>"));
}
