#include "db/SearchSql.h"

#include "db/Database_p.h"

#include <QSqlError>

namespace cordial::server::db {

namespace {

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

// An FTS5 string: double quotes doubled, so the query text is never syntax.
QString ftsString(QString text)
{
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// A PostgreSQL array literal of text, every element quoted.
QString pgTextArray(const QStringList &items)
{
    QStringList quoted;
    for (QString item : items) {
        item.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        item.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted.append(QLatin1Char('"') + item + QLatin1Char('"'));
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

bool isLatinOrDigit(const QString &word)
{
    for (const QChar ch : word)
        if (ch.unicode() >= 0x80)
            return false;
    return !word.isEmpty();
}

// PostgreSQL: the word array holds each word and, for Latin and digit words, their
// first one and two characters marked with '^', so that short prefixes are whole
// words too.
QStringList pgWords(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words) {
        out.append(w);
        if (isLatinOrDigit(w)) {
            out.append(QLatin1Char('^') + w.left(1));
            if (w.size() >= 2)
                out.append(QLatin1Char('^') + w.left(2));
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace

QString containsPattern(const QString &text)
{
    return QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
}

QString prefixPattern(const QString &text)
{
    return escapeLike(text) + QLatin1Char('%');
}

Condition prefixCondition(const Dialect &dialect, const QString &column, const QString &prefix)
{
    if (dialect.backend() == Backend::Sqlite)
        return {QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column), {prefix, prefix + QChar(0xFFFF)}};
    return {QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(column), {prefixPattern(prefix)}};
}

Status writeCustomerSearch(const QSqlDatabase &db, const Dialect &dialect, qint64 customerId, const SearchDocument &doc)
{
    if (auto s = deleteCustomerSearch(db, dialect, customerId); !s)
        return s;
    if (dialect.backend() == Backend::Sqlite) {
        if (auto r = exec(db, QStringLiteral("INSERT INTO customer_search_tri (rowid, body) VALUES (?, ?)"),
                          {customerId, doc.body});
            !r)
            return r.error();
        if (auto r = exec(db, QStringLiteral("INSERT INTO customer_search_words (rowid, body) VALUES (?, ?)"),
                          {customerId, doc.words.join(QLatin1Char(' '))});
            !r)
            return r.error();
        return protocol::Ok{};
    }
    if (auto r = exec(db,
                      QStringLiteral("INSERT INTO customer_search (customer_id, body, words) VALUES (?, ?, CAST(? AS text[]))"),
                      {customerId, doc.body, pgTextArray(pgWords(doc.words))});
        !r)
        return r.error();
    return protocol::Ok{};
}

Status deleteCustomerSearch(const QSqlDatabase &db, const Dialect &dialect, qint64 customerId)
{
    if (dialect.backend() == Backend::Sqlite) {
        for (const char *table : {"customer_search_tri", "customer_search_words"}) {
            if (auto r = exec(db, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(QLatin1String(table)), {customerId});
                !r)
                return r.error();
        }
        return protocol::Ok{};
    }
    if (auto r = exec(db, QStringLiteral("DELETE FROM customer_search WHERE customer_id = ?"), {customerId}); !r)
        return r.error();
    return protocol::Ok{};
}

SearchBulkWriter::SearchBulkWriter(const QSqlDatabase &db, const Dialect &dialect)
    : m_dialect(dialect), m_tri(db), m_words(db)
{
    if (dialect.backend() == Backend::Sqlite)
        m_prepared = m_tri.prepare(QStringLiteral("INSERT INTO customer_search_tri (rowid, body) VALUES (?, ?)"))
                     && m_words.prepare(QStringLiteral("INSERT INTO customer_search_words (rowid, body) VALUES (?, ?)"));
    else
        m_prepared = m_tri.prepare(QStringLiteral(
            "INSERT INTO customer_search (customer_id, body, words) VALUES (?, ?, CAST(? AS text[]))"));
}

Status SearchBulkWriter::insert(qint64 customerId, const SearchDocument &doc)
{
    // The driver's text goes to the log, not to the client (queryError).
    auto failed = [](const QSqlQuery &q) { return queryError(q.lastError(), q.lastQuery()); };
    if (!m_prepared)
        return failed(m_tri);
    if (m_dialect.backend() == Backend::Sqlite) {
        m_tri.bindValue(0, customerId);
        m_tri.bindValue(1, doc.body);
        if (!m_tri.exec())
            return failed(m_tri);
        m_words.bindValue(0, customerId);
        m_words.bindValue(1, doc.words.join(QLatin1Char(' ')));
        if (!m_words.exec())
            return failed(m_words);
        return protocol::Ok{};
    }
    m_tri.bindValue(0, customerId);
    m_tri.bindValue(1, doc.body);
    m_tri.bindValue(2, pgTextArray(pgWords(doc.words)));
    if (!m_tri.exec())
        return failed(m_tri);
    return protocol::Ok{};
}

SearchMatch customerSearchMatch(const Dialect &dialect, const QString &folded, const QStringList &words,
                                bool lastIsPrefix)
{
    const bool longQuery = folded.size() >= 3;
    if (dialect.backend() == Backend::Sqlite) {
        if (longQuery)
            return {QStringLiteral(" JOIN customer_search_tri s ON s.rowid = c.id"),
                    QStringLiteral("customer_search_tri MATCH ?"), {ftsString(folded)}, QStringLiteral("s.rowid")};
        // One or two characters: the words as a phrase, the last one as a prefix
        // when it is Latin or digits ("zs" finds the initials "zsf").
        QString phrase = ftsString(words.join(QLatin1Char(' ')));
        if (lastIsPrefix)
            phrase += QStringLiteral(" *");
        return {QStringLiteral(" JOIN customer_search_words s ON s.rowid = c.id"),
                QStringLiteral("customer_search_words MATCH ?"), {phrase}, QStringLiteral("s.rowid")};
    }
    if (longQuery)
        return {QStringLiteral(" JOIN customer_search s ON s.customer_id = c.id"),
                QStringLiteral("s.body LIKE ? ESCAPE '\\'"), {containsPattern(folded)}, QStringLiteral("s.customer_id")};
    QStringList wanted = words;
    if (lastIsPrefix && !wanted.isEmpty())
        wanted.last() = QLatin1Char('^') + wanted.last();
    QString where = QStringLiteral("s.words @> CAST(? AS text[])");
    QVariantList binds{pgTextArray(wanted)};
    if (words.size() > 1) {
        // The words are all there; the text must also hold them side by side.
        where += QStringLiteral(" AND s.body LIKE ? ESCAPE '\\'");
        binds << containsPattern(folded);
    }
    return {QStringLiteral(" JOIN customer_search s ON s.customer_id = c.id"), where, binds, QStringLiteral("s.customer_id")};
}

bool searchDocumentMatches(const Dialect &dialect, const SearchDocument &doc, const QString &folded,
                           const QStringList &words, bool lastIsPrefix)
{
    // Three characters or more: a substring of the text (the trigram index, LIKE).
    if (folded.size() >= 3)
        return doc.body.contains(folded);
    if (words.isEmpty())
        return false;
    if (dialect.backend() == Backend::Sqlite) {
        // The words as a phrase: side by side, the last one as a prefix when it may continue.
        const qsizetype n = words.size();
        for (qsizetype start = 0; start + n <= doc.words.size(); ++start) {
            bool all = true;
            for (qsizetype i = 0; i < n && all; ++i) {
                const QString &have = doc.words.at(start + i);
                all = lastIsPrefix && i == n - 1 ? have.startsWith(words.at(i)) : have == words.at(i);
            }
            if (all)
                return true;
        }
        return false;
    }
    // Every word in the word array (the last as its '^' prefix), several side by side in the text.
    const QStringList have = pgWords(doc.words);
    QStringList wanted = words;
    if (lastIsPrefix)
        wanted.last() = QLatin1Char('^') + wanted.last();
    for (const QString &w : std::as_const(wanted))
        if (!have.contains(w))
            return false;
    return words.size() == 1 || doc.body.contains(folded);
}

} // namespace cordial::server::db
