#include "boardroom/io/governance_text.hpp"

#include "boardroom/core/error.hpp"

#include "../core/text.hpp"
#include "../text.hpp"

#include <array>
#include <charconv>

namespace boardroom::io {


namespace {

struct Token {
    std::string_view word;
    std::size_t begin;
    std::size_t end;
    bool digits;
};

// Runs of letters and runs of digits, split where one turns into the other
// ("10th" -> "10", "th"; "17July" -> "17", "July").
std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (text::is_digit(s[i]) || text::is_alpha(s[i])) {
            const bool digits = text::is_digit(s[i]);
            const std::size_t start = i;
            while (i < s.size() && (digits ? text::is_digit(s[i]) : text::is_alpha(s[i]))) ++i;
            out.push_back({s.substr(start, i - start), start, i, digits});
        } else {
            ++i;
        }
    }
    return out;
}

std::optional<unsigned> month_of(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",
                                                             "may",     "june",     "july",      "august",
                                                             "september", "october", "november", "december"};
    const std::string w = text::lower(word);
    if (w.size() < 3) return std::nullopt;
    for (unsigned i = 0; i < kMonths.size(); ++i) {
        if (w == kMonths[i]) return i + 1;
        if (w.size() <= kMonths[i].size() && kMonths[i].substr(0, w.size()) == w && (w.size() == 3 || w == "sept"))
            return i + 1;
    }
    return std::nullopt;
}

std::optional<unsigned> weekday_of(std::string_view word) {
    static constexpr std::array<std::string_view, 7> kDays{"sunday",   "monday", "tuesday", "wednesday",
                                                          "thursday", "friday", "saturday"};
    const std::string w = text::lower(word);
    for (unsigned i = 0; i < kDays.size(); ++i)
        if (w == kDays[i] || (w.size() == 3 && kDays[i].substr(0, 3) == w)) return i;
    return std::nullopt;
}

std::optional<int> number(std::string_view digits) {
    int value = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc{} || ptr != digits.data() + digits.size()) return std::nullopt;
    return value;
}

std::optional<Date> infer_year(unsigned month, unsigned day, Date reference, YearHint hint) {
    int year = static_cast<int>(reference.year());
    // Try the reference year and its neighbours; 29 February may need to skip one.
    for (int step = 0; step < 8; ++step) {
        const Date candidate{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
        if (candidate.ok()) {
            if (hint == YearHint::OnOrAfter && !(candidate < reference)) return candidate;
            if (hint == YearHint::OnOrBefore && !(reference < candidate)) return candidate;
        }
        year += hint == YearHint::OnOrAfter ? 1 : -1;
    }
    return std::nullopt;
}

} // namespace

std::string read_governance_text(const std::filesystem::path& path) {
    return text_detail::read_text_file(path).text;
}

std::optional<PrintedDate> find_printed_date(std::string_view s, std::optional<Date> reference, YearHint hint) {
    const auto tokens = tokenize(s);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!tokens[i].digits || tokens[i].word.size() > 2) continue;
        const auto day = number(tokens[i].word);
        if (!day || *day < 1 || *day > 31) continue;
        std::size_t j = i + 1;
        if (j < tokens.size()) {
            const std::string suffix = text::lower(tokens[j].word);
            if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") ++j;
        }
        if (j < tokens.size() && text::lower(tokens[j].word) == "of") ++j;
        if (j >= tokens.size()) continue;
        const auto month = month_of(tokens[j].word);
        if (!month) continue;
        std::size_t end = tokens[j].end;
        std::optional<int> year;
        if (j + 1 < tokens.size() && tokens[j + 1].digits && tokens[j + 1].word.size() == 4) {
            year = number(tokens[j + 1].word);
            end = tokens[j + 1].end;
        }
        PrintedDate out;
        if (year) {
            out.date = Date{std::chrono::year{*year}, std::chrono::month{*month},
                            std::chrono::day{static_cast<unsigned>(*day)}};
            if (!out.date.ok()) continue;
        } else {
            if (!reference) continue;
            const auto inferred = infer_year(*month, static_cast<unsigned>(*day), *reference, hint);
            if (!inferred) continue;
            out.date = *inferred;
            out.year_inferred = true;
        }
        out.begin = tokens[i].begin;
        out.end = end;
        if (i > 0) {
            if (const auto weekday = weekday_of(tokens[i - 1].word)) {
                out.begin = tokens[i - 1].begin;
                const std::chrono::weekday actual{std::chrono::sys_days{out.date}};
                out.weekday_mismatch = actual.c_encoding() != *weekday;
            }
        }
        return out;
    }
    return std::nullopt;
}

std::vector<PrintedTime> find_printed_times(std::string_view s) {
    std::vector<PrintedTime> out;
    auto digit_at = [&s](std::size_t k) { return k < s.size() && text::is_digit(s[k]); };
    auto alpha_at = [&s](std::size_t k) { return k < s.size() && text::is_alpha(s[k]); };
    std::size_t i = 0;
    while (i < s.size()) {
        // A time starts a word: not inside "12,261", "29.46" or "B2".
        const bool starts_word = i == 0 || !(text::is_digit(s[i - 1]) || text::is_alpha(s[i - 1]) ||
                                             s[i - 1] == '.' || s[i - 1] == ':' || s[i - 1] == ',');
        if (!digit_at(i) || !starts_word) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (digit_at(j)) ++j;
        if (j - i > 2) {
            i = j;
            continue;
        }
        const int hour = *number(s.substr(i, j - i));
        std::optional<int> minute;
        char separator = 0;
        if (j < s.size() && (s[j] == '.' || s[j] == ':') && digit_at(j + 1) && digit_at(j + 2) && !digit_at(j + 3)) {
            separator = s[j];
            minute = *number(s.substr(j + 1, 2));
            j += 3;
        }
        std::size_t k = j;
        while (k < s.size() && s[k] == ' ') ++k;
        int meridiem = 0; // 1 am, 2 pm
        if (k + 1 < s.size() && !alpha_at(k + 2)) {
            const std::string mark = text::lower(s.substr(k, 2));
            if (mark == "am") meridiem = 1;
            if (mark == "pm") meridiem = 2;
        }
        // A time needs am/pm or "hh:mm"; "Room 1", "2015" and "5.0" are not times.
        std::optional<TimeOfDay> time;
        const int m = minute.value_or(0);
        if (meridiem && hour >= 1 && hour <= 12 && m < 60) {
            time = TimeOfDay((hour % 12) + (meridiem == 2 ? 12 : 0), m);
        } else if (!meridiem && separator == ':' && hour < 24 && m < 60) {
            time = TimeOfDay(hour, m);
        }
        if (time) {
            const std::size_t end = meridiem ? k + 2 : j;
            out.push_back(PrintedTime{*time, i, end});
            i = end;
        } else {
            i = j;
        }
    }
    return out;
}

std::optional<MeetingLine> parse_meeting_line(std::string_view s, std::optional<Date> reference, YearHint hint) {
    const auto date = find_printed_date(s, reference, hint);
    if (!date) return std::nullopt;
    MeetingLine out;
    out.date = *date;
    out.before = std::string(text::trim(s.substr(0, date->begin)));
    std::string_view rest = s.substr(date->end);
    // Times count only where they follow the date directly ("2.00pm – 4.00pm",
    // "at 10.30am"): a time inside the venue text is part of the venue.
    auto only_separators = [](std::string_view gap) {
        for (const auto& word : text::words(gap)) {
            const std::string w = text::lower(word);
            if (w != "at" && w != "from" && w != "to" && w != "-" && w != "," && w != "\u2013" && w != "\u2014" &&
                w != "," && w != "-," && w != "\u2013,")
                return false;
        }
        return true;
    };
    std::size_t consumed = 0;
    std::vector<TimeOfDay> leading;
    for (const auto& t : find_printed_times(rest)) {
        if (leading.size() == 2 || !only_separators(rest.substr(consumed, t.begin - consumed))) break;
        leading.push_back(t.time);
        consumed = t.end;
    }
    if (!leading.empty()) out.start = leading[0];
    if (leading.size() > 1) out.end = leading[1];
    rest = rest.substr(consumed);
    // Strip the separators between date, times and venue: ", ", " – ", " at ", " in ".
    auto strip_leading = [](std::string_view v) {
        for (bool changed = true; changed;) {
            changed = false;
            v = text::trim(v);
            while (!v.empty() && (v.front() == ',' || v.front() == '-' || v.front() == ';')) {
                v.remove_prefix(1);
                changed = true;
            }
            if (v.size() >= 3 && static_cast<unsigned char>(v[0]) == 0xE2 && static_cast<unsigned char>(v[1]) == 0x80 &&
                (static_cast<unsigned char>(v[2]) == 0x93 || static_cast<unsigned char>(v[2]) == 0x94)) {
                v.remove_prefix(3); // en or em dash
                changed = true;
            }
            for (std::string_view word : {"at ", "in "})
                if (text::istarts_with(v, word)) {
                    v.remove_prefix(word.size());
                    changed = true;
                }
        }
        return v;
    };
    rest = strip_leading(rest);
    while (!rest.empty() && (rest.back() == '.' || rest.back() == ',')) rest.remove_suffix(1);
    // "West Lancs, To be confirmed": the status is not part of the venue.
    std::vector<std::string> pieces;
    for (auto& piece : text::split_trimmed(rest, ',')) {
        const std::string key = text::lower(piece);
        if (key == "to be confirmed" || key == "tbc" || key == "venue to be confirmed") {
            out.status = governance::MeetingStatus::ToBeConfirmed;
            continue;
        }
        pieces.push_back(piece);
    }
    out.venue = text::join(pieces, ", ");
    return out;
}

} // namespace boardroom::io
