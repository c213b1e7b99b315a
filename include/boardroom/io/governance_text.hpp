// Dates, times and meeting lines as agenda packs print them: "Thursday, 10th
// December 2015, 2.00 pm at Town Hall", "17 th September" (no year), "Thursday
// 10th March 2.00pm – 4.00pm, Wheel Room, Civic Centre, West Paddock, Leyland",
// "Thursday 9 June 2016, 2pm – West Lancs, To be confirmed".
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/governance/meeting.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

/// Reads a text file whole as UTF-8: a leading byte-order mark is dropped, and
/// a file that is not UTF-8 but is Windows-1252 is converted (the parse_*
/// functions, given the file's bytes, also say so in a data-quality note).
/// Throws StorageError naming the path if it cannot be read, InputError naming
/// the line and byte offset if it is neither encoding.
std::string read_governance_text(const std::filesystem::path& path);

/// When a date is printed without its year, which year is meant: the nearest
/// such date on or after the reference (a future meeting) or on or before it
/// (the minutes of a past meeting).
enum class YearHint { OnOrAfter, OnOrBefore };

struct PrintedDate {
    Date date{};
    bool year_inferred{false};       ///< the year was not printed
    bool weekday_mismatch{false};    ///< a weekday was printed and the date falls on another
    std::size_t begin{0};            ///< span of the date in the text (weekday included)
    std::size_t end{0};
};

/// Finds the first date in `text` of the form "[Weekday[,]] D[st|nd|rd|th] [of]
/// Month[,] [YYYY]" (month names in full or abbreviated, any case, "Sept"
/// accepted, "17July" and "17 th" tolerated). Without a year, the year comes
/// from `reference` and `hint`; with neither a year nor a reference the date
/// is not found. std::nullopt if there is no such date.
std::optional<PrintedDate> find_printed_date(std::string_view text, std::optional<Date> reference = std::nullopt,
                                             YearHint hint = YearHint::OnOrAfter);

struct PrintedTime {
    TimeOfDay time;
    std::size_t begin{0};
    std::size_t end{0};
};

/// Every clock time in the text: "2pm", "2.00pm", "10.30 am", "10:30am",
/// "14:00". A bare number ("Room 1") is not a time.
std::vector<PrintedTime> find_printed_times(std::string_view text);

/// A meeting as a line of text announces it.
struct MeetingLine {
    PrintedDate date;
    std::optional<TimeOfDay> start;
    std::optional<TimeOfDay> end;
    std::string venue;   ///< what follows the date and times, separators removed
    governance::MeetingStatus status{governance::MeetingStatus::Scheduled}; ///< "To be confirmed" -> ToBeConfirmed
    std::string before;  ///< text before the date ("NOTES OF MEETING HELD ON")
};

/// Parses a line that announces a meeting; std::nullopt if it holds no date.
std::optional<MeetingLine> parse_meeting_line(std::string_view text, std::optional<Date> reference = std::nullopt,
                                              YearHint hint = YearHint::OnOrAfter);

} // namespace boardroom::io
