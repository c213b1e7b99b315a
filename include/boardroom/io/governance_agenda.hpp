// Agendas in the two printed forms of the seed packs:
//
//  * a table pasted out of Word (the partnership board's):
//      SOUTH RIBBLE, CHORLEY & WEST LANCASHIRE CHILDREN'S PARTNERSHIP BOARD
//      Thursday, 10th December 2015, 2.00 pm at Town Hall, Market Street, Chorley, PR7 1DP
//      A G E N D A
//      Agenda Item<TAB><TAB>Item for<TAB>Intended Outcome<TAB>Lead<TAB>Time/papers
//      2<TAB>Minutes of ...<TAB>Action<TAB>The Board to note ...<TAB>Chair<TAB>(Pages 3 - 10)
//    with continuation rows (empty leading cells) for wrapped outcomes;
//  * a numbered list (the council committee's):
//      Part I (Open to Press and Public)
//      3. Minutes of the Meeting held on 19 June 2015 (Pages 1 - 8)
//      followed by an explanatory paragraph or none.
//
// Procedural items (apologies, minutes, interests, urgent business, any
// other business, dates of meetings) are marked standing. An item must be
// Part I or Part II: a "Part I"/"Part II" line marks the items below it;
// without one the caller must say which part unmarked items are in.
#pragma once

#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/meeting.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

struct AgendaOptions {
    /// The part of items printed under no "Part I"/"Part II" line. Left empty,
    /// such an item is an InputError: exempt business is never assumed public.
    std::optional<governance::AgendaPart> unmarked_part{};
    std::size_t first_line{1};  ///< line number of the text's first line in its file
};

struct AgendaDocument {
    std::string source;
    governance::Meeting meeting;        ///< board name as printed, date, time, venue, agenda
    std::vector<std::string> heading;   ///< non-blank lines above the agenda
    std::size_t meeting_line{0};        ///< line of the heading that gives the date
    std::vector<std::size_t> item_lines;///< line of each agenda item, parallel to meeting.agenda
    std::vector<governance::DataQualityNote> notes;
};

/// Reads the pasted table form with parse_word_table. Throws InputError
/// naming source, line and field: 'heading' (no date), a header name it does
/// not know, 'Agenda Item' (a repeated number), the title column, 'Item for'
/// (missing or unknown purpose), 'Time/papers' (neither pages nor a time),
/// 'part' (unmarked items and no unmarked_part).
AgendaDocument parse_agenda_table(std::string_view text, const std::string& source, const AgendaOptions& options = {});
AgendaDocument read_agenda_table(const std::filesystem::path& path, const AgendaOptions& options = {});

/// Reads the numbered list form. Throws InputError naming source, line and
/// field: 'heading', 'item' (numbers out of order), 'part',
/// 'exempt_paragraph' (a Part II item that cites no paragraph 1-7).
AgendaDocument parse_numbered_agenda(std::string_view text, const std::string& source,
                                     const AgendaOptions& options = {});
AgendaDocument read_numbered_agenda(const std::filesystem::path& path, const AgendaOptions& options = {});

/// True for the items every agenda carries: welcome/apologies, minutes and
/// matters arising, disclosure or declarations of interest, urgent business,
/// any other business, date(s) of next or future meetings.
bool is_procedural_item(std::string_view title);

/// "(Pages 3 - 10)", "(Page 11)", "Pages 3-10" -> PageRange; std::nullopt otherwise.
std::optional<governance::PageRange> parse_page_reference(std::string_view text);

} // namespace boardroom::io
