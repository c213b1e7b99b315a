// Meetings and their agendas, as printed on the front of a board's agenda pack.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/core/id.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::governance {

/// What the board is asked to do with an item ("Item for" on the agenda).
enum class ItemPurpose { Information, Action, Discuss, Decision };

/// Part I items are open to press and public; Part II items are exempt under a
/// paragraph (1-7) of Schedule 12A to the Local Government Act 1972.
enum class AgendaPart { Public, Exempt };

enum class MeetingStatus { Scheduled, ToBeConfirmed, Held, Cancelled };

/// Pages of the agenda pack that carry an item's papers, "(Pages 3 - 10)".
struct PageRange {
    int first{0};
    int last{0};
    friend bool operator==(const PageRange&, const PageRange&) = default;
};

struct AgendaItem {
    std::string number;              ///< as printed: "2", "5a"
    std::string title;
    ItemPurpose purpose{ItemPurpose::Information};
    std::string intended_outcome;    ///< may span several printed lines, kept with '\n'
    std::vector<std::string> leads;  ///< people or roles, as printed ("Chair")
    std::optional<PageRange> pages;
    AgendaPart part{AgendaPart::Public};
    /// 1-7 for Part II items, 0 for Part I; 0 for a Part II item whose
    /// paragraph the papers do not give (it is still withheld in public).
    int exempt_paragraph{0};
    bool standing{false};            ///< on every agenda (apologies, minutes, CSE)
    /// Set for an item of urgent business the chair admitted to the meeting:
    /// the special circumstances that made it urgent, which must be recorded
    /// in the minutes ("Urgent Business" on the Scrutiny Committee's agenda of
    /// 17 July 2015; section 100B(4)(b) of the Local Government Act 1972).
    /// Empty for an item that was on the published agenda. The "Urgent
    /// Business" heading itself is a standing item, not urgent business.
    std::optional<std::string> urgent_reason;

    bool is_exempt() const noexcept { return part == AgendaPart::Exempt; }
    bool is_urgent() const noexcept { return urgent_reason.has_value(); }
};

struct Meeting {
    MeetingId id;
    std::string board;
    Date date{};
    std::optional<TimeOfDay> start;
    std::string venue;
    MeetingStatus status{MeetingStatus::Scheduled};
    std::vector<AgendaItem> agenda;
    /// The board in a governance::Register; `board` stays the name as printed.
    BoardId board_id;
    /// When the meeting is due to finish ("2.00pm – 4.00pm"), if printed.
    std::optional<TimeOfDay> end;

    /// The item printed with this number; throws NotFoundError.
    const AgendaItem& item(std::string_view number) const;
};

std::string_view to_string(ItemPurpose purpose) noexcept;
std::string_view to_string(AgendaPart part) noexcept;      ///< "I" or "II"
std::string_view to_string(MeetingStatus status) noexcept; ///< "scheduled", "to be confirmed", ...

/// Case-insensitive parse of "Information", "Action", "Discuss"/"Discussion", "Decision".
std::optional<ItemPurpose> parse_item_purpose(std::string_view text) noexcept;
/// "I", "1", "public" -> Public; "II", "2", "exempt" -> Exempt.
std::optional<AgendaPart> parse_agenda_part(std::string_view text) noexcept;
/// "scheduled", "to be confirmed"/"tbc", "held", "cancelled".
std::optional<MeetingStatus> parse_meeting_status(std::string_view text) noexcept;

/// Meaning of a Schedule 12A paragraph (1-7), e.g. 7 -> "information relating to
/// ... the prevention, investigation or prosecution of crime"; throws
/// ValidationError for any other number.
std::string_view exempt_paragraph_description(int paragraph);

/// The one form in which item numbers are compared: trimmed, without a leading
/// "Item", a trailing "." or ")", inner spaces and leading zeros, in lower
/// case. "7.", "07", "Item 7" -> "7"; "5A", "5 a" -> "5a". Minutes, actions
/// and declarations find their agenda item through it, so that a number
/// printed differently in two documents still names the same item.
std::string item_key(std::string_view number);

/// Checks the rules a printed agenda must keep: a board name, item numbers
/// present and unique (compared as item_key), titles present, Part II items
/// with a paragraph 0-7 (0: not recorded) and Part I items with none, page ranges that run forwards, urgent business with
/// its reason recorded (not blank). Throws ValidationError
/// naming the item.
void validate(const Meeting& meeting);

} // namespace boardroom::governance
