// The library's one set of small text helpers (white space, case, words, lines), used by
// every module's sources; decoding bytes and reading files are in core/text.hpp. Private to
// the library (not installed).
#pragma once

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::text {

inline bool is_space(char c) noexcept { return std::isspace(static_cast<unsigned char>(c)) != 0; }
inline bool is_upper(char c) noexcept { return std::isupper(static_cast<unsigned char>(c)) != 0; }
inline bool is_lower(char c) noexcept { return std::islower(static_cast<unsigned char>(c)) != 0; }
inline bool is_digit(char c) noexcept { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
inline bool is_alpha(char c) noexcept { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

inline std::string_view trim(std::string_view text) noexcept {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

inline std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

inline std::string upper(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

inline bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

inline bool istarts_with(std::string_view text, std::string_view prefix) noexcept {
    return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

inline bool icontains(std::string_view text, std::string_view needle) {
    return lower(text).find(lower(needle)) != std::string::npos;
}

/// Splits on runs of white space.
inline std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && !is_space(text[i])) ++i;
        if (i > start) out.emplace_back(text.substr(start, i - start));
    }
    return out;
}

/// Splits on one separator character, trimming each piece and dropping empty ones.
inline std::vector<std::string> split_trimmed(std::string_view text, char separator) {
    std::vector<std::string> out;
    for (;;) {
        const auto at = text.find(separator);
        const auto piece = trim(text.substr(0, at));
        if (!piece.empty()) out.emplace_back(piece);
        if (at == std::string_view::npos) break;
        text.remove_prefix(at + 1);
    }
    return out;
}

/// Lines of a text, without their line endings ("\r\n" tolerated).
inline std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        out.push_back(line);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return out;
}

/// Words of a name for comparison: lower case, "&" read as "and", apostrophes
/// dropped ("children's" = "childrens"), other punctuation a word break.
inline std::vector<std::string> name_words(std::string_view text) {
    std::string cleaned;
    cleaned.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '&') {
            cleaned += " and ";
        } else if (c == '\'') {
            // dropped: "Children's" and "Childrens" are the same word
        } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) == 0x99 ||
                    static_cast<unsigned char>(text[i + 2]) == 0x98)) {
            i += 2; // curly apostrophes, as Word types them
        } else if (is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80) {
            cleaned += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            cleaned += ' ';
        }
    }
    return words(cleaned);
}

/// Concatenates pieces by appending. GCC 12 reports false -Wrestrict errors
/// for some chains of operator+ on strings ("'" + std::string(...)); messages
/// that trip it are built with this instead.
inline std::string concat(std::initializer_list<std::string_view> pieces) {
    std::string out;
    for (const auto piece : pieces) out.append(piece);
    return out;
}

inline std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out.append(separator);
        out.append(parts[i]);
    }
    return out;
}

/// Spaces and tabs only, for cells whose other white space is content.
inline std::string_view trim_blanks(std::string_view text) noexcept {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

} // namespace boardroom::text
