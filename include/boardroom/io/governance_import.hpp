// Puts what the text loaders read into a governance::Register: people and
// organisations found or added by name, meetings found or added by date,
// action owners resolved from their initials. Each import returns the data-
// quality notes of the document and of the import itself.
#pragma once

#include "boardroom/governance/action.hpp"
#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/register.hpp"
#include "boardroom/io/csv.hpp"
#include "boardroom/io/governance_agenda.hpp"
#include "boardroom/io/governance_minutes.hpp"
#include "boardroom/io/governance_work_plan.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

struct ImportOptions {
    /// Organisation of people printed without one (a council's grid of
    /// councillors). Empty: the heading line above the board's name, if any
    /// ("Lancashire County Council" above "Scrutiny Committee").
    std::string default_organisation{};
    /// Due date of ACTION BY actions, which print none. Minutes' actions are
    /// reported back as matters arising at the next meeting, hence the default.
    governance::Due action_due = governance::Due::next_meeting();
    /// Also record a Member membership (dates unknown) for everyone present
    /// (not substitutes), sending apologies or absent, and for members replaced
    /// by a substitute: right for a committee whose list holds only members,
    /// wrong for a partnership whose list includes guests, hence off.
    bool memberships_from_attendance{false};
    /// The part of minute items printed under no Part I / Part II heading
    /// (each such item gets a note). std::nullopt: left unestablished, so the
    /// disclosure gate takes it from the meeting's agenda or refuses.
    std::optional<governance::AgendaPart> unmarked_part{};
};

struct ImportResult {
    MeetingId meeting;
    std::vector<governance::DataQualityNote> notes;
};

/// Adds the meeting a printed line announces ("Thursday 10 March 2016, 2pm –
/// Wheel Room, Civic Centre, South Ribble") to the board's diary. If the board
/// already has a meeting that day, a venue or time that differs is noted and
/// the diary's kept. A year that was not printed is noted. Returns the meeting.
MeetingId add_announced_meeting(governance::Register& reg, BoardId board, const MeetingLine& line,
                                const std::string& source, std::size_t line_number,
                                std::vector<governance::DataQualityNote>& notes);

/// Compares a board's name as a document prints it with the board: a name
/// that is not the board's is noted; the board's name with its words in
/// another order ("CHORLEY, SOUTH RIBBLE & ..." for "South Ribble, Chorley &
/// ...") is noted and kept as an alias.
void check_printed_board_name(governance::Register& reg, BoardId board, const std::string& printed,
                              const std::string& source, std::size_t line,
                              std::vector<governance::DataQualityNote>& notes);

/// Imports minutes of a meeting of `board`: the meeting (added, or the diary
/// entry on that date marked held), attendance and substitutes, the chair (a
/// dated Chair membership; a change of chair ends the previous one), minute
/// items and resolutions, the interests record ("None were disclosed"),
/// approvals of earlier minutes, actions with their owners resolved from the
/// initials, items the minutes make standing, and future meeting dates. Each
/// minute item keeps the part its headings give (see parse_minutes), and its
/// actions share it.
/// Throws InputError naming the file, line, item and field 'ACTION BY' for
/// unknown or ambiguous initials, and 'heading' when the minutes give no date;
/// ValidationError if minutes of that meeting are already in the register.
ImportResult import_minutes(governance::Register& reg, BoardId board, const MinutesDocument& doc,
                            const ImportOptions& options = {});

/// Imports an agenda: the meeting on its date gets the agenda (added to the
/// diary if absent; its venue and time are taken from the agenda, the agenda
/// being the meeting's own notice), items the board has made standing are
/// marked so, and meeting dates in its items are added to the diary.
ImportResult import_agenda(governance::Register& reg, BoardId board, const AgendaDocument& doc);

/// Imports a work plan: forward-plan entries for `board`, and its task groups
/// as task-and-finish groups whose parent is `board` (not added twice).
std::vector<governance::DataQualityNote> import_work_plan(governance::Register& reg, BoardId board,
                                                          const WorkPlanDocument& doc);

/// Boards and reporting lines from a tab-separated table with a header row:
///   Board<TAB>Kind<TAB>Reports to<TAB>Also printed as<TAB>Source
/// Kind is board, committee or task and finish group; "Reports to" names a
/// board of the table (a task group's parent); "Also printed as" lists
/// aliases separated by ';'; "Source" is free text (where the facts come
/// from). Throws InputError naming file, line and field for an unknown
/// column, kind or board, and for a reporting cycle (field 'Reports to').
std::vector<BoardId> import_boards_table(governance::Register& reg, std::string_view text, const std::string& source);
std::vector<BoardId> read_boards_table(governance::Register& reg, const std::filesystem::path& path);
/// The same from a table already read (a workbook's sheet through
/// CsvTable::from_rows): errors name its source, the row and the column.
std::vector<BoardId> import_boards_table(governance::Register& reg, const CsvTable& table);

} // namespace boardroom::io
