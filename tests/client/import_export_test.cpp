// Customer import (the wizard) and export (the dialog) against a real cordiald:
// files written by the test go up in chunks and come back as files on disk.
#include "WidgetTest.h"

#include "admin/MessageBanner.h"
#include "app/Language.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "customers/ExportDialog.h"
#include "customers/ImportWizard.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cordial;
using namespace cordial::test;
using client::customers::CustomersPage;
using client::customers::ExportDialog;
using client::customers::ImportWizard;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

qint64 createCustomer(client::Connection &connection, QCborMap fields)
{
    fields.insert(QStringLiteral("allow_duplicate"), true);
    const protocol::Reply reply = call(connection, QStringLiteral("customers.create"), fields);
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

// name → customer record, of every customer the connection sees.
QHash<QString, QCborMap> customersByName(client::Connection &connection)
{
    const protocol::Reply reply =
        call(connection, QStringLiteral("customers.list"),
             {{QStringLiteral("limit"), 500},
              {QStringLiteral("columns"), QCborArray{QStringLiteral("name"), QStringLiteral("mobile"),
                                                     QStringLiteral("city")}}});
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    QHash<QString, QCborMap> found;
    for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray())
        found.insert(v.toMap().value(QStringLiteral("name")).toString(), v.toMap());
    return found;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

void waitReady(CustomersPage &page)
{
    REQUIRE(waitFor([&] { return page.isReady(); }));
    REQUIRE(waitFor([&] { return !page.model()->isLoading() && page.model()->total() >= 0; }));
}

ImportWizard *openWizard(CustomersPage &page)
{
    clickAction(child<QAction>(&page, QStringLiteral("importCustomers")));
    auto *wizard = child<ImportWizard>(&page, QStringLiteral("importWizard"));
    REQUIRE(waitFor([&] { return wizard->isVisible(); }));
    return wizard;
}

QString targetOf(ImportWizard *wizard, int column)
{
    return child<QComboBox>(wizard, QStringLiteral("importTarget%1").arg(column))->currentData().toString();
}

// From the file page to a filled mapping table.
void uploadFile(ImportWizard *wizard, const QString &path, int columns)
{
    wizard->setFilePath(path);
    click(wizard->button(QWizard::NextButton));
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    auto *table = child<QTableWidget>(wizard, QStringLiteral("importMapping"));
    REQUIRE(waitFor([&] { return wizard->isUploaded() && table->rowCount() == columns; }));
}

// From the mapping page to a preview that has arrived.
void preview(ImportWizard *wizard)
{
    click(wizard->button(QWizard::NextButton));
    REQUIRE(wizard->currentId() == ImportWizard::PreviewPage);
    REQUIRE(waitFor([&] { return !wizard->preview().isEmpty(); }));
}

QString labelText(QWidget *parent, const QString &name)
{
    return child<QLabel>(parent, name)->text();
}

QTableWidgetItem *sampleCell(QTableWidget *table, int fileRow, const QString &columnTitle)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->verticalHeaderItem(r)->text() != QString::number(fileRow))
            continue;
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c)->text() == columnTitle)
                return table->item(r, c);
    }
    return nullptr;
}

QString bannerText(CustomersPage &page)
{
    return page.findChild<client::MessageBanner *>()->text();
}

} // namespace

TEST_CASE("a CSV file is uploaded, matched, previewed and imported, and the list shows the customers")
{
    QSettings().clear();
    TestServer server;
    auto connection = startAndLogin(server);
    createCustomer(*connection, {{QStringLiteral("name"), QStringLiteral("小米科技有限责任公司")}});
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("客户.csv"),
                                   kBom + QStringLiteral("客户名称,手机,城市,跟进说明\r\n"
                                                         "华为技术有限公司,13800138000,深圳市,老客户\r\n"
                                                         "小米科技有限责任公司,13900139000,北京市,\r\n"
                                                         "\"腾讯科技（深圳）有限公司\",13700137000,深圳市,\"多行\n备注\"\r\n")
                                              .toUtf8());

    CustomersPage page(connection.get());
    page.resize(1200, 700);
    page.show();
    waitReady(page);
    CHECK(page.model()->total() == 1);
    ImportWizard *wizard = openWizard(page);
    CHECK(!wizard->button(QWizard::NextButton)->isEnabled()); // no file yet

    // The template is saved where the person chose.
    const QString templatePath = dir.filePath(QStringLiteral("template.xlsx"));
    wizard->saveTemplate(templatePath);
    REQUIRE(waitFor([&] { return QFile::exists(templatePath); }));
    QFile templateFile(templatePath);
    REQUIRE(templateFile.open(QIODevice::ReadOnly));
    CHECK(templateFile.read(2) == "PK");
    REQUIRE(waitFor([&] { return labelText(wizard, QStringLiteral("importFileMessage")).contains(QStringLiteral("saved")); }));

    uploadFile(wizard, path, 4);
    // Matched by header; the unknown header is left out until the person chooses.
    CHECK(targetOf(wizard, 0) == QStringLiteral("name"));
    CHECK(targetOf(wizard, 1) == QStringLiteral("mobile"));
    CHECK(targetOf(wizard, 2) == QStringLiteral("city"));
    CHECK(targetOf(wizard, 3).isEmpty());
    auto *table = child<QTableWidget>(wizard, QStringLiteral("importMapping"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("客户名称"));
    CHECK(table->item(0, 2)->text().contains(QStringLiteral("华为技术有限公司")));
    CHECK(table->item(3, 2)->text().contains(QStringLiteral("老客户")));
    chooseData(child<QComboBox>(wizard, QStringLiteral("importTarget3")), QStringLiteral("notes"));
    // A field takes one column: giving it to another column takes it from the first.
    chooseData(child<QComboBox>(wizard, QStringLiteral("importTarget2")), QStringLiteral("name"));
    CHECK(targetOf(wizard, 0).isEmpty());
    chooseData(child<QComboBox>(wizard, QStringLiteral("importTarget2")), QStringLiteral("city"));
    CHECK(child<QLabel>(wizard, QStringLiteral("importMappingHint"))->isVisible());
    CHECK(!wizard->button(QWizard::NextButton)->isEnabled());
    chooseData(child<QComboBox>(wizard, QStringLiteral("importTarget0")), QStringLiteral("name"));
    CHECK(!child<QLabel>(wizard, QStringLiteral("importMappingHint"))->isVisible());
    CHECK(wizard->mapping().value(QStringLiteral("3")).toString() == QStringLiteral("notes"));

    preview(wizard);
    CHECK(labelText(wizard, QStringLiteral("importRows")) == QStringLiteral("3"));
    CHECK(labelText(wizard, QStringLiteral("importValidRows")) == QStringLiteral("3"));
    CHECK(labelText(wizard, QStringLiteral("importErrorCount")) == QStringLiteral("0"));
    CHECK(labelText(wizard, QStringLiteral("importDuplicateCount")) == QStringLiteral("1"));
    CHECK(child<QTableWidget>(wizard, QStringLiteral("importDuplicates"))->rowCount() == 1);
    CHECK(child<QTableWidget>(wizard, QStringLiteral("importDuplicates"))->item(0, 1)->text().contains(
        QStringLiteral("小米科技有限责任公司")));
    CHECK(child<QTableWidget>(wizard, QStringLiteral("importSample"))->rowCount() == 3);
    CHECK(!child<QLabel>(wizard, QStringLiteral("importBlocked"))->isVisible());
    click(child<QRadioButton>(wizard, QStringLiteral("importUpdateDuplicates")));
    CHECK(wizard->duplicatePolicy() == QStringLiteral("update"));

    QCborMap result;
    QObject::connect(wizard, &ImportWizard::imported, [&](const QCborMap &r) { result = r; });
    click(wizard->button(QWizard::CommitButton));
    REQUIRE(wizard->currentId() == ImportWizard::CommitPage);
    REQUIRE(waitFor([&] { return !result.isEmpty(); }));
    CHECK(result.value(QStringLiteral("created")).toInteger() == 2);
    CHECK(result.value(QStringLiteral("updated")).toInteger() == 1);
    // The last import.progress event came before the result.
    auto *bar = child<QProgressBar>(wizard, QStringLiteral("importProgress"));
    CHECK(bar->value() == bar->maximum());
    CHECK(labelText(wizard, QStringLiteral("importResult")).contains(QStringLiteral("2 customer(s) created")));
    CHECK(!child<QPushButton>(wizard, QStringLiteral("importStopWaiting"))->isVisible());

    // The list reloads at once; the wizard closes with Finish.
    REQUIRE(waitFor([&] { return !page.model()->isLoading() && page.model()->total() == 3; }));
    CHECK(bannerText(page).contains(QStringLiteral("2 created, 1 updated")));
    QPointer<ImportWizard> guard(wizard);
    click(wizard->button(QWizard::FinishButton));
    REQUIRE(waitFor([&] { return guard.isNull(); }));

    const auto customers = customersByName(*connection);
    CHECK(customers.size() == 3);
    CHECK(customers.value(QStringLiteral("华为技术有限公司")).value(QStringLiteral("mobile")).toString()
          == QStringLiteral("13800138000"));
    CHECK(customers.value(QStringLiteral("小米科技有限责任公司")).value(QStringLiteral("city")).toString()
          == QStringLiteral("北京市"));
    CHECK(customers.contains(QStringLiteral("腾讯科技（深圳）有限公司")));
    const protocol::Reply huawei = call(*connection, QStringLiteral("customers.get"),
                                        {{QStringLiteral("id"), customers.value(QStringLiteral("华为技术有限公司"))
                                                                    .value(QStringLiteral("id"))}});
    REQUIRE(huawei.ok);
    CHECK(huawei.result.toMap().value(QStringLiteral("notes")).toString() == QStringLiteral("老客户"));
}

TEST_CASE("a file with a bad cell cannot be imported and the cell is marked with the reason")
{
    QSettings().clear();
    TestServer server;
    auto connection = startAndLogin(server);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.csv"),
                                   QStringLiteral("客户名称,手机\n甲公司,13800138000\n乙公司,12345\n丙公司,\n").toUtf8());
    CustomersPage page(connection.get());
    page.resize(1200, 700);
    page.show();
    waitReady(page);
    ImportWizard *wizard = openWizard(page);
    uploadFile(wizard, path, 2);
    preview(wizard);

    CHECK(labelText(wizard, QStringLiteral("importRows")) == QStringLiteral("3"));
    CHECK(labelText(wizard, QStringLiteral("importValidRows")) == QStringLiteral("2"));
    CHECK(labelText(wizard, QStringLiteral("importErrorCount")) == QStringLiteral("1"));
    CHECK(!wizard->button(QWizard::CommitButton)->isEnabled());
    CHECK(child<QLabel>(wizard, QStringLiteral("importBlocked"))->isVisible());
    CHECK(labelText(wizard, QStringLiteral("importBlocked")).contains(QStringLiteral("Nothing can be imported")));

    auto *errors = child<QTableWidget>(wizard, QStringLiteral("importErrors"));
    REQUIRE(errors->rowCount() == 1);
    CHECK(errors->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(errors->item(0, 1)->text() == QStringLiteral("B (手机)"));
    const QString message = errors->item(0, 3)->text();
    CHECK(!message.isEmpty());

    auto *sample = child<QTableWidget>(wizard, QStringLiteral("importSample"));
    CHECK(child<QTabWidget>(wizard, QStringLiteral("importPreviewTabs"))->currentWidget() == sample);
    QTableWidgetItem *bad = sampleCell(sample, 3, wizard->targetTitle(QStringLiteral("mobile")));
    REQUIRE(bad);
    CHECK(bad->text() == QStringLiteral("12345"));
    CHECK(bad->toolTip() == message);
    CHECK(bad->background().color().red() > bad->background().color().green());
    QTableWidgetItem *good = sampleCell(sample, 2, wizard->targetTitle(QStringLiteral("mobile")));
    REQUIRE(good);
    CHECK(good->toolTip().isEmpty());
    CHECK(good->background().style() == Qt::NoBrush);

    // Leaving the faulty column out makes the rest importable.
    click(wizard->button(QWizard::BackButton));
    chooseData(child<QComboBox>(wizard, QStringLiteral("importTarget1")), QString());
    preview(wizard);
    CHECK(labelText(wizard, QStringLiteral("importErrorCount")) == QStringLiteral("0"));
    CHECK(wizard->button(QWizard::CommitButton)->isEnabled());
    CHECK(customersByName(*connection).isEmpty()); // a preview writes nothing
}

TEST_CASE("a file with more rows than one import takes is refused with a plain message")
{
    QSettings().clear();
    TestServer server;
    auto connection = startAndLogin(server);
    QTemporaryDir dir;
    QByteArray csv = QStringLiteral("客户名称\n").toUtf8();
    for (int i = 0; i <= 200000; ++i)
        csv += "c" + QByteArray::number(i) + '\n';
    const QString path = writeFile(dir, QStringLiteral("huge.csv"), csv);
    CustomersPage page(connection.get());
    page.resize(1200, 700);
    page.show();
    waitReady(page);
    ImportWizard *wizard = openWizard(page);
    wizard->setFilePath(path);
    click(wizard->button(QWizard::NextButton));
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    auto *status = child<QLabel>(wizard, QStringLiteral("importUploadStatus"));
    REQUIRE(waitFor([&] { return status->text().contains(QStringLiteral("Split it")); }, 30000));
    CHECK(status->text().contains(QLocale().toString(200000)));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());

    // Rows past a spreadsheet's last: the message says so, not that there are too many customers.
    click(wizard->button(QWizard::BackButton));
    const QString far = writeFile(dir, QStringLiteral("far.csv"),
                                  QStringLiteral("客户名称\n甲公司\n").toUtf8() + QByteArray(1048576, '\n') + "乙公司\n");
    wizard->setFilePath(far);
    click(wizard->button(QWizard::NextButton));
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    REQUIRE(waitFor([&] { return status->text().contains(QStringLiteral("empty rows")); }, 30000));
    CHECK(status->text().contains(QLocale().toString(1048576)));
    CHECK_FALSE(status->text().contains(QStringLiteral("Split it")));
    CHECK(customersByName(*connection).isEmpty());
}

TEST_CASE("stopping the wait leaves the import to the server, which still completes it")
{
    QSettings().clear();
    TestServer server;
    auto connection = startAndLogin(server);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("two.csv"),
                                   QStringLiteral("客户名称\n甲公司\n乙公司\n").toUtf8());
    CustomersPage page(connection.get());
    page.resize(1200, 700);
    page.show();
    waitReady(page);
    ImportWizard *wizard = openWizard(page);
    uploadFile(wizard, path, 1);
    preview(wizard);
    bool abandoned = false;
    bool imported = false;
    QObject::connect(wizard, &ImportWizard::abandoned, [&] { abandoned = true; });
    QObject::connect(wizard, &ImportWizard::imported, [&] { imported = true; });
    click(wizard->button(QWizard::CommitButton));
    REQUIRE(wizard->isCommitting());
    // Before the reply can arrive: the protocol has no cancel, so the client only stops waiting.
    click(child<QPushButton>(wizard, QStringLiteral("importStopWaiting")));
    CHECK(abandoned);
    CHECK(!wizard->isCommitting());
    CHECK(labelText(wizard, QStringLiteral("importCommitStatus")).contains(QStringLiteral("may still finish")));
    CHECK(wizard->button(QWizard::FinishButton)->isEnabled());
    CHECK(bannerText(page).contains(QStringLiteral("may still complete")));
    REQUIRE(waitFor([&] { return customersByName(*connection).size() == 2; }));
    QTest::qWait(100);
    CHECK(!imported); // its late reply is dropped
}

TEST_CASE("the export dialog writes the listed customers to a CSV with a BOM, a header and one row each")
{
    QSettings().clear();
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 huawei = createCustomer(*connection, {{QStringLiteral("name"), QStringLiteral("华为技术有限公司")},
                                                      {QStringLiteral("mobile"), QStringLiteral("13800138000")}});
    createCustomer(*connection, {{QStringLiteral("name"), QStringLiteral("阿里巴巴网络技术有限公司")}});
    createCustomer(*connection, {{QStringLiteral("name"), QStringLiteral("=1+1 公式公司")}});

    CustomersPage page(connection.get());
    page.resize(1200, 700);
    page.show();
    waitReady(page);
    clickAction(child<QAction>(&page, QStringLiteral("exportCustomers")));
    auto *dialog = child<ExportDialog>(&page, QStringLiteral("exportDialog"));
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    // Nothing selected: the list's customers; the list's columns are checked.
    CHECK(!child<QRadioButton>(dialog, QStringLiteral("exportSelected"))->isEnabled());
    CHECK(child<QRadioButton>(dialog, QStringLiteral("exportFiltered"))->isChecked());
    CHECK(dialog->arguments().value(QStringLiteral("columns")).toArray().size()
          == CustomersPage::defaultColumns().size());
    click(child<QRadioButton>(dialog, QStringLiteral("exportCsv")));
    auto *columns = child<QListWidget>(dialog, QStringLiteral("exportColumns"));
    for (int i = 0; i < columns->count(); ++i) {
        const QString key = columns->item(i)->data(Qt::UserRole).toString();
        columns->item(i)->setCheckState(key == QLatin1String("name") || key == QLatin1String("mobile") ? Qt::Checked
                                                                                                       : Qt::Unchecked);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    dialog->setTargetPath(path);
    QPointer<ExportDialog> guard(dialog);
    click(child<QPushButton>(dialog, QStringLiteral("exportOk")));
    REQUIRE(waitFor([&] { return guard.isNull(); }));
    CHECK(bannerText(page).contains(QStringLiteral("3 customer(s) exported")));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith(kBom));
    const QStringList lines = QString::fromUtf8(bytes.mid(kBom.size())).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == QStringLiteral("客户名称,手机"));
    CHECK(lines.contains(QStringLiteral("华为技术有限公司,13800138000")));
    CHECK(lines.contains(QStringLiteral("阿里巴巴网络技术有限公司,")));
    CHECK(lines.contains(QStringLiteral("'=1+1 公式公司,"))); // never a formula

    // The selected customers alone.
    REQUIRE(waitFor([&] { return !page.model()->isLoading(); }));
    auto *table = child<QTableView>(&page, QStringLiteral("customerTable"));
    table->selectionModel()->select(page.model()->index(page.model()->rowOfId(huawei), 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    clickAction(child<QAction>(&page, QStringLiteral("exportCustomers")));
    auto *again = child<ExportDialog>(&page, QStringLiteral("exportDialog"));
    REQUIRE(waitFor([&] { return again->isVisible(); }));
    CHECK(child<QRadioButton>(again, QStringLiteral("exportSelected"))->isChecked());
    CHECK(again->arguments().value(QStringLiteral("ids")).toArray() == QCborArray{huawei});
    click(child<QRadioButton>(again, QStringLiteral("exportCsv")));
    const QString selectedPath = dir.filePath(QStringLiteral("one.csv"));
    again->setTargetPath(selectedPath);
    QPointer<ExportDialog> againGuard(again);
    click(child<QPushButton>(again, QStringLiteral("exportOk")));
    REQUIRE(waitFor([&] { return againGuard.isNull(); }));
    QFile one(selectedPath);
    REQUIRE(one.open(QIODevice::ReadOnly));
    const QStringList oneLines = QString::fromUtf8(one.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(oneLines.size() == 2);
    CHECK(oneLines.value(1).startsWith(QStringLiteral("华为技术有限公司,")));
}

TEST_CASE("a large export is fetched in chunks and the file appears whole")
{
    QSettings().clear();
    TestServer server;
    REQUIRE(server.start({QStringLiteral("export/inline_bytes=1024")}));
    auto connection = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(connection);
    for (int i = 0; i < 60; ++i)
        createCustomer(*connection, {{QStringLiteral("name"), QStringLiteral("测试客户%1有限公司").arg(i, 2, 10, QLatin1Char('0'))},
                                     {QStringLiteral("city"), QStringLiteral("杭州市")}});
    CustomersPage page(connection.get());
    page.resize(1200, 700);
    page.show();
    waitReady(page);
    clickAction(child<QAction>(&page, QStringLiteral("exportCustomers")));
    auto *dialog = child<ExportDialog>(&page, QStringLiteral("exportDialog"));
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    click(child<QRadioButton>(dialog, QStringLiteral("exportCsv")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    dialog->setTargetPath(path);
    QPointer<ExportDialog> guard(dialog);
    click(child<QPushButton>(dialog, QStringLiteral("exportOk")));
    REQUIRE(waitFor([&] { return guard.isNull(); }));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.size() > 1024); // so it came through files.download
    CHECK(bytes.startsWith(kBom));
    const QStringList lines = QString::fromUtf8(bytes.mid(kBom.size())).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 61);
    CHECK(lines.value(1).startsWith(QStringLiteral("测试客户00有限公司")));
    CHECK(lines.value(60).startsWith(QStringLiteral("测试客户59有限公司")));
}

TEST_CASE("a read-only user is offered neither import nor export")
{
    QSettings().clear();
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 sales = createDepartment(*connection, QStringLiteral("销售部"));
    REQUIRE(call(*connection, QStringLiteral("users.create"),
                 {{QStringLiteral("login"), QStringLiteral("zhao.liu")},
                  {QStringLiteral("display_name"), QStringLiteral("赵六")},
                  {QStringLiteral("password"), QStringLiteral("first-pass-1")},
                  {QStringLiteral("role"), QStringLiteral("readonly")},
                  {QStringLiteral("department_id"), sales}})
                .ok);
    CustomersPage adminPage(connection.get());
    adminPage.show();
    waitReady(adminPage);
    CHECK(child<QAction>(&adminPage, QStringLiteral("importCustomers"))->isVisible());
    CHECK(child<QAction>(&adminPage, QStringLiteral("exportCustomers"))->isVisible());

    auto reader = loginTo(server, QStringLiteral("zhao.liu"), QStringLiteral("first-pass-1"));
    REQUIRE(reader);
    CustomersPage page(reader.get());
    page.show();
    waitReady(page);
    CHECK(!child<QAction>(&page, QStringLiteral("importCustomers"))->isVisible());
    CHECK(!child<QAction>(&page, QStringLiteral("exportCustomers"))->isVisible());
}

// Not run by ctest: writes docs/screenshots/import-*.png and export.png in Chinese.
//   build/bin/client_import_export_test "[.screenshots]"   (CORDIAL_SCREENSHOTS=dir to choose where)
TEST_CASE("screenshots of the import wizard and the export dialog", "[.screenshots]")
{
    QSettings().clear();
    client::Language::install(qApp, QStringLiteral("zh_CN"));
    const QString out = qEnvironmentVariable("CORDIAL_SCREENSHOTS",
                                             QStringLiteral(CORDIAL_SOURCE_DIR "/docs/screenshots"));
    TestServer server;
    auto connection = startAndLogin(server);
    const qint64 tea = createCustomer(*connection, {{QStringLiteral("name"), QStringLiteral("杭州西湖茶业有限公司")},
                                                    {QStringLiteral("mobile"), QStringLiteral("13957100000")}});
    const qint64 port = createCustomer(*connection, {{QStringLiteral("name"), QStringLiteral("宁波港航物流有限公司")}});
    QTemporaryDir dir;
    const QString path = writeFile(
        dir, QStringLiteral("展会客户.csv"),
        kBom + QStringLiteral("公司名称,手机号,省份,城市,客户等级,联系人,联系人手机,备注\r\n"
                              "杭州西湖茶业有限公司,13957100000,浙江省,杭州市,A,王芳,13957100001,展会名片\r\n"
                              "宁波港航物流有限公司,13805740000,浙江省,宁波市,B,李强,13805740001,\r\n"
                              "苏州工业园区精密机械有限公司,1391234,江苏省,苏州市,B,赵敏,13912340001,需回访\r\n"
                              "南京紫金软件科技有限公司,13770000000,江苏省,南京市,C,陈晨,13770000001,\r\n"
                              "合肥科大智能设备有限公司,13905510000,安徽省,合肥市,A,周杰,13905510001,老客户推荐\r\n")
                  .toUtf8());
    CustomersPage page(connection.get());
    page.resize(1200, 700);
    page.show();
    waitReady(page);
    ImportWizard *wizard = openWizard(page);
    uploadFile(wizard, path, 8);
    QTest::qWait(200);
    REQUIRE(wizard->grab().save(out + QStringLiteral("/import-mapping.png")));
    preview(wizard);
    QTest::qWait(200);
    REQUIRE(wizard->grab().save(out + QStringLiteral("/import-preview.png")));
    wizard->reject();

    auto *table = child<QTableView>(&page, QStringLiteral("customerTable"));
    for (qint64 id : {tea, port})
        table->selectionModel()->select(page.model()->index(page.model()->rowOfId(id), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    clickAction(child<QAction>(&page, QStringLiteral("exportCustomers")));
    auto *dialog = child<ExportDialog>(&page, QStringLiteral("exportDialog"));
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    dialog->setTargetPath(QStringLiteral("/home/wang.fang/文档/客户-20261128.xlsx"));
    QTest::qWait(200);
    REQUIRE(dialog->grab().save(out + QStringLiteral("/export.png")));
}
