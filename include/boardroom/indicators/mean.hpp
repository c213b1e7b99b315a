// Means with Student's t confidence limits, from group summaries or raw values.
#pragma once

#include "boardroom/indicators/confidence.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace boardroom::indicators {

/// What MeanSummaries::spread holds.
enum class Spread : std::uint8_t {
    standard_deviation, ///< the sample standard deviation (n - 1 divisor), as R's sd()
    sum_of_squares,     ///< the raw sum of squared values, sum(v^2)
};

/// Per-group summaries, one element per group in each span.
struct MeanSummaries {
    std::span<const double> sum;
    std::span<const double> spread;
    std::span<const double> count;
    Spread kind = Spread::standard_deviation;
};

/// Mean and limits for every group (layout in confidence.hpp), as
/// PHEindicatormethods::phe_mean: value = sum / count, limits value -/+
/// |t_{(1-level)/2, count-1}| * sd / sqrt(count) (Student's t).
///
/// NaN in any input of a group gives NaN outputs, except that a group of one value has
/// a value whatever its spread, and NaN limits (its sd is undefined: R gives NA). Throws InputError naming the
/// row and field for count <= 0 or not a whole number, a negative or infinite sd, a
/// sum of squares below sum^2 / count (beyond rounding), an infinite sum, levels
/// outside (0, 1) or spans of the wrong length.
void mean_intervals(const MeanSummaries& groups, std::span<const double> levels,
                    IntervalSpans out);

/// Owning form of mean_intervals.
IntervalTable mean_intervals(const MeanSummaries& groups, std::span<const double> levels);

/// Sum, sample sd and count of each group of raw values. Group g holds
/// values[offsets[g] .. offsets[g+1]); offsets has groups + 1 elements, starts at 0,
/// never decreases and ends at values.size() (else InputError, field "offsets").
/// Two-pass sd, so large means do not cancel. A group holding a NaN gets NaN sum
/// and sd; an empty group has count 0, sum 0 and NaN sd.
struct GroupSummaries {
    std::vector<double> sum;
    std::vector<double> sd;
    std::vector<double> count;
};
GroupSummaries summarise_groups(std::span<const double> values,
                                std::span<const std::size_t> offsets);

/// Means and limits of every group of raw values in one call (groups as in
/// summarise_groups), with no allocation per group. An empty group gets NaN outputs;
/// a group with a NaN value gets NaN outputs.
void grouped_mean_intervals(std::span<const double> values,
                            std::span<const std::size_t> offsets,
                            std::span<const double> levels, IntervalSpans out);

/// Caller-provided per-group summaries, one element per group in each span.
struct SummarySpans {
    std::span<double> sum;
    std::span<double> sd;
    std::span<double> count;
};

/// As above, and also writes each group's summaries (as summarise_groups) in the same
/// pass over the values. Empty summary spans are skipped.
void grouped_mean_intervals(std::span<const double> values,
                            std::span<const std::size_t> offsets,
                            std::span<const double> levels, IntervalSpans out,
                            SummarySpans summaries);

/// Owning form of grouped_mean_intervals.
IntervalTable grouped_mean_intervals(std::span<const double> values,
                                     std::span<const std::size_t> offsets,
                                     std::span<const double> levels);

} // namespace boardroom::indicators
