// Small-number suppression: primary (hide small counts) and secondary (hide enough
// other cells that no hidden small count can be worked out from what is published).
//
// What "worked out" means here: an attacker knows the shown counts, that every line
// (a row or column with its margin, or a list with its total) adds up, and that no
// count is negative. A hidden small count is safe when some other value is consistent
// with all of that. That covers subtraction along a line, sums of rows minus sums of
// columns (a cell that lies on no cycle of hidden cells, a "bridge") and hidden cells
// pinned at zero (hidden cells of a line known to sum to 0). The check is exact: after
// flipping the sign of some lines each entry counts +1 in one line and -1 in another,
// so a table is a flow network and a hidden count can move exactly when it lies on a
// cycle of hidden cells that can carry one unit, forward through any cell and backward
// only through cells above zero. Hidden counts that are not small may be worked out;
// that discloses nothing small.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace boardroom::indicators {

/// Which counts are too small to publish. The default is the seed packs' rule:
/// counts below 5, zero included.
struct SmallCountRule {
    double low = 0.0;            ///< counts >= low ...
    double high = 5.0;           ///< ... and below high (or up to it, when inclusive)
    bool high_inclusive = false;
    bool zero_exempt = false;    ///< 0 is never small (even when low <= 0)

    /// Counts c with 0 <= c < threshold.
    static SmallCountRule below(double threshold, bool zero_exempt = false);
    /// Counts c with low <= c <= high, e.g. range(1, 5): 1 to 5, zero shown.
    static SmallCountRule range(double low, double high, bool zero_exempt = true);

    bool is_small(double count) const noexcept;
};

enum class Suppression : std::uint8_t {
    shown,
    primary,   ///< a small count
    secondary, ///< hidden so that a small count cannot be worked out
};

/// Marks small counts. NaN counts are shown (nothing to hide). Throws InputError
/// (row, field "count") for negative or infinite counts, or spans of different length.
void primary_suppression(std::span<const double> counts, const SmallCountRule& rule,
                         std::span<Suppression> out);
std::vector<Suppression> primary_suppression(std::span<const double> counts,
                                             const SmallCountRule& rule);

/// A list of cells with their total, ready to publish: values = cells then the total.
struct SuppressedLine {
    std::vector<double> values;
    std::vector<Suppression> marks;
};

/// Primary suppression of the cells and the total (the sum of the cells), then
/// secondary as in suppress_table. Throws InputError (row, field "count") for
/// negative, infinite or missing counts.
SuppressedLine suppress_with_total(std::span<const double> cells, const SmallCountRule& rule);

/// A table with margins, ready to publish. values is (rows + 1) x (cols + 1),
/// row-major: row totals in the last column, column totals in the last row, the grand
/// total last.
struct SuppressedTable {
    std::size_t rows{0}; ///< inner rows
    std::size_t cols{0}; ///< inner columns
    std::vector<double> values;
    std::vector<Suppression> marks;

    double value(std::size_t row, std::size_t col) const { return values.at(index(row, col)); }
    Suppression mark(std::size_t row, std::size_t col) const { return marks.at(index(row, col)); }
    std::size_t index(std::size_t row, std::size_t col) const noexcept {
        return row * (cols + 1) + col;
    }
};

/// Primary suppression of every cell and margin, then secondary to a fixed point:
/// (1) every line (row or column, margin included) holding a hidden entry holds at
/// least two: else hide the smallest shown entry of that line;
/// (2) every hidden small count can take another value (see above): else hide the
/// smallest shown entry of its row or column that frees it (or, failing that, the
/// smallest of them).
/// "Smallest" puts zeros last, since hidden zeros protect nothing; ties go to the first
/// entry. Each step hides one more entry, so it ends. `cells` is rows x cols, row-major.
/// Throws InputError (record "row R", field "column C", 1-based) for negative, infinite
/// or missing counts, and for a size mismatch.
SuppressedTable suppress_table(std::span<const double> cells, std::size_t rows,
                               std::size_t cols, const SmallCountRule& rule);

/// Throws DisclosureError when a list marked for publication reveals a small count:
/// shown, or hidden but worked out (see above). Throws InputError when the total is
/// not the sum of the cells or sizes disagree.
void check_disclosure(const SuppressedLine& line, const SmallCountRule& rule);

/// Throws DisclosureError when a table marked for publication reveals a small count:
/// shown, or hidden but worked out by subtraction or from counts being non-negative
/// (see above); the message names the cell. Throws InputError when a margin is not the
/// sum of its line or sizes disagree.
void check_disclosure(const SuppressedTable& table, const SmallCountRule& rule);

} // namespace boardroom::indicators
