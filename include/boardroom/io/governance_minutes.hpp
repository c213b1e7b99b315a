// Minutes and notes of meetings as text pasted out of the published pack:
//
//   CHORLEY, SOUTH RIBBLE & WEST LANCASHIRE CHILDREN'S PARTNERSHIP BOARD   <- heading
//   NOTES OF MEETING HELD ON THURSDAY, 17 SEPTEMBER 2015 AT YOUTH ZONE, ...
//   Present:                                                               <- attendance
//   Sarah Ashcroft<TAB>Co-ordinator<TAB>Chorley Council
//   ...
//   ACTION BY                                                              <- action column
//   1 WELCOME AND INTRODUCTION/APOLOGIES                                   <- items
//   ...paragraphs...
//   The Chair to report back to the Trust Board.
//   RH                                                                     <- owners of the paragraph above
//
// Items are "5 TITLE", "5. Title", or the number alone on a line with the
// title on the next. Item numbers must run in order (5, 5a, 6, ...), which is
// what tells a heading from a paragraph that starts with a number. Page
// breaks leave runs of blank lines inside a sentence; such paragraphs are
// joined. "Resolved that; (i) ... (ii) ..." becomes a Resolution.
//
// Commitments minuted without initials are actions too, with no owner and a
// data-quality note, never dropped: a sentence "It was agreed that/to ...", a
// line "Actions: Chair" (the owner as printed, for the paragraph above it) and
// a resolution part asking for something ("request ...", "to report ...").
// "The Chair introduced Name (Title), ... to the meeting" adds each name as in
// attendance, with a note.
//
// Exempt business: a "Part II" heading ("PART II (Not Open to Press and
// Public)", "Part 2 - exempt under paragraph 1") makes the items after it
// Part II; a line that states exemption ("Exempt information", "Not for
// publication by virtue of paragraph 3 ...", "Confidential") makes the item
// it stands in, and those after it, Part II; a "Part I" heading makes the
// items after it Part I. Items before the first such line are Part I when
// there is one; in minutes with none, no item's part is established.
#pragma once

#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/minutes.hpp"
#include "boardroom/io/governance_attendance.hpp"
#include "boardroom/io/governance_text.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

struct MinuteParagraph {
    std::size_t line{0};
    std::string text;  ///< lines of one block joined with '\n'; page-broken sentences with ' '
};

/// Owners printed in the ACTION BY column below a paragraph.
struct ActionLine {
    std::size_t line{0};        ///< line of the initials
    std::string initials;       ///< as printed: "SA/SM"
    std::size_t text_line{0};   ///< line of the paragraph that gives the action
    std::string text;
    /// A commitment minuted without initials ("It was agreed that the link would
    /// be shared", "Actions: Chair", a resolution asking for a report): kept as an
    /// action with no owner; `initials` is then empty and `owner` holds what the
    /// minutes print instead, if anything ("Chair").
    bool unassigned{false};
    std::string owner;
};

struct ResolutionText {
    std::size_t line{0};
    governance::Resolution resolution;
};

struct MinuteItemText {
    std::size_t line{0};
    std::string number;
    std::string title;
    std::vector<MinuteParagraph> paragraphs;  ///< narrative (resolutions excluded)
    std::vector<ActionLine> actions;
    std::vector<ResolutionText> resolutions;
    /// From the Part I / Part II headings above it (see MinutesDocument);
    /// std::nullopt when the minutes mark no part at all.
    std::optional<governance::AgendaPart> part;
    int exempt_paragraph{0};  ///< Part II: the paragraph the heading names, else 0
};

struct MinutesDocument {
    std::string source;
    std::vector<std::string> heading;   ///< non-blank lines before attendance and items
    std::string board_name;             ///< the heading line just before the meeting line
    std::optional<MeetingLine> meeting; ///< date, time and venue from the heading
    std::size_t meeting_line{0};
    bool action_column{false};          ///< an "ACTION BY" heading was found
    AttendanceList attendance;
    std::vector<MinuteItemText> items;
    std::vector<governance::DataQualityNote> notes; ///< attendance notes included
    /// A Part I / Part II heading, or an "exempt" / "not for publication"
    /// statement, was found: items before the first are then Part I.
    bool parts_marked{false};
};

/// Parses minutes. Throws InputError naming source, line and field: 'heading'
/// (no date of the meeting in the heading), 'item' (items out of order, a
/// number with no title), 'ACTION BY' (initials with no paragraph above them),
/// 'resolution' ("Resolved that;" with no parts), and the attendance fields.
MinutesDocument parse_minutes(std::string_view text, const std::string& source, std::size_t first_line = 1);

/// Reads and parses a file; throws StorageError if it cannot be read.
MinutesDocument read_minutes(const std::filesystem::path& path);

/// True for a line that is only owners' initials: "RH", "SA/SM", "KT & SA".
bool is_initials_line(std::string_view line);

} // namespace boardroom::io
