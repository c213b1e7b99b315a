// Helpers shared by the plan loaders (plan_text.cpp, plan_csv.cpp,
// plan_diagnostic.cpp, plan_risk.cpp); private to the library.
#pragma once

#include "boardroom/plans/warning.hpp"

#include "../text.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io::plan_detail {

using text::lower;
using text::trim;

/// One line of a pasted document.
struct TextLine {
    std::size_t number{0};   ///< 1-based, offset by the caller's first line
    std::string_view text;   ///< without the line break (and any '\r')
    bool blank{false};
    bool tabbed{false};      ///< has a tab: part of a table
    bool separator{false};   ///< only dashes (and tabs): a table rule
};

std::vector<TextLine> split_lines(std::string_view text, std::size_t first_line);

/// A cell as plain text: HTML fragments turned to text and the bullets Word
/// leaves in pasted lists ("•", "➢", "▪", "◦") turned into "- " list lines.
std::string clean_cell(std::string_view cell);

/// The cells of a header row as plain text.
std::vector<std::string> header_cells(std::string_view line);

/// Joins a continuation row's piece of a cell to the text above. A new line if
/// the text above ends a sentence (".!?:;") or the piece is a list item,
/// otherwise a space: page breaks split cells mid-sentence ("3 LSCB" /
/// "managers", "private children's" / "homes.").
std::string join_fragment(const std::string& above, const std::string& piece);

struct TableRow {
    std::size_t line{0};
    std::vector<std::string> cells;      ///< cleaned, continuations joined
    std::vector<std::size_t> continued;  ///< lines of merged continuation rows
};

/// Reads the rows between a header line and the end of its table: the lines
/// `lines[begin, end)`. Rows whose first cell is empty continue the row above;
/// one with no row above is an InputError naming `source`, its line and `what`.
/// A row wider than `columns` is an InputError.
std::vector<TableRow> read_table(const std::vector<TextLine>& lines, std::size_t begin, std::size_t end,
                                 const std::string& source, std::size_t columns, const std::string& what);

/// A cell for a CSV file: quoted (quotes doubled) if it holds a comma, quote or
/// line break, or has spaces at either end that a reader would trim.
std::string csv_field(std::string_view text);

/// Appends one CSV record: the cells as csv_field writes them, comma-separated, then a newline.
void append_csv_row(std::string& out, const std::vector<std::string>& cells);

/// The warning a loader returns for a file that was read as Windows-1252 (see
/// text_detail::decode_text), code "windows-1252".
plans::Warning windows_1252_warning(const std::string& source);

} // namespace boardroom::io::plan_detail
