// Private helpers shared by the indicator kernels: error messages that name the row
// and field, and size checks. Not installed.
#pragma once

#include "boardroom/indicators/confidence.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace boardroom::indicators::detail {

/// "row N" for the 0-based index i (messages and InputLocation use 1-based rows).
std::string row_label(std::size_t index);

/// Throws InputError{record = row_label(index), field}.
[[noreturn]] void fail_row(std::size_t index, std::string_view field, const std::string& reason);

/// Throws InputError{record = record, field}; for problems not tied to a row.
[[noreturn]] void fail(std::string_view record, std::string_view field, const std::string& reason);

/// Shortest text that reads back as the same double ("12", "0.445", "nan").
std::string number(double value);

/// Throws InputError (field `field`) unless actual == expected.
void check_length(std::size_t expected, std::size_t actual, std::string_view field,
                  std::string_view reference_field);

/// Checks the lengths of kernel outputs against rows and level count.
void check_outputs(const IntervalSpans& out, std::size_t rows, std::size_t levels);

/// Throws InputError (field "multiplier") unless finite and > 0.
void check_multiplier(double multiplier);

/// Writes NaN to every output of one row.
void set_row_missing(const IntervalSpans& out, std::size_t row, std::size_t rows,
                     std::size_t levels) noexcept;

/// Throws InputError (field "offsets") unless offsets start at 0, never decrease and
/// end at `count`; `what` names what is being grouped ("values", "rows").
void check_offsets(std::span<const std::size_t> offsets, std::size_t count,
                   std::string_view what);

} // namespace boardroom::indicators::detail
