// The history of a plan: ratings and positions are appended, never edited, so
// the plan can answer "where did each action stand on 30 September?" and "what
// moved since the last report?" for any pair of dates.
#pragma once

#include "boardroom/plans/plan.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::plans {

/// Appends ratings. All of them are checked first (known action, a status of
/// the plan's scheme, a date not before the plan period starts, no second
/// rating of an action on one date, including within `ratings`); on any
/// failure a ValidationError is thrown and the plan is unchanged. Ratings are
/// kept in date order, in order of entry within a date.
void add_ratings(Plan& plan, std::span<const RagRating> ratings);
void add_rating(Plan& plan, const RagRating& rating);

/// Throws ValidationError, naming the action, the date and the period, if
/// `date` is before the start of the plan's period: a rating then would
/// describe progress on a plan that did not yet exist, and is almost always a
/// mistyped year. A period without dates ("the life of the plan") refuses
/// nothing. add_ratings applies it; loaders call it to name the row at fault.
void require_rating_in_period(const Plan& plan, std::string_view action, const Date& date);

/// Appends position updates, checked first (known action, non-empty text);
/// same all-or-nothing guarantee as add_ratings.
void add_position_updates(Plan& plan, std::span<const PositionUpdate> updates);
void add_position_update(Plan& plan, const PositionUpdate& update);

/// The latest rating of `action` on or before `date`; std::nullopt if it had
/// none by then. Throws NotFoundError for an unknown action.
std::optional<RagRating> rating_as_of(const Plan& plan, std::string_view action, const Date& date);
/// The latest position on or before `date` (undated baselines count as known).
std::optional<PositionUpdate> position_as_of(const Plan& plan, std::string_view action, const Date& date);

/// Where one action stood at a date.
struct ActionState {
    std::string action;
    std::string section;
    std::optional<std::string> status;  ///< std::nullopt: unrated
    std::optional<Date> rated_on;
    std::string rated_by;
    std::optional<std::string> position;
    std::optional<Date> position_date;
    bool complete{false};
};

/// Every action's state at `date`, in printed order.
std::vector<ActionState> state_as_of(const Plan& plan, const Date& date);

enum class Movement {
    StillUnrated,  ///< no rating at either date
    NewlyRated,    ///< unrated at the first date, rated (not complete) at the second
    Improved,      ///< a better status
    Worsened,      ///< a worse status (including a complete action reopened)
    Unchanged,     ///< the same status (re-rated or not)
    Completed,     ///< not complete at the first date, complete at the second
};

std::string_view to_string(Movement movement) noexcept;  ///< "improved", "newly rated", ...

struct ActionMovement {
    std::string action;
    std::string section;
    std::optional<std::string> from;  ///< status at the first date
    std::optional<std::string> to;    ///< status at the second date
    Movement movement{Movement::StillUnrated};
};

/// How every action moved between two dates (each "as of" its date). Throws
/// ValidationError if `to` is before `from`.
std::vector<ActionMovement> movement_between(const Plan& plan, const Date& from, const Date& to);

/// Distinct dates on which any rating was given, ascending: the reporting dates.
std::vector<Date> reporting_dates(const Plan& plan);
/// The latest reporting date strictly before `date`, if any.
std::optional<Date> previous_reporting_date(const Plan& plan, const Date& date);

/// A stretch of days an action held one status, [start, end).
struct StatusSpell {
    std::optional<std::string> status;  ///< std::nullopt: unrated
    Date start{};
    Date end{};
    long days{0};
};

/// The spells of `action` between `from` and `to` (half-open: `to` itself is
/// not counted). Before its first rating an action is unrated. Throws
/// ValidationError if `to` is before `from`, NotFoundError for an unknown action.
std::vector<StatusSpell> status_spells(const Plan& plan, std::string_view action, const Date& from,
                                       const Date& to);

struct StatusTime {
    std::optional<std::string> status;  ///< std::nullopt: unrated
    long days{0};
};

/// Days spent in each status between `from` and `to`: unrated first, then the
/// scheme's statuses worst first; statuses never held are left out.
std::vector<StatusTime> time_in_status(const Plan& plan, std::string_view action, const Date& from,
                                       const Date& to);

/// An action whose due date has passed without it being rated complete.
struct OverdueAction {
    std::string action;
    std::string section;
    Date due{};
    long days_overdue{0};
    std::vector<std::string> leads;
    std::optional<std::string> status;  ///< status at the date; std::nullopt: unrated
    /// The latest position (evidence) by the date says the action is done
    /// ("Reviewed / completed") though no rating says so: flagged, not chased.
    bool reported_complete{false};
    std::string position;  ///< that latest position text; empty if none
};

/// Actions with a DueBy timescale earlier than `date` and not complete as of
/// `date` (review dates and ongoing actions are never overdue), printed order.
std::vector<OverdueAction> overdue_as_of(const Plan& plan, const Date& date);

} // namespace boardroom::plans
