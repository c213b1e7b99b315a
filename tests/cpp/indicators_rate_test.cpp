// Rates against PHEindicatormethods reference values (tests/data/reference).
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/rate.hpp"

#include "support/reference.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ind = boardroom::indicators;

namespace {

using boardroom::test::column;
using boardroom::test::Csv;
using boardroom::test::input_error;
using boardroom::test::runs;
using boardroom::test::expect_close;
using boardroom::test::level_from_text;

Csv read_csv(const std::string& relative) { return boardroom::test::read_reference_csv(relative); }


using boardroom::test::missing;



} // namespace

TEST(indicators_rate_reference, GeneratedGridBothLevelsAndMethod) {
    const Csv csv = read_csv("generated/rates.csv");
    ASSERT_EQ(csv.rows.size(), 73u);
    const auto x = column(csv, "x");
    const auto table = ind::rate_intervals(x, column(csv, "n"), ind::fingertips_levels);
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const std::string where = "rates.csv id " + csv.text(r, "id");
        EXPECT_EQ(ind::rate_method_name(ind::rate_method(x[r])), csv.text(r, "method")) << where;
        expect_close(table.value[r], csv.number(r, "value"), where + " value");
        expect_close(table.lower_at(0)[r], csv.number(r, "lower95_0cl"), where + " lower95");
        expect_close(table.upper_at(0)[r], csv.number(r, "upper95_0cl"), where + " upper95");
        expect_close(table.lower_at(1)[r], csv.number(r, "lower99_8cl"), where + " lower99.8");
        expect_close(table.upper_at(1)[r], csv.number(r, "upper99_8cl"), where + " upper99.8");
    }
}

TEST(indicators_rate_reference, PackageTestdataRateWithMultipliersAndMissingRows) {
    const Csv csv = read_csv("pheindicatormethods-tests/testdata_Rate__testdata_Rate.csv");
    ASSERT_EQ(csv.rows.size(), 20u);
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const std::array<double, 1> x{csv.number(r, "Numerator")};
        const std::array<double, 1> n{csv.number(r, "Denominator")};
        const auto table = ind::rate_intervals(x, n, ind::fingertips_levels, {csv.number(r, "multiplier")});
        const std::string where = "testdata_Rate row " + std::to_string(r + 1) + " " + csv.text(r, "Area");
        if (!csv.text(r, "method").empty()) {
            EXPECT_EQ(ind::rate_method_name(ind::rate_method(x[0])), csv.text(r, "method")) << where;
        }
        expect_close(table.value[0], csv.number(r, "value"), where + " value");
        expect_close(table.lower_at(0)[0], csv.number(r, "lower95_0cl"), where + " lower95");
        expect_close(table.upper_at(0)[0], csv.number(r, "upper95_0cl"), where + " upper95");
        expect_close(table.lower_at(1)[0], csv.number(r, "lower99_8cl"), where + " lower99.8");
        expect_close(table.upper_at(1)[0], csv.number(r, "upper99_8cl"), where + " upper99.8");
    }
}

TEST(indicators_rate_reference, PackageTestdataRateGrouped) {
    const Csv csv = read_csv("pheindicatormethods-tests/testdata_Rate__testdata_Rate_g.csv");
    ASSERT_EQ(csv.rows.size(), 12u);
    const std::array<double, 1> levels{0.95};
    const auto table = ind::rate_intervals(column(csv, "Numerator"), column(csv, "Denominator"), levels);
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        EXPECT_EQ(level_from_text(csv.text(r, "confidence")), 0.95);
        const std::string where = "testdata_Rate_g " + csv.text(r, "Area");
        expect_close(table.value[r], csv.number(r, "value"), where + " value");
        expect_close(table.lower[r], csv.number(r, "lowercl"), where + " lowercl");
        expect_close(table.upper[r], csv.number(r, "uppercl"), where + " uppercl");
    }
}

TEST(indicators_rate_reference, PackageByarLimits) {
    const Csv csv = read_csv("pheindicatormethods-tests/testdata_Byars_Wilson__testdata_B_W.csv");
    std::size_t checked = 0;
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        if (csv.text(r, "method") != "Byars") continue;
        const auto limits = ind::byar_interval(csv.number(r, "x"), level_from_text(csv.text(r, "confidence")));
        const std::string where = "testdata_B_W row " + std::to_string(r + 1);
        expect_close(limits.lower, csv.number(r, "lowercl"), where + " lower");
        expect_close(limits.upper, csv.number(r, "uppercl"), where + " upper");
        ++checked;
    }
    EXPECT_EQ(checked, 7u); // the last row: a negative Byar lower limit is NA
}

TEST(indicators_rate, SwitchesToByarAtTenEvents) {
    EXPECT_EQ(ind::rate_method(0.0), ind::RateMethod::exact);
    EXPECT_EQ(ind::rate_method(9.0), ind::RateMethod::exact);
    EXPECT_EQ(ind::rate_method(9.999), ind::RateMethod::exact);
    EXPECT_EQ(ind::rate_method(10.0), ind::RateMethod::byar);
    const std::array<double, 2> x{9.0, 10.0};
    const std::array<double, 2> n{1000.0, 1000.0};
    const auto table = ind::rate_intervals(x, n, ind::fingertips_levels);
    for (std::size_t l = 0; l < 2; ++l) {
        const double level = ind::fingertips_levels[l];
        const auto exact = ind::exact_poisson_interval(9.0, level);
        const auto byar = ind::byar_interval(10.0, level);
        expect_close(table.lower_at(l)[0], exact.lower / 1000.0 * 100000.0, "x = 9 lower");
        expect_close(table.upper_at(l)[0], exact.upper / 1000.0 * 100000.0, "x = 9 upper");
        expect_close(table.lower_at(l)[1], byar.lower / 1000.0 * 100000.0, "x = 10 lower");
        expect_close(table.upper_at(l)[1], byar.upper / 1000.0 * 100000.0, "x = 10 upper");
    }
}

TEST(indicators_rate, ExactLimitsAtZeroHaveClosedForm) {
    // chi-squared with 2 df: upper = -log(a/2); lower is 0.
    for (double level : ind::fingertips_levels) {
        const auto limits = ind::exact_poisson_interval(0.0, level);
        EXPECT_EQ(limits.lower, 0.0);
        expect_close(limits.upper, -std::log((1.0 - level) / 2.0), "x = 0 upper");
    }
}

TEST(indicators_rate, NonIntegerSmallCountsAreNotCachedWrongly) {
    // The kernel caches whole counts below 10; 2.5 and 2 must differ.
    const std::array<double, 3> x{2.0, 2.5, 2.0};
    const std::array<double, 3> n{100.0, 100.0, 100.0};
    const auto table = ind::rate_intervals(x, n, ind::fingertips_levels, {100.0});
    EXPECT_EQ(table.upper_at(1)[0], table.upper_at(1)[2]);
    EXPECT_GT(table.upper_at(1)[1], table.upper_at(1)[0]);
    expect_close(table.upper_at(0)[1], ind::exact_poisson_interval(2.5, 0.95).upper, "x = 2.5 upper");
}

TEST(indicators_rate, EventsMayExceedPopulation) {
    const std::array<double, 1> x{250.0};
    const std::array<double, 1> n{220.0};
    const auto table = ind::rate_intervals(x, n, ind::fingertips_levels);
    EXPECT_GT(table.value[0], 100000.0);
}

TEST(indicators_rate, MissingInputGivesMissingOutput) {
    const std::array<double, 3> x{5.0, missing, 20.0};
    const std::array<double, 3> n{100.0, 100.0, missing};
    const auto table = ind::rate_intervals(x, n, ind::fingertips_levels);
    EXPECT_FALSE(std::isnan(table.value[0]));
    for (std::size_t r : {1u, 2u}) {
        EXPECT_TRUE(std::isnan(table.value[r]));
        EXPECT_TRUE(std::isnan(table.lower_at(1)[r]));
        EXPECT_TRUE(std::isnan(table.upper_at(0)[r]));
    }
}

TEST(indicators_rate_errors, ImpossibleRowsNameRowAndField) {
    {
        const std::array<double, 2> x{1.0, -1.0};
        const std::array<double, 2> n{10.0, 10.0};
        const auto error = input_error([&] { ind::rate_intervals(x, n, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 2");
        EXPECT_EQ(error.field(), "x");
    }
    {
        const std::array<double, 2> x{1.0, 1.0};
        const std::array<double, 2> n{0.0, 10.0};
        const auto error = input_error([&] { ind::rate_intervals(x, n, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 1");
        EXPECT_EQ(error.field(), "n");
    }
    {
        const std::array<double, 2> x{1.0, std::numeric_limits<double>::infinity()};
        const std::array<double, 2> n{10.0, 10.0};
        const auto error = input_error([&] { ind::rate_intervals(x, n, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 2");
        EXPECT_EQ(error.field(), "x");
    }
    {
        const std::array<double, 1> x{1.0};
        const std::array<double, 1> n{10.0};
        const std::array<double, 1> levels{99.8};
        const auto error = input_error([&] { ind::rate_intervals(x, n, levels); });
        EXPECT_EQ(error.record(), "level 1");
        EXPECT_EQ(error.field(), "confidence");
        EXPECT_EQ(input_error([&] { ind::rate_intervals(x, n, ind::fingertips_levels, {-1.0}); }).field(),
                  "multiplier");
    }
}

TEST(indicators_rate, ManyRowsIntoCallerSpans) {
    constexpr std::size_t rows = 200000;
    std::vector<double> x(rows);
    std::vector<double> n(rows, 50000.0);
    for (std::size_t i = 0; i < rows; ++i) x[i] = static_cast<double>(i % 40);
    std::vector<double> value(rows);
    std::vector<double> lower(2 * rows);
    std::vector<double> upper(2 * rows);
    ind::rate_intervals(x, n, ind::fingertips_levels, {value, lower, upper});
    for (std::size_t i = 0; i < 40; ++i) {
        EXPECT_EQ(value[i], value[i + 40]);
        EXPECT_EQ(lower[rows + i], lower[rows + i + 40]);
        EXPECT_LE(lower[rows + i], lower[i]);
        EXPECT_GE(upper[rows + i], upper[i]);
    }
}
