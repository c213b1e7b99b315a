#include "boardroom/core/date.hpp"

#include "boardroom/core/error.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace boardroom {

namespace {

// Reads exactly `width` digits at `pos`; false if any is not a digit.
bool read_digits(std::string_view text, std::size_t pos, std::size_t width, int& out) {
    if (pos + width > text.size()) return false;
    for (std::size_t i = pos; i < pos + width; ++i)
        if (text[i] < '0' || text[i] > '9') return false;
    auto [ptr, ec] = std::from_chars(text.data() + pos, text.data() + pos + width, out);
    return ec == std::errc{} && ptr == text.data() + pos + width;
}

constexpr std::array<const char*, 7> kWeekdays{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                               "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",
                                              "May",     "June",     "July",      "August",
                                              "September", "October", "November", "December"};

} // namespace

TimeOfDay::TimeOfDay(int hour, int minute) {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        throw ValidationError("time of day out of range: " + std::to_string(hour) + ":" +
                              std::to_string(minute));
    minutes_ = hour * 60 + minute;
}

Date make_date(int year, unsigned month, unsigned day) {
    Date date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    if (!date.ok())
        throw ValidationError("no such date: " + std::to_string(year) + "-" + std::to_string(month) +
                              "-" + std::to_string(day));
    return date;
}

std::optional<Date> parse_iso_date(std::string_view text) {
    int year = 0, month = 0, day = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    if (!read_digits(text, 0, 4, year) || !read_digits(text, 5, 2, month) || !read_digits(text, 8, 2, day))
        return std::nullopt;
    Date date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
              std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::optional<TimeOfDay> parse_time_of_day(std::string_view text) {
    int hour = 0, minute = 0;
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    if (!read_digits(text, 0, 2, hour) || !read_digits(text, 3, 2, minute)) return std::nullopt;
    if (hour > 23 || minute > 59) return std::nullopt;
    return TimeOfDay{hour, minute};
}

std::string to_iso_string(const Date& date) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buf;
}

std::string to_string(const TimeOfDay& time) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d", time.hour(), time.minute());
    return buf;
}

std::string to_long_string(const Date& date) {
    const std::chrono::weekday weekday{std::chrono::sys_days{date}};
    return std::string(kWeekdays[weekday.c_encoding()]) + " " +
           std::to_string(static_cast<unsigned>(date.day())) + " " +
           kMonths[static_cast<unsigned>(date.month()) - 1] + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string to_agenda_string(const TimeOfDay& time) {
    const int hour12 = time.hour() % 12 == 0 ? 12 : time.hour() % 12;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d.%02d %s", hour12, time.minute(), time.hour() < 12 ? "am" : "pm");
    return buf;
}

} // namespace boardroom
