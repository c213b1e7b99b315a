// The LSCB's responses to the CSE diagnostic (seed 001, cleaned transcription)
// and the Prevent Duty self-assessment template (seed 000 lines 882-889).
#include "boardroom/core/error.hpp"
#include "boardroom/io/plan_diagnostic.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace io = boardroom::io;
namespace plans = boardroom::plans;
using boardroom::make_date;

namespace {

const std::string kExamples = std::string(BOARDROOM_SOURCE_DIR) + "/examples/";

using boardroom::test::input_error;

} // namespace

TEST(SeedDiagnostic, FourteenFindingsWithResolvedReferences) {
    const auto loaded = io::read_diagnostic_text(kExamples + "cse-diagnostic-2015/responses.txt");
    const auto& d = loaded.diagnostic;
    EXPECT_EQ(d.title, "Child Sexual Exploitation \u2013 Responses to Diagnostic Exercise completed in February 2015");
    ASSERT_EQ(d.notes.size(), 1u);
    ASSERT_EQ(d.findings.size(), 14u);
    for (int i = 0; i < 14; ++i) EXPECT_EQ(d.findings[static_cast<std::size_t>(i)].number, i + 1);
    EXPECT_TRUE(loaded.warnings.empty()) << plans::to_string(loaded.warnings.front());

    EXPECT_EQ(d.findings[0].assessment.rfind("A comprehensive CSE strategy is in place", 0), 0u);
    EXPECT_TRUE(d.findings[0].assessment.ends_with("a single set of policies and procedures."));
    EXPECT_EQ(d.findings[12].assessment,
              "Leadership on the CSE agenda is a strong. Clarification of the complementary and different roles of the "
              "LSCB and community safety forums would be beneficial.")
        << "wording kept, 'is a strong' and all";
    // Responses continued on rows whose first two cells are empty.
    EXPECT_EQ(std::count(d.findings[1].response.begin(), d.findings[1].response.end(), '\n'), 3);
    EXPECT_NE(d.findings[11].response.find("link incidents of children going missing from home"), std::string::npos);

    const auto refs = plans::resolve_references(d);
    ASSERT_EQ(refs.size(), 2u);
    EXPECT_EQ(refs[0].from, 7);
    EXPECT_EQ(refs[0].reference.text, "See 3 above");
    EXPECT_TRUE(refs[0].resolved);
    EXPECT_EQ(refs[0].target_assessment.rfind("Although recommended practice, there has not been the appointment of a CSE "
                                              "coordinator",
                                              0),
              0u);
    EXPECT_EQ(refs[1].from, 9);
    EXPECT_EQ(refs[1].reference.target, 4);
    EXPECT_EQ(refs[1].target_response.rfind("All the multi-agency teams now have CSC representation", 0), 0u);
}

TEST(SeedDiagnostic, ProgressColumnNeedsADate) {
    const std::string text = "Diagnostic\n\tAssessment\tResponse\tProgress\tRAG\n"
                             "3.\tNo CSE coordinator.\tRestructure in progress.\tCSE Coordinator in post.\tB\n"
                             "7.\tThresholds vary.\tSee 3 above.\t\t\n";
    auto e = input_error([&] { io::parse_diagnostic_text(text, "d.txt"); });
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.field(), "Progress");
    io::DiagnosticTextOptions options;
    options.as_of = make_date(2016, 3, 10);
    const auto loaded = io::parse_diagnostic_text(text, "d.txt", options);
    ASSERT_EQ(loaded.diagnostic.progress.size(), 1u);
    EXPECT_EQ(loaded.diagnostic.progress[0].status, "B");
    EXPECT_EQ(plans::progress_as_of(loaded.diagnostic, 3, make_date(2016, 3, 10))->note, "CSE Coordinator in post.");
    EXPECT_EQ(plans::with_code(loaded.warnings, "numbering-gap").size(), 2u);  // 1-2, 4-6 absent
}

TEST(DiagnosticText, MalformedInputNamesFileLineAndField) {
    auto parse = [](std::string text) { return [text] { io::parse_diagnostic_text(text, "d.txt"); }; };
    auto e = input_error(parse("Title\n\tAssessment\tResponse\n1.\ta\tb\n1.\tc\td\n"));
    EXPECT_EQ(e.line(), 4u);
    EXPECT_EQ(e.field(), "No");
    EXPECT_EQ(e.record(), "finding 1");
    e = input_error(parse("Title\n\tAssessment\tResponse\n7a\ta\tb\n"));
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.field(), "No");
    e = input_error(parse("Title\n\tAssessment\tResponse\tOwner\n"));
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.field(), "Owner");
    e = input_error(parse("Title\n1.\ta\tb\n"));
    EXPECT_EQ(e.line(), 2u) << "rows with no header";
    e = input_error(parse("Title\n\tAssessment\tResponse\n\t\tcontinued\n"));
    EXPECT_EQ(e.line(), 3u) << "a continuation row before any finding";
    e = input_error(parse("Title only\n"));
    EXPECT_EQ(e.field(), "header");
    e = input_error(parse("Title\n\tAssessment\tResponse\n1.\ta\tb\tc\n"));
    EXPECT_EQ(e.field(), "column 4");
    EXPECT_THROW(io::read_diagnostic_text("/no/such/file.txt"), boardroom::StorageError);
}

TEST(SeedPreventTemplate, TwoItemsWithTheirGaps) {
    const auto loaded = io::read_self_assessment_text(kExamples + "prevent-template/template.txt");
    const auto& a = loaded.assessment;
    EXPECT_EQ(a.title, "Prevent Duty Risk Assessment/Action Plan");
    EXPECT_EQ(a.notes, (std::vector<std::string>{"with example of possible content"}));
    ASSERT_EQ(a.items.size(), 2u);

    const auto& leadership = a.items[0];
    EXPECT_EQ(leadership.number, "1");
    EXPECT_EQ(leadership.area, "LEADERSHIP");
    EXPECT_EQ(leadership.question,
              "Do the following people have an good understanding of their own and institutional responsibilities in "
              "relation to the \"Prevent Duty\"?\n- Board of Governors\n- SMT\n- Staff\n- Student Union\n- Safeguarding "
              "team");
    EXPECT_FALSE(leadership.at_risk);
    EXPECT_EQ(leadership.line, 7u);  // seed line 888

    const auto& partnership = a.items[1];
    EXPECT_EQ(partnership.area, "Partnership");
    EXPECT_EQ(partnership.question.rfind("1) Is there active engagement", 0), 0u);
    EXPECT_EQ(partnership.at_risk, true);
    EXPECT_EQ(partnership.action_taken.rfind("1) Governors & SMT provided with briefing by BIS HE/FE Prevent Coordinator "
                                             "on 1/2/15.",
                                             0),
              0u)
        << "<u> dropped, '&' and the masked names kept";
    EXPECT_NE(partnership.action_taken.find("The Prevent Lead for ***** is the Safeguarding Lead *****"), std::string::npos);
    EXPECT_EQ(partnership.owner, "");
    EXPECT_EQ(partnership.when.kind, plans::TimescaleKind::Unspecified);
    EXPECT_EQ(partnership.status, "");

    ASSERT_EQ(loaded.warnings.size(), 3u);
    EXPECT_EQ(loaded.warnings[0].code, "missing-risk");
    EXPECT_EQ(loaded.warnings[0].line, 7u);
    EXPECT_EQ(loaded.warnings[1].code, "missing-owner");
    EXPECT_EQ(loaded.warnings[2].code, "missing-when");
    EXPECT_EQ(loaded.warnings[2].line, 8u);
}

TEST(SelfAssessmentText, MalformedInputNamesFileLineAndField) {
    const std::string header = "No\tPrevent Vulnerability/Risk Area\tRisk Y/N\tAction taken\tOwner\tWhen\tRAG\n";
    auto parse = [](std::string text) { return [text] { io::parse_self_assessment_text(text, "t.txt", 887); }; };
    auto e = input_error(parse(header + "1\tLEADERSHIP Do ...?\tMaybe\t\t\t\t\n"));
    EXPECT_EQ(e.file(), "t.txt");
    EXPECT_EQ(e.line(), 888u);
    EXPECT_EQ(e.field(), "Risk Y/N");
    EXPECT_EQ(e.record(), "item 1");
    e = input_error(parse(header + "1\tLEADERSHIP Do ...?\tY\tBriefing\tSMT\tMarch 2015\tPurple\n"));
    EXPECT_EQ(e.field(), "RAG");
    e = input_error(parse(header + "1\ta\tY\t\t\t\t\n1\tb\tN\t\t\t\t\n"));
    EXPECT_EQ(e.line(), 889u);
    e = input_error(parse("No\tRisk Y/N\tBudget\n"));
    EXPECT_EQ(e.field(), "Budget");
    e = input_error(parse("No\tPrevent Vulnerability/Risk Area\tOwner\n1\ta\tb\n"));
    EXPECT_EQ(e.line(), 887u);
    EXPECT_EQ(e.field(), "Risk Y/N") << "the Risk Y/N column is required";

    const auto ok = io::parse_self_assessment_text(
        header + "3\tStaff Training Are staff trained?\tY\tWRAP training\tHR\tMarch 2016\tA\n", "t.txt");
    ASSERT_EQ(ok.assessment.items.size(), 1u);
    EXPECT_EQ(ok.assessment.items[0].area, "Staff Training");
    EXPECT_EQ(ok.assessment.items[0].when.date, make_date(2016, 3, 31));
    EXPECT_EQ(ok.assessment.items[0].status, "A");
    EXPECT_TRUE(ok.warnings.empty());
}
