// One pass over groups of rows matched to a standard population by band, shared by the
// banded DSR and ISR kernels. Not installed.
//
// Each group's rows are placed by their band (slot[k] is the row of the standard's band
// k), so a group's sums run in the standard's band order whatever the order of its rows,
// and each band is checked to be there exactly once, with no sort and no array per row.
// Groups are cut into fixed blocks for the thread split; a problem is recorded, never
// thrown, inside a block, so the one reported is the same on any number of threads.
#pragma once

#include "boardroom/indicators/standard_population.hpp"

#include "detail.hpp"
#include "kernels.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace boardroom::indicators::detail {

/// Groups per block of the thread split: a fixed number, whatever the thread count.
inline constexpr std::size_t banded_block_groups = 2048;

inline constexpr std::size_t no_group = std::numeric_limits<std::size_t>::max();

/// Rows of every group, with their band codes: group g is positions offsets[g] ..
/// offsets[g+1] of `order` (input rows in group order; empty when they already are).
template <class Code>
struct BandedRows {
    std::span<const Code> codes;
    std::span<const std::int32_t> position;
    std::span<const std::size_t> order;
    std::span<const std::size_t> offsets;
    std::size_t bands;

    [[nodiscard]] std::size_t row(std::size_t p) const noexcept { return order.empty() ? p : order[p]; }
};

/// Checks shared by the banded kernels: codes, order and offsets against the rows.
inline void check_banded(std::size_t rows, const BandCodes& bands, std::span<const std::size_t> order,
                         std::span<const std::size_t> offsets) {
    const std::size_t codes = std::visit([](auto c) { return c.size(); }, bands.codes);
    check_length(rows, codes, "ageband", "x");
    if (!order.empty()) {
        check_length(rows, order.size(), "order", "x");
        for (std::size_t p = 0; p < rows; ++p)
            if (order[p] >= rows)
                fail("", "order", "order holds row " + std::to_string(order[p]) + ", past the " +
                                      std::to_string(rows) + " rows");
    }
    check_offsets(offsets, rows, "rows");
}

// The problems of one block, the first of each kind (kinds in BandProblemKind order).
struct BlockProblems {
    std::array<BandProblem, 4> first{};
    std::size_t failed_group = no_group; // first group whose work reported a bad value

    void note(BandProblem problem) noexcept {
        BandProblem& slot = first[static_cast<std::size_t>(problem.kind) - 1];
        if (!slot) slot = problem;
    }
};

// Places group g's rows by band into slot (bands elements) and counts them in seen;
// notes the group's problems in `block` and returns whether it has none.
template <class Code>
bool place_group(const BandedRows<Code>& rows, std::size_t g, std::size_t* slot, std::uint32_t* seen,
                 BlockProblems& block) {
    const std::size_t begin = rows.offsets[g];
    const std::size_t end = rows.offsets[g + 1];
    const std::size_t labels = rows.position.size();
    std::fill(seen, seen + rows.bands, 0U);
    bool clean = true;
    for (std::size_t p = begin; p < end; ++p) {
        const Code code = rows.codes[rows.row(p)];
        if (code < 0) {
            block.note({BandProblemKind::missing_label, g, p, 0, 0});
            clean = false;
            continue;
        }
        const auto label = static_cast<std::size_t>(code);
        const std::int32_t k = label < labels ? rows.position[label] : -1;
        if (k < 0 || static_cast<std::size_t>(k) >= rows.bands) {
            block.note({BandProblemKind::unknown_band, g, p, 0, 0});
            clean = false;
            continue;
        }
        ++seen[k];
        slot[k] = p;
    }
    if (!clean || begin == end) return clean;
    for (std::size_t k = 0; k < rows.bands; ++k)
        if (seen[k] > 1) {
            block.note({BandProblemKind::repeated_band, g, 0, k, seen[k]});
            clean = false;
            break;
        }
    for (std::size_t k = 0; k < rows.bands; ++k)
        if (seen[k] == 0) {
            block.note({BandProblemKind::absent_band, g, 0, k, 0});
            clean = false;
            break;
        }
    return clean;
}

/// Runs work(g, slot, rows) on every group whose bands are each there once (slot[k] is
/// the position in group order of band k's row; a group without rows gets an empty
/// slot); work returns false for a group with a bad value. Returns the first band
/// problem; without one, calls fail(g, slot) on the first group whose work returned
/// false, which must throw. Results of groups after a problem are unspecified.
template <class Code, class Work, class Fail>
BandProblem for_banded_groups(const BandedRows<Code>& rows, Work&& work, Fail&& fail) {
    const std::size_t groups = rows.offsets.size() - 1;
    const std::size_t blocks = (groups + banded_block_groups - 1) / banded_block_groups;
    std::vector<BlockProblems> problems(blocks);
    for_blocks(groups, banded_block_groups, [&](std::size_t first, std::size_t last) {
        BlockProblems& block = problems[first / banded_block_groups];
        std::vector<std::size_t> slot(rows.bands);
        std::vector<std::uint32_t> seen(rows.bands);
        for (std::size_t g = first; g < last; ++g) {
            const bool clean = place_group(rows, g, slot.data(), seen.data(), block);
            const bool empty = rows.offsets[g] == rows.offsets[g + 1];
            if (clean && block.failed_group == no_group &&
                !work(g, std::span<const std::size_t>(slot.data(), empty ? 0 : rows.bands)))
                block.failed_group = g;
        }
    });
    for (std::size_t kind = 0; kind < 4; ++kind)
        for (const BlockProblems& block : problems)
            if (block.first[kind]) return block.first[kind];
    for (const BlockProblems& block : problems)
        if (block.failed_group != no_group) {
            std::vector<std::size_t> slot(rows.bands);
            std::vector<std::uint32_t> seen(rows.bands);
            BlockProblems again;
            place_group(rows, block.failed_group, slot.data(), seen.data(), again);
            fail(block.failed_group, std::span<const std::size_t>(slot));
        }
    return {};
}

/// Calls f(BandedRows<Code>) with the codes in their own width.
template <class F>
decltype(auto) visit_banded(const BandCodes& bands, std::span<const std::size_t> order,
                            std::span<const std::size_t> offsets, std::size_t band_count, F&& f) {
    return std::visit(
        [&](auto codes) {
            using Code = typename decltype(codes)::value_type;
            return f(BandedRows<std::remove_const_t<Code>>{codes, bands.position, order, offsets, band_count});
        },
        bands.codes);
}

} // namespace boardroom::indicators::detail
