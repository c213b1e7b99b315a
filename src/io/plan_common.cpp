#include "plan_common.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/io/word_table.hpp"

#include "../core/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace boardroom::io::plan_detail {

std::vector<TextLine> split_lines(std::string_view text, std::size_t first_line) {
    std::vector<TextLine> lines;
    std::size_t number = first_line;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        TextLine out;
        out.number = number++;
        out.text = line;
        out.blank = trim(line).empty();
        out.tabbed = line.find('\t') != std::string_view::npos;
        const auto body = trim(line);
        out.separator = !out.blank && body.find_first_not_of("-\t ") == std::string_view::npos;
        lines.push_back(out);
    }
    return lines;
}

std::string clean_cell(std::string_view cell) {
    std::string text = html_fragment_to_text(cell);
    // Bullets typed into Word lists survive the paste as characters, not <li>.
    static constexpr std::array<std::string_view, 5> kBullets{"\u2022", "\u27A2", "\u25AA", "\u25E6", "\u25CF"};
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        bool bullet = false;
        for (auto mark : kBullets)
            if (std::string_view(text).substr(i, mark.size()) == mark) {
                while (!out.empty() && out.back() == ' ') out.pop_back();
                if (!out.empty() && out.back() != '\n') out += '\n';
                out += "- ";
                i += mark.size();
                while (i < text.size() && text[i] == ' ') ++i;
                bullet = true;
                break;
            }
        if (!bullet) out += text[i++];
    }
    // Drop list markers left with nothing after them and trailing spaces on lines.
    std::string result;
    std::istringstream stream(out);
    std::string line;
    while (std::getline(stream, line)) {
        auto body = std::string(trim(line));
        if (body == "-" || body.empty()) continue;
        if (!result.empty()) result += '\n';
        result += body;
    }
    return result;
}

std::vector<std::string> header_cells(std::string_view line) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        cells.push_back(clean_cell(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    while (cells.size() > 1 && cells.back().empty()) cells.pop_back();
    return cells;
}

std::string join_fragment(const std::string& above, const std::string& piece) {
    if (piece.empty()) return above;
    if (above.empty()) return piece;
    const char last = above.back();
    const bool new_line = std::string_view(".!?:;").find(last) != std::string_view::npos || piece.rfind("- ", 0) == 0;
    return above + (new_line ? "\n" : " ") + piece;
}

std::vector<TableRow> read_table(const std::vector<TextLine>& lines, std::size_t begin, std::size_t end,
                                 const std::string& source, std::size_t columns, const std::string& what) {
    std::vector<TableRow> rows;
    if (begin >= end) return rows;
    std::string block;
    for (std::size_t i = begin; i < end; ++i) {
        block.append(lines[i].text);
        block += '\n';
    }
    WordTableOptions options;
    options.columns = columns;
    options.merge_continuations = false;  // merged here, joining sentences split by page breaks
    options.strip_html = false;           // cleaned here, bullets included
    options.first_line = lines[begin].number;
    for (auto& raw : parse_word_table(block, source, options)) {
        std::vector<std::string> cells;
        cells.reserve(raw.cells.size());
        for (const auto& cell : raw.cells) cells.push_back(clean_cell(cell));
        if (cells.empty() || cells.front().empty()) {
            if (rows.empty())
                throw InputError({source, raw.line, "", ""},
                                 "a continuation row (first cell empty) comes before any " + what);
            auto& target = rows.back();
            for (std::size_t col = 1; col < cells.size() && col < target.cells.size(); ++col)
                target.cells[col] = join_fragment(target.cells[col], cells[col]);
            target.continued.push_back(raw.line);
            continue;
        }
        rows.push_back({raw.line, std::move(cells), {}});
    }
    return rows;
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\n\r") == std::string_view::npos && trim(text) == text) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void append_csv_row(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        out += csv_field(cells[i]);
    }
    out += '\n';
}

plans::Warning windows_1252_warning(const std::string& source) {
    return plans::Warning{source, 0, "windows-1252", "", "", text_detail::windows_1252_message()};
}

} // namespace boardroom::io::plan_detail
