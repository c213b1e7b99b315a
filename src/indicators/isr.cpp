// Indirect standardisation: PHEindicatormethods R/ISRatio.R and R/ISRate.R are the
// reference (Breslow & Day 1987; exact limits after Armitage & Berry 2002).
#include "boardroom/indicators/isr.hpp"

#include "banded.hpp"
#include "detail.hpp"

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace boardroom::indicators {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t cached_counts = 10; // whole observed counts 0..9 take exact limits

std::string group_label(std::size_t g) { return "group " + std::to_string(g + 1); }

void check_nonnegative(std::size_t i, double value, const char* field) {
    if (std::isinf(value)) detail::fail_row(i, field, std::string(field) + " is infinite");
    if (value < 0.0)
        detail::fail_row(i, field, std::string(field) + " (" + detail::number(value) + ") is negative");
}

void check_reference_population(std::size_t i, double n_ref) {
    if (std::isnan(n_ref)) detail::fail_row(i, "n_ref", "the reference population is missing");
    if (std::isinf(n_ref)) detail::fail_row(i, "n_ref", "the reference population is infinite");
    if (n_ref <= 0.0)
        detail::fail_row(i, "n_ref",
                         "the reference population must be greater than zero, not " + detail::number(n_ref));
}

void check_column(std::span<double> column, std::size_t groups, const char* field) {
    if (column.size() != groups)
        detail::fail("", field, std::string("the ") + field + " output has room for " +
                                    std::to_string(column.size()) + " groups, not " +
                                    std::to_string(groups));
}

// The checks of the outputs and options both kernels make, once the group count is known.
void check_outputs(std::span<const double> observed_totals, bool totals_given, std::size_t groups,
                   std::size_t level_count, const IntervalSpans& out, const IsrColumns& columns,
                   const IsrOptions& options) {
    if (totals_given) detail::check_length(groups, observed_totals.size(), "observed_totals", "offsets");
    detail::check_outputs(out, groups, level_count);
    check_column(columns.observed, groups, "observed");
    check_column(columns.expected, groups, "expected");
    if (options.statistic == IsrStatistic::rate) check_column(columns.ref_rate, groups, "ref_rate");
    detail::check_multiplier(options.multiplier);
}

double zero_if_missing(double v) { return std::isnan(v) ? 0.0 : v; }

bool observed_total_ok(double obs) { return !(std::isinf(obs) || obs < 0.0); }

void check_observed_total(std::size_t g, double obs) {
    if (!observed_total_ok(obs))
        detail::fail(group_label(g), "observed_totals",
                     "the observed total (" + detail::number(obs) + ") must be a count >= 0");
}

// The checks of one row, in the order isr_intervals makes them.
void check_row(std::size_t i, double n, double x_ref, double n_ref, bool totals_given, double x) {
    check_nonnegative(i, n, "n");
    check_nonnegative(i, x_ref, "x_ref");
    check_reference_population(i, n_ref);
    if (!totals_given) check_nonnegative(i, x, "x");
}

bool row_ok(double n, double x_ref, double n_ref, bool totals_given, double x) {
    auto nonnegative = [](double v) { return !(std::isinf(v) || v < 0.0); };
    return nonnegative(n) && nonnegative(x_ref) && n_ref > 0.0 && !std::isinf(n_ref) &&
           (totals_given || nonnegative(x));
}

struct GroupSums {
    double observed;
    long double expected, ref_events, ref_pop;
};

// The columns the sums read (x empty when observed totals are given).
struct IsrColumnsIn {
    std::span<const double> x, n, x_ref, n_ref;
};

// One group's sums over its rows: row_of(k) is the k-th row (of n and x), band k the reference's
// (ref_of(k) its index in x_ref and n_ref). ok(k, r, n, x_ref, n_ref) checks a row first: it
// throws, or returns false to stop (then std::nullopt). Long double, as R's sum(), in the
// package's expressions and order, so every caller gets the same bits.
template <class RowOf, class RefOf, class RowCheck>
inline std::optional<GroupSums> isr_sums(const IsrColumnsIn& in, std::size_t rows, bool totals_given,
                                         RowOf row_of, RefOf ref_of, RowCheck ok) {
    long double observed = 0.0L, expected = 0.0L, ref_events = 0.0L, ref_pop = 0.0L;
    for (std::size_t k = 0; k < rows; ++k) {
        const std::size_t r = row_of(k);
        const std::size_t b = ref_of(k);
        const double n = in.n[r];
        const double x_ref = in.x_ref[b];
        const double n_ref = in.n_ref[b];
        if (!ok(k, r, n, x_ref, n_ref)) return std::nullopt;
        if (!totals_given) observed += zero_if_missing(in.x[r]);
        // The package's exp_x = na.zero(x_ref) / n_ref * na.zero(n).
        expected += zero_if_missing(x_ref) / n_ref * zero_if_missing(n);
        ref_events += zero_if_missing(x_ref);
        ref_pop += n_ref;
    }
    return GroupSums{static_cast<double>(observed), expected, ref_events, ref_pop};
}

// Writes group g's columns, value and limits from its sums.
template <class Exact>
void write_group(const IntervalSpans& out, const IsrColumns& columns, std::size_t g, std::size_t groups,
                 const std::vector<double>& z, const GroupSums& s, const IsrOptions& options,
                 Exact&& exact_limits) {
    const bool rate = options.statistic == IsrStatistic::rate;
    const std::size_t level_count = z.size();
    const double obs = s.observed;
    const double exp_count = static_cast<double>(s.expected);
    const double ref_rate =
        rate ? static_cast<double>(s.ref_events) / static_cast<double>(s.ref_pop) * options.multiplier : nan;
    const double scale = rate ? ref_rate : options.multiplier;
    columns.observed[g] = obs;
    columns.expected[g] = exp_count;
    if (rate) columns.ref_rate[g] = ref_rate;
    if (std::isnan(obs)) {
        detail::set_row_missing(out, g, groups, level_count);
        return;
    }
    out.value[g] = obs / exp_count * scale;
    const bool use_exact = obs < isr_byar_min_count;
    for (std::size_t l = 0; l < level_count; ++l) {
        const Limits limits = use_exact ? exact_limits(obs, l) : byar_limits(obs, z[l]);
        // The package's order: limit / expected * scale.
        out.lower[l * groups + g] = limits.lower / exp_count * scale;
        out.upper[l * groups + g] = limits.upper / exp_count * scale;
    }
}

} // namespace

void isr_intervals(const IsrData& data, std::span<const double> levels, IntervalSpans out,
                   IsrColumns columns, const IsrOptions& options) {
    check_levels(levels);
    const std::size_t rows = data.n.size();
    const bool totals_given = !data.observed_totals.empty() || data.x.empty();
    if (!data.x.empty()) detail::check_length(rows, data.x.size(), "x", "n");
    if (data.layout == StandardLayout::per_row) {
        detail::check_length(rows, data.x_ref.size(), "x_ref", "n");
        detail::check_length(rows, data.n_ref.size(), "n_ref", "n");
    } else {
        detail::check_length(data.n_ref.size(), data.x_ref.size(), "x_ref", "n_ref");
    }
    detail::check_offsets(data.offsets, rows, "rows");
    const std::size_t groups = data.offsets.size() - 1;
    const std::size_t level_count = levels.size();
    check_outputs(data.observed_totals, totals_given, groups, level_count, out, columns, options);
    const IsrColumnsIn in{data.x, data.n, data.x_ref, data.n_ref};

    std::vector<double> z(level_count);
    for (std::size_t l = 0; l < level_count; ++l) z[l] = normal_critical_value(levels[l]);
    // Chi-squared quantiles are the costly part and small whole counts repeat.
    std::vector<Limits> exact(cached_counts * level_count, Limits{nan, nan});
    auto exact_limits = [&](double count, std::size_t l) {
        const double whole = std::floor(count);
        if (whole != count) return exact_poisson_interval(count, levels[l]);
        Limits& cached = exact[l * cached_counts + static_cast<std::size_t>(whole)];
        if (std::isnan(cached.upper)) cached = exact_poisson_interval(count, levels[l]);
        return cached;
    };

    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t begin = data.offsets[g];
        const std::size_t end = data.offsets[g + 1];
        if (data.layout == StandardLayout::per_band && end - begin != data.n_ref.size())
            detail::fail(group_label(g), "n_ref",
                         "the group has " + std::to_string(end - begin) +
                             " rows but the reference has " + std::to_string(data.n_ref.size()) +
                             " bands");
        const bool per_row = data.layout == StandardLayout::per_row;
        GroupSums sums = *isr_sums(
            in, end - begin, totals_given, [begin](std::size_t k) { return begin + k; },
            [begin, per_row](std::size_t k) { return per_row ? begin + k : k; },
            [&](std::size_t, std::size_t r, double n, double x_ref, double n_ref) {
                check_row(r, n, x_ref, n_ref, totals_given, totals_given ? 0.0 : data.x[r]);
                return true;
            });
        if (totals_given) {
            sums.observed = data.observed_totals[g];
            check_observed_total(g, sums.observed);
        }
        write_group(out, columns, g, groups, z, sums, options, exact_limits);
    }
}

BandProblem isr_banded_intervals(const BandedIsrData& data, std::span<const double> levels,
                                 IntervalSpans out, IsrColumns columns, const IsrOptions& options) {
    check_levels(levels);
    const std::size_t rows = data.n.size();
    const bool totals_given = !data.observed_totals.empty() || data.x.empty();
    if (!data.x.empty()) detail::check_length(rows, data.x.size(), "x", "n");
    detail::check_length(data.n_ref.size(), data.x_ref.size(), "x_ref", "n_ref");
    detail::check_banded(rows, data.bands, data.order, data.offsets);
    const std::size_t groups = data.offsets.size() - 1;
    const std::size_t level_count = levels.size();
    check_outputs(data.observed_totals, totals_given, groups, level_count, out, columns, options);
    const IsrColumnsIn in{data.x, data.n, data.x_ref, data.n_ref};

    std::vector<double> z(level_count);
    for (std::size_t l = 0; l < level_count; ++l) z[l] = normal_critical_value(levels[l]);
    // Exact limits of the whole counts below 10, computed before the threads start.
    std::vector<Limits> exact(cached_counts * level_count);
    for (std::size_t l = 0; l < level_count; ++l)
        for (std::size_t c = 0; c < cached_counts; ++c)
            exact[l * cached_counts + c] = exact_poisson_interval(static_cast<double>(c), levels[l]);
    auto exact_limits = [&](double count, std::size_t l) {
        const double whole = std::floor(count);
        if (whole != count) return exact_poisson_interval(count, levels[l]);
        return exact[l * cached_counts + static_cast<std::size_t>(whole)];
    };
    const std::size_t bands = data.n_ref.size();

    return detail::visit_banded(data.bands, data.order, data.offsets, bands, [&](const auto& banded) {
        auto x_of = [&](std::size_t r) { return totals_given ? 0.0 : data.x[r]; };
        // The sums of isr_intervals over the group's rows in band order, the same bits.
        auto work = [&](std::size_t g, std::span<const std::size_t> slot) {
            std::optional<GroupSums> sums = isr_sums(
                in, slot.size(), totals_given, [&](std::size_t k) { return banded.row(slot[k]); },
                [](std::size_t k) { return k; },
                [&](std::size_t, std::size_t r, double n, double x_ref, double n_ref) {
                    return row_ok(n, x_ref, n_ref, totals_given, x_of(r));
                });
            if (!sums) return false;
            if (totals_given) {
                sums->observed = data.observed_totals[g];
                if (!observed_total_ok(sums->observed)) return false;
            }
            write_group(out, columns, g, groups, z, *sums, options, exact_limits);
            return true;
        };
        auto fail = [&](std::size_t g, std::span<const std::size_t> slot) {
            for (std::size_t k = 0; k < slot.size(); ++k) {
                const std::size_t r = banded.row(slot[k]);
                check_row(slot[k], data.n[r], data.x_ref[k], data.n_ref[k], totals_given, x_of(r));
            }
            if (totals_given) check_observed_total(g, data.observed_totals[g]);
        };
        return detail::for_banded_groups(banded, work, fail);
    });
}

IsrTable isr_intervals(const IsrData& data, std::span<const double> levels,
                       const IsrOptions& options) {
    check_levels(levels);
    detail::check_offsets(data.offsets, data.n.size(), "rows");
    const std::size_t groups = data.offsets.size() - 1;
    const bool rate = options.statistic == IsrStatistic::rate;
    IsrTable table{IntervalTable::sized(groups, levels), std::vector<double>(groups, nan),
                   std::vector<double>(groups, nan),
                   std::vector<double>(rate ? groups : 0, nan)};
    isr_intervals(data, levels, table.intervals.spans(),
                  {table.observed, table.expected, table.ref_rate}, options);
    return table;
}

} // namespace boardroom::indicators
