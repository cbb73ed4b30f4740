// Customer import and export: chunked uploads, CSV in GBK and UTF-8 (BOM), XLSX
// written by LibreOffice, automatic column mapping, row/column errors, all or
// nothing, the three duplicate policies, progress events; export as CSV and XLSX
// with formula neutralisation, scope, chosen columns and an audit row.
#include "Fixtures.h"

#include "customers/ImportFile.h"

#include <QCborArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cordial;
using namespace cordial::test;
using protocol::ErrorCode;
namespace files = cordial::server::customers::files;

namespace {

std::string show(const protocol::Reply &r)
{
    return Catch::StringMaker<protocol::Reply>::convert(r);
}

// Uploads in chunks of `chunk` bytes; returns the upload id.
QString upload(client::Connection &c, const QByteArray &bytes, int chunk = 4 * 1024 * 1024)
{
    QString id;
    qsizetype offset = 0;
    do {
        QCborMap args{{QStringLiteral("data"), bytes.mid(offset, chunk)},
                      {QStringLiteral("done"), offset + chunk >= bytes.size()},
                      {QStringLiteral("name"), QStringLiteral("customers.csv")}};
        if (!id.isEmpty())
            args.insert(QStringLiteral("upload_id"), id);
        const auto reply = call(c, QStringLiteral("files.upload"), args);
        INFO(show(reply));
        REQUIRE(reply.ok);
        id = reply.result.toMap().value(QStringLiteral("upload_id")).toString();
        offset += chunk;
        CHECK(reply.result.toMap().value(QStringLiteral("size")).toInteger() == std::min<qsizetype>(offset, bytes.size()));
    } while (offset < bytes.size());
    return id;
}

QByteArray gbk(const QString &text)
{
    QProcess p;
    p.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"), QStringLiteral("GBK")});
    REQUIRE(p.waitForStarted());
    p.write(text.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished());
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

// CSV (UTF-8) → XLSX by LibreOffice, as an office worker's file would be.
QByteArray xlsxByLibreOffice(const QString &csv)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("customers.csv"));
    QFile f(in);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("soffice"),
            {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
             QStringLiteral("--headless"), QStringLiteral("--norestore"),
             QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
             QStringLiteral("--outdir"), dir.path(), in});
    INFO("soffice (libreoffice-calc-nogui, installed by installer/install-deps.sh) must run");
    REQUIRE(p.waitForStarted(30000));
    REQUIRE(p.waitForFinished(180000));
    INFO(p.readAll().toStdString());
    REQUIRE(p.exitCode() == 0);
    QFile out(dir.filePath(QStringLiteral("customers.xlsx")));
    REQUIRE(out.open(QIODevice::ReadOnly));
    return out.readAll();
}

QCborMap preview(client::Connection &c, const QString &uploadId, const QCborMap &extra = {})
{
    QCborMap args = extra;
    args.insert(QStringLiteral("upload_id"), uploadId);
    const auto reply = call(c, QStringLiteral("customers.import_preview"), args, 60000);
    INFO(show(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap();
}

protocol::Reply commit(client::Connection &c, const QString &uploadId, const QString &policy, const QCborMap &extra = {})
{
    QCborMap args = extra;
    args.insert(QStringLiteral("upload_id"), uploadId);
    args.insert(QStringLiteral("duplicates"), policy);
    return call(c, QStringLiteral("customers.import_commit"), args, 120000);
}

QCborMap committed(client::Connection &c, const QString &uploadId, const QString &policy, const QCborMap &extra = {})
{
    const auto reply = commit(c, uploadId, policy, extra);
    INFO(show(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap();
}

qint64 counts(const QCborMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toInteger();
}

qint64 sqlCount(const TestServer &server, const QString &sql)
{
    QSqlDatabase db = openServerDatabase(server, QStringLiteral("import_test_%1").arg(quintptr(&sql)));
    qint64 n = -1;
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
    }
    const QString name = db.connectionName();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return n;
}

// The customer with this exact name as the caller sees it, via search.
QCborMap customerNamed(client::Connection &c, const QString &name)
{
    const auto found = call(c, QStringLiteral("customers.search"), {{QStringLiteral("query"), name}});
    REQUIRE(found.ok);
    for (const QCborValue &item : found.result.toMap().value(QStringLiteral("items")).toArray())
        if (item.toMap().value(QStringLiteral("name")).toString() == name) {
            const auto got = call(c, QStringLiteral("customers.get"),
                                  {{QStringLiteral("id"), item.toMap().value(QStringLiteral("id"))}});
            REQUIRE(got.ok);
            return got.result.toMap();
        }
    return {};
}

qint64 createCustomer(client::Connection &c, const QCborMap &fields)
{
    QCborMap args = fields;
    args.insert(QStringLiteral("allow_duplicate"), true);
    const auto reply = call(c, QStringLiteral("customers.create"), args);
    INFO(show(reply));
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

QString fieldOfColumn(const QCborMap &preview, int index)
{
    for (const QCborValue &c : preview.value(QStringLiteral("columns")).toArray())
        if (c.toMap().value(QStringLiteral("index")).toInteger() == index)
            return c.toMap().value(QStringLiteral("field")).toString();
    return {};
}

} // namespace

TEST_CASE("customers import from GBK and UTF-8 CSV files and from an XLSX written by LibreOffice", "[import]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);

    SECTION("a GBK CSV with Chinese headers, mapped automatically, sent in small chunks")
    {
        const QString csv = QStringLiteral("客户名称,手机,客户类型,行业,客户分组,成立日期,注册资本,联系人,联系人手机,联系人生日,备注\r\n"
                                           "北京华为研究所,138 0013 8000,意向客户,IT/软件,VIP、经销商,2001/3/5,\"1,000.50\",张三,13912345678,1980年2月29日,\"第一行\r\n第二行\"\r\n"
                                           "曾小贤工作室,,key_account,,,,,,,,\r\n");
        const QString id = upload(*admin, gbk(csv), 37);
        const QCborMap p = preview(*admin, id);
        INFO(p.toCborValue().toDiagnosticNotation().toStdString());
        CHECK(counts(p, "rows") == 2);
        CHECK(p.value(QStringLiteral("errors")).toArray().isEmpty());
        CHECK(fieldOfColumn(p, 0) == QStringLiteral("name"));
        CHECK(fieldOfColumn(p, 1) == QStringLiteral("mobile"));
        CHECK(fieldOfColumn(p, 7) == QStringLiteral("contact.name"));
        CHECK(fieldOfColumn(p, 8) == QStringLiteral("contact.mobile"));
        CHECK(fieldOfColumn(p, 9) == QStringLiteral("contact.birthday"));
        const QCborArray sample = p.value(QStringLiteral("sample")).toArray();
        REQUIRE(sample.size() == 2);
        CHECK(sample.at(0).toMap().value(QStringLiteral("row")).toInteger() == 2);
        CHECK(sample.at(0).toMap().value(QStringLiteral("customer_type")).toString() == QStringLiteral("interested"));
        CHECK(sample.at(0).toMap().value(QStringLiteral("registered_capital")).toString() == QStringLiteral("1000.50"));
        CHECK(sample.at(0).toMap().value(QStringLiteral("contact.birthday")).toString() == QStringLiteral("1980-02-29"));
        // Preview writes nothing.
        CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM customers")) == 0);

        const QCborMap result = committed(*admin, id, QStringLiteral("skip"));
        CHECK(counts(result, "created") == 2);
        CHECK(counts(result, "updated") == 0);
        CHECK(counts(result, "skipped") == 0);

        const QCborMap huawei = customerNamed(*admin, QStringLiteral("北京华为研究所"));
        REQUIRE(!huawei.isEmpty());
        CHECK(huawei.value(QStringLiteral("mobile")).toString() == QStringLiteral("13800138000"));
        CHECK(huawei.value(QStringLiteral("industry")).toString() == QStringLiteral("it"));
        CHECK(huawei.value(QStringLiteral("groups")).toArray() == QCborArray{QStringLiteral("vip"), QStringLiteral("dealer")});
        CHECK(huawei.value(QStringLiteral("founded_on")).toString() == QStringLiteral("2001-03-05"));
        CHECK(huawei.value(QStringLiteral("notes")).toString().contains(QStringLiteral("第二行")));
        const QCborArray contacts = huawei.value(QStringLiteral("contacts")).toArray();
        REQUIRE(contacts.size() == 1);
        CHECK(contacts.at(0).toMap().value(QStringLiteral("name")).toString() == QStringLiteral("张三"));
        CHECK(contacts.at(0).toMap().value(QStringLiteral("primary")).toBool());
        CHECK(contacts.at(0).toMap().value(QStringLiteral("mobile")).toString() == QStringLiteral("13912345678"));
        // Found by contact pinyin: the search index was written.
        const auto found = call(*admin, QStringLiteral("customers.search"), {{QStringLiteral("query"), QStringLiteral("zhangsan")}});
        REQUIRE(found.ok);
        CHECK(itemIds(found).contains(huawei.value(QStringLiteral("id")).toInteger()));
        CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE op = 'customers.import_commit'")) == 2);
        CHECK(customerNamed(*admin, QStringLiteral("曾小贤工作室")).value(QStringLiteral("customer_type")).toString()
              == QStringLiteral("key_account"));
    }

    SECTION("a UTF-8 CSV with a BOM, English headers and an explicit mapping")
    {
        const QString csv = QStringLiteral("\xFEFF" "Customer name,E-mail,Ignored,Grade\n"
                                           "ACME Trading,sales@acme.example,whatever,A\n");
        const QString id = upload(*admin, csv.toUtf8());
        const QCborMap automatic = preview(*admin, id);
        CHECK(fieldOfColumn(automatic, 0) == QStringLiteral("name"));
        CHECK(fieldOfColumn(automatic, 1) == QStringLiteral("email"));
        CHECK(fieldOfColumn(automatic, 2).isEmpty());
        CHECK(fieldOfColumn(automatic, 3) == QStringLiteral("grade"));
        const QCborMap mapping{{QStringLiteral("0"), QStringLiteral("name")},
                               {QStringLiteral("2"), QStringLiteral("tags")},
                               {QStringLiteral("3"), QStringLiteral("grade")}};
        const QCborMap result = committed(*admin, id, QStringLiteral("skip"), {{QStringLiteral("mapping"), mapping}});
        CHECK(counts(result, "created") == 1);
        const QCborMap acme = customerNamed(*admin, QStringLiteral("ACME Trading"));
        CHECK(acme.value(QStringLiteral("email")).toString().isEmpty()); // not mapped
        CHECK(acme.value(QStringLiteral("tags")).toString() == QStringLiteral("whatever"));
        CHECK(acme.value(QStringLiteral("grade")).toString() == QStringLiteral("a"));
        // An unknown target is refused.
        const auto bad = call(*admin, QStringLiteral("customers.import_preview"),
                              {{QStringLiteral("upload_id"), id},
                               {QStringLiteral("mapping"), QCborMap{{QStringLiteral("0"), QStringLiteral("owner_id")}}}});
        CHECK(bad.error.code == ErrorCode::Invalid);
        CHECK(bad.error.field == QStringLiteral("mapping.0"));
    }

    SECTION("an XLSX file written by LibreOffice, with numbers and dates")
    {
        const QByteArray xlsx = xlsxByLibreOffice(QStringLiteral("客户名称,手机,员工人数,成立日期,年营业额\n"
                                                                 "深圳腾讯计算机系统有限公司,13800138000,120,2024-03-15,2500000.5\n"));
        const QString id = upload(*admin, xlsx, 1000);
        const QCborMap p = preview(*admin, id);
        INFO(p.toCborValue().toDiagnosticNotation().toStdString());
        CHECK(p.value(QStringLiteral("errors")).toArray().isEmpty());
        const QCborMap result = committed(*admin, id, QStringLiteral("skip"));
        CHECK(counts(result, "created") == 1);
        const QCborMap tencent = customerNamed(*admin, QStringLiteral("深圳腾讯计算机系统有限公司"));
        CHECK(tencent.value(QStringLiteral("mobile")).toString() == QStringLiteral("13800138000"));
        CHECK(tencent.value(QStringLiteral("employees")).toInteger() == 120);
        CHECK(tencent.value(QStringLiteral("founded_on")).toString() == QStringLiteral("2024-03-15"));
        CHECK(tencent.value(QStringLiteral("annual_revenue")).toString() == QStringLiteral("2500000.50"));
    }

    SECTION("the template is an XLSX whose headers map back to every column")
    {
        const auto t = call(*admin, QStringLiteral("customers.import_template"));
        INFO(show(t));
        REQUIRE(t.ok);
        const QByteArray bytes = t.result.toMap().value(QStringLiteral("data")).toByteArray();
        const files::Table table = tableOf(bytes, QStringLiteral("xlsx"));
        REQUIRE(table.size() == 1);
        CHECK(table.first().first() == QStringLiteral("客户名称"));
        CHECK(table.first().contains(QStringLiteral("联系人手机")));
        const QString id = upload(*admin, bytes);
        const QCborMap p = preview(*admin, id);
        for (const QCborValue &c : p.value(QStringLiteral("columns")).toArray()) {
            INFO(c.toMap().value(QStringLiteral("header")).toString().toStdString());
            CHECK(!c.toMap().value(QStringLiteral("field")).toString().isEmpty());
        }
        CHECK(counts(p, "rows") == 0);
    }
}

TEST_CASE("import reports bad rows by row and column and imports all or nothing", "[import]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const QString csv = QStringLiteral("客户名称,手机,客户类型,联系人手机\n"
                                       "好公司,13800138000,意向客户,\n"
                                       ",13800138001,,\n"
                                       "坏手机公司,12345,,\n"
                                       "坏类型公司,,不存在的类型,\n"
                                       "无名联系人公司,,,13912345678\n");
    const QString id = upload(*admin, csv.toUtf8());
    const QCborMap p = preview(*admin, id);
    const QCborArray errors = p.value(QStringLiteral("errors")).toArray();
    INFO(p.toCborValue().toDiagnosticNotation().toStdString());
    REQUIRE(errors.size() == 4);
    auto errorAt = [&](int i) { return errors.at(i).toMap(); };
    CHECK(errorAt(0).value(QStringLiteral("row")).toInteger() == 3);
    CHECK(errorAt(0).value(QStringLiteral("column")).toInteger() == 0);
    CHECK(errorAt(0).value(QStringLiteral("field")).toString() == QStringLiteral("name"));
    CHECK(errorAt(1).value(QStringLiteral("row")).toInteger() == 4);
    CHECK(errorAt(1).value(QStringLiteral("column")).toInteger() == 1);
    CHECK(errorAt(1).value(QStringLiteral("field")).toString() == QStringLiteral("mobile"));
    CHECK(errorAt(2).value(QStringLiteral("row")).toInteger() == 5);
    CHECK(errorAt(2).value(QStringLiteral("column")).toInteger() == 2);
    CHECK(errorAt(3).value(QStringLiteral("row")).toInteger() == 6);
    CHECK(errorAt(3).value(QStringLiteral("field")).toString() == QStringLiteral("contact.name"));

    const auto reply = commit(*admin, id, QStringLiteral("create"));
    INFO(show(reply));
    REQUIRE_FALSE(reply.ok);
    CHECK(reply.error.code == ErrorCode::Invalid);
    CHECK(reply.error.field == QStringLiteral("rows"));
    CHECK(reply.error.message.contains(QStringLiteral("row 3, column A")));
    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM customers")) == 0);
    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE op = 'customers.import_commit'")) == 0);

    // Someone else's upload is not found; an unfinished one is refused.
    const qint64 root = rootDepartment(*admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), root);
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(rep);
    CHECK(call(*rep, QStringLiteral("customers.import_preview"), {{QStringLiteral("upload_id"), id}}).error.code
          == ErrorCode::NotFound);
    const auto partial = call(*rep, QStringLiteral("files.upload"), {{QStringLiteral("data"), QByteArray("a,b\n")}});
    REQUIRE(partial.ok);
    CHECK(call(*rep, QStringLiteral("customers.import_preview"),
               {{QStringLiteral("upload_id"), partial.result.toMap().value(QStringLiteral("upload_id"))}})
              .error.code
          == ErrorCode::Invalid);
    CHECK(call(*rep, QStringLiteral("files.upload"), {{QStringLiteral("data"), QByteArray(4 * 1024 * 1024 + 1, 'x')}})
              .error.code
          == ErrorCode::TooLarge);
}

TEST_CASE("without a header row every row is a customer, and the row limit counts them so", "[import]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    // 200,001 rows with content: a header and 200,000 customers, or 200,001 customers.
    QByteArray csv;
    for (int i = 0; i < 200001; ++i)
        csv += "c" + QByteArray::number(i) + '\n';
    const QString id = upload(*admin, csv);
    // A mapping to no field fails after the limit is checked: `invalid` says the
    // file was taken.
    auto preview = [&](bool hasHeader) {
        return call(*admin, QStringLiteral("customers.import_preview"),
                    {{QStringLiteral("upload_id"), id},
                     {QStringLiteral("has_header"), hasHeader},
                     {QStringLiteral("mapping"), QCborMap{{0, QStringLiteral("no_such_field")}}}});
    };
    const auto withHeader = preview(true);
    INFO(show(withHeader));
    CHECK(withHeader.error.code == ErrorCode::Invalid);
    CHECK(withHeader.error.field == QStringLiteral("mapping.0"));
    const auto without = preview(false);
    INFO(show(without));
    CHECK(without.error.code == ErrorCode::TooLarge);
    CHECK(without.error.details.value(QStringLiteral("max_rows")).toInteger() == 200000);
    const auto commitWithout = commit(*admin, id, QStringLiteral("create"), {{QStringLiteral("has_header"), false}});
    CHECK(commitWithout.error.code == ErrorCode::TooLarge);
    // A blank first row taken as the header leaves 200,001 customers below it.
    const QString blankFirst = upload(*admin, QByteArray("\n") + csv);
    const auto blankHeader = call(*admin, QStringLiteral("customers.import_preview"),
                                  {{QStringLiteral("upload_id"), blankFirst}, {QStringLiteral("has_header"), true}});
    INFO(show(blankHeader));
    CHECK(blankHeader.error.code == ErrorCode::TooLarge);
    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM customers")) == 0);
}

TEST_CASE("choice cells are read by key, by either label, in any width and case, in every row", "[import]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    // The labels are folded once per import (ChoiceMatcher): every row must still match.
    const QString csv = QStringLiteral("客户名称,客户等级,价值等级\n"
                                       "甲公司,A类–重点,高价值\n"
                                       "乙公司,b,Medium value\n"
                                       "丙公司,Ｃ – Normal,低价值\n"
                                       "丁公司,D类–次要,high\n"
                                       "戊公司,E类,\n");
    const QString id = upload(*admin, csv.toUtf8());
    const QCborMap p = preview(*admin, id);
    INFO(p.toCborValue().toDiagnosticNotation().toStdString());
    const QCborArray errors = p.value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).toMap().value(QStringLiteral("row")).toInteger() == 6);
    CHECK(errors.at(0).toMap().value(QStringLiteral("field")).toString() == QStringLiteral("grade"));
    const QCborArray sample = p.value(QStringLiteral("sample")).toArray();
    REQUIRE(sample.size() == 4);
    const QStringList grades{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    const QStringList values{QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("high")};
    for (int i = 0; i < 4; ++i) {
        CHECK(sample.at(i).toMap().value(QStringLiteral("grade")).toString() == grades.at(i));
        CHECK(sample.at(i).toMap().value(QStringLiteral("value_class")).toString() == values.at(i));
    }
}

TEST_CASE("import duplicates: skip, update the visible one, or create anyway", "[import]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), root);
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(rep);

    const qint64 mine = createCustomer(*rep, {{QStringLiteral("name"), QStringLiteral("上海明珠贸易")},
                                              {QStringLiteral("city"), QStringLiteral("上海")},
                                              {QStringLiteral("mobile"), QStringLiteral("13900000009")}});
    const qint64 theirs = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("广州白云电器")},
                                                  {QStringLiteral("city"), QStringLiteral("广州")}});
    const QString csv = QStringLiteral("客户名称,城市,手机\n"
                                       "上海明珠贸易,浦东,\n"
                                       "广州白云电器,天河,\n"
                                       "全新客户,北京,13800000001\n"
                                       "全新客户二号,北京,13800000001\n");
    const QString id = upload(*rep, csv.toUtf8());
    const QCborMap p = preview(*rep, id);
    const QCborArray dups = p.value(QStringLiteral("duplicates")).toArray();
    INFO(p.toCborValue().toDiagnosticNotation().toStdString());
    REQUIRE(dups.size() == 3);
    CHECK(dups.at(0).toMap().value(QStringLiteral("row")).toInteger() == 2);
    const QCborMap mineMatch = dups.at(0).toMap().value(QStringLiteral("matches")).toArray().at(0).toMap();
    CHECK(mineMatch.value(QStringLiteral("visible")).toBool());
    CHECK(mineMatch.value(QStringLiteral("id")).toInteger() == mine);
    const QCborMap theirMatch = dups.at(1).toMap().value(QStringLiteral("matches")).toArray().at(0).toMap();
    CHECK_FALSE(theirMatch.value(QStringLiteral("visible")).toBool());
    CHECK_FALSE(theirMatch.contains(QStringLiteral("id")));
    // Within the file: row 5 repeats row 4's mobile.
    CHECK(dups.at(2).toMap().value(QStringLiteral("row")).toInteger() == 5);
    const QCborMap inFile = dups.at(2).toMap().value(QStringLiteral("matches")).toArray().at(0).toMap();
    CHECK(inFile.value(QStringLiteral("in_file")).toBool());
    CHECK(inFile.value(QStringLiteral("row")).toInteger() == 4);

    SECTION("skip")
    {
        const QCborMap r = committed(*rep, id, QStringLiteral("skip"));
        CHECK(counts(r, "created") == 1);
        CHECK(counts(r, "skipped") == 3);
        CHECK(counts(r, "updated") == 0);
        CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM customers")) == 3);
    }
    SECTION("update")
    {
        const QCborMap r = committed(*rep, id, QStringLiteral("update"));
        CHECK(counts(r, "updated") == 2); // own customer and the file's own repeat
        CHECK(counts(r, "skipped") == 1); // someone else's customer is left alone
        CHECK(counts(r, "created") == 1);
        const auto got = call(*rep, QStringLiteral("customers.get"), {{QStringLiteral("id"), mine}});
        REQUIRE(got.ok);
        CHECK(got.result.toMap().value(QStringLiteral("city")).toString() == QStringLiteral("浦东"));
        CHECK(got.result.toMap().value(QStringLiteral("version")).toInteger() == 2);
        CHECK(got.result.toMap().value(QStringLiteral("mobile")).toString() == QStringLiteral("13900000009"));
        const auto other = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), theirs}});
        CHECK(other.result.toMap().value(QStringLiteral("city")).toString() == QStringLiteral("广州"));
        CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE op = 'customers.import_commit' "
                                              "AND before_image IS NOT NULL"))
              == 2);
    }
    SECTION("create")
    {
        const QCborMap r = committed(*rep, id, QStringLiteral("create"));
        CHECK(counts(r, "created") == 4);
        CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM customers")) == 6);
        CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM customers WHERE owner_id = (SELECT id FROM users "
                                              "WHERE login = 'rep')"))
              == 5);
    }
}

TEST_CASE("import finds duplicates by every key, of customers and of their contacts, but not binned ones", "[import]")
{
    // The preview and the commit look up the file's keys in batches first and ask
    // for the duplicates of only the rows whose keys were found: no key may be missed.
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    auto contact = [](const QString &name, const char *key, const QString &value) {
        return QCborArray{QCborMap{{QStringLiteral("name"), name}, {QLatin1String(key), value}}};
    };
    createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("甲公司")},
                            {QStringLiteral("contacts"), contact(QStringLiteral("张三"), "mobile", QStringLiteral("13911112222"))}});
    createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("乙公司")},
                            {QStringLiteral("email"), QStringLiteral("b@example.com")},
                            {QStringLiteral("phone"), QStringLiteral("010-88887777")},
                            {QStringLiteral("mobile"), QStringLiteral("13722223333")}});
    createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("丙公司")},
                            {QStringLiteral("contacts"), contact(QStringLiteral("李四"), "email", QStringLiteral("c@example.cn"))}});
    createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("戊公司")},
                            {QStringLiteral("contacts"), contact(QStringLiteral("王五"), "phone", QStringLiteral("021-66665555"))}});
    const qint64 binned = createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("丁公司")},
                                                  {QStringLiteral("mobile"), QStringLiteral("13633334444")}});
    REQUIRE(call(*admin, QStringLiteral("customers.delete"), {{QStringLiteral("id"), binned}}).ok);

    const QString csv = QStringLiteral("客户名称,手机,电话,电子邮箱,联系人姓名,联系人电子邮箱,联系人电话\n"
                                       "新甲,13911112222,,,,,\n"          // 2: a contact's mobile
                                       "新乙,,,B@Example.com,,,\n"        // 3: the customer's e-mail, in another case
                                       "新乙二,,(010) 8888 7777,,,,\n"    // 4: the customer's telephone digits
                                       "新丙,,,,赵六,c@example.cn,\n"     // 5: a contact's e-mail, by a contact
                                       "新戊,,,,钱七,,021 6666 5555\n"    // 6: a contact's telephone, by a contact
                                       "丁公司,13633334444,,,,,\n"        // 7: only a binned customer: none
                                       "全新公司,,,,,,\n"                 // 8: none
                                       "甲 公司,,,,,,\n"                  // 9: the name, spaces aside
                                       "新乙三,13722223333,,,,,\n");      // 10: the customer's mobile
    const QString id = upload(*admin, csv.toUtf8());
    const QCborMap p = preview(*admin, id);
    INFO(p.toCborValue().toDiagnosticNotation().toStdString());
    QList<qint64> rows;
    for (const QCborValue &d : p.value(QStringLiteral("duplicates")).toArray())
        rows.append(d.toMap().value(QStringLiteral("row")).toInteger());
    CHECK(rows == QList<qint64>{2, 3, 4, 5, 6, 9, 10});
    CHECK(p.value(QStringLiteral("duplicate_count")).toInteger() == 7);

    const QCborMap r = committed(*admin, id, QStringLiteral("skip"));
    CHECK(counts(r, "created") == 2);
    CHECK(counts(r, "skipped") == 7);
    CHECK(customerNamed(*admin, QStringLiteral("丁公司")).isEmpty() == false);
    CHECK(customerNamed(*admin, QStringLiteral("全新公司")).isEmpty() == false);

    // Imported again, every row is now a duplicate (the binned one of the live copy).
    const QString again = upload(*admin, csv.toUtf8());
    const QCborMap second = committed(*admin, again, QStringLiteral("skip"));
    CHECK(counts(second, "created") == 0);
    CHECK(counts(second, "skipped") == 9);
}

TEST_CASE("an import of many rows indexes and audits every new customer, also one updated by a later row",
          "[import]")
{
    // New customers are indexed and audited a batch at a time; a later row that
    // repeats one of them (policy update) changes it only after its batch is done.
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    constexpr int kRows = 450;
    QString csv = QStringLiteral("客户名称,城市,手机,联系人姓名\n");
    for (int i = 0; i < kRows; ++i)
        csv += QStringLiteral("批量公司%1,北京,139%2,联系人%3号\n").arg(i).arg(i, 8, 10, QLatin1Char('0')).arg(i);
    // Row 452 repeats row 422, whose customer is in the last batch, not yet indexed or
    // audited when row 452 comes, in another city.
    csv += QStringLiteral("批量公司420,天津,13900000420,\n");
    const QString id = upload(*admin, csv.toUtf8());
    const QCborMap r = committed(*admin, id, QStringLiteral("update"));
    CHECK(counts(r, "created") == kRows);
    CHECK(counts(r, "updated") == 1);

    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM customers")) == kRows);
    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE is_primary = 1")) == kRows);
    CHECK(sqlCount(server, server.usesPostgres() ? QStringLiteral("SELECT COUNT(*) FROM customer_search")
                                                 : QStringLiteral("SELECT COUNT(*) FROM customer_search_words"))
          == kRows);
    if (!server.usesPostgres())
        CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM customer_search_tri")) == kRows);
    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE op = "
                                          "'customers.import_commit' AND before_image IS NULL"))
          == kRows);
    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE op = 'customers.import_commit'"))
          == kRows + 1);

    // The updated one: created in Beijing, then moved to Tianjin, in that order.
    const QCborMap updated = customerNamed(*admin, QStringLiteral("批量公司420"));
    REQUIRE_FALSE(updated.isEmpty());
    CHECK(updated.value(QStringLiteral("city")).toString() == QStringLiteral("天津"));
    CHECK(updated.value(QStringLiteral("version")).toInteger() == 2);
    const auto history = call(*admin, QStringLiteral("customers.history"),
                              {{QStringLiteral("id"), updated.value(QStringLiteral("id"))}});
    INFO(show(history));
    REQUIRE(history.ok);
    const QCborArray entries = history.result.toMap().value(QStringLiteral("items")).toArray(); // newest first
    REQUIRE(entries.size() == 2);
    const auto cityOf = [](const QCborValue &entry, const char *image) {
        return entry.toMap().value(QLatin1String(image)).toMap().value(QStringLiteral("city")).toString();
    };
    CHECK(entries.at(1).toMap().value(QStringLiteral("before")).isNull());
    CHECK(cityOf(entries.at(1), "after") == QStringLiteral("北京"));
    CHECK(cityOf(entries.at(0), "before") == QStringLiteral("北京"));
    CHECK(cityOf(entries.at(0), "after") == QStringLiteral("天津"));

    // A customer of the last, partial batch: found by its contact's name, and its
    // audit image holds what customers.get shows.
    const auto found = call(*admin, QStringLiteral("customers.search"), {{QStringLiteral("query"), QStringLiteral("联系人449号")}});
    REQUIRE(found.ok);
    const QCborArray items = found.result.toMap().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    const qint64 last = items.at(0).toMap().value(QStringLiteral("id")).toInteger();
    const auto got = call(*admin, QStringLiteral("customers.get"), {{QStringLiteral("id"), last}});
    REQUIRE(got.ok);
    CHECK(got.result.toMap().value(QStringLiteral("name")).toString() == QStringLiteral("批量公司449"));
    QSqlDatabase db = openServerDatabase(server, QStringLiteral("import_image"));
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT after_image FROM audit_log WHERE entity = 'customer' AND entity_id = ?"));
        q.addBindValue(last);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const QJsonObject image = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        INFO(q.value(0).toString().toStdString());
        CHECK(image.value(QStringLiteral("id")).toInteger() == last);
        CHECK(image.value(QStringLiteral("version")).toInteger() == 1);
        CHECK(image.value(QStringLiteral("name")).toString() == QStringLiteral("批量公司449"));
        CHECK(image.value(QStringLiteral("mobile")).toString() == QStringLiteral("13900000449"));
        CHECK(image.value(QStringLiteral("owner_id")).toInteger()
              == got.result.toMap().value(QStringLiteral("owner_id")).toInteger());
        const QJsonArray contacts = image.value(QStringLiteral("contacts")).toArray();
        REQUIRE(contacts.size() == 1);
        CHECK(contacts.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("联系人449号"));
        CHECK(contacts.at(0).toObject().value(QStringLiteral("primary")).toBool());
        CHECK(contacts.at(0).toObject().value(QStringLiteral("id")).toInteger()
              == got.result.toMap().value(QStringLiteral("contacts")).toArray().at(0).toMap().value(QStringLiteral("id")).toInteger());
    }
    const QString name = db.connectionName();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("a rep's list and searches, and their manager's searches, cover a book of more than 10,000 customers and of fewer alike", "[import]")
{
    // Scope own reads a page by walking the name index (a large book) or from the
    // rep's own customers, sorted (up to 10,000): both give what the administrator's
    // list, which has no scope, gives of the rep's customers. A search tests the
    // candidates against the scope (more than 10,000 in it) or keeps those among the
    // scope's ids (up to 10,000): both give what the administrator's search gives of
    // the customers the caller sees, for scope own (the rep) and a department tree
    // (their manager, who does not see the administrator's customers), and for an
    // administrator's search filtered to the rep's customers.
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 sales = createDepartment(*admin, QStringLiteral("簿部"), rootDepartment(*admin));
    const qint64 repId = createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), sales);
    createUser(*admin, QStringLiteral("boss"), QStringLiteral("manager"), sales);
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(rep);
    auto boss = loginTo(server, QStringLiteral("boss"), kUserPassword);
    REQUIRE(boss);
    constexpr int kBook = 10020;
    QString csv = QStringLiteral("客户名称\n");
    for (int i = 0; i < kBook; ++i)
        csv += QStringLiteral("%1簿%2\n").arg(QChar(u'甲' + i % 7)).arg(i, 5, 10, QLatin1Char('0'));
    CHECK(counts(committed(*rep, upload(*rep, csv.toUtf8()), QStringLiteral("create")), "created") == kBook);
    QList<qint64> others;
    for (int i = 0; i < 40; ++i)
        others.append(createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("乙簿外%1").arg(i)}}));
    // One of the administrator's customers is followed by the rep too.
    REQUIRE(call(*admin, QStringLiteral("customers.assign"),
                 {{QStringLiteral("ids"), QCborArray{others.first()}}, {QStringLiteral("to"), QCborArray{repId}},
                  {QStringLiteral("mode"), QStringLiteral("add")}})
                .ok);

    auto walk = [](client::Connection &c, qint64 *total) {
        QList<qint64> ids;
        QCborValue cursor;
        do {
            QCborMap args{{QStringLiteral("limit"), 500},
                          {QStringLiteral("columns"), QCborArray{QStringLiteral("name")}}};
            if (!cursor.isUndefined())
                args.insert(QStringLiteral("cursor"), cursor);
            const auto page = call(c, QStringLiteral("customers.list"), args);
            INFO(show(page));
            REQUIRE(page.ok);
            const QCborMap m = page.result.toMap();
            if (m.contains(QStringLiteral("total")))
                *total = m.value(QStringLiteral("total")).toInteger();
            for (const QCborValue &item : m.value(QStringLiteral("items")).toArray())
                ids.append(item.toMap().value(QStringLiteral("id")).toInteger());
            cursor = m.value(QStringLiteral("next_cursor"));
        } while (!cursor.isUndefined() && !cursor.isNull());
        return ids;
    };
    auto search = [](client::Connection &c, const QString &query, const QCborMap &filters = {}) {
        QCborMap args{{QStringLiteral("query"), query}, {QStringLiteral("limit"), 200}};
        if (!filters.isEmpty())
            args.insert(QStringLiteral("filters"), filters);
        const auto found = call(c, QStringLiteral("customers.search"), args);
        INFO(show(found));
        REQUIRE(found.ok);
        QList<qint64> ids;
        for (const QCborValue &item : found.result.toMap().value(QStringLiteral("items")).toArray())
            ids.append(item.toMap().value(QStringLiteral("id")).toInteger());
        return ids;
    };
    // Queries of every kind: a trigram substring, a name prefix, one and two characters,
    // pinyin initials, digits. The administrator's answer is whole when it is shorter
    // than the limit; otherwise the caller's is checked to fill the limit.
    const QStringList queries{QStringLiteral("簿000"),   QStringLiteral("甲簿0001"), QStringLiteral("乙簿外"),
                              QStringLiteral("乙簿外0"), QStringLiteral("外3"),      QStringLiteral("丙"),
                              QStringLiteral("yb"),      QStringLiteral("00017")};
    auto checkSearches = [&](client::Connection &c, const QSet<qint64> &visible, const QCborMap &filters = {}) {
        for (const QString &query : queries) {
            INFO(query.toStdString());
            const QList<qint64> got = search(c, query, filters);
            const QList<qint64> all = search(*admin, query);
            QList<qint64> oracle;
            for (qint64 id : all)
                if (visible.contains(id))
                    oracle.append(id);
            for (qint64 id : got)
                CHECK(visible.contains(id));
            if (all.size() < 200)
                CHECK(got == oracle); // the same customers, ranked alike
            else
                CHECK(got.size() == 200);
        }
    };
    auto check = [&](int expected) {
        qint64 repTotal = -1, allTotal = -1, bossTotal = -1;
        const QList<qint64> mine = walk(*rep, &repTotal);
        const QList<qint64> all = walk(*admin, &allTotal);
        const QSet<qint64> mineSet(mine.cbegin(), mine.cend());
        QList<qint64> oracle;
        for (qint64 id : all)
            if (mineSet.contains(id))
                oracle.append(id);
        CHECK(repTotal == expected);
        CHECK(mine.size() == expected);
        CHECK(mineSet.size() == expected);
        CHECK(mineSet.contains(others.first()));
        CHECK(mine == oracle); // the same customers in the same order
        checkSearches(*rep, mineSet);
        // The manager sees the department's customers: the rep's own, not the one
        // they follow.
        const QList<qint64> department = walk(*boss, &bossTotal);
        QSet<qint64> departmentSet(department.cbegin(), department.cend());
        CHECK(bossTotal == expected - 1);
        CHECK(departmentSet == QSet<qint64>(mineSet).subtract({others.first()}));
        checkSearches(*boss, departmentSet);
        // The administrator searching the rep's customers (an owner filter: its index
        // counts them as a scope's does).
        checkSearches(*admin, departmentSet, {{QStringLiteral("owner_id"), repId}});
        CHECK(search(*boss, QStringLiteral("乙簿外0")).isEmpty());
        CHECK(search(*rep, QStringLiteral("乙簿外0")) == QList<qint64>{others.first()});
    };
    SECTION("more than 10,000: the name index is walked, search candidates are tested")
    {
        check(kBook + 1);
    }
    SECTION("10,000: the rep's own customers are read and sorted, search candidates kept by their ids")
    {
        qint64 total = 0;
        QList<qint64> mine = walk(*rep, &total);
        mine.removeAll(others.first());
        QCborArray binned;
        for (int i = 0; i < kBook + 1 - 10000; ++i)
            binned.append(mine.at(i * 97));
        const auto deleted = call(*rep, QStringLiteral("customers.delete"), {{QStringLiteral("ids"), binned}});
        INFO(show(deleted));
        REQUIRE(deleted.ok);
        check(10000);
    }
}

TEST_CASE("a large import pushes progress to the importing connection", "[import]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    QString csv = QStringLiteral("客户名称,电话\n");
    constexpr int kRows = 1100;
    for (int i = 0; i < kRows; ++i)
        csv += QStringLiteral("批量客户%1,010-8%2\n").arg(i).arg(i, 7, 10, QLatin1Char('0'));
    const QString id = upload(*admin, csv.toUtf8());
    QList<QCborMap> events;
    QObject::connect(admin.get(), &client::Connection::pushReceived, admin.get(),
                     [&](const QString &event, const QCborMap &data) {
                         if (event == QLatin1String("import.progress"))
                             events.append(data);
                     });
    const QCborMap r = committed(*admin, id, QStringLiteral("skip"));
    CHECK(counts(r, "created") == kRows);
    REQUIRE(waitFor([&] { return events.size() >= 2; }, 5000));
    CHECK(events.first().value(QStringLiteral("done")).toInteger() == 1000);
    CHECK(events.first().value(QStringLiteral("total")).toInteger() == kRows);
    CHECK(events.first().value(QStringLiteral("upload_id")).toString() == id);
    CHECK(events.last().value(QStringLiteral("done")).toInteger() == kRows);
}

namespace {

// A file of `rows` new customers, uploaded.
QString uploadManyRows(client::Connection &c, int rows)
{
    QString csv = QStringLiteral("客户名称,电话\n");
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("批量客户%1,010-8%2\n").arg(i).arg(i, 7, 10, QLatin1Char('0'));
    return upload(c, csv.toUtf8());
}

void send(client::Connection &c, const QString &op, const QCborMap &args, std::optional<protocol::Reply> &reply,
          QStringList &order, const QString &label)
{
    c.request(op, args, [&reply, &order, label](const protocol::Reply &r) {
        reply = r;
        order << label;
    });
}

// Two sessions of the administrator on a started server: `importer` has begun to
// commit a file of `rows` new customers — its first progress event came while it
// was unanswered, so its transaction is open — and `other` works meanwhile. `order`
// records the replies as they come (the import's as "import").
struct ImportUnderWay {
    ImportUnderWay(const TestServer &server, int rows)
        : importer(loginTo(server, kAdminLogin, kAdminPassword)), other(loginTo(server, kAdminLogin, kAdminPassword))
    {
        REQUIRE(importer);
        REQUIRE(other);
        const QString uploadId = uploadManyRows(*importer, rows);
        bool progressed = false;
        QObject::connect(importer.get(), &client::Connection::pushReceived, importer.get(),
                         [&progressed](const QString &event, const QCborMap &) {
                             if (event == QLatin1String("import.progress"))
                                 progressed = true;
                         });
        send(*importer, QStringLiteral("customers.import_commit"),
             {{QStringLiteral("upload_id"), uploadId}, {QStringLiteral("duplicates"), QStringLiteral("skip")}}, imported,
             order, QStringLiteral("import"));
        const bool seen = waitFor([&] { return progressed || imported.has_value(); }, 120000);
        QObject::disconnect(importer.get(), &client::Connection::pushReceived, importer.get(), nullptr);
        REQUIRE(seen);
        REQUIRE_FALSE(imported.has_value());
    }
    ImportUnderWay(const ImportUnderWay &) = delete; // the replies are written into it
    ImportUnderWay &operator=(const ImportUnderWay &) = delete;

    std::unique_ptr<client::Connection> importer, other;
    QStringList order;
    std::optional<protocol::Reply> imported;
};

} // namespace

TEST_CASE("while a large import writes, reads are answered and a change waits for it without holding a worker", "[import]")
{
    TestServer server;
    // Two workers, as on a two-core server: the import holds one; a change waiting for
    // the lock on the other would leave none for the list. A login held back must
    // outlast the handshake time. The held changes wait as long as the import takes
    // however slow the machine; the export is stored as a download file.
    startOrFail(server, {QStringLiteral("server/workers=2"), QStringLiteral("server/handshake_timeout_seconds=2"),
                         QStringLiteral("server/long_write_wait_seconds=3600"), QStringLiteral("export/inline_bytes=1024")});
    constexpr int kRows = 12000;
    ImportUnderWay run(server, kRows);
    client::Connection &other = *run.other;
    QStringList &order = run.order;
    const std::optional<protocol::Reply> &imported = run.imported;
    std::optional<protocol::Reply> created, listed, exported, loggedIn;
    auto late = connectTo(server); // greeted, its 2-s handshake clock running
    REQUIRE(late);
    send(other, QStringLiteral("customers.create"), {{QStringLiteral("name"), QStringLiteral("导入期间新建的客户")}},
         created, order, QStringLiteral("create"));
    // An export writes an audit row: it waits too, before it builds its file.
    send(other, QStringLiteral("customers.export"), {{QStringLiteral("format"), QStringLiteral("csv")}}, exported,
         order, QStringLiteral("export"));
    send(other, QStringLiteral("customers.list"), {{QStringLiteral("limit"), 5}}, listed, order,
         QStringLiteral("list"));
    late->login(kAdminLogin, kAdminPassword, [&](const protocol::Reply &r) {
        loggedIn = r;
        order << QStringLiteral("login");
    });
    REQUIRE(waitFor([&] { return imported && created && listed && exported && loggedIn; }, 120000));
    INFO(show(*imported) << "\n" << show(*created) << "\n" << show(*listed) << "\n" << outcome(*exported) << "\n"
                         << outcome(*loggedIn) << "\norder: " << order.join(u',').toStdString());
    // The list while the import still wrote; the changes once it had committed.
    CHECK(order.indexOf(QStringLiteral("list")) == 0);
    CHECK(order.indexOf(QStringLiteral("import")) == 1);
    REQUIRE(imported->ok);
    CHECK(counts(imported->result.toMap(), "created") == kRows);
    REQUIRE(created->ok);
    CHECK(listed->ok);
    REQUIRE(exported->ok);
    // As of after the import (the create may have run before it, or after), built and
    // stored once: no file of a run held back.
    CHECK(exported->result.toMap().value(QStringLiteral("rows")).toInteger() >= kRows);
    CHECK_FALSE(exported->result.toMap().value(QStringLiteral("download_id")).toString().isEmpty());
    const QStringList downloads =
        QDir(server.dataDir() + QStringLiteral("/downloads")).entryList({QStringLiteral("*.meta")}, QDir::Files);
    CHECK(downloads.size() == 1);
    CHECK(loggedIn->ok);
    CHECK(late->state() == client::Connection::State::Authenticated);
    CHECK(customerNamed(other, QStringLiteral("导入期间新建的客户")).value(QStringLiteral("id")).toInteger()
          == created->result.toMap().value(QStringLiteral("id")).toInteger());
    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM customers")) == kRows + 1);
}

TEST_CASE("a change that would wait longer than server/long_write_wait_seconds for an import is refused busy, unwritten", "[import]")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("server/long_write_wait_seconds=1")});
    // Written at a few thousand rows a second at most, so it runs for seconds after its
    // first progress event.
    constexpr int kRows = 20000;
    ImportUnderWay run(server, kRows);
    client::Connection &other = *run.other;
    QStringList &order = run.order;
    const std::optional<protocol::Reply> &imported = run.imported;
    std::optional<protocol::Reply> created;
    QElapsedTimer waited;
    waited.start();
    send(other, QStringLiteral("customers.create"), {{QStringLiteral("name"), QStringLiteral("等不及的客户")}}, created,
         order, QStringLiteral("create"));
    REQUIRE(waitFor([&] { return created.has_value(); }, 60000));
    const qint64 took = waited.elapsed();
    INFO(show(*created));
    CHECK(created->error.code == ErrorCode::Busy);
    CHECK(took >= 1000);
    CHECK(took < 9000); // not SQLite's 10-s busy timeout
    REQUIRE(waitFor([&] { return imported.has_value(); }, 120000));
    INFO("order: " << order.join(u',').toStdString());
    CHECK(order == QStringList{QStringLiteral("create"), QStringLiteral("import")});
    REQUIRE(imported->ok);
    CHECK(customerNamed(other, QStringLiteral("等不及的客户")).isEmpty());
    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM customers")) == kRows);
    // Once the import is done the same change goes through.
    CHECK(call(other, QStringLiteral("customers.create"), {{QStringLiteral("name"), QStringLiteral("等不及的客户")}}).ok);
}

TEST_CASE("export as CSV and XLSX: neutralised formulas, the caller's scope, chosen columns, audited", "[import]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createUser(*admin, QStringLiteral("rep"), QStringLiteral("staff"), root);
    auto rep = loginTo(server, QStringLiteral("rep"), kUserPassword);
    REQUIRE(rep);

    createCustomer(*rep, {{QStringLiteral("name"), QStringLiteral("=1+2")},
                          {QStringLiteral("customer_type"), QStringLiteral("interested")},
                          {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                          {QStringLiteral("credit_limit"), QStringLiteral("1234.5")}});
    createCustomer(*rep, {{QStringLiteral("name"), QStringLiteral("@SUM(A1)")}});
    createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("别人的客户")}});
    const qint64 binned = createCustomer(*rep, {{QStringLiteral("name"), QStringLiteral("回收站客户")}});
    REQUIRE(call(*rep, QStringLiteral("customers.delete"), {{QStringLiteral("id"), binned}}).ok);

    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        INFO(format.toStdString());
        const auto reply = call(*rep, QStringLiteral("customers.export"),
                                {{QStringLiteral("format"), format},
                                 {QStringLiteral("columns"), QCborArray{QStringLiteral("name"), QStringLiteral("customer_type"),
                                                                        QStringLiteral("mobile"), QStringLiteral("credit_limit")}}});
        INFO(show(reply));
        REQUIRE(reply.ok);
        const QCborMap result = reply.result.toMap();
        CHECK(result.value(QStringLiteral("file_name")).toString().endsWith(QLatin1Char('.') + format));
        const QByteArray bytes = result.value(QStringLiteral("data")).toByteArray();
        if (format == QLatin1String("csv")) {
            CHECK(bytes.startsWith("\xEF\xBB\xBF"));
            CHECK(bytes.contains("\r\n"));
        } else {
            CHECK(bytes.startsWith("PK"));
        }
        const files::Table t = tableOf(bytes, format);
        REQUIRE(t.size() == 3); // header + the rep's two customers; not the binned one nor the admin's
        CHECK(t.at(0) == QStringList{QStringLiteral("客户名称"), QStringLiteral("客户类型"), QStringLiteral("手机"),
                                     QStringLiteral("信用额度")});
        QStringList names{t.at(1).value(0), t.at(2).value(0)};
        names.sort();
        CHECK(names == QStringList{QStringLiteral("'=1+2"), QStringLiteral("'@SUM(A1)")});
        const QStringList formula = t.at(1).value(0) == QLatin1String("'=1+2") ? t.at(1) : t.at(2);
        CHECK(formula.value(1) == QStringLiteral("意向客户"));
        CHECK(formula.value(2) == QStringLiteral("13800138000"));
        CHECK(formula.value(3) == (format == QLatin1String("csv") ? QStringLiteral("1234.50") : QStringLiteral("1234.5")));
    }

    // The administrator sees everything; by ids only those; default columns are the listable ones.
    const auto all = call(*admin, QStringLiteral("customers.export"), {{QStringLiteral("format"), QStringLiteral("csv")}});
    REQUIRE(all.ok);
    const files::Table t = files::readCsv(all.result.toMap().value(QStringLiteral("data")).toByteArray()).value();
    CHECK(t.size() == 4);
    CHECK(t.at(0).contains(QStringLiteral("跟进人")));
    CHECK_FALSE(t.at(0).contains(QStringLiteral("英文名称")));
    const auto bad = call(*rep, QStringLiteral("customers.export"), {{QStringLiteral("format"), QStringLiteral("pdf")}});
    CHECK(bad.error.code == ErrorCode::Invalid);

    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE op = 'customers.export' "
                                          "AND entity = 'customer' AND entity_id IS NULL"))
          == 3);
    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE op = 'customers.export' "
                                          "AND after_image LIKE '%\"rows\":2%'"))
          == 2);
    // Nobody else may fetch a download; a bad id is invalid.
    CHECK(call(*rep, QStringLiteral("files.download"), {{QStringLiteral("download_id"), QStringLiteral("../x")}}).error.code
          == ErrorCode::Invalid);
}

TEST_CASE("a large export is fetched in chunks with files.download, by its owner only", "[import]")
{
    TestServer server;
    startOrFail(server, {QStringLiteral("export/inline_bytes=1024")});
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    const qint64 root = rootDepartment(*admin);
    createUser(*admin, QStringLiteral("boss"), QStringLiteral("director"), root);
    auto boss = loginTo(server, QStringLiteral("boss"), kUserPassword);
    REQUIRE(boss);
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i)
        ids.append(createCustomer(*admin, {{QStringLiteral("name"), QStringLiteral("大客户%1号有限责任公司").arg(i)},
                                           {QStringLiteral("address"), QStringLiteral("北京市海淀区中关村大街%1号").arg(i)}}));
    QCborArray some;
    for (int i = 0; i < 30; ++i)
        some.append(ids.at(i));
    const auto reply = call(*admin, QStringLiteral("customers.export"),
                            {{QStringLiteral("format"), QStringLiteral("csv")}, {QStringLiteral("ids"), some}});
    INFO(show(reply));
    REQUIRE(reply.ok);
    const QCborMap result = reply.result.toMap();
    CHECK_FALSE(result.contains(QStringLiteral("data")));
    const QString downloadId = result.value(QStringLiteral("download_id")).toString();
    const qint64 size = result.value(QStringLiteral("size")).toInteger();
    REQUIRE(size > 1024);
    QByteArray bytes;
    while (bytes.size() < size) {
        const auto chunk = call(*admin, QStringLiteral("files.download"),
                                {{QStringLiteral("download_id"), downloadId},
                                 {QStringLiteral("offset"), bytes.size()},
                                 {QStringLiteral("length"), 500}});
        INFO(show(chunk));
        REQUIRE(chunk.ok);
        const QByteArray data = chunk.result.toMap().value(QStringLiteral("data")).toByteArray();
        REQUIRE(!data.isEmpty());
        CHECK(data.size() <= 500);
        bytes += data;
    }
    const files::Table t = files::readCsv(bytes).value();
    CHECK(t.size() == 31);
    CHECK(call(*boss, QStringLiteral("files.download"), {{QStringLiteral("download_id"), downloadId}}).error.code
          == ErrorCode::NotFound);
    CHECK(sqlCount(server, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE op = 'customers.export' "
                                          "AND after_image LIKE '%\"ids\":30%'"))
          == 1);
}

TEST_CASE("custom fields are mapped by their label on import, listed in the template and exported", "[import]")
{
    TestServer server;
    startOrFail(server);
    auto admin = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(admin);
    for (const QCborMap &args :
         {QCborMap{{QStringLiteral("label"), QStringLiteral("展会来源")},
                   {QStringLiteral("key"), QStringLiteral("fair")},
                   {QStringLiteral("type"), QStringLiteral("choice")},
                   {QStringLiteral("choices"), QCborArray{QStringLiteral("广交会"), QStringLiteral("进博会")}}},
          QCborMap{{QStringLiteral("label"), QStringLiteral("年采购量")},
                   {QStringLiteral("key"), QStringLiteral("volume")},
                   {QStringLiteral("type"), QStringLiteral("integer")}}}) {
        const auto reply = call(*admin, QStringLiteral("fields.create"), args);
        INFO(show(reply));
        REQUIRE(reply.ok);
    }

    // The template has a column for each.
    const auto templ = call(*admin, QStringLiteral("customers.import_template"));
    REQUIRE(templ.ok);
    const files::Table header = tableOf(templ.result.toMap().value(QStringLiteral("data")).toByteArray(),
                                        QStringLiteral("xlsx"));
    REQUIRE_FALSE(header.isEmpty());
    CHECK(header.at(0).contains(QStringLiteral("展会来源")));
    CHECK(header.at(0).contains(QStringLiteral("年采购量")));

    const QString csv = QStringLiteral("客户名称,展会来源,年采购量\r\n甲公司,进博会,1200\r\n乙公司,车展,abc\r\n");
    const QString bad = upload(*admin, csv.toUtf8());
    const QCborMap p = preview(*admin, bad);
    CHECK(fieldOfColumn(p, 1) == QStringLiteral("fair"));
    CHECK(fieldOfColumn(p, 2) == QStringLiteral("volume"));
    CHECK(counts(p, "error_count") == 2); // a choice that is not one, and a word for a number
    QStringList faulty;
    for (const QCborValue &e : p.value(QStringLiteral("errors")).toArray())
        faulty.append(e.toMap().value(QStringLiteral("field")).toString());
    faulty.sort();
    CHECK(faulty == QStringList{QStringLiteral("fair"), QStringLiteral("volume")});

    const QString good = upload(*admin, QStringLiteral("客户名称,展会来源,年采购量\r\n甲公司,进博会,1200\r\n").toUtf8());
    CHECK(counts(committed(*admin, good, QStringLiteral("skip")), "created") == 1);
    const QCborMap imported = customerNamed(*admin, QStringLiteral("甲公司"));
    CHECK(imported.value(QStringLiteral("fair")).toString() == QStringLiteral("c2"));
    CHECK(imported.value(QStringLiteral("volume")).toInteger() == 1200);

    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        INFO(format.toStdString());
        const auto exported = call(*admin, QStringLiteral("customers.export"),
                                   {{QStringLiteral("format"), format},
                                    {QStringLiteral("columns"), QCborArray{QStringLiteral("name"), QStringLiteral("fair"),
                                                                           QStringLiteral("volume")}}});
        INFO(show(exported));
        REQUIRE(exported.ok);
        const files::Table t = tableOf(exported.result.toMap().value(QStringLiteral("data")).toByteArray(), format);
        REQUIRE(t.size() == 2);
        CHECK(t.at(0) == QStringList{QStringLiteral("客户名称"), QStringLiteral("展会来源"), QStringLiteral("年采购量")});
        CHECK(t.at(1) == QStringList{QStringLiteral("甲公司"), QStringLiteral("进博会"), QStringLiteral("1200")});
    }
}
