#include "boardroom/indicators/mean.hpp"

#include "detail.hpp"
#include "kernels.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace boardroom::indicators {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// t quantiles depend on the count only and cost microseconds each, so they are
// remembered per whole count (up to a limit) for the length of one call.
class TCache {
public:
    explicit TCache(std::span<const double> levels) : levels_(levels) {}

    double at(std::size_t level, double count) {
        const std::size_t width = levels_.size();
        if (count <= static_cast<double>(cached_counts)) {
            const auto whole = static_cast<std::size_t>(count);
            if (cache_.size() <= whole * width + level) cache_.resize((whole + 1) * width, nan);
            double& t = cache_[whole * width + level];
            if (std::isnan(t)) t = t_critical_value(levels_[level], count - 1.0);
            return t;
        }
        if (count != last_count_) {
            last_count_ = count;
            last_.assign(width, nan);
        }
        if (std::isnan(last_[level])) last_[level] = t_critical_value(levels_[level], count - 1.0);
        return last_[level];
    }

private:
    static constexpr std::size_t cached_counts = 1U << 16;
    std::span<const double> levels_;
    std::vector<double> cache_;
    std::vector<double> last_;
    double last_count_{nan};
};

void write_row(const IntervalSpans& out, std::size_t row, std::size_t rows,
               std::size_t level_count, double sum, double sd, double count, TCache& t) {
    const double value = sum / count;
    out.value[row] = value;
    for (std::size_t l = 0; l < level_count; ++l) {
        double half = nan; // one value: no spread, no interval (R: sd is NA)
        if (count > 1.0) half = t.at(l, count) * sd / std::sqrt(count);
        out.lower[l * rows + row] = value - half;
        out.upper[l * rows + row] = value + half;
    }
}

struct Moments {
    double sum;
    double sd;
};

// Sum with a long double accumulator and sd about a corrected mean, as R's sum() and
// sd() do, so results agree with PHEindicatormethods to the last few bits.
Moments moments(std::span<const double> values) {
    long double total = 0.0L;
    for (double v : values) total += v;
    const double sum = static_cast<double>(total);
    if (values.size() < 2 || std::isnan(sum)) return {sum, nan};
    const auto count = static_cast<long double>(values.size());
    long double mean = total / count;
    long double correction = 0.0L;
    for (double v : values) correction += static_cast<long double>(v) - mean;
    mean += correction / count;
    long double squares = 0.0L;
    for (double v : values) {
        const long double d = static_cast<long double>(v) - mean;
        squares += d * d;
    }
    return {sum, static_cast<double>(std::sqrt(squares / (count - 1.0L)))};
}

} // namespace

void mean_intervals(const MeanSummaries& groups, std::span<const double> levels,
                    IntervalSpans out) {
    check_levels(levels);
    const std::size_t rows = groups.sum.size();
    const char* spread_name =
        groups.kind == Spread::standard_deviation ? "sd" : "sum_of_squares";
    detail::check_length(rows, groups.spread.size(), spread_name, "sum");
    detail::check_length(rows, groups.count.size(), "count", "sum");
    const std::size_t level_count = levels.size();
    detail::check_outputs(out, rows, level_count);
    // Blocks of rows across threads, each with its own cache of t quantiles.
    detail::for_blocks(rows, detail::block_rows, [&](std::size_t begin, std::size_t end) {
        TCache t(levels);
        for (std::size_t i = begin; i < end; ++i) {
            const double sum = groups.sum[i];
            const double spread = groups.spread[i];
            const double count = groups.count[i];
            if (!std::isnan(count)) {
                if (std::isinf(count)) detail::fail_row(i, "count", "count is infinite");
                if (count <= 0.0)
                    detail::fail_row(i, "count",
                                     "count must be greater than zero, not " + detail::number(count));
                if (std::floor(count) != count)
                    detail::fail_row(i, "count",
                                     "count must be a whole number, not " + detail::number(count));
            }
            if (std::isinf(sum)) detail::fail_row(i, "sum", "sum is infinite");
            if (std::isinf(spread)) detail::fail_row(i, spread_name, std::string(spread_name) + " is infinite");
            if (spread < 0.0)
                detail::fail_row(i, spread_name,
                                 std::string(spread_name) + " (" + detail::number(spread) + ") is negative");
            // A single value has a mean but no spread, so its sd may well be NaN.
            if (std::isnan(sum) || std::isnan(count) || (std::isnan(spread) && count != 1.0)) {
                detail::set_row_missing(out, i, rows, level_count);
                continue;
            }
            double sd = spread;
            if (groups.kind == Spread::sum_of_squares) {
                sd = nan;
                if (count > 1.0) {
                    const double square_of_sum = sum * sum / count;
                    double deviations = spread - square_of_sum;
                    if (deviations < 0.0) {
                        // A few units in the last place are rounding; more is impossible data.
                        if (-deviations > 1e-10 * square_of_sum)
                            detail::fail_row(i, spread_name,
                                             "the sum of squares (" + detail::number(spread) +
                                                 ") is smaller than sum^2 / count (" +
                                                 detail::number(square_of_sum) + ")");
                        deviations = 0.0;
                    }
                    sd = std::sqrt(deviations / (count - 1.0));
                }
            }
            write_row(out, i, rows, level_count, sum, sd, count, t);
        }
    });
}

IntervalTable mean_intervals(const MeanSummaries& groups, std::span<const double> levels) {
    check_levels(levels);
    IntervalTable table = IntervalTable::sized(groups.sum.size(), levels);
    mean_intervals(groups, levels, table.spans());
    return table;
}

GroupSummaries summarise_groups(std::span<const double> values,
                                std::span<const std::size_t> offsets) {
    detail::check_offsets(offsets, values.size(), "values");
    const std::size_t groups = offsets.size() - 1;
    GroupSummaries result;
    result.sum.resize(groups);
    result.sd.resize(groups);
    result.count.resize(groups);
    for (std::size_t g = 0; g < groups; ++g) {
        const auto group = values.subspan(offsets[g], offsets[g + 1] - offsets[g]);
        const Moments m = moments(group);
        result.sum[g] = m.sum;
        result.sd[g] = m.sd;
        result.count[g] = static_cast<double>(group.size());
    }
    return result;
}

void grouped_mean_intervals(std::span<const double> values,
                            std::span<const std::size_t> offsets,
                            std::span<const double> levels, IntervalSpans out) {
    grouped_mean_intervals(values, offsets, levels, out, SummarySpans{});
}

void grouped_mean_intervals(std::span<const double> values,
                            std::span<const std::size_t> offsets,
                            std::span<const double> levels, IntervalSpans out,
                            SummarySpans summaries) {
    check_levels(levels);
    detail::check_offsets(offsets, values.size(), "values");
    const std::size_t rows = offsets.size() - 1;
    const std::size_t level_count = levels.size();
    detail::check_outputs(out, rows, level_count);
    const bool summarise = !summaries.sum.empty() || !summaries.sd.empty() || !summaries.count.empty();
    if (summarise) {
        detail::check_length(rows, summaries.sum.size(), "value_sum", "offsets");
        detail::check_length(rows, summaries.sd.size(), "stdev", "offsets");
        detail::check_length(rows, summaries.count.size(), "value_count", "offsets");
    }
    // One pass over the values: each group's moments give its summaries and its interval.
    // Blocks of groups across threads, each with its own cache of t quantiles.
    detail::for_blocks(rows, detail::block_rows / 16, [&](std::size_t begin, std::size_t end) {
        TCache t(levels);
        for (std::size_t g = begin; g < end; ++g) {
            const auto group = values.subspan(offsets[g], offsets[g + 1] - offsets[g]);
            const Moments m = moments(group);
            const auto count = static_cast<double>(group.size());
            if (summarise) {
                summaries.sum[g] = m.sum;
                summaries.sd[g] = m.sd;
                summaries.count[g] = count;
            }
            if (std::isinf(m.sum)) detail::fail_row(g, "values", "the group holds an infinite value");
            if (group.empty() || std::isnan(m.sum)) {
                detail::set_row_missing(out, g, rows, level_count);
                continue;
            }
            write_row(out, g, rows, level_count, m.sum, m.sd, count, t);
        }
    });
}

IntervalTable grouped_mean_intervals(std::span<const double> values,
                                     std::span<const std::size_t> offsets,
                                     std::span<const double> levels) {
    check_levels(levels);
    detail::check_offsets(offsets, values.size(), "values");
    IntervalTable table = IntervalTable::sized(offsets.size() - 1, levels);
    grouped_mean_intervals(values, offsets, levels, table.spans());
    return table;
}

} // namespace boardroom::indicators
