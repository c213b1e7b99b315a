#include "boardroom/indicators/groups.hpp"

#include "detail.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace boardroom::indicators {

GroupOrder group_order(std::span<const std::int64_t> codes, std::size_t groups) {
    GroupOrder result;
    result.offsets.assign(groups + 1, 0);
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const std::int64_t code = codes[i];
        if (code < 0 || static_cast<std::uint64_t>(code) >= groups)
            detail::fail_row(i, "codes",
                             "group code " + std::to_string(code) + " is outside 0.." +
                                 std::to_string(groups) + " (exclusive)");
        ++result.offsets[static_cast<std::size_t>(code) + 1];
    }
    for (std::size_t g = 0; g < groups; ++g) result.offsets[g + 1] += result.offsets[g];
    // Each row goes to the next free place of its group: stable, one pass.
    std::vector<std::size_t> next(result.offsets.begin(), result.offsets.end() - 1);
    result.order.resize(codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i)
        result.order[next[static_cast<std::size_t>(codes[i])]++] = i;
    return result;
}

SortedGroups sorted_groups(std::span<const KeyCodes> keys, std::size_t rows) {
    SortedGroups result;
    std::vector<std::int64_t> stride(keys.size(), 1);
    for (std::size_t k = keys.size(); k-- > 1;)
        stride[k - 1] = stride[k] * static_cast<std::int64_t>(keys[k].space);
    for (const KeyCodes& key : keys) {
        const std::size_t size = std::visit([](auto raw) { return raw.size(); }, key.raw);
        detail::check_length(rows, size, "codes", "rows");
        if (key.space == 0) detail::fail("", "codes", "a key's codes need a space of at least 1");
    }
    // Rows in chunks: each key's codes are added into the chunk's combined codes in a loop
    // of their own width, then the chunk is scanned for where the code changes.
    constexpr std::size_t chunk = 4096;
    std::array<std::int64_t, chunk> combined{};
    std::int64_t previous = -1;
    for (std::size_t begin = 0; begin < rows; begin += chunk) {
        const std::size_t count = std::min(chunk, rows - begin);
        std::fill(combined.begin(), combined.begin() + static_cast<std::ptrdiff_t>(count), 0);
        for (std::size_t k = 0; k < keys.size(); ++k) {
            const KeyCodes& key = keys[k];
            const auto space = static_cast<std::int64_t>(key.space);
            std::visit(
                [&](auto raw) {
                    for (std::size_t i = 0; i < count; ++i) {
                        std::int64_t code = static_cast<std::int64_t>(raw[begin + i]) - key.low;
                        if (code < 0) code = space - 1;
                        if (!key.table.empty())
                            code = static_cast<std::uint64_t>(code) < key.table.size()
                                       ? key.table[static_cast<std::size_t>(code)]
                                       : -1;
                        if (code < 0 || code >= space)
                            detail::fail_row(begin + i, "codes",
                                             "key code " + std::to_string(code) + " is outside 0.." +
                                                 std::to_string(space) + " (exclusive)");
                        combined[i] += code * stride[k];
                    }
                },
                key.raw);
        }
        for (std::size_t i = 0; i < count; ++i) {
            const std::int64_t code = combined[i];
            if (code == previous) continue;
            if (code < previous) return SortedGroups{};
            result.offsets.push_back(begin + i);
            result.codes.push_back(code);
            previous = code;
        }
    }
    result.offsets.push_back(rows);
    result.sorted = true;
    return result;
}

} // namespace boardroom::indicators
