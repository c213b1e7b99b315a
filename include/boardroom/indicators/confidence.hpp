// Confidence levels, the output layout shared by every interval kernel, and the
// scalar limit formulas the kernels are built from.
//
// Layout: a kernel computing R rows at L levels writes value[i] for row i and
// lower[l * R + i], upper[l * R + i] for level l, so each level's limits form one
// contiguous column (what a data frame or a numpy array wants).
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace boardroom::indicators {

/// The two levels England's public-health indicators (Fingertips) publish.
inline constexpr double level_95 = 0.95;
inline constexpr double level_99_8 = 0.998;
inline constexpr std::array<double, 2> fingertips_levels{level_95, level_99_8};

/// Throws InputError (record "level N", field "confidence") unless there is at least
/// one level and every level lies strictly between 0 and 1. Levels are fractions:
/// 0.95, not 95.
void check_levels(std::span<const double> levels);

/// Caller-provided outputs of an interval kernel (layout above). `value` has one
/// element per row; `lower` and `upper` have rows * levels elements each.
struct IntervalSpans {
    std::span<double> value;
    std::span<double> lower;
    std::span<double> upper;
};

/// Owning results of an interval kernel: the same layout as IntervalSpans.
struct IntervalTable {
    std::vector<double> levels;
    std::vector<double> value;
    std::vector<double> lower;
    std::vector<double> upper;

    /// A table of `rows` rows for these levels, filled with NaN.
    static IntervalTable sized(std::size_t rows, std::span<const double> levels);

    std::size_t rows() const noexcept { return value.size(); }
    /// Lower limits of every row at levels[level_index]; throws NotFoundError when
    /// there is no such level.
    std::span<const double> lower_at(std::size_t level_index) const;
    std::span<const double> upper_at(std::size_t level_index) const;
    /// Writable view for the span-based kernels.
    IntervalSpans spans() noexcept { return {value, lower, upper}; }
};

/// A pair of confidence limits. NaN means "no limit" (as R's NA).
struct Limits {
    double lower;
    double upper;
};

/// Two-sided standard normal critical value z = Phi^-1(level + (1 - level) / 2),
/// the form PHEindicatormethods uses. Boost.Math normal quantile.
double normal_critical_value(double level);

/// Two-sided Student's t critical value |t_{(1-level)/2, df}|, df > 0 (Student 1908;
/// as in PHEindicatormethods::phe_mean). Boost.Math students_t quantile.
double t_critical_value(double level, double degrees_of_freedom);

/// Wilson score limits of a proportion x / n for a given critical value z, no
/// multiplier (Wilson 1927; Newcombe & Altman 2000; as in PHEindicatormethods
/// wilson_lower / wilson_upper, including non-integer x). Requires 0 <= x <= n, n > 0.
Limits wilson_score_limits(double x, double n, double z) noexcept;

/// Wilson score limits at a confidence level; checks the level.
Limits wilson_score_interval(double x, double n, double level);

/// Clopper-Pearson "exact" limits of a proportion from beta quantiles
/// (Clopper & Pearson 1934): lower = B^-1(a/2; x, n-x+1), upper = B^-1(1-a/2; x+1, n-x),
/// with lower = 0 at x = 0 and upper = 1 at x = n. Requires 0 <= x <= n, n > 0.
Limits clopper_pearson_interval(double x, double n, double level);

/// Byar's approximate Poisson limits of an observed count x > 0 (Breslow & Day 1987;
/// as in PHEindicatormethods byars_lower / byars_upper): lower = x (1 - 1/(9x) -
/// z/(3 sqrt x))^3, upper = (x+1)(1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))^3. A negative
/// lower limit (tiny x or level close to 1) is NaN, as the package's NA.
Limits byar_interval(double x, double level);

/// Byar's limits for a given critical value z (normal_critical_value), as above.
Limits byar_limits(double x, double z) noexcept;

/// Exact Poisson limits of an observed count x >= 0 from chi-squared quantiles
/// (Armitage & Berry 2002; as in PHEindicatormethods::phe_rate for x < 10):
/// lower = chi2^-1((1-level)/2; 2x) / 2 (0 when x = 0), upper =
/// chi2^-1(level + (1-level)/2; 2x + 2) / 2.
Limits exact_poisson_interval(double x, double level);

} // namespace boardroom::indicators
