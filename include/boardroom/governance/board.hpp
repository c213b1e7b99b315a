// Boards, committees and task-and-finish groups, their names as printed, their
// standing items and quorum, and the reporting lines between them.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/core/id.hpp"
#include "boardroom/governance/meeting.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::governance {

enum class BoardKind { Board, Committee, TaskAndFinishGroup };

std::string_view to_string(BoardKind kind) noexcept; ///< "board", "committee", "task and finish group"
/// "board", "committee", "task and finish group" / "task group" / "task-and-finish group".
std::optional<BoardKind> parse_board_kind(std::string_view text) noexcept;

/// How many voting members make a meeting quorate. Quorum rules are not in the
/// seed packs; boards usually write them as a number ("three members") or a
/// fraction of the voting members ("one quarter"), so both are supported.
struct QuorumRule {
    enum class Kind { Count, Fraction };
    Kind kind{Kind::Count};
    int count{0};        ///< Count: at least this many voting members present
    int numerator{0};    ///< Fraction: at least numerator/denominator of voting members,
    int denominator{1};  ///< rounded up (a quorum is a minimum, so 12/4 = 3 but 13/4 = 4)
    int minimum{0};      ///< Fraction: never fewer than this, whatever the fraction gives

    static QuorumRule at_least(int members);
    static QuorumRule fraction(int numerator, int denominator, int minimum = 0);
};

/// Voting members needed for `rule` when the board has `voting_members`.
/// Throws ValidationError for a rule that is not well formed (count < 1,
/// fraction outside (0, 1]).
int required_for_quorum(const QuorumRule& rule, int voting_members);

/// Where a standing item goes on a draft agenda: the opening run (welcome,
/// apologies, minutes), the body, or the closing run (any other business,
/// dates of future meetings).
enum class StandingPlace { Opening, Body, Closing };

struct StandingItem {
    AgendaItem item;  ///< number is ignored: drafts are renumbered
    StandingPlace place{StandingPlace::Body};
};

struct Board {
    BoardId id;
    std::string name;                  ///< the name used on the board's own agenda
    std::vector<std::string> aliases;  ///< other printed names (acronyms, other word orders)
    BoardKind kind{BoardKind::Board};
    /// The board that set up a task-and-finish group (or a sub-group) and to
    /// which it reports. Counts as a reporting line.
    BoardId parent;
    OrganisationId host;               ///< the organisation that services it, if known
    std::string remit;
    std::optional<Date> established;
    std::optional<Date> planned_end;   ///< task-and-finish groups: when it should finish
    std::optional<Date> ended;         ///< when it actually stood down
    std::optional<QuorumRule> quorum;
    std::vector<StandingItem> standing_items; ///< in agenda order

    /// True if `name` is this board's name or an alias under board_name_key.
    bool is_called(std::string_view name) const;
};

/// One board reporting to another ("the Chair to report back to the Trust Board").
struct ReportingLine {
    BoardId from;  ///< the board that reports
    BoardId to;    ///< the board it reports to
};

/// Key under which board names compare equal: the words of normalise_name,
/// sorted, so that "South Ribble, Chorley & West Lancashire Children's
/// Partnership Board" and "CHORLEY, SOUTH RIBBLE & WEST LANCASHIRE CHILDREN'S
/// PARTNERSHIP BOARD" are one board. A leading "the" is dropped. Word order
/// carries no meaning in these names (they list districts), so sorting is safe;
/// distinct boards differ in their words, not their order.
std::string board_name_key(std::string_view name);

/// True for the item that lists dates of coming meetings ("Future CPB meeting
/// dates", "Date of Next Meeting"); not for the minutes of a meeting.
bool is_meeting_dates_item(std::string_view title);

/// The standing items of a printed agenda (items with `standing` set): the
/// run at the top is Opening, the run at the bottom is Closing, the rest Body.
std::vector<StandingItem> standing_items_from(const Meeting& agenda);

} // namespace boardroom::governance
