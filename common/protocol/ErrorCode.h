// The closed list of error codes a reply may carry, and the Result type that carries them.
#pragma once

#include <QCborMap>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace cordial::protocol {

enum class ErrorCode {
    BadRequest,
    UnsupportedProtocol,
    Unauthenticated,
    Forbidden,
    NotFound,
    Invalid,
    Conflict,
    TooLarge,
    RateLimited,
    Busy, // the database stayed locked by another change (SQLite's one writer); nothing was written
    Internal,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field; // set for Invalid (and Forbidden on a field), empty otherwise
    QCborMap details; // optional facts about the error (e.g. the duplicates behind a conflict)
};

// A value the client sent, as an error message quotes it: at most 40 characters,
// so that a refusal never echoes megabytes back to the client or into a log.
QString elided(const QString &value);

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{code, std::move(message), std::move(field), {}};
}

// A value or the error that prevented it.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    T takeValue() { return std::move(std::get<T>(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }

private:
    std::variant<T, Error> m_data;
};

struct Ok {};
using Status = Result<Ok>;

} // namespace cordial::protocol
