// Rows sorted into groups by a counting sort: what every grouped kernel's offsets come from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <variant>
#include <vector>

namespace boardroom::indicators {

/// Rows in group order: group g is rows order[offsets[g] .. offsets[g+1]), in input
/// order within the group (a stable counting sort, linear in rows + groups).
struct GroupOrder {
    std::vector<std::size_t> order;
    std::vector<std::size_t> offsets; ///< groups + 1 elements, from 0 to rows
};

/// Sorts rows by their group code, 0 <= codes[i] < groups (else InputError naming the
/// row, field "codes").
GroupOrder group_order(std::span<const std::int64_t> codes, std::size_t groups);

/// One key column's codes as the grouping reads them, in their own integer width: each
/// row's code is raw - low, or space - 1 when that is negative (a missing value, sorted
/// last), then table[code] when a table is given; codes must sort as the key's values.
struct KeyCodes {
    std::variant<std::span<const std::int8_t>, std::span<const std::int16_t>,
                 std::span<const std::int32_t>, std::span<const std::int64_t>>
        raw = std::span<const std::int64_t>{};
    std::int64_t low = 0;
    std::uint64_t space = 1;                  ///< codes lie in [0, space)
    std::span<const std::int64_t> table = {}; ///< optional: code -> its rank among the key's values
};

/// Groups of rows that are already grouped and in key order.
struct SortedGroups {
    bool sorted = false;               ///< false: the rows are not in key order (nothing else set)
    std::vector<std::size_t> offsets;  ///< group g is rows offsets[g] .. offsets[g+1]
    std::vector<std::int64_t> codes;   ///< each group's keys as one mixed-radix code, first key first
};

/// The groups of rows by several keys, when the rows are already in key order (as an
/// extract writes them), in one pass and with nothing written per row: each row's keys
/// combined into one code in mixed radix (the product of the spaces must stay below
/// 2^62), checked to never decrease, and cut where it changes. Throws InputError naming
/// the row (field "codes") for a code outside its space or table.
SortedGroups sorted_groups(std::span<const KeyCodes> keys, std::size_t rows);

} // namespace boardroom::indicators
