#include "boardroom/io/governance_attendance.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/io/governance_text.hpp"

#include "../text.hpp"

#include "../core/text.hpp"

#include <algorithm>
#include <array>

namespace boardroom::io {

using governance::AttendanceStatus;
using governance::PersonName;

namespace {

constexpr std::array<std::string_view, 5> kCourtesyTitles{"Mr", "Mrs", "Ms", "Miss", "Dr"};

bool is_courtesy(std::string_view word) {
    return std::any_of(kCourtesyTitles.begin(), kCourtesyTitles.end(),
                       [word](std::string_view t) { return text::iequals(word, t); });
}

bool is_initial(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    return word.size() == 1 && text::is_upper(word.front());
}

std::vector<std::string_view> split_cells(std::string_view line) {
    std::vector<std::string_view> cells;
    for (;;) {
        const auto tab = line.find('\t');
        cells.push_back(text::trim(line.substr(0, tab)));
        if (tab == std::string_view::npos) break;
        line.remove_prefix(tab + 1);
    }
    while (cells.size() > 1 && cells.back().empty()) cells.pop_back();
    return cells;
}

std::string printed_form(const PersonName& name) {
    std::string out = name.honorific;
    for (const auto* part : {&name.given_name, &name.family_name}) {
        if (part->empty()) continue;
        if (!out.empty()) out += ' ';
        out += *part;
    }
    return out;
}

bool same_person(const PersonName& a, const PersonName& b) {
    governance::Person p;
    p.given_name = a.given_name;
    p.family_name = a.family_name;
    return governance::name_matches(p, b);
}

// "C Crompton D Watts D O'Toole G Wilkins", "C Pritchard Mrs F Craig-Wilson".
std::vector<PersonName> parse_grid(std::string_view line, const std::string& source, std::size_t line_number,
                                   const std::string& group_honorific) {
    std::vector<PersonName> out;
    std::string courtesy;
    std::vector<std::string> initials;
    for (const auto& word : text::words(line)) {
        if (initials.empty() && courtesy.empty() && is_courtesy(word)) {
            courtesy = word;
        } else if (is_initial(word)) {
            initials.push_back(word.substr(0, 1));
        } else {
            if (initials.empty())
                throw InputError({source, line_number, "", "name"},
                                 "'" + word + "' has no initial before it (a grid of members reads 'C Crompton D Watts')");
            PersonName name;
            name.honorific = courtesy.empty() ? group_honorific : courtesy;
            name.given_name = text::join(initials, " ");
            name.family_name = word;
            out.push_back(std::move(name));
            courtesy.clear();
            initials.clear();
        }
    }
    if (!initials.empty() || !courtesy.empty())
        throw InputError({source, line_number, "", "name"}, "the line ends with an initial or title but no surname");
    return out;
}

bool is_grid_line(std::string_view line) {
    auto ws = text::words(line);
    std::size_t i = 0;
    if (i < ws.size() && is_courtesy(ws[i])) ++i;
    return i + 1 < ws.size() && is_initial(ws[i]);
}

std::string group_honorific_of(std::string_view line) {
    const std::string key = governance::normalise_name(line);
    if (key == "county councillors") return "County Councillor";
    if (key == "councillors" || key == "cllrs") return "Cllr";
    return {};
}

} // namespace

std::size_t AttendanceList::count(AttendanceStatus status) const noexcept {
    return static_cast<std::size_t>(
        std::count_if(entries.begin(), entries.end(), [status](const AttendanceEntry& e) { return e.status == status; }));
}

bool is_attendance_heading(std::string_view line) {
    line = text::trim(line);
    if (line.empty() || line.back() != ':') return false;
    return governance::parse_attendance_status(line.substr(0, line.size() - 1)).has_value();
}

bool is_substitution_sentence(std::string_view line) {
    return text::icontains(line, " replaced ") || text::icontains(line, " substituted for ");
}

std::vector<Substitution> parse_substitutions(std::string_view sentence, const std::string& source, std::size_t line) {
    std::string body(text::trim(sentence));
    while (!body.empty() && (body.back() == '.' || body.back() == ' ')) body.pop_back();
    for (std::string_view tail : {"for this meeting only", "for this meeting"})
        if (body.size() >= tail.size() && text::iequals(std::string_view(body).substr(body.size() - tail.size()), tail)) {
            body.erase(body.size() - tail.size());
            break;
        }
    // Clauses are separated by commas and a final "and".
    std::vector<std::string> clauses;
    for (auto& piece : text::split_trimmed(body, ',')) {
        std::string rest = piece;
        if (text::istarts_with(rest, "and ")) rest = rest.substr(4);
        for (;;) {
            const auto lowered = text::lower(rest);
            const auto at = lowered.find(" and ");
            if (at == std::string::npos) break;
            clauses.emplace_back(text::trim(std::string_view(rest).substr(0, at)));
            rest = std::string(text::trim(std::string_view(rest).substr(at + 5)));
        }
        if (!text::trim(rest).empty()) clauses.emplace_back(text::trim(rest));
    }
    std::vector<Substitution> out;
    for (const auto& clause : clauses) {
        const std::string lowered = text::lower(clause);
        std::size_t at = lowered.find(" replaced ");
        std::size_t width = 10;
        if (at == std::string::npos) {
            at = lowered.find(" substituted for ");
            width = 17;
        }
        if (at == std::string::npos)
            throw InputError({source, line, "", "substitution"},
                             "'" + clause + "' does not say who replaced whom (expected 'X replaced Y')");
        Substitution s;
        s.printed = clause;
        try {
            s.substitute = governance::parse_person_name(clause.substr(0, at));
            s.replaced = governance::parse_person_name(clause.substr(at + width));
        } catch (const ValidationError&) {
            throw InputError({source, line, "", "substitution"}, "'" + clause + "' lacks a name on one side");
        }
        out.push_back(std::move(s));
    }
    if (out.empty()) throw InputError({source, line, "", "substitution"}, "the sentence names no substitution");
    return out;
}

AttendanceList parse_attendance_list(std::string_view bytes, const std::string& source, std::size_t first_line) try {
    const auto decoded = text_detail::decode_text(bytes, source, first_line);
    const std::string_view input = decoded.text;
    AttendanceList out;
    out.source = source;
    if (decoded.windows_1252) out.notes.push_back({source, 0, text_detail::windows_1252_message()});
    std::optional<AttendanceStatus> section;
    std::string group_honorific;
    struct PendingSub {
        Substitution sub;
        std::size_t line;
    };
    std::vector<PendingSub> substitutions;
    const auto all = text::lines(input);

    auto need_section = [&](std::size_t line_number) {
        if (!section)
            throw InputError({source, line_number, "", "section"},
                             "a name before any 'Present:' or 'Apologies:' heading");
    };
    auto add = [&](AttendanceEntry entry) {
        for (const auto& other : out.entries)
            if (same_person(other.name, entry.name) && text::iequals(other.name.given_name, entry.name.given_name))
                out.notes.push_back({source, entry.line,
                                     "'" + entry.printed + "' is listed again (first on line " +
                                         std::to_string(other.line) + ")"});
        out.entries.push_back(std::move(entry));
    };

    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::size_t line_number = first_line + i;
        const std::string_view raw = all[i];
        const std::string_view line = text::trim(raw);
        if (line.empty()) continue;
        const auto cells = split_cells(raw);
        if (cells.size() > 1) {
            need_section(line_number);
            if (cells.size() > 3)
                throw InputError({source, line_number, "", "organisation"},
                                 "the row has " + std::to_string(cells.size()) +
                                     " cells; expected Name<TAB>Title<TAB>Organisation");
            if (cells[0].empty())
                throw InputError({source, line_number, "", "name"}, "the row has no name in its first cell");
            if (cells.size() < 3 || cells[2].empty())
                throw InputError({source, line_number, "", "organisation"},
                                 "'" + std::string(cells[0]) + "' has no organisation");
            AttendanceEntry entry;
            entry.line = line_number;
            entry.status = *section;
            entry.printed = std::string(cells[0]);
            entry.name = governance::parse_person_name(cells[0]);
            entry.title = std::string(cells[1]);
            entry.organisation = std::string(cells[2]);
            add(std::move(entry));
            continue;
        }
        if (is_attendance_heading(line)) {
            section = governance::parse_attendance_status(line.substr(0, line.size() - 1));
            group_honorific.clear();
            continue;
        }
        if (auto honorific = group_honorific_of(line); !honorific.empty()) {
            group_honorific = honorific;
            continue;
        }
        if (is_substitution_sentence(line)) {
            for (auto& sub : parse_substitutions(line, source, line_number))
                substitutions.push_back({std::move(sub), line_number});
            continue;
        }
        need_section(line_number);
        if (is_grid_line(line)) {
            for (auto& name : parse_grid(line, source, line_number, group_honorific)) {
                AttendanceEntry entry;
                entry.line = line_number;
                entry.status = *section;
                entry.printed = printed_form(name);
                entry.name = std::move(name);
                add(std::move(entry));
            }
            continue;
        }
        AttendanceEntry entry;
        entry.line = line_number;
        entry.status = *section;
        entry.printed = std::string(line);
        entry.name = governance::parse_person_name(line);
        if (entry.name.honorific.empty()) entry.name.honorific = group_honorific;
        add(std::move(entry));
    }

    // Substitutes are listed among those present; the sentence says whom they replaced.
    for (const auto& substitution : substitutions) {
        // Named, not a structured binding: clang 14 (the fuzz build) cannot capture those in a lambda.
        const auto& sub = substitution.sub;
        const auto line = substitution.line;
        auto it = std::find_if(out.entries.begin(), out.entries.end(), [&sub](const AttendanceEntry& e) {
            return e.status == AttendanceStatus::Present && same_person(e.name, sub.substitute);
        });
        const std::string sentence_form = printed_form(sub.substitute);
        if (it == out.entries.end()) {
            out.notes.push_back({source, line,
                                 "substitute '" + sentence_form + "' is not in the list of those present; added"});
            AttendanceEntry entry;
            entry.line = line;
            entry.status = AttendanceStatus::Substitute;
            entry.printed = sentence_form;
            entry.name = sub.substitute;
            entry.replaces = sub.replaced;
            entry.replaces_line = line;
            out.entries.push_back(std::move(entry));
            continue;
        }
        it->status = AttendanceStatus::Substitute;
        it->replaces = sub.replaced;
        it->replaces_line = line;
        if (sentence_form != it->printed) it->other_forms.push_back(sentence_form);
        const bool courtesy_clash = is_courtesy(it->name.honorific) &&
                                    !text::iequals(it->name.honorific, sub.substitute.honorific);
        if (courtesy_clash)
            out.notes.push_back({source, line,
                                 "the same member is printed as '" + it->printed + "' (line " +
                                     std::to_string(it->line) + ") and '" + sentence_form +
                                     "' (line " + std::to_string(line) + "): the forms disagree ('" +
                                     it->name.honorific + "' against '" + sub.substitute.honorific + " " +
                                     sub.substitute.given_name + "'); both kept, check which is right"});
        // The fuller given name is kept ("C" -> "Cynthia"); the printed forms stay in other_forms.
        if (sub.substitute.given_name.size() > it->name.given_name.size()) it->name.given_name = sub.substitute.given_name;
        for (const auto& e : out.entries)
            if (e.status == AttendanceStatus::Present && same_person(e.name, sub.replaced))
                out.notes.push_back({source, line,
                                     text::concat({"'", printed_form(sub.replaced),
                                                   "' is replaced by a substitute but also listed as present (line ",
                                                   std::to_string(e.line), ")"})});
    }
    return out;
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

AttendanceList read_attendance_list(const std::filesystem::path& path) {
    return parse_attendance_list(text_detail::read_file_bytes(path), path.string());
}

} // namespace boardroom::io
