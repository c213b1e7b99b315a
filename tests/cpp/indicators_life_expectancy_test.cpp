// Life expectancy against PHEindicatormethods reference values (tests/data/reference) and
// the package's own life expectancy tests (tests/testthat/testLifeExpectancy.R), whose
// expected values are given to 4 decimal places and are compared at that precision.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/life_expectancy.hpp"

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
#include <utility>
#include <vector>

namespace ind = boardroom::indicators;
using Status = ind::LifeTableStatus;

namespace {

using boardroom::test::column;
using boardroom::test::Csv;
using boardroom::test::input_error;
using boardroom::test::runs;
using boardroom::test::expect_close;

Csv read_csv(const std::string& relative) { return boardroom::test::read_reference_csv(relative); }


using boardroom::test::missing;




const std::vector<double> ages(ind::life_table_start_ages.begin(), ind::life_table_start_ages.end());

// The package test's df1: one area, 20 bands.
const std::vector<double> pops1{7060,  35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601,
                                50209, 56416, 46411, 39820, 37978, 37039, 33288, 23306, 11936, 11936};
const std::vector<double> deaths1{17,  9,   4,   8,   20,  15,  24,   33,   50,   71,
                                  100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937};

double round4(double v) { return std::round(v * 1e4) / 1e4; }

} // namespace

TEST(indicators_life_reference, GeneratedGridEveryBandBothLevels) {
    const Csv input = read_csv("generated/life_expectancy_input.csv");
    const Csv ref = read_csv("generated/life_expectancy.csv");
    ASSERT_EQ(input.rows.size(), ref.rows.size());
    const auto offsets = runs(input, "area");
    const auto deaths = column(input, "deaths"), pops = column(input, "pops"), start = column(input, "startage");
    const auto t = ind::life_expectancy_intervals({deaths, pops, start, offsets}, ind::fingertips_levels);
    for (std::size_t r = 0; r < ref.rows.size(); ++r) {
        ASSERT_EQ(ref.text(r, "area"), input.text(r, "area"));
        ASSERT_EQ(ref.number(r, "startage"), start[r]);
        const std::string where = "life_expectancy.csv " + ref.text(r, "area") + " age " + ref.text(r, "startage");
        expect_close(t.intervals.value[r], ref.number(r, "value"), where + " value");
        expect_close(t.intervals.lower_at(0)[r], ref.number(r, "lower95_0cl"), where + " lower95");
        expect_close(t.intervals.upper_at(0)[r], ref.number(r, "upper95_0cl"), where + " upper95");
        expect_close(t.intervals.lower_at(1)[r], ref.number(r, "lower99_8cl"), where + " lower99.8");
        expect_close(t.intervals.upper_at(1)[r], ref.number(r, "upper99_8cl"), where + " upper99.8");
    }
    // L12 has 3,822 people: suppressed as a small population.
    EXPECT_EQ(t.status.back(), Status::small_population);
    EXPECT_EQ(t.status.front(), Status::ok);
}

TEST(indicators_life_reference, PackageTestSingleAreaAndCumulativeCounts) {
    const std::array<double, 20> value{80.16960813, 79.36245674, 75.44193645, 70.47299936, 65.52909542,
                                       60.67510088, 55.78835987, 50.92752727, 46.06740425, 41.24505636,
                                       36.49322717, 31.83343842, 27.26027992, 22.9719144,  18.76856852,
                                       14.95858336, 11.51684445, 8.618849241, 6.163942934, 6.16210635};
    const std::array<double, 20> lower{79.88268548, 79.0898816,  75.17407307, 70.20675732, 65.26548673,
                                       60.41876577, 55.53801579, 50.68279939, 45.82666794, 41.00842831,
                                       36.26223216, 31.60996318, 27.04337271, 22.76653134, 18.57570352,
                                       14.77985004, 11.34831778, 8.451134045, 5.978358351, 5.887683386};
    const std::vector<std::size_t> offsets{0, 20};
    const auto t = ind::life_expectancy_intervals({deaths1, pops1, ages, offsets}, std::array{0.95});
    for (std::size_t b = 0; b < 20; ++b) {
        EXPECT_EQ(round4(t.intervals.value[b]), round4(value[b])) << "band " << b;
        EXPECT_EQ(round4(t.intervals.lower[b]), round4(lower[b])) << "band " << b;
    }
    EXPECT_EQ(t.pops_used[0], 787954.0);
    EXPECT_EQ(t.dths_used[0], 9357.0);
    EXPECT_EQ(t.pops_used[19], 11936.0);
    EXPECT_EQ(t.dths_used[2], 9331.0);
}

TEST(indicators_life_reference, PackageTestWideIntervalsWithheldLimitsKept) {
    // df_widecis_plus: Area 1 has more deaths than people at 90+ (suppressed); Area 2's values
    // from age 45 have 95% intervals wider than 20 years: withheld, limits kept.
    const std::vector<double> p{270, 235, 246, 248, 243, 238, 246, 257, 261, 355,
                                350, 356, 346, 339, 337, 337, 333, 323, 311, 311};
    const std::vector<double> d{17, 9, 4, 8, 20, 15, 24, 33, 50, 51, 10, 16, 26, 30, 36, 22, 13, 5, 6, 1};
    std::vector<double> pops(p), deaths(d), start(ages);
    pops.insert(pops.end(), p.begin(), p.end());
    deaths.insert(deaths.end(), d.begin(), d.end());
    start.insert(start.end(), ages.begin(), ages.end());
    deaths[19] = 312;
    const std::vector<std::size_t> offsets{0, 20, 40};
    const auto t = ind::life_expectancy_intervals({deaths, pops, start, offsets}, ind::fingertips_levels);
    EXPECT_EQ(t.status[0], Status::deaths_exceed_population);
    EXPECT_EQ(t.status[1], Status::ok);
    const std::array<double, 9> shown{19.22914685, 19.44120610, 18.33467808, 14.67659995, 11.81284556,
                                      11.63815414, 10.05641628, 9.93152356,  11.95846561};
    const std::array<double, 20> lower{16.43900644, 16.53437505, 15.62922550,  12.08108630,  9.21823373,
                                       8.68414661,  6.54020385,  4.71570153,   2.37762283,   -1.60695210,
                                       -10.33328815, -17.16409724, -26.91715103, -45.04820928, -76.27067271,
                                       -137.12203187, -195.39453664, -242.37480291, -266.74198466, -298.54880400};
    for (std::size_t b = 0; b < 20; ++b) {
        EXPECT_TRUE(std::isnan(t.intervals.value[b]));
        EXPECT_TRUE(std::isnan(t.intervals.lower[b]));
        const double v = t.intervals.value[20 + b];
        if (b < shown.size()) EXPECT_EQ(round4(v), round4(shown[b])) << "band " << b;
        else EXPECT_TRUE(std::isnan(v)) << "band " << b;
        EXPECT_EQ(round4(t.intervals.lower_at(0)[20 + b]), round4(lower[b])) << "band " << b;
    }
}

TEST(indicators_life_properties, SuppressionReasonsAsThePackage) {
    // df_grouped_with_warnings, less the area with a missing band (an input error here).
    std::vector<double> deaths, pops, start;
    std::vector<std::size_t> offsets{0};
    auto add = [&](std::vector<double> d, std::vector<double> p) {
        deaths.insert(deaths.end(), d.begin(), d.end());
        pops.insert(pops.end(), p.begin(), p.end());
        start.insert(start.end(), ages.begin(), ages.end());
        offsets.push_back(deaths.size());
    };
    add(deaths1, pops1);
    auto d = deaths1;
    d[2] = -2;
    add(d, pops1);
    auto p = pops1;
    p[3] = -10;
    add(deaths1, p);
    d = deaths1;
    d[5] = 50000;
    add(d, pops1);
    add(std::vector<double>(20, 80.0), std::vector<double>(20, 100.0));
    d = deaths1;
    d[7] = missing;
    add(d, pops1);
    const auto t = ind::life_expectancy_intervals({deaths, pops, start, offsets}, std::array{0.95});
    EXPECT_EQ(t.status, (std::vector<Status>{Status::ok, Status::negative_deaths, Status::nonpositive_population,
                                             Status::deaths_exceed_population, Status::small_population,
                                             Status::missing_values}));
    for (std::size_t r = 20; r < deaths.size(); ++r) EXPECT_TRUE(std::isnan(t.intervals.value[r]));
    EXPECT_EQ(t.pops_used[20], 787954.0); // written for suppressed groups too
}

TEST(indicators_life_properties, NoDeathsAtNinetyPlusGivesNoValue) {
    auto d = deaths1;
    d[19] = 0;
    const std::vector<std::size_t> offsets{0, 20};
    const auto t = ind::life_expectancy_intervals({d, pops1, ages, offsets}, std::array{0.95});
    EXPECT_TRUE(std::isnan(t.intervals.value[0])); // infinite, as the package's Inf -> NA
    EXPECT_EQ(t.status[0], Status::ok);
}

TEST(indicators_life_properties, IntervalContainsValueAndWidensWithLevel) {
    const std::vector<std::size_t> offsets{0, 20};
    const auto t = ind::life_expectancy_intervals({deaths1, pops1, ages, offsets}, std::array{0.9, 0.95, 0.998});
    for (std::size_t b = 0; b < 20; ++b) {
        EXPECT_LT(t.intervals.lower_at(2)[b], t.intervals.lower_at(1)[b]);
        EXPECT_LT(t.intervals.lower_at(1)[b], t.intervals.lower_at(0)[b]);
        EXPECT_LT(t.intervals.lower_at(0)[b], t.intervals.value[b]);
        EXPECT_LT(t.intervals.value[b], t.intervals.upper_at(0)[b]);
        EXPECT_LT(t.intervals.upper_at(1)[b], t.intervals.upper_at(2)[b]);
    }
}

TEST(indicators_life_errors, MissingDuplicatedOrUnorderedBandsNameTheGroup) {
    std::vector<double> deaths(deaths1), pops(pops1), start(ages);
    deaths.insert(deaths.end(), deaths1.begin(), deaths1.end() - 1);
    pops.insert(pops.end(), pops1.begin(), pops1.end() - 1);
    start.insert(start.end(), ages.begin(), ages.end() - 1);
    std::vector<std::size_t> offsets{0, 20, 39};
    auto error = input_error([&] { ind::life_expectancy_intervals({deaths, pops, start, offsets}, std::array{0.95}); });
    EXPECT_EQ(error.record(), "group 2");
    EXPECT_EQ(error.field(), "startage");
    EXPECT_NE(error.reason().find("band 90 is missing"), std::string::npos) << error.reason();

    std::vector<double> swapped(ages);
    std::swap(swapped[3], swapped[4]);
    offsets = {0, 20};
    error = input_error([&] { ind::life_expectancy_intervals({deaths1, pops1, swapped, offsets}, std::array{0.95}); });
    EXPECT_EQ(error.record(), "group 1");
    EXPECT_EQ(error.field(), "startage");

    std::vector<double> duplicated(ages);
    duplicated[5] = 15;
    error = input_error([&] { ind::life_expectancy_intervals({deaths1, pops1, duplicated, offsets}, std::array{0.95}); });
    EXPECT_EQ(error.record(), "group 1");
    EXPECT_NE(error.reason().find("duplicated"), std::string::npos) << error.reason();
}

TEST(indicators_life_properties, EightyFivePlusTopBandOnlyWhenAsked) {
    // The first 19 bands (0, 1, 5, ..., 85): an error as a 90+ table, a life table with top_age 85.
    std::vector<double> ages(ind::life_table_start_ages.begin(), ind::life_table_start_ages.end() - 1);
    std::vector<double> deaths(19), population(19, 40000.0);
    for (std::size_t b = 0; b < 19; ++b) deaths[b] = 10.0 + 60.0 * static_cast<double>(b * b) / 19.0;
    const std::vector<std::size_t> offsets{0, 19};
    const std::vector<double> levels{0.95};
    ind::LifeTableData data{deaths, population, ages, offsets};
    EXPECT_THROW(ind::life_expectancy_intervals(data, levels), boardroom::InputError);
    data.top_age = 85.0;
    const ind::LifeTable table = ind::life_expectancy_intervals(data, levels);
    // The open band alone: e = l / M / l = 1 / M.
    EXPECT_NEAR(table.intervals.value[18], population[18] / deaths[18], 1e-12);
    EXPECT_LT(table.intervals.lower_at(0)[0], table.intervals.value[0]);
    data.top_age = 80.0;
    EXPECT_THROW(ind::life_expectancy_intervals(data, levels), boardroom::InputError);
}
