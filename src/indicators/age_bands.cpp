// Age band labels as keys of standard populations (age_bands.hpp).
#include "boardroom/indicators/age_bands.hpp"

#include "boardroom/indicators/standard_population.hpp"
#include "detail.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <cmath>
#include <string>

namespace boardroom::indicators {

namespace {

constexpr double unknown_end = std::numeric_limits<double>::quiet_NaN();

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Reads the text after a band's ages: optional spaces and "year(s)", nothing else.
bool only_years_left(std::string_view rest) {
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.starts_with("years")) rest.remove_prefix(5);
    else if (rest.starts_with("year")) rest.remove_prefix(4);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    return rest.empty();
}

void skip_spaces(std::string_view& text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
}

// Reads a run of digits at the front of `text` (at most 3: ages), or nothing.
std::optional<double> read_age(std::string_view& text) {
    std::size_t k = 0;
    double value = 0.0;
    while (k < text.size() && is_digit(text[k])) {
        value = value * 10.0 + (text[k] - '0');
        ++k;
    }
    if (k == 0 || k > 3) return std::nullopt;
    text.remove_prefix(k);
    return value;
}

bool take_any(std::string_view& text, std::initializer_list<std::string_view> words) {
    for (const std::string_view word : words)
        if (text.starts_with(word)) {
            text.remove_prefix(word.size());
            return true;
        }
    return false;
}

bool same_band(AgeBand row, AgeBand known) noexcept {
    return row.start == known.start && (std::isnan(row.end) || row.end == known.end);
}

std::string group_record(std::size_t g) { return "group " + std::to_string(g + 1); }

} // namespace

std::optional<AgeBand> parse_age_band(std::string_view label) {
    std::string text = lowered(label);
    std::string_view view = text;
    while (!view.empty() && std::isspace(static_cast<unsigned char>(view.front()))) view.remove_prefix(1);
    while (!view.empty() && std::isspace(static_cast<unsigned char>(view.back()))) view.remove_suffix(1);
    {
        std::string_view under = view;
        if (take_any(under, {"<", "under", "less than"})) {
            skip_spaces(under);
            if ((take_any(under, {"1", "one"})) && only_years_left(under)) return AgeBand{0.0, 0.0};
        }
    }
    const auto first_digit = std::find_if(view.begin(), view.end(), is_digit);
    if (first_digit == view.end()) return std::nullopt;
    view.remove_prefix(static_cast<std::size_t>(first_digit - view.begin()));
    const std::optional<double> start = read_age(view);
    if (!start) return std::nullopt;
    skip_spaces(view);
    if (take_any(view, {"-", "\xE2\x80\x93", "\xE2\x80\x94", "to"})) {
        skip_spaces(view);
        const std::optional<double> end = read_age(view);
        if (!end || *end < *start) return std::nullopt;
        if (std::any_of(view.begin(), view.end(), is_digit)) return std::nullopt;
        return AgeBand{*start, *end};
    }
    if (take_any(view, {"+", "plus", "and over", "and above", "or over", "or older", "and older"}))
        return only_years_left(view) ? std::optional<AgeBand>(AgeBand{*start, open_band}) : std::nullopt;
    if (only_years_left(view)) return AgeBand{*start, unknown_end};
    return std::nullopt;
}

std::string band_label(AgeBand band) {
    const std::string start = detail::number(band.start);
    if (std::isnan(band.end) || band.end == band.start) return start;
    if (std::isinf(band.end)) return start + "+";
    return start + "-" + detail::number(band.end);
}

KeyedStandard esp2013_keyed(std::span<const std::string_view> labels) {
    const KeyedStandard nineteen{esp2013_bands, esp2013, "ESP 2013"};
    const KeyedStandard twenty{esp2013_20_bands, esp2013_20, "ESP 2013 (20 bands)"};
    bool outside_19 = false;
    bool all_in_20 = true;
    for (const std::string_view label : labels) {
        const std::optional<AgeBand> band = parse_age_band(label);
        if (!band) return nineteen;
        const auto in = [&](std::span<const AgeBand> bands) {
            return std::any_of(bands.begin(), bands.end(), [&](AgeBand b) { return same_band(*band, b); });
        };
        outside_19 = outside_19 || !in(esp2013_bands);
        all_in_20 = all_in_20 && in(esp2013_20_bands);
    }
    return outside_19 && all_in_20 ? twenty : nineteen;
}

std::vector<double> standard_by_band(std::span<const std::string_view> labels,
                                     std::span<const std::size_t> offsets,
                                     const KeyedStandard& standard, std::string_view field) {
    detail::check_offsets(offsets, labels.size(), "rows");
    const std::size_t bands = standard.bands.size();
    if (standard.values.size() != bands)
        detail::fail("", "stdpop", "the standard population has " + std::to_string(bands) + " bands but " +
                                       std::to_string(standard.values.size()) + " values");
    std::vector<double> out(labels.size());
    std::vector<std::size_t> seen(bands, 0); // 1 + the last group that had the band
    for (std::size_t g = 0; g + 1 < offsets.size(); ++g) {
        const std::size_t begin = offsets[g];
        const std::size_t end = offsets[g + 1];
        if (begin == end) continue;
        for (std::size_t i = begin; i < end; ++i) {
            const std::optional<AgeBand> band = parse_age_band(labels[i]);
            std::size_t k = bands;
            if (band)
                for (std::size_t j = 0; j < bands && k == bands; ++j)
                    if (same_band(*band, standard.bands[j])) k = j;
            if (k == bands) {
                std::string known;
                for (const AgeBand b : standard.bands) known += (known.empty() ? "" : ", ") + band_label(b);
                detail::fail(group_record(g), field,
                             "age band '" + std::string(labels[i]) + "' is not a band of the standard population (" +
                                 std::string(standard.name) + ": " + known + ")");
            }
            if (seen[k] == g + 1)
                detail::fail(group_record(g), field,
                             "age band " + band_label(standard.bands[k]) + " appears more than once");
            seen[k] = g + 1;
            out[i] = standard.values[k];
        }
        for (std::size_t k = 0; k < bands; ++k)
            if (seen[k] != g + 1)
                detail::fail(group_record(g), field,
                             "age band " + band_label(standard.bands[k]) + " of the standard population is missing");
    }
    return out;
}

} // namespace boardroom::indicators
