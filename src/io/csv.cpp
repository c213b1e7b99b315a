#include "boardroom/io/csv.hpp"

#include "boardroom/core/error.hpp"

#include "../core/text.hpp"
#include "../text.hpp"

#include <algorithm>
#include <set>

namespace boardroom::io {

namespace {

using text::trim;

bool blank(const std::vector<std::string>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return trim(c).empty(); });
}

} // namespace

CsvTable CsvTable::parse(std::string_view bytes, std::string source) try {
    CsvTable table;
    table.source_ = std::move(source);
    const auto decoded = text_detail::decode_text(bytes, table.source_);
    const std::string_view text = decoded.text;

    std::vector<CsvRow> records;
    CsvRow current;
    std::string field;
    std::size_t line = 1;
    current.line = 1;
    std::size_t quote_line = 0;
    bool in_quotes = false;
    bool field_was_quoted = false;

    auto fail_at = [&](std::size_t at, const std::string& reason) -> void {
        throw InputError({table.source_, at, "", ""}, reason);
    };
    auto end_field = [&] {
        current.cells.push_back(std::move(field));
        field.clear();
        field_was_quoted = false;
    };
    auto end_record = [&] {
        end_field();
        records.push_back(std::move(current));
        current = CsvRow{};
        current.line = line;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    in_quotes = false;
                }
            } else {
                if (c == '\n') ++line;
                if (c != '\r') field += c;
            }
            continue;
        }
        switch (c) {
        case '"':
            if (!trim(field).empty() || field_was_quoted)
                fail_at(line, "a quote appears inside an unquoted field (quote the whole field and double inner quotes)");
            field.clear();
            in_quotes = true;
            field_was_quoted = true;
            quote_line = line;
            break;
        case ',':
            end_field();
            break;
        case '\r':
            break;
        case '\n':
            ++line;
            end_record();
            break;
        default:
            if (field_was_quoted && c != ' ' && c != '\t')
                fail_at(line, "text follows a closing quote in the same field");
            field += c;
        }
    }
    if (in_quotes) fail_at(quote_line, "a quoted field opened here is never closed");
    if (!field.empty() || !current.cells.empty() || field_was_quoted) end_record();

    return from_rows(std::move(records), std::move(table.source_), decoded.windows_1252);
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

CsvTable CsvTable::from_rows(std::vector<CsvRow> records, std::string source, bool converted_from_windows_1252) {
    CsvTable table;
    table.source_ = std::move(source);
    table.windows_1252_ = converted_from_windows_1252;
    auto fail_at = [&](std::size_t at, const std::string& reason) -> void {
        throw InputError({table.source_, at, "", ""}, reason);
    };
    auto it = std::find_if(records.begin(), records.end(), [](const CsvRow& r) { return !blank(r.cells); });
    if (it == records.end()) fail_at(records.empty() ? 1 : records.front().line, "the file has no header row");
    table.header_line_ = it->line;
    std::set<std::string> names;
    for (std::size_t col = 0; col < it->cells.size(); ++col) {
        std::string name(trim(it->cells[col]));
        if (name.empty())
            throw InputError({table.source_, it->line, "", "column " + std::to_string(col + 1)},
                             "the header has an empty column name");
        if (!names.insert(name).second)
            throw InputError({table.source_, it->line, "", name}, "the header names this column twice");
        table.header_.push_back(std::move(name));
    }
    for (++it; it != records.end(); ++it) {
        if (blank(it->cells)) continue;
        if (it->cells.size() != table.header_.size())
            fail_at(it->line, "the row has " + std::to_string(it->cells.size()) + " fields but the header has " +
                                  std::to_string(table.header_.size()));
        table.rows_.push_back(std::move(*it));
    }
    return table;
}

CsvTable CsvTable::read(const std::filesystem::path& path) {
    return parse(text_detail::read_file_bytes(path), path.string());
}

std::optional<std::size_t> CsvTable::find_column(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < header_.size(); ++i)
        if (header_[i] == name) return i;
    return std::nullopt;
}

std::size_t CsvTable::column(std::string_view name) const {
    if (auto index = find_column(name)) return *index;
    throw InputError({source_, header_line_, "", std::string(name)}, "the header has no such column");
}

void CsvTable::require_known_columns(const std::vector<std::string_view>& known) const {
    for (const auto& name : header_)
        if (std::find(known.begin(), known.end(), name) == known.end())
            throw InputError({source_, header_line_, "", name}, "unknown column");
}

std::string_view CsvTable::cell(const CsvRow& row, std::size_t column) const {
    return trim(row.cells.at(column));
}

void CsvTable::fail(const CsvRow& row, std::size_t column, const std::string& reason) const {
    throw InputError({source_, row.line, "", header_.at(column)}, reason);
}

} // namespace boardroom::io
