// Rolling multi-year windows and percentage change.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/periods.hpp"
#include "boardroom/indicators/rate.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace ind = boardroom::indicators;

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

using boardroom::test::input_error;

} // namespace

TEST(indicators_periods, LabelsAsPublished) {
    EXPECT_EQ(ind::period_label(2010, 2012), "2010-12");
    EXPECT_EQ(ind::period_label(2002, 2004), "2002-04");
    EXPECT_EQ(ind::period_label(1999, 2001), "1999-01");
    EXPECT_EQ(ind::period_label(2012, 2012), "2012");
    EXPECT_EQ(ind::period_label(1900, 2012), "1900-2012");
}

TEST(indicators_periods, ThreeYearWindowsOverElevenYears) {
    // Like the seed's Table 1: 2002 to 2012 gives nine periods 2002-04 ... 2010-12.
    std::vector<int> years;
    std::vector<double> deaths;
    std::vector<double> births;
    for (int y = 2002; y <= 2012; ++y) {
        years.push_back(y);
        deaths.push_back(60.0 + (y - 2002));
        births.push_back(14000.0 - 10.0 * (y - 2002));
    }
    const std::vector<std::size_t> offsets{0, years.size()};
    const auto windows = ind::pool_rolling_windows({offsets, years, deaths, births}, 3);
    ASSERT_EQ(windows.size(), 9u);
    EXPECT_EQ(windows.label.front(), "2002-04");
    EXPECT_EQ(windows.label.back(), "2010-12");
    for (std::size_t w = 0; w < windows.size(); ++w) {
        EXPECT_EQ(windows.area[w], 0u);
        EXPECT_EQ(windows.years_present[w], 3);
        EXPECT_EQ(windows.last_year[w] - windows.first_year[w], 2);
        EXPECT_EQ(windows.numerator[w], deaths[w] + deaths[w + 1] + deaths[w + 2]);
        EXPECT_EQ(windows.denominator[w], births[w] + births[w + 1] + births[w + 2]);
    }
    // Infant mortality per 1,000 live births for every window in one call.
    const auto rates = ind::rate_intervals(windows.numerator, windows.denominator, ind::fingertips_levels, {1000.0});
    EXPECT_NEAR(rates.value[0], 1000.0 * (60 + 61 + 62) / (14000.0 + 13990.0 + 13980.0), 1e-12);
}

TEST(indicators_periods, GapsSkipWindowsOrPoolWhatIsThere) {
    // Area 0 misses 2003; area 1 has two years only; area 2 has none.
    const std::vector<int> years{2001, 2002, 2004, 2005, 2006, 2005, 2006};
    const std::vector<double> num{1, 2, 4, 5, 6, 50, 60};
    const std::vector<double> den{10, 20, 40, 50, 60, 500, 600};
    const std::vector<std::size_t> offsets{0, 5, 7, 7};
    const ind::YearlyCounts data{offsets, years, num, den};

    const auto strict = ind::pool_rolling_windows(data, 3);
    ASSERT_EQ(strict.size(), 1u);
    EXPECT_EQ(strict.label[0], "2004-06");
    EXPECT_EQ(strict.numerator[0], 15.0);

    const auto pooled = ind::pool_rolling_windows(data, 3, ind::GapRule::pool_available);
    const std::vector<std::string> labels{"2001-03", "2002-04", "2003-05", "2004-06"};
    ASSERT_EQ(pooled.label, labels);
    const std::vector<int> present{2, 2, 2, 3};
    EXPECT_EQ(pooled.years_present, present);
    const std::vector<double> numerators{3, 6, 9, 15};
    EXPECT_EQ(pooled.numerator, numerators);
    const std::vector<double> denominators{30, 60, 90, 150};
    EXPECT_EQ(pooled.denominator, denominators);

    // Two-year windows reach area 1.
    const auto two = ind::pool_rolling_windows(data, 2);
    ASSERT_EQ(two.size(), 4u); // 2001-02, 2004-05, 2005-06 for area 0; 2005-06 for area 1
    EXPECT_EQ(two.area[3], 1u);
    EXPECT_EQ(two.numerator[3], 110.0);
    EXPECT_EQ(two.label[3], "2005-06");
}

TEST(indicators_periods, MissingCountMakesPoolMissing) {
    const std::vector<int> years{2010, 2011, 2012, 2013};
    const std::vector<double> num{1, missing, 3, 4};
    const std::vector<double> den{10, 10, 10, 10};
    const std::vector<std::size_t> offsets{0, 4};
    const auto windows = ind::pool_rolling_windows({offsets, years, num, den}, 2);
    ASSERT_EQ(windows.size(), 3u);
    EXPECT_TRUE(std::isnan(windows.numerator[0]));
    EXPECT_TRUE(std::isnan(windows.numerator[1]));
    EXPECT_EQ(windows.numerator[2], 7.0);
    EXPECT_EQ(windows.denominator[0], 20.0);
}

TEST(indicators_periods_errors, YearsOutOfOrderNameTheRow) {
    const std::vector<int> years{2010, 2011, 2011, 2012};
    const std::vector<double> counts{1, 2, 3, 4};
    const std::vector<std::size_t> offsets{0, 1, 4};
    auto error = input_error([&] { ind::pool_rolling_windows({offsets, years, counts, counts}, 2); });
    EXPECT_EQ(error.record(), "row 3");
    EXPECT_EQ(error.field(), "year");
    error = input_error([&] { ind::pool_rolling_windows({offsets, years, counts, counts}, 0); });
    EXPECT_EQ(error.field(), "window_years");
    const std::vector<std::size_t> bad_offsets{0, 3};
    error = input_error([&] { ind::pool_rolling_windows({bad_offsets, years, counts, counts}, 2); });
    EXPECT_EQ(error.field(), "offsets");
    const std::vector<double> short_counts{1, 2};
    error = input_error([&] { ind::pool_rolling_windows({offsets, years, short_counts, counts}, 2); });
    EXPECT_EQ(error.field(), "numerator");
}

TEST(indicators_percent_change, FromUnroundedValues) {
    EXPECT_DOUBLE_EQ(ind::percent_change(5.8, 4.8), 100.0 * (4.8 - 5.8) / 5.8);
    // Table 1 of the seed: Lancashire 5.8 -> 4.8 is published as -17%, England 5.2 -> 4.1
    // as -21%; Chorley 5.0 -> 4.6 as -9%, which the rounded rates (-8%) cannot give:
    // the change must come from unrounded rates, so the function takes them as they are.
    EXPECT_EQ(std::round(ind::percent_change(5.8, 4.8)), -17.0);
    EXPECT_EQ(std::round(ind::percent_change(5.2, 4.1)), -21.0);
    EXPECT_EQ(std::round(ind::percent_change(5.0, 4.6)), -8.0);
    EXPECT_EQ(std::round(ind::percent_change(5.04, 4.58)), -9.0); // shown as 5.0 and 4.6
    EXPECT_TRUE(std::isnan(ind::percent_change(0.0, 4.0)));
    EXPECT_TRUE(std::isnan(ind::percent_change(missing, 4.0)));
    EXPECT_DOUBLE_EQ(ind::percent_change(-2.0, -1.0), -50.0);

    const std::array<double, 3> from{4.0, 0.0, 2.0};
    const std::array<double, 3> to{5.0, 1.0, 1.0};
    std::array<double, 3> out{};
    ind::percent_change(from, to, out);
    EXPECT_DOUBLE_EQ(out[0], 25.0);
    EXPECT_TRUE(std::isnan(out[1]));
    EXPECT_DOUBLE_EQ(out[2], -50.0);
    std::array<double, 2> short_out{};
    EXPECT_THROW(ind::percent_change(from, to, short_out), boardroom::InputError);
}
