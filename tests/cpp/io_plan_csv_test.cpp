// Plans as CSV, one row per action: the seed plan written and read back, the
// bundled CSV form of the example, and malformed files naming line and column.
#include "boardroom/core/error.hpp"
#include "boardroom/io/plan_csv.hpp"
#include "boardroom/plans/check.hpp"
#include "boardroom/plans/history.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace io = boardroom::io;
namespace plans = boardroom::plans;
using boardroom::make_date;

namespace {

const std::string kExample = std::string(BOARDROOM_SOURCE_DIR) + "/examples/cse-action-plan-2015-2018/";

io::PlanCsvOptions seed_options(const plans::Plan& plan) {
    io::PlanCsvOptions options;
    options.title = plan.title;
    options.board = plan.board;
    options.period = plan.period.text;
    options.scheme = plan.scheme;
    return options;
}

// Everything but the source line numbers, which differ between the two forms.
void expect_same_plan(const plans::Plan& a, const plans::Plan& b) {
    ASSERT_EQ(a.sections.size(), b.sections.size());
    for (std::size_t i = 0; i < a.sections.size(); ++i) {
        EXPECT_EQ(a.sections[i].number, b.sections[i].number);
        EXPECT_EQ(a.sections[i].title, b.sections[i].title);
        EXPECT_EQ(a.sections[i].statement, b.sections[i].statement);
        EXPECT_EQ(a.sections[i].position_heading, b.sections[i].position_heading);
    }
    ASSERT_EQ(a.actions.size(), b.actions.size());
    for (std::size_t i = 0; i < a.actions.size(); ++i) {
        auto x = a.actions[i], y = b.actions[i];
        x.line = y.line = 0;
        EXPECT_EQ(x, y) << "action " << x.number;
    }
    EXPECT_EQ(a.positions, b.positions);
    EXPECT_EQ(a.ratings, b.ratings);
    EXPECT_EQ(a.period, b.period);
    EXPECT_EQ(a.board, b.board);
}

using boardroom::test::input_error;

} // namespace

TEST(PlanCsv, TheSeedPlanRoundTrips) {
    const auto text = io::read_plan_text(kExample + "plan.txt");
    const std::string csv = io::format_plan_csv(text.plan);
    const auto back = io::parse_plan_csv(csv, "plan.csv", seed_options(text.plan));
    expect_same_plan(text.plan, back.plan);
    ASSERT_EQ(back.warnings.size(), text.warnings.size()) << "the same quirks, found again";
    for (std::size_t i = 0; i < back.warnings.size(); ++i) {
        EXPECT_EQ(back.warnings[i].code, text.warnings[i].code);
        EXPECT_EQ(back.warnings[i].subject, text.warnings[i].subject);
    }
    // Warnings point at the CSV line where 7.4's row starts (cells may span lines).
    const auto at = csv.find(",7.4,");
    ASSERT_NE(at, std::string::npos);
    const auto row_start = csv.rfind('\n', at) + 1;
    const auto line = 1 + static_cast<std::size_t>(std::count(csv.begin(), csv.begin() + static_cast<long>(row_start), '\n'));
    EXPECT_GT(line, 39u) << "multi-line cells push rows down";
    EXPECT_EQ(plans::with_code(back.warnings, "unknown-reference").at(0).line, line);
}

TEST(PlanCsv, TheBundledCsvMatchesTheSeedText) {
    const auto text = io::read_plan_text(kExample + "plan.txt");
    const auto csv = io::read_plan_csv(kExample + "plan.csv", seed_options(text.plan));
    expect_same_plan(text.plan, csv.plan);
}

TEST(PlanCsv, HistoryColumnsRoundTrip) {
    auto plan = io::read_plan_text(kExample + "plan.txt").plan;
    plans::add_rating(plan, {"1.3", make_date(2015, 9, 17), "G", "CSE Strategic Group", "media strategy agreed"});
    plans::add_rating(plan, {"1.3", make_date(2015, 12, 10), "B", "CSE Strategic Group", "complete"});
    plans::add_position_update(plan, {"1.3", make_date(2015, 12, 10), "Strategy in use", "CSE Strategic Group"});
    const auto csv = io::format_plan_csv(plan, make_date(2015, 10, 1));
    const auto back = io::parse_plan_csv(csv, "plan.csv", seed_options(plan)).plan;
    ASSERT_EQ(back.ratings.size(), 1u) << "the state as of 1 October 2015";
    EXPECT_EQ(back.ratings[0].status, "G");
    EXPECT_EQ(back.ratings[0].date, make_date(2015, 9, 17));
    EXPECT_EQ(back.ratings[0].note, "media strategy agreed");
    EXPECT_EQ(plans::position_as_of(back, "1.3", make_date(2016, 1, 1))->text.rfind("Co-ordination of agencies", 0), 0u)
        << "the update of 10 December is after 1 October: the printed baseline is written";
}

TEST(PlanCsv, MalformedFilesNameLineAndColumn) {
    auto parse = [](std::string text, io::PlanCsvOptions options = {}) {
        return [text, options] { io::parse_plan_csv(text, "plan.csv", options); };
    };
    const std::string header = "section,section_title,number,action,leads,timescale,rag,rag_date\n";

    auto e = input_error(parse("section,action\n1,x\n"));
    EXPECT_EQ(e.field(), "number");

    e = input_error(parse("section,number,action,lead\n1,1.1,x,y\n"));
    EXPECT_EQ(e.field(), "lead") << "a misspelt column is not ignored";

    e = input_error(parse(header + "1,Prevent,1.1,x,,May 2014,,\n1,Prevent,1.1,y,,May 2014,,\n"));
    EXPECT_EQ(e.file(), "plan.csv");
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.field(), "number");

    e = input_error(parse(header + "1,Prevent,1.1,x,,May 2014,,\n1,Protect,1.2,y,,May 2014,,\n"));
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.field(), "section_title");

    e = input_error(parse(header + "1,Prevent,1.1,,,May 2014,,\n"));
    EXPECT_EQ(e.field(), "action");

    e = input_error(parse(header + "1,Prevent,1.1,x,,May 2014,Purple,2015-12-10\n"));
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.field(), "rag");

    e = input_error(parse(header + "1,Prevent,1.1,x,,May 2014,A,\n"));
    EXPECT_EQ(e.field(), "rag_date") << "a rating needs a date";

    e = input_error(parse(header + "1,Prevent,1.1,x,,May 2014,A,10/12/2015\n"));
    EXPECT_EQ(e.field(), "rag_date");
    EXPECT_NE(e.reason().find("YYYY-MM-DD"), std::string::npos);

    e = input_error(parse("section,number,action,position,position_date\n1,1.1,x,,2015-12-10\n"));
    EXPECT_EQ(e.field(), "position_date");

    e = input_error(parse("section,number,action\n"));
    EXPECT_NE(e.reason().find("no actions"), std::string::npos);

    io::PlanCsvOptions period;
    period.period = "2015-2018";
    e = input_error(parse(header + "1,Prevent,1.1,x,,May 2014,A,2015-12-10\n1,Prevent,1.2,y,,May 2014,R,2014-03-31\n",
                          period));
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.field(), "rag_date");
    EXPECT_EQ(e.reason(), "cannot rate action 1.2 on 2014-03-31: the plan period 2015-2018 starts on 2015-01-01");

    io::PlanCsvOptions dated;
    dated.as_of = make_date(2015, 12, 10);
    const auto ok = io::parse_plan_csv(header + "1,Prevent,1.1,x,,May 2014,amber,\n", "plan.csv", dated);
    ASSERT_EQ(ok.plan.ratings.size(), 1u);
    EXPECT_EQ(ok.plan.ratings[0].status, "A");
    EXPECT_EQ(ok.plan.ratings[0].date, make_date(2015, 12, 10));
}

TEST(PlanCsv, ASpreadsheetSheetLoadsLikeTheCsvAndNamesItsRows) {
    // A sheet as the Python layer reads it: every cell as text, each row with
    // its row number; here the header sits on row 3 under two empty rows.
    const auto text = io::read_plan_text(kExample + "plan.txt");
    const auto csv_table = io::CsvTable::parse(io::format_plan_csv(text.plan), "plan.csv");
    std::vector<io::CsvRow> rows{{1, {}}, {2, {}}, {3, csv_table.header()}};
    std::size_t number = 4;
    for (const auto& row : csv_table.rows()) rows.push_back({number++, row.cells});
    for (auto& row : rows) row.cells.resize(csv_table.header().size());
    const auto sheet =
        io::parse_plan_csv(io::CsvTable::from_rows(rows, "book.xlsx [sheet Plan]"), seed_options(text.plan));
    expect_same_plan(text.plan, sheet.plan);
    EXPECT_EQ(sheet.plan.actions.front().line, 4u);
    EXPECT_EQ(sheet.plan.title, text.plan.title);
    EXPECT_EQ(plans::with_code(sheet.warnings, "unknown-reference").at(0).file, "book.xlsx [sheet Plan]");

    const auto rag = static_cast<std::size_t>(std::find(csv_table.header().begin(), csv_table.header().end(), "rag") -
                                              csv_table.header().begin());
    rows[10].cells[rag] = "Purple";
    auto e = input_error([&] { io::parse_plan_csv(io::CsvTable::from_rows(rows, "book.xlsx [sheet Plan]")); });
    EXPECT_EQ(e.file(), "book.xlsx [sheet Plan]");
    EXPECT_EQ(e.line(), 11u);
    EXPECT_EQ(e.field(), "rag");
    EXPECT_EQ(std::string(e.what()).rfind("book.xlsx [sheet Plan]:11: field 'rag': 'Purple' is not a status", 0), 0u)
        << e.what();
}

TEST(PlanCsv, WindowsCodePageTextIsConvertedWithAWarning) {
    const std::string csv = "section,section_title,number,action,leads,timescale\n"
                            "1,Prevent,1.1,Chair\x92s \xA3" "5k fund,Chair,May 2014\n";
    const auto loaded = io::parse_plan_csv(csv, "cp.csv");
    EXPECT_EQ(loaded.plan.actions.at(0).text, "Chair\xE2\x80\x99s \xC2\xA3" "5k fund");
    const auto converted = plans::with_code(loaded.warnings, "windows-1252");
    ASSERT_EQ(converted.size(), 1u);
    EXPECT_EQ(converted[0].file, "cp.csv");
    const auto e = input_error([] { io::parse_plan_csv("section,number\n1,\x81\n", "bad.csv"); });
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.record(), "byte offset 17");
}
