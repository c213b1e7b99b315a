#include "boardroom/io/plan_csv.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/io/csv.hpp"
#include "boardroom/plans/check.hpp"
#include "boardroom/plans/history.hpp"
#include "plan_common.hpp"

#include "../core/text.hpp"

#include <map>

namespace boardroom::io {

namespace {


const std::vector<std::string_view> kColumns{
    "section",  "section_title", "statement", "position_heading", "number",   "action",   "outcomes",
    "leads",    "timescale",     "position",  "position_date",    "rag",      "rag_date", "rated_by", "rag_note"};

} // namespace

LoadedPlan parse_plan_csv(std::string_view text, const std::string& source, const PlanCsvOptions& options) {
    return parse_plan_csv(CsvTable::parse(text, source), options);
}

LoadedPlan parse_plan_csv(const CsvTable& table, const PlanCsvOptions& options) try {
    const std::string& source = table.source();
    table.require_known_columns(kColumns);
    const auto c_section = table.column("section");
    const auto c_number = table.column("number");
    const auto c_action = table.column("action");
    const auto c_title = table.find_column("section_title");
    const auto c_statement = table.find_column("statement");
    const auto c_heading = table.find_column("position_heading");
    const auto c_outcomes = table.find_column("outcomes");
    const auto c_leads = table.find_column("leads");
    const auto c_timescale = table.find_column("timescale");
    const auto c_position = table.find_column("position");
    const auto c_position_date = table.find_column("position_date");
    const auto c_rag = table.find_column("rag");
    const auto c_rag_date = table.find_column("rag_date");
    const auto c_rated_by = table.find_column("rated_by");
    const auto c_rag_note = table.find_column("rag_note");

    try {
        plans::validate(options.scheme);
    } catch (const ValidationError& e) {
        throw InputError({source, 0, "", "rag"}, e.what());
    }

    plans::Plan plan;
    plan.title = options.title;
    plan.board = options.board;
    plan.period = plans::parse_plan_period(options.period);
    plan.scheme = options.scheme;
    std::map<std::string, std::size_t> seen;
    std::vector<plans::PositionUpdate> positions;
    std::vector<plans::RagRating> ratings;

    auto get = [&table](const CsvRow& row, const std::optional<std::size_t>& col) {
        return col ? std::string(table.cell(row, *col)) : std::string();
    };
    auto date_of = [&](const CsvRow& row, const std::optional<std::size_t>& col) -> std::optional<Date> {
        const auto value = get(row, col);
        if (value.empty()) return options.as_of;
        const auto date = parse_iso_date(value);
        if (!date) table.fail(row, *col, "'" + value + "' is not a date in the form YYYY-MM-DD");
        return date;
    };

    for (const auto& row : table.rows()) {
        const std::string section(table.cell(row, c_section));
        const std::string number(table.cell(row, c_number));
        if (section.empty()) table.fail(row, c_section, "the section number is empty");
        if (number.empty()) table.fail(row, c_number, "the action number is empty");
        if (table.cell(row, c_action).empty()) table.fail(row, c_action, "action " + number + " has no text");
        if (auto [it, fresh] = seen.try_emplace(number, row.line); !fresh)
            table.fail(row, c_number,
                       "action " + number + " appears twice (first at line " + std::to_string(it->second) + ")");

        const std::string title = get(row, c_title);
        const std::string statement = get(row, c_statement);
        const std::string heading = get(row, c_heading);
        plans::PlanSection* existing = nullptr;
        for (auto& candidate : plan.sections)
            if (candidate.number == section) existing = &candidate;
        if (!existing) {
            plans::add_section(plan, {section, title, statement, heading, row.line});
        } else {
            if (!title.empty() && !existing->title.empty() && title != existing->title)
                table.fail(row, *c_title, "section " + section + " already has the title '" + existing->title + "'");
            if (!statement.empty() && !existing->statement.empty() && statement != existing->statement)
                table.fail(row, *c_statement, "section " + section + " already has a different statement");
            if (!heading.empty() && !existing->position_heading.empty() && heading != existing->position_heading)
                table.fail(row, *c_heading, "section " + section + " already has the heading '" +
                                                existing->position_heading + "'");
            if (existing->title.empty()) existing->title = title;
            if (existing->position_heading.empty()) existing->position_heading = heading;
            if (existing->statement.empty()) existing->statement = statement;
        }

        plans::PlanAction action;
        action.number = number;
        action.section = section;
        action.text = table.cell(row, c_action);
        action.outcomes = get(row, c_outcomes);
        action.leads_text = get(row, c_leads);
        action.leads = plans::split_leads(action.leads_text);
        action.timescale = plans::parse_timescale(get(row, c_timescale));
        action.line = row.line;

        const std::string position = get(row, c_position);
        if (!position.empty()) positions.push_back({number, date_of(row, c_position_date), position, get(row, c_rated_by)});
        else if (!get(row, c_position_date).empty())
            table.fail(row, *c_position_date, "a position date is given without a position");

        const std::string rag = get(row, c_rag);
        if (!rag.empty()) {
            const auto* status = plan.scheme.find(rag);
            if (!status) {
                std::string codes;
                for (const auto& s : plan.scheme.statuses) codes += (codes.empty() ? "" : ", ") + s.code;
                table.fail(row, *c_rag, "'" + rag + "' is not a status of the scheme (" + codes + ")");
            }
            const auto date = date_of(row, c_rag_date);
            if (!date)
                table.fail(row, c_rag_date ? *c_rag_date : *c_rag,
                           "the rating of action " + number + " has no date (rag_date, or pass as_of)");
            try {
                plans::require_rating_in_period(plan, number, *date);
            } catch (const ValidationError& e) {
                table.fail(row, c_rag_date ? *c_rag_date : *c_rag, e.what());
            }
            ratings.push_back({number, *date, status->code, get(row, c_rated_by), get(row, c_rag_note)});
        } else if (!get(row, c_rag_date).empty()) {
            table.fail(row, *c_rag_date, "a rating date is given without a rating");
        }
        plans::add_action(plan, std::move(action));
    }
    if (table.rows().empty()) throw InputError({source, 1, "", ""}, "the file has no actions");
    plans::add_position_updates(plan, positions);
    plans::add_ratings(plan, ratings);

    LoadedPlan loaded{std::move(plan), {}};
    loaded.warnings = plans::check_plan(loaded.plan, source);
    if (table.converted_from_windows_1252())
        loaded.warnings.insert(loaded.warnings.begin(), plan_detail::windows_1252_warning(source));
    return loaded;
} catch (...) {
    text_detail::rethrow_as_input_error(table.source());
}

LoadedPlan read_plan_csv(const std::filesystem::path& path, const PlanCsvOptions& options) {
    return parse_plan_csv(CsvTable::read(path), options);
}

std::string format_plan_csv(const plans::Plan& plan, std::optional<Date> as_of) {
    std::string out;
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        if (i) out += ',';
        out += kColumns[i];
    }
    out += '\n';
    for (const auto& action : plan.actions) {
        const auto* section = plans::find_section(plan, action.section);
        std::optional<plans::PositionUpdate> position;
        std::optional<plans::RagRating> rating;
        for (const auto& p : plan.positions)
            if (p.action == action.number && (!as_of || !p.date || !(*as_of < *p.date))) position = p;
        for (const auto& r : plan.ratings)
            if (r.action == action.number && (!as_of || !(*as_of < r.date))) rating = r;
        const std::vector<std::string> cells{
            action.section,
            section ? section->title : "",
            section ? section->statement : "",
            section ? section->position_heading : "",
            action.number,
            action.text,
            action.outcomes,
            action.leads_text,
            action.timescale.text,
            position ? position->text : "",
            position && position->date ? to_iso_string(*position->date) : "",
            rating ? rating->status : "",
            rating ? to_iso_string(rating->date) : "",
            rating ? rating->rated_by : (position ? position->recorded_by : ""),
            rating ? rating->note : ""};
        plan_detail::append_csv_row(out, cells);
    }
    return out;
}

} // namespace boardroom::io
