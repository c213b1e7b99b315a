// A strict reader for comma-separated files as spreadsheets save them
// (RFC 4180: quoted fields may hold commas, quotes and line breaks). Every row
// remembers the line it started on, so loaders can name the line at fault.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

struct CsvRow {
    std::size_t line{0}; ///< 1-based line where the row starts
    std::vector<std::string> cells;
};

class CsvTable {
public:
    /// Parses text; `source` names it in errors (usually the file path). The
    /// bytes are UTF-8 (a leading byte-order mark is dropped) or else
    /// Windows-1252, converted (see converted_from_windows_1252); other bytes
    /// are an InputError naming the line and byte offset.
    /// Throws InputError for an unterminated quote, a stray quote inside an
    /// unquoted field, a row whose width differs from the header, or an empty
    /// or duplicated header name. Blank lines are skipped.
    static CsvTable parse(std::string_view text, std::string source);

    /// Reads and parses a file as parse() does; throws StorageError if it
    /// cannot be read.
    static CsvTable read(const std::filesystem::path& path);

    /// Builds a table from rows already split into cells (a spreadsheet's sheet,
    /// say), the first non-blank row being the header; each row's `line` is what
    /// errors will name (for a sheet, its row number). Same checks as parse().
    /// `converted_from_windows_1252` is what converted_from_windows_1252() will
    /// say, for rows split from text that was decoded so.
    static CsvTable from_rows(std::vector<CsvRow> rows, std::string source, bool converted_from_windows_1252 = false);

    const std::string& source() const noexcept { return source_; }
    const std::vector<std::string>& header() const noexcept { return header_; }
    /// Line (or sheet row) of the header, for errors about a column.
    std::size_t header_line() const noexcept { return header_line_; }
    const std::vector<CsvRow>& rows() const noexcept { return rows_; }
    /// The text was not UTF-8 and was read as Windows-1252: loaders that
    /// return data-quality notes say so.
    bool converted_from_windows_1252() const noexcept { return windows_1252_; }

    /// Index of a column; std::nullopt if absent.
    std::optional<std::size_t> find_column(std::string_view name) const noexcept;
    /// Index of a column; throws InputError naming the file and the missing field.
    std::size_t column(std::string_view name) const;

    /// Throws InputError at the header line if the table has any column not in
    /// `known` (catches misspelt optional columns that would otherwise be ignored).
    void require_known_columns(const std::vector<std::string_view>& known) const;

    /// The cell of `row` in `column`, with surrounding spaces trimmed.
    std::string_view cell(const CsvRow& row, std::size_t column) const;

    /// Throws InputError naming this file, the row's line and the column.
    [[noreturn]] void fail(const CsvRow& row, std::size_t column, const std::string& reason) const;

private:
    std::string source_;
    std::size_t header_line_{1};
    std::vector<std::string> header_;
    std::vector<CsvRow> rows_;
    bool windows_1252_{false};
};

} // namespace boardroom::io
