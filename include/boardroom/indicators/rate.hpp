// Crude rates x / n * multiplier with confidence limits.
#pragma once

#include "boardroom/indicators/confidence.hpp"

#include <cstdint>
#include <span>
#include <string_view>

namespace boardroom::indicators {

enum class RateMethod : std::uint8_t {
    exact, ///< exact Poisson limits from chi-squared quantiles
    byar,  ///< Byar's approximation
};

/// Counts at or above this use Byar's method; below it, exact limits. The same
/// switch as PHEindicatormethods::phe_rate (`x < 10` exact), non-integer x included.
inline constexpr double byar_min_count = 10.0;

/// The method phe_rate uses for a count x: exact when x < 10, else Byar's.
constexpr RateMethod rate_method(double x) noexcept {
    return x < byar_min_count ? RateMethod::exact : RateMethod::byar;
}

/// "Exact" or "Byars", the spelling of the package's `method` column.
std::string_view rate_method_name(RateMethod method) noexcept;

struct RateOptions {
    double multiplier = 100000.0; ///< rate per this many (per 100,000 by default)
};

/// Rate and limits for every row (layout in confidence.hpp), as
/// PHEindicatormethods::phe_rate: value = x / n * multiplier; exact Poisson limits
/// (Armitage & Berry 2002) for x < 10 and Byar's (Breslow & Day 1987) otherwise,
/// each divided by n and multiplied. x may exceed n (events per person-year).
///
/// A row with x or n missing (NaN) gets NaN outputs; a Byar lower limit that would be
/// negative is NaN, as in the package. Throws InputError naming the row and field for
/// x < 0, n <= 0, an infinite x or n, levels outside (0, 1), spans of the wrong length
/// or a multiplier that is not finite and positive.
void rate_intervals(std::span<const double> x, std::span<const double> n,
                    std::span<const double> levels, IntervalSpans out,
                    const RateOptions& options = {});

/// As above, and also writes, per row, whether its limits are exact (x < 10) into
/// `exact` (one element per row); the flag of a row with a missing x is false.
void rate_intervals(std::span<const double> x, std::span<const double> n,
                    std::span<const double> levels, IntervalSpans out, std::span<bool> exact,
                    const RateOptions& options = {});

/// Owning form of rate_intervals.
IntervalTable rate_intervals(std::span<const double> x, std::span<const double> n,
                             std::span<const double> levels, const RateOptions& options = {});

} // namespace boardroom::indicators
