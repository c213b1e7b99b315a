// Action plans as partnership boards keep them: numbered sections ("priorities")
// each opening with a statement ("The LSCB must ..."), numbered actions with
// anticipated outcomes, leads, a timescale, dated updates of the current
// position / evidence, and a RAG rating history.
//
// Everything is a plain value: flat tables (sections, actions, positions,
// ratings) keyed by the numbers as printed, so a plan maps one-to-one onto
// SQLite tables, JSON arrays and DataFrames. Functions that change a plan
// validate first and mutate last: if they throw, the plan is unchanged.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/core/id.hpp"
#include "boardroom/plans/rag.hpp"
#include "boardroom/plans/timescale.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::plans {

/// The years a plan covers, "2015-2018", with the text kept.
struct PlanPeriod {
    std::optional<Date> start;
    std::optional<Date> end;
    std::string text;

    friend bool operator==(const PlanPeriod&, const PlanPeriod&) = default;
};

/// "2015-2018" and "2015-18" are calendar years (2015-01-01 to 2018-12-31);
/// "2015/16" and "2015/2016" are financial years (2015-04-01 to 2016-03-31).
/// Anything else keeps the text with no dates. Never throws.
PlanPeriod parse_plan_period(std::string_view text);

/// A section or priority: "1. Prevent: Public Confidence and Awareness."
struct PlanSection {
    std::string number;            ///< "1"
    std::string title;             ///< "Prevent: Public Confidence and Awareness" (heading's final '.' dropped)
    std::string statement;         ///< "The LSCB must engage with communities, ..."
    std::string position_heading;  ///< the table's column: "Current Position" or "Evidence"
    std::size_t line{0};           ///< line of the heading in the source; 0 if not from a file

    friend bool operator==(const PlanSection&, const PlanSection&) = default;
};

struct PlanAction {
    std::string number;              ///< as printed: "1.1"
    std::string section;             ///< number of its section: "1"
    std::string text;                ///< the action
    std::string outcomes;            ///< anticipated outcomes; may be empty (1.5 in the seed)
    std::string leads_text;          ///< the Lead cell as printed
    std::vector<std::string> leads;  ///< leads_text split into roles, groups or people
    Timescale timescale;
    std::size_t line{0};             ///< line of the action's row in the source; 0 if none
    /// The indicator series whose data should bear the rating out, named as the data names it
    /// ("Under 18s conception rate / 1,000"); empty when the action names none.
    std::string indicator;

    friend bool operator==(const PlanAction&, const PlanAction&) = default;
};

/// The "Current Position" or "Evidence" for an action at a date. An update
/// without a date is a baseline taken from a document that did not date it;
/// it is known at every date and precedes all dated updates.
struct PositionUpdate {
    std::string action;
    std::optional<Date> date;
    std::string text;
    std::string recorded_by;

    friend bool operator==(const PositionUpdate&, const PositionUpdate&) = default;
};

/// A RAG rating given to an action at a reporting date.
struct RagRating {
    std::string action;
    Date date{};
    std::string status;    ///< a code of the plan's scheme: "R", "A", "G", "B"
    std::string rated_by;  ///< person, role or meeting that rated it
    std::string note;      ///< evidence for the rating

    friend bool operator==(const RagRating&, const RagRating&) = default;
};

struct Plan {
    PlanId id;
    std::string title;
    std::string board;  ///< the owning board
    PlanPeriod period;
    RagScheme scheme{default_rag_scheme()};
    std::vector<PlanSection> sections;      ///< in printed order
    std::vector<PlanAction> actions;        ///< in printed order
    std::vector<PositionUpdate> positions;  ///< undated first, then by date; order of entry within a date
    std::vector<RagRating> ratings;         ///< by date; order of entry within a date
    std::vector<std::string> notes;         ///< free text printed with the plan ("NB PLEASE ...")

    friend bool operator==(const Plan&, const Plan&) = default;
};

/// Lookups by number as printed; nullptr if absent.
const PlanSection* find_section(const Plan& plan, std::string_view number) noexcept;
const PlanAction* find_action(const Plan& plan, std::string_view number) noexcept;
/// Throws NotFoundError naming the number.
const PlanAction& get_action(const Plan& plan, std::string_view number);

/// Adds a section; throws ValidationError for an empty or duplicate number.
void add_section(Plan& plan, PlanSection section);
/// Adds an action; throws ValidationError for an empty or duplicate number or
/// a section the plan does not have. Fills `leads` from `leads_text` if empty.
void add_action(Plan& plan, PlanAction action);

/// "1.1", "10.12", "2.5a": digits, a dot, digits, an optional lower-case letter.
bool is_action_number(std::string_view text) noexcept;
/// The part before the dot: "1.1" -> "1"; the whole text if there is no dot.
std::string_view section_number_of(std::string_view action_number) noexcept;
/// Orders "1.2" before "1.10" and "2.1" after both; negative, zero or positive.
int compare_action_numbers(std::string_view a, std::string_view b) noexcept;

/// Splits a Lead cell into leads: one per printed line, and "/" between
/// roles ("Head of PPU/Chair CSE Strategic Group") or ";" separates leads.
/// Spaces are trimmed, empty pieces dropped, duplicates kept once.
std::vector<std::string> split_leads(std::string_view text);

/// Throws ValidationError if the plan breaks a rule: duplicate or empty
/// section or action numbers (duplicate action numbers are always an error),
/// actions in unknown sections, an invalid scheme, positions or ratings for
/// unknown actions, ratings with unknown statuses, two ratings of one action on
/// one date, or history tables out of date order.
void validate(const Plan& plan);

} // namespace boardroom::plans
