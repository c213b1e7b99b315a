// Funnel plot limits, significance and points against PHEindicatormethods
// (tests/data/reference: generated/funnel_* and the package's testdata_funnel_*).
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/funnel.hpp"

#include "support/reference.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
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

using boardroom::test::expect_close;

// The package's CSV files print 6 to 10 digits: agree to half a unit in the last
// printed place (plus rounding of the halfway case).
void expect_printed(double actual, const std::string& cell, const std::string& what) {
    const double expected = std::stod(cell);
    const auto dot = cell.find('.');
    const auto e = cell.find_first_of("eE");
    ASSERT_EQ(e, std::string::npos) << what;
    const int decimals = dot == std::string::npos ? 0 : static_cast<int>(cell.size() - dot - 1);
    const double tolerance = 0.5 * std::pow(10.0, -decimals) * (1.0 + 1e-9) + 1e-12 * std::abs(expected);
    EXPECT_NEAR(actual, expected, tolerance) << what << " (printed " << cell << ")";
}

std::vector<std::size_t> one_group(std::size_t rows) { return {0, rows}; }

ind::FunnelOptions proportion_options(double multiplier = 100.0) {
    ind::FunnelOptions o;
    o.statistic = ind::FunnelStatistic::proportion;
    o.multiplier = multiplier;
    return o;
}

ind::FunnelOptions ratio_options(ind::FunnelRatioType type = ind::FunnelRatioType::count) {
    ind::FunnelOptions o;
    o.statistic = ind::FunnelStatistic::ratio;
    o.ratio_type = type;
    return o;
}

ind::FunnelOptions rate_options(ind::FunnelRateType type, double multiplier, double years) {
    ind::FunnelOptions o;
    o.statistic = ind::FunnelStatistic::rate;
    o.rate_type = type;
    o.multiplier = multiplier;
    o.years_of_data = years;
    return o;
}

// Compares a limits table with a reference table column by column.
struct ColumnMap {
    std::string reference;
    const std::vector<double>* ours;
};

void expect_table(const ind::FunnelLimits& limits, const Csv& ref, const std::vector<ColumnMap>& columns,
                  const std::string& what, bool printed) {
    ASSERT_EQ(limits.rows(), ref.rows.size()) << what;
    for (const auto& [name, ours] : columns) {
        for (std::size_t r = 0; r < ref.rows.size(); ++r) {
            const std::string label = what + " " + name + " row " + std::to_string(r + 1);
            if (printed) expect_printed((*ours)[r], ref.text(r, name), label);
            else expect_close((*ours)[r], ref.number(r, name), label);
        }
    }
}

std::vector<ColumnMap> limit_columns(const ind::FunnelLimits& l, std::string_view suffix) {
    const std::string s(suffix);
    return {{"lower_2s_" + s, &l.lower_2s}, {"upper_2s_" + s, &l.upper_2s}, {"lower_3s_" + s, &l.lower_3s},
            {"upper_3s_" + s, &l.upper_3s}};
}

std::vector<ColumnMap> denominator_columns(const ind::FunnelLimits& l, std::string_view suffix) {
    const std::string s(suffix);
    return {{"lower_2s_" + s, &l.lower_2s_denominator}, {"upper_2s_" + s, &l.upper_2s_denominator},
            {"lower_3s_" + s, &l.lower_3s_denominator}, {"upper_3s_" + s, &l.upper_3s_denominator}};
}

void expect_axis(const ind::FunnelLimits& limits, const Csv& ref, std::string_view column) {
    for (std::size_t r = 0; r < ref.rows.size(); ++r)
        EXPECT_EQ(limits.axis[r], ref.number(r, column)) << column << " row " << r + 1;
}

void expect_labels(const std::vector<ind::FunnelSignificance>& ours, const Csv& ref, std::string_view column,
                   const std::vector<std::size_t>& rows) {
    ASSERT_EQ(ours.size(), rows.size()) << column;
    for (std::size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ(ind::label(ours[i]), ref.text(rows[i], column)) << column << " row " << rows[i] + 1;
}

std::vector<std::size_t> all_rows(const Csv& csv) {
    std::vector<std::size_t> rows(csv.rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    return rows;
}

std::vector<double> pick(const std::vector<double>& v, const std::vector<std::size_t>& rows) {
    std::vector<double> out;
    for (auto r : rows) out.push_back(v[r]);
    return out;
}

} // namespace

// --- generated/: full-precision results of the package over a grid of inputs.

TEST(indicators_funnel_generated, ProportionLimitsEveryRow) {
    const Csv in = read_csv("generated/funnel_proportion_input.csv");
    const Csv ref = read_csv("generated/funnel_proportion_limits.csv");
    const auto x = in.numbers("numerator");
    const auto n = in.numbers("denominator");
    const auto limits = ind::funnel_limits({x, n, {}}, one_group(x.size()), proportion_options());
    expect_axis(limits, ref, "Population");
    expect_table(limits, ref, limit_columns(limits, "limit"), "proportion", false);
    for (std::size_t r = 0; r < ref.rows.size(); ++r) expect_close(limits.baseline[0], ref.number(r, "baseline"), "baseline");
}

TEST(indicators_funnel_generated, RatioLimitsEveryRow) {
    const Csv in = read_csv("generated/funnel_ratio_input.csv");
    const Csv ref = read_csv("generated/funnel_ratio_limits.csv");
    const auto x = in.numbers("numerator");
    const auto n = in.numbers("denominator");
    const auto limits = ind::funnel_limits({x, n, {}}, one_group(x.size()), ratio_options());
    expect_axis(limits, ref, "Observed_events");
    expect_table(limits, ref, limit_columns(limits, "limit"), "ratio", false);
    expect_table(limits, ref, denominator_columns(limits, "exp_events"), "ratio", false);
    EXPECT_TRUE(std::isnan(limits.baseline[0]));
}

TEST(indicators_funnel_generated, RateLimitsEveryRow) {
    const Csv in = read_csv("generated/funnel_rate_input.csv");
    const Csv ref = read_csv("generated/funnel_rate_limits.csv");
    const auto x = in.numbers("numerator");
    const auto n = in.numbers("denominator");
    const auto rate = in.numbers("rate");
    const auto limits =
        ind::funnel_limits({x, n, rate}, one_group(x.size()), rate_options(ind::FunnelRateType::crude, 1e5, 3));
    expect_axis(limits, ref, "Events");
    expect_table(limits, ref, limit_columns(limits, "limit"), "rate", false);
    expect_table(limits, ref, denominator_columns(limits, "population_1_year"), "rate", false);
    expect_close(limits.baseline[0], ref.number(0, "baseline"), "baseline");
}

TEST(indicators_funnel_generated, SignificanceEveryRow) {
    {
        const Csv ref = read_csv("generated/funnel_proportion_significance.csv");
        const auto x = ref.numbers("numerator");
        const auto n = ref.numbers("denominator");
        expect_labels(ind::funnel_significance({x, n, {}}, one_group(x.size()), proportion_options()), ref,
                      "significance", all_rows(ref));
    }
    {
        const Csv ref = read_csv("generated/funnel_ratio_significance.csv");
        const auto x = ref.numbers("numerator");
        const auto n = ref.numbers("denominator");
        expect_labels(ind::funnel_significance({x, n, {}}, one_group(x.size()), ratio_options()), ref,
                      "significance", all_rows(ref));
    }
    {
        const Csv ref = read_csv("generated/funnel_rate_significance.csv");
        const auto x = ref.numbers("numerator");
        const auto n = ref.numbers("denominator");
        const auto rate = ref.numbers("rate");
        expect_labels(ind::funnel_significance({x, n, rate}, one_group(x.size()),
                                               rate_options(ind::FunnelRateType::crude, 1e5, 3)),
                      ref, "significance", all_rows(ref));
    }
}

// --- The package's own test files (tests/testthat/testFunnels.R), printed to 6-10 digits.

TEST(indicators_funnel_package, ProportionLimits) {
    const Csv in = read_csv("pheindicatormethods-tests/testdata_funnel_prop_inputs.csv");
    const auto x = in.numbers("numerator");
    const auto n = in.numbers("denominator");
    const Csv ref = read_csv("pheindicatormethods-tests/testdata_funnel_prop_outputs.csv");
    const auto limits = ind::funnel_limits({x, n, {}}, one_group(x.size()), proportion_options());
    expect_axis(limits, ref, "Population");
    expect_table(limits, ref,
                 {{"Lower2s0025limit", &limits.lower_2s}, {"Upper2s0025limit", &limits.upper_2s},
                  {"Lower3s0001limit", &limits.lower_3s}, {"Upper3s0001limit", &limits.upper_3s}},
                 "package proportion", true);
    expect_printed(limits.baseline[0], ref.text(0, "Baseline"), "baseline");
}

TEST(indicators_funnel_package, ProportionLimitsWithAxisVariation) {
    // testFunnels.R: the same inputs filtered to denominator < 31000, so the axis no
    // longer starts at 1.
    const Csv in = read_csv("pheindicatormethods-tests/testdata_funnel_prop_inputs.csv");
    std::vector<double> x, n;
    for (std::size_t r = 0; r < in.rows.size(); ++r)
        if (in.number(r, "denominator") < 31000) {
            x.push_back(in.number(r, "numerator"));
            n.push_back(in.number(r, "denominator"));
        }
    const Csv ref = read_csv("pheindicatormethods-tests/testdata_funnel_prop_outputs_with_axis_variation.csv");
    const auto limits = ind::funnel_limits({x, n, {}}, one_group(x.size()), proportion_options());
    expect_axis(limits, ref, "Population");
    expect_table(limits, ref,
                 {{"Lower2s0025limit", &limits.lower_2s}, {"Upper2s0025limit", &limits.upper_2s},
                  {"Lower3s0001limit", &limits.lower_3s}, {"Upper3s0001limit", &limits.upper_3s}},
                 "axis variation", true);
}

TEST(indicators_funnel_package, RatioLimitsCountAndIsr) {
    const Csv in = read_csv("pheindicatormethods-tests/testdata_funnel_ratio_inputs.csv");
    const auto x = in.numbers("obs");
    const auto n = in.numbers("expected");
    const Csv ref = read_csv("pheindicatormethods-tests/testdata_funnel_ratio_outputs.csv");
    const auto count = ind::funnel_limits({x, n, {}}, one_group(x.size()), ratio_options());
    const auto isr = ind::funnel_limits({x, n, {}}, one_group(x.size()), ratio_options(ind::FunnelRatioType::isr));
    expect_axis(count, ref, "Observed_events");
    expect_table(count, ref, limit_columns(count, "count"), "count", true);
    expect_table(count, ref, denominator_columns(count, "exp_events"), "count", true);
    expect_table(isr, ref, limit_columns(isr, "isr"), "isr", true);
}

TEST(indicators_funnel_package, RateLimitsDsrAndCrude) {
    const Csv in = read_csv("pheindicatormethods-tests/testdata_funnel_rate_input_funnels.csv");
    const auto ev = in.numbers("ev");
    const auto rate = in.numbers("rate");
    const auto pop = in.numbers("pop");
    const double most = *std::max_element(ev.begin(), ev.end());
    auto check = [](const ind::FunnelLimits& limits, const Csv& ref, const std::string& what) {
        expect_axis(limits, ref, "Events");
        expect_table(limits, ref, limit_columns(limits, "limit"), what, true);
        expect_table(limits, ref, denominator_columns(limits, "population_1_year"), what, true);
        expect_printed(limits.baseline[0], ref.text(0, "baseline"), what + " baseline");
    };
    {
        const auto limits =
            ind::funnel_limits({ev, {}, rate}, one_group(ev.size()), rate_options(ind::FunnelRateType::dsr, 1e5, 3));
        check(limits, read_csv("pheindicatormethods-tests/testdata_funnel_rate_outputs.csv"), "dsr");
    }
    {
        // The largest count replaced by 5 (fewer than 10 events), crude rates.
        auto five = ev;
        for (auto& e : five) e = e == most ? 5.0 : e;
        const auto limits =
            ind::funnel_limits({five, {}, rate}, one_group(ev.size()), rate_options(ind::FunnelRateType::crude, 1e5, 3));
        check(limits, read_csv("pheindicatormethods-tests/testdata_funnel_rate_outputs_2.csv"), "crude < 10");
    }
    {
        // pop = 1e5 ev / rate, the largest count and its rate set to 0, keeping the
        // areas above half the largest population; the denominator is supplied.
        std::vector<double> x, r, p;
        std::vector<double> all_pop;
        for (std::size_t i = 0; i < ev.size(); ++i) all_pop.push_back(1e5 * ev[i] / rate[i]);
        const double biggest = *std::max_element(all_pop.begin(), all_pop.end());
        for (std::size_t i = 0; i < ev.size(); ++i) {
            if (!(all_pop[i] > biggest / 2)) continue;
            const bool zero = ev[i] == most;
            x.push_back(zero ? 0.0 : ev[i]);
            r.push_back(zero ? 0.0 : rate[i]);
            p.push_back(all_pop[i]);
        }
        const auto limits =
            ind::funnel_limits({x, p, r}, one_group(x.size()), rate_options(ind::FunnelRateType::crude, 1e5, 3));
        check(limits, read_csv("pheindicatormethods-tests/testdata_funnel_rate_outputs_3.csv"), "crude with 0");
    }
}

TEST(indicators_funnel_package, ProportionAndRatioSignificance) {
    {
        const Csv in = read_csv("pheindicatormethods-tests/testdata_funnel_prop_inputs.csv");
        const auto x = in.numbers("numerator");
        const auto n = in.numbers("denominator");
        expect_labels(ind::funnel_significance({x, n, {}}, one_group(x.size()), proportion_options()), in,
                      "significance", all_rows(in));
    }
    {
        const Csv in = read_csv("pheindicatormethods-tests/testdata_funnel_ratio_inputs.csv");
        const auto x = in.numbers("obs");
        const auto n = in.numbers("expected");
        expect_labels(ind::funnel_significance({x, n, {}}, one_group(x.size()), ratio_options()), in,
                      "significance", all_rows(in));
    }
}

TEST(indicators_funnel_package, RateSignificanceAllVariants) {
    const Csv in = read_csv("pheindicatormethods-tests/testdata_funnel_rate_dsr_inputs.csv");
    const auto count = in.numbers("count");
    const auto pop = in.numbers("pop");
    struct Case {
        const char* rate;
        ind::FunnelRateType type;
        double multiplier;
        const char* expected_with_0;
        const char* expected_without_0;
    };
    const Case cases[] = {
        {"rate_dsr", ind::FunnelRateType::dsr, 1e5, "dsr_per_100000_with_0", "dsr_per_100000_without_0"},
        {"rate_dsr", ind::FunnelRateType::dsr, 100, "dsr_per_100_with_0", "dsr_per_100_without_0"},
        {"rate_crude_per_100000", ind::FunnelRateType::crude, 1e5, "crude_per_100000_with_0", "crude_per_100000_without_0"},
        {"rate_crude_per_100", ind::FunnelRateType::crude, 100, "crude_per_100_with_0", "crude_per_100_without_0"},
    };
    for (const auto& c : cases) {
        const auto rate = in.numbers(c.rate);
        const auto options = rate_options(c.type, c.multiplier, 1);
        expect_labels(ind::funnel_significance({count, pop, rate}, one_group(count.size()), options), in,
                      c.expected_with_0, all_rows(in));
        std::vector<std::size_t> kept;
        for (std::size_t i = 0; i < count.size(); ++i)
            if (count[i] != 0) kept.push_back(i);
        const auto x = pick(count, kept), n = pick(pop, kept), r = pick(rate, kept);
        expect_labels(ind::funnel_significance({x, n, r}, one_group(x.size()), options), in, c.expected_without_0,
                      kept);
    }
}

TEST(indicators_funnel_package, FunnelPoints) {
    const Csv in = read_csv("pheindicatormethods-tests/testdata_funnel_rate_input_funnels.csv");
    const auto ev = in.numbers("ev");
    const auto rate = in.numbers("rate");
    const auto pop = in.numbers("pop");
    const double most = *std::max_element(ev.begin(), ev.end());
    std::vector<double> chart(ev.size()), derived(ev.size());
    auto compare = [&](std::string_view chart_column, std::string_view derived_column) {
        for (std::size_t i = 0; i < ev.size(); ++i) {
            const std::string& c = in.text(i, chart_column);
            const std::string& d = in.text(i, derived_column);
            if (c == "NA") EXPECT_TRUE(std::isnan(chart[i])) << chart_column << " row " << i + 1;
            else expect_printed(chart[i], c, std::string(chart_column) + " row " + std::to_string(i + 1));
            if (d == "NA") EXPECT_TRUE(std::isnan(derived[i])) << derived_column << " row " << i + 1;
            else expect_printed(derived[i], d, std::string(derived_column) + " row " + std::to_string(i + 1));
        }
    };
    auto five = ev;
    for (auto& e : five) e = e == most ? 5.0 : e;
    ind::funnel_points({five, {}, rate}, rate_options(ind::FunnelRateType::dsr, 1e5, 3), chart, derived);
    compare("rate_chart", "denominator_derived");
    ind::funnel_points({ev, {}, rate}, rate_options(ind::FunnelRateType::crude, 1e5, 3), chart, derived);
    compare("rate_chart_crude", "denominator_derived_crude");
    auto zero = ev;
    for (auto& e : zero) e = e == most ? 0.0 : e;
    ind::funnel_points({zero, pop, rate}, rate_options(ind::FunnelRateType::crude, 1e5, 5), chart, derived);
    compare("rate_chart_crude_with_denom", "denominator_derived_crude_with_denom");
}

// --- Building blocks and properties.

TEST(indicators_funnel_blocks, AxisRoundingFollowsRsCharacterWidths) {
    // 100000 * 0.95 = 95000 has 5 digits: floor to 2 leading digits' place = 90000.
    EXPECT_EQ(ind::funnel_axis_floor(100000), 90000);
    EXPECT_EQ(ind::funnel_axis_floor(0), 0);
    // 1e5 / 0.95 floors to 100000, which R writes "1e+05" (5 characters), not 6.
    EXPECT_EQ(ind::funnel_axis_floor(100000 / 0.95 + 1), 100000);
    EXPECT_EQ(ind::funnel_axis_ceiling(3), 3.2);
    EXPECT_EQ(ind::funnel_axis_ceiling(150000), 160000);
    const auto axis = ind::funnel_axis(1, 170000, ind::FunnelStatistic::proportion);
    ASSERT_EQ(axis.size(), ind::funnel_axis_points);
    for (std::size_t i = 1; i < axis.size(); ++i) EXPECT_GE(axis[i], axis[i - 1] + 1);
}

TEST(indicators_funnel_blocks, PoissonSearchBracketsTheTailProbability) {
    for (double observed : {1.0, 7.0, 40.0, 600.0}) {
        const double upper = ind::poisson_funnel_expected(observed, 0.025, ind::FunnelSide::low);
        const double lower = ind::poisson_funnel_expected(observed, 0.025, ind::FunnelSide::high);
        EXPECT_LT(upper, observed);
        EXPECT_GT(lower, observed);
        EXPECT_NEAR(ind::poisson_funnel_probability(upper, observed, 1e10), 0.025, 1e-5);
        EXPECT_NEAR(ind::poisson_funnel_probability(lower, 0, observed), 0.025, 1e-5);
    }
}

// The package's bisection with its series at every step, written out as in utils.R.
double series_bisection(double observed, double probability, ind::FunnelSide side) {
    double v = 0.5, dv = 0.5;
    while (dv > 1e-7) {
        dv /= 2.0;
        const double mean = (1.0 + observed) * v / (1.0 - v);
        const bool down = side == ind::FunnelSide::low
                              ? ind::poisson_funnel_probability(mean, observed, 1e10) > probability
                              : ind::poisson_funnel_probability(mean, 0.0, observed) < probability;
        v = down ? v - dv : v + dv;
    }
    return (1.0 + observed) * v / (1.0 - v);
}

TEST(indicators_funnel_blocks, FastBisectionTakesThePackagesPathExactly) {
    std::vector<double> counts;
    for (double o = 0; o <= 400; ++o) counts.push_back(o);
    for (double o = 401; o < 20000; o *= 1.07) counts.push_back(std::floor(o));
    for (double o : {49999.0, 100000.0, 2.5, 7.3}) counts.push_back(o);
    for (double o : counts)
        for (double p : {0.025, 0.001})
            for (auto side : {ind::FunnelSide::low, ind::FunnelSide::high})
                ASSERT_EQ(ind::poisson_funnel_expected(o, p, side), series_bisection(o, p, side))
                    << "observed " << o << " p " << p;
}

TEST(indicators_funnel_properties, ThreeSigmaContainsTwoSigmaAndNarrowsWithSize) {
    const std::vector<double> x = {5, 40, 300, 2500, 9000};
    const std::vector<double> n = {20, 150, 1000, 9000, 30000};
    const std::vector<double> rate = {2500, 26000, 29000, 27000, 30000};
    const ind::FunnelOptions all[] = {proportion_options(), ratio_options(),
                                      rate_options(ind::FunnelRateType::crude, 1e5, 1)};
    for (const auto& options : all) {
        const bool is_rate = options.statistic == ind::FunnelStatistic::rate;
        const auto limits = ind::funnel_limits({x, n, is_rate ? std::span<const double>(rate) : std::span<const double>()},
                                               one_group(x.size()), options);
        for (std::size_t r = 0; r < limits.rows(); ++r) {
            EXPECT_LE(limits.lower_3s[r], limits.lower_2s[r]) << r;
            EXPECT_GE(limits.upper_3s[r], limits.upper_2s[r]) << r;
            EXPECT_LE(limits.lower_2s[r], limits.upper_2s[r]) << r;
            if (r > 0) {
                EXPECT_GE(limits.lower_2s[r], limits.lower_2s[r - 1] - 1e-12) << r;
                EXPECT_LE(limits.upper_2s[r], limits.upper_2s[r - 1] + 1e-12) << r;
            }
        }
    }
}

TEST(indicators_funnel_groups, OneCallEqualsSeparateCalls) {
    const std::vector<double> x = {10, 20, 35, 400, 500, 450, 470};
    const std::vector<double> n = {100, 180, 300, 1000, 1100, 990, 1200};
    const std::vector<std::size_t> offsets = {0, 3, 7};
    const auto both = ind::funnel_limits({x, n, {}}, offsets, proportion_options());
    const auto first = ind::funnel_limits({std::span(x).first(3), std::span(n).first(3), {}}, one_group(3),
                                          proportion_options());
    const auto second = ind::funnel_limits({std::span(x).last(4), std::span(n).last(4), {}}, one_group(4),
                                           proportion_options());
    ASSERT_EQ(both.groups, 2U);
    for (std::size_t r = 0; r < ind::funnel_axis_points; ++r) {
        EXPECT_EQ(both.upper_3s[r], first.upper_3s[r]);
        EXPECT_EQ(both.upper_3s[ind::funnel_axis_points + r], second.upper_3s[r]);
    }
    EXPECT_EQ(both.baseline[1], second.baseline[0]);
    const auto sig = ind::funnel_significance({x, n, {}}, offsets, proportion_options());
    const auto sig2 = ind::funnel_significance({std::span(x).last(4), std::span(n).last(4), {}}, one_group(4),
                                               proportion_options());
    for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(sig[3 + i], sig2[i]);
}

// --- Errors name the row and field.

TEST(indicators_funnel_errors, NameRowAndField) {
    auto expect_error = [](auto&& call, const std::string& record, const std::string& field) {
        try {
            call();
            ADD_FAILURE() << "no error for " << field;
        } catch (const boardroom::InputError& e) {
            EXPECT_EQ(e.record(), record) << e.what();
            EXPECT_EQ(e.field(), field) << e.what();
        }
    };
    const std::vector<double> x = {3, 4, 5};
    const std::vector<double> n = {10, 2, 20};
    expect_error([&] { ind::funnel_limits({x, n, {}}, one_group(3), proportion_options()); }, "row 2", "numerator");
    const std::vector<double> no_n = {10, missing, 20};
    expect_error([&] { ind::funnel_significance({x, no_n, {}}, one_group(3), proportion_options()); }, "row 2",
                 "denominator");
    const std::vector<double> zero = {3, 0, 5};
    const std::vector<double> rate = {10, 0, 10};
    expect_error([&] { ind::funnel_limits({zero, {}, rate}, one_group(3), rate_options(ind::FunnelRateType::crude, 1e5, 1)); },
                 "row 2", "rate");
    expect_error([&] { ind::funnel_limits({x, n, {}}, one_group(3), rate_options(ind::FunnelRateType::crude, 1e5, 0)); },
                 "", "years_of_data");
    const std::vector<double> negative = {3, -1, 5};
    expect_error([&] { ind::funnel_significance({negative, n, {}}, one_group(3), ratio_options()); }, "row 2",
                 "numerator");
    const std::vector<std::size_t> bad_offsets = {0, 2};
    const std::vector<double> n_ok = {10, 10, 20};
    expect_error([&] { ind::funnel_limits({x, n_ok, {}}, bad_offsets, proportion_options()); }, "", "offsets");
}
