// The fused, threaded row kernels against the scalar formulas they are built from, row by
// row as the kernels computed them before they were fused: every output bit must agree,
// on any number of threads, and errors name the first bad row whatever the thread count.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/mean.hpp"
#include "boardroom/indicators/parallel.hpp"
#include "boardroom/indicators/proportion.hpp"
#include "boardroom/indicators/rate.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace ind = boardroom::indicators;

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr std::array<double, 2> levels{0.95, 0.998};

// Same bits, or both NaN (a NaN's payload is not part of the result).
void expect_same(const std::vector<double>& actual, const std::vector<double>& expected) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i])) {
            ASSERT_TRUE(std::isnan(actual[i])) << "element " << i;
        } else {
            ASSERT_EQ(std::bit_cast<std::uint64_t>(actual[i]), std::bit_cast<std::uint64_t>(expected[i]))
                << "element " << i << ": " << actual[i] << " vs " << expected[i];
        }
    }
}

struct Rows {
    std::vector<double> x, n;
};

// More rows than parallel_min_rows, so the thread split is exercised; missing values,
// zeros, x = n, non-integer counts and small counts (exact rate limits) included.
Rows proportion_rows(std::size_t count) {
    std::mt19937_64 random(16);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    Rows rows;
    for (std::size_t i = 0; i < count; ++i) {
        double n = std::floor(1.0 + unit(random) * 5000.0) + (i % 7 == 0 ? 0.5 : 0.0);
        double x = std::min(n, std::floor(unit(random) * (n + 1.0)));
        if (i % 11 == 0) x = 0.0;
        if (i % 13 == 0) x = n;
        if (i % 101 == 0) x = nan;
        if (i % 103 == 0) n = nan;
        rows.x.push_back(x);
        rows.n.push_back(n);
    }
    return rows;
}

Rows rate_rows(std::size_t count) {
    std::mt19937_64 random(17);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    Rows rows;
    for (std::size_t i = 0; i < count; ++i) {
        double x = std::floor(unit(random) * (i % 3 == 0 ? 10.0 : 300.0)) + (i % 29 == 0 ? 0.5 : 0.0);
        double n = 50.0 + unit(random) * 1e6;
        if (i % 97 == 0) x = nan;
        if (i % 89 == 0) n = nan;
        rows.x.push_back(x);
        rows.n.push_back(n);
    }
    return rows;
}

// The per-row loops the kernels ran before they were fused.
ind::IntervalTable wilson_by_row(const Rows& rows, double multiplier) {
    auto table = ind::IntervalTable::sized(rows.x.size(), levels);
    const std::size_t count = rows.x.size();
    for (std::size_t i = 0; i < count; ++i) table.value[i] = rows.x[i] / rows.n[i] * multiplier;
    for (std::size_t l = 0; l < levels.size(); ++l) {
        const double z = ind::normal_critical_value(levels[l]);
        for (std::size_t i = 0; i < count; ++i) {
            const auto limits = ind::wilson_score_limits(rows.x[i], rows.n[i], z);
            table.lower[l * count + i] = limits.lower * multiplier;
            table.upper[l * count + i] = limits.upper * multiplier;
        }
    }
    return table;
}

ind::IntervalTable rate_by_row(const Rows& rows, double multiplier) {
    auto table = ind::IntervalTable::sized(rows.x.size(), levels);
    const std::size_t count = rows.x.size();
    for (std::size_t i = 0; i < count; ++i) {
        const double x = rows.x[i];
        const double n = rows.n[i];
        if (std::isnan(x) || std::isnan(n)) continue;
        table.value[i] = x / n * multiplier;
        for (std::size_t l = 0; l < levels.size(); ++l) {
            const auto limits = ind::rate_method(x) == ind::RateMethod::exact
                                    ? ind::exact_poisson_interval(x, levels[l])
                                    : ind::byar_limits(x, ind::normal_critical_value(levels[l]));
            table.lower[l * count + i] = limits.lower / n * multiplier;
            table.upper[l * count + i] = limits.upper / n * multiplier;
        }
    }
    return table;
}

class KernelThreads : public ::testing::TestWithParam<unsigned> {
protected:
    void SetUp() override { ind::set_kernel_threads(GetParam()); }
    void TearDown() override { ind::set_kernel_threads(0); }
};

TEST_P(KernelThreads, WilsonMatchesTheScalarFormulaBitForBit) {
    const auto rows = proportion_rows(ind::parallel_min_rows + 54321);
    const auto fused = ind::proportion_intervals(rows.x, rows.n, levels, {ind::ProportionMethod::wilson, 100.0});
    const auto scalar = wilson_by_row(rows, 100.0);
    expect_same(fused.value, scalar.value);
    expect_same(fused.lower, scalar.lower);
    expect_same(fused.upper, scalar.upper);
}

TEST_P(KernelThreads, RateMatchesTheScalarFormulasBitForBit) {
    const auto rows = rate_rows(ind::parallel_min_rows + 12345);
    auto fused = ind::IntervalTable::sized(rows.x.size(), levels);
    std::unique_ptr<bool[]> exact(new bool[rows.x.size()]);
    ind::rate_intervals(rows.x, rows.n, levels, fused.spans(), {exact.get(), rows.x.size()});
    const auto scalar = rate_by_row(rows, 100000.0);
    expect_same(fused.value, scalar.value);
    expect_same(fused.lower, scalar.lower);
    expect_same(fused.upper, scalar.upper);
    for (std::size_t i = 0; i < rows.x.size(); ++i)
        ASSERT_EQ(exact[i], rows.x[i] < ind::byar_min_count) << "row " << i;
}

TEST_P(KernelThreads, GroupedMeanWritesTheSummariesOfSummariseGroups) {
    std::mt19937_64 random(18);
    std::normal_distribution<double> normal(50.0, 12.0);
    std::vector<double> values;
    std::vector<std::size_t> offsets{0};
    for (std::size_t g = 0; g < 20000; ++g) {
        const std::size_t size = g % 5 == 0 ? 1 : g % 17;
        for (std::size_t k = 0; k < size; ++k) values.push_back(g % 1013 == 0 && k == 0 ? nan : normal(random));
        offsets.push_back(values.size());
    }
    const std::size_t groups = offsets.size() - 1;
    auto table = ind::IntervalTable::sized(groups, levels);
    std::vector<double> sum(groups), sd(groups), count(groups);
    ind::grouped_mean_intervals(values, offsets, levels, table.spans(), {sum, sd, count});
    const auto expected = ind::summarise_groups(values, offsets);
    expect_same(sum, expected.sum);
    expect_same(sd, expected.sd);
    expect_same(count, expected.count);
    const auto alone = ind::grouped_mean_intervals(values, offsets, levels);
    expect_same(table.value, alone.value);
    expect_same(table.lower, alone.lower);
    expect_same(table.upper, alone.upper);
}

TEST_P(KernelThreads, TheFirstBadRowIsReportedWhateverTheThreads) {
    auto rows = proportion_rows(ind::parallel_min_rows * 3);
    // Bad rows in several blocks: the first one is named.
    rows.x[ind::parallel_min_rows * 2 + 5] = -1.0;
    rows.n[ind::parallel_min_rows + 77] = 0.0;
    rows.x[ind::parallel_min_rows * 2 + 900] = 1e9;
    try {
        (void)ind::proportion_intervals(rows.x, rows.n, levels);
        FAIL() << "no error";
    } catch (const boardroom::InputError& error) {
        EXPECT_EQ(error.location().record, "row " + std::to_string(ind::parallel_min_rows + 78));
        EXPECT_EQ(error.location().field, "n");
    }
    auto rates = rate_rows(ind::parallel_min_rows * 3);
    rates.n[ind::parallel_min_rows * 2] = -5.0;
    rates.x[ind::parallel_min_rows + 3] = std::numeric_limits<double>::infinity();
    try {
        (void)ind::rate_intervals(rates.x, rates.n, levels);
        FAIL() << "no error";
    } catch (const boardroom::InputError& error) {
        EXPECT_EQ(error.location().record, "row " + std::to_string(ind::parallel_min_rows + 4));
        EXPECT_EQ(error.location().field, "x");
    }
}

INSTANTIATE_TEST_SUITE_P(Threads, KernelThreads, ::testing::Values(1U, 2U, 3U, 8U));

} // namespace
