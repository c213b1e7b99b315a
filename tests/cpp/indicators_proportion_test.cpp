// Proportions against PHEindicatormethods reference values (tests/data/reference).
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/proportion.hpp"

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


// Binomial P(X <= k) for small n, summed directly: an independent check of the
// Clopper-Pearson limits, which are defined by tail probabilities of a/2.
double binomial_cdf(int k, int n, double p) {
    double total = 0.0;
    for (int i = 0; i <= k; ++i) {
        const double log_choose = std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0);
        total += std::exp(log_choose + i * std::log(p) + (n - i) * std::log1p(-p));
    }
    return total;
}


} // namespace

TEST(indicators_proportion_reference, GeneratedGridBothLevels) {
    const Csv csv = read_csv("generated/proportions.csv");
    ASSERT_EQ(csv.rows.size(), 77u);
    const auto x = column(csv, "x");
    const auto n = column(csv, "n");
    const auto table = ind::proportion_intervals(x, n, ind::fingertips_levels);
    ASSERT_EQ(table.rows(), csv.rows.size());
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const std::string where = "proportions.csv id " + csv.text(r, "id");
        expect_close(table.value[r], csv.number(r, "value"), where + " value");
        expect_close(table.lower_at(0)[r], csv.number(r, "lower95_0cl"), where + " lower95");
        expect_close(table.upper_at(0)[r], csv.number(r, "upper95_0cl"), where + " upper95");
        expect_close(table.lower_at(1)[r], csv.number(r, "lower99_8cl"), where + " lower99.8");
        expect_close(table.upper_at(1)[r], csv.number(r, "upper99_8cl"), where + " upper99.8");
    }
}

TEST(indicators_proportion_reference, GeneratedPercentages) {
    const Csv csv = read_csv("generated/percentages.csv");
    ASSERT_EQ(csv.rows.size(), 77u);
    const std::array<double, 1> levels{0.95};
    const auto table = ind::proportion_intervals(column(csv, "x"), column(csv, "n"), levels,
                                                 {ind::ProportionMethod::wilson, 100.0});
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const std::string where = "percentages.csv id " + csv.text(r, "id");
        expect_close(table.value[r], csv.number(r, "value"), where + " value");
        expect_close(table.lower[r], csv.number(r, "lowercl"), where + " lowercl");
        expect_close(table.upper[r], csv.number(r, "uppercl"), where + " uppercl");
    }
}

TEST(indicators_proportion_reference, PackageTestdataPropWithMissingRows) {
    const Csv csv = read_csv("pheindicatormethods-tests/testdata_Proportion__testdata_Prop.csv");
    ASSERT_EQ(csv.rows.size(), 19u);
    std::size_t missing = 0;
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const std::array<double, 1> x{csv.number(r, "Numerator")};
        const std::array<double, 1> n{csv.number(r, "Denominator")};
        const ind::ProportionOptions options{ind::ProportionMethod::wilson, csv.number(r, "multiplier")};
        const auto table = ind::proportion_intervals(x, n, ind::fingertips_levels, options);
        const std::string where = "testdata_Prop row " + std::to_string(r + 1) + " " + csv.text(r, "Area");
        expect_close(table.value[0], csv.number(r, "value"), where + " value");
        expect_close(table.lower_at(0)[0], csv.number(r, "lower95_0cl"), where + " lower95");
        expect_close(table.upper_at(0)[0], csv.number(r, "upper95_0cl"), where + " upper95");
        expect_close(table.lower_at(1)[0], csv.number(r, "lower99_8cl"), where + " lower99.8");
        expect_close(table.upper_at(1)[0], csv.number(r, "upper99_8cl"), where + " upper99.8");
        missing += std::isnan(csv.number(r, "value")) ? 1 : 0;
    }
    EXPECT_EQ(missing, 3u); // Area09-11: NA in, NA out
}

TEST(indicators_proportion_reference, PackageTestdataPropGrouped) {
    const Csv csv = read_csv("pheindicatormethods-tests/testdata_Proportion__testdata_Prop_g.csv");
    ASSERT_EQ(csv.rows.size(), 11u);
    const std::array<double, 1> levels{0.95};
    const auto table = ind::proportion_intervals(column(csv, "Numerator"), column(csv, "Denominator"), levels);
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        EXPECT_EQ(level_from_text(csv.text(r, "confidence")), 0.95);
        const std::string where = "testdata_Prop_g " + csv.text(r, "Area");
        expect_close(table.value[r], csv.number(r, "value"), where + " value");
        expect_close(table.lower[r], csv.number(r, "lowercl"), where + " lowercl");
        expect_close(table.upper[r], csv.number(r, "uppercl"), where + " uppercl");
    }
}

TEST(indicators_proportion_reference, PackageWilsonLimits) {
    const Csv csv = read_csv("pheindicatormethods-tests/testdata_Byars_Wilson__testdata_B_W.csv");
    std::size_t checked = 0;
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        if (csv.text(r, "method") != "Wilson") continue;
        const auto limits = ind::wilson_score_interval(csv.number(r, "x"), csv.number(r, "n"),
                                                       level_from_text(csv.text(r, "confidence")));
        const std::string where = "testdata_B_W row " + std::to_string(r + 1);
        expect_close(limits.lower, csv.number(r, "lowercl"), where + " lower");
        expect_close(limits.upper, csv.number(r, "uppercl"), where + " upper");
        ++checked;
    }
    EXPECT_EQ(checked, 6u); // includes a non-integer x (0.445)
}

TEST(indicators_proportion, EdgesZeroAndAll) {
    const std::array<double, 3> x{0.0, 7.0, 7.0};
    const std::array<double, 3> n{7.0, 7.0, 20.0};
    const auto table = ind::proportion_intervals(x, n, ind::fingertips_levels);
    EXPECT_EQ(table.value[0], 0.0);
    EXPECT_EQ(table.value[1], 1.0);
    for (std::size_t l = 0; l < 2; ++l) {
        EXPECT_LE(std::fabs(table.lower_at(l)[0]), 1e-15);
        EXPECT_GT(table.upper_at(l)[0], 0.0);
        EXPECT_NEAR(table.upper_at(l)[1], 1.0, 1e-15);
        EXPECT_LT(table.lower_at(l)[1], 1.0);
    }
    // The 99.8% interval contains the 95% one.
    EXPECT_LT(table.lower_at(1)[2], table.lower_at(0)[2]);
    EXPECT_GT(table.upper_at(1)[2], table.upper_at(0)[2]);
}

TEST(indicators_proportion, MissingInputGivesMissingOutputOnlyForThatRow) {
    const std::array<double, 4> x{1.0, missing, 3.0, 4.0};
    const std::array<double, 4> n{10.0, 10.0, missing, 10.0};
    const auto table = ind::proportion_intervals(x, n, ind::fingertips_levels);
    for (std::size_t r : {1u, 2u}) {
        EXPECT_TRUE(std::isnan(table.value[r]));
        for (std::size_t l = 0; l < 2; ++l) {
            EXPECT_TRUE(std::isnan(table.lower_at(l)[r]));
            EXPECT_TRUE(std::isnan(table.upper_at(l)[r]));
        }
    }
    EXPECT_DOUBLE_EQ(table.value[0], 0.1);
    EXPECT_DOUBLE_EQ(table.value[3], 0.4);
}

TEST(indicators_proportion, WritesIntoCallerSpans) {
    const std::array<double, 2> x{65.0, 1045.0};
    const std::array<double, 2> n{100.0, 5000.0};
    std::array<double, 2> value{};
    std::array<double, 4> lower{};
    std::array<double, 4> upper{};
    ind::proportion_intervals(x, n, ind::fingertips_levels, {value, lower, upper});
    // testdata_B_W: x = 65, n = 100 and x = 1045, n = 5000.
    expect_close(lower[0], 0.55254443296887967, "65/100 lower95");
    expect_close(upper[1], 0.22049130373189027, "1045/5000 upper95");
    expect_close(lower[2], 0.49549465740704313, "65/100 lower99.8");
    expect_close(upper[3], 0.22731562902525818, "1045/5000 upper99.8");

    std::array<double, 3> too_short{};
    const auto error = input_error([&] {
        ind::proportion_intervals(x, n, ind::fingertips_levels, {value, too_short, upper});
    });
    EXPECT_EQ(error.field(), "lower");
}

TEST(indicators_proportion, ClopperPearsonTailsAreHalfAlpha) {
    const std::array<double, 4> x{1.0, 5.0, 12.0, 19.0};
    const std::array<double, 4> n{20.0, 10.0, 30.0, 20.0};
    const auto table = ind::proportion_intervals(x, n, ind::fingertips_levels,
                                                 {ind::ProportionMethod::clopper_pearson, 1.0});
    for (std::size_t l = 0; l < 2; ++l) {
        const double half_alpha = (1.0 - ind::fingertips_levels[l]) / 2.0;
        for (std::size_t r = 0; r < x.size(); ++r) {
            const int k = static_cast<int>(x[r]);
            const int size = static_cast<int>(n[r]);
            // P(X >= x | lower) = a/2 and P(X <= x | upper) = a/2.
            EXPECT_NEAR(1.0 - binomial_cdf(k - 1, size, table.lower_at(l)[r]), half_alpha, 1e-12);
            EXPECT_NEAR(binomial_cdf(k, size, table.upper_at(l)[r]), half_alpha, 1e-12);
        }
    }
    // binom.test(5, 10): 0.1870860 to 0.8129140
    EXPECT_NEAR(table.lower_at(0)[1], 0.1870860, 5e-8);
    EXPECT_NEAR(table.upper_at(0)[1], 0.8129140, 5e-8);
}

TEST(indicators_proportion, ClopperPearsonClosedFormsAtZeroAndAll) {
    const std::array<double, 2> x{0.0, 15.0};
    const std::array<double, 2> n{15.0, 15.0};
    const auto table = ind::proportion_intervals(x, n, ind::fingertips_levels,
                                                 {ind::ProportionMethod::clopper_pearson, 100.0});
    for (std::size_t l = 0; l < 2; ++l) {
        const double half_alpha = (1.0 - ind::fingertips_levels[l]) / 2.0;
        const double edge = std::pow(half_alpha, 1.0 / 15.0);
        EXPECT_EQ(table.lower_at(l)[0], 0.0);
        expect_close(table.upper_at(l)[0], 100.0 * (1.0 - edge), "x = 0 upper");
        expect_close(table.lower_at(l)[1], 100.0 * edge, "x = n lower");
        EXPECT_EQ(table.upper_at(l)[1], 100.0);
    }
}

TEST(indicators_proportion_errors, ImpossibleRowsNameRowAndField) {
    const std::array<double, 3> n{10.0, 10.0, 10.0};
    {
        const std::array<double, 3> x{1.0, 2.0, 12.0};
        const auto error = input_error([&] { ind::proportion_intervals(x, n, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 3");
        EXPECT_EQ(error.field(), "x");
        EXPECT_STREQ(error.what(), "row 3: field 'x': x (12) is greater than n (10)");
    }
    {
        const std::array<double, 3> x{1.0, -2.0, 1.0};
        const auto error = input_error([&] { ind::proportion_intervals(x, n, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 2");
        EXPECT_EQ(error.field(), "x");
    }
    {
        const std::array<double, 3> x{1.0, 0.0, 0.0};
        const std::array<double, 3> zero_n{10.0, 0.0, 10.0};
        const auto error = input_error([&] { ind::proportion_intervals(x, zero_n, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 2");
        EXPECT_EQ(error.field(), "n");
    }
    {
        const std::array<double, 3> x{1.0, 1.0, 1.0};
        const std::array<double, 3> inf_n{10.0, 10.0, std::numeric_limits<double>::infinity()};
        const auto error = input_error([&] { ind::proportion_intervals(x, inf_n, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 3");
        EXPECT_EQ(error.field(), "n");
    }
    {
        // Missing x does not hide an impossible n in the same row.
        const std::array<double, 3> x{1.0, missing, 1.0};
        const std::array<double, 3> bad_n{10.0, -1.0, 10.0};
        const auto error = input_error([&] { ind::proportion_intervals(x, bad_n, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 2");
        EXPECT_EQ(error.field(), "n");
    }
}

TEST(indicators_proportion_errors, LevelsLengthsAndMultiplier) {
    const std::array<double, 2> x{1.0, 2.0};
    const std::array<double, 2> n{10.0, 10.0};
    for (double bad : {0.0, 1.0, 95.0, -0.5, missing}) {
        const std::array<double, 2> levels{0.95, bad};
        const auto error = input_error([&] { ind::proportion_intervals(x, n, levels); });
        EXPECT_EQ(error.record(), "level 2");
        EXPECT_EQ(error.field(), "confidence");
    }
    EXPECT_EQ(input_error([&] { ind::proportion_intervals(x, n, std::span<const double>{}); }).field(),
              "confidence");
    const std::array<double, 3> long_n{10.0, 10.0, 10.0};
    EXPECT_EQ(input_error([&] { ind::proportion_intervals(x, long_n, ind::fingertips_levels); }).field(), "n");
    EXPECT_EQ(input_error([&] {
                  ind::proportion_intervals(x, n, ind::fingertips_levels, {ind::ProportionMethod::wilson, 0.0});
              }).field(),
              "multiplier");
    EXPECT_THROW(ind::wilson_score_interval(1.0, 2.0, 1.5), boardroom::InputError);
    EXPECT_THROW(ind::clopper_pearson_interval(1.0, 2.0, 0.0), boardroom::InputError);
}

TEST(indicators_proportion, LevelIndexOutOfRangeIsNotFound) {
    const std::array<double, 1> x{1.0};
    const std::array<double, 1> n{2.0};
    const auto table = ind::proportion_intervals(x, n, ind::fingertips_levels);
    EXPECT_THROW(static_cast<void>(table.lower_at(2)), boardroom::NotFoundError);
}
