// Means against PHEindicatormethods reference values (tests/data/reference).
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/mean.hpp"

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


// Raw values grouped by a label column, in file order (groups are contiguous).
struct Grouped {
    std::vector<std::string> labels;
    std::vector<double> values;
    std::vector<std::size_t> offsets{0};
};

Grouped group_values(const Csv& csv, std::string_view label, std::string_view value) {
    Grouped g;
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        if (g.labels.empty() || g.labels.back() != csv.text(r, label)) {
            if (!g.labels.empty()) g.offsets.push_back(g.values.size());
            g.labels.push_back(csv.text(r, label));
        }
        g.values.push_back(csv.number(r, value));
    }
    g.offsets.push_back(g.values.size());
    return g;
}


} // namespace

TEST(indicators_mean_reference, GeneratedGroupsFromRawValues) {
    const Grouped input = group_values(read_csv("generated/means_input.csv"), "group", "value");
    const Csv expected = read_csv("generated/means.csv");
    ASSERT_EQ(input.labels.size(), 20u);
    ASSERT_EQ(expected.rows.size(), 20u);
    const auto table = ind::grouped_mean_intervals(input.values, input.offsets, ind::fingertips_levels);
    const auto summary = ind::summarise_groups(input.values, input.offsets);
    for (std::size_t g = 0; g < expected.rows.size(); ++g) {
        ASSERT_EQ(input.labels[g], expected.text(g, "group"));
        const std::string where = "means.csv " + input.labels[g];
        expect_close(summary.sum[g], expected.number(g, "value_sum"), where + " sum");
        expect_close(summary.count[g], expected.number(g, "value_count"), where + " count");
        expect_close(summary.sd[g], expected.number(g, "stdev"), where + " sd");
        expect_close(table.value[g], expected.number(g, "value"), where + " value");
        expect_close(table.lower_at(0)[g], expected.number(g, "lower95_0cl"), where + " lower95");
        expect_close(table.upper_at(0)[g], expected.number(g, "upper95_0cl"), where + " upper95");
        expect_close(table.lower_at(1)[g], expected.number(g, "lower99_8cl"), where + " lower99.8");
        expect_close(table.upper_at(1)[g], expected.number(g, "upper99_8cl"), where + " upper99.8");
    }
}

TEST(indicators_mean_reference, GeneratedGroupsFromSummaries) {
    const Csv expected = read_csv("generated/means.csv");
    const auto sum = column(expected, "value_sum");
    const auto sd = column(expected, "stdev");
    const auto count = column(expected, "value_count");
    const auto table = ind::mean_intervals({sum, sd, count, ind::Spread::standard_deviation},
                                           ind::fingertips_levels);
    // The same groups from sums of squares of the raw values.
    const Grouped input = group_values(read_csv("generated/means_input.csv"), "group", "value");
    std::vector<double> squares(input.labels.size(), 0.0);
    std::vector<double> sums(input.labels.size(), 0.0);
    for (std::size_t g = 0; g + 1 < input.offsets.size(); ++g) {
        for (std::size_t i = input.offsets[g]; i < input.offsets[g + 1]; ++i) {
            sums[g] += input.values[i];
            squares[g] += input.values[i] * input.values[i];
        }
    }
    const auto from_squares = ind::mean_intervals({sums, squares, count, ind::Spread::sum_of_squares},
                                                  ind::fingertips_levels);
    for (std::size_t g = 0; g < expected.rows.size(); ++g) {
        const std::string where = "means.csv " + expected.text(g, "group");
        for (const auto* t : {&table, &from_squares}) {
            expect_close(t->value[g], expected.number(g, "value"), where + " value");
            expect_close(t->lower_at(0)[g], expected.number(g, "lower95_0cl"), where + " lower95");
            expect_close(t->upper_at(0)[g], expected.number(g, "upper95_0cl"), where + " upper95");
            expect_close(t->lower_at(1)[g], expected.number(g, "lower99_8cl"), where + " lower99.8");
            expect_close(t->upper_at(1)[g], expected.number(g, "upper99_8cl"), where + " upper99.8");
        }
    }
}

TEST(indicators_mean_reference, PackageTestdataMeanByAreaAndUngrouped) {
    const Csv raw = read_csv("pheindicatormethods-tests/testdata_Mean__testdata_Mean.csv");
    const Csv expected = read_csv("pheindicatormethods-tests/testdata_Mean__testdata_Mean_results.csv");
    ASSERT_EQ(expected.rows.size(), 3u);
    Grouped input = group_values(raw, "area", "values");
    ASSERT_EQ(input.labels.size(), 2u);
    // "No grouping": every value as one more group, in the same call.
    const std::size_t all = input.values.size();
    input.values.insert(input.values.end(), input.values.begin(), input.values.end());
    input.offsets.push_back(2 * all);
    input.labels.emplace_back("No grouping");
    const auto table = ind::grouped_mean_intervals(input.values, input.offsets, ind::fingertips_levels);
    const auto summary = ind::summarise_groups(input.values, input.offsets);
    for (std::size_t g = 0; g < expected.rows.size(); ++g) {
        ASSERT_EQ(input.labels[g], expected.text(g, "area"));
        const std::string where = "testdata_Mean_results " + input.labels[g];
        expect_close(summary.sum[g], expected.number(g, "value_sum"), where + " sum");
        expect_close(summary.count[g], expected.number(g, "value_count"), where + " count");
        expect_close(summary.sd[g], expected.number(g, "stdev"), where + " sd");
        expect_close(table.value[g], expected.number(g, "value"), where + " value");
        expect_close(table.lower_at(0)[g], expected.number(g, "lower95_0cl"), where + " lower95");
        expect_close(table.upper_at(0)[g], expected.number(g, "upper95_0cl"), where + " upper95");
        expect_close(table.lower_at(1)[g], expected.number(g, "lower99_8cl"), where + " lower99.8");
        expect_close(table.upper_at(1)[g], expected.number(g, "upper99_8cl"), where + " upper99.8");
    }
}

TEST(indicators_mean, TCriticalValues) {
    // Student t quantiles (R qt and SciPy t.ppf agree on these digits).
    EXPECT_NEAR(ind::t_critical_value(0.95, 1.0), 12.706204736174707, 1e-11);
    EXPECT_NEAR(ind::t_critical_value(0.95, 10.0), 2.228138851986274, 1e-12);
    EXPECT_NEAR(ind::t_critical_value(0.998, 3.0), 10.214531852407385, 1e-10);
    EXPECT_NEAR(ind::t_critical_value(0.95, 1e9), ind::normal_critical_value(0.95), 1e-8);
    EXPECT_THROW(ind::t_critical_value(0.95, 0.0), boardroom::InputError);
}

TEST(indicators_mean, SmallEmptyAndMissingGroups) {
    const std::vector<double> values{5.0, 1.0, 2.0, 3.0, missing, 4.0};
    const std::vector<std::size_t> offsets{0, 1, 1, 4, 6};
    const auto table = ind::grouped_mean_intervals(values, offsets, ind::fingertips_levels);
    ASSERT_EQ(table.rows(), 4u);
    EXPECT_EQ(table.value[0], 5.0); // one value: a mean, no interval
    EXPECT_TRUE(std::isnan(table.lower_at(0)[0]));
    EXPECT_TRUE(std::isnan(table.upper_at(1)[0]));
    EXPECT_TRUE(std::isnan(table.value[1])); // empty
    EXPECT_EQ(table.value[2], 2.0);
    const double half = ind::t_critical_value(0.95, 2.0) * 1.0 / std::sqrt(3.0);
    expect_close(table.lower_at(0)[2], 2.0 - half, "1, 2, 3 lower95");
    expect_close(table.upper_at(0)[2], 2.0 + half, "1, 2, 3 upper95");
    EXPECT_TRUE(std::isnan(table.value[3])); // holds a NaN
    const auto summary = ind::summarise_groups(values, offsets);
    EXPECT_EQ(summary.count[1], 0.0);
    EXPECT_TRUE(std::isnan(summary.sd[0]));
    EXPECT_TRUE(std::isnan(summary.sum[3]));
}

TEST(indicators_mean, LargeOffsetDoesNotCancel) {
    // Mean 1e9, sd 1: a one-pass sum of squares in double would lose every digit.
    const std::vector<double> values{1e9 - 1.0, 1e9, 1e9 + 1.0};
    const std::vector<std::size_t> offsets{0, 3};
    const auto summary = ind::summarise_groups(values, offsets);
    EXPECT_EQ(summary.sd[0], 1.0);
}

TEST(indicators_mean_errors, ImpossibleSummariesNameRowAndField) {
    const std::vector<double> sum{10.0, 20.0};
    const std::vector<double> sd{1.0, 2.0};
    {
        const std::vector<double> count{5.0, 0.0};
        const auto error = input_error([&] { ind::mean_intervals({sum, sd, count}, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 2");
        EXPECT_EQ(error.field(), "count");
    }
    {
        const std::vector<double> count{2.5, 4.0};
        const auto error = input_error([&] { ind::mean_intervals({sum, sd, count}, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 1");
        EXPECT_EQ(error.field(), "count");
    }
    {
        const std::vector<double> count{5.0, 4.0};
        const std::vector<double> bad_sd{1.0, -2.0};
        const auto error = input_error([&] { ind::mean_intervals({sum, bad_sd, count}, ind::fingertips_levels); });
        EXPECT_EQ(error.record(), "row 2");
        EXPECT_EQ(error.field(), "sd");
    }
    {
        // 3 values summing to 30 have a sum of squares of at least 300.
        const std::vector<double> sums{30.0};
        const std::vector<double> squares{299.0};
        const std::vector<double> count{3.0};
        const auto error = input_error([&] {
            ind::mean_intervals({sums, squares, count, ind::Spread::sum_of_squares}, ind::fingertips_levels);
        });
        EXPECT_EQ(error.record(), "row 1");
        EXPECT_EQ(error.field(), "sum_of_squares");
        // Exactly 300 (all equal) is fine: sd 0, a zero-width interval.
        const std::vector<double> exact{300.0};
        const auto table = ind::mean_intervals({sums, exact, count, ind::Spread::sum_of_squares},
                                               ind::fingertips_levels);
        EXPECT_EQ(table.lower_at(1)[0], 10.0);
        EXPECT_EQ(table.upper_at(1)[0], 10.0);
    }
    {
        const std::vector<double> count{5.0};
        EXPECT_EQ(input_error([&] { ind::mean_intervals({sum, sd, count}, ind::fingertips_levels); }).field(),
                  "count");
    }
    {
        // One value: a mean even without an sd, and no limits.
        const std::vector<double> one{1.0, 4.0};
        const std::vector<double> no_sd{missing, 2.0};
        const auto table = ind::mean_intervals({sum, no_sd, one}, ind::fingertips_levels);
        EXPECT_EQ(table.value[0], 10.0);
        EXPECT_TRUE(std::isnan(table.lower_at(0)[0]));
        EXPECT_EQ(table.value[1], 5.0);
        EXPECT_FALSE(std::isnan(table.upper_at(1)[1]));
    }
    {
        const std::vector<double> count{5.0, missing};
        const auto table = ind::mean_intervals({sum, sd, count}, ind::fingertips_levels);
        EXPECT_TRUE(std::isnan(table.value[1]));
        EXPECT_EQ(table.value[0], 2.0);
    }
}

TEST(indicators_mean_errors, BadOffsets) {
    const std::vector<double> values{1.0, 2.0, 3.0};
    for (const std::vector<std::size_t>& offsets :
         {std::vector<std::size_t>{0, 2}, std::vector<std::size_t>{1, 3},
          std::vector<std::size_t>{0, 2, 1, 3}, std::vector<std::size_t>{}}) {
        const auto error = input_error([&] { ind::grouped_mean_intervals(values, offsets, ind::fingertips_levels); });
        EXPECT_EQ(error.field(), "offsets");
    }
    const std::vector<double> infinite{1.0, std::numeric_limits<double>::infinity(), 3.0};
    const std::vector<std::size_t> offsets{0, 1, 3};
    const auto error = input_error([&] { ind::grouped_mean_intervals(infinite, offsets, ind::fingertips_levels); });
    EXPECT_EQ(error.record(), "row 2");
    EXPECT_EQ(error.field(), "values");
}
