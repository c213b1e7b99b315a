// Directly standardised rates against PHEindicatormethods reference values
// (tests/data/reference): the generated grid and the package's own DSR test workbook.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/dsr.hpp"

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

namespace {

using boardroom::test::column;
using boardroom::test::Csv;
using boardroom::test::input_error;
using boardroom::test::runs;
using boardroom::test::expect_close;

Csv read_csv(const std::string& relative) { return boardroom::test::read_reference_csv(relative); }


using boardroom::test::missing;




const std::array<const char*, 4> limit_columns{"lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl"};

// Compares value, both levels' limits and the totals of group g with a reference row.
void expect_row(const ind::DsrTable& t, std::size_t g, const Csv& ref, std::size_t r, const std::string& where,
                bool check_998 = true) {
    expect_close(t.total_count[g], ref.number(r, "total_count"), where + " total_count");
    expect_close(t.total_pop[g], ref.number(r, "total_pop"), where + " total_pop");
    expect_close(t.intervals.value[g], ref.number(r, "value"), where + " value");
    expect_close(t.intervals.lower_at(0)[g], ref.number(r, limit_columns[0]), where + " lower95");
    expect_close(t.intervals.upper_at(0)[g], ref.number(r, limit_columns[1]), where + " upper95");
    if (!check_998) return;
    expect_close(t.intervals.lower_at(1)[g], ref.number(r, limit_columns[2]), where + " lower99.8");
    expect_close(t.intervals.upper_at(1)[g], ref.number(r, limit_columns[3]), where + " upper99.8");
}

} // namespace

TEST(indicators_dsr_reference, GeneratedGridStandardPopulationColumn) {
    const Csv input = read_csv("generated/dsr_input.csv");
    const Csv ref = read_csv("generated/dsr.csv");
    std::vector<std::string> areas;
    const auto offsets = runs(input, "area", &areas);
    ASSERT_EQ(areas.size(), ref.rows.size());
    const auto x = column(input, "x"), n = column(input, "n"), stdpop = column(input, "stdpop");
    const auto table = ind::dsr_intervals({x, n, stdpop, offsets}, ind::fingertips_levels);
    for (std::size_t g = 0; g < areas.size(); ++g) {
        ASSERT_EQ(areas[g], ref.text(g, "area"));
        expect_row(table, g, ref, g, "dsr.csv " + areas[g]);
    }
}

TEST(indicators_dsr_reference, GeneratedGridShippedEsp2013) {
    const Csv input = read_csv("generated/dsr_input.csv");
    const Csv ref = read_csv("generated/dsr.csv");
    const auto offsets = runs(input, "area");
    const auto x = column(input, "x"), n = column(input, "n");
    const ind::DsrData data{x, n, ind::esp2013, offsets, ind::StandardLayout::per_band};
    const auto table = ind::dsr_intervals(data, ind::fingertips_levels);
    for (std::size_t g = 0; g + 1 < offsets.size(); ++g) expect_row(table, g, ref, g, "dsr.csv esp2013 " + ref.text(g, "area"));
}

TEST(indicators_dsr_reference, PackageWorkbookMultiplierAndSuppression) {
    const Csv input = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testdata_multiarea.csv");
    const Csv ref = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testresults_DSR.csv");
    std::vector<std::string> areas;
    const auto offsets = runs(input, "area", &areas);
    ASSERT_EQ(areas.size(), 3u);
    const auto x = column(input, "count"), n = column(input, "pop");
    const ind::DsrData data{x, n, ind::esp2013, offsets, ind::StandardLayout::per_band};
    // Rows 1-3 of the results are per 10,000, rows 5-7 per 100,000; the third area has 9 events.
    for (const auto& [multiplier, first] : {std::pair{10000.0, 0u}, std::pair{100000.0, 4u}}) {
        const auto table = ind::dsr_intervals(data, ind::fingertips_levels, {multiplier});
        for (std::size_t g = 0; g < 3; ++g) {
            ASSERT_EQ(ref.text(first + g, "area"), areas[g]);
            expect_row(table, g, ref, first + g, "testresults_DSR row " + std::to_string(first + g + 1));
        }
        EXPECT_TRUE(std::isnan(table.intervals.value[2]));
        EXPECT_EQ(table.total_count[2], 9.0);
    }
}

TEST(indicators_dsr_reference, PackageWorkbookEsp1976At95Percent) {
    // The testdata_1976 rows' 99.8% limits are ten times too large in the workbook (the package
    // does not test them either), so only value and 95% limits are compared.
    const Csv input = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testdata_1976.csv");
    const Csv ref = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testresults_DSR.csv");
    const auto x = column(input, "count"), n = column(input, "pop"), stdpop = column(input, "esp1976");
    const std::vector<std::size_t> offsets{0, x.size()};
    for (const auto& [multiplier, row] : {std::pair{10000.0, 3u}, std::pair{100000.0, 7u}}) {
        const auto table = ind::dsr_intervals({x, n, stdpop, offsets}, ind::fingertips_levels, {multiplier});
        ASSERT_EQ(ref.text(row, "area"), "testdata_1976");
        expect_row(table, 0, ref, row, "testdata_1976", false);
        EXPECT_NEAR(table.intervals.lower_at(1)[0] * 10.0, ref.number(row, "lower99_8cl"),
                    1e-9 * ref.number(row, "lower99_8cl"));
    }
}

TEST(indicators_dsr_reference, PackageWorkbookNonIndependentEvents) {
    // Wide workbook (f1..f4 people with 1..4 events per band) made long, rows ordered by
    // frequency within each area; empty cells stay as missing counts, as the package keeps them.
    const Csv wide = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testdata_nonindepe.csv");
    const Csv ref = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testresults_DSR.csv");
    std::vector<std::string> areas;
    const auto area_runs = runs(wide, "area", &areas);
    std::vector<double> people, freq, n, stdpop;
    std::vector<std::size_t> band, offsets{0};
    for (std::size_t a = 0; a + 1 < area_runs.size(); ++a) {
        for (const std::string_view frequency : {"f1", "f2", "f3", "f4"}) {
            const double f = frequency[1] - '0';
            for (std::size_t r = area_runs[a]; r < area_runs[a + 1]; ++r) {
                people.push_back(wide.number(r, frequency));
                freq.push_back(f);
                band.push_back(r - area_runs[a]);
                n.push_back(wide.number(r, "pop"));
                stdpop.push_back(ind::esp2013.at(r - area_runs[a]));
            }
        }
        offsets.push_back(people.size());
    }
    const ind::EventFrequencyData data{people, freq, band, n, stdpop, offsets};
    const auto table = ind::dsr_nonindependent_intervals(data, ind::fingertips_levels);
    ASSERT_EQ(areas.size(), 4u);
    for (std::size_t g = 0; g < 4; ++g) {
        ASSERT_EQ(ref.text(8 + g, "area"), areas[g]);
        expect_row(table, g, ref, 8 + g, "testresults_DSR " + areas[g]);
    }
}

TEST(indicators_dsr_properties, NonIndependentWithSingleEventsEqualsIndependent) {
    const std::vector<double> x{12, 30, 7, 0, 55}, n{1000, 2000, 1500, 900, 3000}, s{1, 2, 3, 4, 5};
    const std::vector<double> freq(5, 1.0);
    const std::vector<std::size_t> band{0, 1, 2, 3, 4}, offsets{0, 5};
    const auto a = ind::dsr_intervals({x, n, s, offsets}, ind::fingertips_levels);
    const auto b = ind::dsr_nonindependent_intervals({x, freq, band, n, s, offsets}, ind::fingertips_levels);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_DOUBLE_EQ(a.intervals.lower[i], b.intervals.lower[i]);
        EXPECT_DOUBLE_EQ(a.intervals.upper[i], b.intervals.upper[i]);
    }
    EXPECT_DOUBLE_EQ(a.intervals.value[0], b.intervals.value[0]);
}

TEST(indicators_dsr_properties, UniformRateEqualsCrudeRateAndLimitsBracketIt) {
    // Every band at the same rate: the DSR is that rate whatever the standard population.
    const std::vector<double> n{1000, 2000, 4000, 500}, x{10, 20, 40, 5}, s{7, 1, 3, 9};
    const std::vector<std::size_t> offsets{0, 4};
    const auto t = ind::dsr_intervals({x, n, s, offsets}, ind::fingertips_levels, {1000.0});
    EXPECT_NEAR(t.intervals.value[0], 10.0, 1e-12);
    EXPECT_LT(t.intervals.lower_at(1)[0], t.intervals.lower_at(0)[0]);
    EXPECT_LT(t.intervals.lower_at(0)[0], 10.0);
    EXPECT_GT(t.intervals.upper_at(0)[0], 10.0);
    EXPECT_GT(t.intervals.upper_at(1)[0], t.intervals.upper_at(0)[0]);
}

TEST(indicators_dsr_properties, MissingCountsAreZeroAndEmptyGroupsHaveNoValue) {
    const std::vector<double> x{missing, 20, 40}, n{100, 200, 400}, s{1, 1, 1};
    const std::vector<std::size_t> offsets{0, 0, 3};
    const auto t = ind::dsr_intervals({x, n, s, offsets}, std::array{0.95});
    EXPECT_TRUE(std::isnan(t.intervals.value[0]));
    EXPECT_EQ(t.total_count[0], 0.0);
    EXPECT_EQ(t.total_count[1], 60.0);
    EXPECT_NEAR(t.intervals.value[1], (0.0 + 0.1 + 0.1) / 3.0 * 100000.0, 1e-9);
}

TEST(indicators_dsr_errors, PackageErrorWorkbooksNameRowAndField) {
    struct Case {
        const char* file;
        std::string record;
        const char* field;
    };
    for (const Case& c : {Case{"err1", "row 6", "x"}, Case{"err3", "row 2", "n"}, Case{"err4", "row 6", "stdpop"}}) {
        const Csv input = read_csv(std::string("pheindicatormethods-tests/testdata_DSR_ISR__testdata_") + c.file + ".csv");
        const auto x = column(input, "count"), n = column(input, "pop"), s = column(input, "stdpop");
        const std::vector<std::size_t> offsets{0, x.size()};
        const auto error = input_error([&] { ind::dsr_intervals({x, n, s, offsets}, std::array{0.95}); });
        EXPECT_EQ(error.record(), c.record) << c.file;
        EXPECT_EQ(error.field(), c.field) << c.file;
    }
    // err2: a population of 0 (row 2 of Area1).
    const Csv input = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testdata_err2.csv");
    const auto x = column(input, "count"), n = column(input, "pop");
    const auto offsets = runs(input, "area");
    const auto error = input_error(
        [&] { ind::dsr_intervals({x, n, ind::esp2013, offsets, ind::StandardLayout::per_band}, std::array{0.95}); });
    EXPECT_EQ(error.record(), "row 2");
    EXPECT_EQ(error.field(), "n");
}

TEST(indicators_dsr_errors, GroupsAndBandsAreNamed) {
    const std::vector<double> x(37, 5.0), n(37, 100.0);
    const std::vector<std::size_t> offsets{0, 19, 37};
    auto error = input_error(
        [&] { ind::dsr_intervals({x, n, ind::esp2013, offsets, ind::StandardLayout::per_band}, std::array{0.95}); });
    EXPECT_EQ(error.record(), "group 2");
    EXPECT_EQ(error.field(), "stdpop");

    // Non-independent: unordered frequencies, and a band whose population disagrees.
    const std::vector<double> people{1, 2, 3}, freq{1, 2, 1}, pops{10, 10, 10}, s{1, 2, 1};
    const std::vector<std::size_t> band{0, 1, 0}, one{0, 3};
    error = input_error([&] { ind::dsr_nonindependent_intervals({people, freq, band, pops, s, one}, std::array{0.95}); });
    EXPECT_EQ(error.record(), "row 3");
    EXPECT_EQ(error.field(), "eventfreq");
    const std::vector<double> ordered{1, 1, 2}, pops2{10, 10, 11};
    error = input_error(
        [&] { ind::dsr_nonindependent_intervals({people, ordered, band, pops2, s, one}, std::array{0.95}); });
    EXPECT_EQ(error.record(), "row 3");
    EXPECT_EQ(error.field(), "n");
    const std::vector<double> bad_levels{95.0};
    error = input_error([&] { ind::dsr_intervals({x, n, ind::esp2013, offsets, ind::StandardLayout::per_band}, bad_levels); });
    EXPECT_EQ(error.field(), "confidence");
}
