// cordial-bench: prints performance figures; not a test. Usage:
//
//   cordial-bench --server HOST:PORT --user U --clients C --seconds T [--think-ms M] [--json]
//     Drives a running cordiald over TLS with the client library, C connections
//     (each logged in on its own) for T seconds, a mixed workload: get by id, a
//     50-row page of the name-sorted list at a random depth, searches (a Latin
//     word, one and two Chinese characters, pinyin initials, phone digits), create
//     and update. With --think-ms each client pauses between a reply and its next
//     request (uniformly 0.5–1.5 × M: people read what they asked for); without it
//     the loop is closed and 200 clients measure saturation, not an office. Prints
//     p50/p95/p99, the slowest and throughput per op. The password comes from
//     CORDIAL_BENCH_PASSWORD or the first line of standard input. The server's
//     certificate is trusted by its fingerprint (printed): it is your own server.
//
//   cordial-bench import --server HOST:PORT --user U --rows N [--format xlsx|csv]
//                        [--duplicates skip|update|create] [--seed S] [--server-pid PID] [--json]
//   cordial-bench import --server HOST:PORT --user U --file FILE [...]
//     Generates N realistic customers with the demo generator (server/customers/
//     DemoData.cpp) as a user's spreadsheet (Chinese header labels, choices by
//     label, the first contact in the contact columns), written as XLSX or CSV with
//     the server's own writers; or takes FILE. Uploads it in 4 MiB chunks
//     (files.upload), runs customers.import_preview and customers.import_commit and
//     prints the time of each phase and rows/s. With --server-pid, the server's
//     resident memory from /proc (same machine only).
//
//   cordial-bench audit-verify [--rows N] [--database URL]
//     Fills a fresh database with N audit rows through the normal append path, then
//     times audit verification of the whole chain.
#include "audit/AuditLog.h"
#include "auth/Passwords.h"
#include "customers/DemoData.h"
#include "customers/ImportFile.h"
#include "customers/Transfers.h"
#include "db/Migrations.h"
#include "domain/FieldCatalog.h"
#ifdef CORDIAL_BENCH_CLIENT
#include "customers/CustomersPage.h"
#include "net/Connection.h"
#endif

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <random>
#include <string>

#include <unistd.h>

using namespace cordial;
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

#ifdef CORDIAL_BENCH_CLIENT
// ---- the server workload ----

// Latencies of one kind of request, in microseconds, and its errors.
struct OpStats {
    std::vector<qint64> micros;
    qint64 errors = 0;
    QMap<QString, qint64> errorKinds; // "code: message" → count
};

struct Workload {
    QList<qint64> ids;           // customers seen while collecting cursors
    QStringList cursors;         // next_cursor of name-sorted pages at every depth
    QStringList latin, one, two, initials, digits;
};

struct ImportOptions {
    qint64 rows = 10000;
    quint64 seed = 1;
    QString format = QStringLiteral("xlsx");
    QString duplicates = QStringLiteral("skip");
    QString file; // an existing file instead of generated rows
    qint64 serverPid = 0; // for its memory, read from /proc
    bool json = false;
};

const char *const kOps[] = {"get",         "list",          "search_latin",  "search_1char", "search_2chars",
                            "search_initials", "search_digits", "create",        "update"};

class Bench : public QObject
{
public:
    Bench(client::ServerAddress address, QString user, QString password, int clients, int seconds, int thinkMs)
        : m_address(std::move(address)), m_user(std::move(user)), m_password(std::move(password)),
          m_clientCount(clients), m_seconds(seconds), m_thinkMs(thinkMs), m_rng(20261128)
    {
    }

    int run(bool json);
    // Times one import over the protocol: upload, preview, commit.
    int runImport(const ImportOptions &options);

private:
    struct Client {
        std::unique_ptr<client::Connection> connection;
        bool busy = false;
        std::mt19937_64 rng;
        QList<std::pair<qint64, qint64>> own; // (id, version) of customers it made
    };

    bool connectAll();
    bool collect();
    // Sends the client's next request, after its think time.
    void next(Client &c);
    void issue(Client &c);
    void timed(Client &c, const char *op, const QString &wireOp, const QCborMap &args,
               std::function<void(const protocol::Reply &)> then = {});
    QCborMap newCustomer(Client &c);

    client::ServerAddress m_address;
    QString m_user;
    QString m_password;
    int m_clientCount;
    int m_seconds;
    int m_thinkMs;
    std::mt19937_64 m_rng;
    client::MemoryTrustStore m_trust;
    std::vector<std::unique_ptr<Client>> m_clients;
    Workload m_work;
    QHash<QString, OpStats> m_stats;
    bool m_running = false;
    int m_inFlight = 0;
    QString m_fingerprint;
    qint64 m_serial = 0;
};

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    // processEvents(flags, ms) returns at once when nothing is pending, so waiting with
    // it spun a whole core — on the server's machine. Block until an event comes; the
    // timer wakes the loop to check the timeout.
    QTimer wake;
    wake.start(50);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

protocol::Reply callBlocking(client::Connection &c, const QString &op, const QCborMap &args, int timeoutMs = 120000)
{
    std::optional<protocol::Reply> reply;
    c.request(op, args, [&](const protocol::Reply &r) { reply = r; });
    if (!spinUntil([&] { return reply.has_value(); }, timeoutMs)) {
        protocol::Reply r;
        r.error.message = QStringLiteral("timed out");
        return r;
    }
    return *reply;
}

QString describe(const protocol::Reply &r)
{
    return protocol::errorCodeName(r.error.code) + QStringLiteral(": ") + r.error.message;
}

bool Bench::connectAll()
{
    int ready = 0, failed = 0;
    QString failure;
    for (int i = 0; i < m_clientCount; ++i) {
        auto c = std::make_unique<Client>();
        c->rng.seed(1000 + i);
        c->connection = std::make_unique<client::Connection>(&m_trust);
        c->connection->setClientName(QStringLiteral("cordial-bench"));
        c->connection->setPingInterval(600000);
        client::Connection *conn = c->connection.get();
        QObject::connect(conn, &client::Connection::trustRequired, conn, [this, conn](const QString &, const QString &fp) {
            if (m_fingerprint.isEmpty()) {
                m_fingerprint = fp;
                std::fprintf(stderr, "trusting the server's certificate, SHA-256 fingerprint %s\n", qUtf8Printable(fp));
            }
            conn->acceptCertificate();
        });
        QObject::connect(conn, &client::Connection::ready, conn, [this, conn, &ready, &failed, &failure] {
            conn->login(m_user, m_password, [&ready, &failed, &failure](const protocol::Reply &r) {
                if (r.ok) {
                    ++ready;
                } else {
                    ++failed;
                    failure = describe(r);
                }
            });
        });
        QObject::connect(conn, &client::Connection::connectionFailed, conn, [&failed, &failure](const QString &m) {
            ++failed;
            failure = m;
        });
        QObject::connect(conn, &client::Connection::certificateMismatch, conn, [&failed, &failure] {
            ++failed;
            failure = QStringLiteral("certificate mismatch");
        });
        conn->connectToServer(m_address);
        m_clients.push_back(std::move(c));
        // One login at a time: each costs the server a password hash, and a
        // connection that is not logged in within the handshake timeout is closed.
        spinUntil([&] { return ready + failed > i; }, 120000);
        if (failed)
            break;
    }
    spinUntil([&] { return ready + failed >= m_clientCount; }, 300000);
    for (auto &c : m_clients) {
        // The handlers above refer to this function's counters.
        QObject::disconnect(c->connection.get(), &client::Connection::ready, nullptr, nullptr);
        QObject::disconnect(c->connection.get(), &client::Connection::connectionFailed, nullptr, nullptr);
        QObject::disconnect(c->connection.get(), &client::Connection::certificateMismatch, nullptr, nullptr);
    }
    std::fprintf(stderr, "%d of %d clients logged in\n", ready, m_clientCount);
    if (failed || ready < m_clientCount) {
        std::fprintf(stderr, "login failed: %s\n", qUtf8Printable(failure));
        return false;
    }
    return true;
}

bool Bench::collect()
{
    // Walk the whole name-sorted list (names only, 500 a page) once: every page's
    // cursor is a depth a listing client may start at; the ids are customers to get.
    client::Connection &c = *m_clients.front()->connection;
    QElapsedTimer t;
    t.start();
    QString cursor;
    for (;;) {
        QCborMap args{{QStringLiteral("limit"), 500},
                      {QStringLiteral("columns"), QCborArray{QStringLiteral("name"), QStringLiteral("phone")}}};
        if (!cursor.isEmpty())
            args.insert(QStringLiteral("cursor"), cursor);
        const auto r = callBlocking(c, QStringLiteral("customers.list"), args);
        if (!r.ok) {
            std::fprintf(stderr, "customers.list failed: %s\n", qUtf8Printable(describe(r)));
            return false;
        }
        const QCborMap result = r.result.toMap();
        const QCborArray items = result.value(QStringLiteral("items")).toArray();
        for (const QCborValue &item : items) {
            const QCborMap m = item.toMap();
            m_work.ids.append(m.value(QStringLiteral("id")).toInteger());
            // Queries taken from the data itself: characters of the names and digits of the phones.
            if (m_rng() % 50 == 0) {
                const QString name = m.value(QStringLiteral("name")).toString();
                if (name.size() >= 6) {
                    m_work.one.append(name.mid(int(m_rng() % 4), 1));
                    m_work.two.append(name.mid(int(m_rng() % 4), 2));
                }
                const QString phone = m.value(QStringLiteral("phone")).toString();
                QString digits;
                for (const QChar ch : phone)
                    if (ch.isDigit())
                        digits.append(ch);
                if (digits.size() >= 8)
                    m_work.digits.append(digits.right(7).left(4 + int(m_rng() % 4)));
            }
        }
        cursor = result.value(QStringLiteral("next_cursor")).toString();
        if (cursor.isEmpty())
            break;
        m_work.cursors.append(cursor);
    }
    std::fprintf(stderr, "walked %lld customers (%lld pages) in %.1f s\n", static_cast<long long>(m_work.ids.size()),
                 static_cast<long long>(m_work.cursors.size() + 1), t.elapsed() / 1000.0);
    if (m_work.ids.isEmpty()) {
        std::fprintf(stderr, "the server has no customers; load some with cordialctl demo\n");
        return false;
    }
    m_work.cursors.prepend(QString()); // the first page
    m_work.latin = QStringList{QStringLiteral("sales"),  QStringLiteral("info"),   QStringLiteral("hengda"),
                               QStringLiteral("huaxin"), QStringLiteral("jinqiao"), QStringLiteral("service"),
                               QStringLiteral("ruifeng"), QStringLiteral("163"),   QStringLiteral("foxmail")};
    m_work.initials = QStringList{QStringLiteral("zw"), QStringLiteral("wf"), QStringLiteral("lj"), QStringLiteral("hd"),
                                  QStringLiteral("zsf"), QStringLiteral("hxkj"), QStringLiteral("cjh"), QStringLiteral("wxy")};
    if (m_work.one.isEmpty())
        m_work.one = QStringList{QStringLiteral("华")};
    if (m_work.two.isEmpty())
        m_work.two = QStringList{QStringLiteral("科技")};
    if (m_work.digits.isEmpty())
        m_work.digits = QStringList{QStringLiteral("8601")};
    return true;
}

QCborMap Bench::newCustomer(Client &c)
{
    static const QStringList first{QStringLiteral("华"), QStringLiteral("恒"), QStringLiteral("鑫"), QStringLiteral("瑞"),
                                   QStringLiteral("博"), QStringLiteral("中"), QStringLiteral("盛"), QStringLiteral("嘉")};
    static const QStringList second{QStringLiteral("达"), QStringLiteral("信"), QStringLiteral("源"), QStringLiteral("通"),
                                    QStringLiteral("泰"), QStringLiteral("科"), QStringLiteral("宇"), QStringLiteral("辉")};
    const QString name = QStringLiteral("压测") + first.at(int(c.rng() % first.size())) + second.at(int(c.rng() % second.size()))
                         + QStringLiteral("科技有限公司%1").arg(++m_serial);
    return QCborMap{{QStringLiteral("name"), name},
                    {QStringLiteral("province"), QStringLiteral("广东省")},
                    {QStringLiteral("city"), QStringLiteral("深圳市")},
                    {QStringLiteral("phone"), QStringLiteral("0755-8%1").arg(c.rng() % 10000000, 7, 10, QLatin1Char('0'))},
                    {QStringLiteral("allow_duplicate"), true},
                    {QStringLiteral("contacts"),
                     QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("张伟")},
                                         {QStringLiteral("mobile"),
                                          QStringLiteral("139%1").arg(c.rng() % 100000000, 8, 10, QLatin1Char('0'))}}}}};
}

void Bench::timed(Client &c, const char *op, const QString &wireOp, const QCborMap &args,
                  std::function<void(const protocol::Reply &)> then)
{
    c.busy = true;
    ++m_inFlight;
    QElapsedTimer t;
    t.start();
    const QString key = QLatin1String(op);
    c.connection->request(wireOp, args, [this, &c, key, t, then](const protocol::Reply &r) {
        OpStats &s = m_stats[key];
        s.micros.push_back(t.nsecsElapsed() / 1000);
        if (!r.ok) {
            ++s.errors;
            ++s.errorKinds[describe(r)];
        }
        --m_inFlight;
        c.busy = false;
        if (then && r.ok)
            then(r);
        else
            next(c);
    });
}

void Bench::next(Client &c)
{
    if (!m_running)
        return;
    if (m_thinkMs <= 0)
        return issue(c);
    const int pause = m_thinkMs / 2 + int(c.rng() % quint64(m_thinkMs + 1));
    QTimer::singleShot(pause, Qt::PreciseTimer, this, [this, &c] { issue(c); });
}

void Bench::issue(Client &c)
{
    if (!m_running)
        return;
    const int roll = int(c.rng() % 100);
    auto pick = [&](const QStringList &list) { return list.at(int(c.rng() % list.size())); };
    // Lists and searches ask for the columns the client's customer list shows by
    // default (CustomersPage::defaultColumns), as the client does.
    static const QCborArray columns = QCborArray::fromStringList(client::customers::CustomersPage::defaultColumns());
    auto search = [&](const char *op, const QString &query) {
        timed(c, op, QStringLiteral("customers.search"),
              {{QStringLiteral("query"), query}, {QStringLiteral("columns"), columns}});
    };
    if (roll < 30) {
        timed(c, "get", QStringLiteral("customers.get"),
              {{QStringLiteral("id"), m_work.ids.at(int(c.rng() % m_work.ids.size()))}});
    } else if (roll < 50) {
        QCborMap args{{QStringLiteral("limit"), 50}, {QStringLiteral("sort"), QStringLiteral("name")},
                      {QStringLiteral("columns"), columns}};
        const QString cursor = pick(m_work.cursors);
        if (!cursor.isEmpty())
            args.insert(QStringLiteral("cursor"), cursor);
        timed(c, "list", QStringLiteral("customers.list"), args);
    } else if (roll < 56) {
        search("search_latin", pick(m_work.latin));
    } else if (roll < 62) {
        search("search_1char", pick(m_work.one));
    } else if (roll < 68) {
        search("search_2chars", pick(m_work.two));
    } else if (roll < 74) {
        search("search_initials", pick(m_work.initials));
    } else if (roll < 80) {
        search("search_digits", pick(m_work.digits));
    } else if (roll < 90) {
        timed(c, "create", QStringLiteral("customers.create"), newCustomer(c), [this, &c](const protocol::Reply &r) {
            const QCborMap m = r.result.toMap();
            c.own.append({m.value(QStringLiteral("id")).toInteger(), m.value(QStringLiteral("version")).toInteger()});
            next(c);
        });
    } else {
        // Update a customer this client made (its version is known) or, before it has
        // one, read one first (that read counts as a get).
        static const QStringList tags{QStringLiteral("重点跟进"), QStringLiteral("老客户"), QStringLiteral("需回访"),
                                      QStringLiteral("展会客户")};
        auto update = [this, &c](qint64 id, qint64 version, int ownIndex) {
            const QCborMap args{{QStringLiteral("id"), id},
                                {QStringLiteral("version"), version},
                                {QStringLiteral("tags"), tags.at(int(c.rng() % tags.size())) + QString::number(c.rng() % 1000)},
                                {QStringLiteral("grade"), QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                                      QStringLiteral("c")}.at(int(c.rng() % 3))}};
            timed(c, "update", QStringLiteral("customers.update"), args, [&c, ownIndex, this](const protocol::Reply &r) {
                if (ownIndex >= 0)
                    c.own[ownIndex].second = r.result.toMap().value(QStringLiteral("version")).toInteger();
                next(c);
            });
        };
        if (!c.own.isEmpty()) {
            const int i = int(c.rng() % c.own.size());
            update(c.own.at(i).first, c.own.at(i).second, i);
        } else {
            timed(c, "get", QStringLiteral("customers.get"),
                  {{QStringLiteral("id"), m_work.ids.at(int(c.rng() % m_work.ids.size()))}},
                  [update](const protocol::Reply &r) {
                      const QCborMap m = r.result.toMap();
                      update(m.value(QStringLiteral("id")).toInteger(), m.value(QStringLiteral("version")).toInteger(), -1);
                  });
        }
    }
}

// ---- import (#4: 100k rows of XLSX in under 15 s) ----

// Customer and contact fields of the generated file, in column order: what a sales
// team's own spreadsheet of customers holds.
const char *const kImportCustomerKeys[] = {"name",     "short_name", "customer_type", "grade",   "source",
                                           "industry", "status",     "province",      "city",    "district",
                                           "address",  "postcode",   "phone",         "mobile",  "email",
                                           "website",  "legal_representative", "founded_on", "tags", "notes"};
const char *const kImportContactKeys[] = {"name", "gender", "title", "mobile", "phone", "email", "birthday"};

QString zhLabel(const domain::FieldDef &f)
{
    return f.labelZh.isEmpty() ? f.label : f.labelZh;
}

// A stored value as a person types it: choices by their Chinese label.
QString cellText(const domain::FieldDef &f, const QVariant &stored)
{
    const QString text = stored.toString();
    if (f.type == domain::FieldType::Choice)
        for (const domain::Choice &c : f.choices)
            if (c.key == text)
                return c.labelZh.isEmpty() ? c.label : c.labelZh;
    return text;
}

// N customers of the demo generator (server/customers/DemoData.cpp) as a file with the
// Chinese header labels: one row a customer, its first contact in the contact columns.
protocol::Result<QByteArray> generateImportFile(qint64 rows, quint64 seed, const QString &format)
{
    QList<const domain::FieldDef *> customerFields, contactFields;
    customers::files::CellRow header;
    for (const char *key : kImportCustomerKeys) {
        const domain::FieldDef *f = domain::findBuiltInField(domain::FieldEntity::Customer, QLatin1String(key));
        customerFields.append(f);
        header.append(customers::files::Cell::ofText(zhLabel(*f)));
    }
    for (const char *key : kImportContactKeys) {
        const domain::FieldDef *f = domain::findBuiltInField(domain::FieldEntity::Contact, QLatin1String(key));
        contactFields.append(f);
        // As in the import template: "联系人手机".
        const QString label = zhLabel(*f);
        header.append(customers::files::Cell::ofText(label.startsWith(QStringLiteral("联系人")) ? label
                                                                                         : QStringLiteral("联系人") + label));
    }
    QList<customers::files::CellRow> table;
    table.reserve(rows + 1);
    table.append(header);
    customers::demo::Generator generator(seed);
    for (qint64 i = 0; i < rows; ++i) {
        customers::demo::Customer customer = generator.next();
        QHash<QString, QVariant> &v = customer.values;
        // The generator leaves notes empty; people write a line or two.
        v.insert(QStringLiteral("notes"),
                 QStringLiteral("%1年展会认识，%2，年底前回访").arg(2018 + i % 7).arg(cellText(*customerFields.at(5), v.value(QStringLiteral("industry")))));
        customers::files::CellRow row;
        row.reserve(customerFields.size() + contactFields.size());
        for (const domain::FieldDef *f : std::as_const(customerFields))
            row.append(customers::files::Cell::ofText(cellText(*f, v.value(f->key))));
        const QHash<QString, QVariant> contact = customer.contacts.value(0);
        for (const domain::FieldDef *f : std::as_const(contactFields))
            row.append(customers::files::Cell::ofText(cellText(*f, contact.value(f->key))));
        table.append(row);
    }
    if (format == QLatin1String("csv"))
        return customers::files::writeCsv(table);
    return customers::files::writeXlsx({{QStringLiteral("客户"), table, {}}});
}

// VmRSS and VmHWM (peak) of a process, in MiB; 0 when unknown.
std::pair<double, double> processMemory(qint64 pid)
{
    if (pid <= 0)
        return {0, 0};
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    double rss = 0, peak = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
            rss = parts.at(1).toDouble() / 1024;
        else if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
            peak = parts.at(1).toDouble() / 1024;
    }
    return {rss, peak};
}

// CPU time (user + system) a process has used, in seconds; 0 when unknown.
double processCpuSeconds(qint64 pid)
{
    if (pid <= 0)
        return 0;
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

int Bench::runImport(const ImportOptions &options)
{
    QElapsedTimer t;
    t.start();
    QByteArray bytes;
    QString fileName;
    if (!options.file.isEmpty()) {
        QFile file(options.file);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(options.file));
            return 1;
        }
        bytes = file.readAll();
        fileName = QFileInfo(options.file).fileName();
    } else {
        auto generated = generateImportFile(options.rows, options.seed, options.format);
        if (!generated) {
            std::fprintf(stderr, "generating the file: %s\n", qUtf8Printable(generated.error().message));
            return 1;
        }
        bytes = generated.takeValue();
        fileName = QStringLiteral("bench-%1.%2").arg(options.rows).arg(options.format);
    }
    const double generate = t.elapsed() / 1000.0;
    if (!connectAll())
        return 1;
    client::Connection &c = *m_clients.front()->connection;
    const auto idle = processMemory(options.serverPid);
    const double cpuStart = processCpuSeconds(options.serverPid);
    t.restart();
    QString uploadId;
    for (qsizetype offset = 0; offset < bytes.size(); offset += customers::transfers::kMaxChunkBytes) {
        QCborMap args{{QStringLiteral("data"), bytes.mid(offset, customers::transfers::kMaxChunkBytes)},
                      {QStringLiteral("done"), offset + customers::transfers::kMaxChunkBytes >= bytes.size()},
                      {QStringLiteral("name"), fileName}};
        if (!uploadId.isEmpty())
            args.insert(QStringLiteral("upload_id"), uploadId);
        const auto r = callBlocking(c, QStringLiteral("files.upload"), args);
        if (!r.ok) {
            std::fprintf(stderr, "upload: %s\n", qUtf8Printable(describe(r)));
            return 1;
        }
        uploadId = r.result.toMap().value(QStringLiteral("upload_id")).toString();
    }
    const double upload = t.restart() / 1000.0;
    const auto preview = callBlocking(c, QStringLiteral("customers.import_preview"),
                                      {{QStringLiteral("upload_id"), uploadId}}, 3600000);
    if (!preview.ok) {
        std::fprintf(stderr, "preview: %s\n", qUtf8Printable(describe(preview)));
        return 1;
    }
    const double previewSeconds = t.restart() / 1000.0;
    const auto afterPreview = processMemory(options.serverPid);
    const double cpuPreview = processCpuSeconds(options.serverPid);
    const QCborMap p = preview.result.toMap();
    int progressPushes = 0;
    QObject::connect(&c, &client::Connection::pushReceived, &c, [&progressPushes](const QString &event, const QCborMap &) {
        if (event == QLatin1String("import.progress"))
            ++progressPushes;
    });
    t.restart();
    const auto commit = callBlocking(c, QStringLiteral("customers.import_commit"),
                                     {{QStringLiteral("upload_id"), uploadId}, {QStringLiteral("duplicates"), options.duplicates}},
                                     3600000);
    if (!commit.ok) {
        std::fprintf(stderr, "commit: %s\n", qUtf8Printable(describe(commit)));
        return 1;
    }
    const double commitSeconds = t.elapsed() / 1000.0;
    const auto afterCommit = processMemory(options.serverPid);
    const double cpuCommit = processCpuSeconds(options.serverPid);
    const QCborMap m = commit.result.toMap();
    const qint64 rows = p.value(QStringLiteral("rows")).toInteger();
    const double total = upload + previewSeconds + commitSeconds;
    auto count = [](const QCborMap &map, const char *key) { return map.value(QLatin1String(key)).toInteger(); };
    if (options.json) {
        QJsonObject out{{QStringLiteral("server"), m_address.toString()},
                        {QStringLiteral("file"), fileName},
                        {QStringLiteral("format"), options.file.isEmpty() ? options.format : QStringLiteral("file")},
                        {QStringLiteral("bytes"), qint64(bytes.size())},
                        {QStringLiteral("duplicates"), options.duplicates},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("valid_rows"), count(p, "valid_rows")},
                        {QStringLiteral("error_count"), count(p, "error_count")},
                        {QStringLiteral("duplicate_count"), count(p, "duplicate_count")},
                        {QStringLiteral("created"), count(m, "created")},
                        {QStringLiteral("updated"), count(m, "updated")},
                        {QStringLiteral("skipped"), count(m, "skipped")},
                        {QStringLiteral("progress_pushes"), progressPushes},
                        {QStringLiteral("generate_s"), generate},
                        {QStringLiteral("upload_s"), upload},
                        {QStringLiteral("preview_s"), previewSeconds},
                        {QStringLiteral("commit_s"), commitSeconds},
                        {QStringLiteral("total_s"), total},
                        {QStringLiteral("rows_per_s"), rows / std::max(total, 0.001)}};
        if (options.serverPid > 0) {
            out.insert(QStringLiteral("server_rss_idle_mib"), idle.first);
            out.insert(QStringLiteral("server_rss_after_preview_mib"), afterPreview.first);
            out.insert(QStringLiteral("server_rss_after_commit_mib"), afterCommit.first);
            out.insert(QStringLiteral("server_peak_rss_mib"), afterCommit.second);
            out.insert(QStringLiteral("server_cpu_upload_preview_s"), cpuPreview - cpuStart);
            out.insert(QStringLiteral("server_cpu_commit_s"), cpuCommit - cpuPreview);
        }
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf("import %s (%lld bytes, duplicates: %s): %lld rows, %lld valid, %lld errors, %lld duplicates\n",
                    qUtf8Printable(fileName), static_cast<long long>(bytes.size()), qUtf8Printable(options.duplicates),
                    static_cast<long long>(rows), static_cast<long long>(count(p, "valid_rows")),
                    static_cast<long long>(count(p, "error_count")), static_cast<long long>(count(p, "duplicate_count")));
        std::printf("  generate %.2f s (not in the total)\n  upload   %.2f s\n  preview  %.2f s\n  commit   %.2f s "
                    "(created %lld, updated %lld, skipped %lld; %d progress pushes)\n  total    %.2f s, %.0f rows/s\n",
                    generate, upload, previewSeconds, commitSeconds, static_cast<long long>(count(m, "created")),
                    static_cast<long long>(count(m, "updated")), static_cast<long long>(count(m, "skipped")),
                    progressPushes, total, rows / std::max(total, 0.001));
        if (options.serverPid > 0)
            std::printf("  server RSS: %.0f MiB idle, %.0f after preview, %.0f after commit; peak %.0f MiB\n"
                        "  server CPU: %.2f s upload and preview, %.2f s commit\n",
                        idle.first, afterPreview.first, afterCommit.first, afterCommit.second, cpuPreview - cpuStart,
                        cpuCommit - cpuPreview);
    }
    c.disconnectFromServer();
    return 0;
}

qint64 percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p * (sorted.size() - 1) + 0.5));
    return sorted[i];
}

int Bench::run(bool json)
{
    if (!connectAll())
        return 1;
    if (!collect())
        return 1;
    m_running = true;
    QElapsedTimer clock;
    clock.start();
    for (auto &c : m_clients)
        next(*c);
    spinUntil([&] { return clock.elapsed() >= qint64(m_seconds) * 1000; }, m_seconds * 1000 + 1000);
    m_running = false;
    const double elapsed = clock.elapsed() / 1000.0;
    const bool drained = spinUntil([&] { return m_inFlight == 0; }, 60000);
    if (!drained)
        m_stats[QStringLiteral("unanswered")].errors = m_inFlight;

    QJsonObject ops;
    qint64 total = 0, errors = 0;
    std::vector<qint64> all;
    QStringList lines;
    lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                 .arg(QStringLiteral("op"), -16)
                 .arg(QStringLiteral("count"), 8)
                 .arg(QStringLiteral("per s"), 8)
                 .arg(QStringLiteral("p50 ms"), 9)
                 .arg(QStringLiteral("p95 ms"), 9)
                 .arg(QStringLiteral("p99 ms"), 9)
                 .arg(QStringLiteral("max ms"), 9)
                 .arg(QStringLiteral("errors"), 7);
    for (const char *name : kOps) {
        OpStats &s = m_stats[QLatin1String(name)];
        std::sort(s.micros.begin(), s.micros.end());
        all.insert(all.end(), s.micros.begin(), s.micros.end());
        total += qint64(s.micros.size());
        errors += s.errors;
        QJsonObject errorKinds;
        for (auto it = s.errorKinds.cbegin(); it != s.errorKinds.cend(); ++it)
            errorKinds.insert(it.key(), it.value());
        ops.insert(QLatin1String(name),
                   QJsonObject{{QStringLiteral("count"), qint64(s.micros.size())},
                               {QStringLiteral("per_second"), s.micros.size() / elapsed},
                               {QStringLiteral("p50_ms"), percentile(s.micros, 0.50) / 1000.0},
                               {QStringLiteral("p95_ms"), percentile(s.micros, 0.95) / 1000.0},
                               {QStringLiteral("p99_ms"), percentile(s.micros, 0.99) / 1000.0},
                               {QStringLiteral("max_ms"), percentile(s.micros, 1.0) / 1000.0},
                               {QStringLiteral("errors"), s.errors},
                               {QStringLiteral("error_kinds"), errorKinds}});
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(QLatin1String(name), -16)
                     .arg(qint64(s.micros.size()), 8)
                     .arg(s.micros.size() / elapsed, 8, 'f', 1)
                     .arg(percentile(s.micros, 0.50) / 1000.0, 9, 'f', 2)
                     .arg(percentile(s.micros, 0.95) / 1000.0, 9, 'f', 2)
                     .arg(percentile(s.micros, 0.99) / 1000.0, 9, 'f', 2)
                     .arg(percentile(s.micros, 1.0) / 1000.0, 9, 'f', 1)
                     .arg(s.errors, 7);
        for (auto it = s.errorKinds.cbegin(); it != s.errorKinds.cend(); ++it)
            lines << QStringLiteral("    %1 × %2").arg(it.value()).arg(it.key());
    }
    std::sort(all.begin(), all.end());
    errors += m_stats.value(QStringLiteral("unanswered")).errors;
    const QJsonObject summary{{QStringLiteral("count"), total},
                              {QStringLiteral("per_second"), total / elapsed},
                              {QStringLiteral("p50_ms"), percentile(all, 0.50) / 1000.0},
                              {QStringLiteral("p95_ms"), percentile(all, 0.95) / 1000.0},
                              {QStringLiteral("p99_ms"), percentile(all, 0.99) / 1000.0},
                              {QStringLiteral("max_ms"), percentile(all, 1.0) / 1000.0},
                              {QStringLiteral("errors"), errors},
                              {QStringLiteral("unanswered"), m_stats.value(QStringLiteral("unanswered")).errors}};
    if (json) {
        const QJsonObject out{{QStringLiteral("server"), m_address.toString()},
                              {QStringLiteral("fingerprint"), m_fingerprint},
                              {QStringLiteral("clients"), m_clientCount},
                              {QStringLiteral("think_ms"), m_thinkMs},
                              {QStringLiteral("seconds"), elapsed},
                              {QStringLiteral("customers_seen"), qint64(m_work.ids.size())},
                              {QStringLiteral("ops"), ops},
                              {QStringLiteral("all"), summary}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf("%d clients, think time %d ms, %.1f s against %s (%lld customers)\n", m_clientCount, m_thinkMs,
                    elapsed, qUtf8Printable(m_address.toString()), static_cast<long long>(m_work.ids.size()));
        for (const QString &line : lines)
            std::printf("%s\n", qUtf8Printable(line));
        std::printf("all: %lld requests, %.1f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms, %lld errors\n",
                    static_cast<long long>(total), total / elapsed, percentile(all, 0.50) / 1000.0,
                    percentile(all, 0.95) / 1000.0, percentile(all, 0.99) / 1000.0, percentile(all, 1.0) / 1000.0,
                    static_cast<long long>(errors));
    }
    for (auto &c : m_clients)
        c->connection->disconnectFromServer();
    return errors == 0 ? 0 : 3;
}
#endif // CORDIAL_BENCH_CLIENT

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Cordial benchmarks.\n\n"
        "  cordial-bench --server HOST:PORT --user U --clients C --seconds T [--think-ms M] [--json]\n"
        "      mixed workload against a running server (password from CORDIAL_BENCH_PASSWORD or stdin)\n"
        "  cordial-bench import --server HOST:PORT --user U --rows N [--format xlsx|csv]\n"
        "                       [--duplicates skip|update|create] [--seed S] [--server-pid PID] [--json]\n"
        "      times one import of N generated customers (upload, preview, commit); --file FILE\n"
        "      imports that file instead\n"
        "  cordial-bench audit-verify [--rows N] [--database URL]"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("server"), QStringLiteral("Server to drive."), QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("Login of the benchmark user."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Concurrent connections."), QStringLiteral("C"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Duration of the measured run."), QStringLiteral("T"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("think-ms"),
                      QStringLiteral("Mean pause of a client between a reply and its next request (0: none)."),
                      QStringLiteral("M"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the figures as JSON.")});
    parser.addOption({QStringLiteral("rows"),
                      QStringLiteral("audit-verify: audit rows to create (default 1000000); import: customers in the "
                                     "generated file (default 10000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("import: xlsx or csv."), QStringLiteral("F"),
                      QStringLiteral("xlsx")});
    parser.addOption({QStringLiteral("duplicates"), QStringLiteral("import: skip, update or create."),
                      QStringLiteral("P"), QStringLiteral("skip")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("import: seed of the generated customers."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("import: this CSV/XLSX file instead of generated rows."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("server-pid"),
                      QStringLiteral("import: the server's process id, to report its memory (same machine)."),
                      QStringLiteral("PID")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("audit-verify: database URL (default: SQLite in a temporary directory)."),
                      QStringLiteral("URL")});
    parser.addPositionalArgument(QStringLiteral("benchmark"),
                                 QStringLiteral("audit-verify, import, or none for the mixed workload"));
    parser.process(app);
    if (!auth::initSodium())
        return 1;
    if (parser.positionalArguments() == QStringList{QStringLiteral("audit-verify")})
        return auditVerify(parser.isSet(QStringLiteral("rows")) ? parser.value(QStringLiteral("rows")).toLongLong() : 1000000,
                           parser.value(QStringLiteral("database")));
    const bool importMode = parser.positionalArguments() == QStringList{QStringLiteral("import")};
    if ((!importMode && !parser.positionalArguments().isEmpty()) || !parser.isSet(QStringLiteral("server")))
        parser.showHelp(2);
#ifndef CORDIAL_BENCH_CLIENT
    std::fprintf(stderr, "cordial-bench: built without the client library (CORDIAL_BUILD_CLIENT=OFF)\n");
    return 2;
#else

    const auto address = client::ServerAddress::parse(parser.value(QStringLiteral("server")));
    if (!address) {
        std::fprintf(stderr, "cordial-bench: bad --server\n");
        return 2;
    }
    const QString user = parser.value(QStringLiteral("user"));
    bool okClients = false, okSeconds = false, okThink = false;
    const int clients = parser.value(QStringLiteral("clients")).toInt(&okClients);
    const int seconds = parser.value(QStringLiteral("seconds")).toInt(&okSeconds);
    const int thinkMs = parser.value(QStringLiteral("think-ms")).toInt(&okThink);
    if (user.isEmpty() || !okClients || clients < 1 || !okSeconds || seconds < 1 || !okThink || thinkMs < 0) {
        std::fprintf(stderr, "cordial-bench: --user, --clients >= 1, --seconds >= 1 and --think-ms >= 0 are needed\n");
        return 2;
    }
    QString password = qEnvironmentVariable("CORDIAL_BENCH_PASSWORD");
    if (password.isEmpty()) {
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line);
    }
    Bench bench(*address, user, password, importMode ? 1 : clients, seconds, thinkMs);
    if (importMode) {
        ImportOptions options;
        bool okRows = true, okSeed = true;
        if (parser.isSet(QStringLiteral("rows")))
            options.rows = parser.value(QStringLiteral("rows")).toLongLong(&okRows);
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
        options.format = parser.value(QStringLiteral("format"));
        options.duplicates = parser.value(QStringLiteral("duplicates"));
        options.file = parser.value(QStringLiteral("file"));
        options.serverPid = parser.value(QStringLiteral("server-pid")).toLongLong();
        options.json = parser.isSet(QStringLiteral("json"));
        if (!okRows || options.rows < 1 || !okSeed
            || (options.format != QLatin1String("xlsx") && options.format != QLatin1String("csv"))
            || !QStringList{QStringLiteral("skip"), QStringLiteral("update"), QStringLiteral("create")}.contains(
                options.duplicates)) {
            std::fprintf(stderr, "cordial-bench import: --rows >= 1, --format xlsx|csv, --duplicates "
                                 "skip|update|create\n");
            return 2;
        }
        return bench.runImport(options);
    }
    return bench.run(parser.isSet(QStringLiteral("json")));
#endif
}
