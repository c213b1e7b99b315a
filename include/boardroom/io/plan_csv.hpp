// An action plan as a CSV file, one row per action: the form to keep a plan in
// a spreadsheet or exchange it with other tools.
//
//   section         section number ("1")                                   required
//   section_title   its title; give it on any row of the section, the same each time
//   statement       the section's statement ("The LSCB must ...")
//   position_heading  the section's name for positions: "Current Position", "Evidence"
//   number          action number as printed ("1.1")                       required
//   action          the action                                             required
//   outcomes        anticipated outcomes
//   leads           the Lead cell as printed (several split by new lines, '/' or ';')
//   timescale       as printed: "September 2014", "Review March 2015", ...
//   position        current position / evidence
//   position_date   YYYY-MM-DD of the position (default PlanCsvOptions::as_of, else undated)
//   rag             a status of the scheme (R, A, G, B or their labels)
//   rag_date        YYYY-MM-DD of the rating (default PlanCsvOptions::as_of)
//   rated_by        who rated it
//   rag_note        the evidence for the rating
//
// Unknown columns are an error (a misspelt optional column would otherwise be
// silently ignored).
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/io/csv.hpp"
#include "boardroom/io/plan_text.hpp"
#include "boardroom/plans/plan.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace boardroom::io {

struct PlanCsvOptions {
    std::string title;
    std::string board;
    std::string period;  ///< "2015-2018"
    plans::RagScheme scheme{plans::default_rag_scheme()};
    std::optional<Date> as_of;  ///< date of positions and ratings without their own date
};

/// Parses the CSV. Throws InputError naming the file, line and column for:
/// a missing required column or cell, an unknown column, a duplicate action
/// number, two different titles, statements or headings for one section, a date that is
/// not YYYY-MM-DD, a RAG status not in the scheme or one without a date, a
/// rating dated before the plan period starts.
/// Warnings are those of check_plan.
LoadedPlan parse_plan_csv(std::string_view text, const std::string& source, const PlanCsvOptions& options = {});
/// The same from a table already split into cells: a spreadsheet's sheet
/// through CsvTable::from_rows, whose row numbers and source ("book.xlsx
/// [sheet Plan]") the errors then name.
LoadedPlan parse_plan_csv(const CsvTable& table, const PlanCsvOptions& options = {});
LoadedPlan read_plan_csv(const std::filesystem::path& path, const PlanCsvOptions& options = {});

/// Writes the plan in the same form, one row per action, with each action's
/// position and rating as of `as_of` (the latest if not given). Dates are
/// written in their own columns, so reading the file back gives the same
/// actions, sections and latest state.
std::string format_plan_csv(const plans::Plan& plan, std::optional<Date> as_of = std::nullopt);

} // namespace boardroom::io
