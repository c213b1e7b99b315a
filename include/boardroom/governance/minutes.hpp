// What the minutes record: declarations of interest, the narrative of each
// item, resolutions, and the approval of earlier minutes.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/core/id.hpp"
#include "boardroom/governance/meeting.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::governance {

enum class InterestKind { Pecuniary, NonPecuniary, Other };

std::string_view to_string(InterestKind kind) noexcept; ///< "pecuniary", "non-pecuniary", "other"
std::optional<InterestKind> parse_interest_kind(std::string_view text) noexcept;

struct DeclarationOfInterest {
    PersonId member;
    std::string item;   ///< agenda item number the interest relates to; empty if general
    InterestKind kind{InterestKind::Other};
    std::string text;   ///< as minuted
    /// The part of the item it relates to; std::nullopt when not established
    /// (the disclosure gate then looks at the minutes and the agenda).
    /// A general declaration (no item) is Part I.
    std::optional<AgendaPart> part;
    int exempt_paragraph{0};  ///< Part II: 1-7, or 0 when not given
};

/// The "Disclosure of Interests" record of one meeting. Kept per meeting so
/// that "None were disclosed" (none_disclosed, no declarations) differs from
/// "not recorded" (no record at all).
struct InterestsRecord {
    MeetingId meeting;
    bool none_disclosed{false};
    std::vector<DeclarationOfInterest> declarations;
    std::string as_minuted;  ///< the wording, e.g. "None were disclosed."
};

/// "Resolved that; (i) ... (ii) ...": the parts in order, without their labels
/// (labels are derived, see resolution_label).
struct Resolution {
    std::string preamble;            ///< "Resolved that;" / "Resolved: That"
    std::vector<std::string> parts;  ///< at least one
};

/// "(i)", "(ii)", ... for a 0-based part index.
std::string resolution_label(std::size_t index);
/// Parses "i", "ii", "iv", "x" (any case, without brackets); 0 if not a roman numeral.
int parse_roman(std::string_view text) noexcept;

/// The minute of one item: its narrative and resolutions.
struct MinuteItem {
    MeetingId meeting;
    std::string number;                   ///< as printed: "5", "5a"
    std::string title;                    ///< as printed (often upper case)
    std::vector<std::string> paragraphs;  ///< narrative, page breaks joined
    std::vector<Resolution> resolutions;
    /// Part I or Part II (its resolutions share it), set by the loaders from
    /// the Part I / Part II headings of the minutes or the meeting's agenda;
    /// std::nullopt when the papers do not establish it. A public output
    /// never guesses: see report::disclose.
    std::optional<AgendaPart> part;
    int exempt_paragraph{0};  ///< Part II: 1-7, or 0 when not given
};

/// "The Board agreed the minutes of the meeting held on 21 May as a correct record."
struct MinutesApproval {
    MeetingId at;            ///< the meeting that approved them
    std::string item;        ///< item number at which they were approved
    Date minutes_of{};       ///< date of the meeting whose minutes were approved
    MeetingId minutes_of_meeting; ///< that meeting, if it is in the register
    bool as_correct_record{true}; ///< "correct record" / "accurate record"
    std::string as_minuted;
};

} // namespace boardroom::governance
