// Who sits on which board, in what role, for whom and from when to when
// (Popolo's Membership), and who came to each meeting.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/core/id.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace boardroom::governance {

enum class Role { Chair, DeputyChair, Member, CoOpted, Officer, Adviser };

std::string_view to_string(Role role) noexcept; ///< "chair", "deputy chair", "member", "co-opted", ...
/// Case-insensitive; accepts "vice chair" / "vice-chair" for DeputyChair and "co-opted member".
std::optional<Role> parse_role(std::string_view text) noexcept;

struct Membership {
    PersonId person;
    BoardId board;
    Role role{Role::Member};
    OrganisationId on_behalf_of;  ///< the organisation the person represents, if any
    std::optional<Date> start;    ///< unknown start: a member since before the records begin
    std::optional<Date> end;      ///< unknown end: still a member
    /// Voting rights when they differ from the role's usual ones (see is_voting).
    std::optional<bool> voting;
    std::string note;             ///< where the facts came from, when they are inferred
};

/// True if the membership covers `date` (open ends unbounded).
bool active_on(const Membership& membership, Date date) noexcept;

/// Voting rights: `voting` if set; otherwise chairs, deputy chairs and members
/// vote, co-opted members, officers and advisers do not (co-opted members vote
/// only where the board's terms of reference say so: set `voting`).
bool is_voting(const Membership& membership) noexcept;

/// A chair handing over to another: a dated event derived from the Chair
/// memberships. `outgoing` is invalid when the records start with this chair.
struct ChairChange {
    BoardId board;
    Date date{};
    PersonId outgoing;
    PersonId incoming;
};

enum class AttendanceStatus { Present, Apologies, Absent, Substitute, InAttendance };

std::string_view to_string(AttendanceStatus status) noexcept; ///< "present", "apologies", ...
/// "present", "apologies", "absent", "substitute", "in attendance" (case-insensitive).
std::optional<AttendanceStatus> parse_attendance_status(std::string_view text) noexcept;

/// One person's attendance at one meeting, as the minutes record it.
struct Attendance {
    MeetingId meeting;
    PersonId person;
    AttendanceStatus status{AttendanceStatus::Present};
    /// Substitutes only: the member they stood in for. A substitution is for
    /// that meeting only and gives no membership.
    PersonId replaces;
    std::string capacity;          ///< job title as printed at this meeting
    OrganisationId organisation;   ///< organisation represented at this meeting
    bool chaired{false};           ///< "(Chair)" was printed against the name

    /// Present in the room: Present, Substitute or InAttendance.
    bool in_room() const noexcept {
        return status == AttendanceStatus::Present || status == AttendanceStatus::Substitute ||
               status == AttendanceStatus::InAttendance;
    }
};

} // namespace boardroom::governance
