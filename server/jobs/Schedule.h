// When a daily job runs: the configured time of day and the next run after a moment.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

namespace cordial::server::jobs {

// "HH:MM" or "HH:MM:SS" on the 24-hour clock; nullopt for anything else.
std::optional<QTime> parseTimeOfDay(const QString &text);

// The next moment after `now` at which the clock of now's time zone shows `at`:
// today when `now` is earlier in the day, else tomorrow. Where `at` falls into a
// daylight-saving gap, it runs as long after the gap's start as `at` is; where the
// day shows `at` twice, at the second.
QDateTime nextDailyRun(const QDateTime &now, QTime at);

} // namespace cordial::server::jobs
