// The tables a board reads: RAG counts per section, movement since the last
// report, overdue actions by lead. Ratings are illustrative, built here.
#include "boardroom/plans/summary.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace plans = boardroom::plans;
using boardroom::Date;
using boardroom::make_date;
using plans::Movement;

namespace {

plans::Plan plan_with_history() {
    plans::Plan plan;
    plan.title = "illustrative";
    plans::add_section(plan, {"3", "Pursue", "", "Evidence", 0});
    plans::add_section(plan, {"7", "Learning and Development", "", "Evidence", 0});
    auto add = [&plan](const std::string& number, const std::string& leads, const std::string& timescale) {
        plans::PlanAction a;
        a.number = number;
        a.section = std::string(plans::section_number_of(number));
        a.text = "Action " + number;
        a.leads_text = leads;
        a.timescale = plans::parse_timescale(timescale);
        plans::add_action(plan, a);
    };
    // Leads and timescales as printed in the seed.
    add("3.1", "Head of PPU Operations/DCI Intel", "May 2014");
    add("3.3", "Head of PPU Operations", "July 2014");
    add("3.4", "CSE Strategic Group", "December 2014");
    add("7.3", "Pan Lancs E Safety Group", "Review September 2014");
    add("7.4", "", "Review September 2014");
    add("7.6", "Constabulary HQ PPU and CID Training", "September 2014");
    const std::vector<plans::RagRating> ratings{
        {"3.1", make_date(2015, 6, 11), "A", "", ""}, {"3.3", make_date(2015, 6, 11), "R", "", ""},
        {"7.6", make_date(2015, 6, 11), "G", "", ""}, {"3.1", make_date(2015, 9, 17), "G", "", ""},
        {"3.3", make_date(2015, 9, 17), "R", "", ""}, {"3.4", make_date(2015, 9, 17), "A", "", ""},
        {"7.6", make_date(2015, 9, 17), "B", "", ""},
    };
    plans::add_ratings(plan, ratings);
    return plan;
}

std::size_t count_of(const std::vector<plans::SectionRagCount>& rows, const std::string& section,
                     const std::string& status) {
    for (const auto& row : rows)
        if (row.section == section && row.status == status) return row.count;
    ADD_FAILURE() << "no row for section " << section << " status '" << status << "'";
    return 0;
}

} // namespace

TEST(Summary, RagCountsBySectionIncludeZerosInSchemeOrder) {
    const auto plan = plan_with_history();
    const auto rows = plans::rag_counts_by_section(plan, make_date(2015, 9, 30));
    ASSERT_EQ(rows.size(), 2u * 5u) << "each section x (unrated + R, A, G, B)";
    EXPECT_EQ(rows[0].section, "3");
    EXPECT_EQ(rows[0].label, "Unrated");
    EXPECT_EQ(rows[1].status, "R");
    EXPECT_EQ(rows[4].status, "B");
    EXPECT_EQ(count_of(rows, "3", ""), 0u);
    EXPECT_EQ(count_of(rows, "3", "R"), 1u);
    EXPECT_EQ(count_of(rows, "3", "A"), 1u);
    EXPECT_EQ(count_of(rows, "3", "G"), 1u);
    EXPECT_EQ(count_of(rows, "7", ""), 2u);
    EXPECT_EQ(count_of(rows, "7", "B"), 1u);
    EXPECT_EQ(rows[5].section_title, "Learning and Development");

    const auto june = plans::rag_counts_by_section(plan, make_date(2015, 6, 30));
    EXPECT_EQ(count_of(june, "3", ""), 1u);
    EXPECT_EQ(count_of(june, "7", "G"), 1u);
    std::size_t total = 0;
    for (const auto& row : june) total += row.count;
    EXPECT_EQ(total, plan.actions.size());
}

TEST(Summary, MovementSinceTheLastReport) {
    const auto plan = plan_with_history();
    const auto report = plans::movement_since_last_report(plan, make_date(2015, 9, 17));
    ASSERT_TRUE(report.previous);
    EXPECT_EQ(*report.previous, make_date(2015, 6, 11));
    ASSERT_EQ(report.actions.size(), 6u);
    auto count = [&report](const std::string& section, Movement movement) -> std::size_t {
        for (const auto& c : report.counts)
            if (c.section == section && c.movement == movement) return c.count;
        return 0;
    };
    EXPECT_EQ(count("3", Movement::Improved), 1u);    // 3.1 A -> G
    EXPECT_EQ(count("3", Movement::Unchanged), 1u);   // 3.3 R -> R
    EXPECT_EQ(count("3", Movement::NewlyRated), 1u);  // 3.4 -> A
    EXPECT_EQ(count("7", Movement::Completed), 1u);   // 7.6 G -> B
    EXPECT_EQ(count("7", Movement::StillUnrated), 2u);
    EXPECT_EQ(count("7", Movement::Worsened), 0u);
    EXPECT_EQ(report.counts.front().section, "3");

    // The first report is compared with "nothing rated".
    const auto first = plans::movement_since_last_report(plan, make_date(2015, 6, 11));
    EXPECT_FALSE(first.previous);
    EXPECT_EQ(first.actions[0].movement, Movement::NewlyRated);
    EXPECT_FALSE(first.actions[0].from);
    EXPECT_EQ(first.actions[2].movement, Movement::StillUnrated);
}

TEST(Summary, MovementAtAMeetingAfterTheLastRoundComparesTheLastTwoRounds) {
    // Rated on 11 June and 17 September, reported on 10 December: the round in force is
    // September's, compared with June's (not September's with itself, all "unchanged").
    const auto plan = plan_with_history();
    const auto report = plans::movement_since_last_report(plan, make_date(2015, 12, 10));
    ASSERT_TRUE(report.previous);
    EXPECT_EQ(*report.previous, make_date(2015, 6, 11));
    auto count = [&report](const std::string& section, Movement movement) -> std::size_t {
        for (const auto& c : report.counts)
            if (c.section == section && c.movement == movement) return c.count;
        return 0;
    };
    EXPECT_EQ(count("3", Movement::Improved), 1u);
    EXPECT_EQ(count("7", Movement::Completed), 1u);
}

TEST(Summary, LeadsAndEvidenceAsPrinted) {
    EXPECT_EQ(plans::lead_key(" Chair CSE  Strategic Group. "), "chair cse strategic group");
    EXPECT_EQ(plans::lead_key("Chair CSE Strategic group"), "chair cse strategic group");
    EXPECT_TRUE(plans::is_sentence_lead("To be evaluated through the CSE Strategic Group in line with the 3 year CSE Strategy."));
    EXPECT_TRUE(plans::is_sentence_lead("CSE Strategic Group to arrange membership and evaluate."));
    EXPECT_FALSE(plans::is_sentence_lead("Head of PPU and 3x LSCB Business Managers"));
    EXPECT_FALSE(plans::is_sentence_lead("Chair CSE Strategic Group."));
    EXPECT_TRUE(plans::reads_complete("Reviewed / completed"));
    EXPECT_TRUE(plans::reads_complete("Complete"));
    EXPECT_TRUE(plans::reads_complete("Completed."));
    EXPECT_FALSE(plans::reads_complete("Level 1 CSE E-Learning Package Training figures reflect completion of the course"));
    EXPECT_FALSE(plans::reads_complete("Reviewed"));
    EXPECT_FALSE(plans::reads_complete(""));
}

TEST(Summary, OverdueByLead) {
    const auto plan = plan_with_history();
    const auto rows = plans::overdue_by_lead(plan, make_date(2015, 12, 10));
    // Overdue: 3.1 (May 2014), 3.3 (July 2014), 3.4 (December 2014); 7.6 is
    // complete; 7.3 and 7.4 have review dates, not deadlines.
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].lead, "Head of PPU Operations");
    EXPECT_EQ(rows[0].count, 2u);
    EXPECT_EQ(rows[0].actions, (std::vector<std::string>{"3.1", "3.3"}));
    EXPECT_EQ(rows[0].max_days_overdue, plans::days_between(make_date(2014, 5, 31), make_date(2015, 12, 10)));
    EXPECT_EQ(rows[1].lead, "CSE Strategic Group");
    EXPECT_EQ(rows[2].lead, "DCI Intel");
    EXPECT_EQ(rows[2].actions, (std::vector<std::string>{"3.1"}));
}

TEST(Summary, OverdueActionWithoutLeadIsListedUnderEmptyLead) {
    auto plan = plan_with_history();
    plan.actions[4].timescale = plans::parse_timescale("September 2014");  // 7.4, no lead printed
    const auto rows = plans::overdue_by_lead(plan, make_date(2015, 12, 10));
    const auto it = std::find_if(rows.begin(), rows.end(), [](const plans::LeadOverdue& r) { return r.lead.empty(); });
    ASSERT_NE(it, rows.end());
    EXPECT_EQ(it->actions, (std::vector<std::string>{"7.4"}));
}
