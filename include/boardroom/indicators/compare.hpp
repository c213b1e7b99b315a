// Comparing areas with a benchmark, and with each other by quintiles, using the
// rules and colours of England's public-health profiles (Fingertips).
#pragma once

#include "boardroom/indicators/confidence.hpp"
#include "boardroom/indicators/polarity.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace boardroom::indicators {

/// The result of a comparison.
enum class Category : std::uint8_t {
    not_compared, ///< a value or limit is missing, or too few values for quintiles
    similar,      ///< the interval contains the benchmark
    better,       ///< significantly better (polarity given)
    worse,
    best,         ///< outside the outer (99.8%) interval, on the good side
    worst,
    higher,       ///< significantly higher, no judgement
    lower,
    quintile_1,   ///< lowest fifth of the values ("Lowest")
    quintile_2,   ///< "Low"
    quintile_3,   ///< "Middle"
    quintile_4,   ///< "High"
    quintile_5,   ///< highest fifth ("Highest")
};

/// The category in words: "Not compared", "Similar", "Better", "Worse", "Best",
/// "Worst", "Higher", "Lower", and for quintiles "Lowest", "Low", "Middle", "High",
/// "Highest".
std::string_view label(Category category) noexcept;

/// Fingertips colour as "#rrggbb": better #92d050, similar #ffc000, worse #c00000,
/// best #00b092, worst #821733, lower #5555E6, higher #C2CCFF, not compared #c9c9c9.
/// Quintiles have no colour in the Fingertips rules this follows: empty string.
std::string_view colour(Category category) noexcept;

/// One interval against a benchmark value (Fingertips): lower > benchmark is higher,
/// upper < benchmark is lower, otherwise similar; polarity turns higher / lower into
/// better / worse, or leaves them. Any NaN gives not_compared.
Category compare_with_benchmark(double lower, double upper, double benchmark,
                                Polarity polarity) noexcept;

/// Two nested intervals (95% inner, 99.8% outer) against a benchmark (Fingertips):
/// outside the outer interval is best / worst, outside only the inner one better /
/// worse, else similar. With no judgement the outer level changes nothing: higher or
/// lower (Fingertips has one shade each). Any NaN gives not_compared.
Category compare_with_benchmark(Limits inner, Limits outer, double benchmark,
                                Polarity polarity) noexcept;

/// Kernel over many rows. `lower` and `upper` hold `levels` (1 or 2) columns of
/// rows.size() limits in the layout of confidence.hpp, the narrower (lower) level
/// first; `benchmark` has one value per row. Throws InputError naming the row and
/// field when a lower limit exceeds its upper limit or the outer interval does not
/// contain the inner one, and for wrong lengths or a level count other than 1 or 2.
void compare_with_benchmark(std::span<const double> lower, std::span<const double> upper,
                            std::size_t levels, std::span<const double> benchmark,
                            Polarity polarity, std::span<Category> out);

/// Every row of an interval table (one level, or two in ascending order) against one
/// benchmark value, or one benchmark per row.
std::vector<Category> compare_with_benchmark(const IntervalTable& table, double benchmark,
                                             Polarity polarity);
std::vector<Category> compare_with_benchmark(const IntervalTable& table,
                                             std::span<const double> benchmark,
                                             Polarity polarity);

/// Upper bounds of quintiles 1-4: the 20th, 40th, 60th and 80th percentiles.
struct QuintileBounds {
    std::array<double, 4> upper;
};

/// Percentiles by linear interpolation at position (N - 1) f + 1 of the sorted
/// non-missing values (Fingertips; R's quantile type 7). Needs at least 5 non-missing
/// values, else no bounds. Throws InputError for infinite values.
std::optional<QuintileBounds> quintile_bounds(std::span<const double> values);

/// The first quintile whose upper bound the value does not exceed (Fingertips);
/// NaN gives not_compared.
Category quintile_category(double value, const QuintileBounds& bounds) noexcept;

/// Quintile of every value among all of them; every row not_compared when fewer than
/// 5 values are present.
void quintile_categories(std::span<const double> values, std::span<Category> out);
std::vector<Category> quintile_categories(std::span<const double> values);

} // namespace boardroom::indicators
