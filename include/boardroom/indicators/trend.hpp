// Recent-trend markers: is an indicator's series rising or falling over its last five
// points? The Fingertips test (OHID, "Fingertips trend markers", Public Health
// Technical Guidance) as PHEindicatormethods::assign_trend_markers implements it
// (dhsc-govuk/PHEindicatormethods, R/TrendMarkers.R and R/utils.R): for proportions a
// logistic-regression gradient and chi-squared statistic from the counts, for other
// indicators a regression weighted by the inverse variance implied by the confidence
// limits; significant when chi-squared exceeds 9.5495 and no single point's removal
// reverses the gradient.
#pragma once

#include "boardroom/indicators/polarity.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace boardroom::indicators {

/// Chi-squared (1 degree of freedom) threshold of the test: about p = 0.002.
inline constexpr double trend_chi_squared_threshold = 9.5495;

/// Points the test uses: the most recent five.
inline constexpr std::size_t trend_points = 5;

enum class TrendValueType : std::uint8_t {
    proportion, ///< numerator / denominator counts: logistic regression
    other,      ///< values with confidence limits: weighted regression
};

enum class TrendMarker : std::uint8_t {
    cannot_be_calculated,
    increasing,
    decreasing,
    no_significant_change,
};

/// Why a marker was given, in the package's words (trend_reason_label).
enum class TrendReason : std::uint8_t {
    duplicate_years,         ///< "Duplicate years in group"
    not_enough_points,       ///< "Not enough data points"
    missing_values,          ///< "Missing values"
    missing_limits,          ///< "Missing at least one confidence interval value"
    outlier_found,           ///< "Outlier found"
    significant,             ///< "No outliers and significant trend"
    not_significant,         ///< "No significant trend"
};

/// The marker in words. With no judgement: "Increasing", "Decreasing", "No
/// significant change", "Cannot be calculated" (the package's labels); with a polarity,
/// Fingertips' "Increasing and getting better", "Decreasing and getting worse" etc.
/// (Fingertips' trend marker labels by polarity).
std::string_view label(TrendMarker marker, Polarity polarity = Polarity::no_judgement) noexcept;
std::string_view label(TrendReason reason) noexcept;

/// Input columns, one element per row. Proportions use numerator and denominator;
/// other indicators value, lower and upper (limits at `confidence`). Unused columns
/// are empty spans.
struct TrendData {
    std::span<const double> time;
    std::span<const double> numerator;
    std::span<const double> denominator;
    std::span<const double> value;
    std::span<const double> lower;
    std::span<const double> upper;
};

struct TrendOptions {
    TrendValueType value_type = TrendValueType::other;
    /// Level of the given limits; the standard error is (upper - lower) / (2 z).
    double confidence = 0.95;
    /// The values are divided by this before the regression (the limits are not, as in
    /// the package).
    double multiplier = 1.0;
};

/// One result per group.
struct TrendResults {
    std::vector<TrendMarker> marker;
    std::vector<TrendReason> reason;
    /// The chi-squared statistic and gradient of the last five points; NaN when the
    /// test could not be run.
    std::vector<double> chi_squared;
    std::vector<double> gradient;
    /// The row (index into the inputs) of each group's latest time, where the package
    /// writes its marker.
    std::vector<std::size_t> last_row;
};

/// Trend markers of every group (rows offsets[g] .. offsets[g+1], any order: each group
/// is ordered by time), as PHEindicatormethods::assign_trend_markers:
///  - repeated times: "Cannot be calculated" (duplicate years) when there are several
///    groups; with one group an InputError, as the package stops;
///  - fewer than 5 rows: not enough points;
///  - of the last five: a missing value (value / multiplier; for proportions numerator
///    or denominator), then for other indicators a missing limit, cannot be
///    calculated;
///  - otherwise the gradient and chi-squared; above 9.5495, leaving out each point in
///    turn must keep the gradient's sign (else "No significant change", outlier
///    found), and the marker is "Decreasing" for a negative gradient, else
///    "Increasing"; at or below it "No significant change".
/// Throws InputError naming the row for a missing or infinite time, and for spans of
/// the wrong length, an empty group, a confidence outside (0, 1) or a multiplier
/// that is not positive.
TrendResults trend_markers(const TrendData& data, std::span<const std::size_t> offsets,
                           const TrendOptions& options);

// --- The two tests on one series (points in any order), as the package's
// calculate_trend_logistic_regression and calculate_trend_weighted_regression.

/// Gradient of the logit of numerator / denominator against time (least squares).
double logistic_trend_gradient(std::span<const double> numerator, std::span<const double> denominator,
                               std::span<const double> time);
/// The chi-squared statistic for a linear trend in proportions (from the counts).
double logistic_trend_chi_squared(std::span<const double> numerator, std::span<const double> denominator,
                                  std::span<const double> time);
/// Gradient of value against time weighted by 1 / se^2, se = (upper - lower) / (2 z).
double weighted_trend_gradient(std::span<const double> value, std::span<const double> lower,
                               std::span<const double> upper, std::span<const double> time, double confidence);
/// gradient^2 / its variance for the weighted regression.
double weighted_trend_chi_squared(std::span<const double> value, std::span<const double> lower,
                                  std::span<const double> upper, std::span<const double> time, double confidence);

} // namespace boardroom::indicators
