// The customer search index: the only place that knows how each database indexes
// substrings (SQLite FTS5 trigram + word tables, PostgreSQL pg_trgm + a word array).
#pragma once

#include "db/Database.h"

#include <QStringList>

namespace cordial::server::db {

// What one customer contributes to the index, already folded by the caller.
struct SearchDocument {
    QString body;      // every searchable text, folded, with pinyin and digit runs
    QStringList words; // whole words: each CJK character, pinyin, numbers, Latin words
};

// Replaces the index row of one customer (inside the caller's transaction).
Status writeCustomerSearch(const QSqlDatabase &db, const Dialect &dialect, qint64 customerId,
                           const SearchDocument &doc);
Status deleteCustomerSearch(const QSqlDatabase &db, const Dialect &dialect, qint64 customerId);

// Adds index rows for new customers (nothing to replace) with statements prepared
// once: the bulk path of cordialctl demo. Same rows as writeCustomerSearch.
class SearchBulkWriter
{
public:
    SearchBulkWriter(const QSqlDatabase &db, const Dialect &dialect);
    Status insert(qint64 customerId, const SearchDocument &doc);

private:
    Dialect m_dialect;
    QSqlQuery m_tri;
    QSqlQuery m_words;
    bool m_prepared = false;
};

// A join and a condition that keep the customers `c` whose index text contains the
// query. `folded` is the folded query; `words` its words (text::searchTokens);
// `lastIsPrefix` when its last word may continue (a Latin or digit word).
struct SearchMatch {
    QString join;  // appended after "FROM customers c"
    QString where; // a boolean condition
    QVariantList binds; // for join then where, in that order
    QString key;   // the index's customer id, to walk the matches in id order
};
SearchMatch customerSearchMatch(const Dialect &dialect, const QString &folded, const QStringList &words,
                                bool lastIsPrefix);

// Whether the condition of customerSearchMatch holds for `doc`, decided in memory the
// way the database decides it from the stored row: for a document the database does
// not hold (one customer's text without the fields a role hides).
bool searchDocumentMatches(const Dialect &dialect, const SearchDocument &doc, const QString &folded,
                           const QStringList &words, bool lastIsPrefix);

// A condition "column starts with prefix" that uses the column's index on both
// databases (a range on SQLite, LIKE with text_pattern_ops on PostgreSQL).
struct Condition {
    QString sql;
    QVariantList binds;
};
Condition prefixCondition(const Dialect &dialect, const QString &column, const QString &prefix);

// LIKE pattern matching `text` anywhere, with % _ \ escaped (use ESCAPE '\').
QString containsPattern(const QString &text);
QString prefixPattern(const QString &text);

} // namespace cordial::server::db
