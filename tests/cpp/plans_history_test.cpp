// Rating histories: "as of" any date, movement between reporting dates, time in
// each status, overdue actions, and appends that leave the plan unchanged when
// they fail. The ratings are illustrative: the seed's RAG cells are all empty.
#include "boardroom/core/error.hpp"
#include "boardroom/plans/history.hpp"

#include <gtest/gtest.h>

namespace plans = boardroom::plans;
using boardroom::Date;
using boardroom::make_date;
using plans::Movement;

namespace {

plans::PlanAction action(const std::string& number, const std::string& timescale, const std::string& leads = "") {
    plans::PlanAction a;
    a.number = number;
    a.section = std::string(plans::section_number_of(number));
    a.text = "Action " + number;
    a.leads_text = leads;
    a.timescale = plans::parse_timescale(timescale);
    return a;
}

// Four actions of the seed's plan with their printed timescales and leads.
plans::Plan small_plan() {
    plans::Plan plan;
    plan.title = "CSE Action Plan";
    plan.period = plans::parse_plan_period("2015-2018");
    plans::add_section(plan, {"1", "Prevent", "The LSCB must engage ...", "Current Position", 0});
    plans::add_section(plan, {"4", "Partnerships", "The LSCB must be informed ...", "Evidence", 0});
    plans::add_action(plan, action("1.3", "September 2014", "Nick Evans \u2013 Constabulary Corporate Communications"));
    plans::add_action(plan, action("1.4", "September 2015", "CSE Strategic Group to arrange membership and evaluate."));
    plans::add_action(plan, action("1.6", "Reviews of guidance required throughout the period of the plan.", "CSE Strategic Group"));
    plans::add_action(plan, action("4.3", "September 2015", "Head of PPU"));
    return plan;
}

const Date kMar = make_date(2015, 3, 12);
const Date kJun = make_date(2015, 6, 11);
const Date kSep = make_date(2015, 9, 17);
const Date kDec = make_date(2015, 12, 10);

// An illustrative history over four quarterly reports.
plans::Plan rated_plan() {
    auto plan = small_plan();
    const std::vector<plans::RagRating> ratings{
        {"1.3", kMar, "A", "CSE Strategic Group", "strategy drafted"},
        {"1.4", kMar, "R", "CSE Strategic Group", "no group yet"},
        {"1.3", kJun, "G", "CSE Strategic Group", ""},
        {"1.4", kJun, "A", "CSE Strategic Group", ""},
        {"4.3", kJun, "G", "Head of PPU", ""},
        {"1.3", kSep, "B", "CSE Strategic Group", "strategy agreed"},
        {"1.4", kSep, "A", "CSE Strategic Group", ""},
        {"4.3", kSep, "A", "Head of PPU", "BTP post vacant"},
        {"1.6", kDec, "G", "CSE Strategic Group", ""},
    };
    plans::add_ratings(plan, ratings);
    return plan;
}

} // namespace

TEST(History, RatingAsOfAnyDate) {
    const auto plan = rated_plan();
    EXPECT_FALSE(plans::rating_as_of(plan, "1.3", make_date(2015, 3, 11))) << "the day before the first rating";
    EXPECT_EQ(plans::rating_as_of(plan, "1.3", kMar)->status, "A") << "a rating counts from its own date";
    EXPECT_EQ(plans::rating_as_of(plan, "1.3", make_date(2015, 5, 1))->status, "A");
    EXPECT_EQ(plans::rating_as_of(plan, "1.3", kJun)->status, "G");
    const auto latest = plans::rating_as_of(plan, "1.3", make_date(2030, 1, 1));
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->status, "B");
    EXPECT_EQ(latest->date, kSep);
    EXPECT_EQ(latest->note, "strategy agreed");
    EXPECT_FALSE(plans::rating_as_of(plan, "1.6", kSep));
    EXPECT_THROW(plans::rating_as_of(plan, "3.7", kSep), boardroom::NotFoundError);
}

TEST(History, StateOfEveryActionAtADate) {
    auto plan = rated_plan();
    plans::add_position_update(plan, {"1.3", std::nullopt, "baseline as printed", ""});
    plans::add_position_update(plan, {"1.3", kJun, "Media strategy agreed in principle", "KT"});
    const auto states = plans::state_as_of(plan, make_date(2015, 7, 1));
    ASSERT_EQ(states.size(), 4u);
    EXPECT_EQ(states[0].action, "1.3");
    EXPECT_EQ(states[0].status, "G");
    EXPECT_EQ(states[0].rated_on, kJun);
    EXPECT_EQ(states[0].position, "Media strategy agreed in principle");
    EXPECT_FALSE(states[0].complete);
    EXPECT_EQ(states[2].action, "1.6");
    EXPECT_FALSE(states[2].status) << "1.6 is unrated until December";
    EXPECT_EQ(plans::position_as_of(plan, "1.3", make_date(2015, 1, 1))->text, "baseline as printed")
        << "an undated baseline is known at every date";
    EXPECT_TRUE(plans::state_as_of(plan, kDec)[0].complete);
}

TEST(History, MovementBetweenReportingDates) {
    const auto plan = rated_plan();
    const auto moves = plans::movement_between(plan, kJun, kSep);
    ASSERT_EQ(moves.size(), 4u);
    EXPECT_EQ(moves[0].movement, Movement::Completed);  // 1.3 G -> B
    EXPECT_EQ(moves[0].from, "G");
    EXPECT_EQ(moves[0].to, "B");
    EXPECT_EQ(moves[1].movement, Movement::Unchanged);     // 1.4 A -> A
    EXPECT_EQ(moves[2].movement, Movement::StillUnrated);  // 1.6
    EXPECT_EQ(moves[3].movement, Movement::Worsened);      // 4.3 G -> A

    const auto first = plans::movement_between(plan, kMar, kJun);
    EXPECT_EQ(first[0].movement, Movement::Improved);    // 1.3 A -> G
    EXPECT_EQ(first[1].movement, Movement::Improved);    // 1.4 R -> A
    EXPECT_EQ(first[3].movement, Movement::NewlyRated);  // 4.3 - -> G

    const auto later = plans::movement_between(plan, kSep, kDec);
    EXPECT_EQ(later[0].movement, Movement::Unchanged) << "complete stays complete";
    EXPECT_EQ(later[2].movement, Movement::NewlyRated);

    EXPECT_EQ(plans::movement_between(plan, kDec, kDec)[0].movement, Movement::Unchanged);
    EXPECT_THROW(plans::movement_between(plan, kDec, kSep), boardroom::ValidationError);
    EXPECT_EQ(plans::to_string(Movement::NewlyRated), "newly rated");
}

TEST(History, ReopeningACompleteActionIsWorse) {
    auto plan = rated_plan();
    plans::add_rating(plan, {"1.3", kDec, "Amber", "Board", "reopened after review"});
    EXPECT_EQ(plans::rating_as_of(plan, "1.3", kDec)->status, "A") << "labels are stored as codes";
    EXPECT_EQ(plans::movement_between(plan, kSep, kDec)[0].movement, Movement::Worsened);
}

TEST(History, ReportingDates) {
    const auto plan = rated_plan();
    EXPECT_EQ(plans::reporting_dates(plan), (std::vector<Date>{kMar, kJun, kSep, kDec}));
    EXPECT_EQ(plans::previous_reporting_date(plan, kSep), kJun);
    EXPECT_EQ(plans::previous_reporting_date(plan, make_date(2015, 10, 1)), kSep);
    EXPECT_FALSE(plans::previous_reporting_date(plan, kMar));
}

TEST(History, TimeInEachStatus) {
    const auto plan = rated_plan();
    const Date start = make_date(2015, 1, 1);
    const auto spells = plans::status_spells(plan, "1.3", start, kDec);
    ASSERT_EQ(spells.size(), 4u);
    EXPECT_FALSE(spells[0].status);
    EXPECT_EQ(spells[0].days, 70);  // 1 Jan to 12 Mar
    EXPECT_EQ(spells[1].status, "A");
    EXPECT_EQ(spells[1].days, 91);  // 12 Mar to 11 Jun
    EXPECT_EQ(spells[2].status, "G");
    EXPECT_EQ(spells[2].days, 98);  // 11 Jun to 17 Sep
    EXPECT_EQ(spells[3].status, "B");
    EXPECT_EQ(spells[3].end, kDec);
    EXPECT_EQ(spells[3].days, 84);  // 17 Sep to 10 Dec
    long total = 0;
    for (const auto& s : spells) total += s.days;
    EXPECT_EQ(total, plans::days_between(start, kDec));

    // 1.4 is Amber at two reports running: one spell, and time_in_status in scheme order.
    const auto times = plans::time_in_status(plan, "1.4", start, kDec);
    ASSERT_EQ(times.size(), 3u);
    EXPECT_FALSE(times[0].status);
    EXPECT_EQ(times[0].days, 70);
    EXPECT_EQ(times[1].status, "R");
    EXPECT_EQ(times[1].days, 91);
    EXPECT_EQ(times[2].status, "A");
    EXPECT_EQ(times[2].days, 182);  // 11 Jun to 10 Dec

    // A window that starts after a rating starts in that rating's status.
    const auto window = plans::status_spells(plan, "1.3", make_date(2015, 7, 1), make_date(2015, 8, 1));
    ASSERT_EQ(window.size(), 1u);
    EXPECT_EQ(window[0].status, "G");
    EXPECT_EQ(window[0].days, 31);
    EXPECT_TRUE(plans::status_spells(plan, "1.3", kDec, kDec).empty());
    EXPECT_THROW(plans::status_spells(plan, "1.3", kDec, kSep), boardroom::ValidationError);
}

TEST(History, OverdueMeansDuePassedAndNotComplete) {
    const auto plan = rated_plan();
    // 10 December 2015: 1.3 (September 2014) is complete; 1.4 and 4.3 (September 2015)
    // are overdue; 1.6 is ongoing and never overdue.
    const auto overdue = plans::overdue_as_of(plan, kDec);
    ASSERT_EQ(overdue.size(), 2u);
    EXPECT_EQ(overdue[0].action, "1.4");
    EXPECT_EQ(overdue[0].due, make_date(2015, 9, 30));
    EXPECT_EQ(overdue[0].days_overdue, 71);
    EXPECT_EQ(overdue[0].status, "A");
    EXPECT_EQ(overdue[1].action, "4.3");
    EXPECT_EQ(overdue[1].leads, (std::vector<std::string>{"Head of PPU"}));

    // In June 2015 1.3 (due September 2014) was overdue: not yet complete.
    const auto june = plans::overdue_as_of(plan, kJun);
    ASSERT_EQ(june.size(), 1u);
    EXPECT_EQ(june[0].action, "1.3");
    EXPECT_EQ(june[0].status, "G");
    EXPECT_TRUE(plans::overdue_as_of(plan, make_date(2014, 9, 30)).empty()) << "due on the day is not overdue";
    EXPECT_EQ(plans::overdue_as_of(plan, make_date(2014, 10, 1)).size(), 1u);
}

TEST(History, FailedAppendsLeaveThePlanUnchanged) {
    auto plan = rated_plan();
    const auto before = plan;
    // One bad rating in a batch: nothing is added.
    const std::vector<plans::RagRating> batch{{"1.6", kDec + std::chrono::months{1}, "G", "", ""},
                                              {"4.3", kDec, "Purple", "", ""}};
    EXPECT_THROW(plans::add_ratings(plan, batch), boardroom::ValidationError);
    EXPECT_EQ(plan, before);
    EXPECT_THROW(plans::add_rating(plan, {"3.7", kDec, "G", "", ""}), boardroom::ValidationError);
    EXPECT_THROW(plans::add_rating(plan, {"1.3", kSep, "G", "", ""}), boardroom::ValidationError)
        << "already rated that day";
    const std::vector<plans::RagRating> twice{{"4.3", kDec, "G", "", ""}, {"4.3", kDec, "A", "", ""}};
    EXPECT_THROW(plans::add_ratings(plan, twice), boardroom::ValidationError);
    EXPECT_THROW(plans::add_position_update(plan, {"1.3", kDec, "  ", ""}), boardroom::ValidationError);
    EXPECT_THROW(plans::add_position_update(plan, {"9.9", kDec, "text", ""}), boardroom::ValidationError);
    EXPECT_EQ(plan, before);
    EXPECT_NO_THROW(plans::validate(plan));
}

TEST(History, RatingsBeforeThePlanPeriodAreRefused) {
    auto plan = rated_plan();
    const auto before = plan;
    try {
        plans::add_rating(plan, {"1.4", make_date(2014, 12, 31), "R", "", ""});
        ADD_FAILURE() << "a rating on the day before the period was accepted";
    } catch (const boardroom::ValidationError& e) {
        EXPECT_STREQ(e.what(), "cannot rate action 1.4 on 2014-12-31: the plan period 2015-2018 starts on 2015-01-01");
    }
    const std::vector<plans::RagRating> batch{{"1.6", kMar, "G", "", ""}, {"4.3", make_date(2014, 9, 1), "A", "", ""}};
    EXPECT_THROW(plans::add_ratings(plan, batch), boardroom::ValidationError) << "one early rating refuses the batch";
    EXPECT_EQ(plan, before);

    plans::add_rating(plan, {"1.6", make_date(2015, 1, 1), "A", "", ""});
    EXPECT_EQ(plans::rating_as_of(plan, "1.6", make_date(2015, 1, 1))->status, "A") << "the first day is in the period";

    plan.period = plans::parse_plan_period("the life of the plan");
    ASSERT_FALSE(plan.period.start);
    EXPECT_NO_THROW(plans::add_rating(plan, {"1.4", make_date(2014, 12, 31), "R", "", ""}))
        << "a period without dates refuses nothing";
    EXPECT_THROW(plans::require_rating_in_period(rated_plan(), "1.4", make_date(2014, 12, 31)),
                 boardroom::ValidationError);
    EXPECT_NO_THROW(plans::require_rating_in_period(rated_plan(), "1.4", make_date(2015, 1, 1)));
}

TEST(History, RatingsEnteredOutOfOrderAreKeptInDateOrder) {
    auto plan = small_plan();
    plans::add_rating(plan, {"1.4", kSep, "A", "", ""});
    plans::add_rating(plan, {"1.4", kMar, "R", "", ""});
    plans::add_rating(plan, {"4.3", kSep, "G", "", ""});
    ASSERT_EQ(plan.ratings.size(), 3u);
    EXPECT_EQ(plan.ratings[0].date, kMar);
    EXPECT_EQ(plan.ratings[1].action, "1.4") << "order of entry within a date";
    EXPECT_EQ(plan.ratings[2].action, "4.3");
    EXPECT_EQ(plans::rating_as_of(plan, "1.4", kJun)->status, "R");
    EXPECT_NO_THROW(plans::validate(plan));
}

TEST(Plan, ValidateRejectsBrokenTables) {
    auto plan = small_plan();
    EXPECT_THROW(plans::add_action(plan, action("1.3", "")), boardroom::ValidationError) << "duplicate number";
    EXPECT_THROW(plans::add_action(plan, action("9.1", "")), boardroom::ValidationError) << "unknown section";
    EXPECT_THROW(plans::add_section(plan, {"1", "again", "", "", 0}), boardroom::ValidationError);
    EXPECT_EQ(plans::get_action(plan, "4.3").leads, (std::vector<std::string>{"Head of PPU"}));
    EXPECT_THROW(plans::get_action(plan, "3.7"), boardroom::NotFoundError);

    auto duplicate = plan;
    duplicate.actions.push_back(duplicate.actions.front());
    EXPECT_THROW(plans::validate(duplicate), boardroom::ValidationError);
    auto unsorted = rated_plan();
    std::swap(unsorted.ratings.front(), unsorted.ratings.back());
    EXPECT_THROW(plans::validate(unsorted), boardroom::ValidationError);
    auto unknown_status = rated_plan();
    unknown_status.ratings.front().status = "X";
    EXPECT_THROW(plans::validate(unknown_status), boardroom::ValidationError);
}

TEST(RagScheme, SeedKeyAndBrag) {
    const auto key = plans::seed_rag_key();
    ASSERT_EQ(key.statuses.size(), 3u);
    EXPECT_EQ(key.statuses[0].description,
              "Little progress made/Significant challenges to delivery identified which need to be overcome.");
    EXPECT_EQ(key.statuses[1].description, "Making progress but some challenges to delivery need to be overcome");
    EXPECT_EQ(key.statuses[2].description, "Progressing well/ No challenges to continual delivery identified");
    EXPECT_FALSE(key.is_complete("G"));

    const auto brag = plans::default_rag_scheme();
    ASSERT_EQ(brag.statuses.size(), 4u);
    EXPECT_EQ(brag.statuses[3].code, "B");
    EXPECT_TRUE(brag.is_complete("B"));
    EXPECT_EQ(brag.rank("R"), 0u);
    EXPECT_EQ(brag.rank("B"), 3u);
    EXPECT_EQ(brag.find("amber")->code, "A");
    EXPECT_EQ(brag.find(" g ")->label, "Green");
    EXPECT_EQ(brag.find("Purple"), nullptr);
    EXPECT_EQ(plans::with_blue_complete(brag).statuses.size(), 4u) << "Blue is added once";

    // A custom five-point scheme whose complete status is called "Done".
    plans::RagScheme custom{"five point",
                            {{"NS", "Not started", "", "#C9C9C9", false},
                             {"R", "Red", "", "", false},
                             {"A", "Amber", "", "", false},
                             {"G", "Green", "", "", false},
                             {"D", "Done", "", "#0070C0", true}}};
    EXPECT_NO_THROW(plans::validate(custom));
    auto plan = small_plan();
    plan.scheme = custom;
    plans::add_rating(plan, {"4.3", kMar, "Not started", "", ""});
    plans::add_rating(plan, {"4.3", kSep, "Done", "", ""});
    EXPECT_EQ(plans::movement_between(plan, kMar, kSep)[3].movement, Movement::Completed);
    custom.statuses.push_back({"ns", "Again", "", "", false});
    EXPECT_THROW(plans::validate(custom), boardroom::ValidationError);
    EXPECT_THROW(plans::validate(plans::RagScheme{"empty", {}}), boardroom::ValidationError);
}
