#include "boardroom/io/plan_text.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/plans/check.hpp"
#include "boardroom/plans/history.hpp"
#include "plan_common.hpp"
#include "../core/text.hpp"

#include <algorithm>
#include <map>

namespace boardroom::io {

namespace {

using namespace plan_detail;
using plans::Plan;

struct Columns {
    std::optional<std::size_t> action, outcomes, lead, timescale, position, rag;
    std::string position_heading;
    std::size_t width{0};
};

bool is_plan_header(const std::vector<std::string>& cells) {
    bool action = false, lead = false;
    for (const auto& cell : cells) {
        const auto name = lower(cell);
        if (name == "action" || name == "actions") action = true;
        if (name.find("lead") != std::string::npos) lead = true;
    }
    return action && lead;
}

Columns map_columns(const std::vector<std::string>& cells, const std::string& source, std::size_t line) {
    Columns columns;
    columns.width = cells.size();
    const auto first = lower(cells.front());
    if (!(first.empty() || first == "no" || first == "no." || first == "ref" || first == "number"))
        throw InputError({source, line, "header", cells.front()},
                         "the first column must hold the action numbers (header empty or 'No'), found '" +
                             cells.front() + "'");
    for (std::size_t col = 1; col < cells.size(); ++col) {
        const auto name = lower(cells[col]);
        auto set = [&](std::optional<std::size_t>& slot) {
            if (slot) throw InputError({source, line, "header", cells[col]}, "the column '" + cells[col] + "' appears twice");
            slot = col;
        };
        if (name == "action" || name == "actions") set(columns.action);
        else if (name.find("outcome") != std::string::npos) set(columns.outcomes);
        else if (name == "lead" || name == "leads" || name == "lead(s)" || name == "owner" || name == "lead officer")
            set(columns.lead);
        else if (name.find("timescale") != std::string::npos || name == "deadline" || name == "by when" ||
                 name == "target date" || name == "when")
            set(columns.timescale);
        else if (name.find("position") != std::string::npos || name.find("evidence") != std::string::npos ||
                 name == "progress" || name == "update") {
            set(columns.position);
            columns.position_heading = cells[col];
        } else if (name == "rag" || name == "rag rating" || name == "status" || name == "rag status")
            set(columns.rag);
        else
            throw InputError({source, line, "header", cells[col]},
                             "unknown column '" + cells[col] +
                                 "' (expected Action, Anticipated Outcomes, Lead, Timescales, Current Position or "
                                 "Evidence, RAG)");
    }
    if (!columns.action) throw InputError({source, line, "header", "Action"}, "the table has no 'Action' column");
    if (!columns.lead) throw InputError({source, line, "header", "Lead"}, "the table has no 'Lead' column");
    if (!columns.timescale)
        throw InputError({source, line, "header", "Timescales"}, "the table has no 'Timescales' column");
    return columns;
}

// "1. Prevent: Public Confidence and Awareness." -> {"1", "Prevent: Public Confidence and Awareness"}.
std::optional<std::pair<std::string, std::string>> section_heading(std::string_view line) {
    line = trim(line);
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
    if (i == 0 || i + 1 >= line.size() || line[i] != '.' || line[i + 1] != ' ') return std::nullopt;
    std::string_view title = trim(line.substr(i + 2));
    if (title.empty()) return std::nullopt;
    if (title.back() == '.') title.remove_suffix(1);
    return std::make_pair(std::string(line.substr(0, i)), std::string(trim(title)));
}

bool is_key_heading(std::string_view line) {
    const auto name = lower(trim(line));
    return name == "rag" || name == "rag key" || name == "key" || name == "rag rating key" || name == "rag:";
}

std::string title_case(std::string_view word) {
    std::string out = lower(word);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// One printed key entry: "R RED – Little progress ...", "Amber - Making progress".
std::optional<plans::RagStatus> key_entry(std::string_view line) {
    line = trim(line);
    std::size_t at = std::string_view::npos, skip = 0;
    for (std::string_view sep : {" \u2013 ", " \u2014 ", " - ", ": "}) {
        const auto pos = line.find(sep);
        if (pos != std::string_view::npos && pos < at) {
            at = pos;
            skip = sep.size();
        }
    }
    if (at == std::string_view::npos) return std::nullopt;
    const auto head = trim(line.substr(0, at));
    const auto description = std::string(trim(line.substr(at + skip)));
    if (head.empty() || std::count(head.begin(), head.end(), ' ') > 1) return std::nullopt;  // prose, not a key
    const auto space = head.find(' ');
    plans::RagStatus status;
    if (space != std::string_view::npos && space <= 2 && head.find(' ', space + 1) == std::string_view::npos) {
        // "R RED": a code and a one-word label.
        status.code = std::string(head.substr(0, space));
        status.label = title_case(trim(head.substr(space + 1)));
    } else if (head.size() <= 2) {
        status.code = std::string(head);
        const auto c = lower(head);
        status.label = c == "r" ? "Red" : c == "a" ? "Amber" : c == "g" ? "Green" : c == "b" ? "Blue" : std::string(head);
    } else {
        status.label = title_case(head);
        status.code = std::string(1, status.label.front());
    }
    if (status.code.empty()) return std::nullopt;
    status.description = description;
    status.colour = plans::conventional_colour(status.label);
    const auto label = lower(status.label);
    status.complete = label == "blue" || label == "complete" || label == "completed";
    return status;
}

} // namespace

plans::RagScheme parse_rag_key(const std::vector<std::string>& lines) {
    plans::RagScheme scheme;
    scheme.name = "printed key";
    for (const auto& line : lines)
        if (auto status = key_entry(line)) scheme.statuses.push_back(std::move(*status));
    // Red, Amber, Green, Blue in that order whatever order they were printed in.
    static const std::vector<std::string> kOrder{"red", "amber", "green", "blue"};
    const bool all_known = std::all_of(scheme.statuses.begin(), scheme.statuses.end(), [](const plans::RagStatus& s) {
        return std::find(kOrder.begin(), kOrder.end(), lower(s.label)) != kOrder.end();
    });
    if (all_known)
        std::stable_sort(scheme.statuses.begin(), scheme.statuses.end(),
                         [](const plans::RagStatus& a, const plans::RagStatus& b) {
                             return std::find(kOrder.begin(), kOrder.end(), lower(a.label)) <
                                    std::find(kOrder.begin(), kOrder.end(), lower(b.label));
                         });
    return scheme;
}

namespace {

LoadedPlan parse_utf8_plan_text(std::string_view text, const std::string& source, const PlanTextOptions& options) {
    const auto lines = split_lines(text, options.first_line);
    Plan plan;
    std::vector<std::string> key_lines;
    bool in_key = false;
    bool statement_open = false;  // prose after a heading, before its table, is the statement
    std::map<std::string, std::size_t> action_line;
    std::vector<plans::PositionUpdate> positions;
    struct PendingRating {
        plans::RagRating rating;
        std::size_t line;
        std::string field;
    };
    std::vector<PendingRating> pending;
    std::size_t title_line = 0;

    std::size_t i = 0;
    while (i < lines.size()) {
        const auto& line = lines[i];
        if (line.blank || line.separator) {
            ++i;
            continue;
        }
        if (line.tabbed) {
            const auto cells = header_cells(line.text);
            if (!is_plan_header(cells))
                throw InputError({source, line.number, "", ""},
                                 "a table row with no header row above it (expected a header such as "
                                 "'\\tAction\\tAnticipated Outcomes\\tLead\\tTimescales\\tCurrent Position\\tRAG')");
            if (plan.sections.empty())
                throw InputError({source, line.number, "", ""},
                                 "an action table before any section heading such as '1. Prevent: ...'");
            const Columns columns = map_columns(cells, source, line.number);
            auto& section = plan.sections.back();
            if (section.position_heading.empty()) section.position_heading = columns.position_heading;
            statement_open = false;
            in_key = false;
            // The table runs until the next prose line or a repeated header row.
            std::size_t end = i + 1;
            while (end < lines.size() && (lines[end].blank || lines[end].separator ||
                                          (lines[end].tabbed && !is_plan_header(header_cells(lines[end].text)))))
                ++end;
            for (auto& row : read_table(lines, i + 1, end, source, columns.width, "action")) {
                const std::string number(trim(row.cells[0]));
                if (!plans::is_action_number(number))
                    throw InputError({source, row.line, "", "number"},
                                     "'" + number + "' is not an action number like 1.1");
                const std::string record = "action " + number;
                if (auto [it, fresh] = action_line.try_emplace(number, row.line); !fresh)
                    throw InputError({source, row.line, record, "number"},
                                     "action " + number + " is printed twice (first at line " +
                                         std::to_string(it->second) + ")");
                auto cell = [&row](const std::optional<std::size_t>& col) {
                    return col ? row.cells[*col] : std::string();
                };
                plans::PlanAction action;
                action.number = number;
                action.section = section.number;
                action.text = cell(columns.action);
                action.outcomes = cell(columns.outcomes);
                action.leads_text = cell(columns.lead);
                action.leads = plans::split_leads(action.leads_text);
                action.timescale = plans::parse_timescale(cell(columns.timescale));
                action.line = row.line;
                const std::string position = cell(columns.position);
                if (!position.empty()) positions.push_back({number, options.as_of, position, options.recorded_by});
                const std::string rag(trim(cell(columns.rag)));
                if (!rag.empty()) {
                    if (!options.as_of)
                        throw InputError({source, row.line, record, "RAG"},
                                         "a RAG rating '" + rag +
                                             "' needs the date it was given; pass the reporting date (as_of)");
                    pending.push_back({{number, *options.as_of, rag, options.recorded_by, position}, row.line, "RAG"});
                }
                plans::add_action(plan, std::move(action));
            }
            i = end;
            continue;
        }

        // A prose line.
        const std::string_view body = trim(line.text);
        if (in_key) {
            if (key_entry(body)) {
                key_lines.emplace_back(body);
                ++i;
                continue;
            }
            in_key = false;
        }
        if (auto heading = section_heading(body)) {
            if (plans::find_section(plan, heading->first))
                throw InputError({source, line.number, "section " + heading->first, "section"},
                                 "section " + heading->first + " is printed twice");
            plans::add_section(plan, {heading->first, heading->second, "", "", line.number});
            statement_open = true;
        } else if (is_key_heading(body)) {
            in_key = true;
            statement_open = false;
        } else if (plan.title.empty()) {
            plan.title = std::string(body);
            title_line = line.number;
        } else if (statement_open) {
            auto& statement = plan.sections.back().statement;
            if (!statement.empty()) statement += '\n';
            statement += body;
        } else {
            plan.notes.emplace_back(body);
        }
        ++i;
    }

    if (plan.title.empty()) throw InputError({source, options.first_line, "", "title"}, "the text has no title line");
    if (plan.actions.empty())
        throw InputError({source, title_line, "", ""}, "no action rows were found under a header row");

    plan.board = options.board;
    if (plan.board.empty()) {
        const auto at = plan.title.find(" Board");
        if (at != std::string::npos) plan.board = plan.title.substr(0, at + 6);
    }
    std::string period = options.period;
    if (period.empty()) {
        // The last "YYYY-YYYY", "YYYY-YY" or "YYYY/YY" in the title.
        const std::string& t = plan.title;
        auto digit = [&t](std::size_t k) { return k < t.size() && t[k] >= '0' && t[k] <= '9'; };
        for (std::size_t p = 0; p + 4 < t.size(); ++p) {
            if ((p > 0 && digit(p - 1)) || !digit(p) || !digit(p + 1) || !digit(p + 2) || !digit(p + 3)) continue;
            std::size_t q = p + 4;
            if (t[q] == '-' || t[q] == '/') ++q;
            else if (t.compare(q, 3, "\u2013") == 0) q += 3;
            else continue;
            std::size_t r = q;
            while (digit(r)) ++r;
            const auto candidate = plans::parse_plan_period(t.substr(p, r - p));
            if (candidate.start) period = candidate.text;
        }
    }
    plan.period = plans::parse_plan_period(period);

    if (!key_lines.empty()) {
        plan.scheme = parse_rag_key(key_lines);
        if (options.add_blue_complete) plan.scheme = plans::with_blue_complete(std::move(plan.scheme));
        plan.scheme.name = plan.title + " RAG key" + (options.add_blue_complete ? " with Blue = complete" : "");
    } else {
        plan.scheme = options.add_blue_complete ? plans::default_rag_scheme() : plans::seed_rag_key();
    }
    try {
        plans::validate(plan.scheme);
    } catch (const ValidationError& e) {
        throw InputError({source, title_line, "", "RAG key"}, e.what());
    }

    std::vector<plans::RagRating> ratings;
    for (const auto& p : pending) {
        if (!plan.scheme.find(p.rating.status)) {
            std::string codes;
            for (const auto& s : plan.scheme.statuses) codes += (codes.empty() ? "" : ", ") + s.code;
            throw InputError({source, p.line, "action " + p.rating.action, p.field},
                             "'" + p.rating.status + "' is not a status of the key (" + codes + ")");
        }
        try {
            plans::require_rating_in_period(plan, p.rating.action, p.rating.date);
        } catch (const ValidationError& e) {
            throw InputError({source, p.line, "action " + p.rating.action, p.field}, e.what());
        }
        ratings.push_back(p.rating);
    }
    plans::add_position_updates(plan, positions);
    plans::add_ratings(plan, ratings);

    LoadedPlan loaded{std::move(plan), {}};
    loaded.warnings = plans::check_plan(loaded.plan, source);
    return loaded;
}

} // namespace

LoadedPlan parse_plan_text(std::string_view bytes, const std::string& source, const PlanTextOptions& options) try {
    const auto decoded = text_detail::decode_text(bytes, source, options.first_line);
    auto loaded = parse_utf8_plan_text(decoded.text, source, options);
    if (decoded.windows_1252) loaded.warnings.insert(loaded.warnings.begin(), plan_detail::windows_1252_warning(source));
    return loaded;
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

LoadedPlan read_plan_text(const std::filesystem::path& path, const PlanTextOptions& options) {
    return parse_plan_text(text_detail::read_file_bytes(path), path.string(), options);
}

} // namespace boardroom::io
