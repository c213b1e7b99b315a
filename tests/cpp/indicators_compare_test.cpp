// Benchmark and quintile comparisons (Fingertips rules, tests/data/reference/README.md).
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/compare.hpp"
#include "boardroom/indicators/rate.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace ind = boardroom::indicators;
using ind::Category;
using ind::Polarity;

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

using boardroom::test::input_error;

} // namespace

TEST(indicators_compare_benchmark, OneLevelWithEachPolarity) {
    // Interval above, containing, below the benchmark 10.
    EXPECT_EQ(ind::compare_with_benchmark(11.0, 14.0, 10.0, Polarity::high_is_good), Category::better);
    EXPECT_EQ(ind::compare_with_benchmark(11.0, 14.0, 10.0, Polarity::low_is_good), Category::worse);
    EXPECT_EQ(ind::compare_with_benchmark(11.0, 14.0, 10.0, Polarity::no_judgement), Category::higher);
    EXPECT_EQ(ind::compare_with_benchmark(6.0, 9.0, 10.0, Polarity::high_is_good), Category::worse);
    EXPECT_EQ(ind::compare_with_benchmark(6.0, 9.0, 10.0, Polarity::low_is_good), Category::better);
    EXPECT_EQ(ind::compare_with_benchmark(6.0, 9.0, 10.0, Polarity::no_judgement), Category::lower);
    for (auto polarity : {Polarity::high_is_good, Polarity::low_is_good, Polarity::no_judgement})
        EXPECT_EQ(ind::compare_with_benchmark(8.0, 12.0, 10.0, polarity), Category::similar);
}

TEST(indicators_compare_benchmark, TouchingTheBenchmarkIsSimilar) {
    // Strict inequalities: a limit equal to the benchmark is not significant.
    EXPECT_EQ(ind::compare_with_benchmark(10.0, 12.0, 10.0, Polarity::high_is_good), Category::similar);
    EXPECT_EQ(ind::compare_with_benchmark(8.0, 10.0, 10.0, Polarity::high_is_good), Category::similar);
}

TEST(indicators_compare_benchmark, TwoLevelsGiveBestAndWorst) {
    const ind::Limits inner{11.0, 14.0};
    const ind::Limits outer_excludes{10.5, 15.0};
    const ind::Limits outer_includes{9.0, 16.0};
    EXPECT_EQ(ind::compare_with_benchmark(inner, outer_excludes, 10.0, Polarity::high_is_good), Category::best);
    EXPECT_EQ(ind::compare_with_benchmark(inner, outer_excludes, 10.0, Polarity::low_is_good), Category::worst);
    EXPECT_EQ(ind::compare_with_benchmark(inner, outer_includes, 10.0, Polarity::high_is_good), Category::better);
    EXPECT_EQ(ind::compare_with_benchmark(inner, outer_includes, 10.0, Polarity::low_is_good), Category::worse);
    EXPECT_EQ(ind::compare_with_benchmark(inner, outer_excludes, 10.0, Polarity::no_judgement), Category::higher);
    const ind::Limits low_inner{6.0, 9.0};
    const ind::Limits low_outer{5.0, 9.5};
    EXPECT_EQ(ind::compare_with_benchmark(low_inner, low_outer, 10.0, Polarity::high_is_good), Category::worst);
    EXPECT_EQ(ind::compare_with_benchmark(low_inner, low_outer, 10.0, Polarity::low_is_good), Category::best);
    EXPECT_EQ(ind::compare_with_benchmark(low_inner, low_outer, 10.0, Polarity::no_judgement), Category::lower);
    EXPECT_EQ(ind::compare_with_benchmark({8.0, 12.0}, {7.0, 13.0}, 10.0, Polarity::low_is_good), Category::similar);
}

TEST(indicators_compare_benchmark, MissingInputIsNotCompared) {
    EXPECT_EQ(ind::compare_with_benchmark(missing, 14.0, 10.0, Polarity::high_is_good), Category::not_compared);
    EXPECT_EQ(ind::compare_with_benchmark(11.0, missing, 10.0, Polarity::high_is_good), Category::not_compared);
    EXPECT_EQ(ind::compare_with_benchmark(11.0, 14.0, missing, Polarity::high_is_good), Category::not_compared);
    EXPECT_EQ(ind::compare_with_benchmark({11.0, 14.0}, {missing, 15.0}, 10.0, Polarity::high_is_good),
              Category::not_compared);
}

TEST(indicators_compare_benchmark, LabelsAndColours) {
    struct Expected {
        Category category;
        const char* label;
        const char* colour;
    };
    const std::array<Expected, 13> expected{{
        {Category::not_compared, "Not compared", "#c9c9c9"},
        {Category::similar, "Similar", "#ffc000"},
        {Category::better, "Better", "#92d050"},
        {Category::worse, "Worse", "#c00000"},
        {Category::best, "Best", "#00b092"},
        {Category::worst, "Worst", "#821733"},
        {Category::higher, "Higher", "#C2CCFF"},
        {Category::lower, "Lower", "#5555E6"},
        {Category::quintile_1, "Lowest", ""},
        {Category::quintile_2, "Low", ""},
        {Category::quintile_3, "Middle", ""},
        {Category::quintile_4, "High", ""},
        {Category::quintile_5, "Highest", ""},
    }};
    for (const auto& e : expected) {
        EXPECT_EQ(ind::label(e.category), e.label);
        EXPECT_EQ(ind::colour(e.category), e.colour);
    }
}

TEST(indicators_compare_benchmark, RatesTableAgainstEnglandBothLevels) {
    // Rates per 100,000 against a benchmark of 50: clearly above, marginally above
    // (outside 95% only), similar, below, and a missing row.
    const std::array<double, 5> x{400.0, 130.0, 50.0, 20.0, missing};
    const std::array<double, 5> n{100000.0, 200000.0, 100000.0, 100000.0, 100000.0};
    const auto table = ind::rate_intervals(x, n, ind::fingertips_levels);
    ASSERT_GT(table.lower_at(0)[1], 50.0);
    ASSERT_LT(table.lower_at(1)[1], 50.0);
    const auto low_is_good = ind::compare_with_benchmark(table, 50.0, Polarity::low_is_good);
    const std::vector<Category> expected{Category::worst, Category::worse, Category::similar,
                                         Category::best, Category::not_compared};
    EXPECT_EQ(low_is_good, expected);

    // One level only: no best or worst.
    const std::array<double, 1> level{0.95};
    const auto single = ind::rate_intervals(x, n, level);
    const auto one = ind::compare_with_benchmark(single, 50.0, Polarity::high_is_good);
    const std::vector<Category> expected_one{Category::better, Category::better, Category::similar,
                                             Category::worse, Category::not_compared};
    EXPECT_EQ(one, expected_one);

    // A benchmark per row (e.g. each area's region).
    const std::array<double, 5> regions{500.0, 50.0, 10.0, 20.0, 50.0};
    const auto per_row = ind::compare_with_benchmark(table, regions, Polarity::no_judgement);
    const std::vector<Category> expected_rows{Category::lower, Category::higher, Category::higher,
                                              Category::similar, Category::not_compared};
    EXPECT_EQ(per_row, expected_rows);
}

TEST(indicators_compare_errors, InconsistentIntervalsNameTheRow) {
    const std::array<double, 2> lower{1.0, 5.0};
    const std::array<double, 2> upper{2.0, 4.0};
    const std::array<double, 2> benchmark{1.5, 1.5};
    std::array<Category, 2> out{};
    auto error = input_error([&] { ind::compare_with_benchmark(lower, upper, 1, benchmark, Polarity::high_is_good, out); });
    EXPECT_EQ(error.record(), "row 2");
    EXPECT_EQ(error.field(), "lower");

    // Two levels in the wrong order: the "outer" interval is the narrower one.
    const std::array<double, 4> lower2{1.0, 2.0, 1.5, 1.5};
    const std::array<double, 4> upper2{4.0, 3.0, 3.5, 3.5};
    error = input_error([&] { ind::compare_with_benchmark(lower2, upper2, 2, benchmark, Polarity::high_is_good, out); });
    EXPECT_EQ(error.record(), "row 1");
    error = input_error([&] { ind::compare_with_benchmark(lower2, upper2, 3, benchmark, Polarity::high_is_good, out); });
    EXPECT_EQ(error.field(), "levels");
    const std::array<double, 3> short_lower{1.0, 2.0, 3.0};
    error = input_error([&] { ind::compare_with_benchmark(short_lower, upper, 1, benchmark, Polarity::high_is_good, out); });
    EXPECT_EQ(error.field(), "lower");

    auto table = ind::IntervalTable::sized(1, std::array<double, 2>{0.998, 0.95});
    error = input_error([&] { static_cast<void>(ind::compare_with_benchmark(table, 1.0, Polarity::high_is_good)); });
    EXPECT_EQ(error.field(), "levels");
}

TEST(indicators_compare_quintiles, BoundsInterpolateLikeRType7) {
    std::vector<double> values;
    for (int v = 10; v >= 1; --v) values.push_back(v); // order does not matter
    const auto bounds = ind::quintile_bounds(values);
    ASSERT_TRUE(bounds.has_value());
    // quantile(1:10, c(.2, .4, .6, .8)) = 2.8 4.6 6.4 8.2
    EXPECT_NEAR(bounds->upper[0], 2.8, 1e-12);
    EXPECT_NEAR(bounds->upper[1], 4.6, 1e-12);
    EXPECT_NEAR(bounds->upper[2], 6.4, 1e-12);
    EXPECT_NEAR(bounds->upper[3], 8.2, 1e-12);
    const auto categories = ind::quintile_categories(values);
    const std::vector<Category> expected{Category::quintile_5, Category::quintile_5, Category::quintile_4,
                                         Category::quintile_4, Category::quintile_3, Category::quintile_3,
                                         Category::quintile_2, Category::quintile_2, Category::quintile_1,
                                         Category::quintile_1};
    EXPECT_EQ(categories, expected);
}

TEST(indicators_compare_quintiles, ValueOnABoundBelongsToTheLowerBand) {
    // Six values: positions 2, 3, 4, 5 exactly, so the bounds are values.
    const std::vector<double> values{1.0, 2.0, 3.0, 4.0, 5.0, 6.0};
    const auto bounds = ind::quintile_bounds(values);
    ASSERT_TRUE(bounds.has_value());
    EXPECT_EQ(bounds->upper[0], 2.0);
    EXPECT_EQ(ind::quintile_category(2.0, *bounds), Category::quintile_1);
    EXPECT_EQ(ind::quintile_category(2.0000001, *bounds), Category::quintile_2);
    EXPECT_EQ(ind::quintile_category(6.0, *bounds), Category::quintile_5);
    EXPECT_EQ(ind::quintile_category(missing, *bounds), Category::not_compared);
}

TEST(indicators_compare_quintiles, NeedFiveValuesAndSkipMissing) {
    const std::vector<double> four{1.0, missing, 2.0, 3.0, 4.0};
    EXPECT_FALSE(ind::quintile_bounds(four).has_value());
    for (Category c : ind::quintile_categories(four)) EXPECT_EQ(c, Category::not_compared);
    const std::vector<double> five{1.0, missing, 2.0, 3.0, 4.0, 5.0};
    const auto categories = ind::quintile_categories(five);
    EXPECT_EQ(categories[0], Category::quintile_1);
    EXPECT_EQ(categories[1], Category::not_compared);
    EXPECT_EQ(categories[5], Category::quintile_5);
    const std::vector<double> infinite{1.0, 2.0, std::numeric_limits<double>::infinity(), 3.0, 4.0, 5.0};
    const auto error = input_error([&] { static_cast<void>(ind::quintile_bounds(infinite)); });
    EXPECT_EQ(error.record(), "row 3");
}
