#include "boardroom/indicators/proportion.hpp"

#include "detail.hpp"

#include <cmath>
#include <limits>
#include <vector>

namespace boardroom::indicators {

namespace {

// Throws for impossible input; a missing x or n (NaN) is allowed.
void check_row(std::size_t row, double x, double n) {
    if (!std::isnan(x)) {
        if (std::isinf(x)) detail::fail_row(row, "x", "x is infinite");
        if (x < 0.0) detail::fail_row(row, "x", "x (" + detail::number(x) + ") is negative");
    }
    if (!std::isnan(n)) {
        if (std::isinf(n)) detail::fail_row(row, "n", "n is infinite");
        if (n <= 0.0)
            detail::fail_row(row, "n", "n must be greater than zero, not " + detail::number(n));
    }
    if (x > n)  // false when either is NaN
        detail::fail_row(row, "x",
                         "x (" + detail::number(x) + ") is greater than n (" + detail::number(n) + ")");
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

    // Checks first, in one pass; then each output column in its own branch-free loop,
    // which the compiler vectorises. A missing x or n is NaN and stays NaN throughout.
    for (std::size_t i = 0; i < rows; ++i) check_row(i, x[i], n[i]);
    for (std::size_t i = 0; i < rows; ++i) out.value[i] = x[i] / n[i] * multiplier;

    for (std::size_t l = 0; l < level_count; ++l) {
        const std::span<double> lower = out.lower.subspan(l * rows, rows);
        const std::span<double> upper = out.upper.subspan(l * rows, rows);
        if (options.method == ProportionMethod::clopper_pearson) {
            for (std::size_t i = 0; i < rows; ++i) {
                if (std::isnan(x[i]) || std::isnan(n[i])) {
                    lower[i] = upper[i] = std::numeric_limits<double>::quiet_NaN();
                    continue;
                }
                const Limits limits = clopper_pearson_interval(x[i], n[i], levels[l]);
                lower[i] = limits.lower * multiplier;
                upper[i] = limits.upper * multiplier;
            }
            continue;
        }
        // Wilson needs one critical value per level, not one per row.
        const double z = normal_critical_value(levels[l]);
        for (std::size_t i = 0; i < rows; ++i) {
            const Limits limits = wilson_score_limits(x[i], n[i], z);
            lower[i] = limits.lower * multiplier;
            upper[i] = limits.upper * multiplier;
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
