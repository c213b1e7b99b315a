// Indirect standardisation: standardised ratios (SMR) and indirectly standardised
// rates, for many areas in one call.
#pragma once

#include "boardroom/indicators/confidence.hpp"
#include "boardroom/indicators/standard_population.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace boardroom::indicators {

/// Observed events and populations of every group by band, with the reference
/// population's events and population per band. Group g is rows offsets[g] ..
/// offsets[g+1] (as in DsrData).
struct IsrData {
    std::span<const double> x;     ///< observed events in the band; NaN counts as 0
    std::span<const double> n;     ///< population of the band, >= 0; NaN counts as 0
    std::span<const double> x_ref; ///< reference events, >= 0, NaN counts as 0: per row or per band
    std::span<const double> n_ref; ///< reference population, > 0: per row or per band (layout)
    std::span<const std::size_t> offsets;
    StandardLayout layout = StandardLayout::per_row;
    /// Optional observed total of each group (one per group), used instead of the sum
    /// of x (the package's `observed_totals`); x may then be empty. NaN gives NaN outputs.
    std::span<const double> observed_totals = {};
};

enum class IsrStatistic : std::uint8_t {
    ratio, ///< observed / expected * multiplier (the package's refvalue: 1, or 100)
    rate,  ///< observed / expected * reference rate per multiplier
};

struct IsrOptions {
    IsrStatistic statistic = IsrStatistic::ratio;
    double multiplier = 1.0; ///< refvalue of a ratio; "per how many" of a rate (100,000)
};

/// Per-group columns written beside the intervals (one element per group each;
/// ref_rate may be empty for a ratio).
struct IsrColumns {
    std::span<double> observed;
    std::span<double> expected;
    std::span<double> ref_rate;
};

/// Below this observed count the limits are exact Poisson limits, else Byar's, as
/// PHEindicatormethods calculate_ISRatio / calculate_ISRate.
inline constexpr double isr_byar_min_count = 10.0;

/// Indirectly standardised ratio or rate of every group (layout of `out` in
/// confidence.hpp, one row per group), as PHEindicatormethods calculate_ISRatio
/// (R/ISRatio.R) and calculate_ISRate (R/ISRate.R), the method of Breslow & Day
/// (1987, vol. II, ch. 2) and the PHE technical guide "Confidence intervals":
///
///   expected = sum(x_ref / n_ref * n),  O = sum(x) (or the observed total)
///   ratio    = O / expected * multiplier
///   ref_rate = sum(x_ref) / sum(n_ref) * multiplier,  rate = O / expected * ref_rate
///
/// Limits are those of the observed count divided by expected and scaled the same way:
/// exact Poisson limits from chi-squared quantiles for O < 10 (Armitage & Berry 2002),
/// Byar's approximation from 10 up (Breslow & Day 1987). An expected count of 0 gives
/// infinite or NaN results, as in the package.
///
/// No allocation per group. Throws InputError naming the row and field for x, n or
/// x_ref negative or infinite, n_ref missing, infinite or <= 0, a negative or infinite
/// observed total; naming the group ("group N") when per-band reference vectors do
/// not have the group's number of rows; and for bad levels, offsets, multiplier or
/// output sizes.
void isr_intervals(const IsrData& data, std::span<const double> levels, IntervalSpans out,
                   IsrColumns columns, const IsrOptions& options = {});

/// Rows matched to the reference population by band, in input order (as BandedDsrData).
struct BandedIsrData {
    std::span<const double> x;     ///< observed events per row (NaN counts as 0); may be empty with observed_totals
    std::span<const double> n;     ///< population per row, >= 0; NaN counts as 0
    BandCodes bands;               ///< each row's band (standard_population.hpp)
    std::span<const double> x_ref; ///< reference events per band, >= 0, NaN counts as 0
    std::span<const double> n_ref; ///< reference population per band, > 0
    std::span<const std::size_t> order;   ///< input rows in group order; empty when they already are
    std::span<const std::size_t> offsets; ///< group g is positions offsets[g] .. offsets[g+1] of order
    std::span<const double> observed_totals = {}; ///< as IsrData
};

/// isr_intervals with the reference matched to each row by its band, in one pass: every
/// group with rows has each band exactly once, its sums run in the reference's band
/// order (the results of isr_intervals on rows sorted by band, to the last bit, whatever
/// the row order or thread count). Returns the first band problem (outputs then
/// unspecified); otherwise throws as isr_intervals, rows named by their position in
/// group order.
BandProblem isr_banded_intervals(const BandedIsrData& data, std::span<const double> levels,
                                 IntervalSpans out, IsrColumns columns,
                                 const IsrOptions& options = {});

/// Owning results of isr_intervals.
struct IsrTable {
    IntervalTable intervals;
    std::vector<double> observed;
    std::vector<double> expected;
    std::vector<double> ref_rate; ///< empty for a ratio
};

/// Owning form of isr_intervals.
IsrTable isr_intervals(const IsrData& data, std::span<const double> levels,
                       const IsrOptions& options = {});

} // namespace boardroom::indicators
