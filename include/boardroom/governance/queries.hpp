// The questions officers ask before every meeting, answered from a Register.
#pragma once

#include "boardroom/governance/register.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::governance {

// ---- action owners

/// Resolves ACTION BY initials ("RH", "SA/SM", "KT & SA") to people recorded
/// at `meeting`. Each set of initials is matched against initials_of() of the
/// people in the room (present, substitutes, in attendance); if nobody in the
/// room has them, against those who sent apologies (actions are given to
/// absent members too). Throws ValidationError naming the initials when none
/// match ("unknown initials 'XY'") or when more than one person at the same
/// level matches ("ambiguous initials 'MG': Mark Gaffney, Michael Green").
std::vector<PersonId> resolve_initials(const Register& reg, MeetingId meeting, std::string_view printed);

/// Splits "SA/SM", "KT & SA", "KT, SA" into the separate initials, upper case.
std::vector<std::string> split_initials(std::string_view printed);

// ---- actions

/// The date an action falls due: its date, or the date of the first meeting of
/// the raising board after the one that raised it (cancelled meetings skipped);
/// std::nullopt when unspecified or when no later meeting is in the diary.
std::optional<Date> due_date(const Register& reg, const Action& action);

struct OwnerActions {
    PersonId owner;
    std::vector<ActionId> actions;  ///< oldest due first
};

/// Actions outstanding on `as_of` whose due date is before it, grouped by
/// owner (an action with joint owners is listed under each). Owners in
/// family-name order.
std::vector<OwnerActions> overdue_actions_by_owner(const Register& reg, Date as_of);

/// Outstanding actions (as of `as_of`) raised at meetings of `board` held
/// before `as_of`, oldest meeting first: the matters arising.
std::vector<ActionId> matters_arising(const Register& reg, BoardId board, Date as_of);

// ---- agenda

/// Why an item is on a draft agenda.
enum class DraftItemSource {
    Standing,        ///< a standing item of the board
    MattersArising,  ///< an item of its own for the matters arising
    ForwardPlan,     ///< a forward-plan topic for the meeting's date
};

/// Where one item of a draft agenda comes from, so that the officer who
/// checks the draft can trace every line of it.
struct DraftItemOrigin {
    DraftItemSource source{DraftItemSource::Standing};
    /// Standing: the date of the agenda it was copied from; std::nullopt for
    /// one of the board's own standing items that agenda lacked.
    std::optional<Date> agenda_of;
    /// The outstanding actions listed in the item as matters arising (the
    /// item of their own, or the standing item that hosts them).
    std::vector<ActionId> actions;
    /// ForwardPlan: the meeting date the forward plan gives the topic.
    std::optional<Date> plan_date;
};

struct DraftAgenda {
    Meeting meeting;                        ///< renumbered 1..n; each item keeps the part of where it came from
    std::vector<ActionId> matters_arising;  ///< outstanding actions listed under matters arising
    std::vector<ForwardPlanEntry> unscheduled_topics; ///< "not yet scheduled" topics to consider
    std::vector<DraftItemOrigin> origins;   ///< where each item comes from, parallel to meeting.agenda
};

/// Draft agenda for the board's meeting on `date`: the opening standing items,
/// matters arising (put into a standing item whose title mentions "matters
/// arising", else a new item after the opening run), the body standing items,
/// the forward-plan topics for that date (purpose Discuss, leads = lead
/// officers), then the closing standing items. Standing items are those of
/// the board's latest agenda before `date` (items marked standing), in their
/// places, plus any of the board's own standing_items that agenda lacked.
/// Venue, time and status come from the diary entry if there is one; the
/// meeting-dates item lists the board's later meetings from the diary.
/// `origins` records for each item whether it is a standing item (and of
/// which agenda), the matters arising (and which actions) or a forward-plan
/// topic (and for which date). Items inherit their part: a Part II standing
/// item or forward-plan topic stays Part II, and outstanding actions raised
/// at Part II business, or whose part the papers do not establish (see
/// ItemParts), are listed in "Matters arising from Part II business" items
/// (one per Schedule 12A paragraph) after the closing items, never in Part I.
DraftAgenda draft_agenda(const Register& reg, BoardId board, Date date);

// ---- attendance

struct MemberAttendance {
    PersonId person;
    int expected{0};      ///< meetings the person was expected at
    int present{0};
    int apologies{0};
    int absent{0};        ///< recorded absent, or a member with no record at all
    int substituted{0};   ///< a substitute came in their place
    double rate() const noexcept { return expected == 0 ? 0.0 : static_cast<double>(present) / expected; }
};

/// Per person, over meetings of `board` (or of every board if `board` is not
/// valid) held from `from` to `to` inclusive. Expected = recorded present,
/// apologies or absent, or replaced by a substitute, or a member (by
/// membership) with no record. Substitutes and people "in attendance" were not
/// expected and are not counted. Sorted by family name.
std::vector<MemberAttendance> attendance_by_member(const Register& reg, BoardId board, Date from, Date to);

struct OrganisationAttendance {
    OrganisationId organisation;
    int meetings_expected{0};     ///< meetings where someone was expected for it
    int meetings_represented{0};  ///< of those, meetings where someone came for it
    int attendances{0};           ///< people in the room for it, summed over meetings
    double rate() const noexcept {
        return meetings_expected == 0 ? 0.0 : static_cast<double>(meetings_represented) / meetings_expected;
    }
};

/// Per organisation: was it represented? An organisation is expected at a
/// meeting when any attendance record or active membership names it there.
std::vector<OrganisationAttendance> attendance_by_organisation(const Register& reg, BoardId board, Date from,
                                                               Date to);

struct QuorumCheck {
    int voting_members{0};  ///< voting memberships active on the date
    int voting_present{0};  ///< of those, present in person or by substitute
    int required{0};
    bool quorate{false};
};

/// Checks a meeting against its board's quorum rule. Throws ValidationError if
/// the board has no rule (quorum is never guessed).
QuorumCheck check_quorum(const Register& reg, MeetingId meeting);

// ---- memberships and boards

/// Memberships whose end date falls within `days` days from `from` (inclusive).
std::vector<Membership> terms_ending_within(const Register& reg, Date from, int days);

/// Chair changes of a board, from its Chair memberships, in date order.
std::vector<ChairChange> chair_changes(const Register& reg, BoardId board);

struct ReportingNode {
    BoardId board;
    std::string name;
    std::vector<ReportingNode> reports_from;  ///< boards that report to this one
};

/// The boards reporting (directly or not) to `root`, as a tree; a board that
/// reports to two boards appears under each.
ReportingNode reporting_tree(const Register& reg, BoardId root);
/// Trees for every board that reports to no one.
std::vector<ReportingNode> reporting_forest(const Register& reg);
/// Indented text, two spaces a level.
std::string format_reporting_tree(const ReportingNode& node);

struct TaskGroupOverrun {
    BoardId group;
    Date planned_end{};
    int meetings_after_planned_end{0};
    std::optional<Date> last_meeting;
};

/// Task-and-finish groups not stood down whose planned end is before `as_of`
/// ("should be Task and Finish but appears to be ongoing"), in date order.
std::vector<TaskGroupOverrun> overrunning_task_groups(const Register& reg, Date as_of);

} // namespace boardroom::governance
