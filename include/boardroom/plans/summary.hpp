// The tables a board sees at each meeting, in long form (one row per
// combination) so they become DataFrames or SQL results without reshaping.
#pragma once

#include "boardroom/plans/history.hpp"

#include <cstddef>
#include <optional>
#include <string>
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

/// Movement from the last reporting date before `date` (see reporting_dates) to
/// `date`. With no earlier report every action is compared with "unrated".
MovementReport movement_since_last_report(const Plan& plan, const Date& date);

/// Overdue actions grouped by lead (an action with two leads counts for both;
/// one with none is listed under an empty lead). Leads with most overdue
/// actions first, then alphabetical.
struct LeadOverdue {
    std::string lead;
    std::size_t count{0};
    std::vector<std::string> actions;  ///< printed order
    long max_days_overdue{0};
};

std::vector<LeadOverdue> overdue_by_lead(const Plan& plan, const Date& date);

} // namespace boardroom::plans
