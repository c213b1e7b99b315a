#include "boardroom/indicators/proportion.hpp"

#include "detail.hpp"
#include "kernels.hpp"

#include <algorithm>
#include <cmath>
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

void check_rows(std::span<const double> x, std::span<const double> n, std::size_t begin,
                std::size_t end) {
    if (detail::impossible_rows(x.data(), n.data(), begin, end, true) == 0.0) return;
    for (std::size_t i = begin; i < end; ++i) check_row(i, x[i], n[i]);
}

// Wilson limits of rows [begin, end) (a chunk that stays in cache): value and each
// level's limits are separate branch-free loops, which the compiler vectorises.
void wilson_chunk(const double* x, const double* n, std::span<const double> z,
                  const IntervalSpans& out, std::size_t rows, double multiplier, std::size_t begin,
                  std::size_t end) noexcept {
    double* value = out.value.data();
    for (std::size_t i = begin; i < end; ++i) value[i] = x[i] / n[i] * multiplier;
    for (std::size_t l = 0; l < z.size(); ++l) {
        double* lower = out.lower.data() + l * rows;
        double* upper = out.upper.data() + l * rows;
        const double zl = z[l];
        const double z2 = zl * zl;
        for (std::size_t i = begin; i < end; ++i) {
            const Limits limits = detail::wilson(x[i], n[i], zl, z2);
            lower[i] = limits.lower * multiplier;
            upper[i] = limits.upper * multiplier;
        }
    }
}

void clopper_pearson_rows(std::span<const double> x, std::span<const double> n,
                          std::span<const double> levels, const IntervalSpans& out,
                          double multiplier, std::size_t begin, std::size_t end) {
    const std::size_t rows = x.size();
    for (std::size_t i = begin; i < end; ++i) {
        out.value[i] = x[i] / n[i] * multiplier;
        for (std::size_t l = 0; l < levels.size(); ++l) {
            double lower = detail::nan;
            double upper = detail::nan;
            if (!std::isnan(x[i]) && !std::isnan(n[i])) {
                const Limits limits = clopper_pearson_interval(x[i], n[i], levels[l]);
                lower = limits.lower * multiplier;
                upper = limits.upper * multiplier;
            }
            out.lower[l * rows + i] = lower;
            out.upper[l * rows + i] = upper;
        }
    }
}

} // namespace

void proportion_intervals(std::span<const double> x, std::span<const double> n,
                          std::span<const double> levels, IntervalSpans out,
                          const ProportionOptions& options) {
    check_levels(levels);
    detail::check_length(x.size(), n.size(), "n", "x");
    const std::size_t rows = x.size();
    detail::check_outputs(out, rows, levels.size());
    detail::check_multiplier(options.multiplier);
    const double multiplier = options.multiplier;

    // One pass: each chunk is checked, then computed while it is still in cache. A missing
    // x or n is NaN and stays NaN throughout.
    if (options.method == ProportionMethod::clopper_pearson) {
        detail::for_blocks(rows, detail::block_rows, [&](std::size_t begin, std::size_t end) {
            check_rows(x, n, begin, end);
            clopper_pearson_rows(x, n, levels, out, multiplier, begin, end);
        });
        return;
    }
    // Wilson needs one critical value per level, not one per row.
    std::vector<double> z(levels.size());
    for (std::size_t l = 0; l < levels.size(); ++l) z[l] = normal_critical_value(levels[l]);
    detail::for_blocks(rows, detail::block_rows, [&](std::size_t begin, std::size_t end) {
        for (std::size_t c = begin; c < end; c += detail::chunk_rows) {
            const std::size_t stop = std::min(end, c + detail::chunk_rows);
            check_rows(x, n, c, stop);
            wilson_chunk(x.data(), n.data(), z, out, rows, multiplier, c, stop);
        }
    });
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
