// Typed access to a request's args map. The first problem is kept as an `invalid`
// error naming the field; handlers read everything, then check ok() once.
#pragma once

#include "protocol/ErrorCode.h"

#include <QCborMap>
#include <QList>
#include <QStringList>
#include <optional>

namespace cordial::server::net {

class ArgReader
{
public:
    explicit ArgReader(const QCborMap &args) : m_args(args) {}

    bool has(const QString &key) const;
    bool isNull(const QString &key) const;

    // Required text, trimmed; empty counts as missing unless allowEmpty.
    QString text(const QString &key, int maxLength, bool allowEmpty = false);
    // Text exactly as sent (passwords).
    QString rawText(const QString &key, int maxLength);
    std::optional<QString> optionalText(const QString &key, int maxLength);
    qint64 id(const QString &key);
    std::optional<qint64> optionalId(const QString &key);
    std::optional<qint64> optionalInt(const QString &key, qint64 min, qint64 max);
    std::optional<bool> optionalBool(const QString &key);
    // A byte string of exactly `size` bytes (a key, a signature).
    std::optional<QByteArray> optionalBytes(const QString &key, int size);
    // A list of non-empty texts (trimmed, sorted, each once), or of ids (each once, in order).
    std::optional<QStringList> optionalTextList(const QString &key, int maxItems, int maxLength);
    std::optional<QList<qint64>> optionalIdList(const QString &key, int maxItems);

    void fail(const QString &field, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    const protocol::Error &error() const { return *m_error; }

private:
    QCborMap m_args;
    std::optional<protocol::Error> m_error;
};

} // namespace cordial::server::net
