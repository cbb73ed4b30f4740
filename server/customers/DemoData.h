// Realistic, deterministic Chinese demo data (cordialctl demo): companies named
// after their city with a brand and an industry, some in traditional characters;
// contacts with common surnames (weighted by frequency, polyphonic and compound
// ones included), birthdays, mobiles, landlines with area codes and e-mails; regions
// from regions.json and choices from the field catalog. The same seed gives the same
// customers (names, fields, contacts) whatever the database holds; only owners
// depend on the users found.
#pragma once

#include "auth/Caller.h"
#include "db/Database.h"

#include <QHash>
#include <QList>
#include <QVariant>
#include <functional>

namespace cordial::server::customers::demo {

// Stored-form values by field key (as CustomerStore reads and writes them).
struct Customer {
    QHash<QString, QVariant> values;
    QList<QHash<QString, QVariant>> contacts;
};

class Generator
{
public:
    explicit Generator(quint64 seed);
    ~Generator();
    Generator(const Generator &) = delete;
    Generator &operator=(const Generator &) = delete;

    Customer next();
    // A random number for the caller's own choices (owners), drawn from this
    // generator's stream so that the data stays the same whatever is done with it.
    quint64 draw();

    QString personName();

private:
    struct State;
    State *d;
};

struct LoadOptions {
    qint64 customers = 0;
    quint64 seed = 1;
    int batchSize = 10000;
    int minimumUsers = 20; // staff users made when fewer enabled users can own customers
    QString demoPassword;  // their password
    int minPasswordLength = 8;
    std::function<void(qint64 done)> progress; // after each batch
};

struct LoadResult {
    qint64 customers = 0;
    qint64 contacts = 0;
    QStringList createdUsers;    // logins made for the demo
    QStringList createdDepartments;
    qint64 firstId = 0;
    qint64 lastId = 0;
    QStringList deferredIndexes; // built again after the rows (db/DeferredIndexes.h)
    qint64 indexMs = 0;          // the time that took
};

// Makes departments and users when needed, then inserts the customers in batches
// (one transaction each, statements prepared once, search rows in the same batch)
// and one audit row "demo.load" for the whole load. On SQLite the connection runs
// with synchronous=OFF while loading and FULL again afterwards. When the tables hold
// fewer customers than the load adds, their secondary indexes are dropped first and
// built again at the end (db/DeferredIndexes.h).
protocol::Result<LoadResult> load(const QSqlDatabase &db, const db::Dialect &dialect, const Caller &caller,
                                  const LoadOptions &options);

} // namespace cordial::server::customers::demo
