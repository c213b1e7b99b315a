// Indirect standardisation against PHEindicatormethods reference values
// (tests/data/reference): the generated grid and the package's own ISR test workbook.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/isr.hpp"

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
#include <tuple>
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




void expect_row(const ind::IsrTable& t, std::size_t g, const Csv& ref, std::size_t r, const std::string& where,
                bool both_levels = true) {
    expect_close(t.observed[g], ref.number(r, "observed"), where + " observed");
    expect_close(t.expected[g], ref.number(r, "expected"), where + " expected");
    if (!t.ref_rate.empty() && ref.header.size() > 10) expect_close(t.ref_rate[g], ref.number(r, "ref_rate"), where + " ref_rate");
    expect_close(t.intervals.value[g], ref.number(r, "value"), where + " value");
    expect_close(t.intervals.lower_at(0)[g], ref.number(r, "lower95_0cl"), where + " lower95");
    expect_close(t.intervals.upper_at(0)[g], ref.number(r, "upper95_0cl"), where + " upper95");
    if (!both_levels) return;
    expect_close(t.intervals.lower_at(1)[g], ref.number(r, "lower99_8cl"), where + " lower99.8");
    expect_close(t.intervals.upper_at(1)[g], ref.number(r, "upper99_8cl"), where + " upper99.8");
}

} // namespace

TEST(indicators_isr_reference, GeneratedGridRatioAndRate) {
    const Csv input = read_csv("generated/isr_input.csv");
    std::vector<std::string> areas;
    const auto offsets = runs(input, "area", &areas);
    const auto x = column(input, "x"), n = column(input, "n"), xr = column(input, "x_ref"), nr = column(input, "n_ref");
    const ind::IsrData data{x, n, xr, nr, offsets};
    for (const auto& [file, options] : {std::pair{"isratio", ind::IsrOptions{ind::IsrStatistic::ratio, 1.0}},
                                        std::pair{"israte", ind::IsrOptions{ind::IsrStatistic::rate, 100000.0}}}) {
        const Csv ref = read_csv(std::string("generated/") + file + ".csv");
        ASSERT_EQ(ref.rows.size(), areas.size());
        const auto table = ind::isr_intervals(data, ind::fingertips_levels, options);
        for (std::size_t g = 0; g < areas.size(); ++g) {
            ASSERT_EQ(ref.text(g, "area"), areas[g]);
            expect_row(table, g, ref, g, std::string(file) + " " + areas[g]);
        }
    }
}

TEST(indicators_isr_reference, PackageWorkbookRatesRatiosAndReferenceVector) {
    const Csv input = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testdata_multiarea_isr.csv");
    const Csv refdata = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__refdata.csv");
    const Csv ref = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testresults_ISR.csv");
    std::vector<std::string> areas;
    const auto offsets = runs(input, "area", &areas);
    const auto x = column(input, "count"), n = column(input, "pop");
    const auto xr = column(input, "refcount"), nr = column(input, "refpop");
    const auto xv = column(refdata, "refcount"), nv = column(refdata, "refpop");
    struct Case {
        ind::IsrOptions options;
        std::size_t first;
    };
    for (const Case& c : {Case{{ind::IsrStatistic::rate, 100000.0}, 0}, Case{{ind::IsrStatistic::rate, 1000.0}, 3},
                          Case{{ind::IsrStatistic::ratio, 1.0}, 6}, Case{{ind::IsrStatistic::ratio, 100.0}, 9}}) {
        // The reference per row (a column) and once per band (the package's "vector").
        const auto by_row = ind::isr_intervals({x, n, xr, nr, offsets}, ind::fingertips_levels, c.options);
        const auto by_band = ind::isr_intervals({x, n, xv, nv, offsets, ind::StandardLayout::per_band},
                                                ind::fingertips_levels, c.options);
        for (std::size_t g = 0; g < 3; ++g) {
            ASSERT_EQ(ref.text(c.first + g, "area"), areas[g]);
            const std::string where = "testresults_ISR row " + std::to_string(c.first + g + 1);
            expect_row(by_row, g, ref, c.first + g, where);
            expect_row(by_band, g, ref, c.first + g, where + " (vector)");
        }
    }
}

TEST(indicators_isr_reference, PackageWorkbookObservedTotalsAndZeroPopulation) {
    const Csv input = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testdata_multiarea_isr.csv");
    const Csv lookup = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testdata_multiarea_lookup.csv");
    const Csv refdata = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__refdata.csv");
    const Csv ref = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testresults_ISR.csv");
    const auto offsets = runs(input, "area");
    const auto n = column(input, "pop"), xv = column(refdata, "refcount"), nv = column(refdata, "refpop");
    const auto totals = column(lookup, "total_count");
    ind::IsrData data{{}, n, xv, nv, offsets, ind::StandardLayout::per_band, totals};
    const auto table = ind::isr_intervals(data, ind::fingertips_levels);
    for (std::size_t g = 0; g < 3; ++g) expect_row(table, g, ref, 6 + g, "observed_totals " + lookup.text(g, "area"));

    // err2: Area1 has a population of 0 in one band (allowed for ISR), 95% only.
    const Csv err2 = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__testdata_err2.csv");
    const auto x2 = column(err2, "count"), n2 = column(err2, "pop");
    const auto offsets2 = runs(err2, "area");
    const ind::IsrData data2{x2, n2, xv, nv, offsets2, ind::StandardLayout::per_band};
    const auto rate = ind::isr_intervals(data2, std::array{0.95}, {ind::IsrStatistic::rate, 100000.0});
    const auto ratio = ind::isr_intervals(data2, std::array{0.95}, {ind::IsrStatistic::ratio, 100.0});
    for (std::size_t g = 0; g < 2; ++g) {
        expect_row(rate, g, ref, 12 + g, "err2 rate", false);
        expect_row(ratio, g, ref, 14 + g, "err2 ratio", false);
    }
}

TEST(indicators_isr_properties, ExactBelowTenByarFromTen) {
    // Expected = 10 everywhere; limits are those of the observed count over 10.
    const std::vector<double> x{0, 9, 10}, n{1, 1, 1}, xr{10, 10, 10}, nr{1, 1, 1};
    const std::vector<std::size_t> offsets{0, 1, 2, 3};
    const auto t = ind::isr_intervals({x, n, xr, nr, offsets}, std::array{0.95});
    EXPECT_EQ(t.intervals.lower[0], 0.0);
    const auto exact9 = ind::exact_poisson_interval(9.0, 0.95);
    EXPECT_DOUBLE_EQ(t.intervals.lower[1], exact9.lower / 10.0);
    const auto byar10 = ind::byar_interval(10.0, 0.95);
    EXPECT_DOUBLE_EQ(t.intervals.upper[2], byar10.upper / 10.0);
    EXPECT_DOUBLE_EQ(t.intervals.value[2], 1.0);
}

TEST(indicators_isr_errors, RowsGroupsAndFieldsAreNamed) {
    for (const auto& [file, record, field] : {std::tuple{"err1", "row 6", "x"}, std::tuple{"err3", "row 2", "n"}}) {
        const Csv input = read_csv(std::string("pheindicatormethods-tests/testdata_DSR_ISR__testdata_") + file + ".csv");
        const Csv refdata = read_csv("pheindicatormethods-tests/testdata_DSR_ISR__refdata.csv");
        const auto x = column(input, "count"), n = column(input, "pop");
        const auto xv = column(refdata, "refcount"), nv = column(refdata, "refpop");
        const std::vector<std::size_t> offsets{0, x.size()};
        const auto error = input_error(
            [&] { ind::isr_intervals({x, n, xv, nv, offsets, ind::StandardLayout::per_band}, std::array{0.95}); });
        EXPECT_EQ(error.record(), record) << file;
        EXPECT_EQ(error.field(), field) << file;
    }
    const std::vector<double> x{1, 2, 3}, n{1, 1, 1}, xr{1, 1}, nr{1, 0};
    const std::vector<std::size_t> offsets{0, 2, 3};
    auto error = input_error(
        [&] { ind::isr_intervals({x, n, xr, nr, offsets, ind::StandardLayout::per_band}, std::array{0.95}); });
    EXPECT_EQ(error.record(), "row 2");
    EXPECT_EQ(error.field(), "n_ref");
    const std::vector<double> nr_ok{1, 1};
    error = input_error(
        [&] { ind::isr_intervals({x, n, xr, nr_ok, offsets, ind::StandardLayout::per_band}, std::array{0.95}); });
    EXPECT_EQ(error.record(), "group 2");
    EXPECT_EQ(error.field(), "n_ref");
}
