// The example data in examples/cpb-2015-09-17 and examples/scrutiny-2015,
// transcribed from the seed packs, loaded from their text form.
#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"
#include "boardroom/io/governance_import.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace br = boardroom;
namespace gov = boardroom::governance;
namespace io = boardroom::io;

namespace {

const std::filesystem::path kCpb = std::filesystem::path(BOARDROOM_SOURCE_DIR) / "examples" / "cpb-2015-09-17";
const std::filesystem::path kScrutiny = std::filesystem::path(BOARDROOM_SOURCE_DIR) / "examples" / "scrutiny-2015";

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

bool any_note(const std::vector<gov::DataQualityNote>& notes, const std::string& needle) {
    return std::any_of(notes.begin(), notes.end(), [&needle](const auto& n) { return contains(n.message, needle); });
}

std::vector<std::string> names(const gov::Register& reg, const std::vector<br::PersonId>& ids) {
    std::vector<std::string> out;
    for (const auto id : ids) out.push_back(gov::full_name(gov::person(reg, id)));
    return out;
}

struct Cpb {
    gov::Register reg;
    br::BoardId board;
    io::MinutesDocument notes_doc;
    io::AgendaDocument agenda_doc;
    br::MeetingId september, december;
    std::vector<gov::DataQualityNote> notes;

    Cpb() {
        io::read_boards_table(reg, kCpb / "boards.tsv");
        board = *gov::find_board(reg, "CPB");
        notes_doc = io::read_minutes(kCpb / "notes.txt");
        auto minutes = io::import_minutes(reg, board, notes_doc, {.unmarked_part = gov::AgendaPart::Public});
        september = minutes.meeting;
        // The pack prints no Part I/II headings and holds no exempt business.
        agenda_doc = io::read_agenda_table(kCpb / "agenda-2015-12-10.txt", {.unmarked_part = gov::AgendaPart::Public});
        auto agenda = io::import_agenda(reg, board, agenda_doc);
        december = agenda.meeting;
        notes = minutes.notes;
        notes.insert(notes.end(), agenda.notes.begin(), agenda.notes.end());
    }
};

struct Scrutiny {
    gov::Register reg;
    br::BoardId committee;
    io::MinutesDocument minutes_doc;
    io::AgendaDocument agenda_doc;
    io::WorkPlanDocument plan_doc;
    br::MeetingId june, july;
    std::vector<gov::DataQualityNote> notes;

    Scrutiny() {
        io::read_boards_table(reg, kScrutiny / "boards.tsv");
        committee = *gov::find_board(reg, "Scrutiny Committee");
        minutes_doc = io::read_minutes(kScrutiny / "minutes-2015-06-19.txt");
        // The committee's list holds only members, so memberships may be taken from it.
        auto minutes = io::import_minutes(reg, committee, minutes_doc,
                                          {.memberships_from_attendance = true, .unmarked_part = gov::AgendaPart::Public});
        june = minutes.meeting;
        agenda_doc = io::read_numbered_agenda(kScrutiny / "agenda-2015-07-17.txt");
        auto agenda = io::import_agenda(reg, committee, agenda_doc);
        july = agenda.meeting;
        plan_doc = io::read_work_plan(kScrutiny / "work-plan.txt");
        notes = minutes.notes;
        notes.insert(notes.end(), agenda.notes.begin(), agenda.notes.end());
        const auto plan_notes = io::import_work_plan(reg, committee, plan_doc);
        notes.insert(notes.end(), plan_notes.begin(), plan_notes.end());
    }
};

} // namespace

TEST(CpbExample, AttendanceCounts) {
    const Cpb cpb;
    EXPECT_EQ(cpb.notes_doc.attendance.count(gov::AttendanceStatus::Present), 19u);
    EXPECT_EQ(cpb.notes_doc.attendance.count(gov::AttendanceStatus::Apologies), 6u);
    const auto records = gov::attendance_at(cpb.reg, cpb.september);
    EXPECT_EQ(records.size(), 25u);
    EXPECT_EQ(cpb.reg.people.size(), 25u);
    EXPECT_EQ(cpb.reg.organisations.size(), 13u);
    const auto& chair = *std::find_if(records.begin(), records.end(), [](const auto& r) { return r.chaired; });
    EXPECT_EQ(gov::full_name(gov::person(cpb.reg, chair.person)), "Rebecca Huddleston");
    EXPECT_EQ(chair.capacity, "Head of Policy & Communications");
    const auto& m = gov::meeting(cpb.reg, cpb.september);
    EXPECT_EQ(m.date, br::make_date(2015, 9, 17));
    EXPECT_EQ(m.venue, "YOUTH ZONE, SKELMERSDALE");
    EXPECT_EQ(m.status, gov::MeetingStatus::Held);

    const auto gagen = gov::find_people(cpb.reg, gov::parse_person_name("Yvonne Gagen"));
    ASSERT_EQ(gagen.size(), 1u);
    EXPECT_EQ(gov::display_name(gov::person(cpb.reg, gagen[0])), "Cllr Yvonne Gagen");
    const auto turner = gov::find_people(cpb.reg, gov::parse_person_name("Karl Turner"));
    ASSERT_EQ(turner.size(), 1u);
    EXPECT_EQ(gov::title_on(gov::person(cpb.reg, turner[0]), br::make_date(2015, 9, 17)), "Children's Trust Development");
    const auto tait = gov::find_people(cpb.reg, gov::parse_person_name("Simon Tait"));
    EXPECT_TRUE(gov::person(cpb.reg, tait.at(0)).titles.empty()) << "printed without a title";
}

TEST(CpbExample, ItemsAndActionsWithResolvedOwners) {
    const Cpb cpb;
    ASSERT_EQ(cpb.notes_doc.items.size(), 13u);
    for (std::size_t i = 0; i < 13; ++i) EXPECT_EQ(cpb.notes_doc.items[i].number, std::to_string(i + 1));
    EXPECT_EQ(cpb.notes_doc.items[5].title, "PREVENT DUTY AND CHANNEL PROGRAMME") << "number and title on separate lines";
    EXPECT_EQ(cpb.notes_doc.items[11].title, "A TOUR OF THE YOUTH ZONE WILL FOLLOW AT THE CLOSE OF THE MEETING");
    EXPECT_EQ(cpb.notes_doc.items[0].paragraphs[0].text,
              "The Deputy Chair welcomed everyone to the meeting and introduced Rebecca Huddleston as the newly "
              "appointed Chair. The Deputy Chair explained that Sarah James has now moved roles and the "
              "responsibilities of Partnerships was now being managed by Rebecca which includes the Children's "
              "Partnership Board meeting.")
        << "the page break inside the sentence is joined";

    ASSERT_EQ(cpb.reg.actions.size(), 4u);
    std::vector<std::string> printed;
    for (const auto& a : cpb.reg.actions) printed.push_back(a.item + ":" + a.owners_as_printed);
    EXPECT_EQ(printed, (std::vector<std::string>{"5:RH", "5:KT", "6:SA/SM", "8:KT/SA"}));
    EXPECT_EQ(names(cpb.reg, cpb.reg.actions[0].owners), std::vector<std::string>{"Rebecca Huddleston"});
    EXPECT_EQ(names(cpb.reg, cpb.reg.actions[1].owners), std::vector<std::string>{"Karl Turner"});
    EXPECT_EQ(names(cpb.reg, cpb.reg.actions[2].owners), (std::vector<std::string>{"Sarah Ashcroft", "Sheila Minchin"}));
    EXPECT_EQ(names(cpb.reg, cpb.reg.actions[3].owners), (std::vector<std::string>{"Karl Turner", "Sarah Ashcroft"}));
    EXPECT_EQ(cpb.reg.actions[0].text, "The Chair to report back to the Trust Board.");
    EXPECT_EQ(cpb.reg.actions[2].text,
              "It was agreed to ask the trainer from West Lancs College to attend the next meeting to deliver a presentation.");
    for (const auto& a : cpb.reg.actions) EXPECT_EQ(gov::due_date(cpb.reg, a), br::make_date(2015, 12, 10));

    // The seed itself has two MGs in the room: initials alone cannot say which.
    try {
        gov::resolve_initials(cpb.reg, cpb.september, "MG");
        FAIL() << "expected ValidationError";
    } catch (const br::ValidationError& error) {
        EXPECT_TRUE(contains(error.what(), "Mark Gaffney, Michael Green")) << error.what();
    }
}

TEST(CpbExample, ChairApprovalsDiaryAndStandingItems) {
    const Cpb cpb;
    const auto changes = gov::chair_changes(cpb.reg, cpb.board);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].date, br::make_date(2015, 9, 17));
    EXPECT_EQ(gov::full_name(gov::person(cpb.reg, changes[0].incoming)), "Rebecca Huddleston");
    ASSERT_EQ(cpb.reg.approvals.size(), 1u);
    EXPECT_EQ(cpb.reg.approvals[0].minutes_of, br::make_date(2015, 5, 21));
    EXPECT_EQ(cpb.reg.approvals[0].item, "2");

    std::vector<std::string> diary;
    for (const auto id : gov::meetings_of(cpb.reg, cpb.board)) {
        const auto& m = gov::meeting(cpb.reg, id);
        diary.push_back(br::to_iso_string(m.date) + " " + std::string(gov::to_string(m.status)) + " " + m.venue);
    }
    EXPECT_EQ(diary, (std::vector<std::string>{"2015-09-17 held YOUTH ZONE, SKELMERSDALE",
                                               "2015-12-10 scheduled Town Hall, Market Street, Chorley, PR7 1DP",
                                               "2016-03-10 scheduled Wheel Room, Civic Centre, West Paddock, Leyland",
                                               "2016-06-09 to be confirmed West Lancs"}));

    const auto& agenda = gov::meeting(cpb.reg, cpb.december).agenda;
    ASSERT_EQ(agenda.size(), 11u);
    std::vector<std::string> standing;
    for (const auto& item : agenda)
        if (item.standing) standing.push_back(item.number);
    EXPECT_EQ(standing, (std::vector<std::string>{"1", "2", "5a", "9", "10"}))
        << "5a because the minutes say 'CSE is now a standing item on the agenda'";
    EXPECT_EQ(agenda[1].pages, (gov::PageRange{3, 10}));
    EXPECT_EQ(agenda[3].pages, (gov::PageRange{17, 46}));
    EXPECT_EQ(agenda[4].intended_outcome,
              "The Board to receive any updates from the LSCB Information from the recent Serious Case Review\n"
              "to be shared\nPossible report from the recent Ofsted Inspection to also be shared");
    EXPECT_EQ(agenda[5].leads,
              (std::vector<std::string>{"Karl Turner, Children's Trust Development Officer, LCC", "Chair"}));
    EXPECT_TRUE(agenda[6].leads.empty());
    EXPECT_EQ(gov::meeting(cpb.reg, cpb.december).start, br::TimeOfDay(14, 0));
    EXPECT_NO_THROW(gov::check_references(cpb.reg));
    gov::Register copy = cpb.reg;
    EXPECT_THROW(io::import_minutes(copy, cpb.board, cpb.notes_doc), br::ValidationError) << "imported twice";
}

TEST(CpbExample, DataQualityNotes) {
    const Cpb cpb;
    for (const auto& note : cpb.notes) EXPECT_TRUE(contains(note.file, "cpb-2015-09-17")) << gov::to_string(note);
    EXPECT_TRUE(any_note(cpb.notes, "'CHORLEY, SOUTH RIBBLE & WEST LANCASHIRE CHILDREN'S PARTNERSHIP BOARD', its words "
                                    "in another order"));
    EXPECT_TRUE(any_note(cpb.notes, "'Stephanie Critchley' here, 'Steph Critchley' in the attendance list (line 7)"));
    EXPECT_TRUE(any_note(cpb.notes, "no year is printed for the approved minutes of 21 May; taken as 2015-05-21"));
    EXPECT_TRUE(any_note(cpb.notes, "no year is printed for the meeting of 10 December; taken as 2015-12-10"));
    EXPECT_TRUE(any_note(cpb.notes, "lead 'Karl Turner, Children's Trust Development Officer, LCC Chair' read as two leads"));
    EXPECT_TRUE(any_note(cpb.notes, "earlier papers said 'Committee Room 1, Chorley Town Hall'"));
    EXPECT_TRUE(any_note(cpb.notes, "printed at 'Wheel Room, Civic Centre, South Ribble' here and at 'Wheel Room, "
                                    "Civic Centre, West Paddock, Leyland' elsewhere"));
    EXPECT_TRUE(any_note(cpb.notes, "the appointment date is not printed"));
    const auto& board = gov::board(cpb.reg, cpb.board);
    EXPECT_NE(std::find(board.aliases.begin(), board.aliases.end(),
                        "CHORLEY, SOUTH RIBBLE & WEST LANCASHIRE CHILDREN'S PARTNERSHIP BOARD"),
              board.aliases.end());
}

TEST(CpbExample, QuestionsBeforeTheNextMeeting) {
    Cpb cpb;
    // Draft for 10 March 2016: the 10 December agenda's standing items, with the
    // four actions of 17 September as matters arising.
    const auto draft = gov::draft_agenda(cpb.reg, cpb.board, br::make_date(2016, 3, 10));
    std::vector<std::string> titles;
    for (const auto& i : draft.meeting.agenda) titles.push_back(i.number + " " + i.title);
    EXPECT_EQ(titles, (std::vector<std::string>{"1 Welcome and Introduction/Apologies",
                                                "2 Minutes of last meeting and matters arising",
                                                "3 Child Sexual Exploitation", "4 Any other business",
                                                "5 Future CPB meeting dates"}));
    EXPECT_EQ(draft.matters_arising.size(), 4u);
    EXPECT_TRUE(contains(draft.meeting.agenda[1].intended_outcome,
                         "\nSarah Ashcroft, Sheila Minchin: It was agreed to ask the trainer from West Lancs College"));
    EXPECT_EQ(draft.meeting.agenda[4].intended_outcome, "Thursday 9 June 2016, 2.00 pm \u2013 West Lancs, to be confirmed");
    EXPECT_EQ(draft.meeting.venue, "Wheel Room, Civic Centre, West Paddock, Leyland");
    // Every item is a standing item of the 10 December agenda; item 2 carries the matters arising.
    ASSERT_EQ(draft.origins.size(), draft.meeting.agenda.size());
    for (const auto& origin : draft.origins) {
        EXPECT_EQ(origin.source, gov::DraftItemSource::Standing);
        EXPECT_EQ(origin.agenda_of, br::make_date(2015, 12, 10));
        EXPECT_FALSE(origin.plan_date.has_value());
    }
    EXPECT_EQ(draft.origins[1].actions, draft.matters_arising);
    EXPECT_TRUE(draft.origins[0].actions.empty());

    // Without an earlier agenda (the one for 17 September is not in the pack),
    // the draft for 10 December holds the matters arising and the item the
    // minutes made standing.
    const auto december = gov::draft_agenda(cpb.reg, cpb.board, br::make_date(2015, 12, 10));
    ASSERT_EQ(december.meeting.agenda.size(), 2u);
    EXPECT_EQ(december.meeting.agenda[0].title, "Matters arising from the meeting of 17 September 2015");
    EXPECT_EQ(december.meeting.agenda[0].leads,
              (std::vector<std::string>{"Rebecca Huddleston", "Karl Turner", "Sarah Ashcroft", "Sheila Minchin"}));
    EXPECT_EQ(december.meeting.agenda[1].title, "Child Sexual Exploitation");
    ASSERT_EQ(december.origins.size(), 2u);
    EXPECT_EQ(december.origins[0].source, gov::DraftItemSource::MattersArising);
    EXPECT_EQ(december.origins[0].actions, december.matters_arising);
    EXPECT_EQ(december.origins[1].source, gov::DraftItemSource::Standing);
    EXPECT_FALSE(december.origins[1].agenda_of.has_value()) << "made standing by the minutes, not copied from an agenda";

    auto overdue = gov::overdue_actions_by_owner(cpb.reg, br::make_date(2016, 1, 4));
    std::vector<std::string> by_owner;
    for (const auto& o : overdue)
        by_owner.push_back(gov::full_name(gov::person(cpb.reg, o.owner)) + " " + std::to_string(o.actions.size()));
    EXPECT_EQ(by_owner, (std::vector<std::string>{"Sarah Ashcroft 2", "Rebecca Huddleston 1", "Sheila Minchin 1",
                                                  "Karl Turner 2"}));
    EXPECT_TRUE(gov::overdue_actions_by_owner(cpb.reg, br::make_date(2015, 12, 10)).empty()) << "due that day, not before";
    gov::set_status(cpb.reg.actions[0], br::make_date(2015, 12, 10), gov::ActionStatus::Done, "reported");
    overdue = gov::overdue_actions_by_owner(cpb.reg, br::make_date(2016, 1, 4));
    EXPECT_EQ(overdue.size(), 3u) << "Rebecca Huddleston's only action is done";

    const auto orgs = gov::attendance_by_organisation(cpb.reg, cpb.board, br::make_date(2015, 4, 1), br::make_date(2016, 3, 31));
    auto org = [&](const std::string& name) {
        const auto id = *gov::find_organisation(cpb.reg, name);
        return *std::find_if(orgs.begin(), orgs.end(), [id](const auto& o) { return o.organisation == id; });
    };
    EXPECT_EQ(org("Longton Primary School").meetings_represented, 0);
    EXPECT_EQ(org("Longton Primary School").meetings_expected, 1);
    EXPECT_EQ(org("West Lancashire College").meetings_represented, 1);
    EXPECT_EQ(org("Lancashire County Council").attendances, 6);
    const auto members = gov::attendance_by_member(cpb.reg, cpb.board, br::make_date(2015, 4, 1), br::make_date(2016, 3, 31));
    EXPECT_EQ(members.size(), 25u);
    EXPECT_EQ(std::count_if(members.begin(), members.end(), [](const auto& m) { return m.rate() == 1.0; }), 19);

    const auto hwb = *gov::find_board(cpb.reg, "Health and Wellbeing Board");
    EXPECT_EQ(gov::format_reporting_tree(gov::reporting_tree(cpb.reg, hwb)),
              "Health and Wellbeing Board\n"
              "  Lancashire Children and Young People's Trust Board\n"
              "    South Ribble, Chorley & West Lancashire Children's Partnership Board\n");
    EXPECT_THROW(gov::add_reporting_line(cpb.reg, hwb, cpb.board), br::ValidationError);
}

TEST(ScrutinyExample, MinutesOfNineteenthJune) {
    Scrutiny s;
    const auto& list = s.minutes_doc.attendance;
    EXPECT_EQ(list.entries.size(), 19u) << "the chair, ten names in the grid and eight officers introduced at item 5";
    EXPECT_EQ(list.count(gov::AttendanceStatus::Present), 8u);
    EXPECT_EQ(list.count(gov::AttendanceStatus::Substitute), 3u);
    EXPECT_EQ(list.count(gov::AttendanceStatus::InAttendance), 8u);
    std::vector<std::string> officers;
    for (const auto& entry : list.entries)
        if (entry.status == gov::AttendanceStatus::InAttendance) officers.push_back(entry.printed + " (" + entry.title + ")");
    ASSERT_EQ(officers.size(), 8u);
    EXPECT_EQ(officers.front(), "Louise Taylor (Corporate Director of Operations and Delivery)");
    EXPECT_EQ(officers[6], "Nicki Turner (Policy, Information and Commissioning)") << "across the page break";
    EXPECT_EQ(officers.back(), "Dr Warren Larkin (Lancashire Care Foundation Trust)");
    EXPECT_TRUE(any_note(s.notes, "item 5: 8 officer(s) introduced to the meeting recorded as in attendance"));
    std::vector<std::string> substitutions;
    for (const auto& r : gov::attendance_at(s.reg, s.june))
        if (r.status == gov::AttendanceStatus::Substitute)
            substitutions.push_back(gov::full_name(gov::person(s.reg, r.person)) + " for " +
                                    gov::full_name(gov::person(s.reg, r.replaces)));
    EXPECT_EQ(substitutions, (std::vector<std::string>{"Fabian Craig-Wilson for Vivien Taylor",
                                                       "Steven Holgate for Alyson Barnes",
                                                       "Cynthia Dereli for Richard Newman-Thompson"}));
    const auto fcw = gov::find_people(s.reg, gov::parse_person_name("F Craig-Wilson"));
    ASSERT_EQ(fcw.size(), 1u);
    EXPECT_EQ(gov::person(s.reg, fcw[0]).honorific, "Mrs") << "as the grid prints it";
    EXPECT_EQ(gov::person(s.reg, fcw[0]).other_names, std::vector<std::string>{"CC Fabian Craig-Wilson"});
    EXPECT_TRUE(any_note(s.notes, "printed as 'Mrs F Craig-Wilson' (line 15) and 'CC Fabian Craig-Wilson' (line 19)"));
    EXPECT_TRUE(any_note(s.notes, "'No apologies were received.' although 3 member(s) were replaced by substitutes"));
    EXPECT_EQ(gov::organisation(s.reg, gov::person(s.reg, fcw[0]).organisation).name, "Lancashire County Council");

    const auto* interests = gov::interests_at(s.reg, s.june);
    ASSERT_NE(interests, nullptr);
    EXPECT_TRUE(interests->none_disclosed);
    EXPECT_EQ(interests->as_minuted, "None were disclosed.");
    ASSERT_EQ(s.reg.approvals.size(), 2u);
    EXPECT_EQ(s.reg.approvals[0].minutes_of, br::make_date(2015, 4, 17));
    EXPECT_EQ(s.reg.approvals[1].minutes_of, br::make_date(2015, 5, 12));

    ASSERT_EQ(s.minutes_doc.items.size(), 8u);
    const auto& report = s.minutes_doc.items[4];
    ASSERT_EQ(report.resolutions.size(), 1u);
    EXPECT_EQ(report.resolutions[0].resolution.parts,
              (std::vector<std::string>{
                  "The Committee note the progress evident from the report.",
                  "The Committee request that the Health and Wellbeing Board's task and finish group present an update "
                  "of progress to the Health Scrutiny Steering Group in September with further updates made to the "
                  "Committee as appropriate"}));
    EXPECT_TRUE(contains(report.paragraphs[0].text, "Nicki Turner (Policy, Information and Commissioning) and Dr Warren Larkin"))
        << "joined across the page break";
    EXPECT_EQ(s.minutes_doc.items[5].resolutions.at(0).resolution.parts,
              std::vector<std::string>{"That the work plan and task group update be noted."});
    // No ACTION BY column: the commitments are kept as actions with no owner, each noted.
    ASSERT_EQ(s.reg.actions.size(), 2u);
    EXPECT_EQ(s.reg.actions[0].text, "It was agreed that the link to the website's URL would be shared with the Committee.");
    EXPECT_TRUE(contains(s.reg.actions[1].text, "request that the Health and Wellbeing Board's task and finish group"));
    for (const auto& action : s.reg.actions) {
        EXPECT_TRUE(action.owners.empty());
        EXPECT_EQ(action.item, "5");
    }
    EXPECT_TRUE(any_note(s.notes, "item 5: 'It was agreed that the link to the website's URL would be shared with the "
                                  "Committee.' is a commitment with no initials; recorded as an action with no owner"));

    auto& reg = s.reg;
    gov::board(reg, s.committee).quorum = gov::QuorumRule::fraction(1, 4);
    const auto q = gov::check_quorum(reg, s.june);
    EXPECT_EQ(q.voting_members, 11) << "the chair, seven members present and three replaced";
    EXPECT_EQ(q.voting_present, 11);
    EXPECT_EQ(q.required, 3);
    EXPECT_TRUE(q.quorate);
    const auto members = gov::attendance_by_member(reg, s.committee, br::make_date(2015, 6, 1), br::make_date(2015, 6, 30));
    const auto nt = *gov::find_people(reg, gov::parse_person_name("Richard Newman-Thompson")).begin();
    const auto row = *std::find_if(members.begin(), members.end(), [nt](const auto& m) { return m.person == nt; });
    EXPECT_EQ(row.expected, 1);
    EXPECT_EQ(row.present, 0);
    EXPECT_EQ(row.substituted, 1);
    EXPECT_EQ(members.size(), 11u) << "substitutes are not counted as expected";
}

TEST(ScrutinyExample, AgendaWorkPlanAndTaskGroups) {
    const Scrutiny s;
    const auto& july = gov::meeting(s.reg, s.july);
    EXPECT_EQ(july.board, "Scrutiny Committee");
    EXPECT_EQ(july.start, br::TimeOfDay(10, 30));
    EXPECT_EQ(july.venue, "Cabinet Room 'B' - The Diamond Jubilee Room, County Hall, Preston");
    ASSERT_EQ(july.agenda.size(), 7u);
    EXPECT_EQ(july.agenda[2].title, "Minutes of the Meeting held on 19 June 2015");
    EXPECT_EQ(july.agenda[2].pages, (gov::PageRange{1, 8}));
    EXPECT_EQ(july.agenda[3].pages, (gov::PageRange{9, 84}));
    EXPECT_EQ(july.agenda[4].pages, (gov::PageRange{85, 88}));
    EXPECT_FALSE(july.agenda[0].pages.has_value());
    std::vector<std::string> standing;
    for (const auto& item : july.agenda) {
        EXPECT_EQ(item.part, gov::AgendaPart::Public) << "under 'Part I (Open to Press and Public)'";
        if (item.standing) standing.push_back(item.number);
    }
    EXPECT_EQ(standing, (std::vector<std::string>{"1", "2", "3", "6", "7"}));
    EXPECT_TRUE(contains(july.agenda[5].intended_outcome, "by reason of special circumstances to be recorded in the Minutes"));
    // The heading under which the chair may admit urgent business is itself a
    // standing item; no urgent business is printed on a published agenda.
    EXPECT_EQ(july.agenda[5].title, "Urgent Business");
    for (const auto& item : july.agenda) EXPECT_FALSE(item.is_urgent()) << item.number;
    const auto september = gov::find_meeting(s.reg, s.committee, br::make_date(2015, 9, 18));
    ASSERT_TRUE(september.has_value()) << "announced under 'Date of Next Meeting'";
    EXPECT_EQ(gov::meeting(s.reg, *september).start, br::TimeOfDay(10, 30));

    EXPECT_EQ(s.plan_doc.title, "Scrutiny Committee Work Plan 2014/15");
    ASSERT_EQ(s.plan_doc.rows.size(), 9u);
    EXPECT_EQ(std::count_if(s.plan_doc.rows.begin(), s.plan_doc.rows.end(),
                            [](const auto& r) { return !r.meeting_date; }),
              2);
    EXPECT_EQ(s.plan_doc.rows[1].topic, "Apprenticeships");
    EXPECT_EQ(s.plan_doc.rows[1].meeting_date, br::make_date(2015, 7, 17));
    EXPECT_TRUE(s.plan_doc.rows[1].date_carried);
    EXPECT_EQ(s.plan_doc.rows[0].lead_officers,
              (std::vector<std::string>{"Lancashire Safeguarding Children Board", "Louise Taylor", "Lancashire Constabulary"}));
    EXPECT_EQ(s.plan_doc.rows[5].notes,
              "Full update on progress as agreed as requested by Executive Scrutiny Committee on 31 March 2015");
    EXPECT_TRUE(any_note(s.notes, "titled 'Scrutiny Committee Work Plan 2014/15' but its meetings run from 2015-07-17"));
    EXPECT_TRUE(any_note(s.notes, "'Anne- Marie Morgan' has a space after a hyphen"));
    EXPECT_TRUE(any_note(s.notes, "'lan Crabtree'"));
    EXPECT_EQ(s.reg.forward_plan.size(), 9u);

    std::vector<std::string> groups;
    for (const auto& b : s.reg.boards)
        if (b.kind == gov::BoardKind::TaskAndFinishGroup) {
            EXPECT_EQ(b.parent, s.committee);
            groups.push_back(b.name);
        }
    EXPECT_EQ(groups, (std::vector<std::string>{"Planning Matters", "Fire Prevention Measures in Schools",
                                                "Transport Asset Management Plan (TAMP)"}));
    EXPECT_TRUE(gov::overrunning_task_groups(s.reg, br::make_date(2016, 1, 1)).empty())
        << "the plan gives no planned end dates";

    const auto draft = gov::draft_agenda(s.reg, s.committee, br::make_date(2015, 9, 18));
    std::vector<std::string> titles;
    for (const auto& i : draft.meeting.agenda) titles.push_back(i.title);
    // The two commitments of 19 June (no owner) are still open: a matters-arising item follows the minutes.
    EXPECT_EQ(titles, (std::vector<std::string>{"Apologies", "Disclosure of Pecuniary and Non-Pecuniary Interests",
                                                "Minutes of the Meeting held on 19 June 2015",
                                                "Matters arising from the meeting of 19 June 2015", "LEP Update",
                                                "Learning Disabilities", "Urgent Business", "Date of Next Meeting"}));
    EXPECT_EQ(draft.meeting.agenda[4].leads, std::vector<std::string>{"Martin Kelly"});
    ASSERT_EQ(draft.origins.size(), 8u);
    for (const std::size_t topic : {4u, 5u}) {
        EXPECT_EQ(draft.origins[topic].source, gov::DraftItemSource::ForwardPlan) << topic;
        EXPECT_EQ(draft.origins[topic].plan_date, br::make_date(2015, 9, 18)) << topic;
    }
    EXPECT_EQ(draft.origins[2].source, gov::DraftItemSource::Standing);
    EXPECT_EQ(draft.origins[2].agenda_of, br::make_date(2015, 7, 17));
    EXPECT_EQ(draft.matters_arising.size(), 2u);
    EXPECT_EQ(draft.meeting.agenda[4].intended_outcome, "Quarterly Update");
    EXPECT_EQ(draft.unscheduled_topics.size(), 2u);
    EXPECT_EQ(draft.meeting.agenda[7].intended_outcome, "Friday 16 October 2015\nFriday 13 November 2015");
    EXPECT_NO_THROW(gov::check_references(s.reg));
}
