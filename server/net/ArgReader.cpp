#include "net/ArgReader.h"

#include <QCborArray>

namespace cordial::server::net {

using protocol::ErrorCode;

bool ArgReader::has(const QString &key) const
{
    return m_args.contains(key);
}

bool ArgReader::isNull(const QString &key) const
{
    return m_args.value(key).isNull();
}

void ArgReader::fail(const QString &field, const QString &message)
{
    if (!m_error)
        m_error = protocol::makeError(ErrorCode::Invalid, message, field);
}

QString ArgReader::rawText(const QString &key, int maxLength)
{
    const QCborValue v = m_args.value(key);
    if (!v.isString()) {
        fail(key, QStringLiteral("'%1' is required and must be text").arg(key));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("'%1' is longer than %2 characters").arg(key).arg(maxLength));
        return {};
    }
    return s;
}

QString ArgReader::text(const QString &key, int maxLength, bool allowEmpty)
{
    const QString s = rawText(key, maxLength).trimmed();
    if (ok() && s.isEmpty() && !allowEmpty)
        fail(key, QStringLiteral("'%1' must not be empty").arg(key));
    return s;
}

std::optional<QString> ArgReader::optionalText(const QString &key, int maxLength)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    const QString s = text(key, maxLength, true);
    return ok() ? std::optional<QString>(s) : std::nullopt;
}

qint64 ArgReader::id(const QString &key)
{
    const QCborValue v = m_args.value(key);
    if (!v.isInteger() || v.toInteger() <= 0) {
        fail(key, QStringLiteral("'%1' is required and must be a positive integer id").arg(key));
        return 0;
    }
    return v.toInteger();
}

std::optional<qint64> ArgReader::optionalId(const QString &key)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    const qint64 value = id(key);
    return ok() ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<qint64> ArgReader::optionalInt(const QString &key, qint64 min, qint64 max)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    const QCborValue v = m_args.value(key);
    if (!v.isInteger() || v.toInteger() < min || v.toInteger() > max) {
        fail(key, QStringLiteral("'%1' must be an integer from %2 to %3").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return v.toInteger();
}

std::optional<QByteArray> ArgReader::optionalBytes(const QString &key, int size)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    const QCborValue v = m_args.value(key);
    if (!v.isByteArray() || v.toByteArray().size() != size) {
        fail(key, QStringLiteral("'%1' must be a byte string of %2 bytes").arg(key).arg(size));
        return std::nullopt;
    }
    return v.toByteArray();
}

std::optional<bool> ArgReader::optionalBool(const QString &key)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    const QCborValue v = m_args.value(key);
    if (!v.isBool()) {
        fail(key, QStringLiteral("'%1' must be true or false").arg(key));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QStringList> ArgReader::optionalTextList(const QString &key, int maxItems, int maxLength)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    const QCborValue v = m_args.value(key);
    const auto bad = [&] {
        fail(key, QStringLiteral("'%1' must be a list of at most %2 texts of 1 to %3 characters")
                      .arg(key).arg(maxItems).arg(maxLength));
        return std::nullopt;
    };
    if (!v.isArray() || v.toArray().size() > maxItems)
        return bad();
    QStringList out;
    for (const QCborValue &item : v.toArray()) {
        const QString text = item.isString() ? item.toString().trimmed() : QString();
        if (text.isEmpty() || text.size() > maxLength)
            return bad();
        out.append(text);
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

std::optional<QList<qint64>> ArgReader::optionalIdList(const QString &key, int maxItems)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    const QCborValue v = m_args.value(key);
    const auto bad = [&] {
        fail(key, QStringLiteral("'%1' must be a list of at most %2 ids").arg(key).arg(maxItems));
        return std::nullopt;
    };
    if (!v.isArray() || v.toArray().size() > maxItems)
        return bad();
    QList<qint64> out;
    for (const QCborValue &item : v.toArray()) {
        if (!item.isInteger() || item.toInteger() <= 0)
            return bad();
        if (!out.contains(item.toInteger()))
            out.append(item.toInteger());
    }
    return out;
}

} // namespace cordial::server::net
