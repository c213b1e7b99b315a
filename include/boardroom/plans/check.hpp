// Checks of a plan as a whole, run after loading or before publishing. They
// report what a reader of the printed plan would query, without refusing the
// plan: the seed itself has actions with no lead, no outcome or no timescale,
// a reference to an action that does not exist, and deadlines from 2014 in a
// 2015-2018 plan.
#pragma once

#include "boardroom/plans/plan.hpp"
#include "boardroom/plans/warning.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace boardroom::plans {

/// Action numbers mentioned in running text ("Links to E safety 3.7" -> "3.7"),
/// in order. Decimals inside larger numbers or followed by '%' are not
/// references ("2.5%", "1.2.3").
std::vector<std::string> find_action_references(std::string_view text);

/// All checks below, in the order of the actions. Warnings carry `file` and the
/// lines stored in the plan (PlanAction::line, PlanSection::line).
///   "missing-lead", "missing-outcomes", "missing-timescale"  an empty cell
///   "unrecognised-timescale"  a timescale we could not read (text kept)
///   "unknown-reference"       a reference to an action the plan does not have
///   "before-period"           a due or review date before the plan period starts
///   "after-period"            a due or review date after the plan period ends
///   "section-mismatch"        action "2.7" printed under section 3
///   "numbering-gap"           1.1, 1.3 with no 1.2
///   "empty-section"           a section with no actions
/// Duplicate action numbers are not warnings: validate() throws for them.
std::vector<Warning> check_plan(const Plan& plan, const std::string& file = "");

} // namespace boardroom::plans
