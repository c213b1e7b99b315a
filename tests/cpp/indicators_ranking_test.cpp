// Average ranks with ties (as R's rank(ties.method = "average")) and the composite ward
// ranking of the seed pack's Appendix 1.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/ranking.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace ind = boardroom::indicators;
using ind::Polarity;
using ind::RankOrder;

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

void expect_ranks(const std::vector<double>& actual, const std::vector<double>& expected) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i])) {
            EXPECT_TRUE(std::isnan(actual[i])) << "position " << i;
        } else {
            EXPECT_EQ(actual[i], expected[i]) << "position " << i;
        }
    }
}

} // namespace

TEST(indicators_ranking_average, TiesShareTheMeanRank) {
    expect_ranks(ind::average_ranks(std::vector<double>{10, 20, 20, 30}, RankOrder::ascending), {1, 2.5, 2.5, 4});
    expect_ranks(ind::average_ranks(std::vector<double>{10, 20, 20, 30}, RankOrder::descending), {4, 2.5, 2.5, 1});
    // rank(c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)) in R.
    expect_ranks(ind::average_ranks(std::vector<double>{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}, RankOrder::ascending),
                 {4.5, 1.5, 6, 1.5, 8, 11, 3, 10, 8, 4.5, 8});
    expect_ranks(ind::average_ranks(std::vector<double>{7, 7, 7}, RankOrder::ascending), {2, 2, 2});
    EXPECT_TRUE(ind::average_ranks(std::vector<double>{}, RankOrder::ascending).empty());
}

TEST(indicators_ranking_average, MissingValuesKeepNoRank) {
    // rank(c(5, NA, 1, 5), na.last = "keep") = 2.5 NA 1 2.5
    expect_ranks(ind::average_ranks(std::vector<double>{5, missing, 1, 5}, RankOrder::ascending),
                 {2.5, missing, 1, 2.5});
    std::vector<double> out(2);
    EXPECT_THROW(ind::average_ranks(std::vector<double>{1, 2, 3}, RankOrder::ascending, out), boardroom::InputError);
}

TEST(indicators_ranking_composite, AverageOfRanksThenRankOfAverages) {
    // Four wards, three risk factors. Child poverty and obesity: low is good;
    // good development at age 5: high is good. Indicator-major values.
    const std::vector<double> values{
        30, 10, 20, 40,     // child poverty %: ranks 3 1 2 4
        22, 18, 18, 25,     // obesity %: ranks 3 1.5 1.5 4
        60, 70, 55, 50,     // good development %: ranks 2 1 3 4
    };
    const std::vector<Polarity> polarity{Polarity::low_is_good, Polarity::low_is_good, Polarity::high_is_good};
    const auto result = ind::composite_ranking(values, 4, polarity);
    EXPECT_EQ(result.areas, 4u);
    EXPECT_EQ(result.indicators, 3u);
    expect_ranks(result.ranks, {3, 1, 2, 4, 3, 1.5, 1.5, 4, 2, 1, 3, 4});
    expect_ranks(result.mean_rank, {8.0 / 3.0, 3.5 / 3.0, 6.5 / 3.0, 4});
    expect_ranks(result.composite_rank, {3, 1, 2, 4}); // the last ward carries the most risk
    const std::vector<std::size_t> used{3, 3, 3, 3};
    EXPECT_EQ(result.indicators_used, used);
}

TEST(indicators_ranking_composite, TiedAveragesShareARank) {
    const std::vector<double> values{1, 2, 3,   //
                                     3, 2, 1};  // opposite order: every mean rank is 2
    const std::vector<Polarity> polarity{Polarity::low_is_good, Polarity::low_is_good};
    const auto result = ind::composite_ranking(values, 3, polarity);
    expect_ranks(result.mean_rank, {2, 2, 2});
    expect_ranks(result.composite_rank, {2, 2, 2});
}

TEST(indicators_ranking_composite, MissingIndicatorsAreLeftOutOfTheAverage) {
    const std::vector<double> values{
        5, missing, 1, 3,        // ranked 1..3 among the three present: 3, -, 1, 2
        10, 20, missing, 30,     // 1, 2, -, 3
        missing, missing, missing, 8,
    };
    const std::vector<Polarity> polarity{Polarity::low_is_good, Polarity::low_is_good, Polarity::high_is_good};
    const auto result = ind::composite_ranking(values, 4, polarity);
    expect_ranks(result.ranks, {3, missing, 1, 2, 1, 2, missing, 3, missing, missing, missing, 1});
    expect_ranks(result.mean_rank, {2, 2, 1, 2});
    const std::vector<std::size_t> used{2, 1, 1, 3};
    EXPECT_EQ(result.indicators_used, used);
    expect_ranks(result.composite_rank, {3, 3, 1, 3});

    // A ward with no value at all has no rank.
    const std::vector<double> none{missing, 1, missing, 2};
    const std::vector<Polarity> two{Polarity::low_is_good, Polarity::high_is_good};
    const auto empty = ind::composite_ranking(none, 2, two);
    expect_ranks(empty.mean_rank, {missing, 1});
    expect_ranks(empty.composite_rank, {missing, 1});
    EXPECT_EQ(empty.indicators_used[0], 0u);
}

TEST(indicators_ranking_composite, Errors) {
    const std::vector<double> values{1, 2, 3, 4};
    const std::vector<Polarity> polarity{Polarity::low_is_good, Polarity::no_judgement};
    try {
        static_cast<void>(ind::composite_ranking(values, 2, polarity));
        ADD_FAILURE() << "no InputError";
    } catch (const boardroom::InputError& error) {
        EXPECT_EQ(error.record(), "indicator 2");
        EXPECT_EQ(error.field(), "polarity");
    }
    const std::vector<Polarity> three(3, Polarity::low_is_good);
    EXPECT_THROW(static_cast<void>(ind::composite_ranking(values, 2, three)), boardroom::InputError);
}
