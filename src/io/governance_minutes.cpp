#include "boardroom/io/governance_minutes.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/governance/parts.hpp"
#include "boardroom/governance/people.hpp"

#include "../text.hpp"

#include "../core/text.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace boardroom::io {


namespace {

struct ItemHeading {
    int number{0};
    char letter{0};
    std::string printed;  ///< "5", "5a"
    std::string title;
};

// "5 CHILD SEXUAL EXPLOITATION", "5. Emotional Health ...", "6" (title below).
// Without a dot the title must be in capitals: "12 January was..." is prose.
std::optional<ItemHeading> heading_of(std::string_view line) {
    line = text::trim(line);
    std::size_t i = 0;
    while (i < line.size() && text::is_digit(line[i])) ++i;
    if (i == 0 || i > 3) return std::nullopt;
    ItemHeading h;
    std::from_chars(line.data(), line.data() + i, h.number);
    if (i < line.size() && text::is_lower(line[i]) && (i + 1 == line.size() || !text::is_alpha(line[i + 1]))) {
        h.letter = line[i];
        ++i;
    }
    h.printed = std::string(line.substr(0, i));
    bool dotted = false;
    if (i < line.size() && line[i] == '.') {
        dotted = true;
        ++i;
    }
    if (i < line.size() && !text::is_space(line[i])) return std::nullopt;
    h.title = std::string(text::trim(line.substr(i)));
    if (!dotted && !h.title.empty()) {
        const bool has_lower = std::any_of(h.title.begin(), h.title.end(), [](char c) { return text::is_lower(c); });
        const bool has_alpha = std::any_of(h.title.begin(), h.title.end(), [](char c) { return text::is_alpha(c); });
        if (has_lower || !has_alpha) return std::nullopt;
    }
    return h;
}

bool follows(const ItemHeading& previous, const ItemHeading& next) {
    if (next.number == previous.number) return next.letter != 0 && next.letter > previous.letter;
    return next.number == previous.number + 1;
}

bool is_action_by(std::string_view line) { return text::iequals(text::trim(line), "ACTION BY"); }

struct PartHeading {
    governance::AgendaPart part{governance::AgendaPart::Public};
    int paragraph{0};
    bool states_exemption{false};  ///< "Exempt ...", "Not for publication ...": covers the item it stands in
};

// "PART II (Not Open to Press and Public)", "Part 1", "Part Two - exempt",
// "EXEMPT INFORMATION", "Not for publication by virtue of paragraph 3 of Part 1
// of Schedule 12A", "Private and confidential".
std::optional<PartHeading> part_heading(std::string_view line) {
    line = text::trim(line);
    if (line.empty() || line.size() > 160) return std::nullopt;
    std::string lower = text::lower(line);
    for (char& c : lower)
        if (c == '(' || c == ')' || c == ':' || c == '-' || c == ',') c = ' ';
    const auto words = text::words(lower);
    if (words.empty()) return std::nullopt;
    if (words.front() == "part" && words.size() >= 2) {
        const std::string& which = words[1];
        const bool mentions_schedule = lower.find("schedule") != std::string::npos;
        if (which == "ii" || which == "2" || which == "two")
            return PartHeading{governance::AgendaPart::Exempt, governance::cited_paragraph(lower), false};
        if ((which == "i" || which == "1" || which == "one") && !mentions_schedule) {
            // "Part I (Open to Press and Public)"; but "Part 1 ... not for publication" is exempt.
            if (lower.find("not open") != std::string::npos || lower.find("exempt") != std::string::npos)
                return PartHeading{governance::AgendaPart::Exempt, governance::cited_paragraph(lower), false};
            return PartHeading{governance::AgendaPart::Public, 0, false};
        }
        return std::nullopt;
    }
    const bool exempt = words.front() == "exempt" || lower.rfind("not for publication", 0) == 0 ||
                        lower.rfind("private and confidential", 0) == 0 || lower.rfind("confidential", 0) == 0 ||
                        lower.rfind("not open to the press", 0) == 0 || lower.rfind("not open to press", 0) == 0;
    if (exempt) return PartHeading{governance::AgendaPart::Exempt, governance::cited_paragraph(lower), true};
    return std::nullopt;
}

bool starts_with_word_from(std::string_view word, std::initializer_list<std::string_view> list) {
    return std::any_of(list.begin(), list.end(), [word](std::string_view w) { return text::iequals(word, w); });
}

// A sentence cut by a page break: no closing punctuation, and either a run of
// blank lines (the break), a lower-case continuation, or a dangling connective.
bool joinable(std::string_view previous, std::string_view next, std::size_t blanks) {
    previous = text::trim(previous);
    next = text::trim(next);
    if (previous.empty() || next.empty()) return false;
    if (std::string_view(".!?:;").find(previous.back()) != std::string_view::npos) return false;
    if (next.front() == '-' || next.front() == '(' || previous.front() == '-') return false;
    if (is_initials_line(next)) return false;
    const auto last_words = text::words(previous);
    if (last_words.empty()) return false;
    const bool dangling = starts_with_word_from(last_words.back(), {"and", "or", "the", "of", "to", "in", "with",
                                                                     "for", "a", "an", "from", "by", "on", "at"});
    return blanks >= 2 || text::is_lower(next.front()) || dangling;
}

// "(ii) text", "- (ii) text", "ii) text" -> ("ii", "text").
std::optional<std::pair<std::string, std::string>> labelled(std::string_view line) {
    line = text::trim(line);
    if (!line.empty() && line.front() == '-') line = text::trim(line.substr(1));
    std::size_t i = 0;
    const bool bracket = !line.empty() && line.front() == '(';
    if (bracket) ++i;
    const std::size_t start = i;
    while (i < line.size() && text::is_alpha(line[i])) ++i;
    if (i == start || i >= line.size() || line[i] != ')') return std::nullopt;
    std::string label(line.substr(start, i - start));
    if (governance::parse_roman(label) == 0 && label.size() != 1) return std::nullopt;
    return std::make_pair(label, std::string(text::trim(line.substr(i + 1))));
}

int label_index(const std::string& label) {
    if (const int roman = governance::parse_roman(label)) return roman;
    return text::lower(label).front() - 'a' + 1;
}

// ---- commitments minuted without initials, and officers introduced to the meeting

// The sentences of a paragraph (cut after ". ", "! ", "? ").
std::vector<std::string> sentences(std::string_view paragraph) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
        const bool end = (paragraph[i] == '.' || paragraph[i] == '!' || paragraph[i] == '?') &&
                         (i + 1 == paragraph.size() || text::is_space(paragraph[i + 1]));
        if (!end) continue;
        const auto piece = text::trim(paragraph.substr(start, i + 1 - start));
        if (!piece.empty()) out.emplace_back(piece);
        start = i + 1;
    }
    const auto rest = text::trim(paragraph.substr(std::min(start, paragraph.size())));
    if (!rest.empty()) out.emplace_back(rest);
    return out;
}

// "Action: Chair", "Actions: MB to circulate" -> what follows the colon.
std::optional<std::string> action_label(std::string_view line) {
    line = text::trim(line);
    for (const std::string_view label : {"actions:", "action:", "actions -", "action -"})
        if (text::istarts_with(line, label)) return std::string(text::trim(line.substr(label.size())));
    return std::nullopt;
}

// A sentence that records something the meeting agreed someone would do.
bool is_agreed_commitment(std::string_view sentence) {
    const std::string lower = text::lower(sentence);
    for (const std::string_view opening : {"it was agreed that", "it was agreed to", "it was agreed the", "agreed that",
                                           "agreed to", "agreed:"})
        if (lower.rfind(opening, 0) == 0) return true;
    return false;
}

// A resolution part that asks for something to be done: a report, an update, a request.
bool is_resolved_commitment(std::string_view part) {
    const std::string lower = text::lower(part);
    // "That the report be noted" asks for nothing: "report" alone is not a commitment.
    for (const std::string_view verb : {"request", "to report", "be reported", "report back", "report the ", "report to ",
                                        "present an update", "to provide", "be circulated", "to circulate", "be shared"})
        if (lower.find(verb) != std::string::npos) return true;
    return false;
}

void add_unassigned_commitments(MinuteItemText& item) {
    std::vector<ActionLine> found;
    auto known = [&item, &found](std::string_view text) {
        auto same = [text](const ActionLine& a) { return a.text.find(text) != std::string::npos; };
        return std::any_of(item.actions.begin(), item.actions.end(), same) ||
               std::any_of(found.begin(), found.end(), same);
    };
    for (std::size_t p = 0; p < item.paragraphs.size(); ++p) {
        const auto& paragraph = item.paragraphs[p];
        // A paragraph that initials already made an action needs nothing more.
        if (std::any_of(item.actions.begin(), item.actions.end(),
                        [&paragraph](const ActionLine& a) { return !a.unassigned && a.text_line == paragraph.line; }))
            continue;
        if (const auto label = action_label(paragraph.text)) {
            // "Actions: Chair" names an owner for the paragraph before; a longer label is the action itself.
            ActionLine line{paragraph.line, "", paragraph.line, *label, true, ""};
            if (text::words(*label).size() <= 4 && p > 0) {
                line.owner = *label;
                line.text = item.paragraphs[p - 1].text;
                line.text_line = item.paragraphs[p - 1].line;
            }
            if (!line.text.empty() && !known(line.text)) found.push_back(std::move(line));
            continue;
        }
        for (const auto& sentence : sentences(paragraph.text))
            if (is_agreed_commitment(sentence) && !known(sentence))
                found.push_back(ActionLine{paragraph.line, "", paragraph.line, sentence, true, ""});
    }
    for (const auto& resolution : item.resolutions)
        for (const auto& part : resolution.resolution.parts)
            if (is_resolved_commitment(part) && !known(part))
                found.push_back(ActionLine{resolution.line, "", resolution.line, part, true, ""});
    item.actions.insert(item.actions.end(), found.begin(), found.end());
    std::stable_sort(item.actions.begin(), item.actions.end(),
                     [](const ActionLine& a, const ActionLine& b) { return a.text_line < b.text_line; });
}

// "The Chair introduced Louise Taylor (Corporate Director ...), Tony Morrissey (Deputy
// Director ...) ... and Dr Warren Larkin (Lancashire Care Foundation Trust) to the
// meeting": each "Name (what they are)" is an officer in attendance.
std::vector<AttendanceEntry> introduced_officers(const MinuteParagraph& paragraph) {
    std::vector<AttendanceEntry> out;
    const std::string lower = text::lower(paragraph.text);
    std::size_t start = lower.find("introduced ");
    std::size_t skip = 11;
    if (start == std::string::npos) {
        start = lower.find("welcomed ");
        skip = 9;
    }
    if (start == std::string::npos) return out;
    const std::size_t end = lower.find(" to the meeting", start);
    if (end == std::string::npos) return out;
    const std::string_view list = std::string_view(paragraph.text).substr(start + skip, end - start - skip);
    std::size_t i = 0;
    while (i < list.size()) {
        const auto open = list.find('(', i);
        if (open == std::string_view::npos) break;
        std::size_t close = open + 1;
        for (int depth = 1; close < list.size(); ++close) {
            if (list[close] == '(') ++depth;
            if (list[close] == ')' && --depth == 0) break;
        }
        if (close >= list.size()) break;
        std::string_view name = text::trim(list.substr(i, open - i));
        while (!name.empty() && (name.front() == ',' || name.front() == ';')) name = text::trim(name.substr(1));
        if (text::istarts_with(name, "and ")) name = text::trim(name.substr(4));
        const auto words = text::words(name);
        const bool looks_like_a_name =
            words.size() >= 2 && words.size() <= 5 &&
            std::all_of(words.begin(), words.end(), [](const std::string& w) { return text::is_upper(w.front()); });
        if (looks_like_a_name) {
            AttendanceEntry entry;
            entry.line = paragraph.line;
            entry.status = governance::AttendanceStatus::InAttendance;
            entry.printed = std::string(name);
            entry.name = governance::parse_person_name(name);
            entry.title = std::string(text::trim(list.substr(open + 1, close - open - 1)));
            out.push_back(std::move(entry));
        }
        i = close + 1;
    }
    return out;
}

} // namespace

bool is_initials_line(std::string_view line) {
    line = text::trim(line);
    if (line.empty()) return false;
    std::size_t groups = 0, run = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        const char c = i < line.size() ? line[i] : '/';
        if (text::is_upper(c)) {
            ++run;
            continue;
        }
        if (c == '/' || c == '&' || c == ',' || c == ' ') {
            if (run > 0) {
                if (run < 2 || run > 4) return false;
                ++groups;
            }
            run = 0;
            continue;
        }
        return false;
    }
    return groups > 0;
}

MinutesDocument parse_minutes(std::string_view bytes, const std::string& source, std::size_t first_line) try {
    const auto decoded = text_detail::decode_text(bytes, source, first_line);
    const std::string_view input = decoded.text;
    MinutesDocument doc;
    doc.source = source;
    if (decoded.windows_1252) doc.notes.push_back({source, 0, text_detail::windows_1252_message()});
    doc.attendance.source = source;
    const auto all = text::lines(input);
    auto line_no = [first_line](std::size_t index) { return first_line + index; };
    std::size_t i = 0;

    std::optional<PartHeading> current_part;

    // 1. Heading: board name, then the line with the meeting's date.
    std::string previous_heading;
    for (; i < all.size(); ++i) {
        const auto line = text::trim(all[i]);
        if (line.empty()) continue;
        if (is_attendance_heading(line) || is_action_by(line) || heading_of(line)) break;
        if (const auto mark = part_heading(line)) {
            current_part = mark;
            doc.parts_marked = true;
            continue;
        }
        doc.heading.emplace_back(line);
        if (!doc.meeting) {
            if (auto meeting = parse_meeting_line(line)) {
                doc.meeting = std::move(meeting);
                doc.meeting_line = line_no(i);
                doc.board_name = previous_heading;
                if (doc.meeting->date.weekday_mismatch)
                    doc.notes.push_back({source, line_no(i), "the weekday printed does not fall on " +
                                                                 to_iso_string(doc.meeting->date.date)});
            }
        }
        previous_heading = std::string(line);
    }
    if (!doc.heading.empty() && !doc.meeting)
        throw InputError({source, line_no(0), "", "heading"}, "the heading gives no date of the meeting");

    // 2. Attendance, up to ACTION BY or the first item.
    if (i < all.size() && is_attendance_heading(all[i])) {
        const std::size_t start = i;
        while (i < all.size() && !is_action_by(all[i]) && !heading_of(all[i]) && !part_heading(all[i])) ++i;
        std::string block;
        for (std::size_t k = start; k < i; ++k) block.append(all[k]).append("\n");
        doc.attendance = parse_attendance_list(block, source, line_no(start));
        doc.notes.insert(doc.notes.end(), doc.attendance.notes.begin(), doc.attendance.notes.end());
    }

    // 3. Items, each with its lines grouped into blocks separated by blank lines.
    struct Block {
        std::size_t line;
        std::string text;
        std::size_t blanks_before;
        bool single_line;
    };
    std::vector<std::pair<MinuteItemText, std::vector<Block>>> raw;
    std::optional<ItemHeading> last;
    std::size_t blanks = 0;
    for (; i < all.size(); ++i) {
        const auto line = text::trim(all[i]);
        if (line.empty()) {
            ++blanks;
            continue;
        }
        if (is_action_by(line)) {
            doc.action_column = true;
            blanks = 0;
            continue;
        }
        if (const auto mark = part_heading(line)) {
            current_part = mark;
            doc.parts_marked = true;
            if (mark->states_exemption && !raw.empty()) {
                raw.back().first.part = mark->part;
                raw.back().first.exempt_paragraph = mark->paragraph;
            }
            blanks = 0;
            continue;
        }
        const auto heading = heading_of(line);
        if (heading && (!last || follows(*last, *heading))) {
            MinuteItemText item;
            item.line = line_no(i);
            item.number = heading->printed;
            item.title = heading->title;
            if (current_part) {
                item.part = current_part->part;
                item.exempt_paragraph = current_part->paragraph;
            }
            if (item.title.empty()) {
                std::size_t k = i + 1;
                while (k < all.size() && text::trim(all[k]).empty()) ++k;
                if (k == all.size() || heading_of(all[k]) || is_initials_line(all[k]))
                    throw InputError({source, line_no(i), "item " + item.number, "title"},
                                     "item " + item.number + " has no title");
                item.title = std::string(text::trim(all[k]));
                i = k;
            }
            raw.emplace_back(std::move(item), std::vector<Block>{});
            last = heading;
            blanks = 0;
            continue;
        }
        if (raw.empty())
            throw InputError({source, line_no(i), "", "item"},
                             "text before the first numbered item: '" + text_detail::quote_input(line, 60) + "'");
        auto& blocks = raw.back().second;
        if (blanks == 0 && !blocks.empty()) {
            blocks.back().text.append("\n").append(line);
            blocks.back().single_line = false;
        } else {
            blocks.push_back(Block{line_no(i), std::string(line), blanks, true});
        }
        blanks = 0;
    }

    // 4. Paragraphs, actions and resolutions of each item.
    for (auto& [item, blocks] : raw) {
        bool after_initials = false;
        for (const auto& block : blocks) {
            if (doc.action_column && block.single_line && is_initials_line(block.text)) {
                if (item.paragraphs.empty() || after_initials)
                    throw InputError({source, block.line, "item " + item.number, "ACTION BY"},
                                     "initials '" + block.text + "' follow no paragraph that could be the action");
                const auto& paragraph = item.paragraphs.back();
                item.actions.push_back(ActionLine{block.line, block.text, paragraph.line, paragraph.text, false, {}});
                after_initials = true;
                continue;
            }
            if (!item.paragraphs.empty() && !after_initials &&
                joinable(item.paragraphs.back().text, block.text, block.blanks_before)) {
                item.paragraphs.back().text.append(" ").append(block.text);
            } else {
                item.paragraphs.push_back(MinuteParagraph{block.line, block.text});
            }
            after_initials = false;
        }

        std::vector<MinuteParagraph> narrative;
        for (std::size_t p = 0; p < item.paragraphs.size(); ++p) {
            const auto& paragraph = item.paragraphs[p];
            if (!text::istarts_with(paragraph.text, "resolved")) {
                narrative.push_back(paragraph);
                continue;
            }
            ResolutionText resolution{paragraph.line, {}};
            std::string_view rest = std::string_view(paragraph.text).substr(8);
            std::size_t cut = 0;
            while (cut < rest.size() && (rest[cut] == ':' || rest[cut] == ';' || rest[cut] == ',' || rest[cut] == ' '))
                ++cut;
            rest = rest.substr(cut);
            std::string_view after_that = rest;
            if (text::istarts_with(after_that, "that")) {
                after_that = after_that.substr(4);
                while (!after_that.empty() && (after_that.front() == ';' || after_that.front() == ':' ||
                                               after_that.front() == ',' || after_that.front() == ' '))
                    after_that.remove_prefix(1);
            }
            std::vector<std::pair<std::string, std::string>> parts;
            if (text::trim(after_that).empty()) {
                resolution.resolution.preamble = paragraph.text;
                // The labelled parts follow as paragraphs, or lines of one paragraph.
                while (p + 1 < item.paragraphs.size()) {
                    std::vector<std::pair<std::string, std::string>> found;
                    for (const auto& line : text::lines(item.paragraphs[p + 1].text)) {
                        auto part = labelled(line);
                        if (!part) {
                            found.clear();
                            break;
                        }
                        found.push_back(std::move(*part));
                    }
                    if (found.empty()) break;
                    parts.insert(parts.end(), found.begin(), found.end());
                    ++p;
                }
                if (parts.empty())
                    throw InputError({source, paragraph.line, "item " + item.number, "resolution"},
                                     "'" + paragraph.text + "' is followed by no numbered parts such as '(i) ...'");
            } else {
                resolution.resolution.preamble = std::string(text::trim(paragraph.text.substr(0, 8 + cut)));
                parts.emplace_back("", std::string(text::trim(rest)));
            }
            for (std::size_t k = 0; k < parts.size(); ++k) {
                if (!parts[k].first.empty() && label_index(parts[k].first) != static_cast<int>(k) + 1)
                    doc.notes.push_back({source, paragraph.line,
                                         "item " + item.number + ": resolution part '(" + parts[k].first +
                                             ")' is number " + std::to_string(k + 1) + " in order"});
                resolution.resolution.parts.push_back(parts[k].second);
            }
            item.resolutions.push_back(std::move(resolution));
        }
        item.paragraphs = std::move(narrative);
        const std::size_t initialled = item.actions.size();
        add_unassigned_commitments(item);
        for (std::size_t a = initialled; a < item.actions.size(); ++a)
            if (item.actions[a].unassigned)
                doc.notes.push_back({source, item.actions[a].line,
                                     "item " + item.number + ": '" + text_detail::quote_input(item.actions[a].text, 160) +
                                         "' is a commitment with no initials" +
                                         (item.actions[a].owner.empty() ? "" : " (printed: '" + item.actions[a].owner + "')") +
                                         "; recorded as an action with no owner"});
        for (const auto& paragraph : item.paragraphs) {
            auto officers = introduced_officers(paragraph);
            if (officers.empty()) continue;
            doc.notes.push_back({source, paragraph.line,
                                 "item " + item.number + ": " + std::to_string(officers.size()) +
                                     " officer(s) introduced to the meeting recorded as in attendance"});
            for (auto& officer : officers) doc.attendance.entries.push_back(std::move(officer));
        }
        doc.items.push_back(std::move(item));
    }
    // Councils print Part I business first: where the minutes mark their
    // parts, the items before the first mark are Part I.
    if (doc.parts_marked)
        for (auto& item : doc.items)
            if (!item.part) item.part = governance::AgendaPart::Public;
    return doc;
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

MinutesDocument read_minutes(const std::filesystem::path& path) {
    return parse_minutes(text_detail::read_file_bytes(path), path.string());
}

} // namespace boardroom::io
