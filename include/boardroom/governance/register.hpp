// The governance records of one or more boards: a plain aggregate of vectors
// (easy to store, serialise and bind), with free functions that allocate ids,
// look records up and check that every id refers to something.
#pragma once

#include "boardroom/governance/action.hpp"
#include "boardroom/governance/board.hpp"
#include "boardroom/governance/meeting.hpp"
#include "boardroom/governance/membership.hpp"
#include "boardroom/governance/minutes.hpp"
#include "boardroom/governance/people.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace boardroom::governance {

struct Register {
    std::vector<Organisation> organisations;
    std::vector<Person> people;
    std::vector<Board> boards;
    std::vector<ReportingLine> reporting_lines;
    std::vector<Membership> memberships;
    std::vector<Meeting> meetings;          ///< Meeting::board_id links each to its board
    std::vector<Attendance> attendance;
    std::vector<InterestsRecord> interests; ///< at most one per meeting
    std::vector<MinuteItem> minutes;
    std::vector<MinutesApproval> approvals;
    std::vector<Action> actions;
    std::vector<ForwardPlanEntry> forward_plan;
};

// ---- adding records: an id of 0 is replaced by the next free one; an id already
// in use is a ValidationError. Each returns the id.

OrganisationId add_organisation(Register& reg, Organisation organisation);
PersonId add_person(Register& reg, Person person);
/// Also refuses a second board whose name or alias has the same board_name_key,
/// and a parent that is not in the register or would make a reporting cycle.
BoardId add_board(Register& reg, Board board);
/// The board must exist; an empty `board` name is filled in from it. A Meeting
/// with no agenda is fine (a date in the diary).
MeetingId add_meeting(Register& reg, Meeting meeting);
/// The meeting and the owners must exist.
ActionId add_action(Register& reg, Action action);

/// Adds "from reports to to". Throws ValidationError for a board reporting to
/// itself, or when the line would close a cycle; the message names the cycle,
/// e.g. "Health and Wellbeing Board -> Children's Partnership Board -> ... ->
/// Health and Wellbeing Board". A line already present is not added twice.
void add_reporting_line(Register& reg, BoardId from, BoardId to);

/// A cycle among the reporting lines and task-group parents, as the boards on
/// it with the first repeated at the end; std::nullopt if there is none.
std::optional<std::vector<BoardId>> find_reporting_cycle(const Register& reg);

// ---- lookups by id: throw NotFoundError naming the id.

const Organisation& organisation(const Register& reg, OrganisationId id);
Organisation& organisation(Register& reg, OrganisationId id);
const Person& person(const Register& reg, PersonId id);
Person& person(Register& reg, PersonId id);
const Board& board(const Register& reg, BoardId id);
Board& board(Register& reg, BoardId id);
const Meeting& meeting(const Register& reg, MeetingId id);
Meeting& meeting(Register& reg, MeetingId id);
const Action& action(const Register& reg, ActionId id);
Action& action(Register& reg, ActionId id);

// ---- lookups by name or date: std::nullopt / empty when nothing matches.

/// By normalise_name of the name or any alias.
std::optional<OrganisationId> find_organisation(const Register& reg, std::string_view name);
/// By board_name_key of the name or any alias (word order and punctuation ignored).
std::optional<BoardId> find_board(const Register& reg, std::string_view name);
/// Everyone `printed` could name (see name_matches); more than one means ambiguous.
std::vector<PersonId> find_people(const Register& reg, const PersonName& printed);
/// The board's meeting on that date (the first, if the diary has two).
std::optional<MeetingId> find_meeting(const Register& reg, BoardId board, Date date);
/// The attendance records of one meeting, in the order recorded.
std::vector<Attendance> attendance_at(const Register& reg, MeetingId meeting);
/// The interests record of one meeting, or nullptr if none was recorded.
const InterestsRecord* interests_at(const Register& reg, MeetingId meeting);
/// The board's meetings, by date.
std::vector<MeetingId> meetings_of(const Register& reg, BoardId board);

// ---- find or add: what loaders do with each name they read.

/// The organisation with this name or alias, added if there is none.
OrganisationId find_or_add_organisation(Register& reg, std::string_view name);

struct PersonMatch {
    PersonId id;
    bool added{false};      ///< no one matched; a new person was added
    bool ambiguous{false};  ///< several matched and none could be preferred; a new person was added
};

/// The person `printed` names: among find_people, those of `organisation`
/// (or of no known organisation) are preferred. One match is reused, its given
/// name completed if the print is fuller ("C" -> "Cynthia") and its honorific
/// filled in if it had none; no match, or an ambiguous one, adds a person.
PersonMatch find_or_add_person(Register& reg, const PersonName& printed, OrganisationId organisation = {});

/// Checks every cross reference (memberships, meetings, attendance,
/// substitutes, declarations, minutes, approvals, actions, forward plan,
/// reporting lines), that ids are unique and valid, that an interests record
/// does not both say "none" and list declarations, that action histories run
/// forwards, and that reporting lines have no cycle. Throws ValidationError
/// listing every problem found, one per line.
void check_references(const Register& reg);

} // namespace boardroom::governance
