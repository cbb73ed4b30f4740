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
//     p50/p95/p99 and throughput per op. The password comes from
//     CORDIAL_BENCH_PASSWORD or the first line of standard input. The server's
//     certificate is trusted by its fingerprint (printed): it is your own server.
//
//   cordial-bench audit-verify [--rows N] [--database URL]
//     Fills a fresh database with N audit rows through the normal append path, then
//     times audit verification of the whole chain.
#include "audit/AuditLog.h"
#include "auth/Passwords.h"
#include "db/Migrations.h"
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
    // Times one import of `path` over the protocol: upload, preview, commit.
    int runImport(const QString &path);

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
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
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

int Bench::runImport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(path));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    if (!connectAll())
        return 1;
    client::Connection &c = *m_clients.front()->connection;
    constexpr qsizetype kChunk = 4 * 1024 * 1024;
    QElapsedTimer t;
    t.start();
    QString uploadId;
    for (qsizetype offset = 0; offset < bytes.size(); offset += kChunk) {
        QCborMap args{{QStringLiteral("data"), bytes.mid(offset, kChunk)},
                      {QStringLiteral("done"), offset + kChunk >= bytes.size()},
                      {QStringLiteral("name"), QFileInfo(path).fileName()}};
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
                                      {{QStringLiteral("upload_id"), uploadId}}, 600000);
    if (!preview.ok) {
        std::fprintf(stderr, "preview: %s\n", qUtf8Printable(describe(preview)));
        return 1;
    }
    const double previewSeconds = t.restart() / 1000.0;
    const QCborMap p = preview.result.toMap();
    const auto commit = callBlocking(c, QStringLiteral("customers.import_commit"),
                                     {{QStringLiteral("upload_id"), uploadId}, {QStringLiteral("duplicates"), QStringLiteral("create")}},
                                     1800000);
    if (!commit.ok) {
        std::fprintf(stderr, "commit: %s\n", qUtf8Printable(describe(commit)));
        return 1;
    }
    const double commitSeconds = t.elapsed() / 1000.0;
    std::printf("import %s (%lld bytes): %lld rows, %lld valid, %lld errors, %lld duplicates\n"
                "  upload %.2f s, preview %.2f s, commit %.2f s (created %lld), total %.2f s\n",
                qUtf8Printable(QFileInfo(path).fileName()), static_cast<long long>(bytes.size()),
                static_cast<long long>(p.value(QStringLiteral("rows")).toInteger()),
                static_cast<long long>(p.value(QStringLiteral("valid_rows")).toInteger()),
                static_cast<long long>(p.value(QStringLiteral("error_count")).toInteger()),
                static_cast<long long>(p.value(QStringLiteral("duplicate_count")).toInteger()), upload, previewSeconds,
                commitSeconds, static_cast<long long>(commit.result.toMap().value(QStringLiteral("created")).toInteger()),
                upload + previewSeconds + commitSeconds);
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
    lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                 .arg(QStringLiteral("op"), -16)
                 .arg(QStringLiteral("count"), 8)
                 .arg(QStringLiteral("per s"), 8)
                 .arg(QStringLiteral("p50 ms"), 9)
                 .arg(QStringLiteral("p95 ms"), 9)
                 .arg(QStringLiteral("p99 ms"), 9)
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
                               {QStringLiteral("errors"), s.errors},
                               {QStringLiteral("error_kinds"), errorKinds}});
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg(QLatin1String(name), -16)
                     .arg(qint64(s.micros.size()), 8)
                     .arg(s.micros.size() / elapsed, 8, 'f', 1)
                     .arg(percentile(s.micros, 0.50) / 1000.0, 9, 'f', 2)
                     .arg(percentile(s.micros, 0.95) / 1000.0, 9, 'f', 2)
                     .arg(percentile(s.micros, 0.99) / 1000.0, 9, 'f', 2)
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
        std::printf("all: %lld requests, %.1f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %lld errors\n",
                    static_cast<long long>(total), total / elapsed, percentile(all, 0.50) / 1000.0,
                    percentile(all, 0.95) / 1000.0, percentile(all, 0.99) / 1000.0, static_cast<long long>(errors));
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
        "  cordial-bench --server HOST:PORT --user U --import FILE\n"
        "      times one import of FILE (upload, preview, commit)\n"
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
    parser.addOption({QStringLiteral("import"),
                      QStringLiteral("Instead of the mixed workload, time the import of this CSV/XLSX file "
                                     "(upload, preview, commit creating every row)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("audit-verify: rows to create."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("audit-verify: database URL (default: SQLite in a temporary directory)."),
                      QStringLiteral("URL")});
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("audit-verify, or none with --server"));
    parser.process(app);
    if (!auth::initSodium())
        return 1;
    if (parser.positionalArguments() == QStringList{QStringLiteral("audit-verify")})
        return auditVerify(parser.value(QStringLiteral("rows")).toLongLong(), parser.value(QStringLiteral("database")));
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("server")))
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
    Bench bench(*address, user, password, clients, seconds, thinkMs);
    if (parser.isSet(QStringLiteral("import")))
        return bench.runImport(parser.value(QStringLiteral("import")));
    return bench.run(parser.isSet(QStringLiteral("json")));
#endif
}
