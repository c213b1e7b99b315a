#include "boardroom/io/governance_agenda.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/governance/parts.hpp"
#include "boardroom/governance/people.hpp"
#include "boardroom/io/governance_text.hpp"
#include "boardroom/io/word_table.hpp"

#include "../text.hpp"

#include "../core/text.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace boardroom::io {

using governance::AgendaItem;
using governance::AgendaPart;

namespace {

std::optional<int> to_int(std::string_view digits) {
    int value = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc{} || ptr != digits.data() + digits.size()) return std::nullopt;
    return value;
}

std::optional<AgendaPart> part_marker(std::string_view line) {
    const auto w = text::name_words(line);
    if (w.size() < 2 || w[0] != "part") return std::nullopt;
    if (w[1] == "i" || w[1] == "1" || w[1] == "one") return AgendaPart::Public;
    if (w[1] == "ii" || w[1] == "2" || w[1] == "two") return AgendaPart::Exempt;
    return std::nullopt;
}

// Heading lines above the agenda: board name, then the line with the date.
void read_heading(AgendaDocument& doc, const std::vector<std::string_view>& all, std::size_t end,
                  std::size_t first_line) {
    std::string previous;
    std::size_t date_line = 0;
    for (std::size_t i = 0; i < end; ++i) {
        const auto line = text::trim(all[i]);
        if (line.empty()) continue;
        doc.heading.emplace_back(line);
        if (date_line == 0) {
            if (auto m = parse_meeting_line(line)) {
                date_line = first_line + i;
                doc.meeting_line = date_line;
                doc.meeting.date = m->date.date;
                doc.meeting.start = m->start;
                doc.meeting.end = m->end;
                doc.meeting.venue = m->venue;
                doc.meeting.status = m->status;
                doc.meeting.board = previous;
                if (m->date.weekday_mismatch)
                    doc.notes.push_back({doc.source, date_line,
                                         "the weekday printed does not fall on " + to_iso_string(m->date.date)});
            }
        }
        previous = std::string(line);
    }
    if (date_line == 0)
        throw InputError({doc.source, first_line, "", "heading"}, "the heading above the agenda gives no meeting date");
}

void finish_item(AgendaDocument& doc, AgendaItem& item, std::optional<AgendaPart> part, std::size_t line,
                 const AgendaOptions& options) {
    if (!part) part = options.unmarked_part;
    if (!part)
        throw InputError({doc.source, line, "item " + item.number, "part"},
                         "the item is under no 'Part I' or 'Part II' heading and the caller did not say which");
    item.part = *part;
    if (item.part == AgendaPart::Exempt) {
        const int paragraph = governance::cited_paragraph(item.title + "\n" + item.intended_outcome);
        if (paragraph < 1 || paragraph > 7)
            throw InputError({doc.source, line, "item " + item.number, "exempt_paragraph"},
                             "a Part II item must cite the paragraph (1-7) of Schedule 12A it is exempt under");
        item.exempt_paragraph = paragraph;
    }
    item.standing = is_procedural_item(item.title);
}

} // namespace

bool is_procedural_item(std::string_view title) {
    const std::string key = governance::normalise_name(title);
    for (std::string_view phrase : {"apologies", "welcome", "minutes", "matters arising", "any other business",
                                    "urgent business", "date of next meeting", "dates of next meeting",
                                    "meeting dates", "meetings dates", "dates of future meetings",
                                    "date of the next meeting", "declarations of interest", "declaration of interest"})
        if (key.find(phrase) != std::string::npos) return true;
    return key.find("disclosure of") != std::string::npos && key.find("interest") != std::string::npos;
}

std::optional<governance::PageRange> parse_page_reference(std::string_view printed) {
    std::string body;
    for (const char c : printed)
        if (c != '(' && c != ')') body += c;
    auto w = text::name_words(body); // "pages 3 10" (the dash is punctuation)
    if (!w.empty() && (w[0] == "page" || w[0] == "pages" || w[0] == "p" || w[0] == "pp")) w.erase(w.begin());
    if (w.empty() || w.size() > 2) return std::nullopt;
    const auto first = to_int(w[0]);
    const auto last = w.size() == 2 ? to_int(w[1]) : first;
    if (!first || !last) return std::nullopt;
    return governance::PageRange{*first, *last};
}

AgendaDocument parse_agenda_table(std::string_view bytes, const std::string& source, const AgendaOptions& options) try {
    const auto decoded = text_detail::decode_text(bytes, source, options.first_line);
    const std::string_view input = decoded.text;
    AgendaDocument doc;
    doc.source = source;
    if (decoded.windows_1252) doc.notes.push_back({source, 0, text_detail::windows_1252_message()});
    const auto all = text::lines(input);
    std::size_t header = 0;
    while (header < all.size() && all[header].find('\t') == std::string_view::npos) ++header;
    if (header == all.size())
        throw InputError({source, options.first_line, "", "heading"}, "no tab-separated agenda table found");
    read_heading(doc, all, header, options.first_line);
    std::optional<AgendaPart> part;
    for (const auto& line : doc.heading)
        if (auto marker = part_marker(line)) part = marker;

    std::string table;
    for (std::size_t i = header; i < all.size(); ++i) table.append(all[i]).append("\n");
    const auto rows = parse_word_table(table, source, {.columns = 0, .first_line = options.first_line + header});
    if (rows.empty())  // every line of the table is empty cells
        throw InputError({source, options.first_line + header, "header", ""}, "the agenda table has no header row");
    const auto& head = rows.front().cells;

    enum class Col { Number, Title, Purpose, Outcome, Lead, Papers };
    std::vector<std::optional<Col>> columns(head.size());
    for (std::size_t c = 0; c < head.size(); ++c) {
        const std::string key = governance::normalise_name(head[c]);
        if (key.empty()) {
            // The doubled tab after "Agenda Item": the unlabelled column is the title.
            if (c > 0 && columns[c - 1] == Col::Number) columns[c] = Col::Title;
            continue;
        }
        if (key == "agenda item" || key == "item" || key == "no" || key == "number" || key == "item no")
            columns[c] = Col::Number;
        else if (key == "title" || key == "subject") columns[c] = Col::Title;
        else if (key == "item for" || key == "purpose") columns[c] = Col::Purpose;
        else if (key == "intended outcome" || key == "outcome") columns[c] = Col::Outcome;
        else if (key == "lead" || key == "leads" || key == "lead officer") columns[c] = Col::Lead;
        else if (key == "time papers" || key == "papers" || key == "pages" || key == "time")
            columns[c] = Col::Papers;
        else
            throw InputError({source, rows.front().line, "header", head[c]}, "unknown agenda column '" + head[c] + "'");
    }
    auto find = [&](Col col) -> std::optional<std::size_t> {
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (columns[c] == col) return c;
        return std::nullopt;
    };
    const auto number_col = find(Col::Number), title_col = find(Col::Title), purpose_col = find(Col::Purpose);
    if (!number_col || !title_col || !purpose_col)
        throw InputError({source, rows.front().line, "header", !number_col ? "Agenda Item" : !title_col ? "title" : "Item for"},
                         "the agenda table needs item number, title and 'Item for' columns");
    const auto outcome_col = find(Col::Outcome), lead_col = find(Col::Lead), papers_col = find(Col::Papers);
    const std::string purpose_name = head[*purpose_col];

    std::set<std::string> numbers;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        auto cell = [&row](std::optional<std::size_t> c) -> std::string { return c ? row.cells[*c] : std::string{}; };
        if (auto marker = part_marker(cell(number_col)); marker && cell(purpose_col).empty()) {
            part = marker;
            continue;
        }
        AgendaItem item;
        item.number = cell(number_col);
        const std::string record = "item " + item.number;
        if (!numbers.insert(item.number).second)
            throw InputError({source, row.line, record, head[*number_col]}, "item number '" + item.number + "' is used twice");
        item.title = cell(title_col);
        if (item.title.empty()) throw InputError({source, row.line, record, "title"}, "the item has no title");
        const std::string purpose = cell(purpose_col);
        const auto parsed = governance::parse_item_purpose(purpose);
        if (!parsed)
            throw InputError({source, row.line, record, purpose_name},
                             purpose.empty() ? "the item does not say what it is for"
                                             : "unknown purpose '" + purpose + "' (expected Information, Action, Discuss or Decision)");
        item.purpose = *parsed;
        item.intended_outcome = cell(outcome_col);
        for (auto& lead : text::split_trimmed(cell(lead_col), '\n')) {
            // "Karl Turner, Children's Trust Development Officer, LCC Chair": two leads run together.
            const bool fused = lead.size() > 6 && lead.find(',') != std::string::npos &&
                               lead.compare(lead.size() - 6, 6, " Chair") == 0;
            if (fused) {
                const std::string before(text::trim(std::string_view(lead).substr(0, lead.size() - 6)));
                const auto before_words = text::words(before);
                const bool deputy = !before_words.empty() && (text::iequals(before_words.back(), "Vice") ||
                                                               text::iequals(before_words.back(), "Deputy"));
                if (!before.empty() && !deputy) {
                    doc.notes.push_back({source, row.line,
                                         record + ": lead '" + lead + "' read as two leads, '" + before +
                                             "' and 'Chair' (the cell runs them together)"});
                    item.leads.push_back(before);
                    item.leads.emplace_back("Chair");
                    continue;
                }
            }
            item.leads.push_back(std::move(lead));
        }
        const std::string papers = cell(papers_col);
        if (!papers.empty()) {
            if (auto pages = parse_page_reference(papers)) {
                if (pages->first < 1 || pages->last < pages->first)
                    throw InputError({source, row.line, record, head[*papers_col]},
                                     "pages '" + papers + "' do not run forwards");
                item.pages = pages;
            } else if (!find_printed_times(papers).empty()) {
                doc.notes.push_back({source, row.line, record + ": time '" + papers + "' is not kept"});
            } else {
                throw InputError({source, row.line, record, head[*papers_col]},
                                 "'" + papers + "' is neither a page reference such as '(Pages 3 - 10)' nor a time");
            }
        }
        finish_item(doc, item, part, row.line, options);
        doc.item_lines.push_back(row.line);
        doc.meeting.agenda.push_back(std::move(item));
    }
    if (options.unmarked_part && !part)
        doc.notes.push_back({source, 0, "the agenda marks no Part I or Part II; every item was taken as Part " +
                                            std::string(governance::to_string(*options.unmarked_part)) +
                                            " as the caller said"});
    return doc;
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

AgendaDocument read_agenda_table(const std::filesystem::path& path, const AgendaOptions& options) {
    return parse_agenda_table(text_detail::read_file_bytes(path), path.string(), options);
}

AgendaDocument parse_numbered_agenda(std::string_view bytes, const std::string& source, const AgendaOptions& options) try {
    const auto decoded = text_detail::decode_text(bytes, source, options.first_line);
    const std::string_view input = decoded.text;
    AgendaDocument doc;
    doc.source = source;
    if (decoded.windows_1252) doc.notes.push_back({source, 0, text_detail::windows_1252_message()});
    const auto all = text::lines(input);
    auto item_start = [](std::string_view line) -> std::optional<std::pair<std::string, std::string>> {
        line = text::trim(line);
        std::size_t i = 0;
        while (i < line.size() && text::is_digit(line[i])) ++i;
        if (i == 0 || i > 3) return std::nullopt;
        if (i < line.size() && text::is_lower(line[i])) ++i;
        if (i >= line.size() || line[i] != '.') return std::nullopt;
        const auto title = text::trim(line.substr(i + 1));
        if (title.empty()) return std::nullopt;
        return std::make_pair(std::string(line.substr(0, i)), std::string(title));
    };
    std::size_t first = 0;
    while (first < all.size() && !part_marker(all[first]) && !item_start(all[first])) ++first;
    read_heading(doc, all, first, options.first_line);

    std::optional<AgendaPart> part;
    std::optional<AgendaItem> current;
    std::size_t current_line = 0;
    std::optional<int> previous_number;
    std::string previous_letter;
    auto flush = [&] {
        if (!current) return;
        finish_item(doc, *current, part, current_line, options);
        doc.item_lines.push_back(current_line);
        doc.meeting.agenda.push_back(std::move(*current));
        current.reset();
    };
    for (std::size_t i = first; i < all.size(); ++i) {
        const std::size_t line_number = options.first_line + i;
        const auto line = text::trim(all[i]);
        if (line.empty()) continue;
        if (auto marker = part_marker(line)) {
            flush();
            part = marker;
            continue;
        }
        const std::string key = governance::normalise_name(line);
        if (key == "no item" || key == "agenda" || key == "a g e n d a") continue;
        if (auto start = item_start(line)) {
            flush();
            std::string digits = start->first;
            std::string letter;
            if (text::is_lower(digits.back())) {
                letter = digits.substr(digits.size() - 1);
                digits.pop_back();
            }
            const int number = *to_int(digits);
            const bool in_order = !previous_number || (number == *previous_number && letter > previous_letter) ||
                                  number == *previous_number + 1;
            if (!in_order)
                throw InputError({source, line_number, "item " + start->first, "item"},
                                 "item " + start->first + " does not follow item " + std::to_string(*previous_number) +
                                     previous_letter);
            previous_number = number;
            previous_letter = letter;
            current = AgendaItem{};
            current->number = start->first;
            current_line = line_number;
            std::string title = start->second;
            // "(Pages 1 - 8)" at the end of the title.
            if (!title.empty() && title.back() == ')') {
                const auto open = title.rfind('(');
                if (open != std::string::npos) {
                    if (auto pages = parse_page_reference(std::string_view(title).substr(open))) {
                        current->pages = pages;
                        title = std::string(text::trim(std::string_view(title).substr(0, open)));
                    }
                }
            }
            current->title = title;
            continue;
        }
        if (!current)
            throw InputError({source, line_number, "", "item"},
                             "text before the first numbered item: '" + text_detail::quote_input(line, 60) + "'");
        if (!current->intended_outcome.empty()) current->intended_outcome += '\n';
        current->intended_outcome += std::string(line);
    }
    flush();
    return doc;
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

AgendaDocument read_numbered_agenda(const std::filesystem::path& path, const AgendaOptions& options) {
    return parse_numbered_agenda(text_detail::read_file_bytes(path), path.string(), options);
}

} // namespace boardroom::io
