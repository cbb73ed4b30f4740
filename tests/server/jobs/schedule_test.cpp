// The daily schedule: the configured time of day and the next run after a moment.
#include "jobs/Schedule.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace cordial::server::jobs;

namespace {

QDateTime at(const QTimeZone &zone, int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), zone);
}

std::string text(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs).toStdString();
}

} // namespace

TEST_CASE("the daily time is HH:MM or HH:MM:SS on the 24-hour clock")
{
    CHECK(parseTimeOfDay(QStringLiteral("02:30")) == QTime(2, 30));
    CHECK(parseTimeOfDay(QStringLiteral("23:59:58")) == QTime(23, 59, 58));
    CHECK(parseTimeOfDay(QStringLiteral(" 00:00 ")) == QTime(0, 0));
    for (const char *bad : {"", "2:30", "24:00", "12:60", "12:30:60", "12:30:5", "noon", "12.30", "12:30pm"}) {
        INFO(bad);
        CHECK_FALSE(parseTimeOfDay(QString::fromLatin1(bad)));
    }
}

TEST_CASE("the next run is later today before the time and tomorrow from the time on")
{
    const QTimeZone shanghai("Asia/Shanghai");
    const QTime time(2, 30);
    CHECK(text(nextDailyRun(at(shanghai, 2026, 11, 24, 1, 0), time)) == text(at(shanghai, 2026, 11, 24, 2, 30)));
    CHECK(text(nextDailyRun(at(shanghai, 2026, 11, 24, 2, 29, 59, 999), time))
          == text(at(shanghai, 2026, 11, 24, 2, 30)));
    // A run that starts on the second computes tomorrow's, never the same one again.
    CHECK(text(nextDailyRun(at(shanghai, 2026, 11, 24, 2, 30), time)) == text(at(shanghai, 2026, 11, 25, 2, 30)));
    CHECK(text(nextDailyRun(at(shanghai, 2026, 11, 24, 2, 30, 0, 5), time)) == text(at(shanghai, 2026, 11, 25, 2, 30)));
    CHECK(text(nextDailyRun(at(shanghai, 2026, 11, 24, 23, 0), time)) == text(at(shanghai, 2026, 11, 25, 2, 30)));
}

TEST_CASE("the next run crosses the ends of months and years and the leap day")
{
    const QTimeZone shanghai("Asia/Shanghai");
    const QTime time(0, 0, 5);
    CHECK(text(nextDailyRun(at(shanghai, 2026, 12, 31, 23, 59, 58), time)) == text(at(shanghai, 2027, 1, 1, 0, 0, 5)));
    CHECK(text(nextDailyRun(at(shanghai, 2028, 2, 28, 12, 0), time)) == text(at(shanghai, 2028, 2, 29, 0, 0, 5)));
    CHECK(text(nextDailyRun(at(shanghai, 2026, 4, 30, 12, 0), time)) == text(at(shanghai, 2026, 5, 1, 0, 0, 5)));
}

TEST_CASE("a time in a daylight-saving gap runs after the gap, and a day that shows the time twice runs once")
{
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid());
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist; the run
    // is at 03:30 CEST, half an hour after the gap as 02:30 is after 02:00.
    const QDateTime gapDay = nextDailyRun(at(berlin, 2026, 3, 28, 12, 0), QTime(2, 30));
    REQUIRE(gapDay.isValid());
    CHECK(gapDay.toMSecsSinceEpoch() == QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC).toMSecsSinceEpoch());
    CHECK(text(nextDailyRun(gapDay, QTime(2, 30))) == text(at(berlin, 2026, 3, 30, 2, 30)));

    // 2026-10-25: 03:00 CEST falls back to 02:00 CET, so 02:30 happens twice; the
    // run is at one of them and the next is the following day.
    const QDateTime twiceDay = nextDailyRun(at(berlin, 2026, 10, 24, 12, 0), QTime(2, 30));
    CHECK(twiceDay.date() == QDate(2026, 10, 25));
    CHECK(twiceDay.time() == QTime(2, 30));
    CHECK(nextDailyRun(twiceDay, QTime(2, 30)).date() == QDate(2026, 10, 26));
}
