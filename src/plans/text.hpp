// Small text helpers shared by the plans sources (private to the library).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace boardroom::plans::detail {

inline std::string_view trim(std::string_view text) noexcept {
    constexpr std::string_view space = " \t\r\n\f\v";
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

inline std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

inline bool iequals(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

inline bool is_space(char c) noexcept { return std::isspace(static_cast<unsigned char>(c)) != 0; }

} // namespace boardroom::plans::detail
