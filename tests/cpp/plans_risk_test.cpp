// Risk registers: 5x5 scores, thresholds to RAG, reviews, links to plan actions.
#include "boardroom/core/error.hpp"
#include "boardroom/plans/risk.hpp"

#include <gtest/gtest.h>

namespace plans = boardroom::plans;
using boardroom::make_date;

namespace {

plans::Risk risk(const std::string& reference, plans::RiskScore inherent, std::optional<plans::RiskScore> residual,
                 std::vector<std::string> actions = {}) {
    plans::Risk r;
    r.reference = reference;
    r.description = "Risk " + reference;
    r.owner = "Head of PPU";
    r.inherent = inherent;
    r.residual = residual;
    r.mitigating_actions = std::move(actions);
    return r;
}

} // namespace

TEST(Risk, DefaultThresholdsBandEveryScore) {
    const auto thresholds = plans::default_risk_thresholds();
    EXPECT_EQ(plans::status_for(thresholds, 1), "G");
    EXPECT_EQ(plans::status_for(thresholds, 4), "G");
    EXPECT_EQ(plans::status_for(thresholds, 5), "A");
    EXPECT_EQ(plans::status_for(thresholds, 12), "A");
    EXPECT_EQ(plans::status_for(thresholds, 15), "R");
    EXPECT_EQ(plans::status_for(thresholds, 25), "R");
    EXPECT_THROW(plans::status_for(thresholds, 0), boardroom::ValidationError);
    EXPECT_THROW(plans::status_for(thresholds, 26), boardroom::ValidationError);
    EXPECT_NO_THROW(plans::validate(thresholds, plans::seed_rag_key()));
    EXPECT_EQ((plans::RiskScore{4, 5}.score()), 20);
    EXPECT_EQ(plans::likelihood_label(5), "Almost certain");
    EXPECT_EQ(plans::impact_label(1), "Negligible");
    EXPECT_THROW(plans::impact_label(6), boardroom::ValidationError);
}

TEST(Risk, ConfigurableThresholds) {
    // A stricter board: red from 12, amber from 6.
    const plans::RiskThresholds strict{{{1, "G"}, {6, "A"}, {12, "R"}}};
    EXPECT_NO_THROW(plans::validate(strict, plans::seed_rag_key()));
    EXPECT_EQ(plans::status_for(strict, 5), "G");
    EXPECT_EQ(plans::status_for(strict, 12), "R");
    EXPECT_THROW(plans::validate(plans::RiskThresholds{{{2, "G"}}}, plans::seed_rag_key()), boardroom::ValidationError)
        << "must start at 1";
    EXPECT_THROW(plans::validate(plans::RiskThresholds{{{1, "G"}, {12, "A"}, {6, "R"}}}, plans::seed_rag_key()),
                 boardroom::ValidationError)
        << "must ascend";
    EXPECT_THROW(plans::validate(plans::RiskThresholds{{{1, "G"}, {10, "Purple"}}}, plans::seed_rag_key()),
                 boardroom::ValidationError)
        << "statuses must be in the scheme";
}

TEST(Risk, RegisterTableAndReviews) {
    plans::RiskRegister reg;
    reg.title = "CSE risk register (illustrative)";
    plans::add_risk(reg, risk("R1", {4, 4}, plans::RiskScore{2, 4}, {"4.3", "4.4"}));
    plans::add_risk(reg, risk("R2", {3, 5}, std::nullopt));
    plans::add_risk(reg, risk("R3", {2, 2}, plans::RiskScore{1, 2}));
    reg.risks[0].next_review = make_date(2016, 3, 10);

    const auto rows = plans::risk_table(reg, make_date(2015, 12, 10));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].reference, "R2") << "unassessed: ranked by its inherent 15";
    EXPECT_EQ(rows[0].inherent_status, "R");
    EXPECT_FALSE(rows[0].residual_score);
    EXPECT_EQ(rows[1].reference, "R1");
    EXPECT_EQ(rows[1].inherent_score, 16);
    EXPECT_EQ(rows[1].inherent_status, "R");
    EXPECT_EQ(rows[1].residual_score, 8);
    EXPECT_EQ(rows[1].residual_status, "A");
    EXPECT_FALSE(rows[1].review_due);
    EXPECT_TRUE(rows[2].review_due) << "no review scheduled";

    const auto before = reg;
    EXPECT_THROW(plans::add_risk(reg, risk("R1", {1, 1}, std::nullopt)), boardroom::ValidationError);
    EXPECT_THROW(plans::add_risk(reg, risk("R4", {0, 3}, std::nullopt)), boardroom::ValidationError);
    EXPECT_THROW(plans::add_risk(reg, risk("R5", {3, 3}, plans::RiskScore{3, 6})), boardroom::ValidationError);
    EXPECT_THROW(plans::record_review(reg, "R9", make_date(2016, 3, 10), std::nullopt, std::nullopt),
                 boardroom::NotFoundError);
    EXPECT_THROW(plans::record_review(reg, "R1", make_date(2016, 3, 10), plans::RiskScore{1, 1}, make_date(2016, 1, 1)),
                 boardroom::ValidationError)
        << "next review before this one";
    EXPECT_EQ(reg, before) << "failed changes leave the register as it was";

    plans::record_review(reg, "R1", make_date(2016, 3, 10), plans::RiskScore{1, 4}, make_date(2016, 6, 9));
    EXPECT_EQ(reg.risks[0].residual, (plans::RiskScore{1, 4}));
    EXPECT_EQ(reg.risks[0].last_reviewed, make_date(2016, 3, 10));
    EXPECT_TRUE(plans::risk_table(reg, make_date(2016, 6, 9))[1].review_due);
    EXPECT_THROW(plans::record_review(reg, "R1", make_date(2016, 1, 1), std::nullopt, std::nullopt),
                 boardroom::ValidationError)
        << "earlier than the last review";
}

TEST(Risk, ChecksAgainstThePlan) {
    plans::Plan plan;
    plan.title = "plan";
    plans::add_section(plan, {"4", "Partnerships", "", "", 0});
    plans::add_action(plan, {"4.3", "4", "Include BTP", "", "Head of PPU", {}, {}, 0, ""});
    plans::RiskRegister reg;
    plans::add_risk(reg, risk("R1", {2, 2}, plans::RiskScore{3, 3}, {"4.3", "3.7"}));
    reg.risks[0].owner = "";
    const auto warnings = plans::check_risks(reg, plan);
    ASSERT_EQ(warnings.size(), 3u);
    EXPECT_EQ(warnings[0].code, "missing-owner");
    EXPECT_EQ(warnings[1].code, "residual-above-inherent");
    EXPECT_EQ(warnings[2].code, "unknown-action");
    EXPECT_NE(warnings[2].message.find("3.7"), std::string::npos);
}
