#include "jobs/Schedule.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace cordial::server::jobs {

std::optional<QTime> parseTimeOfDay(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d\\d):(\\d\\d)(?::(\\d\\d))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

QDateTime nextDailyRun(const QDateTime &now, QTime at)
{
    const QDate day = now.time() < at ? now.date() : now.date().addDays(1);
    const bool local = now.timeSpec() == Qt::LocalTime;
    const QDateTime run = local ? QDateTime(day, at, Qt::LocalTime) : QDateTime(day, at, now.timeZone());
    if (run.isValid())
        return run;
    // In a gap Qt keeps the instant `at` would be with the offset before the gap (so
    // 02:30 in a one-hour gap that starts at 02:00 is 03:30 after it).
    const qint64 instant = run.toMSecsSinceEpoch();
    return local ? QDateTime::fromMSecsSinceEpoch(instant) : QDateTime::fromMSecsSinceEpoch(instant, now.timeZone());
}

} // namespace cordial::server::jobs
