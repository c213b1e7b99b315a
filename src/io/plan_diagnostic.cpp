#include "boardroom/io/plan_diagnostic.hpp"

#include "boardroom/core/error.hpp"
#include "plan_common.hpp"
#include "../core/text.hpp"

#include <algorithm>
#include <functional>
#include <map>

namespace boardroom::io {

namespace {

using namespace plan_detail;

// The shape both documents share: prose (title, notes), then a table under a
// header row, possibly repeated after page breaks, then more prose (notes).
// `on_header` checks and maps a header row; `on_rows` takes the table's rows.
struct Document {
    std::string title;
    std::size_t title_line{0};
    std::vector<std::string> notes;
    bool had_table{false};
};

Document read_document(std::string_view text, const std::string& source, std::size_t first_line,
                       const std::function<bool(const std::vector<std::string>&)>& is_header,
                       const std::function<std::size_t(const std::vector<std::string>&, std::size_t)>& on_header,
                       const std::function<void(std::vector<TableRow>)>& on_rows, const std::string& what,
                       const std::string& expected_header) {
    const auto lines = split_lines(text, first_line);
    Document doc;
    std::size_t i = 0;
    while (i < lines.size()) {
        const auto& line = lines[i];
        if (line.blank || line.separator) {
            ++i;
            continue;
        }
        if (!line.tabbed) {
            const std::string body(trim(line.text));
            if (doc.title.empty() && !doc.had_table) {
                doc.title = body;
                doc.title_line = line.number;
            } else {
                doc.notes.push_back(body);
            }
            ++i;
            continue;
        }
        const auto cells = header_cells(line.text);
        if (!is_header(cells))
            throw InputError({source, line.number, "", ""},
                             "a table row with no header row above it (expected " + expected_header + ")");
        const std::size_t width = on_header(cells, line.number);
        std::size_t end = i + 1;
        while (end < lines.size() &&
               (lines[end].blank || lines[end].separator || (lines[end].tabbed && !is_header(header_cells(lines[end].text)))))
            ++end;
        on_rows(read_table(lines, i + 1, end, source, width, what));
        doc.had_table = true;
        i = end;
    }
    if (!doc.had_table)
        throw InputError({source, first_line, "", "header"}, "no table was found (expected a header row " +
                                                                 expected_header + ")");
    return doc;
}

std::optional<int> finding_number(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.back() == '.') text.remove_suffix(1);
    if (text.empty() || text.size() > 4) return std::nullopt;
    int n = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

bool first_column_is_number(const std::string& name) {
    const auto n = lower(trim(name));
    return n.empty() || n == "no" || n == "no." || n == "no :" || n == "no:" || n == "number" || n == "ref";
}

} // namespace

namespace {

LoadedDiagnostic parse_utf8_diagnostic_text(std::string_view text, const std::string& source,
                                            const DiagnosticTextOptions& options) {
    plans::Diagnostic diagnostic;
    struct Columns {
        std::optional<std::size_t> assessment, response, progress, rag;
    } columns;
    std::map<int, std::size_t> seen;
    std::vector<plans::FindingProgress> progress;

    auto is_header = [](const std::vector<std::string>& cells) {
        bool assessment = false, response = false;
        for (const auto& cell : cells) {
            const auto name = lower(cell);
            assessment = assessment || name == "assessment" || name == "finding" || name == "findings";
            response = response || name == "response" || name == "responses";
        }
        return assessment && response;
    };
    auto on_header = [&](const std::vector<std::string>& cells, std::size_t line) {
        columns = {};
        if (!first_column_is_number(cells.front()))
            throw InputError({source, line, "header", cells.front()},
                             "the first column must hold the finding numbers (header empty or 'No')");
        for (std::size_t col = 1; col < cells.size(); ++col) {
            const auto name = lower(cells[col]);
            std::optional<std::size_t>* slot = nullptr;
            if (name == "assessment" || name == "finding" || name == "findings") slot = &columns.assessment;
            else if (name == "response" || name == "responses") slot = &columns.response;
            else if (name == "progress" || name == "update") slot = &columns.progress;
            else if (name == "rag" || name == "status") slot = &columns.rag;
            if (!slot)
                throw InputError({source, line, "header", cells[col]},
                                 "unknown column '" + cells[col] + "' (expected Assessment, Response, Progress, RAG)");
            if (*slot) throw InputError({source, line, "header", cells[col]}, "the column '" + cells[col] + "' appears twice");
            *slot = col;
        }
        return cells.size();
    };
    auto on_rows = [&](std::vector<TableRow> rows) {
        for (auto& row : rows) {
            const auto number = finding_number(row.cells[0]);
            if (!number || *number < 1)
                throw InputError({source, row.line, "", "No"}, "'" + row.cells[0] + "' is not a finding number");
            const std::string record = "finding " + std::to_string(*number);
            if (auto [it, fresh] = seen.try_emplace(*number, row.line); !fresh)
                throw InputError({source, row.line, record, "No"},
                                 "finding " + std::to_string(*number) + " is printed twice (first at line " +
                                     std::to_string(it->second) + ")");
            auto cell = [&row](const std::optional<std::size_t>& col) { return col ? row.cells[*col] : std::string(); };
            plans::DiagnosticFinding finding;
            finding.number = *number;
            finding.assessment = cell(columns.assessment);
            finding.response = cell(columns.response);
            finding.line = row.line;
            const std::string note = cell(columns.progress);
            const std::string rag(trim(cell(columns.rag)));
            if (!note.empty() || !rag.empty()) {
                const std::string field = note.empty() ? "RAG" : "Progress";
                if (!options.as_of)
                    throw InputError({source, row.line, record, field},
                                     "progress needs the date it describes; pass the reporting date (as_of)");
                if (note.empty())
                    throw InputError({source, row.line, record, "Progress"}, "a RAG rating needs a progress note");
                if (!rag.empty() && !diagnostic.scheme.find(rag))
                    throw InputError({source, row.line, record, "RAG"}, "'" + rag + "' is not a status of the scheme");
                progress.push_back({*number, *options.as_of, note, rag, options.recorded_by});
            }
            plans::add_finding(diagnostic, std::move(finding));
        }
    };
    const auto doc = read_document(text, source, options.first_line, is_header, on_header, on_rows, "finding",
                                   "'\\tAssessment\\tResponse'");
    diagnostic.title = doc.title;
    diagnostic.notes = doc.notes;
    for (const auto& entry : progress) plans::add_progress(diagnostic, entry);
    LoadedDiagnostic loaded{std::move(diagnostic), {}};
    loaded.warnings = plans::check_diagnostic(loaded.diagnostic, source);
    return loaded;
}

LoadedSelfAssessment parse_utf8_self_assessment_text(std::string_view text, const std::string& source,
                                                     std::size_t first_line) {
    plans::SelfAssessment assessment;
    struct Columns {
        std::optional<std::size_t> area, risk, action, owner, when, rag;
        std::vector<std::string> names;
    } columns;
    std::map<std::string, std::size_t> seen;

    auto is_header = [](const std::vector<std::string>& cells) {
        if (!first_column_is_number(cells.front()) || lower(trim(cells.front())).empty()) return false;
        return std::any_of(cells.begin(), cells.end(), [](const std::string& c) {
            const auto name = lower(c);
            return name.find("y/n") != std::string::npos || name.find("risk area") != std::string::npos;
        });
    };
    auto on_header = [&](const std::vector<std::string>& cells, std::size_t line) {
        columns = {};
        columns.names = cells;
        for (std::size_t col = 1; col < cells.size(); ++col) {
            const auto name = lower(cells[col]);
            std::optional<std::size_t>* slot = nullptr;
            if (name.find("risk area") != std::string::npos || name.find("vulnerability") != std::string::npos)
                slot = &columns.area;
            else if (name.find("y/n") != std::string::npos || name == "risk") slot = &columns.risk;
            else if (name.rfind("action", 0) == 0) slot = &columns.action;
            else if (name == "owner" || name == "lead") slot = &columns.owner;
            else if (name == "when" || name == "by when" || name.find("timescale") != std::string::npos) slot = &columns.when;
            else if (name == "rag" || name == "status") slot = &columns.rag;
            if (!slot)
                throw InputError({source, line, "header", cells[col]},
                                 "unknown column '" + cells[col] +
                                     "' (expected a risk area, Risk Y/N, Action taken, Owner, When, RAG)");
            if (*slot) throw InputError({source, line, "header", cells[col]}, "the column '" + cells[col] + "' appears twice");
            *slot = col;
        }
        if (!columns.area) throw InputError({source, line, "header", "Risk Area"}, "the table has no risk area column");
        if (!columns.risk) throw InputError({source, line, "header", "Risk Y/N"}, "the table has no 'Risk Y/N' column");
        return cells.size();
    };
    auto on_rows = [&](std::vector<TableRow> rows) {
        for (auto& row : rows) {
            const std::string number(trim(row.cells[0]));
            const std::string record = "item " + number;
            if (auto [it, fresh] = seen.try_emplace(number, row.line); !fresh)
                throw InputError({source, row.line, record, columns.names[0]},
                                 "item " + number + " is printed twice (first at line " + std::to_string(it->second) + ")");
            auto cell = [&row](const std::optional<std::size_t>& col) { return col ? row.cells[*col] : std::string(); };
            plans::SelfAssessmentItem item;
            item.number = number;
            std::tie(item.area, item.question) = plans::split_area(cell(columns.area));
            if (!plans::parse_yes_no(cell(columns.risk), item.at_risk))
                throw InputError({source, row.line, record, columns.names[*columns.risk]},
                                 "'" + cell(columns.risk) + "' is not Y or N");
            item.action_taken = cell(columns.action);
            item.owner = cell(columns.owner);
            item.when = plans::parse_timescale(cell(columns.when));
            item.status = std::string(trim(cell(columns.rag)));
            if (!item.status.empty() && !assessment.scheme.find(item.status))
                throw InputError({source, row.line, record, columns.names[*columns.rag]},
                                 "'" + item.status + "' is not a status of the scheme");
            item.line = row.line;
            plans::add_item(assessment, std::move(item));
        }
    };
    const auto doc = read_document(text, source, first_line, is_header, on_header, on_rows, "item",
                                   "such as 'No\\tRisk Area\\tRisk Y/N\\tAction taken\\tOwner\\tWhen\\tRAG'");
    assessment.title = doc.title;
    assessment.notes = doc.notes;
    LoadedSelfAssessment loaded{std::move(assessment), {}};
    loaded.warnings = plans::check_self_assessment(loaded.assessment, source);
    return loaded;
}

} // namespace

LoadedDiagnostic parse_diagnostic_text(std::string_view bytes, const std::string& source,
                                       const DiagnosticTextOptions& options) try {
    const auto decoded = text_detail::decode_text(bytes, source, options.first_line);
    auto loaded = parse_utf8_diagnostic_text(decoded.text, source, options);
    if (decoded.windows_1252) loaded.warnings.insert(loaded.warnings.begin(), windows_1252_warning(source));
    return loaded;
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

LoadedDiagnostic read_diagnostic_text(const std::filesystem::path& path, const DiagnosticTextOptions& options) {
    return parse_diagnostic_text(text_detail::read_file_bytes(path), path.string(), options);
}

LoadedSelfAssessment parse_self_assessment_text(std::string_view bytes, const std::string& source,
                                                std::size_t first_line) try {
    const auto decoded = text_detail::decode_text(bytes, source, first_line);
    auto loaded = parse_utf8_self_assessment_text(decoded.text, source, first_line);
    if (decoded.windows_1252) loaded.warnings.insert(loaded.warnings.begin(), windows_1252_warning(source));
    return loaded;
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

LoadedSelfAssessment read_self_assessment_text(const std::filesystem::path& path) {
    return parse_self_assessment_text(text_detail::read_file_bytes(path), path.string());
}

} // namespace boardroom::io
