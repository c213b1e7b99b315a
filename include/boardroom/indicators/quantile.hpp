// Quantiles of areas within a parent (deciles of local authorities within a region,
// quintiles of deprivation), as PHEindicatormethods::phe_quantile.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace boardroom::indicators {

/// Quantile (1..nquantiles, as a double; NaN for none) of every value within its
/// group, as PHEindicatormethods::phe_quantile. Group g is values[offsets[g] ..
/// offsets[g+1]); invert[g] != 0 ranks that group's highest value first (the
/// package's invert = TRUE: the lowest quantile holds the highest values).
///
/// Within a group of m non-missing values, each value's rank r is 1 + the number of
/// values ranked before it, so tied values share the lowest rank (R's rank with
/// ties.method = "min"), and its quantile is floor(nquantiles + 1 - ceiling((m + 1 -
/// r) / (m / nquantiles))), with 0 read as 1. Missing values (NaN) get NaN, and a
/// group with fewer than nquantiles values gets NaN throughout, as the package.
///
/// Throws InputError for nquantiles < 1, invert not one element per group, output
/// of the wrong length or offsets that do not fit the values.
void assign_quantiles(std::span<const double> values, std::span<const std::size_t> offsets,
                      std::span<const std::uint8_t> invert, int nquantiles, std::span<double> out);

/// Owning form of assign_quantiles.
std::vector<double> assign_quantiles(std::span<const double> values, std::span<const std::size_t> offsets,
                                     std::span<const std::uint8_t> invert, int nquantiles);

} // namespace boardroom::indicators
