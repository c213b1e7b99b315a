// Age bands as keys: standard populations matched by band label, in any row order.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/age_bands.hpp"
#include "boardroom/indicators/dsr.hpp"
#include "boardroom/indicators/standard_population.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace ind = boardroom::indicators;

namespace {

std::vector<std::string> esp_labels() {
    std::vector<std::string> out;
    for (const ind::AgeBand band : ind::esp2013_bands) out.push_back(ind::band_label(band));
    return out;
}

std::vector<std::string_view> views(const std::vector<std::string>& labels) {
    return {labels.begin(), labels.end()};
}

} // namespace

TEST(indicators_age_bands, LabelsParse) {
    const auto band = [](std::string_view label) { return ind::parse_age_band(label); };
    EXPECT_EQ(band("0-4")->end, 4.0);
    EXPECT_EQ(band("00-04")->start, 0.0);
    EXPECT_EQ(band("Age 5 to 9")->end, 9.0);
    EXPECT_EQ(band("85 - 89 years")->start, 85.0);
    EXPECT_TRUE(std::isinf(band("90+")->end));
    EXPECT_TRUE(std::isinf(band("90 and over")->end));
    EXPECT_EQ(band("<1")->end, 0.0);
    EXPECT_EQ(band("1-4")->start, 1.0);
    EXPECT_TRUE(std::isnan(band("5")->end));
    EXPECT_EQ(band("10\xE2\x80\x93" "14")->end, 14.0); // en dash
    for (const std::string_view bad : {"", "unknown", "9-5", "90+ 3", "1234-1240"})
        EXPECT_FALSE(band(bad).has_value()) << bad;
    EXPECT_EQ(ind::band_label(ind::esp2013_bands.back()), "90+");
    EXPECT_EQ(ind::band_label(ind::esp2013_20_bands.front()), "0");
}

TEST(indicators_age_bands, StandardFollowsTheLabelInAnyOrder) {
    std::vector<std::string> labels = esp_labels();
    std::mt19937 rng(7);
    std::shuffle(labels.begin(), labels.end(), rng);
    const std::vector<std::size_t> offsets{0, labels.size()};
    const auto keyed = ind::esp2013_keyed(views(labels));
    EXPECT_EQ(keyed.name, "ESP 2013");
    const std::vector<double> values = ind::standard_by_band(views(labels), offsets, keyed);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto k = static_cast<std::size_t>(
            std::find(ind::esp2013_bands.begin(), ind::esp2013_bands.end(),
                      *ind::parse_age_band(labels[i])) - ind::esp2013_bands.begin());
        ASSERT_LT(k, ind::esp2013.size());
        EXPECT_EQ(values[i], ind::esp2013[k]) << labels[i];
    }
}

TEST(indicators_age_bands, ShuffledRowsGiveTheSameDsr) {
    const std::vector<std::string> labels = esp_labels();
    std::vector<double> x(19), n(19);
    for (std::size_t i = 0; i < 19; ++i) {
        x[i] = 3.0 + static_cast<double>(i * i % 11);
        n[i] = 1000.0 + 137.0 * static_cast<double>(i);
    }
    std::vector<std::size_t> perm(19);
    std::iota(perm.begin(), perm.end(), 0);
    std::mt19937 rng(3);
    std::shuffle(perm.begin(), perm.end(), rng);
    std::vector<std::string> shuffled_labels;
    std::vector<double> sx, sn;
    for (const std::size_t p : perm) {
        shuffled_labels.push_back(labels[p]);
        sx.push_back(x[p]);
        sn.push_back(n[p]);
    }
    const std::vector<std::size_t> offsets{0, 19};
    const std::vector<double> levels{0.95};
    const auto dsr_of = [&](const std::vector<std::string>& l, const std::vector<double>& xs,
                            const std::vector<double>& ns) {
        const auto v = views(l);
        const std::vector<double> standard = ind::standard_by_band(v, offsets, ind::esp2013_keyed(v));
        return ind::dsr_intervals({xs, ns, standard, offsets, ind::StandardLayout::per_row}, levels);
    };
    const auto a = dsr_of(labels, x, n);
    const auto b = dsr_of(shuffled_labels, sx, sn);
    EXPECT_NEAR(a.intervals.value[0], b.intervals.value[0], 1e-12 * a.intervals.value[0]);
    double expected = 0.0;
    for (std::size_t i = 0; i < 19; ++i) expected += x[i] * ind::esp2013[i] / n[i];
    EXPECT_NEAR(a.intervals.value[0], expected, 1e-12 * expected);
}

TEST(indicators_age_bands, TwentyBandFormChosenByItsLabels) {
    std::vector<std::string> labels{"0", "1-4"};
    for (std::size_t k = 1; k < ind::esp2013_bands.size(); ++k) labels.push_back(ind::band_label(ind::esp2013_bands[k]));
    const auto keyed = ind::esp2013_keyed(views(labels));
    EXPECT_EQ(keyed.bands.size(), 20u);
    const std::vector<std::size_t> offsets{0, labels.size()};
    const auto values = ind::standard_by_band(views(labels), offsets, keyed);
    EXPECT_EQ(values[0], 1000.0);
    EXPECT_EQ(values[1], 4000.0);
}

TEST(indicators_age_bands, BadBandsNameGroupAndBand) {
    const std::vector<std::string> good = esp_labels();
    const auto check = [&](std::vector<std::string> second, const std::string& words) {
        std::vector<std::string> all = good;
        all.insert(all.end(), second.begin(), second.end());
        const std::vector<std::size_t> offsets{0, good.size(), all.size()};
        try {
            ind::standard_by_band(views(all), offsets, ind::esp2013_keyed(views(good)));
            ADD_FAILURE() << "no error for " << words;
        } catch (const boardroom::InputError& error) {
            EXPECT_EQ(error.record(), "group 2");
            EXPECT_EQ(error.field(), "ageband");
            EXPECT_NE(error.reason().find(words), std::string::npos) << error.reason();
        }
    };
    std::vector<std::string> typo = good;
    typo[11] = "55-69";
    check(typo, "'55-69' is not a band");
    std::vector<std::string> missing(good.begin(), good.end() - 1);
    check(missing, "age band 90+ of the standard population is missing");
    std::vector<std::string> twice = good;
    twice[1] = "0-4";
    check(twice, "age band 0-4 appears more than once");
}
