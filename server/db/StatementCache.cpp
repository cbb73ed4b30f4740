#include "db/StatementCache.h"

#include "db/Database_p.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace cordial::server::db {

using protocol::ErrorCode;
using protocol::makeError;

struct CachedStatement {
    QSqlQuery query;
    bool busy = false;
};

namespace {

// Bounds the statements kept per connection; the hot ones are a few dozen.
constexpr int kMaxCachedStatements = 128;

struct ConnectionStatements {
    QString connectionName;
    QHash<QString, std::shared_ptr<CachedStatement>> statements;
};

// Only the connection this thread's pool opened is cached: it lives as long as the
// thread, and one thread uses it, so the cache needs no lock.
thread_local ConnectionStatements t_statements;

Result<bool> run(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, bindable(binds.at(i)));
    if (query.exec())
        return true;
    return queryError(query.lastError(), sql);
}

} // namespace

CachedQuery::CachedQuery(std::shared_ptr<CachedStatement> cached, std::unique_ptr<QSqlQuery> oneOff)
    : m_cached(std::move(cached)), m_oneOff(std::move(oneOff)),
      m_query(m_cached ? &m_cached->query : m_oneOff.get())
{
}

CachedQuery::CachedQuery(CachedQuery &&other) noexcept
    : m_cached(std::move(other.m_cached)), m_oneOff(std::move(other.m_oneOff)), m_query(other.m_query)
{
    other.m_query = nullptr;
}

CachedQuery::~CachedQuery()
{
    if (!m_cached)
        return;
    m_cached->query.finish();
    m_cached->busy = false;
}

Result<CachedQuery> execCached(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    const bool cacheable = isPoolConnection(db) && !sql.isEmpty();
    if (cacheable && t_statements.connectionName != db.connectionName()) {
        t_statements.statements.clear();
        t_statements.connectionName = db.connectionName();
    }
    std::shared_ptr<CachedStatement> cached;
    if (cacheable) {
        auto it = t_statements.statements.find(sql);
        if (it == t_statements.statements.end()) {
            if (t_statements.statements.size() >= kMaxCachedStatements)
                t_statements.statements.removeIf([](const auto &entry) { return !entry.value()->busy; });
            auto fresh = std::make_shared<CachedStatement>();
            fresh->query = QSqlQuery(db);
            fresh->query.setForwardOnly(true);
            if (!fresh->query.prepare(sql)) {
                qCWarning(lcDb) << "prepare failed:" << fresh->query.lastError().text() << "in" << sql;
                return makeError(ErrorCode::Internal, QStringLiteral("database error"));
            }
            it = t_statements.statements.insert(sql, fresh);
        }
        if (!it.value()->busy)
            cached = it.value();
    }
    if (!cached) {
        auto oneOff = std::make_unique<QSqlQuery>(db);
        oneOff->setForwardOnly(true);
        if (!oneOff->prepare(sql)) {
            qCWarning(lcDb) << "prepare failed:" << oneOff->lastError().text() << "in" << sql;
            return makeError(ErrorCode::Internal, QStringLiteral("database error"));
        }
        if (auto ran = run(*oneOff, sql, binds); !ran)
            return ran.error();
        return CachedQuery(nullptr, std::move(oneOff));
    }
    cached->busy = true;
    CachedQuery handle(cached, nullptr);
    if (auto ran = run(cached->query, sql, binds); !ran) {
        // A statement that failed is not trusted again.
        t_statements.statements.remove(sql);
        return ran.error();
    }
    return handle;
}

void dropCachedStatements(const QString &connectionName)
{
    if (t_statements.connectionName == connectionName) {
        t_statements.statements.clear();
        t_statements.connectionName.clear();
    }
}

} // namespace cordial::server::db
