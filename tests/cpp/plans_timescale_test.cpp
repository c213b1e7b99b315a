// Timescales, periods, action numbers and leads as the seed prints them.
#include "boardroom/core/error.hpp"
#include "boardroom/plans/plan.hpp"
#include "boardroom/plans/timescale.hpp"

#include <gtest/gtest.h>

namespace plans = boardroom::plans;
using boardroom::make_date;
using plans::TimescaleKind;

TEST(Timescale, EveryFormInTheSeed) {
    // Month and year: due by the last day of the month.
    for (auto [text, year, month, day] : {std::tuple{"September 2014", 2014, 9u, 30u}, {"December 2014", 2014, 12u, 31u},
                                          {"May 2014", 2014, 5u, 31u},        {"July 2014", 2014, 7u, 31u},
                                          {"March 2015", 2015, 3u, 31u},      {"April 2014", 2014, 4u, 30u},
                                          {"June 2014", 2014, 6u, 30u},       {"August 2014", 2014, 8u, 31u},
                                          {"September 2015", 2015, 9u, 30u}}) {
        const auto t = plans::parse_timescale(text);
        EXPECT_EQ(t.kind, TimescaleKind::DueBy) << text;
        EXPECT_EQ(t.date, make_date(year, month, day)) << text;
        EXPECT_EQ(t.due_date(), t.date) << text;
        EXPECT_EQ(t.text, text);
    }
    // "Review ..." is a review date, not a deadline.
    for (auto [text, year, month, day] : {std::tuple{"Review September 2014", 2014, 9u, 30u},
                                          {"Review March 2015", 2015, 3u, 31u},
                                          {"Review July 2014", 2014, 7u, 31u}}) {
        const auto t = plans::parse_timescale(text);
        EXPECT_EQ(t.kind, TimescaleKind::ReviewBy) << text;
        EXPECT_EQ(t.date, make_date(year, month, day)) << text;
        EXPECT_FALSE(t.due_date()) << "a review date is never a due date";
    }
    const auto ongoing = plans::parse_timescale("Reviews of guidance required throughout the period of the plan.");
    EXPECT_EQ(ongoing.kind, TimescaleKind::Ongoing);
    EXPECT_FALSE(ongoing.date);
    EXPECT_EQ(ongoing.text, "Reviews of guidance required throughout the period of the plan.");

    const auto empty = plans::parse_timescale("  ");
    EXPECT_EQ(empty.kind, TimescaleKind::Unspecified);
    EXPECT_EQ(empty.text, "");
}

TEST(Timescale, OtherCommonForms) {
    EXPECT_EQ(plans::parse_timescale("30 September 2014").date, make_date(2014, 9, 30));
    EXPECT_EQ(plans::parse_timescale("1st Sept 2014").date, make_date(2014, 9, 1));
    EXPECT_EQ(plans::parse_timescale("2015-03-31").date, make_date(2015, 3, 31));
    EXPECT_EQ(plans::parse_timescale("31/03/2015").date, make_date(2015, 3, 31));
    EXPECT_EQ(plans::parse_timescale("Feb 2016").date, make_date(2016, 2, 29)) << "leap year";
    EXPECT_EQ(plans::parse_timescale("By end of March 2016.").kind, TimescaleKind::DueBy);
    EXPECT_EQ(plans::parse_timescale("Review by: June 2016").kind, TimescaleKind::ReviewBy);
    EXPECT_EQ(plans::parse_timescale("REVIEW SEPTEMBER 2014").date, make_date(2014, 9, 30));
    EXPECT_EQ(plans::parse_timescale("Ongoing").kind, TimescaleKind::Ongoing);
    EXPECT_EQ(plans::parse_timescale("Quarterly").kind, TimescaleKind::Ongoing);
}

TEST(Timescale, UnreadableTextIsKept) {
    for (const char* text : {"Soon", "31 February 2015", "Septembre 2014", "September", "Q3", "Ma 2014"}) {
        const auto t = plans::parse_timescale(text);
        EXPECT_EQ(t.kind, TimescaleKind::Unrecognised) << text;
        EXPECT_FALSE(t.date) << text;
        EXPECT_EQ(t.text, text);
    }
}

TEST(Timescale, KindNamesRoundTrip) {
    for (auto kind : {TimescaleKind::Unspecified, TimescaleKind::DueBy, TimescaleKind::ReviewBy, TimescaleKind::Ongoing,
                      TimescaleKind::Unrecognised})
        EXPECT_EQ(plans::parse_timescale_kind(plans::to_string(kind)), kind);
    EXPECT_FALSE(plans::parse_timescale_kind("overdue"));
    EXPECT_EQ(plans::days_between(make_date(2014, 9, 30), make_date(2015, 12, 10)), 436);
    EXPECT_EQ(plans::days_between(make_date(2015, 12, 10), make_date(2014, 9, 30)), -436);
}

TEST(PlanPeriod, CalendarAndFinancialYears) {
    const auto plan = plans::parse_plan_period("2015-2018");
    EXPECT_EQ(plan.start, make_date(2015, 1, 1));
    EXPECT_EQ(plan.end, make_date(2018, 12, 31));
    EXPECT_EQ(plan.text, "2015-2018");
    EXPECT_EQ(plans::parse_plan_period("2015-18").end, make_date(2018, 12, 31));
    const auto financial = plans::parse_plan_period("2015/16");
    EXPECT_EQ(financial.start, make_date(2015, 4, 1));
    EXPECT_EQ(financial.end, make_date(2016, 3, 31));
    const auto unknown = plans::parse_plan_period("the next three years");
    EXPECT_FALSE(unknown.start);
    EXPECT_EQ(unknown.text, "the next three years");
    EXPECT_FALSE(plans::parse_plan_period("2018-2015").start) << "backwards";
}

TEST(ActionNumbers, RecognisedComparedAndSplit) {
    EXPECT_TRUE(plans::is_action_number("1.1"));
    EXPECT_TRUE(plans::is_action_number("10.12"));
    EXPECT_TRUE(plans::is_action_number("2.5a"));
    EXPECT_FALSE(plans::is_action_number("1"));
    EXPECT_FALSE(plans::is_action_number("1."));
    EXPECT_FALSE(plans::is_action_number(".1"));
    EXPECT_FALSE(plans::is_action_number("A.1"));
    EXPECT_EQ(plans::section_number_of("7.4"), "7");
    EXPECT_LT(plans::compare_action_numbers("1.2", "1.10"), 0);
    EXPECT_GT(plans::compare_action_numbers("2.1", "1.10"), 0);
    EXPECT_EQ(plans::compare_action_numbers("3.4", "3.4"), 0);
}

TEST(Leads, SplitAsPrinted) {
    EXPECT_EQ(plans::split_leads("Head of PPU/Chair CSE Strategic Group."),
              (std::vector<std::string>{"Head of PPU", "Chair CSE Strategic Group."}));
    EXPECT_EQ(plans::split_leads("Partnership CI (Divisions)\nTeam Managers of specialist Pan Lancashire teams"),
              (std::vector<std::string>{"Partnership CI (Divisions)", "Team Managers of specialist Pan Lancashire teams"}));
    EXPECT_EQ(plans::split_leads("Head of PPU and 3x LSCB Business Managers"),
              (std::vector<std::string>{"Head of PPU and 3x LSCB Business Managers"}))
        << "'and' is part of a role, not a separator";
    EXPECT_EQ(plans::split_leads("KT; SA /KT"), (std::vector<std::string>{"KT", "SA"})) << "duplicates kept once";
    EXPECT_TRUE(plans::split_leads("  ").empty());
}
