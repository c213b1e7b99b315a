// How many threads the row kernels (proportion, rate, mean) may use.
#pragma once

#include <cstddef>

namespace boardroom::indicators {

/// Inputs of at least this many rows (or groups) are split across threads. Rows are cut
/// into fixed blocks, whatever the thread count, and every row's result depends only on
/// that row, so results are the same to the last bit on any number of threads.
inline constexpr std::size_t parallel_min_rows = std::size_t{1} << 17;

/// Sets the number of threads the kernels may use: 0 (the default) means one per
/// hardware thread, 1 means none beyond the caller's. Applies to calls that start after it.
void set_kernel_threads(unsigned threads) noexcept;

/// The number of threads the kernels may use (hardware threads when set to 0).
unsigned kernel_threads() noexcept;

} // namespace boardroom::indicators
