#include "detail.hpp"

#include "boardroom/core/error.hpp"

#include <charconv>
#include <cmath>
#include <limits>

namespace boardroom::indicators::detail {

std::string row_label(std::size_t index) { return "row " + std::to_string(index + 1); }

void fail_row(std::size_t index, std::string_view field, const std::string& reason) {
    throw InputError({"", 0, row_label(index), std::string(field)}, reason);
}

void fail(std::string_view record, std::string_view field, const std::string& reason) {
    throw InputError({"", 0, std::string(record), std::string(field)}, reason);
}

std::string number(double value) {
    if (std::isnan(value)) return "nan";
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

void check_length(std::size_t expected, std::size_t actual, std::string_view field,
                  std::string_view reference_field) {
    if (expected == actual) return;
    fail("", field,
         std::string(field) + " has " + std::to_string(actual) + " values but " +
             std::string(reference_field) + " has " + std::to_string(expected));
}

void check_outputs(const IntervalSpans& out, std::size_t rows, std::size_t levels) {
    const auto limits = rows * levels;
    if (out.value.size() != rows)
        fail("", "value", "the value output has room for " + std::to_string(out.value.size()) +
                              " rows, not " + std::to_string(rows));
    if (out.lower.size() != limits)
        fail("", "lower", "the lower-limit output has room for " +
                              std::to_string(out.lower.size()) + " limits, not " +
                              std::to_string(limits) + " (rows x levels)");
    if (out.upper.size() != limits)
        fail("", "upper", "the upper-limit output has room for " +
                              std::to_string(out.upper.size()) + " limits, not " +
                              std::to_string(limits) + " (rows x levels)");
}

void check_multiplier(double multiplier) {
    if (!(std::isfinite(multiplier) && multiplier > 0.0))
        fail("", "multiplier",
             "the multiplier must be a positive number, not " + number(multiplier));
}

void set_row_missing(const IntervalSpans& out, std::size_t row, std::size_t rows,
                     std::size_t levels) noexcept {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    out.value[row] = nan;
    for (std::size_t l = 0; l < levels; ++l) {
        out.lower[l * rows + row] = nan;
        out.upper[l * rows + row] = nan;
    }
}

void check_offsets(std::span<const std::size_t> offsets, std::size_t count,
                   std::string_view what) {
    if (offsets.empty())
        fail("", "offsets", "offsets need at least one element (0), one more than the groups");
    if (offsets.front() != 0)
        fail("", "offsets", "offsets must start at 0, not " + std::to_string(offsets.front()));
    for (std::size_t g = 1; g < offsets.size(); ++g) {
        if (offsets[g] < offsets[g - 1])
            fail("group " + std::to_string(g), "offsets",
                 "offsets must never decrease (" + std::to_string(offsets[g - 1]) + " then " +
                     std::to_string(offsets[g]) + ")");
    }
    if (offsets.back() != count)
        fail("", "offsets",
             "offsets must end at the number of " + std::string(what) + " (" +
                 std::to_string(count) + "), not " + std::to_string(offsets.back()));
}

} // namespace boardroom::indicators::detail
