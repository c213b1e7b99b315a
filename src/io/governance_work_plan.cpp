#include "boardroom/io/governance_work_plan.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/governance/people.hpp"
#include "boardroom/io/governance_text.hpp"
#include "boardroom/io/word_table.hpp"

#include "../text.hpp"

#include "../core/text.hpp"

#include <charconv>

namespace boardroom::io {


namespace {

enum class Section { Table, Unscheduled, TaskGroups };

std::optional<std::string_view> bullet(std::string_view line) {
    line = text::trim(line);
    for (std::string_view mark : {"- ", "* ", "\u2022 "})
        if (line.substr(0, mark.size()) == mark) return text::trim(line.substr(mark.size()));
    return std::nullopt;
}

// "Work Plan 2014/15" -> 2014; std::nullopt if the title names no year.
std::optional<int> plan_year(std::string_view title) {
    for (std::size_t i = 0; i + 7 <= title.size(); ++i) {
        if (!text::is_digit(title[i]) || (i > 0 && text::is_digit(title[i - 1]))) continue;
        int year = 0;
        auto [ptr, ec] = std::from_chars(title.data() + i, title.data() + i + 4, year);
        if (ec == std::errc{} && ptr == title.data() + i + 4 && title[i + 4] == '/' && text::is_digit(title[i + 5]) &&
            text::is_digit(title[i + 6]))
            return year;
    }
    return std::nullopt;
}

void check_lead(governance::DataQualityNote base, const std::string& lead, std::vector<governance::DataQualityNote>& notes) {
    // PDF extraction artefacts, kept as printed but reported.
    if (lead.find("- ") != std::string::npos && lead.find(" - ") == std::string::npos) {
        base.message = "lead officer '" + lead + "' has a space after a hyphen (a broken line in the source?)";
        notes.push_back(base);
    }
    for (const auto& word : text::words(lead))
        if (word.size() >= 3 && word[0] == 'l' && text::is_lower(word[1])) {
            base.message = "lead officer '" + lead + "' has a name starting with lower-case 'l' ('" + word +
                           "'; 'I' misread?)";
            notes.push_back(base);
            break;
        }
}

} // namespace

WorkPlanDocument parse_work_plan(std::string_view bytes, const std::string& source, std::size_t first_line) try {
    const auto decoded = text_detail::decode_text(bytes, source, first_line);
    const std::string_view input = decoded.text;
    WorkPlanDocument doc;
    doc.source = source;
    if (decoded.windows_1252) doc.notes.push_back({source, 0, text_detail::windows_1252_message()});
    const auto all = text::lines(input);
    Section section = Section::Table;
    std::optional<Date> carried;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::size_t line_number = first_line + i;
        const auto line = text::trim(all[i]);
        if (line.empty()) continue;
        const std::string key = governance::normalise_name(line);
        if (key.rfind("future topics", 0) == 0) {
            section = Section::Unscheduled;
            continue;
        }
        if (key == "task groups" || key == "task and finish groups") {
            section = Section::TaskGroups;
            continue;
        }
        if (section == Section::Table && all[i].find('\t') == std::string_view::npos) {
            if (doc.title.empty() && doc.rows.empty()) {
                doc.title = std::string(line);
                continue;
            }
            throw InputError({source, line_number, "", "date"},
                             "'" + text_detail::quote_input(line, 60) + "' is not a row of the work plan table");
        }
        if (section == Section::Table) {
            const auto rows = parse_word_table(all[i], source, {.columns = 4, .merge_continuations = false,
                                                                 .first_line = line_number});
            if (rows.empty() || rows.front().cells.empty()) continue;
            const auto& cells = rows.front().cells;
            WorkPlanRow row;
            row.line = line_number;
            if (cells[0].empty()) {
                if (!carried)
                    throw InputError({source, line_number, "", "date"}, "the first row has no date to carry down");
                row.meeting_date = carried;
                row.date_carried = true;
            } else {
                const auto date = find_printed_date(cells[0]);
                if (!date)
                    throw InputError({source, line_number, "", "date"}, "'" + cells[0] + "' is not a date such as 17 July 2015");
                row.meeting_date = date->date;
                carried = date->date;
            }
            row.topic = cells[1];
            if (row.topic.empty()) throw InputError({source, line_number, "", "topic"}, "the row has no topic");
            row.lead_officers = text::split_trimmed(cells[2], '/');
            for (const auto& lead : row.lead_officers) check_lead({source, line_number, ""}, lead, doc.notes);
            row.notes = cells[3];
            doc.rows.push_back(std::move(row));
            continue;
        }
        const auto item = bullet(line);
        if (!item) {
            if (line.back() == ':') continue; // "The following task and finish groups are ...:"
            throw InputError({source, line_number, "", section == Section::Unscheduled ? "topic" : "task group"},
                             "expected a '- ' bullet, found '" + text_detail::quote_input(line, 60) + "'");
        }
        if (section == Section::Unscheduled) {
            WorkPlanRow row;
            row.line = line_number;
            row.topic = std::string(*item);
            doc.rows.push_back(std::move(row));
        } else {
            TaskGroupText group;
            group.line = line_number;
            const auto colon = item->find(": ");
            group.name = std::string(text::trim(item->substr(0, colon)));
            if (colon != std::string_view::npos) group.remit = std::string(text::trim(item->substr(colon + 2)));
            doc.task_groups.push_back(std::move(group));
        }
    }
    // A plan titled for one year whose dates fall in another.
    if (const auto year = plan_year(doc.title)) {
        const Date from{std::chrono::year{*year}, std::chrono::April, std::chrono::day{1}};
        const Date to{std::chrono::year{*year + 1}, std::chrono::May, std::chrono::day{31}};
        std::optional<Date> first, last;
        for (const auto& row : doc.rows)
            if (row.meeting_date) {
                if (!first || *row.meeting_date < *first) first = row.meeting_date;
                if (!last || *last < *row.meeting_date) last = row.meeting_date;
            }
        if (first && (*first < from || to < *last))
            doc.notes.push_back({source, first_line,
                                 "the plan is titled '" + doc.title + "' but its meetings run from " +
                                     to_iso_string(*first) + " to " + to_iso_string(*last)});
    }
    return doc;
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

WorkPlanDocument read_work_plan(const std::filesystem::path& path) {
    return parse_work_plan(text_detail::read_file_bytes(path), path.string());
}

} // namespace boardroom::io
