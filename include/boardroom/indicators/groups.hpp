// Rows sorted into groups by a counting sort: what every grouped kernel's offsets come from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
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

} // namespace boardroom::indicators
