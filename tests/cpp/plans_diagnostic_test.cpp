// Diagnostic findings with cross-referenced responses and progress, and the
// Prevent self-assessment template's items.
#include "boardroom/core/error.hpp"
#include "boardroom/plans/diagnostic.hpp"
#include "boardroom/plans/self_assessment.hpp"

#include <gtest/gtest.h>

namespace plans = boardroom::plans;
using boardroom::make_date;

TEST(CrossReferences, FoundInRunningText) {
    const auto refs = plans::find_cross_references("See 3 above.\nThe establishment of a single chain ...");
    ASSERT_EQ(refs.size(), 1u);
    EXPECT_EQ(refs[0].text, "See 3 above");
    EXPECT_EQ(refs[0].target, 3);
    EXPECT_EQ(refs[0].direction, "above");

    const auto many = plans::find_cross_references("as agreed (see 12), and see also 3 and 5 below; see finding 4.");
    ASSERT_EQ(many.size(), 4u);
    EXPECT_EQ(many[0].target, 12);
    EXPECT_EQ(many[0].direction, "");
    EXPECT_EQ(many[1].target, 3);
    EXPECT_EQ(many[2].target, 5);
    EXPECT_EQ(many[2].direction, "below");
    EXPECT_EQ(many[3].target, 4);

    EXPECT_TRUE(plans::find_cross_references("Links to E safety 3.7").empty());
    EXPECT_TRUE(plans::find_cross_references("see 3.7 above").empty()) << "an action number, not a finding";
    EXPECT_TRUE(plans::find_cross_references("we foresee 3 above").empty());
    EXPECT_TRUE(plans::find_cross_references("see 2 reports from the CPS").empty());
}

namespace {

plans::Diagnostic diagnostic() {
    plans::Diagnostic d;
    d.title = "Responses to Diagnostic Exercise";
    plans::add_finding(d, {3, "no CSE coordinator", "The restructure of the Business Unit is in progress ...", {}, 0});
    plans::add_finding(d, {4, "teams positive", "LCC has established a single line-management Chain ...", {}, 0});
    plans::add_finding(d, {7, "referral thresholds", "See 3 above.\nThe establishment of a single chain ...", {}, 0});
    plans::add_finding(d, {9, "arrangements under review", "See 4 above.\nInterim arrangements ...", {}, 0});
    return d;
}

} // namespace

TEST(Diagnostic, ReferencesResolveToTheirFindings) {
    const auto d = diagnostic();
    const auto resolved = plans::resolve_references(d);
    ASSERT_EQ(resolved.size(), 2u);
    EXPECT_EQ(resolved[0].from, 7);
    EXPECT_EQ(resolved[0].reference.target, 3);
    EXPECT_TRUE(resolved[0].resolved);
    EXPECT_EQ(resolved[0].target_assessment, "no CSE coordinator");
    EXPECT_EQ(resolved[1].from, 9);
    EXPECT_EQ(resolved[1].target_response, "LCC has established a single line-management Chain ...");

    const auto warnings = plans::check_diagnostic(d, "responses.txt");
    // 1-2, 5-6 and 8 are not in this cut-down diagnostic.
    ASSERT_EQ(warnings.size(), 3u);
    for (const auto& w : warnings) EXPECT_EQ(w.code, "numbering-gap");
}

TEST(Diagnostic, BrokenReferencesAreWarningsNotErrors) {
    auto d = diagnostic();
    plans::add_finding(d, {10, "x", "See 15 above.", {}, 30});
    plans::add_finding(d, {11, "y", "See 12 above.", {}, 31});
    plans::add_finding(d, {12, "z", "", {}, 32});
    const auto warnings = plans::check_diagnostic(d, "responses.txt");
    const auto unknown = plans::with_code(warnings, "unknown-reference");
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_EQ(unknown[0].line, 30u);
    EXPECT_EQ(unknown[0].file, "responses.txt");
    EXPECT_EQ(plans::to_string(unknown[0]),
              "responses.txt:30: finding 10: field 'Response': 'See 15 above' refers to finding 15, which the "
              "diagnostic does not have");
    ASSERT_EQ(plans::with_code(warnings, "reference-direction").size(), 1u);
    EXPECT_EQ(plans::with_code(warnings, "reference-direction")[0].subject, "finding 11");
    ASSERT_EQ(plans::with_code(warnings, "missing-response").size(), 1u);
    EXPECT_FALSE(plans::resolve_references(d)[2].resolved);
}

TEST(Diagnostic, ProgressIsDatedAndAtomic) {
    auto d = diagnostic();
    EXPECT_THROW(plans::add_finding(d, {7, "again", "", {}, 0}), boardroom::ValidationError);
    EXPECT_THROW(plans::add_finding(d, {0, "zero", "", {}, 0}), boardroom::ValidationError);
    plans::add_progress(d, {3, make_date(2015, 12, 10), "CSE Coordinator appointed", "blue", "LSCB"});
    plans::add_progress(d, {3, make_date(2015, 9, 17), "Restructure under way", "A", "LSCB"});
    EXPECT_EQ(plans::progress_as_of(d, 3, make_date(2015, 10, 1))->note, "Restructure under way");
    EXPECT_EQ(plans::progress_as_of(d, 3, make_date(2016, 1, 1))->status, "B");
    EXPECT_FALSE(plans::progress_as_of(d, 4, make_date(2016, 1, 1)));
    EXPECT_THROW(plans::progress_as_of(d, 5, make_date(2016, 1, 1)), boardroom::NotFoundError);
    const auto before = d;
    EXPECT_THROW(plans::add_progress(d, {5, make_date(2016, 1, 1), "x", "", ""}), boardroom::ValidationError);
    EXPECT_THROW(plans::add_progress(d, {3, make_date(2016, 1, 1), " ", "", ""}), boardroom::ValidationError);
    EXPECT_THROW(plans::add_progress(d, {3, make_date(2016, 1, 1), "x", "Purple", ""}), boardroom::ValidationError);
    EXPECT_EQ(d, before);
}

TEST(SelfAssessment, AreaAndQuestionSplitAsPrinted) {
    const auto [area, question] = plans::split_area(
        "LEADERSHIP Do the following people have an good understanding ...?\n- Board of Governors\n- SMT");
    EXPECT_EQ(area, "LEADERSHIP");
    EXPECT_EQ(question, "Do the following people have an good understanding ...?\n- Board of Governors\n- SMT");
    const auto partnership = plans::split_area("Partnership 1) Is there active engagement ...?");
    EXPECT_EQ(partnership.first, "Partnership");
    EXPECT_EQ(partnership.second, "1) Is there active engagement ...?");
    const auto two_words = plans::split_area("Staff Training Are staff trained?");
    EXPECT_EQ(two_words.first, "Staff Training");
    const auto lines = plans::split_area("Premises\nIs the use of premises checked?");
    EXPECT_EQ(lines.first, "Premises");
    EXPECT_EQ(lines.second, "Is the use of premises checked?");
}

TEST(SelfAssessment, YesNoAndChecks) {
    std::optional<bool> value;
    EXPECT_TRUE(plans::parse_yes_no("Y", value));
    EXPECT_EQ(value, true);
    EXPECT_TRUE(plans::parse_yes_no("no.", value));
    EXPECT_EQ(value, false);
    EXPECT_TRUE(plans::parse_yes_no("", value));
    EXPECT_FALSE(value);
    EXPECT_FALSE(plans::parse_yes_no("Maybe", value));

    plans::SelfAssessment assessment;
    plans::SelfAssessmentItem leadership;
    leadership.number = "1";
    leadership.area = "LEADERSHIP";
    leadership.line = 7;
    plans::add_item(assessment, leadership);
    plans::SelfAssessmentItem partnership;
    partnership.number = "2";
    partnership.area = "Partnership";
    partnership.at_risk = true;
    partnership.action_taken = "Governors & SMT provided with briefing ...";
    partnership.status = "amber";
    partnership.line = 8;
    plans::add_item(assessment, partnership);
    EXPECT_EQ(assessment.items[1].status, "A");
    EXPECT_THROW(plans::add_item(assessment, partnership), boardroom::ValidationError) << "duplicate number";

    const auto warnings = plans::check_self_assessment(assessment, "template.txt");
    ASSERT_EQ(warnings.size(), 3u);
    EXPECT_EQ(warnings[0].code, "missing-risk");
    EXPECT_EQ(warnings[0].line, 7u);
    EXPECT_EQ(warnings[1].code, "missing-owner");
    EXPECT_EQ(warnings[2].code, "missing-when");
    EXPECT_EQ(warnings[2].subject, "item 2 (Partnership)");
}
