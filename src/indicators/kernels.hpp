// Private pieces of the row kernels: the scalar limit formulas as inline functions (so a
// loop over rows inlines them and vectorises) and the fixed-block thread split. Not installed.
//
// Files that include this are compiled with -fno-math-errno -fno-trapping-math
// (src/indicators/CMakeLists.txt): sqrt is then the correctly rounded instruction, the same
// result as the library call, without the errno branch that stops a loop from vectorising;
// and selects on comparisons become blends. Neither flag changes a result (no reassociation,
// no contraction): tests compare every output bit with the scalar formulas.
#pragma once

#include "boardroom/indicators/confidence.hpp"

#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>

namespace boardroom::indicators::detail {

inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// Wilson score limits, in the arithmetic order of PHEindicatormethods' wilson_lower /
/// wilson_upper (Wilson 1927; Newcombe & Altman 2000). z2 is z * z.
inline Limits wilson(double x, double n, double z, double z2) noexcept {
    const double root = z * std::sqrt(z2 + 4.0 * x * (1.0 - (x / n)));
    const double denominator = n + z2;
    double lower = (2.0 * x + z2 - root) / 2.0 / denominator;
    double upper = (2.0 * x + z2 + root) / 2.0 / denominator;
    // The limits lie in [0, 1], and are exactly 0 at x = 0 and 1 at x = n; rounding can
    // step an ulp across (the package prints 0 and 1 there). One select per condition,
    // so NaN passes through and the loop over rows vectorises (blends, no branches).
    lower = x <= 0.0 ? 0.0 : lower;
    lower = lower < 0.0 ? 0.0 : lower;
    upper = x >= n ? 1.0 : upper;
    upper = upper > 1.0 ? 1.0 : upper;
    return {lower, upper};
}

/// Byar's limits of a count x for critical value z (Breslow & Day 1987; as
/// PHEindicatormethods byars_lower / byars_upper); a negative lower limit is NaN.
inline Limits byar(double x, double z) noexcept {
    // Cubes by multiplication: within an ulp or two of pow(., 3) and many times faster.
    const double a = 1.0 - 1.0 / (9.0 * x) - z / (3.0 * std::sqrt(x));
    const double x1 = x + 1.0;
    const double b = 1.0 - 1.0 / (9.0 * x1) + z / (3.0 * std::sqrt(x1));
    const double lower = x * (a * a * a);
    const double upper = x1 * (b * b * b);
    return {lower < 0.0 ? nan : lower, upper};
}

/// Count of rows in [begin, end) with x < 0, n <= 0, an infinite x or n, or (when
/// `proportion`) x > n: branch-free, so it vectorises; NaN compares false and passes.
inline double impossible_rows(const double* x, const double* n, std::size_t begin,
                              std::size_t end, bool proportion) noexcept {
    constexpr double inf = std::numeric_limits<double>::infinity();
    double bad = 0.0;
    if (proportion) {
        for (std::size_t i = begin; i < end; ++i) {
            const bool b = (x[i] < 0.0) | (n[i] <= 0.0) | (x[i] > n[i]) |
                           (std::fabs(x[i]) == inf) | (std::fabs(n[i]) == inf);
            bad += b ? 1.0 : 0.0;
        }
    } else {
        for (std::size_t i = begin; i < end; ++i) {
            const bool b = (x[i] < 0.0) | (n[i] <= 0.0) | (std::fabs(x[i]) == inf) |
                           (std::fabs(n[i]) == inf);
            bad += b ? 1.0 : 0.0;
        }
    }
    return bad;
}

/// Rows are processed in cache-sized chunks: each input is read from memory once, and
/// within a chunk every output column is a plain loop the compiler vectorises.
inline constexpr std::size_t chunk_rows = 1024;

/// Rows per block of the thread split; a fixed size, so blocks never depend on threads.
inline constexpr std::size_t block_rows = std::size_t{1} << 15;

/// Runs work(begin, end) over [0, count) cut into fixed blocks of `block` elements, on up
/// to kernel_threads() threads when count >= parallel_min_rows (else on the caller's
/// thread). If blocks throw, the exception of the first such block is rethrown after
/// all have finished, so the error names the first bad row whatever the thread count.
void for_blocks(std::size_t count, std::size_t block,
                const std::function<void(std::size_t, std::size_t)>& work);

} // namespace boardroom::indicators::detail
