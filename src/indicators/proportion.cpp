#include "boardroom/indicators/proportion.hpp"

#include "detail.hpp"

#include <cmath>
#include <vector>

namespace boardroom::indicators {

namespace {

// True when the row is usable; false when x or n is missing. Throws for impossible input.
bool check_row(std::size_t row, double x, double n) {
    if (!std::isnan(x)) {
        if (std::isinf(x)) detail::fail_row(row, "x", "x is infinite");
        if (x < 0.0) detail::fail_row(row, "x", "x (" + detail::number(x) + ") is negative");
    }
    if (!std::isnan(n)) {
        if (std::isinf(n)) detail::fail_row(row, "n", "n is infinite");
        if (n <= 0.0)
            detail::fail_row(row, "n", "n must be greater than zero, not " + detail::number(n));
    }
    if (std::isnan(x) || std::isnan(n)) return false;
    if (x > n)
        detail::fail_row(row, "x",
                         "x (" + detail::number(x) + ") is greater than n (" + detail::number(n) + ")");
    return true;
}

} // namespace

void proportion_intervals(std::span<const double> x, std::span<const double> n,
                          std::span<const double> levels, IntervalSpans out,
                          const ProportionOptions& options) {
    check_levels(levels);
    detail::check_length(x.size(), n.size(), "n", "x");
    const std::size_t rows = x.size();
    const std::size_t level_count = levels.size();
    detail::check_outputs(out, rows, level_count);
    detail::check_multiplier(options.multiplier);
    const double multiplier = options.multiplier;

    // Wilson needs one critical value per level, not one per row.
    std::vector<double> z(level_count);
    for (std::size_t l = 0; l < level_count; ++l) z[l] = normal_critical_value(levels[l]);

    for (std::size_t i = 0; i < rows; ++i) {
        if (!check_row(i, x[i], n[i])) {
            detail::set_row_missing(out, i, rows, level_count);
            continue;
        }
        out.value[i] = x[i] / n[i] * multiplier;
        for (std::size_t l = 0; l < level_count; ++l) {
            const Limits limits = options.method == ProportionMethod::wilson
                                      ? wilson_score_limits(x[i], n[i], z[l])
                                      : clopper_pearson_interval(x[i], n[i], levels[l]);
            out.lower[l * rows + i] = limits.lower * multiplier;
            out.upper[l * rows + i] = limits.upper * multiplier;
        }
    }
}

IntervalTable proportion_intervals(std::span<const double> x, std::span<const double> n,
                                   std::span<const double> levels,
                                   const ProportionOptions& options) {
    check_levels(levels);
    IntervalTable table = IntervalTable::sized(x.size(), levels);
    proportion_intervals(x, n, levels, table.spans(), options);
    return table;
}

} // namespace boardroom::indicators
