// Slope and relative index of inequality against PHEindicatormethods' phe_sii test data
// (tests/data/reference/pheindicatormethods-tests/testdata_SII__testdata_SII.csv, the
// cases of tests/testthat/testSII.R): point estimates to 1e-9, Monte Carlo limits
// within 0.05 relative, the package's own tolerance.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/inequality.hpp"

#include "support/reference.hpp"

#include <gtest/gtest.h>

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

const Csv& data() {
    static const Csv csv = read_csv("pheindicatormethods-tests/testdata_SII__testdata_SII.csv");
    return csv;
}

enum class Source { se, limits, count };

// Which result a reference column holds.
enum class Output { sii, rii, intercept, sii_lower, sii_upper, rii_lower, rii_upper };

struct Expected {
    const char* column;
    Output output;
    std::size_t level;
};

struct Case {
    const char* name;
    std::size_t first, last; // 1-based rows of the file, inclusive, as testSII.R
    ind::SiiValueType type;
    Source source;
    std::vector<double> levels;
    double multiplier;
    bool transform;
    std::vector<std::size_t> expected_rows; // 1-based rows holding each group's results
    std::vector<Expected> columns;
};

const std::vector<Expected> standard = {
    {"sii", Output::sii, 0},           {"rii", Output::rii, 0},
    {"sii_lowercl_1", Output::sii_lower, 0}, {"sii_uppercl_1", Output::sii_upper, 0},
    {"rii_lowercl_1", Output::rii_lower, 0}, {"rii_uppercl_1", Output::rii_upper, 0}};

std::vector<Expected> with_intercept() {
    auto c = standard;
    c.push_back({"Intercept", Output::intercept, 0});
    return c;
}

std::vector<Expected> two_levels(bool intercept) {
    auto c = standard;
    for (auto e : std::vector<Expected>{{"sii_lowercl_2", Output::sii_lower, 1},
                                        {"sii_uppercl_2", Output::sii_upper, 1},
                                        {"rii_lowercl_2", Output::rii_lower, 1},
                                        {"rii_uppercl_2", Output::rii_upper, 1}})
        c.push_back(e);
    if (intercept) c.push_back({"Intercept", Output::intercept, 0});
    return c;
}

const std::vector<Expected> sii_only = {
    {"sii", Output::sii, 0}, {"sii_lowercl_1", Output::sii_lower, 0}, {"sii_uppercl_1", Output::sii_upper, 0}};

// The multiple-level transform cases (testSII.R) keep per-level column order
// (sii, rii limits at level 1, then level 2): same names as two_levels.
std::vector<Case> cases() {
    using T = ind::SiiValueType;
    return {
        {"default se", 1, 20, T::normal, Source::se, {0.95}, 1, false, {1, 11}, standard},
        {"default limits", 1, 20, T::normal, Source::limits, {0.95}, 1, false, {1, 11}, standard},
        {"default intercept", 1, 20, T::normal, Source::limits, {0.95}, 1, false, {246, 256}, with_intercept()},
        {"ungrouped", 1, 10, T::normal, Source::limits, {0.95}, 1, false, {1}, standard},
        {"99% limits", 21, 40, T::normal, Source::limits, {0.99}, 1, false, {21, 31}, standard},
        {"99% se", 21, 40, T::normal, Source::se, {0.99}, 1, false, {21, 31}, standard},
        {"95% and 99%", 226, 245, T::normal, Source::se, {0.95, 0.99}, 1, false, {226, 236}, two_levels(false)},
        {"100000 reps", 41, 60, T::normal, Source::se, {0.95}, 1, false, {41, 51}, standard},
        {"quintiles", 61, 70, T::normal, Source::se, {0.95}, 1, false, {61, 66}, {{"sii", Output::sii, 0}}},
        {"rate se", 71, 90, T::rate, Source::se, {0.95}, 1, false, {71, 81}, standard},
        {"rate limits", 71, 90, T::rate, Source::limits, {0.95}, 1, false, {71, 81}, standard},
        {"rate intercept", 71, 90, T::rate, Source::limits, {0.95}, 1, false, {266, 276}, with_intercept()},
        {"rate log", 306, 325, T::rate, Source::limits, {0.95}, 1, true, {306, 316}, with_intercept()},
        {"rate log x -1", 386, 405, T::rate, Source::limits, {0.95}, -1, true, {386, 396}, with_intercept()},
        {"rate log 98%", 406, 425, T::rate, Source::limits, {0.98}, 1, true, {406, 416}, with_intercept()},
        {"rate log 95/98%", 366, 385, T::rate, Source::limits, {0.95, 0.98}, 1, true, {366, 376}, two_levels(true)},
        {"rate log no rii", 426, 445, T::rate, Source::limits, {0.95}, 1, true, {426, 436}, sii_only},
        {"proportion se", 91, 110, T::proportion, Source::se, {0.95}, 1, false, {91, 101}, standard},
        {"proportion limits", 91, 110, T::proportion, Source::limits, {0.95}, 1, false, {91, 101}, standard},
        {"proportion count", 91, 110, T::proportion, Source::count, {0.95}, 1, false, {91, 101}, standard},
        {"proportion as rate", 91, 110, T::rate, Source::limits, {0.95}, 1, false, {286, 296}, with_intercept()},
        {"proportion x 100", 111, 130, T::proportion, Source::limits, {0.95}, 100, false, {111, 121}, standard},
        {"proportion x -100", 131, 150, T::proportion, Source::limits, {0.95}, -100, false, {131, 141}, standard},
        {"proportion logit", 326, 345, T::proportion, Source::limits, {0.95}, 1, true, {326, 336}, with_intercept()},
        {"proportion logit x -1", 346, 365, T::proportion, Source::limits, {0.95}, -1, true, {346, 356}, with_intercept()},
        {"proportion logit 98%", 466, 485, T::proportion, Source::limits, {0.98}, 1, true, {466, 476}, with_intercept()},
        {"proportion logit 95/98%", 486, 505, T::proportion, Source::limits, {0.95, 0.98}, 1, true, {486, 496}, two_levels(false)},
        {"proportion logit no rii", 446, 465, T::proportion, Source::limits, {0.95}, 1, true, {446, 456}, sii_only},
    };
}

struct SiiRun {
    ind::SiiResult result;
    std::vector<double> q, pop, value, x, se, lower, upper;
};

SiiRun run(const Case& c, std::uint64_t seed = ind::sii_default_seed) {
    const Csv& csv = data();
    SiiRun r;
    std::vector<std::size_t> offsets{0};
    std::string previous;
    for (std::size_t row = c.first - 1; row < c.last; ++row) {
        const std::string key = csv.text(row, "Area") + "|" + csv.text(row, "Grouping1") + "|" + csv.text(row, "Grouping2");
        if (row != c.first - 1 && key != previous) offsets.push_back(r.q.size());
        previous = key;
        r.q.push_back(csv.number(row, "Quantile"));
        r.pop.push_back(csv.number(row, "Population"));
        r.value.push_back(csv.number(row, "Value"));
        r.x.push_back(csv.number(row, "Count"));
        r.se.push_back(csv.number(row, "StandardError"));
        r.lower.push_back(csv.number(row, "LowerCL"));
        r.upper.push_back(csv.number(row, "UpperCL"));
    }
    offsets.push_back(r.q.size());
    ind::SiiData d;
    d.quantile = r.q;
    d.population = r.pop;
    if (c.source == Source::count) d.x = r.x;
    else d.value = r.value;
    if (c.source == Source::se) d.se = r.se;
    else {
        d.lower_cl = r.lower;
        d.upper_cl = r.upper;
    }
    ind::SiiOptions o;
    o.value_type = c.type;
    o.levels = c.levels;
    o.multiplier = c.multiplier;
    o.transform = c.transform;
    o.seed = seed;
    r.result = ind::slope_index_of_inequality(d, offsets, o);
    return r;
}

double pick(const ind::SiiResult& r, Output output, std::size_t level, std::size_t g) {
    const std::size_t cell = level * r.groups + g;
    switch (output) {
    case Output::sii: return r.sii[g];
    case Output::rii: return r.rii[g];
    case Output::intercept: return r.intercept[g];
    case Output::sii_lower: return r.sii_lower[cell];
    case Output::sii_upper: return r.sii_upper[cell];
    case Output::rii_lower: return r.rii_lower[cell];
    case Output::rii_upper: return r.rii_upper[cell];
    }
    return missing;
}

bool simulated(Output o) { return o != Output::sii && o != Output::rii && o != Output::intercept; }

} // namespace

TEST(indicators_sii_package, EveryCaseOfThePackageTests) {
    const Csv& csv = data();
    for (const Case& c : cases()) {
        const SiiRun r = run(c);
        ASSERT_EQ(r.result.groups, c.expected_rows.size()) << c.name;
        for (std::size_t g = 0; g < r.result.groups; ++g) {
            ASSERT_TRUE(r.result.complete[g]) << c.name;
            for (const Expected& e : c.columns) {
                const double expected = csv.number(c.expected_rows[g] - 1, e.column);
                const double actual = pick(r.result, e.output, e.level, g);
                const double relative = simulated(e.output) ? 0.05 : 1e-9;
                EXPECT_NEAR(actual, expected, relative * std::abs(expected))
                    << c.name << " group " << g + 1 << " " << e.column;
            }
        }
    }
}

TEST(indicators_sii_simulation, SeededAndGroupIndependent) {
    const Case c = cases()[0];
    const SiiRun a = run(c, 7);
    const SiiRun b = run(c, 7);
    const SiiRun other = run(c, 8);
    EXPECT_EQ(a.result.sii_lower, b.result.sii_lower);
    EXPECT_EQ(a.result.rii_upper, b.result.rii_upper);
    EXPECT_NE(a.result.sii_lower, other.result.sii_lower);
    EXPECT_EQ(a.result.sii, other.result.sii); // point estimates do not depend on the draws
    // The first group alone gets the same limits as in the two-group call.
    Case alone = c;
    alone.last = 10;
    alone.expected_rows = {1};
    const SiiRun first = run(alone, 7);
    EXPECT_EQ(first.result.sii_lower[0], a.result.sii_lower[0]);
    EXPECT_EQ(first.result.rii_upper[0], a.result.rii_upper[0]);
}

TEST(indicators_sii_simulation, MidpointsAreCumulativeShares) {
    const std::vector<double> pop = {1, 1, 2};
    const auto mid = ind::sii_midpoints(pop);
    EXPECT_DOUBLE_EQ(mid[0], 0.125);
    EXPECT_DOUBLE_EQ(mid[1], 0.375);
    EXPECT_DOUBLE_EQ(mid[2], 0.75);
}

TEST(indicators_sii_groups, IncompleteGroupsAreMarked) {
    Case c = cases()[0];
    SiiRun r = run(c);
    // Drop one row of the first area: that group is incomplete, the other is not.
    std::vector<double> q(r.q.begin() + 1, r.q.end()), pop(r.pop.begin() + 1, r.pop.end()),
        v(r.value.begin() + 1, r.value.end()), se(r.se.begin() + 1, r.se.end());
    ind::SiiData d;
    d.quantile = q;
    d.population = pop;
    d.value = v;
    d.se = se;
    const std::vector<std::size_t> offsets = {0, 9, 19};
    const auto res = ind::slope_index_of_inequality(d, offsets, {});
    EXPECT_EQ(res.complete[0], 0);
    EXPECT_TRUE(std::isnan(res.sii[0]));
    EXPECT_EQ(res.complete[1], 1);
    EXPECT_NEAR(res.sii[1], r.result.sii[1], 1e-12);
}

TEST(indicators_sii_errors, NameRowGroupAndField) {
    auto expect_error = [](const ind::SiiData& d, std::span<const std::size_t> offsets, const ind::SiiOptions& o,
                           const std::string& record, const std::string& field) {
        try {
            ind::slope_index_of_inequality(d, offsets, o);
            ADD_FAILURE() << "no error for " << field;
        } catch (const boardroom::InputError& e) {
            EXPECT_EQ(e.record(), record) << e.what();
            EXPECT_EQ(e.field(), field) << e.what();
        }
    };
    std::vector<double> q = {1, 2, 3, 4, 5}, pop = {10, 10, 10, 10, 10}, v = {1, 2, 3, 4, 5}, se = {1, 1, 1, 1, 1};
    const std::vector<std::size_t> one = {0, 5};
    ind::SiiData d{q, pop, v, {}, se, {}, {}};
    pop[2] = 0;
    expect_error(d, one, {}, "row 3", "population");
    pop[2] = 10;
    se[3] = -1;
    expect_error(d, one, {}, "row 4", "se");
    se[3] = 1;
    q[4] = 4;
    expect_error(d, one, {}, "", "quantile"); // only 4 distinct quantiles
    std::vector<double> q2 = {1, 2, 3, 4, 5, 1, 1, 2, 3, 4}, p2(10, 5.0), v2(10, 1.0), s2(10, 0.1);
    q2[9] = 5;
    const std::vector<std::size_t> two = {0, 5, 10};
    expect_error({q2, p2, v2, {}, s2, {}, {}}, two, {}, "group 2", "quantile");
    q[4] = 5;
    ind::SiiOptions few;
    few.repetitions = 999;
    expect_error(d, one, few, "", "repetitions");
    ind::SiiOptions proportion;
    proportion.value_type = ind::SiiValueType::proportion;
    expect_error(d, one, proportion, "row 2", "value");
    ind::SiiOptions low;
    low.levels = {0.8};
    expect_error(d, one, low, "", "confidence");
}
