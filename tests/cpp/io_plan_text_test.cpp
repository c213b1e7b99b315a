// The Pan-Lancashire LSCB CSE Action Plan 2015-2018 loaded from the seed's own
// lines (examples/cse-action-plan-2015-2018/plan.txt = seed 000 lines 902-1028),
// and malformed plans that must fail naming file, line and field.
#include "boardroom/core/error.hpp"
#include "boardroom/io/plan_text.hpp"
#include "boardroom/plans/check.hpp"
#include "boardroom/plans/history.hpp"
#include "boardroom/plans/summary.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

namespace io = boardroom::io;
namespace plans = boardroom::plans;
using boardroom::make_date;
using plans::TimescaleKind;

namespace {

const std::string kPlanFile = std::string(BOARDROOM_SOURCE_DIR) + "/examples/cse-action-plan-2015-2018/plan.txt";
constexpr std::size_t kSeedFirstLine = 902;  // plan.txt line 1 is seed line 902

io::LoadedPlan load_seed_plan() {
    std::ifstream in(kPlanFile, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    io::PlanTextOptions options;
    options.first_line = kSeedFirstLine;  // report warnings in the seed's own line numbers
    return io::parse_plan_text(text, "seed-000.txt", options);
}

const plans::PlanAction& act(const plans::Plan& plan, const std::string& number) {
    return plans::get_action(plan, number);
}

} // namespace

TEST(SeedPlan, SevenSectionsAndFortyActionsAsPrinted) {
    const auto loaded = io::read_plan_text(kPlanFile);
    const auto& plan = loaded.plan;
    EXPECT_EQ(plan.title, "Pan Lancashire Local Safeguarding Children Board Child Sexual Exploitation Action Plan 2015-2018");
    EXPECT_EQ(plan.board, "Pan Lancashire Local Safeguarding Children Board");
    EXPECT_EQ(plan.period.text, "2015-2018");
    EXPECT_EQ(plan.period.start, make_date(2015, 1, 1));

    ASSERT_EQ(plan.sections.size(), 7u);
    const std::vector<std::string> titles{"Prevent: Public Confidence and Awareness",
                                          "Protect: Protecting, Supporting, Safeguarding Victims and Managing Risk",
                                          "Pursue: Identifying and bringing Offenders to Justice",
                                          "Partnerships: co-location/co-working",
                                          "Intelligence and Performance Monitoring",
                                          "Leadership",
                                          "Learning and Development"};
    for (std::size_t i = 0; i < 7; ++i) {
        EXPECT_EQ(plan.sections[i].number, std::to_string(i + 1));
        EXPECT_EQ(plan.sections[i].title, titles[i]);
        EXPECT_EQ(plan.sections[i].statement.rfind("The LSCB must ", 0), 0u) << plan.sections[i].statement;
        EXPECT_EQ(plan.sections[i].position_heading, i == 0 ? "Current Position" : "Evidence");
    }
    EXPECT_EQ(plan.sections[5].statement,
              "The LSCB must pride clear leadership is in place that provides a long term vision and aim in relation "
              "to CSE.")
        << "kept as printed, 'pride' and all";

    const std::vector<std::string> expected{
        "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2",
        "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "5.1", "5.2", "5.3", "5.4", "5.5",
        "5.6", "6.1", "6.2", "6.3", "6.4", "6.5", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6"};
    std::vector<std::string> numbers;
    for (const auto& a : plan.actions) numbers.push_back(a.number);
    EXPECT_EQ(numbers, expected);
    for (const auto& a : plan.actions) EXPECT_EQ(a.section, std::string(plans::section_number_of(a.number)));

    EXPECT_TRUE(plan.ratings.empty()) << "every RAG cell in the seed is empty: all actions start unrated";
    EXPECT_EQ(plan.positions.size(), 22u);
    for (const auto& p : plan.positions) EXPECT_FALSE(p.date) << "the seed does not date its positions";
    ASSERT_EQ(plan.notes.size(), 1u);
    EXPECT_EQ(plan.notes[0].rfind("NB PLEASE MAKE REFERENCE TO THE SEPERATE ACTION PLANS", 0), 0u);
    EXPECT_NO_THROW(plans::validate(plan));
}

TEST(SeedPlan, TheRagKeyIsTheSeedsOwnPlusBlue) {
    const auto plan = io::read_plan_text(kPlanFile).plan;
    ASSERT_EQ(plan.scheme.statuses.size(), 4u);
    const auto key = plans::seed_rag_key();
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(plan.scheme.statuses[i].code, key.statuses[i].code);
        EXPECT_EQ(plan.scheme.statuses[i].label, key.statuses[i].label);
        EXPECT_EQ(plan.scheme.statuses[i].description, key.statuses[i].description);
    }
    EXPECT_TRUE(plan.scheme.is_complete("B"));
    io::PlanTextOptions plain;
    plain.add_blue_complete = false;
    EXPECT_EQ(io::read_plan_text(kPlanFile, plain).plan.scheme.statuses.size(), 3u);
}

TEST(SeedPlan, QuirksAreWarningsWithSeedLineNumbers) {
    const auto loaded = load_seed_plan();
    const auto& w = loaded.warnings;
    auto lines_of = [&w](const std::string& code) {
        std::vector<std::pair<std::string, std::size_t>> out;
        for (const auto& x : plans::with_code(w, code)) out.emplace_back(x.subject, x.line);
        return out;
    };
    using Hits = std::vector<std::pair<std::string, std::size_t>>;
    EXPECT_EQ(lines_of("missing-lead"), (Hits{{"action 1.2", 917}, {"action 7.4", 1013}}));
    EXPECT_EQ(lines_of("missing-outcomes"), (Hits{{"action 1.5", 925}}));
    EXPECT_EQ(lines_of("missing-timescale"), (Hits{{"action 4.7", 970}}));
    const auto refs = plans::with_code(w, "unknown-reference");
    ASSERT_EQ(refs.size(), 1u);
    EXPECT_EQ(refs[0].file, "seed-000.txt");
    EXPECT_EQ(refs[0].line, 1013u);
    EXPECT_EQ(refs[0].subject, "action 7.4");
    EXPECT_EQ(refs[0].field, "Anticipated Outcomes");
    EXPECT_EQ(plans::to_string(refs[0]),
              "seed-000.txt:1013: action 7.4: field 'Anticipated Outcomes': refers to action 3.7, which the plan does "
              "not have; section 3 ends at 3.4");

    // 31 actions carry 2014 deadlines or review dates in a 2015-2018 plan.
    const auto early = plans::with_code(w, "before-period");
    EXPECT_EQ(early.size(), 31u);
    EXPECT_EQ(early.front().subject, "action 1.1");
    EXPECT_EQ(early.front().line, 911u);
    for (const auto& x : early) EXPECT_EQ(x.field, "Timescales");
    EXPECT_EQ(w.size(), 2u + 1u + 1u + 1u + 31u) << "no other warnings";
}

TEST(SeedPlan, TimescalesOfEveryPrintedForm) {
    const auto plan = io::read_plan_text(kPlanFile).plan;
    std::map<TimescaleKind, int> kinds;
    for (const auto& a : plan.actions) ++kinds[a.timescale.kind];
    EXPECT_EQ(kinds[TimescaleKind::DueBy], 28);
    EXPECT_EQ(kinds[TimescaleKind::ReviewBy], 10);
    EXPECT_EQ(kinds[TimescaleKind::Ongoing], 1);
    EXPECT_EQ(kinds[TimescaleKind::Unspecified], 1);
    EXPECT_EQ(kinds[TimescaleKind::Unrecognised], 0);

    EXPECT_EQ(act(plan, "1.1").timescale.date, make_date(2014, 9, 30));
    EXPECT_EQ(act(plan, "3.1").timescale.text, "May 2014");
    EXPECT_EQ(act(plan, "3.1").timescale.date, make_date(2014, 5, 31));
    EXPECT_EQ(act(plan, "2.3").timescale.kind, TimescaleKind::ReviewBy);
    EXPECT_EQ(act(plan, "2.3").timescale.text, "Review March 2015");
    EXPECT_EQ(act(plan, "2.3").timescale.date, make_date(2015, 3, 31));
    EXPECT_EQ(act(plan, "1.6").timescale.kind, TimescaleKind::Ongoing);
    EXPECT_EQ(act(plan, "1.6").timescale.text, "Reviews of guidance required throughout the period of the plan.");
    EXPECT_EQ(act(plan, "4.7").timescale.kind, TimescaleKind::Unspecified);
}

TEST(SeedPlan, ContinuationRowsAcrossPageBreaks) {
    const auto loaded = load_seed_plan();
    const auto& plan = loaded.plan;
    // 1.1's position runs over two continuation rows, one after a separator row.
    const auto position = plans::position_as_of(plan, "1.1", make_date(2015, 12, 10));
    ASSERT_TRUE(position);
    EXPECT_NE(position->text.find("to deliver pro-active educational sessions to children/young people in Fylde and Wyre."),
              std::string::npos)
        << "a sentence split by a page break is joined with a space";
    EXPECT_NE(position->text.find("experienced CSE and who require medium term support"), std::string::npos);
    EXPECT_TRUE(position->text.ends_with("all LCFT staff complete CSE online training."));
    EXPECT_NE(act(plan, "1.2").text.find("including private children's homes."), std::string::npos);
    EXPECT_EQ(act(plan, "2.5").text,
              "Develop the curiosity of Professionals in respect of the identity of children in accommodated children's "
              "homes in association with risk factors which may make them vulnerable to CSE and trafficking for sexual "
              "exploitation.");
    EXPECT_EQ(act(plan, "6.2").leads, (std::vector<std::string>{"Head of PPU", "3 LSCB managers"}));
    EXPECT_EQ(act(plan, "7.6").leads, (std::vector<std::string>{"Constabulary HQ PPU and CID Training"}));
    EXPECT_EQ(act(plan, "7.6").text, "Develop training for those charged with investigating offences.\n- ABE\n- Interviewing");
    EXPECT_EQ(act(plan, "4.7").text,
              "Complete the review of current Strategic Partnership Group, including\n- Membership\n- Agreed priorities "
              "and work plan.\n- Reporting arrangements to the LSCB");
    EXPECT_EQ(act(plan, "1.1").leads, (std::vector<std::string>{"Partnership CI (Divisions)",
                                                               "Team Managers of specialist Pan Lancashire teams"}));
    EXPECT_EQ(act(plan, "3.1").leads, (std::vector<std::string>{"Head of PPU Operations", "DCI Intel"}));
    EXPECT_EQ(act(plan, "6.3").leads_text, "Head of PPU and 3x LSCB Business Managers");
    EXPECT_EQ(act(plan, "1.1").line, 911u);
    EXPECT_EQ(act(plan, "7.6").line, 1015u);
}

TEST(SeedPlan, OverdueAtThePackDateWithNoRatingsRecorded) {
    auto plan = io::read_plan_text(kPlanFile).plan;
    const auto pack_date = make_date(2015, 12, 10);
    // With no rating recorded, every action whose due date had passed by the
    // meeting of 10 December 2015 is overdue: all 28 with a "due by" date.
    EXPECT_EQ(plans::overdue_as_of(plan, pack_date).size(), 28u);
    const auto by_lead = plans::overdue_by_lead(plan, pack_date);
    ASSERT_FALSE(by_lead.empty());
    EXPECT_EQ(by_lead.front().lead, "Head of PPU");
    // 6.1's evidence reads "Reviewed / completed": flagged (reported_complete), not chased.
    EXPECT_EQ(by_lead.front().actions, (std::vector<std::string>{"2.4", "4.1", "4.3", "4.4", "5.3", "6.2", "6.4", "6.5"}));
    const auto late = plans::overdue_as_of(plan, pack_date);
    const auto six_one = std::find_if(late.begin(), late.end(), [](const plans::OverdueAction& o) { return o.action == "6.1"; });
    ASSERT_NE(six_one, late.end());
    EXPECT_TRUE(six_one->reported_complete);
    EXPECT_EQ(six_one->position, "Reviewed / completed");
    // "Chair CSE Strategic Group." (6.4) and "Chair CSE Strategic group" (6.5) are one lead;
    // the sentences in the Lead cells of 1.4, 4.2, 4.5 and 6.1 are none.
    std::size_t chair = 0;
    for (const auto& row : by_lead) {
        EXPECT_FALSE(plans::is_sentence_lead(row.lead)) << row.lead;
        if (plans::lead_key(row.lead) == "chair cse strategic group") {
            ++chair;
            EXPECT_EQ(row.lead, "Chair CSE Strategic Group");
            EXPECT_EQ(row.actions, (std::vector<std::string>{"6.4", "6.5"}));
        }
    }
    EXPECT_EQ(chair, 1u);

    // Illustrative only: 6.1's evidence reads "Reviewed / completed"; rating it
    // Blue takes it out of the overdue list and into the complete count.
    plans::add_rating(plan, {"6.1", pack_date, "B", "illustrative", "Reviewed / completed"});
    EXPECT_EQ(plans::overdue_as_of(plan, pack_date).size(), 27u);
    const auto counts = plans::rag_counts_by_section(plan, pack_date);
    const auto blue = std::find_if(counts.begin(), counts.end(), [](const plans::SectionRagCount& c) {
        return c.section == "6" && c.status == "B";
    });
    ASSERT_NE(blue, counts.end());
    EXPECT_EQ(blue->count, 1u);
}

namespace {

const std::string kHeader = "\tAction\tAnticipated Outcomes\tLead\tTimescales\tEvidence\tRAG\n";

std::string plan_text(const std::string& rows) {
    return "Test Board Action Plan 2015-2018\n\n1. Prevent.\n\nThe LSCB must test.\n\n" + kHeader + rows;
}

using boardroom::test::input_error;

} // namespace

TEST(PlanText, MalformedInputNamesFileLineAndField) {
    auto parse = [](const std::string& text, io::PlanTextOptions options = {}) {
        return [text, options] { io::parse_plan_text(text, "plan.txt", options); };
    };
    auto e = input_error(parse(plan_text("1.1\tA\tB\tC\tMay 2014\t\t\n1.2\tA\tB\tC\tMay 2014\t\t\n1.1\tX\tY\tZ\tMay 2014\t\t\n")));
    EXPECT_EQ(e.file(), "plan.txt");
    EXPECT_EQ(e.line(), 10u);
    EXPECT_EQ(e.field(), "number");
    EXPECT_EQ(e.record(), "action 1.1");
    EXPECT_NE(std::string(e.what()).find("printed twice (first at line 8)"), std::string::npos) << e.what();

    e = input_error(parse(plan_text("1,2\tA\tB\tC\tMay 2014\t\t\n")));
    EXPECT_EQ(e.line(), 8u);
    EXPECT_EQ(e.field(), "number");

    e = input_error(parse(plan_text("1.1\tA\tB\tC\tMay 2014\t\tR\n")));
    EXPECT_EQ(e.line(), 8u);
    EXPECT_EQ(e.field(), "RAG") << "a rating without a date cannot enter the history";

    io::PlanTextOptions dated;
    dated.as_of = make_date(2015, 12, 10);
    e = input_error(parse(plan_text("1.1\tA\tB\tC\tMay 2014\t\tPurple\n"), dated));
    EXPECT_EQ(e.line(), 8u);
    EXPECT_EQ(e.field(), "RAG");
    EXPECT_NE(e.reason().find("'Purple' is not a status of the key (R, A, G, B)"), std::string::npos) << e.reason();

    io::PlanTextOptions early;
    early.as_of = make_date(2014, 9, 30);
    e = input_error(parse(plan_text("1.1\tA\tB\tC\tMay 2014\t\t\n1.2\tA\tB\tC\tMay 2014\t\tG\n"), early));
    EXPECT_EQ(e.line(), 9u);
    EXPECT_EQ(e.record(), "action 1.2");
    EXPECT_EQ(e.field(), "RAG");
    EXPECT_EQ(e.reason(), "cannot rate action 1.2 on 2014-09-30: the plan period 2015-2018 starts on 2015-01-01");

    e = input_error(parse(plan_text("\t\t\tmore\t\t\t\n1.1\tA\tB\tC\tMay 2014\t\t\n")));
    EXPECT_EQ(e.line(), 8u) << "a continuation row before any action";

    e = input_error(parse(plan_text("1.1\tA\tB\tC\tMay 2014\t\t\textra\n")));
    EXPECT_EQ(e.line(), 8u);
    EXPECT_EQ(e.field(), "column 8");

    e = input_error(parse("Title 2015-2018\n\n" + kHeader + "1.1\tA\tB\tC\tMay 2014\t\t\n"));
    EXPECT_EQ(e.line(), 3u) << "a table before any section heading";

    e = input_error(parse("Title\n1. Prevent\n\tAction\tOutcomes\tLead\tTimescales\tBudget\n"));
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.field(), "Budget");

    e = input_error(parse("Title\n1. Prevent\n\tAction\tOutcomes\tLeads\tEvidence\n"));
    EXPECT_EQ(e.field(), "Timescales");

    e = input_error(parse("Title\n1. Prevent\n1.1\tA\tB\tC\n"));
    EXPECT_EQ(e.line(), 3u) << "rows with no header";

    e = input_error(parse("Title\n1. Prevent\n" + kHeader + "1. Prevent again\n" + kHeader + "1.1\tA\tB\tC\tMay 2014\n"));
    EXPECT_EQ(e.line(), 4u);
    EXPECT_EQ(e.field(), "section");

    e = input_error(parse("\n\n"));
    EXPECT_EQ(e.field(), "title");

    io::PlanTextOptions offset;
    offset.first_line = 902;
    e = input_error(parse(plan_text("1.1\tA\tB\tC\tMay 2014\t\t\n1.1\tA\tB\tC\tMay 2014\t\t\n"), offset));
    EXPECT_EQ(e.line(), 910u) << "line numbers follow first_line";
}

TEST(PlanText, PrintedRatingsEnterTheHistoryAtTheGivenDate) {
    io::PlanTextOptions options;
    options.as_of = make_date(2015, 12, 10);
    options.recorded_by = "CSE Strategic Group";
    const auto loaded = io::parse_plan_text(
        plan_text("1.1\tA\tB\tC\tMay 2014\tDone\tBlue\n1.2\tA\tB\tC\tMay 2014\t\tamber\n1.3\tA\tB\tC\tMay 2014\t\t\n"),
        "plan.txt", options);
    const auto& plan = loaded.plan;
    ASSERT_EQ(plan.ratings.size(), 2u);
    EXPECT_EQ(plan.ratings[0].status, "B");
    EXPECT_EQ(plan.ratings[0].date, make_date(2015, 12, 10));
    EXPECT_EQ(plan.ratings[0].rated_by, "CSE Strategic Group");
    EXPECT_EQ(plan.ratings[0].note, "Done");
    EXPECT_EQ(plan.ratings[1].status, "A");
    EXPECT_EQ(plan.positions.at(0).date, make_date(2015, 12, 10));
    EXPECT_EQ(plans::overdue_as_of(plan, make_date(2015, 12, 10)).size(), 2u) << "1.1 is complete";
    EXPECT_EQ(plan.scheme.statuses.size(), 4u) << "no key printed: the default BRAG scheme";
}

TEST(PlanText, FilesThatCannotBeReadOrAreMalformed) {
    EXPECT_THROW(io::read_plan_text("/no/such/plan.txt"), boardroom::StorageError);
    const std::string path = std::string(BOARDROOM_TEST_DATA_DIR) + "/plans/duplicate_action.txt";
    const auto e = input_error([&path] { io::read_plan_text(path); });
    EXPECT_EQ(e.file(), path);
    EXPECT_EQ(e.line(), 12u);
    EXPECT_EQ(e.field(), "number");
    EXPECT_EQ(e.record(), "action 3.4");
}

TEST(PlanText, RepeatedHeaderRowsAndSectionsWithoutTables) {
    // Word repeats the header row after a page break; a section may have no table yet.
    const std::string text = "Plan 2016/17\n\n1. Prevent.\nThe LSCB must test.\n" + kHeader +
                             "1.1\tA\tB\tC\tJune 2016\t\t\n--\t--\n" + kHeader +
                             "1.2\tA\tB\tC\tJune 2016\t\t\n\n2. Protect.\nThe LSCB must protect.\n";
    const auto loaded = io::parse_plan_text(text, "plan.txt");
    ASSERT_EQ(loaded.plan.actions.size(), 2u);
    EXPECT_EQ(loaded.plan.actions[1].text, "A") << "the repeated header is not merged into 1.1";
    EXPECT_EQ(loaded.plan.period.start, make_date(2016, 4, 1)) << "2016/17 is a financial year";
    const auto empty = plans::with_code(loaded.warnings, "empty-section");
    ASSERT_EQ(empty.size(), 1u);
    EXPECT_EQ(empty[0].subject, "section 2");
    EXPECT_EQ(empty[0].line, 11u);
    EXPECT_EQ(loaded.plan.sections[1].statement, "The LSCB must protect.");
}

TEST(RagKey, PrintedKeysInOtherShapes) {
    const auto key = io::parse_rag_key({"G GREEN - Progressing well", "R RED \u2013 Little progress made", "A AMBER: Making progress"});
    ASSERT_EQ(key.statuses.size(), 3u);
    EXPECT_EQ(key.statuses[0].code, "R") << "red, amber, green in that order whatever the printed order";
    EXPECT_EQ(key.statuses[1].description, "Making progress");
    EXPECT_EQ(key.statuses[2].label, "Green");
    EXPECT_EQ(key.statuses[2].colour, "#92D050");

    const auto words = io::parse_rag_key({"Not started - no work yet", "Red - stalled", "Complete - done"});
    ASSERT_EQ(words.statuses.size(), 3u);
    EXPECT_EQ(words.statuses[0].code, "N") << "unknown names keep the printed order";
    EXPECT_EQ(words.statuses[0].label, "Not started");
    EXPECT_TRUE(words.statuses[2].complete);
    EXPECT_TRUE(io::parse_rag_key({"Teams", "Please note from April 2014 the 6 teams"}).statuses.empty());
    EXPECT_TRUE(io::parse_rag_key({"Awaken/Breakthrough and others – West Division"}).statuses.empty())
        << "a long head is prose, not a status";
}

TEST(PlanText, WindowsCodePageTextIsConvertedWithAWarning) {
    const auto loaded = io::parse_plan_text(plan_text("1.1\tThe Board\x92s \xA3" "5k fund\tB\tC\tMay 2014\t\t\n"), "cp.txt");
    ASSERT_EQ(loaded.plan.actions.size(), 1u);
    EXPECT_EQ(loaded.plan.actions[0].text, "The Board\xE2\x80\x99s \xC2\xA3" "5k fund");
    const auto converted = plans::with_code(loaded.warnings, "windows-1252");
    ASSERT_EQ(converted.size(), 1u);
    EXPECT_EQ(converted[0].file, "cp.txt");

    const auto e = input_error([] { io::parse_plan_text(plan_text("1.1\tA\x81\tB\tC\tMay 2014\t\t\n"), "bad.txt"); });
    EXPECT_EQ(e.file(), "bad.txt");
    EXPECT_EQ(e.line(), 8u);
    EXPECT_NE(e.record().find("byte offset"), std::string::npos) << e.what();
}
