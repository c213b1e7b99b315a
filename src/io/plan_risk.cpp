#include "boardroom/io/plan_risk.hpp"

#include "boardroom/core/error.hpp"
#include "plan_common.hpp"

#include "../core/text.hpp"

#include <map>
#include <optional>
#include <vector>

namespace boardroom::io {

namespace {

using plan_detail::trim;

const std::vector<std::string_view> kColumns{"reference",           "risk",          "owner",
                                              "likelihood",          "impact",        "residual_likelihood",
                                              "residual_impact",     "last_reviewed", "next_review",
                                              "mitigations",         "mitigating_actions"};

/// Reads one risk table; each method names the row and column it fails on.
class RiskRows {
public:
    explicit RiskRows(const CsvTable& table) : table_(table) {}

    std::string text(const CsvRow& row, const std::optional<std::size_t>& column) const {
        return column ? std::string(table_.cell(row, *column)) : std::string();
    }

    /// A whole number 1-5; `what` names the scale in the message.
    int scale(const CsvRow& row, std::size_t column, std::string_view what) const {
        const auto cell = table_.cell(row, column);
        if (cell.size() != 1 || cell[0] < '1' || cell[0] > '5')
            table_.fail(row, column,
                        "the " + std::string(what) + " '" + std::string(cell) + "' is not a whole number from 1 to 5");
        return cell[0] - '0';
    }

    std::optional<Date> date(const CsvRow& row, const std::optional<std::size_t>& column) const {
        const std::string value = text(row, column);
        if (value.empty()) return std::nullopt;
        const auto parsed = parse_iso_date(value);
        if (!parsed) table_.fail(row, *column, "'" + value + "' is not a date in the form YYYY-MM-DD");
        return parsed;
    }

    /// One mitigation per line of the cell, list markers ("- ") dropped.
    std::vector<std::string> lines(const CsvRow& row, const std::optional<std::size_t>& column) const {
        std::vector<std::string> out;
        std::string_view rest = column ? table_.cell(row, *column) : std::string_view();
        while (!rest.empty()) {
            const auto end = rest.find('\n');
            auto line = trim(rest.substr(0, end));
            rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
            if (line.starts_with("- ")) line = trim(line.substr(2));
            if (!line.empty()) out.emplace_back(line);
        }
        return out;
    }

    /// Action numbers separated by commas, semicolons, spaces or line breaks.
    std::vector<std::string> actions(const CsvRow& row, const std::optional<std::size_t>& column) const {
        std::vector<std::string> out;
        if (!column) return out;
        const std::string_view cell = table_.cell(row, *column);
        std::size_t at = 0;
        while (at < cell.size()) {
            const auto start = cell.find_first_not_of(",; \t\r\n", at);
            if (start == std::string_view::npos) break;
            auto end = cell.find_first_of(",; \t\r\n", start);
            if (end == std::string_view::npos) end = cell.size();
            const std::string number(cell.substr(start, end - start));
            if (!plans::is_action_number(number))
                table_.fail(row, *column, "'" + number + "' is not an action number such as 4.5");
            out.push_back(number);
            at = end;
        }
        return out;
    }

private:
    const CsvTable& table_;
};

} // namespace

plans::RiskRegister parse_risk_register_csv(const CsvTable& table, const RiskCsvOptions& options) try {
    const std::string& source = table.source();
    table.require_known_columns(kColumns);
    const auto c_reference = table.column("reference");
    const auto c_risk = table.column("risk");
    const auto c_likelihood = table.column("likelihood");
    const auto c_impact = table.column("impact");
    const auto c_owner = table.find_column("owner");
    const auto c_residual_likelihood = table.find_column("residual_likelihood");
    const auto c_residual_impact = table.find_column("residual_impact");
    const auto c_last_reviewed = table.find_column("last_reviewed");
    const auto c_next_review = table.find_column("next_review");
    const auto c_mitigations = table.find_column("mitigations");
    const auto c_mitigating_actions = table.find_column("mitigating_actions");

    try {
        plans::validate(options.scheme);
        plans::validate(options.thresholds, options.scheme);
    } catch (const ValidationError& e) {
        throw InputError({source, 0, "", "thresholds"}, e.what());
    }

    plans::RiskRegister register_;
    register_.title = options.title;
    register_.board = options.board;
    register_.scheme = options.scheme;
    register_.thresholds = options.thresholds;

    const RiskRows read(table);
    std::map<std::string, std::size_t> seen;
    for (const auto& row : table.rows()) {
        plans::Risk risk;
        risk.reference = read.text(row, c_reference);
        if (risk.reference.empty()) table.fail(row, c_reference, "the risk has no reference");
        if (auto [it, fresh] = seen.try_emplace(risk.reference, row.line); !fresh)
            table.fail(row, c_reference,
                       "risk " + risk.reference + " appears twice (first at line " + std::to_string(it->second) + ")");
        risk.description = read.text(row, c_risk);
        if (risk.description.empty()) table.fail(row, c_risk, "risk " + risk.reference + " is not described");
        risk.owner = read.text(row, c_owner);
        risk.inherent = {read.scale(row, c_likelihood, "likelihood"), read.scale(row, c_impact, "impact")};

        const bool has_residual_likelihood = !read.text(row, c_residual_likelihood).empty();
        const bool has_residual_impact = !read.text(row, c_residual_impact).empty();
        if (has_residual_likelihood && !has_residual_impact)
            table.fail(row, c_residual_impact ? *c_residual_impact : *c_residual_likelihood,
                       "risk " + risk.reference + " has a residual likelihood but no residual impact");
        if (has_residual_impact && !has_residual_likelihood)
            table.fail(row, c_residual_likelihood ? *c_residual_likelihood : *c_residual_impact,
                       "risk " + risk.reference + " has a residual impact but no residual likelihood");
        if (has_residual_likelihood)
            risk.residual = plans::RiskScore{read.scale(row, *c_residual_likelihood, "residual likelihood"),
                                             read.scale(row, *c_residual_impact, "residual impact")};

        risk.last_reviewed = read.date(row, c_last_reviewed);
        risk.next_review = read.date(row, c_next_review);
        if (risk.last_reviewed && risk.next_review && *risk.next_review < *risk.last_reviewed)
            table.fail(row, *c_next_review,
                       "risk " + risk.reference + ": the next review (" + to_iso_string(*risk.next_review) +
                           ") is before the last (" + to_iso_string(*risk.last_reviewed) + ")");
        risk.mitigations = read.lines(row, c_mitigations);
        risk.mitigating_actions = read.actions(row, c_mitigating_actions);

        try {
            plans::add_risk(register_, std::move(risk));
        } catch (const ValidationError& e) {
            // Everything add_risk checks was checked above with its column; kept
            // so that a rule added to the model later still names the row.
            throw InputError({source, row.line, "", "reference"}, e.what());
        }
    }
    if (table.rows().empty()) throw InputError({source, 1, "", ""}, "the file has no risks");
    return register_;
} catch (...) {
    text_detail::rethrow_as_input_error(table.source());
}

plans::RiskRegister parse_risk_register_csv(std::string_view text, const std::string& source,
                                            const RiskCsvOptions& options) {
    return parse_risk_register_csv(CsvTable::parse(text, source), options);
}

plans::RiskRegister read_risk_register_csv(const std::filesystem::path& path, const RiskCsvOptions& options) {
    return parse_risk_register_csv(CsvTable::read(path), options);
}

std::string format_risk_register_csv(const plans::RiskRegister& register_) {
    std::string out;
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        if (i) out += ',';
        out += kColumns[i];
    }
    out += '\n';
    auto joined = [](const std::vector<std::string>& items, std::string_view separator) {
        std::string text;
        for (const auto& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
        return text;
    };
    for (const auto& risk : register_.risks) {
        const std::vector<std::string> cells{
            risk.reference,
            risk.description,
            risk.owner,
            std::to_string(risk.inherent.likelihood),
            std::to_string(risk.inherent.impact),
            risk.residual ? std::to_string(risk.residual->likelihood) : "",
            risk.residual ? std::to_string(risk.residual->impact) : "",
            risk.last_reviewed ? to_iso_string(*risk.last_reviewed) : "",
            risk.next_review ? to_iso_string(*risk.next_review) : "",
            joined(risk.mitigations, "\n"),
            joined(risk.mitigating_actions, ", ")};
        plan_detail::append_csv_row(out, cells);
    }
    return out;
}

} // namespace boardroom::io
