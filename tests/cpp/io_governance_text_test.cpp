// The governance text loaders on small inputs: what they read, and errors that
// name the file, the line and the field.
#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"
#include "boardroom/io/governance_import.hpp"
#include "boardroom/io/word_table.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace br = boardroom;
namespace gov = boardroom::governance;
namespace io = boardroom::io;

namespace {

using boardroom::test::input_error;

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

} // namespace

TEST(GovernanceText, DatesAsPacksPrintThem) {
    auto d = io::find_printed_date("Thursday, 10th December 2015, 2.00 pm at Town Hall");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->date, br::make_date(2015, 12, 10));
    EXPECT_FALSE(d->year_inferred);
    EXPECT_FALSE(d->weekday_mismatch);
    EXPECT_EQ(d->begin, 0u) << "the weekday belongs to the date";

    d = io::find_printed_date("the minutes of the meeting 17 th September and", br::make_date(2015, 12, 10),
                              io::YearHint::OnOrBefore);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->date, br::make_date(2015, 9, 17));
    EXPECT_TRUE(d->year_inferred);
    d = io::find_printed_date("Thursday 10th March 2.00pm", br::make_date(2015, 9, 17));
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->date, br::make_date(2016, 3, 10)) << "the next 10 March after the meeting";
    EXPECT_EQ(io::find_printed_date("Meeting to be held on 17July 2015")->date, br::make_date(2015, 7, 17));
    EXPECT_EQ(io::find_printed_date("Friday, 19th June, 2015 at 10.30 am")->date, br::make_date(2015, 6, 19));
    EXPECT_EQ(io::find_printed_date("held on 21 Sept 2015")->date, br::make_date(2015, 9, 21));
    EXPECT_TRUE(io::find_printed_date("Friday 10 December 2015")->weekday_mismatch);
    EXPECT_FALSE(io::find_printed_date("21 May as a correct record").has_value()) << "no year and no reference";
    EXPECT_FALSE(io::find_printed_date("12,261 partners had completed").has_value());
    EXPECT_FALSE(io::find_printed_date("31 June 2015").has_value());
}

TEST(GovernanceText, TimesNeedAmPmOrAColon) {
    const auto times = io::find_printed_times("2.00pm \u2013 4.00pm, Committee Room 1, 10.30 am, 10:30am, 14:00, 2pm");
    ASSERT_EQ(times.size(), 6u);
    EXPECT_EQ(times[0].time, br::TimeOfDay(14, 0));
    EXPECT_EQ(times[1].time, br::TimeOfDay(16, 0));
    EXPECT_EQ(times[2].time, br::TimeOfDay(10, 30));
    EXPECT_EQ(times[3].time, br::TimeOfDay(10, 30));
    EXPECT_EQ(times[4].time, br::TimeOfDay(14, 0));
    EXPECT_EQ(times[5].time, br::TimeOfDay(14, 0));
    EXPECT_TRUE(io::find_printed_times("Room 1, 12,261 partners, 2015, \u00a329.46, 13pm").empty());
}

TEST(GovernanceText, MeetingLines) {
    auto m = io::parse_meeting_line("Thursday 9 June 2016, 2pm \u2013 West Lancs, To be confirmed");
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->date.date, br::make_date(2016, 6, 9));
    EXPECT_EQ(m->start, br::TimeOfDay(14, 0));
    EXPECT_EQ(m->venue, "West Lancs");
    EXPECT_EQ(m->status, gov::MeetingStatus::ToBeConfirmed);
    m = io::parse_meeting_line("NOTES OF MEETING HELD ON THURSDAY, 17 SEPTEMBER 2015 AT YOUTH ZONE, SKELMERSDALE");
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->before, "NOTES OF MEETING HELD ON");
    EXPECT_EQ(m->venue, "YOUTH ZONE, SKELMERSDALE");
    EXPECT_FALSE(m->start.has_value());
    m = io::parse_meeting_line("Thursday 10th December 2.00pm \u2013 4.00pm, Committee Room 1, Chorley Town Hall",
                               br::make_date(2015, 9, 17));
    ASSERT_TRUE(m.has_value());
    EXPECT_TRUE(m->date.year_inferred);
    EXPECT_EQ(m->end, br::TimeOfDay(16, 0));
    EXPECT_EQ(m->venue, "Committee Room 1, Chorley Town Hall");
    EXPECT_FALSE(io::parse_meeting_line("Apologies").has_value());
    m = io::parse_meeting_line("Friday, 17th July, 2015 at 10.30am in Cabinet Room 'B' - The Diamond Jubilee Room");
    EXPECT_EQ(m->start, br::TimeOfDay(10, 30));
    EXPECT_EQ(m->venue, "Cabinet Room 'B' - The Diamond Jubilee Room");
    m = io::parse_meeting_line("Thursday 10 March 2016, Room 2 from 1pm");
    EXPECT_FALSE(m->start.has_value()) << "a time after the venue is not the start";
    EXPECT_EQ(m->venue, "Room 2 from 1pm");
}

TEST(GovernanceAttendanceText, ReadsTabRowsAndGrids) {
    const std::string text =
        "Present:\n\n"
        "Rebecca Huddleston(Chair)\tHead of Policy & Communications\tChorley Council\n"
        "Cllr Yvonne Gagen\tDeputy Leader\tWest Lancashire Borough Council\n"
        "Simon Tait\t\tIntrahealth\n\n"
        "Apologies:\n"
        "Julie Brown\tHeadteacher\tLongton Primary School\n";
    const auto list = io::parse_attendance_list(text, "attendance.txt", 36);
    ASSERT_EQ(list.entries.size(), 4u);
    EXPECT_EQ(list.count(gov::AttendanceStatus::Present), 3u);
    EXPECT_EQ(list.entries[0].line, 38u);
    EXPECT_EQ(list.entries[0].name.chair_marker, "Chair");
    EXPECT_EQ(list.entries[0].name.family_name, "Huddleston");
    EXPECT_EQ(list.entries[1].name.honorific, "Cllr");
    EXPECT_EQ(list.entries[2].title, "");
    EXPECT_EQ(list.entries[3].status, gov::AttendanceStatus::Apologies);
    EXPECT_EQ(list.entries[3].line, 43u);

    const std::string grid =
        "Present:\n"
        "County Councillor Bill Winlow (Chair)\n"
        "County Councillors\n"
        "C Crompton D O'Toole\n"
        "C Pritchard Mrs F Craig-Wilson C Dereli\n"
        "CC Cynthia Dereli replaced CC Richard Newman-Thompson and CC Fabian Craig-Wilson replaced CC Vivien Taylor "
        "for this meeting.\n";
    const auto councillors = io::parse_attendance_list(grid, "minutes.txt");
    ASSERT_EQ(councillors.entries.size(), 6u);
    EXPECT_EQ(councillors.entries[2].name.family_name, "O'Toole");
    EXPECT_EQ(councillors.entries[2].name.honorific, "County Councillor");
    const auto& fcw = councillors.entries[4];
    EXPECT_EQ(fcw.status, gov::AttendanceStatus::Substitute);
    EXPECT_EQ(fcw.name.honorific, "Mrs") << "kept as printed in the grid";
    EXPECT_EQ(fcw.name.given_name, "Fabian");
    EXPECT_EQ(fcw.replaces.family_name, "Taylor");
    EXPECT_EQ(fcw.other_forms, std::vector<std::string>{"CC Fabian Craig-Wilson"});
    EXPECT_EQ(councillors.entries[5].replaces.family_name, "Newman-Thompson");
    ASSERT_EQ(councillors.notes.size(), 1u);
    EXPECT_EQ(councillors.notes[0].line, 6u);
    EXPECT_TRUE(contains(councillors.notes[0].message, "'Mrs F Craig-Wilson' (line 5)")) << councillors.notes[0].message;
}

TEST(GovernanceAttendanceText, ErrorsNameFileLineAndField) {
    auto e = input_error([] { io::parse_attendance_list("Sarah Ashcroft\tCo-ordinator\tChorley Council\n", "a.txt", 10); });
    EXPECT_EQ(e.file(), "a.txt");
    EXPECT_EQ(e.line(), 10u);
    EXPECT_EQ(e.field(), "section");
    e = input_error([] { io::parse_attendance_list("Present:\nSarah Ashcroft\tCo-ordinator\n", "a.txt"); });
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.field(), "organisation");
    EXPECT_TRUE(contains(e.what(), "a.txt:2: field 'organisation': 'Sarah Ashcroft' has no organisation")) << e.what();
    e = input_error([] { io::parse_attendance_list("Present:\n\tCo-ordinator\tChorley Council\n", "a.txt"); });
    EXPECT_EQ(e.field(), "name");
    e = input_error([] { io::parse_attendance_list("Present:\nA\tB\tC\tD\n", "a.txt"); });
    EXPECT_EQ(e.field(), "organisation");
    e = input_error([] { io::parse_attendance_list("Present:\nC Crompton Watts\n", "m.txt"); });
    EXPECT_EQ(e.field(), "name");
    EXPECT_TRUE(contains(e.what(), "'Watts' has no initial")) << e.what();
    e = input_error([] {
        io::parse_attendance_list("Present:\nC Dereli\nCC Cynthia Dereli replaced CC Richard Newman-Thompson, "
                                  "CC Steven Holgate substituted for\n",
                                  "m.txt", 49);
    });
    EXPECT_EQ(e.line(), 51u);
    EXPECT_EQ(e.field(), "substitution");
}

TEST(GovernanceMinutesText, ActionsResolutionsAndPageBreaks) {
    const std::string text =
        "THE BOARD\n"
        "NOTES OF MEETING HELD ON THURSDAY, 17 SEPTEMBER 2015 AT YOUTH ZONE, SKELMERSDALE\n"
        "\n"
        "Present:\n"
        "Sarah Ashcroft\tCo-ordinator\tChorley Council\n"
        "Sheila Minchin\tDirector\tWest Lancashire College\n"
        "\n"
        "ACTION BY\n"
        "\n"
        "1 WELCOME\n"
        "\n"
        "Graham advised that he could visit organisations to deliver\n"
        "\n\n\n"
        "presentations to groups of staff.\n"
        "\n"
        "It was agreed to ask the trainer to attend.\n"
        "\n"
        "SA/SM\n"
        "\n"
        "2\n"
        "\n"
        "PREVENT DUTY\n"
        "\n"
        "Resolved that;\n"
        "\n"
        "- (i) The Board note the report.\n"
        "- (iii) The Board thank the trainer\n"
        "\n"
        "3 ANY OTHER BUSINESS\n"
        "Resolved: That the report be noted.\n";
    const auto doc = io::parse_minutes(text, "notes.txt");
    EXPECT_EQ(doc.board_name, "THE BOARD");
    ASSERT_TRUE(doc.meeting.has_value());
    EXPECT_EQ(doc.meeting->date.date, br::make_date(2015, 9, 17));
    EXPECT_EQ(doc.meeting_line, 2u);
    EXPECT_TRUE(doc.action_column);
    EXPECT_EQ(doc.attendance.entries.size(), 2u);
    ASSERT_EQ(doc.items.size(), 3u);
    const auto& first = doc.items[0];
    ASSERT_EQ(first.paragraphs.size(), 2u);
    EXPECT_EQ(first.paragraphs[0].text, "Graham advised that he could visit organisations to deliver presentations to groups of staff.");
    ASSERT_EQ(first.actions.size(), 1u);
    EXPECT_EQ(first.actions[0].initials, "SA/SM");
    EXPECT_EQ(first.actions[0].line, 20u);
    EXPECT_EQ(first.actions[0].text_line, 18u);
    EXPECT_EQ(doc.items[1].number, "2");
    EXPECT_EQ(doc.items[1].title, "PREVENT DUTY");
    ASSERT_EQ(doc.items[1].resolutions.size(), 1u);
    EXPECT_EQ(doc.items[1].resolutions[0].resolution.parts,
              (std::vector<std::string>{"The Board note the report.", "The Board thank the trainer"}));
    EXPECT_TRUE(doc.items[1].paragraphs.empty()) << "resolutions are not narrative";
    ASSERT_EQ(doc.notes.size(), 1u) << "(iii) printed second";
    EXPECT_TRUE(contains(doc.notes[0].message, "'(iii)' is number 2")) << doc.notes[0].message;
    EXPECT_EQ(doc.items[2].resolutions[0].resolution.preamble, "Resolved:");
    EXPECT_EQ(doc.items[2].resolutions[0].resolution.parts, std::vector<std::string>{"That the report be noted."});
    EXPECT_EQ(gov::resolution_label(3), "(iv)");
    EXPECT_EQ(gov::parse_roman("xiv"), 14);
    EXPECT_EQ(gov::parse_roman("iiii"), 0);
}

TEST(GovernanceMinutesText, ErrorsNameFileLineAndField) {
    auto e = input_error([] { io::parse_minutes("THE BOARD\nNOTES OF A MEETING\n1 WELCOME\n", "n.txt"); });
    EXPECT_EQ(e.field(), "heading");
    e = input_error([] { io::parse_minutes("ACTION BY\n1 WELCOME\n\nRH\n", "n.txt", 100); });
    EXPECT_EQ(e.line(), 103u);
    EXPECT_EQ(e.field(), "ACTION BY");
    EXPECT_EQ(e.record(), "item 1");
    e = input_error([] { io::parse_minutes("1. Report\n\nResolved that;\n\nThe end.\n", "n.txt"); });
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.field(), "resolution");
    e = input_error([] { io::parse_minutes("ACTION BY\nSome text first\n1 WELCOME\n", "n.txt"); });
    EXPECT_EQ(e.field(), "item");
    e = input_error([] { io::parse_minutes("1 WELCOME\n\n2\n\n3 NEXT\n", "n.txt"); });
    EXPECT_EQ(e.field(), "title");
    EXPECT_EQ(e.line(), 3u);
}

TEST(GovernanceMinutesText, UnknownOrAmbiguousInitialsFailTheImport) {
    const std::string head =
        "THE BOARD\nNOTES OF MEETING HELD ON THURSDAY, 17 SEPTEMBER 2015 AT YOUTH ZONE\nPresent:\n"
        "Mark Gaffney\tDirector\tSouth Ribble Borough Council\n"
        "Cllr Michael Green\tCabinet Member\tSouth Ribble Borough Council\n"
        "ACTION BY\n1 WELCOME\nAn action.\n\n";
    for (const auto& [initials, wanted] : {std::pair<std::string, std::string>{"MG", "ambiguous initials 'MG'"},
                                           {"MG/XY", "ambiguous initials 'MG'"},
                                           {"XY", "unknown initials 'XY'"}}) {
        gov::Register reg;
        gov::Board b;
        b.name = "The Board";
        const auto board = gov::add_board(reg, b);
        const auto doc = io::parse_minutes(head + initials + "\n", "notes.txt");
        const auto e = input_error([&] { io::import_minutes(reg, board, doc); });
        EXPECT_EQ(e.file(), "notes.txt");
        EXPECT_EQ(e.line(), 10u);
        EXPECT_EQ(e.field(), "ACTION BY");
        EXPECT_TRUE(contains(e.what(), wanted)) << e.what();
    }
}

TEST(GovernanceAgendaText, PastedTableErrorsNameTheField) {
    const std::string head = "THE BOARD\nThursday, 10th December 2015, 2.00 pm at Town Hall\n"
                             "Agenda Item\t\tItem for\tIntended Outcome\tLead\tTime/papers\n";
    const io::AgendaOptions part_one{.unmarked_part = gov::AgendaPart::Public};
    auto e = input_error([&] { io::parse_agenda_table(head + "1\tWelcome\tInformaton\tx\tChair\t\n", "a.txt", part_one); });
    EXPECT_EQ(e.line(), 4u);
    EXPECT_EQ(e.field(), "Item for");
    EXPECT_EQ(e.record(), "item 1");
    e = input_error([&] { io::parse_agenda_table(head + "1\tWelcome\tInformation\tx\tChair\t\n", "a.txt"); });
    EXPECT_EQ(e.field(), "part") << "unmarked items are never assumed public";
    e = input_error([&] { io::parse_agenda_table(head + "1\tWelcome\tInformation\tx\tChair\tsoon\n", "a.txt", part_one); });
    EXPECT_EQ(e.field(), "Time/papers");
    e = input_error([&] { io::parse_agenda_table(head + "1\tWelcome\tInformation\n1\tAgain\tAction\n", "a.txt", part_one); });
    EXPECT_EQ(e.line(), 5u);
    EXPECT_EQ(e.field(), "Agenda Item");
    e = input_error([&] {
        io::parse_agenda_table("THE BOARD\nThursday, 10th December 2015\nItem\tTitle\tColour\n1\tx\ty\n", "a.txt", part_one);
    });
    EXPECT_EQ(e.field(), "Colour");
    e = input_error([&] { io::parse_agenda_table("THE BOARD\nNo date here\nItem\tTitle\tPurpose\n", "a.txt", part_one); });
    EXPECT_EQ(e.field(), "heading");

    const auto doc = io::parse_agenda_table(
        head + "PART I\n"
               "1\tAny other business\tDiscuss\n"
               "PART II (NOT OPEN TO PRESS AND PUBLIC)\n"
               "9\tCase review (paragraph 2)\tDecision\tMembers to consider\tReviewer\t(Pages 40 - 52)\n",
        "a.txt");
    ASSERT_EQ(doc.meeting.agenda.size(), 2u);
    EXPECT_EQ(doc.meeting.agenda[0].part, gov::AgendaPart::Public);
    EXPECT_TRUE(doc.meeting.agenda[0].standing);
    EXPECT_EQ(doc.meeting.agenda[1].part, gov::AgendaPart::Exempt);
    EXPECT_EQ(doc.meeting.agenda[1].exempt_paragraph, 2);
    EXPECT_EQ(doc.meeting.agenda[1].pages, (gov::PageRange{40, 52}));
    EXPECT_EQ(doc.item_lines, (std::vector<std::size_t>{5, 7}));
}

TEST(GovernanceAgendaText, NumberedListErrors) {
    const std::string head = "Scrutiny Committee\nFriday, 17th July, 2015 at 10.30am in County Hall\n";
    auto e = input_error([&] { io::parse_numbered_agenda(head + "Part I\n1. Apologies\n3. Minutes\n", "s.txt", {.first_line = 7}); });
    EXPECT_EQ(e.line(), 11u);
    EXPECT_EQ(e.field(), "item");
    e = input_error([&] { io::parse_numbered_agenda(head + "Part II\n8. Contract award (Pages 3 - 4)\n", "s.txt"); });
    EXPECT_EQ(e.field(), "exempt_paragraph");
    e = input_error([&] { io::parse_numbered_agenda(head + "1. Apologies\n", "s.txt"); });
    EXPECT_EQ(e.field(), "part");
    const auto doc = io::parse_numbered_agenda(
        head + "Part II\n8. Contract award (Pages 3 - 4)\nExempt under paragraph 3 of Schedule 12A.\n", "s.txt");
    EXPECT_EQ(doc.meeting.agenda.at(0).exempt_paragraph, 3);
    EXPECT_EQ(doc.meeting.agenda.at(0).pages, (gov::PageRange{3, 4}));
}

TEST(GovernanceWorkPlanText, DatesCarryDownAndErrorsNameTheField) {
    const auto doc = io::parse_work_plan("Work Plan\n17 July 2015\tA\tX/Y\tnote\n\tB\tZ\t\nFuture Topics: not yet scheduled\n- C\n"
                                         "Task Groups\nThe following groups:\n- D: remit\n",
                                         "w.txt", 10);
    ASSERT_EQ(doc.rows.size(), 3u);
    EXPECT_EQ(doc.rows[1].meeting_date, br::make_date(2015, 7, 17));
    EXPECT_TRUE(doc.rows[1].date_carried);
    EXPECT_EQ(doc.rows[0].lead_officers, (std::vector<std::string>{"X", "Y"}));
    EXPECT_FALSE(doc.rows[2].meeting_date.has_value());
    ASSERT_EQ(doc.task_groups.size(), 1u);
    EXPECT_EQ(doc.task_groups[0].remit, "remit");
    EXPECT_EQ(doc.task_groups[0].line, 17u);

    auto e = input_error([] { io::parse_work_plan("Plan\n\tA\tX\t\n", "w.txt"); });
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.field(), "date");
    e = input_error([] { io::parse_work_plan("Plan\nsoon\tA\tX\t\n", "w.txt"); });
    EXPECT_EQ(e.field(), "date");
    e = input_error([] { io::parse_work_plan("Plan\n17 July 2015\t\tX\t\n", "w.txt"); });
    EXPECT_EQ(e.field(), "topic");
    e = input_error([] { io::parse_work_plan("Future Topics: not yet scheduled\nBus services\n", "w.txt"); });
    EXPECT_EQ(e.field(), "topic");
    e = input_error([] { io::parse_work_plan("Plan\n17 July 2015\tA\tX\tnote\textra\n", "w.txt"); });
    EXPECT_EQ(e.line(), 2u);
}

TEST(GovernanceBoardsTable, CyclesAndUnknownNamesAreErrors) {
    gov::Register reg;
    auto e = input_error([&] {
        io::import_boards_table(reg, "Board\tKind\tReports to\nA\tboard\tB\nB\tboard\tA\n", "boards.tsv");
    });
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.field(), "Reports to");
    EXPECT_TRUE(contains(e.what(), "cycle")) << e.what();
    gov::Register fresh;
    e = input_error([&] { io::import_boards_table(fresh, "Board\tKind\nA\tquango\n", "boards.tsv"); });
    EXPECT_EQ(e.field(), "Kind");
    e = input_error([&] { io::import_boards_table(fresh, "Board\tColour\n", "boards.tsv"); });
    EXPECT_EQ(e.field(), "Colour");
    gov::Register other;
    e = input_error([&] { io::import_boards_table(other, "Board\tReports to\nA\tNowhere\n", "boards.tsv"); });
    EXPECT_EQ(e.field(), "Reports to");
    EXPECT_TRUE(contains(e.what(), "no board called 'Nowhere'")) << e.what();
}

TEST(GovernanceBoardsTable, FromASheetsRowsNamesSheetRowAndColumn) {
    // Rows as a workbook's sheet gives them: row numbers, a blank row left in.
    auto sheet = [](std::vector<io::CsvRow> rows) { return io::CsvTable::from_rows(std::move(rows), "b.xlsx [sheet Boards]"); };
    gov::Register reg;
    const auto ids = io::import_boards_table(reg, sheet({{1, {"Board", "Kind", "Reports to", "Also printed as"}},
                                                        {2, {"Trust Board", "board", "", ""}},
                                                        {3, {"", "", "", ""}},
                                                        {4, {"CPB", "board", "Trust Board", "Children's Partnership Board"}}}));
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(gov::board(reg, ids[1]).aliases, std::vector<std::string>{"Children's Partnership Board"});
    ASSERT_EQ(reg.reporting_lines.size(), 1u);
    EXPECT_EQ(reg.reporting_lines[0].to, ids[0]);

    gov::Register fresh;
    auto e = input_error([&] { io::import_boards_table(fresh, sheet({{1, {"Board", "Kind"}}, {5, {"A", "quango"}}})); });
    EXPECT_EQ(e.file(), "b.xlsx [sheet Boards]");
    EXPECT_EQ(e.line(), 5u);
    EXPECT_EQ(e.field(), "Kind");
    e = input_error([&] { io::import_boards_table(fresh, sheet({{2, {"Board", "Colour"}}, {3, {"A", "red"}}})); });
    EXPECT_EQ(e.line(), 2u) << "the header's row";
    EXPECT_EQ(e.field(), "Colour");
}

TEST(GovernanceAgendaText, ATableOfEmptyTabsIsAnErrorNotACrash) {
    const io::AgendaOptions part_one{.unmarked_part = gov::AgendaPart::Public};
    auto e = input_error([&] {
        io::parse_agenda_table("THE BOARD\nThursday, 10th December 2015\n\t\t\t\n\t\t\n\t\n", "tabs.txt", part_one);
    });
    EXPECT_EQ(e.file(), "tabs.txt");
    EXPECT_EQ(e.line(), 3u) << e.what();
    EXPECT_TRUE(contains(e.reason(), "no header row")) << e.what();
    e = input_error([&] { io::parse_agenda_table("\t", "one-tab.txt", part_one); });
    EXPECT_EQ(e.file(), "one-tab.txt");
}

TEST(GovernanceAgendaText, WindowsCodePageTextIsConvertedWithANote) {
    const std::string text = "THE BOARD\nThursday, 10th December 2015, 2.00 pm at Town Hall\n"
                             "Agenda Item\t\tItem for\tIntended Outcome\tLead\tTime/papers\n"
                             "1\tChair\x92s budget \xA3" "5k\tInformation\tx\tChair\t\n";
    const auto doc = io::parse_agenda_table(text, "cp1252.txt", {.unmarked_part = gov::AgendaPart::Public});
    ASSERT_EQ(doc.meeting.agenda.size(), 1u);
    EXPECT_EQ(doc.meeting.agenda[0].title, "Chair\xE2\x80\x99s budget \xC2\xA3" "5k");
    ASSERT_FALSE(doc.notes.empty());
    EXPECT_EQ(doc.notes.front().file, "cp1252.txt");
    EXPECT_EQ(doc.notes.front().line, 0u);
    EXPECT_TRUE(contains(doc.notes.front().message, "Windows-1252"));

    const auto e = input_error([&] { io::parse_minutes("NOTES\n\x81\n", "bad.txt"); });
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.record(), "byte offset 6");
}

TEST(GovernanceAgendaText, QuotedInputIsCutOnACharacterBoundary) {
    // 59 ASCII bytes then a three-byte character across the 60-byte quoting limit.
    const std::string line = std::string(59, 'x') + "\xE2\x80\x99" + "tail";
    const auto e = input_error([&] { io::parse_work_plan("PLAN\n" + line + "\n", "plan.txt"); });
    const std::string message = e.what();
    EXPECT_EQ(message.find("\xE2\x80"), std::string::npos) << "no half character: " << message;
}

TEST(WordTable, SurrogateEntitiesAreNotDecodedIntoInvalidText) {
    const auto text = io::html_fragment_to_text("<p>a &#xD800; b &#55296; c &#x2019;</p>");
    EXPECT_TRUE(contains(text, "&#xD800;")) << text;
    EXPECT_TRUE(contains(text, "\xE2\x80\x99")) << text;
    EXPECT_EQ(text.find("\xED\xA0\x80"), std::string::npos);
}
