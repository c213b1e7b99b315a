// Trend markers against PHEindicatormethods::assign_trend_markers' test workbook
// (dhsc-govuk/PHEindicatormethods, branch add_trend_markers,
// tests/testthat/testdata_trend_markers.xlsx, converted sheet by sheet to
// tests/data/reference/pheindicatormethods-tests/testdata_trend_markers__*.csv).
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/trend.hpp"

#include "support/reference.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ind = boardroom::indicators;

namespace {

using boardroom::test::missing;

using boardroom::test::Csv;

Csv read_csv(const std::string& relative) { return boardroom::test::read_reference_csv(relative); }

struct Sheet {
    Csv csv;
    std::vector<double> time, numerator, denominator, value, lower, upper;
    std::vector<std::size_t> offsets{0};
};

// Rows are grouped by `group` (a column, or none) in order of appearance; the sheets
// list each group's rows together.
Sheet load(const std::string& sheet, const std::string& group, bool proportion) {
    Sheet s{read_csv("pheindicatormethods-tests/testdata_trend_markers__" + sheet + ".csv"), {}, {}, {}, {}, {}, {}, {0}};
    const Csv& c = s.csv;
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        if (r > 0 && !group.empty() && c.text(r, group) != c.text(r - 1, group)) s.offsets.push_back(r);
        s.time.push_back(c.number(r, "Year"));
        s.numerator.push_back(c.number(r, "Count"));
        s.denominator.push_back(c.number(r, proportion ? "denominator" : "Denominator"));
        if (!proportion) {
            s.value.push_back(c.number(r, "Value"));
            s.lower.push_back(c.number(r, "LL"));
            s.upper.push_back(c.number(r, "UL"));
        }
    }
    s.offsets.push_back(c.rows.size());
    return s;
}

ind::TrendResults run(const Sheet& s, bool proportion) {
    ind::TrendData d;
    d.time = s.time;
    ind::TrendOptions o;
    if (proportion) {
        d.numerator = s.numerator;
        d.denominator = s.denominator;
        o.value_type = ind::TrendValueType::proportion;
    } else {
        d.value = s.value;
        d.lower = s.lower;
        d.upper = s.upper;
        o.value_type = ind::TrendValueType::other;
    }
    return ind::trend_markers(d, s.offsets, o);
}

// The package's markers sit on each group's last row; Significance and Gradient are
// printed rounded to 4 decimals.
void expect_sheet(const Sheet& s, const ind::TrendResults& r, const std::string& what) {
    ASSERT_EQ(r.marker.size(), s.offsets.size() - 1) << what;
    for (std::size_t g = 0; g < r.marker.size(); ++g) {
        const std::size_t row = r.last_row[g];
        EXPECT_EQ(row, s.offsets[g + 1] - 1) << what;
        EXPECT_EQ(ind::label(r.marker[g]), s.csv.text(row, "recent_trend")) << what << " group " << g + 1;
        EXPECT_EQ(ind::label(r.reason[g]), s.csv.text(row, "recent_trend_reason")) << what << " group " << g + 1;
        const double chi2 = s.csv.number(row, "Significance");
        const double gradient = s.csv.number(row, "Gradient");
        // The workbook's figures for a series with a gap in its years (Other ethnic
        // group: 2012-14, 2016-17) count the points 1..5; the package's code (and so
        // this one) uses the years, and its test compares only the marker columns.
        // Checked separately below.
        const bool gap = s.time[row] - s.time[s.offsets[g]] != static_cast<double>(row - s.offsets[g]);
        if (gap) continue;
        if (!std::isnan(chi2)) {
            EXPECT_NEAR(r.chi_squared[g], chi2, 0.5e-4 + 1e-12) << what << " group " << g + 1;
        }
        if (!std::isnan(gradient)) {
            EXPECT_NEAR(r.gradient[g], gradient, 0.5e-4 + 1e-12) << what << " group " << g + 1;
        }
    }
}

} // namespace

TEST(indicators_trend_package, Proportions) {
    const Sheet s = load("testdata_prop_trends", "", true);
    expect_sheet(s, run(s, true), "proportions");
}

TEST(indicators_trend_package, ProportionsGrouped) {
    const Sheet s = load("testdata_prop_grouped", "Ethnicity", true);
    expect_sheet(s, run(s, true), "proportions grouped");
}

TEST(indicators_trend_package, GappedSeriesFiguresCountThePoints) {
    // The workbook's Significance 47.3463 and Gradient 0.483 for the gapped group are
    // the test on times 1..5; on the years the marker is the same.
    const Sheet s = load("testdata_prop_grouped", "Ethnicity", true);
    const std::size_t first = s.offsets[3];
    const std::vector<double> numerator(s.numerator.begin() + static_cast<std::ptrdiff_t>(first),
                                        s.numerator.begin() + static_cast<std::ptrdiff_t>(first) + 5);
    const std::vector<double> denominator(s.denominator.begin() + static_cast<std::ptrdiff_t>(first),
                                          s.denominator.begin() + static_cast<std::ptrdiff_t>(first) + 5);
    const std::vector<double> points = {1, 2, 3, 4, 5};
    EXPECT_NEAR(ind::logistic_trend_chi_squared(numerator, denominator, points), 47.3463, 0.5e-4);
    EXPECT_NEAR(ind::logistic_trend_gradient(numerator, denominator, points), 0.483, 0.5e-4);
    EXPECT_EQ(s.csv.text(first + 4, "recent_trend"), "Increasing");
}

TEST(indicators_trend_package, Other) {
    const Sheet s = load("testdata_other_trends", "", false);
    expect_sheet(s, run(s, false), "other");
}

TEST(indicators_trend_package, OtherSixPointsUsesTheLastFive) {
    const Sheet s = load("testdata_other_6", "", false);
    expect_sheet(s, run(s, false), "other 6");
}

TEST(indicators_trend_package, OtherGrouped) {
    const Sheet s = load("testdata_other_grouped", "Ethnicity", false);
    expect_sheet(s, run(s, false), "other grouped");
}

TEST(indicators_trend_rules, OrderOfTimeDoesNotMatter) {
    const Sheet s = load("testdata_other_trends", "", false);
    Sheet reversed = s;
    for (auto* v : {&reversed.time, &reversed.value, &reversed.lower, &reversed.upper})
        std::reverse(v->begin(), v->end());
    const auto a = run(s, false);
    const auto b = run(reversed, false);
    EXPECT_EQ(a.marker, b.marker);
    EXPECT_EQ(b.last_row[0], 0U);
    EXPECT_NEAR(a.gradient[0], b.gradient[0], 1e-12);
}

TEST(indicators_trend_rules, PolarityLabelsAsFingertips) {
    using M = ind::TrendMarker;
    using P = ind::Polarity;
    EXPECT_EQ(ind::label(M::increasing, P::high_is_good), "Increasing and getting better");
    EXPECT_EQ(ind::label(M::increasing, P::low_is_good), "Increasing and getting worse");
    EXPECT_EQ(ind::label(M::decreasing, P::high_is_good), "Decreasing and getting worse");
    EXPECT_EQ(ind::label(M::decreasing, P::low_is_good), "Decreasing and getting better");
    EXPECT_EQ(ind::label(M::decreasing), "Decreasing");
    EXPECT_EQ(ind::label(M::no_significant_change, P::low_is_good), "No significant change");
}

TEST(indicators_trend_rules, OutlierReversingTheGradientIsNoChange) {
    // A steady rise whose significance rests on one extreme last point: leaving the
    // others out in turn keeps the sign, so check the other way: a flat series with a
    // large first point reverses when that point is removed.
    const std::vector<double> time = {1, 2, 3, 4, 5};
    const std::vector<double> value = {50, 10, 10.5, 11, 11.5};
    const std::vector<double> lower = {49.9, 9.9, 10.4, 10.9, 11.4};
    const std::vector<double> upper = {50.1, 10.1, 10.6, 11.1, 11.6};
    const std::vector<std::size_t> one = {0, 5};
    ind::TrendData d{time, {}, {}, value, lower, upper};
    const auto r = ind::trend_markers(d, one, {});
    EXPECT_GT(r.chi_squared[0], ind::trend_chi_squared_threshold);
    EXPECT_EQ(r.marker[0], ind::TrendMarker::no_significant_change);
    EXPECT_EQ(r.reason[0], ind::TrendReason::outlier_found);
}

TEST(indicators_trend_errors, DuplicatesInOneGroupAndMissingTimes) {
    const std::vector<double> time = {1, 2, 2, 4, 5};
    const std::vector<double> n = {10, 10, 10, 10, 10}, d = {100, 100, 100, 100, 100};
    const std::vector<std::size_t> one = {0, 5};
    ind::TrendOptions o;
    o.value_type = ind::TrendValueType::proportion;
    try {
        ind::trend_markers({time, n, d, {}, {}, {}}, one, o);
        ADD_FAILURE();
    } catch (const boardroom::InputError& e) {
        EXPECT_EQ(e.field(), "time");
        EXPECT_EQ(e.record(), "row 3");
    }
    const std::vector<double> gap = {1, 2, missing, 4, 5};
    try {
        ind::trend_markers({gap, n, d, {}, {}, {}}, one, o);
        ADD_FAILURE();
    } catch (const boardroom::InputError& e) {
        EXPECT_EQ(e.record(), "row 3");
    }
    const std::vector<std::size_t> two = {0, 1, 5};
    const auto r = ind::trend_markers({time, n, d, {}, {}, {}}, two, o);
    EXPECT_EQ(r.reason[1], ind::TrendReason::duplicate_years);
    EXPECT_EQ(r.reason[0], ind::TrendReason::not_enough_points);
}
