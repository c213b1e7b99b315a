#include "boardroom/plans/timescale.hpp"

#include "../text.hpp"

#include <array>
#include <charconv>
#include <vector>

namespace boardroom::plans {

namespace {

using text::lower;
using text::trim;

constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",
                                                   "may",     "june",     "july",      "august",
                                                   "september", "october", "november", "december"};

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != '\t') ++i;
        if (i > start) out.push_back(text.substr(start, i - start));
    }
    return out;
}

std::optional<int> to_int(std::string_view text) {
    int value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

// "sep", "sept", "september" -> 9; a prefix of at least three letters.
std::optional<unsigned> month_number(std::string_view word) {
    if (word.size() < 3) return std::nullopt;
    for (unsigned m = 0; m < kMonths.size(); ++m)
        if (word.size() <= kMonths[m].size() && kMonths[m].substr(0, word.size()) == word) return m + 1;
    return std::nullopt;
}

// "30th" -> 30.
std::optional<int> day_number(std::string_view word) {
    for (std::string_view suffix : {"st", "nd", "rd", "th"})
        if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) {
            word.remove_suffix(suffix.size());
            break;
        }
    if (word.empty() || word.size() > 2) return std::nullopt;
    return to_int(word);
}

std::optional<Date> end_of_month(int year, unsigned month) {
    const std::chrono::year_month_day_last last{std::chrono::year{year} / std::chrono::month{month} / std::chrono::last};
    if (!last.ok()) return std::nullopt;
    return Date{last};
}

std::optional<Date> day_of_month(int year, unsigned month, int day) {
    if (day < 1) return std::nullopt;
    Date date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

// The whole of `text` (lower case) as a date, or nothing.
std::optional<Date> read_date(std::string_view text) {
    text = trim(text);
    if (auto iso = parse_iso_date(text)) return iso;
    // 30/09/2014, the British order.
    if (text.size() == 10 && text[2] == '/' && text[5] == '/') {
        const auto d = to_int(text.substr(0, 2));
        const auto m = to_int(text.substr(3, 2));
        const auto y = to_int(text.substr(6, 4));
        if (d && m && y && *m >= 1 && *m <= 12) return day_of_month(*y, static_cast<unsigned>(*m), *d);
        return std::nullopt;
    }
    const auto w = words(text);
    auto year_of = [](std::string_view word) -> std::optional<int> {
        if (word.size() != 4) return std::nullopt;
        auto y = to_int(word);
        if (!y || *y < 1900 || *y > 2200) return std::nullopt;
        return y;
    };
    if (w.size() == 2) {  // "september 2014"
        const auto m = month_number(w[0]);
        const auto y = year_of(w[1]);
        if (m && y) return end_of_month(*y, *m);
    } else if (w.size() == 3) {  // "30 september 2014", "30th sept 2014"
        const auto d = day_number(w[0]);
        const auto m = month_number(w[1]);
        const auto y = year_of(w[2]);
        if (d && m && y) return day_of_month(*y, *m, *d);
    }
    return std::nullopt;
}

// Removes `prefix` (a whole word or words) from the start of `text`.
bool strip_prefix(std::string_view& text, std::string_view prefix) {
    if (text.substr(0, prefix.size()) != prefix) return false;
    const std::string_view rest = text.substr(prefix.size());
    if (!rest.empty() && rest.front() != ' ' && rest.front() != ':' && rest.front() != '-') return false;
    text = trim(rest);
    while (!text.empty() && (text.front() == ':' || text.front() == '-')) text = trim(text.substr(1));
    return true;
}

bool mentions_ongoing(std::string_view text) {
    for (std::string_view key : {"ongoing", "on-going", "on going", "throughout", "continuous", "continual",
                                 "rolling", "quarterly", "monthly", "annually", "twice yearly", "every year"})
        if (text.find(key) != std::string_view::npos) return true;
    return false;
}

} // namespace

std::optional<Date> Timescale::due_date() const noexcept {
    if (kind == TimescaleKind::DueBy) return date;
    return std::nullopt;
}

Timescale parse_timescale(std::string_view text) {
    Timescale out;
    out.text = std::string(trim(text));
    if (out.text.empty()) return out;

    const std::string folded = lower(out.text);
    std::string_view rest = folded;
    while (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
    rest = trim(rest);

    // Longest prefixes first so "review by" is not read as "review" + "by ...".
    static constexpr std::array<std::string_view, 6> kReview{"review date", "review by", "reviewed by",
                                                             "reviewed",    "reviews",   "review"};
    static constexpr std::array<std::string_view, 7> kDue{"by the end of", "by end of", "end of", "due by",
                                                          "deadline",      "due",       "by"};
    bool review = false;
    std::string_view date_text = rest;
    for (auto prefix : kReview)
        if (strip_prefix(date_text, prefix)) {
            review = true;
            break;
        }
    if (!review)
        for (auto prefix : kDue)
            if (strip_prefix(date_text, prefix)) break;
    if (auto date = read_date(date_text)) {
        out.kind = review ? TimescaleKind::ReviewBy : TimescaleKind::DueBy;
        out.date = date;
        return out;
    }
    out.kind = mentions_ongoing(rest) ? TimescaleKind::Ongoing : TimescaleKind::Unrecognised;
    return out;
}

std::string_view to_string(TimescaleKind kind) noexcept {
    switch (kind) {
    case TimescaleKind::Unspecified: return "unspecified";
    case TimescaleKind::DueBy: return "due by";
    case TimescaleKind::ReviewBy: return "review by";
    case TimescaleKind::Ongoing: return "ongoing";
    case TimescaleKind::Unrecognised: return "unrecognised";
    }
    return "unrecognised";
}

std::optional<TimescaleKind> parse_timescale_kind(std::string_view text) noexcept {
    for (auto kind : {TimescaleKind::Unspecified, TimescaleKind::DueBy, TimescaleKind::ReviewBy,
                      TimescaleKind::Ongoing, TimescaleKind::Unrecognised})
        if (text::iequals(to_string(kind), trim(text))) return kind;
    return std::nullopt;
}

long days_between(const Date& from, const Date& to) noexcept {
    return static_cast<long>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

} // namespace boardroom::plans
