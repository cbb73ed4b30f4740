#include "CrashCheck.h"

#include "CrashModel.h"
#include "DataDir.h"
#include "customers/CustomerStore.h"
#include "customers/FieldRegistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

namespace cordial::crash {

namespace {

using server::db::Backend;

// One customer or contact row as stored.
struct Row {
    qint64 id = 0;
    qint64 customerId = 0; // contacts
    qint64 version = 0;
    bool binned = false;
};

class Checker
{
public:
    explicit Checker(const CheckOptions &options) : m_options(options), m_journal(options.journal) {}

    int run()
    {
        QString error;
        if (!m_journal.load(&error))
            return abort(error);
        const server::ServerConfig config = server::ServerConfig::load(m_options.dataDir);
        auto url = server::databaseUrl(config, m_options.database);
        if (!url)
            return abort(url.error().message);
        m_backend = url->backend;
        // Opening a missing SQLite file would make an empty one.
        if (m_backend == Backend::Sqlite && !QFile::exists(url->path))
            return abort(QStringLiteral("no database at %1").arg(url->path));
        auto db = server::db::openConnection(*url, QStringLiteral("crash-check"));
        if (!db)
            return abort(db.error().message);
        m_db = *db;
        if (auto s = server::customers::reloadCatalog(m_db); !s)
            return abort(s.error().message);
        if (!readTables())
            return report();
        checkJournal();
        checkStoredRecords();
        checkWhole();
        checkIndexRows();
        if (m_backend == Backend::Sqlite)
            checkForeignKeys();
        return report();
    }

private:
    int abort(const QString &message)
    {
        std::fprintf(stderr, "crash check: %s\n", qUtf8Printable(message));
        return 1;
    }

    void problem(const QString &text) { m_problems.append(text); }

    std::optional<QSqlQuery> query(const QString &sql, const QVariantList &binds = {})
    {
        auto q = server::db::exec(m_db, sql, binds);
        if (!q) {
            problem(QStringLiteral("query failed: %1: %2").arg(sql, q.error().message));
            return std::nullopt;
        }
        return q.takeValue();
    }

    // Each result is read to its end before the next query: a forward-only QPSQL
    // query streams its rows, and a second one on the connection would drop them.
    // The first column of the first row as text; a null string when there is no row.
    // The query ends here, before the next one starts (see readTables).
    QString firstValue(const QString &sql, const QVariantList &binds)
    {
        auto q = query(sql, binds);
        return q && q->next() ? q->value(0).toString() : QString();
    }

    bool readTables()
    {
        auto customers = query(QStringLiteral("SELECT id, name, version, deleted_at FROM customers"));
        if (!customers)
            return false;
        while (customers->next()) {
            const Row row{customers->value(0).toLongLong(), 0, customers->value(2).toLongLong(), !customers->isNull(3)};
            const QString name = customers->value(1).toString();
            const QString key = keyOfCustomerName(name);
            m_customersById.insert(row.id, key);
            if (key.isEmpty())
                problem(QStringLiteral("customer %1 '%2' was never written by the crash writer").arg(row.id).arg(name));
            else if (m_customers.contains(key))
                problem(QStringLiteral("customer %1 exists twice (ids %2 and %3)").arg(key).arg(m_customers.value(key).id).arg(row.id));
            else
                m_customers.insert(key, row);
        }
        auto contacts = query(QStringLiteral("SELECT id, customer_id, name, version FROM contacts"));
        if (!contacts)
            return false;
        while (contacts->next()) {
            const Row row{contacts->value(0).toLongLong(), contacts->value(1).toLongLong(), contacts->value(3).toLongLong()};
            const QString name = contacts->value(2).toString();
            const QString key = keyOfContactName(name);
            m_contactVersions[row.customerId] += row.version;
            if (!m_customersById.contains(row.customerId))
                problem(QStringLiteral("contact %1 '%2' belongs to customer %3, which does not exist")
                            .arg(row.id).arg(name).arg(row.customerId));
            if (key.isEmpty())
                problem(QStringLiteral("contact %1 '%2' was never written by the crash writer").arg(row.id).arg(name));
            else if (m_contacts.contains(key))
                problem(QStringLiteral("contact %1 exists twice (ids %2 and %3)").arg(key).arg(m_contacts.value(key).id).arg(row.id));
            else
                m_contacts.insert(key, row);
        }
        auto audit = query(QStringLiteral("SELECT entity_id, COUNT(*) FROM audit_log WHERE entity = 'customer' GROUP BY entity_id"));
        if (!audit)
            return false;
        while (audit->next())
            m_auditRows.insert(audit->value(0).toLongLong(), audit->value(1).toLongLong());
        return true;
    }

    // Every write of the journal against what is stored: acknowledged ones there at
    // their version, one in flight at a kill either done or not, nothing else.
    void checkJournal()
    {
        for (const QString &key : m_journal.order()) {
            const RecordState &r = m_journal.records().value(key);
            const bool isCustomer = r.kind == Kind::Customer;
            const auto &table = isCustomer ? m_customers : m_contacts;
            const auto found = table.constFind(key);
            const Row *row = found == table.constEnd() ? nullptr : &found.value();
            const QString what = QStringLiteral("%1 %2").arg(isCustomer ? QStringLiteral("customer") : QStringLiteral("contact"), key);
            const QString inFlight = r.inFlight ? QStringLiteral(", version %1 in flight").arg(r.inFlightVersion) : QString();
            if (r.settled > 0) {
                if (!row)
                    problem(QStringLiteral("%1 is missing: version %2 was acknowledged").arg(what).arg(r.settled));
                else if (row->version != r.settled && !(r.inFlight && row->version == r.inFlightVersion))
                    problem(QStringLiteral("%1 is at version %2: version %3 was acknowledged%4")
                                .arg(what).arg(row->version).arg(r.settled).arg(inFlight));
            } else if (r.seenAbsent) {
                if (row)
                    problem(QStringLiteral("%1 (id %2) appeared after a restart had found it not created").arg(what).arg(row->id));
            } else if (row && row->version != r.inFlightVersion) {
                problem(QStringLiteral("%1 was never acknowledged, yet it is at version %2%3").arg(what).arg(row->version).arg(inFlight));
            }
            if (row && isCustomer && row->binned)
                problem(QStringLiteral("%1 is in the recycle bin; nothing deletes it").arg(what));
            if (row && !isCustomer) {
                const qint64 parentId = m_customers.value(r.parent).id;
                if (row->customerId != parentId)
                    problem(QStringLiteral("%1 belongs to customer id %2, but its customer %3 is id %4")
                                .arg(what).arg(row->customerId).arg(r.parent).arg(parentId));
            }
            if (r.lastRound >= m_options.sinceRound && isCustomer && row)
                m_readWhole.insert(key);
            if (r.lastRound >= m_options.sinceRound && !isCustomer && m_customers.contains(r.parent))
                m_readWhole.insert(r.parent);
            if (r.inFlight)
                settle(r, row);
        }
        for (auto it = m_customers.constBegin(); it != m_customers.constEnd(); ++it)
            if (!m_journal.records().contains(it.key()))
                problem(QStringLiteral("customer %1 (id %2) is stored but was never sent").arg(it.key()).arg(it->id));
        for (auto it = m_contacts.constBegin(); it != m_contacts.constEnd(); ++it)
            if (!m_journal.records().contains(it.key()))
                problem(QStringLiteral("contact %1 (id %2) is stored but was never sent").arg(it.key()).arg(it->id));
    }

    // What became of a write in flight at the kill is now fixed: a later round must
    // find the same.
    void settle(const RecordState &r, const Row *row)
    {
        const bool applied = row && row->version == r.inFlightVersion;
        if (!(r.isFirstContact() && r.inFlightVersion == 1)) {
            ++m_inFlight;
            ++(applied ? m_applied : m_notApplied);
        }
        Event seen;
        seen.type = QStringLiteral("seen");
        seen.kind = r.kind;
        seen.key = r.key;
        seen.parent = r.parent;
        seen.writer = r.writer;
        seen.round = r.lastRound;
        seen.id = row ? row->id : 0;
        seen.version = row ? row->version : 0;
        m_seen.append(seen);
    }

    // One audit row per write: a customer's rows are its creation, its updates, and
    // the creation and updates of the contacts added later.
    void checkStoredRecords()
    {
        for (auto it = m_customers.constBegin(); it != m_customers.constEnd(); ++it) {
            const qint64 expected = it->version + m_contactVersions.value(it->id) - 1;
            const qint64 rows = m_auditRows.value(it->id);
            if (rows != expected)
                problem(QStringLiteral("customer %1 (id %2) has %3 audit rows; its versions and contacts' versions make %4")
                            .arg(it.key()).arg(it->id).arg(rows).arg(expected));
        }
        for (auto it = m_auditRows.constBegin(); it != m_auditRows.constEnd(); ++it)
            if (!m_customersById.contains(it.key()))
                problem(QStringLiteral("%1 audit rows describe customer %2, which does not exist").arg(it.value()).arg(it.key()));
    }

    // Customers written in the rounds being checked, read whole: every field of
    // their version, their contacts, the last audit image and the search row.
    void checkWhole()
    {
        using namespace server::customers;
        for (const QString &key : std::as_const(m_readWhole)) {
            const qint64 id = m_customers.value(key).id;
            auto loaded = loadCustomer(m_db, server::localAdministrator({}), id, Binned::Include);
            if (!loaded) {
                problem(QStringLiteral("customer %1 (id %2) cannot be read: %3").arg(key).arg(id).arg(loaded.error().message));
                continue;
            }
            for (const QString &p : customerProblems(toWire(*loaded)))
                problem(p);
            const QByteArray stored = QJsonDocument(image(*loaded)).toJson(QJsonDocument::Compact);
            if (firstValue(QStringLiteral("SELECT after_image FROM audit_log WHERE entity = 'customer' AND entity_id = ? "
                                          "ORDER BY id DESC LIMIT 1"),
                           {id})
                != QString::fromUtf8(stored))
                problem(QStringLiteral("customer %1 (id %2): the last audit row does not show it as stored").arg(key).arg(id));
            checkSearchRow(key, id, searchDocument(*loaded));
        }
    }

    void checkSearchRow(const QString &key, qint64 id, const server::db::SearchDocument &doc)
    {
        if (m_backend == Backend::Sqlite) {
            if (firstValue(QStringLiteral("SELECT body FROM customer_search_tri WHERE rowid = ?"), {id}) != doc.body)
                problem(QStringLiteral("customer %1 (id %2): its trigram search row is missing or stale").arg(key).arg(id));
            if (firstValue(QStringLiteral("SELECT body FROM customer_search_words WHERE rowid = ?"), {id})
                != doc.words.join(QLatin1Char(' ')))
                problem(QStringLiteral("customer %1 (id %2): its word search row is missing or stale").arg(key).arg(id));
            return;
        }
        if (firstValue(QStringLiteral("SELECT body FROM customer_search WHERE customer_id = ?"), {id}) != doc.body)
            problem(QStringLiteral("customer %1 (id %2): its search row is missing or stale").arg(key).arg(id));
    }

    // One search row per customer, none for a customer that is not there.
    void checkIndexRows()
    {
        const QStringList tables = m_backend == Backend::Sqlite
                                       ? QStringList{QStringLiteral("SELECT rowid FROM customer_search_tri"),
                                                     QStringLiteral("SELECT rowid FROM customer_search_words")}
                                       : QStringList{QStringLiteral("SELECT customer_id FROM customer_search")};
        for (const QString &sql : tables) {
            auto q = query(sql);
            if (!q)
                return;
            QSet<qint64> indexed;
            while (q->next())
                indexed.insert(q->value(0).toLongLong());
            for (qint64 id : indexed)
                if (!m_customersById.contains(id))
                    problem(QStringLiteral("%1: a search row for customer %2, which does not exist").arg(sql).arg(id));
            for (auto it = m_customersById.constBegin(); it != m_customersById.constEnd(); ++it)
                if (!indexed.contains(it.key()))
                    problem(QStringLiteral("%1: no search row for customer %2 (%3)").arg(sql).arg(it.key()).arg(it.value()));
        }
    }

    void checkForeignKeys()
    {
        auto q = query(QStringLiteral("PRAGMA foreign_key_check"));
        while (q && q->next())
            problem(QStringLiteral("foreign key broken: table %1 row %2 refers to %3")
                        .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString()));
    }

    int report()
    {
        if (!m_problems.isEmpty()) {
            const qsizetype shown = qMin<qsizetype>(m_problems.size(), 40);
            for (qsizetype i = 0; i < shown; ++i)
                std::fprintf(stderr, "crash check: %s\n", qUtf8Printable(m_problems.at(i)));
            if (shown < m_problems.size())
                std::fprintf(stderr, "crash check: … and %lld more\n", static_cast<long long>(m_problems.size() - shown));
            return 1;
        }
        for (const Event &e : std::as_const(m_seen))
            if (!m_journal.append(e, true))
                return abort(QStringLiteral("cannot append to %1").arg(m_options.journal));
        const QJsonObject figures{{QStringLiteral("customers"), m_customers.size()},
                                  {QStringLiteral("contacts"), m_contacts.size()},
                                  {QStringLiteral("acknowledged"), m_journal.acknowledged()},
                                  {QStringLiteral("in_flight"), m_inFlight},
                                  {QStringLiteral("applied"), m_applied},
                                  {QStringLiteral("not_applied"), m_notApplied},
                                  {QStringLiteral("read_whole"), m_readWhole.size()}};
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    CheckOptions m_options;
    Journal m_journal;
    Backend m_backend = Backend::Sqlite;
    QSqlDatabase m_db;
    QHash<QString, Row> m_customers; // by key
    QHash<QString, Row> m_contacts;
    QHash<qint64, QString> m_customersById;
    QHash<qint64, qint64> m_contactVersions; // sum per customer id
    QHash<qint64, qint64> m_auditRows;       // per customer id
    QSet<QString> m_readWhole;
    QList<Event> m_seen;
    QStringList m_problems;
    int m_inFlight = 0;
    int m_applied = 0;
    int m_notApplied = 0;
};

} // namespace

int runCheck(const CheckOptions &options)
{
    Checker checker(options);
    return checker.run();
}

} // namespace cordial::crash
