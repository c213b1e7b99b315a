// Timescales as action plans print them: "September 2014", "Review March 2015",
// "Reviews of guidance required throughout the period of the plan.", or nothing.
// The parsed value always keeps the original text, because the text is what the
// board agreed and a parse can be wrong or incomplete.
#pragma once

#include "boardroom/core/date.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace boardroom::plans {

enum class TimescaleKind {
    Unspecified,   ///< the cell is empty
    DueBy,         ///< "September 2014": to be done by the end of that month
    ReviewBy,      ///< "Review September 2014": to be reviewed by then, not finished
    Ongoing,       ///< "throughout the period of the plan", "ongoing", "quarterly"
    Unrecognised,  ///< text we could not read; kept, reported by the checks
};

struct Timescale {
    TimescaleKind kind{TimescaleKind::Unspecified};
    /// The date for DueBy and ReviewBy: the day if printed, otherwise the last
    /// day of the month ("September 2014" -> 2014-09-30). Empty for other kinds.
    std::optional<Date> date;
    std::string text;  ///< as printed, trimmed

    /// The date the action is due, only for DueBy (a review date is not a deadline).
    std::optional<Date> due_date() const noexcept;

    friend bool operator==(const Timescale&, const Timescale&) = default;
};

/// Never throws: text that is not understood gives kind Unrecognised with the
/// text kept. Understood forms, case-insensitive, with an optional trailing '.':
///   ""                                       -> Unspecified
///   "2014-09-30", "30 September 2014", "30th Sept 2014", "September 2014", "Sep 2014"
///                                            -> DueBy (end of month when no day)
///   the same after "By", "Due", "Due by", "End of", "By end of"
///                                            -> DueBy
///   the same after "Review", "Reviews", "Reviewed", "Review by", "Review date"
///                                            -> ReviewBy
///   text containing "ongoing", "on-going", "on going", "throughout", "continuous",
///   "continual", "rolling", "quarterly", "monthly", "annually", "twice yearly"
///   and no date                              -> Ongoing
Timescale parse_timescale(std::string_view text);

/// "unspecified", "due by", "review by", "ongoing", "unrecognised".
std::string_view to_string(TimescaleKind kind) noexcept;
/// Inverse of to_string; std::nullopt for anything else.
std::optional<TimescaleKind> parse_timescale_kind(std::string_view text) noexcept;

/// Days from `from` to `to` (negative if `to` is earlier).
long days_between(const Date& from, const Date& to) noexcept;

} // namespace boardroom::plans
