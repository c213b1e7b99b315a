// Directly standardised rates: PHEindicatormethods R/DSR.R (calculate_dsr) is the
// reference; the formulas are Dobson et al. (1991) on Byar's limits (Breslow & Day 1987).
#include "boardroom/indicators/dsr.hpp"

#include "banded.hpp"
#include "detail.hpp"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace boardroom::indicators {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::string group_label(std::size_t g) { return "group " + std::to_string(g + 1); }

// The common case in one expression, so the checking loop only calls out on a bad row.
inline bool counts_row_ok(double x, double n, double stdpop) noexcept {
    constexpr double inf = std::numeric_limits<double>::infinity();
    return (std::isnan(x) || (x >= 0.0 && x < inf)) && n > 0.0 && n < inf && stdpop >= 0.0 && stdpop < inf;
}

void check_counts_row(std::size_t i, double x, double n, double stdpop) {
    if (std::isinf(x)) detail::fail_row(i, "x", "x is infinite");
    if (x < 0.0) detail::fail_row(i, "x", "x (" + detail::number(x) + ") is negative");
    if (std::isnan(n)) detail::fail_row(i, "n", "n is missing (the package requires every population)");
    if (std::isinf(n)) detail::fail_row(i, "n", "n is infinite");
    if (n <= 0.0) detail::fail_row(i, "n", "n must be greater than zero, not " + detail::number(n));
    if (std::isnan(stdpop)) detail::fail_row(i, "stdpop", "the standard population is missing");
    if (std::isinf(stdpop)) detail::fail_row(i, "stdpop", "the standard population is infinite");
    if (stdpop < 0.0)
        detail::fail_row(i, "stdpop",
                         "the standard population (" + detail::number(stdpop) + ") is negative");
}

void check_totals(const DsrTotals& totals, std::size_t groups) {
    if (totals.total_count.size() != groups)
        detail::fail("", "total_count", "the total_count output has room for " +
                                            std::to_string(totals.total_count.size()) +
                                            " groups, not " + std::to_string(groups));
    if (totals.total_pop.size() != groups)
        detail::fail("", "total_pop", "the total_pop output has room for " +
                                          std::to_string(totals.total_pop.size()) +
                                          " groups, not " + std::to_string(groups));
}

// The quantities of one group that Dobson's limits need.
struct GroupSums {
    double count;    // T, total events
    double value;    // the DSR, multiplied
    double variance; // variance of the unmultiplied DSR
};

// Writes value and limits of group g: value + sqrt(var / T) * (B(T) - T) * multiplier, the
// package's expression and order of operations (R/DSR.R, dsr_inner).
void write_group(const IntervalSpans& out, std::size_t g, std::size_t groups,
                 std::span<const double> z, const GroupSums& s, double multiplier) {
    if (!(s.count >= dsr_min_count)) {
        detail::set_row_missing(out, g, groups, z.size());
        return;
    }
    out.value[g] = s.value;
    const double spread = std::sqrt(s.variance / s.count);
    for (std::size_t l = 0; l < z.size(); ++l) {
        const Limits byar = byar_limits(s.count, z[l]);
        out.lower[l * groups + g] = s.value + spread * (byar.lower - s.count) * multiplier;
        out.upper[l * groups + g] = s.value + spread * (byar.upper - s.count) * multiplier;
    }
}

std::vector<double> critical_values(std::span<const double> levels) {
    std::vector<double> z(levels.size());
    for (std::size_t l = 0; l < levels.size(); ++l) z[l] = normal_critical_value(levels[l]);
    return z;
}

// Dobson's sums over a group's rows: row_of(k) is the k-th row, stdpop_of(k) its standard
// population. Long double, as R's sum(), in the package's expressions and order, so every
// caller (rows sorted by band, or placed by band in one pass) gets the same bits.
struct DobsonSums {
    long double count = 0.0L, pop = 0.0L, weighted = 0.0L, squares = 0.0L, standard = 0.0L;
};

template <class RowOf, class StdpopOf>
inline DobsonSums dobson_sums(std::span<const double> xs, std::span<const double> ns, std::size_t rows,
                              RowOf row_of, StdpopOf stdpop_of) {
    DobsonSums s;
    for (std::size_t k = 0; k < rows; ++k) {
        const std::size_t r = row_of(k);
        const double stdpop = stdpop_of(k);
        const double x = std::isnan(xs[r]) ? 0.0 : xs[r];
        const double ratio = stdpop / ns[r];
        s.count += x;
        s.pop += ns[r];
        s.weighted += x * stdpop / ns[r];
        s.squares += x * (ratio * ratio);
        s.standard += stdpop;
    }
    return s;
}

// Group g's totals, value and limits from its sums (the standard population's sum is positive).
void write_dobson(const IntervalSpans& out, const DsrTotals& totals, std::size_t g, std::size_t groups,
                  std::span<const double> z, const DobsonSums& s, double multiplier) {
    totals.total_count[g] = static_cast<double>(s.count);
    totals.total_pop[g] = static_cast<double>(s.pop);
    const double total_standard = static_cast<double>(s.standard);
    const GroupSums sums{static_cast<double>(s.count),
                         static_cast<double>(s.weighted) / total_standard * multiplier,
                         1.0 / (total_standard * total_standard) * static_cast<double>(s.squares)};
    write_group(out, g, groups, z, sums, multiplier);
}

void check_common(std::span<const std::size_t> offsets, std::size_t rows,
                  std::span<const double> levels, const IntervalSpans& out,
                  const DsrTotals& totals, double multiplier) {
    check_levels(levels);
    detail::check_offsets(offsets, rows, "rows");
    const std::size_t groups = offsets.size() - 1;
    detail::check_outputs(out, groups, levels.size());
    check_totals(totals, groups);
    detail::check_multiplier(multiplier);
}

} // namespace

void dsr_intervals(const DsrData& data, std::span<const double> levels, IntervalSpans out,
                   DsrTotals totals, const DsrOptions& options) {
    const std::size_t rows = data.x.size();
    detail::check_length(rows, data.n.size(), "n", "x");
    if (data.layout == StandardLayout::per_row)
        detail::check_length(rows, data.stdpop.size(), "stdpop", "x");
    check_common(data.offsets, rows, levels, out, totals, options.multiplier);
    const std::size_t groups = data.offsets.size() - 1;
    const std::vector<double> z = critical_values(levels);
    const double multiplier = options.multiplier;

    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t begin = data.offsets[g];
        const std::size_t end = data.offsets[g + 1];
        if (data.layout == StandardLayout::per_band && end - begin != data.stdpop.size())
            detail::fail(group_label(g), "stdpop",
                         "the group has " + std::to_string(end - begin) +
                             " rows but the standard population has " +
                             std::to_string(data.stdpop.size()) + " bands");
        const std::span<const double> standard_of =
            data.layout == StandardLayout::per_row ? data.stdpop.subspan(begin, end - begin) : data.stdpop;
        // Checks first, in a loop of their own: a call inside the summing loop would make
        // the compiler spill the x87 long double sums to memory on every row.
        for (std::size_t i = begin; i < end; ++i)
            if (!counts_row_ok(data.x[i], data.n[i], standard_of[i - begin]))
                check_counts_row(i, data.x[i], data.n[i], standard_of[i - begin]);
        // Long double sums, as R's sum(): results then agree with the package to the last bits.
        const DobsonSums sums = dobson_sums(
            data.x, data.n, end - begin, [begin](std::size_t k) { return begin + k; },
            [&standard_of](std::size_t k) { return standard_of[k]; });
        if (end > begin && sums.standard <= 0.0L)
            detail::fail(group_label(g), "stdpop", "the standard population of the group sums to 0");
        write_dobson(out, totals, g, groups, z, sums, multiplier);
    }
}

DsrTable dsr_intervals(const DsrData& data, std::span<const double> levels,
                       const DsrOptions& options) {
    check_levels(levels);
    detail::check_offsets(data.offsets, data.x.size(), "rows");
    const std::size_t groups = data.offsets.size() - 1;
    DsrTable table{IntervalTable::sized(groups, levels), std::vector<double>(groups, nan),
                   std::vector<double>(groups, nan)};
    dsr_intervals(data, levels, table.intervals.spans(), {table.total_count, table.total_pop},
                  options);
    return table;
}

BandProblem dsr_banded_intervals(const BandedDsrData& data, std::span<const double> levels,
                                 IntervalSpans out, DsrTotals totals, const DsrOptions& options) {
    const std::size_t rows = data.x.size();
    detail::check_length(rows, data.n.size(), "n", "x");
    detail::check_banded(rows, data.bands, data.order, data.offsets);
    check_common(data.offsets, rows, levels, out, totals, options.multiplier);
    const std::size_t groups = data.offsets.size() - 1;
    const std::vector<double> z = critical_values(levels);
    const double multiplier = options.multiplier;
    const std::span<const double> standard_of = data.stdpop;
    const std::size_t bands = standard_of.size();

    return detail::visit_banded(data.bands, data.order, data.offsets, bands, [&](const auto& banded) {
        // The sums of dsr_intervals over the group's rows in band order (slot[k] is band
        // k's row), the same expressions in the same order, so the same bits.
        auto work = [&](std::size_t g, std::span<const std::size_t> slot) {
            for (std::size_t k = 0; k < slot.size(); ++k) {
                const std::size_t r = banded.row(slot[k]);
                if (!counts_row_ok(data.x[r], data.n[r], standard_of[k])) return false;
            }
            const DobsonSums sums = dobson_sums(
                data.x, data.n, slot.size(), [&](std::size_t k) { return banded.row(slot[k]); },
                [&standard_of](std::size_t k) { return standard_of[k]; });
            if (!slot.empty() && sums.standard <= 0.0L) return false;
            write_dobson(out, totals, g, groups, z, sums, multiplier);
            return true;
        };
        // The errors of dsr_intervals for the first group with a bad value, in band order.
        auto fail = [&](std::size_t g, std::span<const std::size_t> slot) {
            for (std::size_t k = 0; k < slot.size(); ++k) {
                const std::size_t r = banded.row(slot[k]);
                check_counts_row(slot[k], data.x[r], data.n[r], standard_of[k]);
            }
            detail::fail(group_label(g), "stdpop", "the standard population of the group sums to 0");
        };
        return detail::for_banded_groups(banded, work, fail);
    });
}

void dsr_nonindependent_intervals(const EventFrequencyData& data, std::span<const double> levels,
                                  IntervalSpans out, DsrTotals totals,
                                  const DsrOptions& options) {
    const std::size_t rows = data.individuals.size();
    detail::check_length(rows, data.eventfreq.size(), "eventfreq", "x");
    detail::check_length(rows, data.band.size(), "ageband", "x");
    detail::check_length(rows, data.n.size(), "n", "x");
    detail::check_length(rows, data.stdpop.size(), "stdpop", "x");
    check_common(data.offsets, rows, levels, out, totals, options.multiplier);
    const std::size_t groups = data.offsets.size() - 1;
    const std::vector<double> z = critical_values(levels);
    const double multiplier = options.multiplier;

    // The first row of each band code in the current group (rows = "not seen yet"): one
    // table per call, so no allocation per group.
    std::vector<std::size_t> first_row(rows, rows);
    std::vector<std::size_t> seen_in(rows, groups);

    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t begin = data.offsets[g];
        const std::size_t end = data.offsets[g + 1];
        long double count = 0.0L, pop = 0.0L, weighted = 0.0L, standard = 0.0L;
        long double variance = 0.0L;
        // One run of rows per event frequency: its own Dobson variance (the package's first
        // pass, grouped by eventfreq), weighted by eventfreq^2.
        long double run_squares = 0.0L, run_standard = 0.0L;
        for (std::size_t i = begin; i < end; ++i) {
            const double f = data.eventfreq[i];
            const std::size_t band = data.band[i];
            check_counts_row(i, data.individuals[i], data.n[i], data.stdpop[i]);
            if (!std::isfinite(f)) detail::fail_row(i, "eventfreq", "the event frequency is missing or infinite");
            if (f < 0.0)
                detail::fail_row(i, "eventfreq", "the event frequency (" + detail::number(f) + ") is negative");
            if (band >= rows)
                detail::fail_row(i, "ageband", "band code " + std::to_string(band) +
                                                   " is not below the number of rows");
            if (i > begin && f < data.eventfreq[i - 1])
                detail::fail_row(i, "eventfreq",
                                 "rows of a group must be ordered by event frequency (" +
                                     detail::number(data.eventfreq[i - 1]) + " then " +
                                     detail::number(f) + ")");
            if (seen_in[band] != g) {
                seen_in[band] = g;
                first_row[band] = i;
                pop += data.n[i];
                standard += data.stdpop[i];
            } else {
                const std::size_t first = first_row[band];
                if (data.n[first] != data.n[i])
                    detail::fail_row(i, "n", "the band's population differs from row " +
                                                 std::to_string(first + 1) + " of the same band");
                if (data.stdpop[first] != data.stdpop[i])
                    detail::fail_row(i, "stdpop", "the band's standard population differs from row " +
                                                      std::to_string(first + 1) + " of the same band");
            }
            const double people = std::isnan(data.individuals[i]) ? 0.0 : data.individuals[i];
            const double events = f * people;
            const double ratio = data.stdpop[i] / data.n[i];
            count += events;
            weighted += events * data.stdpop[i] / data.n[i];
            run_squares += people * (ratio * ratio);
            run_standard += data.stdpop[i];
            if (i + 1 == end || data.eventfreq[i + 1] != f) {
                // A run whose bands all have standard population 0 adds nothing (0 / 0 in R).
                const double s = static_cast<double>(run_standard);
                if (s > 0.0) variance += 1.0 / (s * s) * static_cast<double>(run_squares) * (f * f);
                run_squares = 0.0L;
                run_standard = 0.0L;
            }
        }
        if (end > begin && standard <= 0.0L)
            detail::fail(group_label(g), "stdpop", "the standard population of the group sums to 0");
        totals.total_count[g] = static_cast<double>(count);
        totals.total_pop[g] = static_cast<double>(pop);
        const double total_standard = static_cast<double>(standard);
        const GroupSums sums{static_cast<double>(count),
                             static_cast<double>(weighted) / total_standard * multiplier,
                             static_cast<double>(variance)};
        write_group(out, g, groups, z, sums, multiplier);
    }
}

DsrTable dsr_nonindependent_intervals(const EventFrequencyData& data,
                                      std::span<const double> levels,
                                      const DsrOptions& options) {
    check_levels(levels);
    detail::check_offsets(data.offsets, data.individuals.size(), "rows");
    const std::size_t groups = data.offsets.size() - 1;
    DsrTable table{IntervalTable::sized(groups, levels), std::vector<double>(groups, nan),
                   std::vector<double>(groups, nan)};
    dsr_nonindependent_intervals(data, levels, table.intervals.spans(),
                                 {table.total_count, table.total_pop}, options);
    return table;
}

} // namespace boardroom::indicators
