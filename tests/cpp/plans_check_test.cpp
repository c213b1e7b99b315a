// Whole-plan checks: references to actions that do not exist, dates outside the
// plan period, numbering, empty cells. Warnings, never exceptions.
#include "boardroom/plans/check.hpp"

#include <gtest/gtest.h>

namespace plans = boardroom::plans;

TEST(ActionReferences, FoundOnlyWhereTheyStandAlone) {
    EXPECT_EQ(plans::find_action_references("Increased awareness and understanding of CSE is ensured Links to E safety 3.7"),
              (std::vector<std::string>{"3.7"}));
    EXPECT_EQ(plans::find_action_references("see 1.2 and 4.10, also 2.5a."),
              (std::vector<std::string>{"1.2", "4.10", "2.5a"}));
    for (const char* text : {"a rise of 2.5%", "version v2.1", "section 1.2.3", "at 2.30pm", "£2.50", "1.05 million",
                             "1:1 work", "November 10-14 2014", "2015-16"})
        EXPECT_TRUE(plans::find_action_references(text).empty()) << text;
}

namespace {

plans::Plan plan_with_quirks() {
    plans::Plan plan;
    plan.title = "quirks";
    plan.period = plans::parse_plan_period("2015-2018");
    plans::add_section(plan, {"1", "Prevent", "", "Current Position", 3});
    plans::add_section(plan, {"2", "Protect", "", "Evidence", 20});
    auto add = [&plan](std::string number, std::string section, std::string outcomes, std::string lead,
                       std::string timescale, std::size_t line) {
        plans::PlanAction a;
        a.number = std::move(number);
        a.section = std::move(section);
        a.text = "text";
        a.outcomes = std::move(outcomes);
        a.leads_text = std::move(lead);
        a.timescale = plans::parse_timescale(timescale);
        a.line = line;
        plans::add_action(plan, a);
    };
    add("1.1", "1", "outcome", "Head of PPU", "September 2015", 5);
    add("1.3", "1", "outcome, see 2.1", "Head of PPU", "Review March 2019", 6);
    add("2.2", "1", "outcome", "Head of PPU", "Soon", 7);
    return plan;
}

} // namespace

TEST(CheckPlan, ReportsEachQuirkWithItsLine) {
    const auto plan = plan_with_quirks();
    const auto warnings = plans::check_plan(plan, "plan.txt");
    auto only = [&warnings](const std::string& code) {
        const auto found = plans::with_code(warnings, code);
        EXPECT_EQ(found.size(), 1u) << code;
        return found.empty() ? plans::Warning{} : found.front();
    };
    EXPECT_EQ(only("empty-section").subject, "section 2");
    EXPECT_EQ(only("empty-section").line, 20u);
    EXPECT_EQ(only("numbering-gap").subject, "action 1.3");
    EXPECT_EQ(only("numbering-gap").message, "the numbering jumps from 1.1 to 1.3");
    EXPECT_EQ(only("after-period").line, 6u);
    EXPECT_EQ(only("section-mismatch").subject, "action 2.2");
    EXPECT_EQ(only("unrecognised-timescale").field, "Timescales");
    const auto ref = only("unknown-reference");
    EXPECT_EQ(ref.subject, "action 1.3");
    EXPECT_EQ(ref.field, "Anticipated Outcomes");
    EXPECT_EQ(ref.message, "refers to action 2.1, which the plan does not have; section 2 has no actions");
    EXPECT_TRUE(plans::with_code(warnings, "before-period").empty());
    EXPECT_TRUE(plans::with_code(warnings, "missing-lead").empty());
    EXPECT_EQ(warnings.size(), 6u);
}
