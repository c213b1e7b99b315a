#include "boardroom/indicators/groups.hpp"

#include "detail.hpp"

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

} // namespace boardroom::indicators
