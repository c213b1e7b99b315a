// Quantiles within parent areas against PHEindicatormethods' phe_quantile test data
// (tests/data/reference/pheindicatormethods-tests/testdata_Quantiles__testdata_Quantiles.csv,
// the subsets of tests/testthat/testQuantiles.R).
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/quantile.hpp"

#include "support/reference.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
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

// Rows of the reference grouped as dplyr's group_by would (keys in sorted order, rows
// in file order within a group): the permutation, the group offsets and each group's
// invert flag (the package requires one per group).
struct Grouped {
    std::vector<std::size_t> rows;
    std::vector<std::size_t> offsets{0};
    std::vector<std::uint8_t> invert;
};

Grouped group_rows(const Csv& csv, const std::function<bool(std::size_t)>& keep,
                   const std::function<std::string(std::size_t)>& key,
                   const std::function<bool(std::size_t)>& inverted) {
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t r = 0; r < csv.rows.size(); ++r)
        if (keep(r)) groups[key(r)].push_back(r);
    Grouped out;
    for (const auto& [name, rows] : groups) {
        out.rows.insert(out.rows.end(), rows.begin(), rows.end());
        out.offsets.push_back(out.rows.size());
        out.invert.push_back(inverted(rows.front()) ? 1 : 0);
    }
    return out;
}

// The package's test data: polarity "RAG - Low is good" (or TRUE) inverts.
bool low_is_good(const Csv& csv, std::size_t r) {
    const std::string& p = csv.text(r, "Polarity");
    return p == "RAG - Low is good" || p == "TRUE";
}

void expect_quantiles(const Csv& csv, const Grouped& g, int nquantiles, const std::string& what) {
    std::vector<double> values;
    for (auto r : g.rows) values.push_back(csv.number(r, "Value"));
    const auto out = ind::assign_quantiles(values, g.offsets, g.invert, nquantiles);
    ASSERT_FALSE(g.rows.empty()) << what;
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
        const double expected = csv.number(g.rows[i], "QuantileInGrp");
        if (std::isnan(expected)) EXPECT_TRUE(std::isnan(out[i])) << what << " file row " << g.rows[i] + 2;
        else EXPECT_EQ(out[i], expected) << what << " file row " << g.rows[i] + 2 << " value " << values[i];
    }
}

const Csv& data() {
    static const Csv csv = read_csv("pheindicatormethods-tests/testdata_Quantiles__testdata_Quantiles.csv");
    return csv;
}

bool good(const Csv& csv, std::size_t r) { return csv.text(r, "Test").rfind("Good", 0) == 0; }

} // namespace

TEST(indicators_quantile_package, DecilesWithinRegionsPolarityPerIndicator) {
    const Csv& csv = data();
    const auto g = group_rows(
        csv, [&](std::size_t r) { return good(csv, r) && csv.text(r, "GroupSet") == "IndSexReg"; },
        [&](std::size_t r) { return csv.text(r, "IndSexRef") + "|" + csv.text(r, "ParentCode"); },
        [&](std::size_t r) { return low_is_good(csv, r); });
    expect_quantiles(csv, g, 10, "df1");
}

TEST(indicators_quantile_package, DecilesNotInverted) {
    const Csv& csv = data();
    const auto g = group_rows(
        csv,
        [&](std::size_t r) {
            return good(csv, r) && csv.text(r, "GroupSet") == "IndSexReg" && csv.text(r, "IndSexRef") == "90366Female";
        },
        [&](std::size_t r) { return csv.text(r, "ParentCode"); }, [](std::size_t) { return false; });
    expect_quantiles(csv, g, 10, "df2");
}

TEST(indicators_quantile_package, SeptilesPerIndicator) {
    const Csv& csv = data();
    const auto g = group_rows(
        csv, [&](std::size_t r) { return good(csv, r) && csv.text(r, "GroupSet") == "IndSex"; },
        [&](std::size_t r) { return csv.text(r, "IndSexRef"); }, [&](std::size_t r) { return low_is_good(csv, r); });
    expect_quantiles(csv, g, 7, "df3");
}

TEST(indicators_quantile_package, QuartilesOfEverything) {
    const Csv& csv = data();
    const auto g = group_rows(
        csv, [&](std::size_t r) { return good(csv, r) && csv.text(r, "GroupSet") == "None"; },
        [](std::size_t) { return std::string(); }, [](std::size_t) { return true; });
    expect_quantiles(csv, g, 4, "df4");
}

TEST(indicators_quantile_rules, TiesShareTheLowestRankAndSmallGroupsGetNone) {
    const std::vector<double> values = {5, 3, 3, 1, missing, 9, 7, 7, 7, 2};
    const std::vector<std::size_t> offsets = {0, 5, 10};
    const std::vector<std::uint8_t> invert = {0, 1};
    const auto q = ind::assign_quantiles(values, offsets, invert, 4);
    // Group 1 has 4 values for 4 quantiles: ranks 4, 2, 2, 1 of 1, 3, 3, 5.
    EXPECT_EQ(q[3], 1);
    EXPECT_EQ(q[1], q[2]);
    EXPECT_EQ(q[0], 4);
    EXPECT_TRUE(std::isnan(q[4]));
    // Group 2 inverted: 9 is first, the three 7s share rank 2.
    EXPECT_EQ(q[5], 1);
    EXPECT_EQ(q[6], q[7]);
    EXPECT_EQ(q[7], q[8]);
    const auto few = ind::assign_quantiles(values, offsets, invert, 5);
    EXPECT_TRUE(std::all_of(few.begin(), few.begin() + 5, [](double v) { return std::isnan(v); }));
    EXPECT_FALSE(std::isnan(few[5]));
}

TEST(indicators_quantile_errors, NameTheField) {
    const std::vector<double> values = {1, 2, 3};
    const std::vector<std::size_t> offsets = {0, 3};
    const std::vector<std::uint8_t> invert = {1};
    try {
        ind::assign_quantiles(values, offsets, invert, 0);
        ADD_FAILURE();
    } catch (const boardroom::InputError& e) {
        EXPECT_EQ(e.field(), "nquantiles");
    }
    const std::vector<std::uint8_t> two = {1, 0};
    try {
        ind::assign_quantiles(values, offsets, two, 3);
        ADD_FAILURE();
    } catch (const boardroom::InputError& e) {
        EXPECT_EQ(e.field(), "invert");
    }
}
