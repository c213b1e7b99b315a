// Risk registers as CSV, one row per risk: every column read, the file written
// and read back, and malformed files naming line and column. The register is
// illustrative (the seeds print none); its mitigating actions are numbers of
// the CSE Action Plan 2015-2018.
#include "boardroom/core/error.hpp"
#include "boardroom/io/plan_risk.hpp"
#include "boardroom/io/plan_text.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>

namespace io = boardroom::io;
namespace plans = boardroom::plans;
using boardroom::make_date;

namespace {

const std::string kHeader =
    "reference,risk,owner,likelihood,impact,residual_likelihood,residual_impact,last_reviewed,next_review,"
    "mitigations,mitigating_actions\n";

// Illustrative rows, written as an officer would fill them in.
const std::string kRegister =
    kHeader +
    "R1,Young people at risk of CSE are not identified early,Head of PPU,4,5,2,5,2015-09-17,2015-12-10,"
    "\"- Multi-agency CSE screening tool\n- Training for frontline staff\",\"4.3, 1.4\"\n"
    "R2,Partners do not share intelligence,CSE Strategic Group,3,4,,,,,,1.3;1.6\n"
    "R3,Unfunded posts stay vacant,,2,3,3,3,2015-09-17,,,\n";

using boardroom::test::input_error;

} // namespace

TEST(RiskCsv, EveryColumnIsRead) {
    io::RiskCsvOptions options;
    options.title = "CSE risk register (illustrative)";
    options.board = "Pan-Lancashire LSCB";
    const auto reg = io::parse_risk_register_csv(kRegister, "risks.csv", options);
    EXPECT_EQ(reg.title, "CSE risk register (illustrative)");
    EXPECT_EQ(reg.board, "Pan-Lancashire LSCB");
    EXPECT_EQ(reg.thresholds, plans::default_risk_thresholds());
    ASSERT_EQ(reg.risks.size(), 3u);

    const auto& r1 = reg.risks[0];
    EXPECT_EQ(r1.reference, "R1");
    EXPECT_EQ(r1.description, "Young people at risk of CSE are not identified early");
    EXPECT_EQ(r1.owner, "Head of PPU");
    EXPECT_EQ(r1.inherent, (plans::RiskScore{4, 5}));
    EXPECT_EQ(r1.residual, (plans::RiskScore{2, 5}));
    EXPECT_EQ(r1.last_reviewed, make_date(2015, 9, 17));
    EXPECT_EQ(r1.next_review, make_date(2015, 12, 10));
    EXPECT_EQ(r1.mitigations,
              (std::vector<std::string>{"Multi-agency CSE screening tool", "Training for frontline staff"}));
    EXPECT_EQ(r1.mitigating_actions, (std::vector<std::string>{"4.3", "1.4"}));

    const auto& r2 = reg.risks[1];
    EXPECT_FALSE(r2.residual);
    EXPECT_FALSE(r2.last_reviewed);
    EXPECT_FALSE(r2.next_review);
    EXPECT_TRUE(r2.mitigations.empty());
    EXPECT_EQ(r2.mitigating_actions, (std::vector<std::string>{"1.3", "1.6"}));

    EXPECT_EQ(reg.risks[2].owner, "");
    const auto table = plans::risk_table(reg, make_date(2015, 12, 10));
    EXPECT_EQ(table.front().reference, "R2") << "3 x 4 = 12 unmitigated is the highest current score";
    EXPECT_EQ(table.front().inherent_status, "A");
}

TEST(RiskCsv, OnlyTheRequiredColumnsAreNeeded) {
    const auto reg = io::parse_risk_register_csv("reference,risk,likelihood,impact\nR1,x,5,5\n", "risks.csv");
    ASSERT_EQ(reg.risks.size(), 1u);
    EXPECT_EQ(reg.risks[0].inherent.score(), 25);
    EXPECT_EQ(reg.scheme, plans::seed_rag_key());
}

TEST(RiskCsv, WrittenAndReadBackUnchanged) {
    const auto reg = io::parse_risk_register_csv(kRegister, "risks.csv");
    const auto csv = io::format_risk_register_csv(reg);
    EXPECT_EQ(csv.substr(0, kHeader.size()), kHeader);
    EXPECT_EQ(io::parse_risk_register_csv(csv, "again.csv"), reg);
}

TEST(RiskCsv, ChecksAgainstThePlanFindUnknownActions) {
    const auto plan =
        io::read_plan_text(std::string(BOARDROOM_SOURCE_DIR) + "/examples/cse-action-plan-2015-2018/plan.txt").plan;
    const auto reg = io::parse_risk_register_csv(kHeader + "R1,x,Head of PPU,3,3,,,,,,\"4.3, 3.7\"\n", "risks.csv");
    const auto warnings = plans::check_risks(reg, plan);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].code, "unknown-action");
    EXPECT_NE(warnings[0].message.find("3.7"), std::string::npos);
}

TEST(RiskCsv, MalformedFilesNameLineAndColumn) {
    auto parse = [](std::string text, io::RiskCsvOptions options = {}) {
        return [text, options] { io::parse_risk_register_csv(text, "risks.csv", options); };
    };
    auto e = input_error(parse("reference,risk,likelihood\nR1,x,3\n"));
    EXPECT_EQ(e.field(), "impact");
    EXPECT_EQ(e.line(), 1u);

    e = input_error(parse("reference,risk,likelihood,impact,severity\nR1,x,3,3,high\n"));
    EXPECT_EQ(e.field(), "severity") << "a misspelt column is not ignored";

    e = input_error(parse(kHeader + "R1,x,o,3,6,,,,,,\n"));
    EXPECT_EQ(e.file(), "risks.csv");
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.field(), "impact");
    EXPECT_EQ(e.reason(), "the impact '6' is not a whole number from 1 to 5");

    e = input_error(parse(kHeader + "R1,x,o,3,3,,,,,,\nR2,y,o,0,3,,,,,,\n"));
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.field(), "likelihood");
    e = input_error(parse(kHeader + "R1,x,o,2.5,3,,,,,,\n"));
    EXPECT_EQ(e.field(), "likelihood");
    e = input_error(parse(kHeader + "R1,x,o,3,3,2,9,,,,\n"));
    EXPECT_EQ(e.field(), "residual_impact");
    EXPECT_EQ(e.reason(), "the residual impact '9' is not a whole number from 1 to 5");
    e = input_error(parse(kHeader + "R1,x,o,3,3,2,,,,,\n"));
    EXPECT_EQ(e.field(), "residual_impact");
    EXPECT_EQ(e.reason(), "risk R1 has a residual likelihood but no residual impact");
    e = input_error(parse(kHeader + "R1,x,o,3,3,,2,,,,\n"));
    EXPECT_EQ(e.field(), "residual_likelihood");

    e = input_error(parse(kHeader + "R1,x,o,3,3,,,,,,\nR2,y,o,3,3,,,,,,\nR1,z,o,3,3,,,,,,\n"));
    EXPECT_EQ(e.line(), 4u);
    EXPECT_EQ(e.field(), "reference");
    EXPECT_EQ(e.reason(), "risk R1 appears twice (first at line 2)");
    e = input_error(parse(kHeader + ",x,o,3,3,,,,,,\n"));
    EXPECT_EQ(e.field(), "reference");
    e = input_error(parse(kHeader + "R1,,o,3,3,,,,,,\n"));
    EXPECT_EQ(e.field(), "risk");

    e = input_error(parse(kHeader + "R1,x,o,3,3,,,17/09/2015,,,\n"));
    EXPECT_EQ(e.field(), "last_reviewed");
    EXPECT_EQ(e.reason(), "'17/09/2015' is not a date in the form YYYY-MM-DD");
    e = input_error(parse(kHeader + "R1,x,o,3,3,,,2015-09-17,2015-06-11,,\n"));
    EXPECT_EQ(e.field(), "next_review");
    EXPECT_EQ(e.reason(), "risk R1: the next review (2015-06-11) is before the last (2015-09-17)");
    e = input_error(parse(kHeader + "R1,x,o,3,3,,,,2015-02-30,,\n"));
    EXPECT_EQ(e.field(), "next_review");

    e = input_error(parse(kHeader + "R1,x,o,3,3,,,,,,\"4.3, E safety\"\n"));
    EXPECT_EQ(e.field(), "mitigating_actions");
    EXPECT_EQ(e.reason(), "'E' is not an action number such as 4.5");

    e = input_error(parse(kHeader));
    EXPECT_EQ(e.reason(), "the file has no risks");

    io::RiskCsvOptions purple;
    purple.thresholds = plans::RiskThresholds{{{1, "G"}, {10, "Purple"}}};
    e = input_error(parse(kHeader + "R1,x,o,3,3,,,,,,\n", purple));
    EXPECT_EQ(e.field(), "thresholds");
}

TEST(RiskCsv, ASpreadsheetSheetNamesItsRows) {
    // Row 1 left empty above the header, a blank row between the risks.
    std::vector<io::CsvRow> rows{{1, {"", "", "", ""}},
                                 {2, {"reference", "risk", "likelihood", "impact"}},
                                 {3, {"R1", "x", "3", "4"}},
                                 {4, {"", "", "", ""}},
                                 {5, {"R2", "y", "7", "4"}}};
    auto e = input_error(
        [&] { io::parse_risk_register_csv(io::CsvTable::from_rows(rows, "book.xlsx [sheet Risks]")); });
    EXPECT_EQ(e.file(), "book.xlsx [sheet Risks]");
    EXPECT_EQ(e.line(), 5u);
    EXPECT_EQ(e.field(), "likelihood");
    EXPECT_EQ(std::string(e.what()),
              "book.xlsx [sheet Risks]:5: field 'likelihood': the likelihood '7' is not a whole number from 1 to 5");
    rows.back().cells[2] = "2";
    const auto reg = io::parse_risk_register_csv(io::CsvTable::from_rows(rows, "book.xlsx [sheet Risks]"));
    EXPECT_EQ(reg.risks.size(), 2u);
}
