// cordial-client-bench: the client's memory while the customer list is scrolled
// from the first customer to the last; prints figures, not a test. Usage:
//
//   cordial-client-bench --server HOST:PORT --user U [--budget PAGES]
//
// Logs in as U (password from CORDIAL_BENCH_PASSWORD or the first line of standard
// input; the server's certificate is trusted by its printed fingerprint), opens the
// real customers page in an offscreen window (QT_QPA_PLATFORM=offscreen unless set),
// pages its table down one screen at a time until the last row has been shown, then
// drags the thumb to a few depths never walked to (seeks). Prints the peak and current
// resident set (VmHWM, VmRSS of /proc/self/status) before and after, and timings.
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "net/Connection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>
#include <iostream>
#include <string>

using namespace cordial;
using client::customers::CustomerListModel;
using client::customers::CustomersPage;

namespace {

// A "VmHWM:   123456 kB" line of /proc/self/status, in MiB.
double statusMiB(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void printMemory(const char *when)
{
    std::printf("%-34s VmRSS %7.1f MiB   VmHWM %7.1f MiB\n", when, statusMiB("VmRSS:"), statusMiB("VmHWM:"));
    std::fflush(stdout);
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// The rows the table shows now, all loaded (the model fetches what the paint asked for).
bool waitVisibleLoaded(QTableView *table, const CustomerListModel *model)
{
    QCoreApplication::processEvents(); // paint: the model learns which pages are wanted
    return spinUntil([&] {
        const int top = table->rowAt(0);
        int bottom = table->rowAt(table->viewport()->height() - 1);
        if (bottom < 0)
            bottom = model->rowCount() - 1;
        if (top < 0 || !model->isRowLoaded(top) || !model->isRowLoaded(bottom)) {
            table->viewport()->update();
            return false;
        }
        return true;
    });
}

int run(const client::ServerAddress &address, const QString &user, const QString &password, int budget)
{
    client::MemoryTrustStore trust;
    client::Connection connection(&trust);
    connection.setClientName(QStringLiteral("cordial-client-bench"));
    std::optional<protocol::Reply> login;
    QString failure;
    QObject::connect(&connection, &client::Connection::trustRequired, &connection,
                     [&](const QString &, const QString &fingerprint) {
                         std::fprintf(stderr, "trusting the server's certificate, SHA-256 fingerprint %s\n",
                                      qUtf8Printable(fingerprint));
                         connection.acceptCertificate();
                     });
    QObject::connect(&connection, &client::Connection::ready, &connection, [&] {
        connection.login(user, password, [&](const protocol::Reply &r) { login = r; });
    });
    QObject::connect(&connection, &client::Connection::connectionFailed, &connection,
                     [&](const QString &message) { failure = message; });
    connection.connectToServer(address);
    if (!spinUntil([&] { return login.has_value() || !failure.isEmpty(); }, 120000) || !login || !login->ok) {
        std::fprintf(stderr, "login failed: %s\n",
                     qUtf8Printable(login ? login->error.message : failure.isEmpty() ? QStringLiteral("timed out") : failure));
        return 1;
    }
    printMemory("logged in");

    CustomersPage page(&connection);
    page.resize(1200, 800);
    page.show();
    CustomerListModel *model = page.model();
    if (budget > 0)
        model->setPageBudget(budget);
    if (!spinUntil([&] { return page.isReady() && !model->isLoading() && model->total() >= 0; })) {
        std::fprintf(stderr, "the customer list did not load\n");
        return 1;
    }
    auto *table = page.findChild<QTableView *>(QStringLiteral("customerTable"));
    model->reload(); // with the budget in force
    spinUntil([&] { return !model->isLoading() && model->total() >= 0; });
    const int rows = model->rowCount();
    std::printf("customers: %d, page budget %d pages of %d rows, %d columns\n", rows, model->pageBudget(),
                model->pageSize(), model->columnCount());
    waitVisibleLoaded(table, model);
    printMemory("first page shown");

    int pages = 0;
    QObject::connect(model, &client::PagedModel::loaded, model, [&] { ++pages; });
    QScrollBar *bar = table->verticalScrollBar();
    QElapsedTimer walk;
    walk.start();
    int steps = 0;
    for (int tenth = 1;; ++steps) {
        if (!waitVisibleLoaded(table, model)) {
            std::fprintf(stderr, "rows at %d did not load\n", table->rowAt(0));
            return 1;
        }
        if (bar->value() >= bar->maximum())
            break;
        bar->setValue(bar->value() + bar->pageStep());
        if (table->rowAt(0) >= qint64(rows) * tenth / 10) {
            char when[64];
            std::snprintf(when, sizeof when, "scrolled %d %% (%d rows loaded)", tenth * 10, model->loadedRowCount());
            printMemory(when);
            ++tenth;
        }
    }
    const double seconds = walk.elapsed() / 1000.0;
    std::printf("walked %d rows in %d screens, %d page replies, %.1f s (%.1f ms a page)\n", rows, steps, pages,
                seconds, seconds * 1000.0 / qMax(1, pages));
    printMemory("scrolled to the last row");

    // Dragging the thumb to depths never walked to: one seek each.
    for (const double depth : {0.25, 0.5, 0.75, 0.999}) {
        model->reload();
        spinUntil([&] { return !model->isLoading() && model->total() >= 0; });
        QElapsedTimer seek;
        seek.start();
        bar->setValue(int(bar->maximum() * depth));
        if (!waitVisibleLoaded(table, model))
            return 1;
        std::printf("jump to row %7d of a fresh list: %.0f ms until shown\n", table->rowAt(0), double(seek.elapsed()));
    }
    printMemory("after the jumps");
    connection.disconnectFromServer();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Client memory while the customer list scrolls from top to bottom."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("server"), QStringLiteral("Server to use."), QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("Login."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("budget"),
                      QStringLiteral("Pages the model keeps (default: the model's own; a huge value keeps every row)."),
                      QStringLiteral("PAGES"), QStringLiteral("0")});
    parser.process(app);
    const auto address = client::ServerAddress::parse(parser.value(QStringLiteral("server")));
    const QString user = parser.value(QStringLiteral("user"));
    if (!address || user.isEmpty())
        parser.showHelp(2);
    QString password = qEnvironmentVariable("CORDIAL_BENCH_PASSWORD");
    if (password.isEmpty()) {
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line);
    }
    return run(*address, user, password, parser.value(QStringLiteral("budget")).toInt());
}
