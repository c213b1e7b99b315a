// Directly standardised rates (DSR) with Dobson et al. (1991) confidence limits, for
// many areas in one call.
#pragma once

#include "boardroom/indicators/confidence.hpp"
#include "boardroom/indicators/standard_population.hpp"

#include <cstddef>
#include <span>
#include <vector>

namespace boardroom::indicators {

/// A DSR from fewer events than this is not published: value and limits are NaN, as
/// PHEindicatormethods::calculate_dsr / phe_dsr ("dsr NA for total count < 10").
inline constexpr double dsr_min_count = 10.0;

/// Events, populations and standard populations of every group (area, period, sex...).
/// Group g is rows offsets[g] .. offsets[g+1] (offsets: groups + 1 elements from 0 to
/// rows, never decreasing); each row is one standardisation band (age band).
struct DsrData {
    std::span<const double> x;      ///< events in the band; NaN counts as 0 (the package's na.zero)
    std::span<const double> n;      ///< population of the band, > 0
    std::span<const double> stdpop; ///< standard population, >= 0: per row or per band (layout)
    std::span<const std::size_t> offsets;
    StandardLayout layout = StandardLayout::per_row;
};

struct DsrOptions {
    double multiplier = 100000.0; ///< rate per this many (per 100,000 by default)
};

/// Per-group totals written beside the intervals: one element per group each.
struct DsrTotals {
    std::span<double> total_count; ///< sum of x (missing counted as 0)
    std::span<double> total_pop;   ///< sum of n
};

/// DSR and limits of every group (layout of `out` in confidence.hpp, one row per
/// group), as PHEindicatormethods::calculate_dsr (R/DSR.R) with independent events:
///
///   value  = sum(x * stdpop / n) / sum(stdpop) * multiplier
///   var    = sum(x * (stdpop / n)^2) / sum(stdpop)^2
///   limits = value + sqrt(var / T) * (B(T) - T) * multiplier, T = sum(x),
///
/// where B is Byar's lower or upper limit of the total count T (Breslow & Day 1987),
/// the Dobson et al. (1991) method ("Confidence intervals for weighted sums of Poisson
/// parameters", Stat Med 10:457-62) as described in the PHE technical guide
/// "Confidence intervals" (DSR chapter). Byar's limits are used at every count, as the
/// package does; below dsr_min_count events value and limits are NaN (totals are kept).
///
/// Sums are accumulated in long double, as R's sum() is. No allocation per group.
/// Throws InputError naming the row ("row N") and field for x < 0 or infinite, n
/// missing, infinite or <= 0, stdpop missing, infinite or < 0; naming the group
/// ("group N", field "stdpop") when a per-band standard population does not have the
/// group's number of rows, or a group's standard population sums to 0; and for bad
/// levels, offsets, multiplier or output sizes.
void dsr_intervals(const DsrData& data, std::span<const double> levels, IntervalSpans out,
                   DsrTotals totals, const DsrOptions& options = {});

/// Owning results of the DSR kernels.
struct DsrTable {
    IntervalTable intervals;
    std::vector<double> total_count;
    std::vector<double> total_pop;
};

/// Owning form of dsr_intervals.
DsrTable dsr_intervals(const DsrData& data, std::span<const double> levels,
                       const DsrOptions& options = {});

/// Rows matched to a standard population by band, in input order: the band match, the
/// check that each group has each band once and the group sums in one pass.
struct BandedDsrData {
    std::span<const double> x;      ///< events per row; NaN counts as 0
    std::span<const double> n;      ///< population per row, > 0
    BandCodes bands;                ///< each row's band (standard_population.hpp)
    std::span<const double> stdpop; ///< the standard population, one value per band, >= 0
    /// Input rows in group order; empty when the rows already are in group order.
    std::span<const std::size_t> order;
    /// Group g is positions offsets[g] .. offsets[g+1] of `order` (as in DsrData).
    std::span<const std::size_t> offsets;
};

/// dsr_intervals with the standard population matched to each row by its band: every
/// group with rows must have each band of the standard exactly once, whatever the order
/// of its rows, and its sums run in the standard's band order, so the results are those
/// of dsr_intervals on the rows sorted by band within each group, to the last bit, and
/// do not depend on row order or thread count. Groups are split across kernel_threads()
/// (parallel.hpp) in fixed blocks. Returns the first band problem (see BandProblem), and
/// then the outputs are unspecified; otherwise throws as dsr_intervals does, a row named
/// by its position in group order ("row N" is order[N - 1]), with ageband and order
/// checked against the rows.
BandProblem dsr_banded_intervals(const BandedDsrData& data, std::span<const double> levels,
                                 IntervalSpans out, DsrTotals totals,
                                 const DsrOptions& options = {});

/// Counts of individuals by how many events each had (non-independent events: one
/// person may be admitted several times). Each row is one (band, event frequency) pair
/// of a group: `individuals` people had `eventfreq` events each in that band. Rows of a
/// group must be ordered by eventfreq (non-decreasing); within a group every row of
/// the same band must carry the same n and stdpop.
struct EventFrequencyData {
    std::span<const double> individuals;  ///< people with eventfreq events; NaN counts as 0
    std::span<const double> eventfreq;    ///< events per person, finite and >= 0
    std::span<const std::size_t> band;    ///< band (age band) code, less than the number of rows
    std::span<const double> n;            ///< population of the band, > 0
    std::span<const double> stdpop;       ///< standard population of the band, >= 0
    std::span<const std::size_t> offsets; ///< groups, as in DsrData
};

/// DSR with limits widened for non-independent events, as
/// PHEindicatormethods::calculate_dsr(independent_events = FALSE) (R/DSR.R) and the DSR
/// chapter of the PHE technical guide: events = sum(eventfreq * individuals) per band
/// give the DSR as above (stdpop and n counted once per band); the variance is
///
///   var = sum over frequencies f of f^2 * sum_f(x * (stdpop / n)^2) / sum_f(stdpop)^2,
///
/// sum_f over the group's rows of frequency f (rows with missing counts included, as
/// the package keeps them), in place of the Poisson variance in Dobson's limits.
/// Below dsr_min_count events value and limits are NaN. One scratch table of band
/// codes per call, none per group. Throws InputError naming the row and field for the
/// input checks of dsr_intervals, a missing, negative or infinite eventfreq, rows not
/// ordered by eventfreq within their group, and a band whose rows disagree on n or
/// stdpop (field "n" or "stdpop").
void dsr_nonindependent_intervals(const EventFrequencyData& data, std::span<const double> levels,
                                  IntervalSpans out, DsrTotals totals,
                                  const DsrOptions& options = {});

/// Owning form of dsr_nonindependent_intervals.
DsrTable dsr_nonindependent_intervals(const EventFrequencyData& data,
                                      std::span<const double> levels,
                                      const DsrOptions& options = {});

} // namespace boardroom::indicators
