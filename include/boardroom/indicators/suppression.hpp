// Small-number suppression: primary (hide small counts) and secondary (hide enough
// other cells that no hidden small count can be pinned down from what is published).
//
// What "pinned down" means here: an outsider knows the shown counts, that every line
// (a row or column with its margin, or a list with its total) adds up, and that no
// count is negative. From that alone each hidden entry is known to lie in a feasible
// range [lower, upper]: the least and greatest value it takes over all non-negative
// completions of the table (the linear-programming bounds). A hidden small count is
// disclosed when every value of its range is small: with the default rule (below 5)
// when upper < 5, so "*, *, 50, total 53" discloses both hidden cells (each at most 3);
// with range(1, 5) (zero shown) when lower >= 1 and upper <= 5.
// Secondary suppression widens the range of each hidden small count until it also
// holds values that are not small: its protection interval. These are the protection
// intervals and the audit of statistical disclosure control: Hundepool et al.,
// Statistical Disclosure Control (Wiley, 2012), ch. 4 (secondary cell suppression,
// protection levels, and auditing a suppressed table by linear programming); de Wolf
// et al., tau-ARGUS user's manual (Statistics Netherlands), on protection intervals
// and its audit of secondary suppression.
//
// How the ranges are computed: after flipping the sign of some lines, each entry
// counts +1 in one line and -1 in another, so a table with margins is a flow network
// (its constraint matrix is totally unimodular, so the bounds are whole numbers when
// the counts are). Entries are arcs between line nodes; a change of the hidden entries
// that keeps every line true is a circulation on the hidden arcs, free to rise on any
// arc and to fall on an arc by at most its count. So the upper bound of a hidden entry
// is its count plus the maximum flow from its head to its tail through the other
// hidden arcs (unbounded when a path runs forward only), and the lower bound its count
// minus the maximum flow the other way (at most the count). Deciding whether a cell is
// disclosed needs at most (threshold - count + 1) units of flow, a few augmenting paths
// of one pass over the cells each, so checking a table of n cells takes about O(n^2).
// Hidden counts that are not small may be pinned down; that discloses nothing small.
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
    /// Every count in [lower, upper] is small: a hidden count known to lie in that
    /// range is disclosed. False when upper is infinite or lower > upper.
    bool all_small(double lower, double upper) const noexcept;
};

enum class Suppression : std::uint8_t {
    shown,
    primary,   ///< a small count
    secondary, ///< hidden so that no small count can be pinned down
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
/// (2) no hidden small count is disclosed (its feasible range holds only small counts,
/// see above; for a list, when the hidden cells sum to less than the threshold): else
/// hide the cheapest chain of shown entries that widens its range, found as a shortest
/// augmenting path in the residual network (for a list, the smallest shown cell, or
/// the total; in a table, cells and margins closing a cycle through it). A shown entry
/// costs its count plus one, zeros most, since hidden zeros seldom protect anything;
/// ties go to the first entry. Each step hides one more entry and ranges only widen as
/// more is hidden, so it ends. `cells` is rows x cols, row-major.
/// Throws InputError (record "row R", field "column C", 1-based) for negative, infinite
/// or missing counts, and for a size mismatch.
SuppressedTable suppress_table(std::span<const double> cells, std::size_t rows,
                               std::size_t cols, const SmallCountRule& rule);

/// Throws DisclosureError when a list marked for publication reveals a small count:
/// shown, or hidden with a feasible range of small counts only (see above; e.g. hidden
/// cells of the list summing to less than the threshold). Throws InputError when the
/// total is not the sum of the cells or sizes disagree.
void check_disclosure(const SuppressedLine& line, const SmallCountRule& rule);

/// Throws DisclosureError when a table marked for publication reveals a small count:
/// shown, or hidden with a feasible range of small counts only, given the shown counts,
/// the margins and that no count is negative (see above); the message names the cell
/// and its range. Throws InputError when a margin is not the sum of its line or sizes
/// disagree.
void check_disclosure(const SuppressedTable& table, const SmallCountRule& rule);

/// The feasible range of every entry, in the order of `values`: shown entries have
/// lower = upper = their count; hidden ones the exact linear-programming bounds (upper
/// may be infinite). The bounds depend only on what is shown, not on the hidden counts,
/// which serve as a starting solution. Throws InputError as check_disclosure does.
struct FeasibleRanges {
    std::vector<double> lower;
    std::vector<double> upper;
};
FeasibleRanges feasible_ranges(const SuppressedLine& line);
FeasibleRanges feasible_ranges(const SuppressedTable& table);

} // namespace boardroom::indicators
