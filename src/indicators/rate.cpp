#include "boardroom/indicators/rate.hpp"

#include "detail.hpp"

#include <cmath>
#include <limits>
#include <vector>

namespace boardroom::indicators {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t cached_counts = 10; // whole counts 0..9 take the exact method

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
    return !std::isnan(x) && !std::isnan(n);
}

} // namespace

std::string_view rate_method_name(RateMethod method) noexcept {
    return method == RateMethod::exact ? "Exact" : "Byars";
}

void rate_intervals(std::span<const double> x, std::span<const double> n,
                    std::span<const double> levels, IntervalSpans out,
                    const RateOptions& options) {
    check_levels(levels);
    detail::check_length(x.size(), n.size(), "n", "x");
    const std::size_t rows = x.size();
    const std::size_t level_count = levels.size();
    detail::check_outputs(out, rows, level_count);
    detail::check_multiplier(options.multiplier);
    const double multiplier = options.multiplier;

    // Chi-squared quantiles are the costly part; small whole counts repeat, so each
    // (count, level) pair is computed once per call.
    std::vector<Limits> exact(cached_counts * level_count, Limits{nan, nan});
    std::vector<double> z(level_count);
    for (std::size_t l = 0; l < level_count; ++l) z[l] = normal_critical_value(levels[l]);
    auto exact_limits = [&](double count, std::size_t l) {
        const double whole = std::floor(count);
        if (whole != count) return exact_poisson_interval(count, levels[l]);
        Limits& cached = exact[l * cached_counts + static_cast<std::size_t>(whole)];
        if (std::isnan(cached.upper)) cached = exact_poisson_interval(count, levels[l]);
        return cached;
    };

    for (std::size_t i = 0; i < rows; ++i) {
        if (!check_row(i, x[i], n[i])) {
            detail::set_row_missing(out, i, rows, level_count);
            continue;
        }
        out.value[i] = x[i] / n[i] * multiplier;
        const bool use_exact = rate_method(x[i]) == RateMethod::exact;
        for (std::size_t l = 0; l < level_count; ++l) {
            const Limits limits = use_exact ? exact_limits(x[i], l) : byar_limits(x[i], z[l]);
            // Divide then multiply, as the package does, so results match to the last bits.
            out.lower[l * rows + i] = limits.lower / n[i] * multiplier;
            out.upper[l * rows + i] = limits.upper / n[i] * multiplier;
        }
    }
}

IntervalTable rate_intervals(std::span<const double> x, std::span<const double> n,
                             std::span<const double> levels, const RateOptions& options) {
    check_levels(levels);
    IntervalTable table = IntervalTable::sized(x.size(), levels);
    rate_intervals(x, n, levels, table.spans(), options);
    return table;
}

} // namespace boardroom::indicators
