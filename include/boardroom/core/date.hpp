// Civil dates and times of day, as boards write them: no time zones, no clocks.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace boardroom {

/// A calendar date (proleptic Gregorian), ordered and comparable.
using Date = std::chrono::year_month_day;

/// Minutes after midnight, local time of the meeting ("2.00 pm" is 14:00).
class TimeOfDay {
public:
    constexpr TimeOfDay() = default;
    /// Throws ValidationError unless 0 <= hour < 24 and 0 <= minute < 60.
    TimeOfDay(int hour, int minute);

    constexpr int hour() const noexcept { return minutes_ / 60; }
    constexpr int minute() const noexcept { return minutes_ % 60; }
    constexpr int minutes_since_midnight() const noexcept { return minutes_; }

    friend constexpr auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;

private:
    int minutes_{0};
};

/// Builds a date, throwing ValidationError if it does not exist (31 June).
Date make_date(int year, unsigned month, unsigned day);

/// Parses "YYYY-MM-DD" strictly; std::nullopt if the text is not a valid date.
std::optional<Date> parse_iso_date(std::string_view text);

/// Parses "HH:MM" (24-hour); std::nullopt if malformed.
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);

/// "2015-12-10".
std::string to_iso_string(const Date& date);

/// "14:00".
std::string to_string(const TimeOfDay& time);

/// "Thursday 10 December 2015", the way agendas print dates.
std::string to_long_string(const Date& date);

/// "2.00 pm", the way agendas print times.
std::string to_agenda_string(const TimeOfDay& time);

} // namespace boardroom
