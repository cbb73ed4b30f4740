#include "protocol/ErrorCode.h"

#include <array>

namespace cordial::protocol {

namespace {
struct Entry {
    ErrorCode code;
    const char *name;
};
constexpr std::array kEntries{
    Entry{ErrorCode::BadRequest, "bad_request"},
    Entry{ErrorCode::UnsupportedProtocol, "unsupported_protocol"},
    Entry{ErrorCode::Unauthenticated, "unauthenticated"},
    Entry{ErrorCode::Forbidden, "forbidden"},
    Entry{ErrorCode::NotFound, "not_found"},
    Entry{ErrorCode::Invalid, "invalid"},
    Entry{ErrorCode::Conflict, "conflict"},
    Entry{ErrorCode::TooLarge, "too_large"},
    Entry{ErrorCode::RateLimited, "rate_limited"},
    Entry{ErrorCode::Busy, "busy"},
    Entry{ErrorCode::Internal, "internal"},
};
} // namespace

QString elided(const QString &value)
{
    constexpr qsizetype kMax = 40;
    return value.size() <= kMax ? value : value.left(kMax) + QChar(0x2026);
}

QString errorCodeName(ErrorCode code)
{
    for (const auto &e : kEntries)
        if (e.code == code)
            return QString::fromLatin1(e.name);
    return QStringLiteral("internal");
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const auto &e : kEntries)
        if (name == QLatin1String(e.name))
            return e.code;
    return std::nullopt;
}

} // namespace cordial::protocol
