#include "boardroom/indicators/rate.hpp"

#include "detail.hpp"
#include "kernels.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <mutex>
#include <vector>

namespace boardroom::indicators {

namespace {

constexpr std::size_t cached_counts = 10; // whole counts 0..9 take the exact method

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
}

// Exact limits, computed at most once per (whole count, level) per call, on whichever thread
// first needs them: chi-squared quantiles are the costly part and small whole counts repeat.
// A filled entry is read with one acquire load; filling takes a lock.
class ExactCache {
public:
    explicit ExactCache(std::span<const double> levels)
        : levels_(levels), cache_(cached_counts * levels.size()),
          ready_(new std::atomic<bool>[cached_counts * levels.size()]) {
        for (std::size_t k = 0; k < cache_.size(); ++k) ready_[k].store(false, std::memory_order_relaxed);
    }

    // count is a count below byar_min_count (0 <= count < 10).
    Limits at(double count, std::size_t l) const {
        const auto whole = static_cast<std::size_t>(count);
        if (static_cast<double>(whole) != count) return exact_poisson_interval(count, levels_[l]);
        const std::size_t k = l * cached_counts + whole;
        if (!ready_[k].load(std::memory_order_acquire)) {
            const std::lock_guard<std::mutex> lock(fill_);
            if (!ready_[k].load(std::memory_order_relaxed)) {
                cache_[k] = exact_poisson_interval(count, levels_[l]);
                ready_[k].store(true, std::memory_order_release);
            }
        }
        return cache_[k];
    }

private:
    std::span<const double> levels_;
    mutable std::vector<Limits> cache_;
    std::unique_ptr<std::atomic<bool>[]> ready_;
    mutable std::mutex fill_;
};

struct RateKernel {
    std::span<const double> x, n, levels, z;
    IntervalSpans out;
    std::span<bool> exact;
    double multiplier;
    const ExactCache& exact_cache;

    // Rows [begin, end) of one cache-sized chunk: value and Byar's limits for every row in
    // branch-free loops, then the few rows with x < 10 overwritten with exact limits.
    void chunk(std::size_t begin, std::size_t end) const {
        const std::size_t rows = x.size();
        const double* xs = x.data();
        const double* ns = n.data();
        double* value = out.value.data();
        for (std::size_t i = begin; i < end; ++i) value[i] = xs[i] / ns[i] * multiplier;
        for (std::size_t l = 0; l < z.size(); ++l) {
            double* lower = out.lower.data() + l * rows;
            double* upper = out.upper.data() + l * rows;
            const double zl = z[l];
            for (std::size_t i = begin; i < end; ++i) {
                const Limits limits = detail::byar(xs[i], zl);
                // Divide then multiply, as the package does, so results match to the last bits.
                lower[i] = limits.lower / ns[i] * multiplier;
                upper[i] = limits.upper / ns[i] * multiplier;
            }
        }
        if (!exact.empty())
            for (std::size_t i = begin; i < end; ++i) exact[i] = xs[i] < byar_min_count;
        for (std::size_t i = begin; i < end; ++i) {
            if (!(xs[i] < byar_min_count)) continue; // Byar's, or a missing count
            for (std::size_t l = 0; l < z.size(); ++l) {
                const Limits limits = exact_cache.at(xs[i], l);
                out.lower[l * rows + i] = limits.lower / ns[i] * multiplier;
                out.upper[l * rows + i] = limits.upper / ns[i] * multiplier;
            }
        }
    }

    void block(std::size_t begin, std::size_t end) const {
        for (std::size_t c = begin; c < end; c += detail::chunk_rows) {
            const std::size_t stop = std::min(end, c + detail::chunk_rows);
            if (detail::impossible_rows(x.data(), n.data(), c, stop, false) != 0.0)
                for (std::size_t i = c; i < stop; ++i) check_row(i, x[i], n[i]);
            chunk(c, stop);
        }
    }
};

void run(std::span<const double> x, std::span<const double> n, std::span<const double> levels,
         IntervalSpans out, const RateOptions& options, std::span<bool> exact) {
    check_levels(levels);
    detail::check_length(x.size(), n.size(), "n", "x");
    const std::size_t rows = x.size();
    detail::check_outputs(out, rows, levels.size());
    if (!exact.empty()) detail::check_length(rows, exact.size(), "exact", "x");
    detail::check_multiplier(options.multiplier);
    std::vector<double> z(levels.size());
    for (std::size_t l = 0; l < levels.size(); ++l) z[l] = normal_critical_value(levels[l]);
    // A missing x or n is NaN and stays NaN in every output: x < 10 is false for NaN, so
    // it takes Byar's formula, which passes NaN through.
    const ExactCache cache(levels);
    const RateKernel kernel{x, n, levels, z, out, exact, options.multiplier, cache};
    detail::for_blocks(rows, detail::block_rows,
                       [&](std::size_t begin, std::size_t end) { kernel.block(begin, end); });
}

} // namespace

std::string_view rate_method_name(RateMethod method) noexcept {
    return method == RateMethod::exact ? "Exact" : "Byars";
}

void rate_intervals(std::span<const double> x, std::span<const double> n,
                    std::span<const double> levels, IntervalSpans out,
                    const RateOptions& options) {
    run(x, n, levels, out, options, {});
}

void rate_intervals(std::span<const double> x, std::span<const double> n,
                    std::span<const double> levels, IntervalSpans out, std::span<bool> exact,
                    const RateOptions& options) {
    run(x, n, levels, out, options, exact);
}

IntervalTable rate_intervals(std::span<const double> x, std::span<const double> n,
                             std::span<const double> levels, const RateOptions& options) {
    check_levels(levels);
    IntervalTable table = IntervalTable::sized(x.size(), levels);
    rate_intervals(x, n, levels, table.spans(), options);
    return table;
}

} // namespace boardroom::indicators
