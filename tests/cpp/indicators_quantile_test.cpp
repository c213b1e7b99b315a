// Quantiles within parent areas against PHEindicatormethods' phe_quantile test data
// (tests/data/reference/pheindicatormethods-tests/testdata_Quantiles__testdata_Quantiles.csv,
// the subsets of tests/testthat/testQuantiles.R).
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/quantile.hpp"

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

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

// --- Reference CSV reading (kept in each test file: the test glob allows no helper
// header). Handles a byte-order mark and quoted cells holding line breaks, both of
// which occur in the package's own test files.
struct Csv {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    std::size_t column(std::string_view name) const {
        for (std::size_t c = 0; c < header.size(); ++c)
            if (header[c] == name) return c;
        throw std::runtime_error("no column " + std::string(name));
    }
    const std::string& text(std::size_t row, std::string_view name) const { return rows.at(row).at(column(name)); }
    double number(std::size_t row, std::string_view name) const {
        const std::string& cell = text(row, name);
        if (cell.empty() || cell == "NA") return missing;
        return std::stod(cell);
    }
    std::vector<double> numbers(std::string_view name) const {
        std::vector<double> out;
        for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(number(r, name));
        return out;
    }
};

Csv read_csv(const std::string& relative) {
    const std::string path = std::string(BOARDROOM_TEST_DATA_DIR) + "/reference/" + relative;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string data = buffer.str();
    if (data.rfind("\xEF\xBB\xBF", 0) == 0) data.erase(0, 3);
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < data.size(); ++i) {
        const char ch = data[i];
        auto& cell = records.back().back();
        if (quoted) {
            if (ch == '"' && i + 1 < data.size() && data[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else if (ch != '\r' && ch != '\n') {
                cell += ch; // a line break inside quotes is not part of the name
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            records.back().emplace_back();
        } else if (ch == '\n') {
            records.emplace_back(1);
        } else if (ch != '\r') {
            cell += ch;
        }
    }
    while (!records.empty() && records.back().size() == 1 && records.back()[0].empty()) records.pop_back();
    Csv csv;
    csv.header = records.front();
    csv.rows.assign(records.begin() + 1, records.end());
    for (const auto& row : csv.rows)
        if (row.size() != csv.header.size()) throw std::runtime_error(path + ": a row has the wrong number of cells");
    return csv;
}

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
