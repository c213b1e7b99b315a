#include "boardroom/core/error.hpp"
#include "boardroom/io/csv.hpp"
#include "boardroom/io/meeting_csv.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace br = boardroom;
namespace fs = std::filesystem;

namespace {

const fs::path kExample = fs::path(BOARDROOM_SOURCE_DIR) / "examples" / "cpb-2015-12-10";

using boardroom::test::input_error;

// A copy of the example folder with agenda.csv replaced, in a fresh temp folder.
fs::path example_with_agenda(const std::string& name, const std::string& agenda) {
    const fs::path dir = fs::temp_directory_path() / ("boardroom-io-test-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy_file(kExample / "meeting.csv", dir / "meeting.csv");
    std::ofstream(dir / "agenda.csv") << agenda;
    return dir;
}

} // namespace

TEST(Csv, QuotedFieldsKeepCommasQuotesAndLineBreaks) {
    const auto table = br::io::CsvTable::parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n3,4\n", "t.csv");
    ASSERT_EQ(table.rows().size(), 2u);
    EXPECT_EQ(table.rows()[0].cells[0], "x, y");
    EXPECT_EQ(table.rows()[0].cells[1], "say \"hi\"\nthere");
    EXPECT_EQ(table.rows()[0].line, 2u);
    EXPECT_EQ(table.rows()[1].line, 4u) << "the second row starts after the two-line quoted field";
}

TEST(Csv, WidthMismatchNamesTheLine) {
    const auto error = input_error([] { br::io::CsvTable::parse("a,b\n1,2\n\n1,2,3\n", "t.csv"); });
    EXPECT_EQ(error.file(), "t.csv");
    EXPECT_EQ(error.line(), 4u);
    EXPECT_NE(std::string(error.what()).find("3 fields but the header has 2"), std::string::npos);
}

TEST(Csv, UnclosedQuoteNamesWhereItOpened) {
    const auto error = input_error([] { br::io::CsvTable::parse("a,b\n1,\"open\n2,3\n", "t.csv"); });
    EXPECT_EQ(error.line(), 2u);
}

TEST(Csv, StrayQuoteAndDuplicateHeader) {
    EXPECT_EQ(input_error([] { br::io::CsvTable::parse("a,b\n1,x\"y\n", "t.csv"); }).line(), 2u);
    EXPECT_EQ(input_error([] { br::io::CsvTable::parse("a,a\n1,2\n", "t.csv"); }).field(), "a");
    EXPECT_THROW(br::io::CsvTable::parse("", "t.csv"), br::InputError);
}

TEST(Csv, RowsFromASheetKeepTheirRowNumbers) {
    std::vector<br::io::CsvRow> rows{{1, {"", ""}}, {3, {"a", "b"}}, {4, {"1", "2"}}, {7, {"3", "4"}}};
    const auto table = br::io::CsvTable::from_rows(rows, "book.xlsx [sheet Agenda]");
    EXPECT_EQ(table.header(), (std::vector<std::string>{"a", "b"}));
    ASSERT_EQ(table.rows().size(), 2u);
    EXPECT_EQ(table.rows()[1].line, 7u);
    const auto missing = input_error([&] { (void)table.column("c"); });
    EXPECT_EQ(missing.line(), 3u) << "the header's row number";
    rows.push_back({9, {"5", "6", "7"}});
    const auto wide = input_error([&] { br::io::CsvTable::from_rows(rows, "book.xlsx [sheet Agenda]"); });
    EXPECT_EQ(wide.file(), "book.xlsx [sheet Agenda]");
    EXPECT_EQ(wide.line(), 9u);
}

TEST(Csv, MissingFileIsAStorageError) {
    EXPECT_THROW(br::io::CsvTable::read("/nonexistent/boardroom.csv"), br::StorageError);
}

TEST(MeetingFolder, LoadsTheBundledExample) {
    const auto meeting = br::io::load_meeting_folder(kExample);
    EXPECT_EQ(meeting.board, "South Ribble, Chorley & West Lancashire Children's Partnership Board");
    EXPECT_EQ(meeting.date, br::make_date(2015, 12, 10));
    ASSERT_TRUE(meeting.start.has_value());
    EXPECT_EQ(*meeting.start, br::TimeOfDay(14, 0));
    EXPECT_EQ(meeting.venue, "Town Hall, Market Street, Chorley, PR7 1DP");
    ASSERT_EQ(meeting.agenda.size(), 11u);

    const auto& minutes = meeting.item("2");
    EXPECT_EQ(minutes.purpose, br::governance::ItemPurpose::Action);
    ASSERT_TRUE(minutes.pages.has_value());
    EXPECT_EQ(*minutes.pages, (br::governance::PageRange{3, 10}));

    const auto& cse = meeting.item("5a");
    EXPECT_EQ(cse.leads.size(), 2u);
    EXPECT_EQ(cse.leads[1], "Chair");
    EXPECT_TRUE(cse.standing);

    EXPECT_NE(meeting.item("5").intended_outcome.find("\nPossible report from the recent Ofsted"), std::string::npos);
    EXPECT_TRUE(meeting.item("6").leads.empty());
    EXPECT_EQ(meeting.item("4").pages->last, 46);
    EXPECT_THROW(meeting.item("11"), br::NotFoundError);
}

TEST(MeetingFolder, MisspeltPurposeNamesFileLineAndField) {
    const auto dir = example_with_agenda("purpose",
                                         "number,title,purpose,part\n"
                                         "1,Welcome,Information,I\n"
                                         "2,Minutes,Informaton,I\n");
    const auto error = input_error([&] { br::io::load_meeting_folder(dir); });
    EXPECT_EQ(error.file(), (dir / "agenda.csv").string());
    EXPECT_EQ(error.line(), 3u);
    EXPECT_EQ(error.field(), "purpose");
    EXPECT_NE(std::string(error.what()).find("unknown purpose 'Informaton'"), std::string::npos);
}

TEST(MeetingFolder, UnmarkedPartIsRefusedNotAssumedPublic) {
    const auto dir = example_with_agenda("part", "number,title,purpose,part\n1,Welcome,Information,\n");
    const auto error = input_error([&] { br::io::load_meeting_folder(dir); });
    EXPECT_EQ(error.field(), "part");
    EXPECT_EQ(error.line(), 2u);
}

TEST(MeetingFolder, PartTwoNeedsItsParagraph) {
    const auto dir = example_with_agenda("paragraph",
                                         "number,title,purpose,part,exempt_paragraph\n"
                                         "1,Welcome,Information,I,\n"
                                         "2,Contract award,Decision,II,9\n");
    const auto error = input_error([&] { br::io::load_meeting_folder(dir); });
    EXPECT_EQ(error.field(), "exempt_paragraph");
    EXPECT_EQ(error.line(), 3u);
}

TEST(MeetingFolder, OtherFieldErrors) {
    auto check = [](const std::string& name, const std::string& agenda, std::size_t line, const std::string& field) {
        const auto dir = example_with_agenda(name, agenda);
        const auto error = input_error([&] { br::io::load_meeting_folder(dir); });
        EXPECT_EQ(error.line(), line) << name;
        EXPECT_EQ(error.field(), field) << name;
    };
    check("dup", "number,title,purpose,part\n1,A,Action,I\n1,B,Action,I\n", 3, "number");
    check("pages", "number,title,purpose,part,pages\n1,A,Action,I,10-3\n", 2, "pages");
    check("standing", "number,title,purpose,part,standing\n1,A,Action,I,maybe\n", 2, "standing");
    check("unknown", "number,title,purpose,part,leed\n1,A,Action,I,Chair\n", 1, "leed");
    check("missing", "number,title,part\n1,A,I\n", 1, "purpose");
}

TEST(MeetingFolder, UrgentBusinessCarriesItsReason) {
    const auto dir = example_with_agenda("urgent",
                                         "number,title,purpose,part,urgent,urgent_reason\n"
                                         "1,Welcome,Information,I,,\n"
                                         "2,Late report,Decision,I,yes,the decision is due before the next meeting\n"
                                         "3,Another late report,Decision,I,,a reason alone marks it urgent\n");
    const auto meeting = br::io::load_meeting_folder(dir);
    EXPECT_FALSE(meeting.item("1").urgent_reason.has_value());
    EXPECT_EQ(meeting.item("2").urgent_reason, "the decision is due before the next meeting");
    EXPECT_TRUE(meeting.item("3").is_urgent());
    EXPECT_FALSE(br::io::load_meeting_folder(kExample).item("9").is_urgent()) << "the example has no urgent business";
}

TEST(MeetingFolder, UrgentBusinessWithoutItsReasonNamesTheField) {
    auto dir = example_with_agenda("urgent-no-reason",
                                   "number,title,purpose,part,urgent,urgent_reason\n"
                                   "1,Welcome,Information,I,no,\n"
                                   "2,Late report,Decision,I,yes,\n");
    auto error = input_error([&] { br::io::load_meeting_folder(dir); });
    EXPECT_EQ(error.file(), (dir / "agenda.csv").string());
    EXPECT_EQ(error.line(), 3u);
    EXPECT_EQ(error.field(), "urgent_reason");
    EXPECT_NE(std::string(error.what()).find("special circumstances"), std::string::npos) << error.what();

    dir = example_with_agenda("urgent-only-flag", "number,title,purpose,part,urgent\n1,Late report,Decision,I,yes\n");
    error = input_error([&] { br::io::load_meeting_folder(dir); });
    EXPECT_EQ(error.field(), "urgent");

    dir = example_with_agenda("urgent-contradiction",
                              "number,title,purpose,part,urgent,urgent_reason\n1,A,Decision,I,no,because\n");
    error = input_error([&] { br::io::load_meeting_folder(dir); });
    EXPECT_EQ(error.field(), "urgent_reason");
    dir = example_with_agenda("urgent-word", "number,title,purpose,part,urgent\n1,A,Decision,I,perhaps\n");
    EXPECT_EQ(input_error([&] { br::io::load_meeting_folder(dir); }).field(), "urgent");
}

TEST(MeetingFolder, WindowsCodePageFilesAreConvertedWithANote) {
    std::ifstream original(kExample / "agenda.csv", std::ios::binary);
    std::string agenda{std::istreambuf_iterator<char>(original), std::istreambuf_iterator<char>()};
    agenda += "99,Chair\x92s \xA3" "5k fund,Information,,Chair,,I,,no\n";
    const auto dir = example_with_agenda("cp1252", agenda);
    std::vector<br::governance::DataQualityNote> notes;
    const auto meeting = br::io::load_meeting_folder(dir, notes);
    EXPECT_EQ(meeting.item("99").title, "Chair\xE2\x80\x99s \xC2\xA3" "5k fund");
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].file, (dir / "agenda.csv").string());
    fs::remove_all(dir);
}

TEST(MeetingFolder, BytesThatAreNeitherEncodingNameFileLineAndOffset) {
    const auto dir = example_with_agenda("bad-bytes", "number,title,purpose,part\n1,Welcome\x81,Information,I\n");
    const auto error = input_error([&] { br::io::load_meeting_folder(dir); });
    EXPECT_EQ(error.file(), (dir / "agenda.csv").string());
    EXPECT_EQ(error.line(), 2u);
    EXPECT_EQ(error.record(), "byte offset 35");
    fs::remove_all(dir);
}

TEST(MeetingFolder, TheSameItemNumberTwiceIsAnInputError) {
    const auto dir = example_with_agenda(
        "twice", "number,title,purpose,part\n3,Welcome,Information,I\n3,Again,Information,I\n");
    const auto error = input_error([&] { br::io::load_meeting_folder(dir); });
    EXPECT_EQ(error.file(), (dir / "agenda.csv").string());
    fs::remove_all(dir);
}
