// Funnel plots: control limits at 2 and 3 standard deviations (95% and 99.8%) around
// the average of a set of areas, and which areas fall outside them (Spiegelhalter 2005,
// "Funnel plots for comparing institutional performance", Stat Med 24:1185-1202), as
// implemented by PHEindicatormethods (calculate_funnel_limits, assign_funnel_significance,
// calculate_funnel_points) and described in OHID's Fingertips technical guidance.
//
// Groups: every kernel takes `offsets` (group g is rows offsets[g] .. offsets[g+1]), so
// many independent funnels are one call; a single funnel is offsets {0, rows}.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace boardroom::indicators {

enum class FunnelStatistic : std::uint8_t {
    proportion, ///< numerator / denominator, Wilson-style limits
    ratio,      ///< observed / expected counts, Poisson limits
    rate,       ///< crude or directly standardised rate, Poisson limits
};

/// How a ratio's limits are expressed (the package's `ratio_type`).
enum class FunnelRatioType : std::uint8_t {
    count, ///< observed / expected - 1
    isr,   ///< observed / expected x 100 (indirectly standardised ratio)
};

/// Which rate (the package's `rate_type`). DSRs from fewer than 10 events are not
/// assessed; a DSR with 0 events has no implied population.
enum class FunnelRateType : std::uint8_t { dsr, crude };

/// Which side of the funnel.
enum class FunnelSide : std::uint8_t { low, high };

/// assign_funnel_significance's categories, in the order of its factor levels.
enum class FunnelSignificance : std::uint8_t {
    high_0_001,      ///< "High (0.001)": above the 99.8% limit
    high_0_025,      ///< "High (0.025)": above the 95% limit only
    low_0_001,       ///< "Low (0.001)"
    low_0_025,       ///< "Low (0.025)"
    not_significant, ///< "Not significant"
    not_applicable,  ///< "Not applicable for events less than 10 for dsrs"
};

/// The package's words for a category, e.g. "High (0.001)".
std::string_view label(FunnelSignificance significance) noexcept;

struct FunnelOptions {
    FunnelStatistic statistic = FunnelStatistic::proportion;
    /// Scale of the output (100: percentages; 100000: rate per 100,000). Unused for
    /// ratios, which the package also ignores.
    double multiplier = 100.0;
    FunnelRatioType ratio_type = FunnelRatioType::count;
    FunnelRateType rate_type = FunnelRateType::dsr;
    /// Years the counts cover (rates only): populations on the axis are per year.
    double years_of_data = 1.0;
};

/// Input columns, one element per row.
///   proportion: numerator (cases), denominator (population);
///   ratio: numerator (observed), denominator (expected);
///   rate: numerator (events), rate (per multiplier); denominator (population) is
///         optional (empty span) and used only where the numerator is 0.
struct FunnelData {
    std::span<const double> numerator;
    std::span<const double> denominator;
    std::span<const double> rate;
};

/// Rows per funnel in calculate_funnel_limits' table.
inline constexpr std::size_t funnel_axis_points = 100;

/// calculate_funnel_limits' table: funnel_axis_points rows per group, group-major
/// (row r of group g is element g * funnel_axis_points + r of every column).
struct FunnelLimits {
    std::size_t groups{0};
    /// Population (proportion), Observed_events (ratio) or Events (rate).
    std::vector<double> axis;
    /// Ratios: lower_2s_exp_events ...; rates: lower_2s_population_1_year ...; the
    /// expected count or yearly population at which the limit lies on the average.
    /// Empty for proportions.
    std::vector<double> lower_2s_denominator, upper_2s_denominator;
    std::vector<double> lower_3s_denominator, upper_3s_denominator;
    /// lower_2s_limit, upper_2s_limit (95%), lower_3s_limit, upper_3s_limit (99.8%).
    std::vector<double> lower_2s, upper_2s, lower_3s, upper_3s;
    /// The average of each group (times the multiplier), one per group; NaN for
    /// ratios, which have no baseline column in the package.
    std::vector<double> baseline;

    std::size_t rows() const noexcept { return axis.size(); }
};

/// Control limits of every group over the package's 100-point axis, as
/// PHEindicatormethods::calculate_funnel_limits (Spiegelhalter 2005):
///  - the average is sum(numerator) / sum(derived denominator) (missing denominators
///    left out); derived denominators are the denominator (proportion, ratio), or
///    multiplier * events / rate (rate; a crude rate with 0 events uses the given
///    population, a DSR with 0 events has none);
///  - the axis runs from 0 when the largest denominator is more than twice the
///    smallest, else from the smallest rounded down, to the largest rounded up, in
///    100 geometric steps of at least 1 (events x average for rates), with the
///    package's rounding to "neat" numbers, quirks included (it counts digits of R's
///    as.character, so 100000 reads as "1e+05");
///  - proportions: limits where the Wilson score interval of the average at
///    z = qnorm(0.975), qnorm(0.999) touches it (sigma_adjustment), kept within
///    [0, 100] whatever the multiplier, as the package does;
///  - ratios and rates: the expected count at which an observed count's exact Poisson
///    tail probability is 0.025 or 0.001, found by the package's bisection (the same
///    23 halvings taking the same branches, so the same numbers; see
///    poisson_funnel_expected), then observed / expected
///    (minus 1 for counts, x 100 for ISRs), or events / population x multiplier with
///    populations per year.
///
/// Throws InputError naming the row and field for a missing numerator (or a
/// proportion's missing denominator), a negative numerator, a denominator <= 0, a
/// proportion numerator above its denominator, a rate missing where its population
/// is too, 0 events without a positive population (rates), infinite values, and for
/// a group with no usable denominator, a multiplier or years_of_data that is not
/// positive, or offsets that do not fit the rows.
FunnelLimits funnel_limits(const FunnelData& data, std::span<const std::size_t> offsets,
                           const FunnelOptions& options);

/// Each row's place against its group's limits, as
/// PHEindicatormethods::assign_funnel_significance: proportions against the
/// sigma_adjustment limits at the row's own denominator; ratios by the row's exact
/// (fewer than 10 observed) or Byar's Poisson limits of the observed count divided by
/// the expected count, against 1; rates by the same limits divided by the derived
/// population, against the group's average. DSRs from fewer than 10 events are
/// not_applicable. A limit that cannot be computed (a DSR with 0 events, a missing
/// expected count) compares as not significant, as in the package. Input checks as
/// funnel_limits.
void funnel_significance(const FunnelData& data, std::span<const std::size_t> offsets,
                         const FunnelOptions& options, std::span<FunnelSignificance> out);

/// Owning form of funnel_significance.
std::vector<FunnelSignificance> funnel_significance(const FunnelData& data,
                                                    std::span<const std::size_t> offsets,
                                                    const FunnelOptions& options);

/// Rate funnels' plotting points, as PHEindicatormethods::calculate_funnel_points:
/// rate_chart is the rate (NaN for a DSR from fewer than 10 events) and
/// denominator_derived the population per year, multiplier * events / rate /
/// years_of_data (a crude rate with 0 events: the given population / years). Throws
/// InputError for 0 events without a positive population, and as funnel_limits for
/// lengths, multiplier and years.
void funnel_points(const FunnelData& data, const FunnelOptions& options,
                   std::span<double> rate_chart, std::span<double> denominator_derived);

// --- Building blocks, each the package's internal function of the same purpose.

/// sigma_adjustment: the proportion (times multiplier) at which the Wilson score
/// interval of `average` for a sample of `population` has probability `probability`
/// in its tail: z = Phi^-1(probability); 0.975 for 2 sigma, 0.999 for 3 sigma.
double funnel_proportion_limit(double probability, double population, double average,
                               FunnelSide side, double multiplier) noexcept;

/// poisson_cis: P(x_a <= X <= x_b) for X ~ Poisson(mean), summed term by term with
/// rescaling until past the mean and the terms are below 1e-10 of the total, exactly
/// as the package's series (so its bisection takes the same path).
double poisson_funnel_probability(double mean, double x_a, double x_b) noexcept;

/// poisson_funnel: bisection on v in (0, 1) with expected = (1 + observed) v / (1 - v)
/// until the step is below 1e-7 (23 halvings). low side: the expected count whose
/// P(X >= observed) is `probability` (an upper limit on the ratio); high side: the
/// expected count whose P(X <= observed) is `probability`. Each step compares the
/// regularised incomplete gamma function (Boost) with `probability` and sums the
/// package's series (poisson_funnel_probability) only when they are closer than the
/// series' own error, so every branch, and the result, is the package's while large
/// counts cost microseconds instead of `observed` terms per step.
double poisson_funnel_expected(double observed, double probability, FunnelSide side) noexcept;

/// funnel_ratio_significance: the observed count's limit at `level` divided by
/// `expected`. Fewer than 10 observed: exact, chi-squared quantiles at 0.5 + level/2
/// (2x degrees of freedom upper tail for the low side, 2x + 2 lower tail for the
/// high side; 0 for 0 observed on the low side); else Byar's approximation
/// (Breslow & Day 1987) at z = Phi^-1(0.5 + level / 2).
double funnel_ratio_limit(double observed, double expected, double level, FunnelSide side);

/// The package's 100-point axis from `minimum` (at least 1) to about `maximum`:
/// each point is the previous times (maximum / previous)^(1 / (101 - k)), rounded,
/// and at least one more than the previous; k = j for proportions and rates, j - 1
/// for ratios (j = 2..100).
std::vector<double> funnel_axis(double minimum, double maximum, FunnelStatistic statistic);

/// signif.floor / signif.ceiling: x x 0.95 rounded down, or x x 1.05 rounded up, to
/// the number of digits R's as.character() shows for it (one or two leading digits);
/// 0 stays 0.
double funnel_axis_floor(double x);
double funnel_axis_ceiling(double x);

} // namespace boardroom::indicators
