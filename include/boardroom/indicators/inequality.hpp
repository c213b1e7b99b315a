// The slope index of inequality (SII) and relative index of inequality (RII) from an
// indicator's values in quantiles of deprivation (Low & Low 2004, "Measuring the gap:
// quantifying and comparing local health inequalities", J Public Health 26:388-395),
// as PHEindicatormethods::phe_sii: a population-weighted regression of the quantile
// values on each quantile's midpoint in the cumulative population, with confidence
// limits from a Monte Carlo simulation of the values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace boardroom::indicators {

/// The package's value_type.
enum class SiiValueType : std::uint8_t {
    normal = 0,     ///< any indicator (life expectancy): values used as they are
    rate = 1,       ///< simulated on the log scale
    proportion = 2, ///< between 0 and 1, simulated on the logit scale
};

/// Input columns, one element per row (an area's quantile). Give `value` or, for
/// proportions only, `x` (value = x / population); give `se` or both `lower_cl` and
/// `upper_cl` (95% limits: se = (upper - lower) / qnorm(0.975) / 2 on the
/// simulation's scale). Unused columns are empty spans.
struct SiiData {
    std::span<const double> quantile;
    std::span<const double> population;
    std::span<const double> value;
    std::span<const double> x;
    std::span<const double> se;
    std::span<const double> lower_cl;
    std::span<const double> upper_cl;
};

/// The default seed: results are reproducible unless the caller asks otherwise.
inline constexpr std::uint64_t sii_default_seed = 2004;

struct SiiOptions {
    SiiValueType value_type = SiiValueType::normal;
    /// Regress the log (rate) or logit (proportion) of the values and transform the
    /// results back (the package's transform = TRUE); needs lower_cl and upper_cl.
    bool transform = false;
    /// Scales the SII (100: percentage points); a negative multiplier also inverts
    /// the RII, as the package does to turn a polarity round.
    double multiplier = 1.0;
    /// Confidence levels of the simulated limits, fractions from 0.9 up to (not
    /// including) 1; several may be given.
    std::vector<double> levels{0.95};
    /// Monte Carlo repetitions per group (the package's default 100,000; at least
    /// 1,000).
    std::size_t repetitions = 100000;
    /// Seed of the generator (see slope_index_of_inequality).
    std::uint64_t seed = sii_default_seed;
};

/// Results per group; limits level-major: sii_lower[l * groups + g].
struct SiiResult {
    std::size_t groups{0};
    std::size_t levels{0};
    /// Number of distinct quantiles in the whole input (the package's no_quantiles).
    std::size_t quantiles{0};
    /// 0 where a group lacks one of the quantiles or a value in one (the package
    /// drops such groups with a warning): its results are NaN.
    std::vector<std::uint8_t> complete;
    std::vector<double> sii, rii, intercept;
    std::vector<double> sii_lower, sii_upper, rii_lower, rii_upper;
};

/// SII and RII of every group (group g is rows offsets[g] .. offsets[g+1]), as
/// PHEindicatormethods::phe_sii (Low & Low 2004):
///  - within a group, rows are taken in quantile order; a_i = population share,
///    b_i = midpoint of quantile i in the cumulative population share;
///  - values are put on the simulation scale (log for rates, logit for proportions)
///    and, unless `transform`, back again; the least-squares fit (Eigen) of
///    sqrt(a) * value on sqrt(a) and b sqrt(a) with no intercept term gives the
///    intercept and slope: SII = multiplier * slope, RII = (intercept + slope) /
///    intercept (inverted for a negative multiplier); with `transform` both are
///    back-transformed at x = 0 and x = 1, as the package does;
///  - limits: each repetition draws every quantile's value from a normal
///    distribution with its mean and standard error (on the simulation scale),
///    transforms back unless `transform`, and refits; the limits are the sorted
///    results at positions round(R (1 - c)) and round(R c), c = level + (1 -
///    level) / 2, as the package takes them (1-based). With `transform` the RII
///    limits come from the SII limits, as in the package.
///
/// Random numbers: group g uses its own std::mt19937_64 seeded with the SplitMix64
/// hash of (seed + g), so a group's limits do not depend on the other groups;
/// uniforms are the top 53 bits of a draw scaled to [0, 1); normal deviates come from
/// Marsaglia's polar method (both deviates of each accepted pair used, in order);
/// repetition r draws quantile 1 .. k in turn, as the package fills its matrix. The
/// point estimates do not depend on the generator; the limits agree with the package
/// (whose own tests allow 0.05) to Monte Carlo error.
///
/// Throws InputError naming the row and field for a population that is missing or
/// <= 0, a missing or negative se, missing limits, a proportion (or its limits)
/// outside [0, 1], a count x <= 0, a quantile listed twice in a group, and for fewer
/// than 5 or more than 100 distinct quantiles, fewer than 1000 repetitions, levels
/// outside [0.9, 1), transform with normal values or without limits, or spans of the
/// wrong length.
SiiResult slope_index_of_inequality(const SiiData& data, std::span<const std::size_t> offsets,
                                    const SiiOptions& options);

/// FindXValues: midpoint of each quantile's share of the cumulative population, in
/// the given order.
std::vector<double> sii_midpoints(std::span<const double> population);

} // namespace boardroom::indicators
