#include "boardroom/io/word_table.hpp"

#include "boardroom/core/error.hpp"

#include "../text.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace boardroom::io {

namespace {

using text::lower;
using text::trim;

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> cells;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        cells.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return cells;
}

bool is_separator(const std::vector<std::string_view>& cells) {
    bool any = false;
    for (auto cell : cells) {
        cell = trim(cell);
        if (cell.empty()) continue;
        if (cell.find_first_not_of('-') != std::string_view::npos) return false;
        any = true;
    }
    return any;
}

void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Decodes the entity starting at html[i] == '&'; returns characters consumed (0 if none).
std::size_t decode_entity(std::string_view html, std::size_t i, std::string& out) {
    const auto semi = html.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) return 0;
    const std::string_view name = html.substr(i + 1, semi - i - 1);
    struct Named { std::string_view name; unsigned code; };
    static constexpr Named kNamed[] = {{"amp", '&'},      {"lt", '<'},         {"gt", '>'},
                                       {"quot", '"'},     {"apos", '\''},      {"nbsp", ' '},
                                       {"ndash", 0x2013}, {"mdash", 0x2014},   {"rsquo", 0x2019},
                                       {"lsquo", 0x2018}, {"ldquo", 0x201C},   {"rdquo", 0x201D},
                                       {"pound", 0xA3},   {"hellip", 0x2026}};
    for (const auto& entry : kNamed)
        if (name == entry.name) {
            append_utf8(out, entry.code);
            return semi - i + 1;
        }
    if (name.size() > 1 && name[0] == '#') {
        unsigned code = 0;
        const bool hex = name[1] == 'x' || name[1] == 'X';
        const auto digits = name.substr(hex ? 2 : 1);
        auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
        // Surrogates (U+D800-U+DFFF) are not characters: such an entity stays as printed
        // rather than becoming bytes that are not UTF-8.
        const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
        if (ec == std::errc{} && ptr == digits.data() + digits.size() && code > 0 && code < 0x110000 && !surrogate) {
            append_utf8(out, code);
            return semi - i + 1;
        }
    }
    return 0;
}

} // namespace

std::string html_fragment_to_text(std::string_view html) {
    std::string out;
    out.reserve(html.size());
    auto new_line = [&out] {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        if (!out.empty() && out.back() != '\n') out += '\n';
    };
    for (std::size_t i = 0; i < html.size(); ++i) {
        const char c = html[i];
        if (c == '<') {
            const auto close = html.find('>', i);
            if (close == std::string_view::npos) {  // not a tag: keep the text
                out += c;
                continue;
            }
            std::string_view tag = trim(html.substr(i + 1, close - i - 1));
            const bool closing = !tag.empty() && tag.front() == '/';
            if (closing) tag.remove_prefix(1);
            const auto name = lower(tag.substr(0, tag.find_first_of(" \t/")));
            if (name == "p" || name == "div" || name == "ul" || name == "ol" || name == "tr" || name == "br") {
                new_line();
            } else if (name == "li") {
                new_line();
                if (!closing) out += "- ";
            } else if (name.empty() || !std::isalpha(static_cast<unsigned char>(name.front()))) {
                out.append(html.substr(i, close - i + 1));  // "a < b > c" is text, not a tag
            }
            i = close;
        } else if (c == '&') {
            const auto used = decode_entity(html, i, out);
            if (used == 0) out += c;
            else i += used - 1;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
        } else if (c == ' ' && !out.empty() && (out.back() == '\n' || out.back() == ' ')) {
            // collapse runs of spaces and drop spaces at the start of a line
        } else {
            out += c;
        }
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    std::size_t start = 0;
    while (start < out.size() && (out[start] == '\n' || out[start] == ' ')) ++start;
    return out.substr(start);
}

std::vector<WordTableRow> parse_word_table(std::string_view text, const std::string& source,
                                           const WordTableOptions& options) {
    struct RawRow {
        std::size_t line;
        std::vector<std::string_view> cells;
    };
    std::vector<RawRow> raw;
    std::size_t line_number = options.first_line;
    std::size_t width = options.columns;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        const std::size_t here = line_number++;
        if (trim(line).empty()) continue;
        auto cells = split_tabs(line);
        if (is_separator(cells)) continue;
        while (cells.size() > 1 && trim(cells.back()).empty()) cells.pop_back();
        if (options.columns > 0 && cells.size() > options.columns)
            throw InputError({source, here, "", "column " + std::to_string(cells.size())},
                             "the row has " + std::to_string(cells.size()) + " cells but the table has " +
                                 std::to_string(options.columns) + " columns");
        width = std::max(width, cells.size());
        raw.push_back({here, std::move(cells)});
    }

    auto clean = [&options](std::string_view cell) {
        return options.strip_html ? html_fragment_to_text(cell) : std::string(trim(cell));
    };
    std::vector<WordTableRow> rows;
    for (const auto& row : raw) {
        const bool continuation = options.merge_continuations && trim(row.cells.front()).empty();
        if (continuation) {
            if (rows.empty())
                throw InputError({source, row.line, "", ""},
                                 "the table starts with a continuation row (its first cell is empty)");
            auto& target = rows.back();
            for (std::size_t col = 1; col < row.cells.size(); ++col) {
                std::string piece = clean(row.cells[col]);
                if (piece.empty()) continue;
                auto& cell = target.cells[col];
                if (!cell.empty()) cell += '\n';
                cell += piece;
            }
            target.continued.push_back(row.line);
            continue;
        }
        WordTableRow out;
        out.line = row.line;
        out.cells.resize(width);
        for (std::size_t col = 0; col < row.cells.size(); ++col) out.cells[col] = clean(row.cells[col]);
        rows.push_back(std::move(out));
    }
    return rows;
}

} // namespace boardroom::io
