// The banded DSR and ISR kernels (one pass: band match, each band once per group, group
// sums) against dsr_intervals and isr_intervals on the same rows sorted by band: the same
// bits whatever the row order, code width or thread count; and their band problems.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/dsr.hpp"
#include "boardroom/indicators/isr.hpp"
#include "boardroom/indicators/parallel.hpp"

#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace ind = boardroom::indicators;

namespace {

using boardroom::test::input_error;

constexpr double missing = std::numeric_limits<double>::quiet_NaN();
constexpr std::array<double, 2> levels{0.95, 0.998};

// Groups of rows with every band once, in shuffled input order: x, n and band code per
// input row; order puts them in group order, offsets cut the groups.
struct Table {
    std::vector<double> x, n;
    std::vector<std::int64_t> codes;
    std::vector<std::size_t> order, offsets;
    std::size_t bands = 0;
};

Table random_table(std::size_t groups, std::size_t bands, std::uint32_t seed) {
    std::mt19937_64 random(seed);
    Table t;
    t.bands = bands;
    const std::size_t rows = groups * bands;
    // Rows in group order: each group's bands in a random order.
    std::vector<std::int64_t> grouped_codes(rows);
    std::vector<double> grouped_x(rows), grouped_n(rows);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (std::size_t g = 0; g < groups; ++g) {
        std::vector<std::int64_t> perm(bands);
        std::iota(perm.begin(), perm.end(), 0);
        std::shuffle(perm.begin(), perm.end(), random);
        for (std::size_t k = 0; k < bands; ++k) {
            const std::size_t p = g * bands + k;
            grouped_codes[p] = perm[k];
            grouped_n[p] = std::floor(50.0 + 5000.0 * unit(random));
            grouped_x[p] = unit(random) < 0.02 ? missing : std::floor(grouped_n[p] * 0.01 * unit(random) * 3.0);
        }
        t.offsets.push_back(g * bands);
    }
    t.offsets.push_back(rows);
    // Input order: a random permutation of the rows; order[p] is group position p's input row.
    t.order.resize(rows);
    std::iota(t.order.begin(), t.order.end(), std::size_t{0});
    std::shuffle(t.order.begin(), t.order.end(), random);
    t.x.resize(rows);
    t.n.resize(rows);
    t.codes.resize(rows);
    for (std::size_t p = 0; p < rows; ++p) {
        t.x[t.order[p]] = grouped_x[p];
        t.n[t.order[p]] = grouped_n[p];
        t.codes[t.order[p]] = grouped_codes[p];
    }
    return t;
}

// The rows in group order sorted by band within each group (what the numpy path hands dsr_intervals).
struct Sorted {
    std::vector<double> x, n;
    std::vector<std::size_t> band;
};

Sorted sorted_by_band(const Table& t) {
    Sorted s;
    for (std::size_t g = 0; g + 1 < t.offsets.size(); ++g) {
        std::vector<std::size_t> rows(t.order.begin() + static_cast<std::ptrdiff_t>(t.offsets[g]),
                                      t.order.begin() + static_cast<std::ptrdiff_t>(t.offsets[g + 1]));
        std::sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return t.codes[a] < t.codes[b]; });
        for (std::size_t r : rows) {
            s.x.push_back(t.x[r]);
            s.n.push_back(t.n[r]);
            s.band.push_back(static_cast<std::size_t>(t.codes[r]));
        }
    }
    return s;
}

void expect_same_bits(const std::vector<double>& a, const std::vector<double>& b, const char* what) {
    ASSERT_EQ(a.size(), b.size()) << what;
    for (std::size_t i = 0; i < a.size(); ++i)
        ASSERT_EQ(std::bit_cast<std::uint64_t>(a[i]), std::bit_cast<std::uint64_t>(b[i]))
            << what << " element " << i << ": " << a[i] << " vs " << b[i];
}

struct Outputs {
    std::vector<double> value, lower, upper, first, second, third;
    explicit Outputs(std::size_t groups, bool third_column = true, std::size_t level_count = levels.size())
        : value(groups), lower(groups * level_count), upper(groups * level_count), first(groups),
          second(groups), third(third_column ? groups : 0) {}
    ind::IntervalSpans spans() { return {value, lower, upper}; }
};

constexpr std::array<double, 1> one_level{0.95};

void expect_same(const Outputs& a, const Outputs& b) {
    expect_same_bits(a.value, b.value, "value");
    expect_same_bits(a.lower, b.lower, "lower");
    expect_same_bits(a.upper, b.upper, "upper");
    expect_same_bits(a.first, b.first, "first column");
    expect_same_bits(a.second, b.second, "second column");
    expect_same_bits(a.third, b.third, "third column");
}

std::vector<double> standard_of(std::size_t bands) {
    std::vector<double> s(bands);
    for (std::size_t k = 0; k < bands; ++k) s[k] = 1000.0 + 250.0 * static_cast<double>(k % 7);
    return s;
}

// The banded DSR of t (codes in the width of Code, labels mapped to bands by `position`).
template <class Code>
Outputs banded_dsr(const Table& t, const std::vector<double>& stdpop, const std::vector<std::int32_t>& position,
                   bool with_order = true) {
    const std::vector<Code> codes(t.codes.begin(), t.codes.end());
    const std::size_t groups = t.offsets.size() - 1;
    Outputs out(groups, false);
    ind::BandedDsrData data{t.x, t.n, {std::span<const Code>(codes), position}, stdpop,
                            with_order ? std::span<const std::size_t>(t.order) : std::span<const std::size_t>{},
                            t.offsets};
    const ind::BandProblem problem = ind::dsr_banded_intervals(data, levels, out.spans(), {out.first, out.second});
    EXPECT_FALSE(problem);
    return out;
}

std::vector<std::int32_t> identity(std::size_t bands) {
    std::vector<std::int32_t> position(bands);
    std::iota(position.begin(), position.end(), 0);
    return position;
}

class ThreadCount {
public:
    explicit ThreadCount(unsigned threads) { ind::set_kernel_threads(threads); }
    ~ThreadCount() { ind::set_kernel_threads(0); }
    ThreadCount(const ThreadCount&) = delete;
    ThreadCount& operator=(const ThreadCount&) = delete;
};

} // namespace

TEST(indicators_banded_dsr, SameBitsAsSortedRowsOnAnyThreadsAndCodeWidth) {
    // Enough groups for the thread split (parallel_min_rows), few bands to keep it quick.
    const std::size_t groups = ind::parallel_min_rows + 4321, bands = 5;
    const Table t = random_table(groups, bands, 16);
    const std::vector<double> stdpop = standard_of(bands);
    const Sorted s = sorted_by_band(t);
    std::vector<double> per_row(s.band.size());
    for (std::size_t i = 0; i < per_row.size(); ++i) per_row[i] = stdpop[s.band[i]];
    Outputs expected(groups, false);
    ind::dsr_intervals({s.x, s.n, per_row, t.offsets}, levels, expected.spans(), {expected.first, expected.second});

    const auto position = identity(bands);
    for (unsigned threads : {1U, 2U, 3U, 8U}) {
        const ThreadCount count(threads);
        expect_same(banded_dsr<std::int8_t>(t, stdpop, position), expected);
    }
    expect_same(banded_dsr<std::int16_t>(t, stdpop, position), expected);
    expect_same(banded_dsr<std::int32_t>(t, stdpop, position), expected);
    expect_same(banded_dsr<std::int64_t>(t, stdpop, position), expected);
}

TEST(indicators_banded_dsr, RowsAlreadyInGroupOrderNeedNoOrder) {
    Table t = random_table(300, 19, 3);
    // Put the input rows in group order: then order is the identity and may be left out.
    Table grouped = t;
    for (std::size_t p = 0; p < t.order.size(); ++p) {
        grouped.x[p] = t.x[t.order[p]];
        grouped.n[p] = t.n[t.order[p]];
        grouped.codes[p] = t.codes[t.order[p]];
        grouped.order[p] = p;
    }
    const std::vector<double> stdpop(ind::esp2013.begin(), ind::esp2013.end());
    // Labels coded in reverse: the position table maps each label to its band.
    std::vector<std::int32_t> reversed(19);
    for (std::size_t k = 0; k < 19; ++k) reversed[k] = static_cast<std::int32_t>(18 - k);
    expect_same(banded_dsr<std::int8_t>(grouped, stdpop, reversed, false), banded_dsr<std::int8_t>(t, stdpop, reversed));
}

TEST(indicators_banded_dsr, BandProblemsInOrderOfKindThenGroup) {
    // Three groups of three bands; input rows in group order.
    const std::vector<double> x(9, 5.0), n(9, 100.0), stdpop{1.0, 2.0, 3.0};
    const std::vector<std::size_t> offsets{0, 3, 6, 9};
    const std::vector<std::int32_t> position{0, 1, 2, -1}; // label 3 is no band of the standard
    Outputs out(3, false, 1);
    auto run = [&](const std::vector<std::int16_t>& codes) {
        ind::BandedDsrData data{x, n, {std::span<const std::int16_t>(codes), position}, stdpop, {}, offsets};
        return ind::dsr_banded_intervals(data, one_level, out.spans(),
                                         {out.first, out.second});
    };
    EXPECT_FALSE(run({0, 1, 2, 2, 1, 0, 1, 0, 2}));

    auto problem = run({0, 1, 2, 0, 0, 2, 0, 1, 1});
    EXPECT_EQ(problem.kind, ind::BandProblemKind::repeated_band);
    EXPECT_EQ(problem.group, 1U);
    EXPECT_EQ(problem.band, 0U);
    EXPECT_EQ(problem.count, 2U);

    // A missing label in the last group comes before a repeated band in the second.
    problem = run({0, 1, 2, 0, 0, 2, 0, 1, -1});
    EXPECT_EQ(problem.kind, ind::BandProblemKind::missing_label);
    EXPECT_EQ(problem.group, 2U);
    EXPECT_EQ(problem.row, 8U);

    problem = run({0, 1, 3, 0, 1, 3, 0, 1, 2});
    EXPECT_EQ(problem.kind, ind::BandProblemKind::unknown_band);
    EXPECT_EQ(problem.group, 0U);
    EXPECT_EQ(problem.row, 2U);

    const std::vector<std::size_t> short_offsets{0, 3, 5, 9};
    const std::vector<std::int16_t> codes{0, 1, 2, 2, 0, 0, 1, 2, 1};
    ind::BandedDsrData data{x, n, {std::span<const std::int16_t>(codes), position}, stdpop, {}, short_offsets};
    problem = ind::dsr_banded_intervals(data, one_level, out.spans(),
                                        {out.first, out.second});
    EXPECT_EQ(problem.kind, ind::BandProblemKind::repeated_band); // before group 2's absent band 1
    EXPECT_EQ(problem.group, 2U);
    EXPECT_EQ(problem.band, 1U);
}

TEST(indicators_banded_dsr, BadValuesNameTheRowInGroupOrderAfterBandProblems) {
    // Input rows reversed; order puts them back. Group 2's band 0 row has a negative count.
    const std::vector<double> x{5, 5, -1, 5, 5, 5}, n(6, 100.0), stdpop{1.0, 2.0, 3.0};
    const std::vector<std::int64_t> codes{2, 1, 0, 2, 1, 0};
    const std::vector<std::size_t> order{5, 4, 3, 2, 1, 0}, offsets{0, 3, 6};
    const std::vector<std::int32_t> position{0, 1, 2};
    Outputs out(2, false, 1);
    ind::BandedDsrData data{x, n, {std::span<const std::int64_t>(codes), position}, stdpop, order, offsets};
    const auto error = input_error([&] {
        (void)ind::dsr_banded_intervals(data, one_level, out.spans(),
                                        {out.first, out.second});
    });
    EXPECT_EQ(error.record(), "row 4"); // position 3 in group order is input row 2
    EXPECT_EQ(error.field(), "x");

    // A band problem anywhere is reported before the bad value.
    const std::vector<std::int64_t> repeated{2, 1, 0, 2, 1, 1};
    data.bands.codes = std::span<const std::int64_t>(repeated);
    const auto problem = ind::dsr_banded_intervals(
        data, one_level, out.spans(), {out.first, out.second});
    EXPECT_EQ(problem.kind, ind::BandProblemKind::repeated_band);
    EXPECT_EQ(problem.group, 0U);

    // A standard population summing to 0 names the group.
    const std::vector<double> zeros(3, 0.0), good(6, 5.0);
    ind::BandedDsrData zero{good, n, {std::span<const std::int64_t>(codes), position}, zeros, order, offsets};
    const auto sums = input_error([&] {
        (void)ind::dsr_banded_intervals(zero, one_level, out.spans(),
                                        {out.first, out.second});
    });
    EXPECT_EQ(sums.record(), "group 1");
    EXPECT_EQ(sums.field(), "stdpop");
}

TEST(indicators_banded_isr, SameBitsAsSortedRowsForRatiosRatesAndTotals) {
    const std::size_t groups = ind::parallel_min_rows + 77, bands = 4;
    const Table t = random_table(groups, bands, 7);
    const Sorted s = sorted_by_band(t);
    const std::vector<double> x_ref{10, 40, 90, 250}, n_ref{20000, 18000, 15000, 9000};
    std::vector<double> x_ref_rows, n_ref_rows;
    for (std::size_t b : s.band) {
        x_ref_rows.push_back(x_ref[b]);
        n_ref_rows.push_back(n_ref[b]);
    }
    std::vector<double> totals(groups);
    for (std::size_t g = 0; g < groups; ++g) totals[g] = static_cast<double>(g % 23);
    const auto position = identity(bands);
    const std::vector<std::int32_t> codes(t.codes.begin(), t.codes.end());
    for (const auto statistic : {ind::IsrStatistic::ratio, ind::IsrStatistic::rate}) {
        for (const bool with_totals : {false, true}) {
            const ind::IsrOptions options{statistic, statistic == ind::IsrStatistic::rate ? 100000.0 : 100.0};
            const bool rate = statistic == ind::IsrStatistic::rate;
            Outputs expected(groups, rate);
            ind::IsrData plain{with_totals ? std::span<const double>{} : std::span<const double>(s.x), s.n, x_ref_rows,
                               n_ref_rows, t.offsets, ind::StandardLayout::per_row,
                               with_totals ? std::span<const double>(totals) : std::span<const double>{}};
            ind::isr_intervals(plain, levels, expected.spans(), {expected.first, expected.second, expected.third},
                               options);
            for (unsigned threads : {1U, 2U}) {
                const ThreadCount count(threads);
                Outputs out(groups, rate);
                ind::BandedIsrData data{with_totals ? std::span<const double>{} : std::span<const double>(t.x),
                                        t.n, {std::span<const std::int32_t>(codes), position}, x_ref, n_ref, t.order,
                                        t.offsets,
                                        with_totals ? std::span<const double>(totals) : std::span<const double>{}};
                EXPECT_FALSE(ind::isr_banded_intervals(data, levels, out.spans(), {out.first, out.second, out.third},
                                                       options));
                expect_same(out, expected);
            }
        }
    }
}

TEST(indicators_banded_isr, BadValuesAndBandProblems) {
    const std::vector<double> x{5, 5, 5, 5}, n{100, 100, 100, -3}, x_ref{1, 2}, n_ref{10, 20};
    const std::vector<std::int8_t> codes{0, 1, 1, 0};
    const std::vector<std::size_t> offsets{0, 2, 4};
    const std::vector<std::int32_t> position{0, 1};
    Outputs out(2, false, 1);
    ind::BandedIsrData data{x, n, {std::span<const std::int8_t>(codes), position}, x_ref, n_ref, {}, offsets};
    const auto error = input_error([&] {
        (void)ind::isr_banded_intervals(data, one_level, out.spans(),
                                        {out.first, out.second, {}});
    });
    EXPECT_EQ(error.record(), "row 4");
    EXPECT_EQ(error.field(), "n");
    const std::vector<std::int8_t> absent{0, 1, 1, 1};
    data.bands.codes = std::span<const std::int8_t>(absent);
    const auto problem = ind::isr_banded_intervals(
        data, one_level, out.spans(), {out.first, out.second, {}});
    EXPECT_EQ(problem.kind, ind::BandProblemKind::repeated_band);
    EXPECT_EQ(problem.group, 1U);
    EXPECT_EQ(problem.band, 1U);
}
