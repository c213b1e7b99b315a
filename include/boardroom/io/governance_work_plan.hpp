// A committee's forward work plan as printed (Scrutiny Committee, Appendix A):
//
//   Scrutiny Committee Work Plan 2014/15
//   17 July 2015<TAB>Safeguarding Children<TAB>LSCB/Louise Taylor/ ...<TAB>Update from ...
//   <TAB>Apprenticeships<TAB>Eddie Sutton/Anne- Marie Morgan<TAB>        <- date carried down
//   Future Topics: not yet scheduled
//   - Bus Services and Subsidies to consider outcomes of ...
//   Task Groups
//   The following task and finish groups are ongoing or have recently been established:
//   - Planning Matters: Interface between upper and lower tiers ...
//
// Columns: meeting date | topic | lead officers (separated by '/') | notes.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/governance/data_quality.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

struct WorkPlanRow {
    std::size_t line{0};
    std::optional<Date> meeting_date;  ///< std::nullopt: "not yet scheduled"
    bool date_carried{false};          ///< the date cell was empty and taken from the row above
    std::string topic;
    std::vector<std::string> lead_officers;
    std::string notes;
};

struct TaskGroupText {
    std::size_t line{0};
    std::string name;   ///< "Planning Matters"
    std::string remit;  ///< text after the first ": ", if any
};

struct WorkPlanDocument {
    std::string source;
    std::string title;  ///< "Scrutiny Committee Work Plan 2014/15"
    std::vector<WorkPlanRow> rows;
    std::vector<TaskGroupText> task_groups;
    std::vector<governance::DataQualityNote> notes;
};

/// Throws InputError naming source, line and field: 'date' (unreadable, or
/// the first row has none to carry down), 'topic' (empty, or a line in the
/// unscheduled-topics section that is not a bullet), 'task group' (likewise),
/// 'lead officers' (a row wider than four cells).
WorkPlanDocument parse_work_plan(std::string_view text, const std::string& source, std::size_t first_line = 1);
WorkPlanDocument read_work_plan(const std::filesystem::path& path);

} // namespace boardroom::io
