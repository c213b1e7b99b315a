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

#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

namespace boardroom::governance {

namespace detail {

struct RegisterIndex;  // hash maps over a Register's vectors (register.cpp)

/// The lookup index of one Register, built on first use and kept up to date as records are
/// appended. It is not part of the register's value: a copy starts without one (and builds
/// its own when asked), and it is guarded by a mutex so that const lookups may run in
/// parallel. It notices a vector appended to, shrunk or replaced as a whole, and a record
/// removed with another appended (its last indexed record is checked); code that
/// changes an id or a link (Meeting::board_id, Attendance::meeting, Action::raised_at,
/// Membership::board, InterestsRecord::meeting) of a stored record in place calls reindex().
class IndexCache {
public:
    IndexCache() noexcept;
    IndexCache(const IndexCache&) noexcept;
    IndexCache(IndexCache&&) noexcept;
    IndexCache& operator=(const IndexCache&) noexcept;
    IndexCache& operator=(IndexCache&&) noexcept;
    ~IndexCache();

private:
    friend struct IndexAccess;
    mutable std::mutex mutex_;
    mutable std::unique_ptr<RegisterIndex> index_;
};

} // namespace detail

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
    /// Not a record: hash indexes over the vectors above (see detail::IndexCache).
    detail::IndexCache index{};
};

/// Drops the register's lookup index; the next lookup rebuilds it. Needed only after an id
/// or a link of a stored record was changed in place (see detail::IndexCache).
void reindex(const Register& reg);

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

// ---- indexed views: pointers into the register's vectors, in the order stored, found
// through the index (a hash lookup, then only the records asked for). Valid until the
// register's vectors change.

std::vector<const Meeting*> meetings_of_board(const Register& reg, BoardId board);
std::vector<const Attendance*> attendance_records(const Register& reg, MeetingId meeting);
std::vector<const Action*> actions_raised_at(const Register& reg, MeetingId meeting);
std::vector<const Membership*> memberships_of_board(const Register& reg, BoardId board);
/// Whether a record with this id is in the register.
bool has_organisation(const Register& reg, OrganisationId id);
bool has_person(const Register& reg, PersonId id);
bool has_board(const Register& reg, BoardId id);
bool has_meeting(const Register& reg, MeetingId id);
bool has_action(const Register& reg, ActionId id);

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

/// The records one board's business needs, as a register of their own: every organisation,
/// board and reporting line; the meetings of `board` and of the boards whose parent it is (its
/// task groups), with their attendance, interests, minutes, approvals and actions; the
/// memberships and forward plans of those boards; and the people these records name. Queries
/// about `board` (its meetings, attendance, actions, matters arising, draft agenda, forward plan)
/// give the same answers on it as on `reg`, in time that depends on the board's history, not on
/// the whole register's. One pass over `reg`. Throws NotFoundError for an unknown board.
Register board_records(const Register& reg, BoardId board);

/// Checks every cross reference (memberships, meetings, attendance,
/// substitutes, declarations, minutes, approvals, actions, forward plan,
/// reporting lines), that ids are unique and valid, that an interests record
/// does not both say "none" and list declarations, that action histories run
/// forwards, and that reporting lines have no cycle. Throws ValidationError
/// listing every problem found, one per line.
void check_references(const Register& reg);

} // namespace boardroom::governance
