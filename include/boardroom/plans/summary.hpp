// The tables a board sees at each meeting, in long form (one row per
// combination) so they become DataFrames or SQL results without reshaping.
#pragma once

#include "boardroom/plans/history.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::plans {

/// How many actions of a section held a status at a date. Every section is
/// crossed with "unrated" (status empty) and every status of the scheme, worst
/// first, zeros included, so stacked bars keep their order and colours.
struct SectionRagCount {
    std::string section;
    std::string section_title;
    std::string status;  ///< a scheme code; empty for unrated
    std::string label;   ///< "Red"; "Unrated" for unrated
    std::size_t count{0};
};

std::vector<SectionRagCount> rag_counts_by_section(const Plan& plan, const Date& date);

/// Counts of each kind of movement per section (kinds with no action left out).
struct MovementCount {
    std::string section;
    Movement movement{Movement::StillUnrated};
    std::size_t count{0};
};

struct MovementReport {
    std::optional<Date> previous;  ///< the last report before `current`; empty if there was none
    Date current{};
    std::vector<ActionMovement> actions;  ///< every action, printed order
    std::vector<MovementCount> counts;    ///< by section in printed order, then Movement order
};

/// Movement to `date` from the reporting round before the one in force at
/// `date` (the latest rating date on or before it; see reporting_dates), so a
/// plan rated twice before a meeting shows what changed between the two rounds.
/// With no earlier round every action is compared with "unrated".
MovementReport movement_since_last_report(const Plan& plan, const Date& date);

/// A lead as counted: letter case, runs of spaces and trailing punctuation
/// ignored, so "Chair CSE Strategic Group." and "Chair CSE Strategic group"
/// are one lead.
std::string lead_key(std::string_view lead);

/// True when a piece of a Lead cell reads as a sentence rather than a role,
/// group or person: "To be evaluated through the CSE Strategic Group in line
/// with the 3 year CSE Strategy.", "CSE Strategic Group to arrange membership
/// and evaluate." (an infinitive, or a long clause ending in a full stop).
bool is_sentence_lead(std::string_view lead);

/// True when a position or evidence text says the action is done and nothing
/// else: "Complete", "Completed", "Reviewed / completed", "Done." (not
/// "completion of the course").
bool reads_complete(std::string_view position);

/// Overdue actions grouped by lead (an action with two leads counts for both;
/// one with none is listed under an empty lead). Leads are grouped by
/// lead_key and shown in their first printed form; a sentence in the Lead
/// cell (is_sentence_lead) is not a lead; an action reported complete
/// (OverdueAction::reported_complete) is not counted. Leads with most overdue
/// actions first, then alphabetical.
struct LeadOverdue {
    std::string lead;
    std::size_t count{0};
    std::vector<std::string> actions;  ///< printed order
    long max_days_overdue{0};
};

std::vector<LeadOverdue> overdue_by_lead(const Plan& plan, const Date& date);

} // namespace boardroom::plans
