// The action log ("ACTION BY" in the minutes) and the forward work plan.
// Neither Popolo nor Open Civic Data has an action log: this one is ours.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/core/id.hpp"
#include "boardroom/governance/meeting.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::governance {

enum class ActionStatus { Open, InProgress, Done, Dropped };

std::string_view to_string(ActionStatus status) noexcept; ///< "open", "in progress", "done", "dropped"
std::optional<ActionStatus> parse_action_status(std::string_view text) noexcept;

/// Open and InProgress actions are still owed; they come back as matters arising.
constexpr bool is_outstanding(ActionStatus status) noexcept {
    return status == ActionStatus::Open || status == ActionStatus::InProgress;
}

struct StatusChange {
    Date date{};
    ActionStatus status{ActionStatus::Open};
    std::string note;
};

/// When an action is due: a date, "the next meeting" of the board that raised
/// it (the usual convention for minutes' actions), or not said.
struct Due {
    enum class Kind { Unspecified, OnDate, NextMeeting };
    Kind kind{Kind::Unspecified};
    Date date{};  ///< OnDate only

    static Due on(Date date) { return {Kind::OnDate, date}; }
    static Due next_meeting() { return {Kind::NextMeeting, {}}; }
};

struct Action {
    ActionId id;
    MeetingId raised_at;
    std::string item;                ///< minute item number where it was raised
    std::string text;                ///< the paragraph that gives the action
    std::vector<PersonId> owners;    ///< one or more; joint owners share it
    std::string owners_as_printed;   ///< "SA/SM"; empty when typed in directly
    Due due;
    /// Dated history, oldest first. Empty means open since it was raised.
    std::vector<StatusChange> history;
    /// The part of the item it was raised at: an action raised at a Part II
    /// item is Part II, and so are its status notes. std::nullopt when not
    /// established (the disclosure gate then looks at the minute and agenda).
    std::optional<AgendaPart> part;
    int exempt_paragraph{0};  ///< Part II: 1-7, or 0 when not given
};

/// Latest status (Open when the history is empty).
ActionStatus status_of(const Action& action) noexcept;
/// Status as of `date`: the last change on or before it (Open before any change).
ActionStatus status_on(const Action& action, Date date) noexcept;
/// Appends a status change. Throws ValidationError if `date` is before the last
/// change (the history is a log, not a form to overwrite).
void set_status(Action& action, Date date, ActionStatus status, std::string note = {});

/// One row of a forward work plan: a topic for a meeting, or for some meeting
/// not yet scheduled ("Future Topics: not yet scheduled").
struct ForwardPlanEntry {
    BoardId board;
    std::optional<Date> meeting_date;       ///< std::nullopt: not yet scheduled
    std::string topic;
    std::vector<std::string> lead_officers; ///< people or bodies, as printed
    std::string notes;
    /// A forward plan is published, so its topics are Part I unless marked
    /// as business to be taken in Part II.
    AgendaPart part{AgendaPart::Public};
    int exempt_paragraph{0};  ///< Part II: 1-7, or 0 when not given
};

} // namespace boardroom::governance
