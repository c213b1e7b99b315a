// Proportions x / n with confidence limits, many rows and levels in one call.
#pragma once

#include "boardroom/indicators/confidence.hpp"

#include <cstdint>
#include <span>

namespace boardroom::indicators {

enum class ProportionMethod : std::uint8_t {
    wilson,          ///< Wilson score, the PHE default (Wilson 1927; Newcombe & Altman 2000)
    clopper_pearson, ///< exact binomial limits from beta quantiles (Clopper & Pearson 1934)
};

struct ProportionOptions {
    ProportionMethod method = ProportionMethod::wilson;
    double multiplier = 1.0; ///< 100 for percentages; applied to value and limits
};

/// Proportion and limits for every row (layout in confidence.hpp), as
/// PHEindicatormethods::phe_proportion: value = x / n * multiplier, Wilson limits by
/// default. x may be non-integer (as in the package's tests).
///
/// A row with x or n missing (NaN) gets NaN outputs. Throws InputError naming the row
/// (1-based, "row N") and field for impossible input: x < 0, x > n, n <= 0, an
/// infinite x or n; for levels outside (0, 1) (check_levels); for spans of the wrong
/// length; for a multiplier that is not finite and positive. On error the outputs
/// are left partly written.
void proportion_intervals(std::span<const double> x, std::span<const double> n,
                          std::span<const double> levels, IntervalSpans out,
                          const ProportionOptions& options = {});

/// Owning form of proportion_intervals.
IntervalTable proportion_intervals(std::span<const double> x, std::span<const double> n,
                                   std::span<const double> levels,
                                   const ProportionOptions& options = {});

} // namespace boardroom::indicators
