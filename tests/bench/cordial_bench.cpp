// cordial-bench: prints performance figures; not a test. Usage:
//   cordial-bench audit-verify [--rows N] [--database URL]
// Fills a fresh database with N audit rows through the normal append path, then
// times audit verification of the whole chain.
#include "audit/AuditLog.h"
#include "auth/Passwords.h"
#include "db/Migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace cordial::server;

namespace {

int auditVerify(qint64 rows, const QString &databaseUrl)
{
    QTemporaryDir dir;
    auto url = db::DatabaseUrl::parse(databaseUrl, dir.path());
    if (!url) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(url.error().message));
        return 1;
    }
    auto connection = db::openConnection(*url, QStringLiteral("bench"));
    if (!connection || !db::migrate(*connection, db::Dialect(url->backend))) {
        std::fprintf(stderr, "cannot prepare the database\n");
        return 1;
    }
    const db::Dialect dialect(url->backend);
    const Caller caller = localAdministrator(QStringLiteral("bench"));
    QElapsedTimer fill;
    fill.start();
    constexpr qint64 kBatch = 5000;
    for (qint64 done = 0; done < rows;) {
        db::WriteTransaction tx(*connection, dialect);
        if (!tx.begin())
            return 1;
        for (qint64 i = 0; i < kBatch && done < rows; ++i, ++done) {
            const QJsonObject before{{QStringLiteral("name"), QStringLiteral("客户%1").arg(done)},
                                     {QStringLiteral("mobile"), QStringLiteral("1380000%1").arg(done % 10000, 4, 10, QLatin1Char('0'))}};
            QJsonObject after = before;
            after.insert(QStringLiteral("grade"), QStringLiteral("A"));
            if (!audit::append(tx, caller, {QStringLiteral("customers.update"), QStringLiteral("customer"), done + 1, before, after}))
                return 1;
        }
        if (!tx.commit())
            return 1;
    }
    std::printf("filled %lld audit rows in %.1f s (%s)\n", static_cast<long long>(rows), fill.elapsed() / 1000.0,
                qUtf8Printable(url->display()));
    QElapsedTimer timer;
    timer.start();
    auto result = audit::verify(*connection);
    const double seconds = timer.elapsed() / 1000.0;
    if (!result || !result->ok) {
        std::fprintf(stderr, "verification failed\n");
        return 1;
    }
    std::printf("audit verify: %lld rows in %.2f s (%.0f rows/s)\n", static_cast<long long>(result->rows), seconds,
                result->rows / std::max(seconds, 0.001));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cordial benchmarks"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows to create."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database URL (default: SQLite in a temporary directory)."),
                      QStringLiteral("URL")});
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("audit-verify"));
    parser.process(app);
    if (!auth::initSodium())
        return 1;
    if (parser.positionalArguments() == QStringList{QStringLiteral("audit-verify")})
        return auditVerify(parser.value(QStringLiteral("rows")).toLongLong(), parser.value(QStringLiteral("database")));
    parser.showHelp(2);
}
