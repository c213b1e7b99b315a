#include "boardroom/indicators/compare.hpp"

#include "detail.hpp"

#include <algorithm>
#include <cmath>

namespace boardroom::indicators {

namespace {

// Significantly above or below the benchmark, turned into words by the polarity;
// `outer` is set when even the wider interval excludes the benchmark.
Category direction(bool above, Polarity polarity, bool outer) noexcept {
    switch (polarity) {
    case Polarity::high_is_good:
        return above ? (outer ? Category::best : Category::better)
                     : (outer ? Category::worst : Category::worse);
    case Polarity::low_is_good:
        return above ? (outer ? Category::worst : Category::worse)
                     : (outer ? Category::best : Category::better);
    case Polarity::no_judgement:
        break;
    }
    return above ? Category::higher : Category::lower;
}

bool any_nan(double a, double b, double c) noexcept {
    return std::isnan(a) || std::isnan(b) || std::isnan(c);
}

} // namespace

std::string_view label(Category category) noexcept {
    switch (category) {
    case Category::not_compared: return "Not compared";
    case Category::similar: return "Similar";
    case Category::better: return "Better";
    case Category::worse: return "Worse";
    case Category::best: return "Best";
    case Category::worst: return "Worst";
    case Category::higher: return "Higher";
    case Category::lower: return "Lower";
    case Category::quintile_1: return "Lowest";
    case Category::quintile_2: return "Low";
    case Category::quintile_3: return "Middle";
    case Category::quintile_4: return "High";
    case Category::quintile_5: return "Highest";
    }
    return "Not compared";
}

std::string_view colour(Category category) noexcept {
    switch (category) {
    case Category::not_compared: return "#c9c9c9";
    case Category::similar: return "#ffc000";
    case Category::better: return "#92d050";
    case Category::worse: return "#c00000";
    case Category::best: return "#00b092";
    case Category::worst: return "#821733";
    case Category::higher: return "#C2CCFF";
    case Category::lower: return "#5555E6";
    default: break; // quintiles: no colour in the rules followed here
    }
    return "";
}

Category compare_with_benchmark(double lower, double upper, double benchmark,
                                Polarity polarity) noexcept {
    if (any_nan(lower, upper, benchmark)) return Category::not_compared;
    if (lower > benchmark) return direction(true, polarity, false);
    if (upper < benchmark) return direction(false, polarity, false);
    return Category::similar;
}

Category compare_with_benchmark(Limits inner, Limits outer, double benchmark,
                                Polarity polarity) noexcept {
    if (any_nan(inner.lower, inner.upper, benchmark) || std::isnan(outer.lower) ||
        std::isnan(outer.upper))
        return Category::not_compared;
    if (polarity == Polarity::no_judgement)
        return compare_with_benchmark(inner.lower, inner.upper, benchmark, polarity);
    if (outer.lower > benchmark) return direction(true, polarity, true);
    if (outer.upper < benchmark) return direction(false, polarity, true);
    return compare_with_benchmark(inner.lower, inner.upper, benchmark, polarity);
}

void compare_with_benchmark(std::span<const double> lower, std::span<const double> upper,
                            std::size_t levels, std::span<const double> benchmark,
                            Polarity polarity, std::span<Category> out) {
    if (levels != 1 && levels != 2)
        detail::fail("", "levels",
                     "comparison uses one confidence level or two (95% and 99.8%), not " +
                         std::to_string(levels));
    const std::size_t rows = benchmark.size();
    detail::check_length(rows * levels, lower.size(), "lower", "benchmark x levels");
    detail::check_length(rows * levels, upper.size(), "upper", "benchmark x levels");
    detail::check_length(rows, out.size(), "out", "benchmark");
    for (std::size_t i = 0; i < rows; ++i) {
        const Limits inner{lower[i], upper[i]};
        if (inner.lower > inner.upper)
            detail::fail_row(i, "lower",
                             "the lower limit (" + detail::number(inner.lower) +
                                 ") is above the upper limit (" + detail::number(inner.upper) + ")");
        if (levels == 1) {
            out[i] = compare_with_benchmark(inner.lower, inner.upper, benchmark[i], polarity);
            continue;
        }
        const Limits outer{lower[rows + i], upper[rows + i]};
        if (outer.lower > outer.upper)
            detail::fail_row(i, "lower",
                             "the outer lower limit (" + detail::number(outer.lower) +
                                 ") is above the outer upper limit (" +
                                 detail::number(outer.upper) + ")");
        if (outer.lower > inner.lower || outer.upper < inner.upper)
            detail::fail_row(i, "lower",
                             "the outer interval does not contain the inner one: are the levels "
                             "in ascending order?");
        out[i] = compare_with_benchmark(inner, outer, benchmark[i], polarity);
    }
}

std::vector<Category> compare_with_benchmark(const IntervalTable& table,
                                             std::span<const double> benchmark,
                                             Polarity polarity) {
    if (table.levels.size() == 2 && !(table.levels[0] < table.levels[1]))
        detail::fail("", "levels", "the two levels must be in ascending order (95% before 99.8%)");
    detail::check_length(table.rows(), benchmark.size(), "benchmark", "the table's rows");
    std::vector<Category> out(table.rows(), Category::not_compared);
    compare_with_benchmark(table.lower, table.upper, table.levels.size(), benchmark, polarity, out);
    return out;
}

std::vector<Category> compare_with_benchmark(const IntervalTable& table, double benchmark,
                                             Polarity polarity) {
    const std::vector<double> benchmarks(table.rows(), benchmark);
    return compare_with_benchmark(table, benchmarks, polarity);
}

std::optional<QuintileBounds> quintile_bounds(std::span<const double> values) {
    std::vector<double> present;
    present.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isinf(values[i])) detail::fail_row(i, "value", "the value is infinite");
        if (!std::isnan(values[i])) present.push_back(values[i]);
    }
    if (present.size() < 5) return std::nullopt;
    std::sort(present.begin(), present.end());
    const auto last = static_cast<double>(present.size() - 1);
    QuintileBounds bounds{};
    constexpr std::array<double, 4> fractions{0.2, 0.4, 0.6, 0.8};
    for (std::size_t q = 0; q < fractions.size(); ++q) {
        // R's type 7: 1-based position 1 + (N - 1) f, interpolated as (1 - h) lo + h hi.
        const double position = last * fractions[q];
        const double below = std::floor(position);
        const double h = position - below;
        const auto lo = static_cast<std::size_t>(below);
        const std::size_t hi = std::min(lo + 1, present.size() - 1);
        bounds.upper[q] = h > 0.0 && present[hi] != present[lo]
                              ? (1.0 - h) * present[lo] + h * present[hi]
                              : present[lo];
    }
    return bounds;
}

Category quintile_category(double value, const QuintileBounds& bounds) noexcept {
    if (std::isnan(value)) return Category::not_compared;
    constexpr std::array<Category, 4> bands{Category::quintile_1, Category::quintile_2,
                                            Category::quintile_3, Category::quintile_4};
    for (std::size_t q = 0; q < bands.size(); ++q) {
        if (value <= bounds.upper[q]) return bands[q];
    }
    return Category::quintile_5;
}

void quintile_categories(std::span<const double> values, std::span<Category> out) {
    detail::check_length(values.size(), out.size(), "out", "values");
    const auto bounds = quintile_bounds(values);
    for (std::size_t i = 0; i < values.size(); ++i)
        out[i] = bounds ? quintile_category(values[i], *bounds) : Category::not_compared;
}

std::vector<Category> quintile_categories(std::span<const double> values) {
    std::vector<Category> out(values.size(), Category::not_compared);
    quintile_categories(values, out);
    return out;
}

} // namespace boardroom::indicators
