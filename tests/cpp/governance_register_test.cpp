// The governance model and the questions asked of it, on small registers built
// in the test (the example data are loaded in io_governance_examples_test).
#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"

#include "boardroom/report/public_view.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

namespace br = boardroom;
namespace gov = boardroom::governance;

namespace {

std::string message_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const std::exception& error) {
        return error.what();
    }
    return "(no exception)";
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// A board with people at one meeting, attendance recorded.
struct Fixture {
    gov::Register reg;
    br::BoardId board;
    br::MeetingId meeting;
    br::OrganisationId council, college;

    br::PersonId add(const std::string& printed, br::OrganisationId org, gov::AttendanceStatus status) {
        const auto name = gov::parse_person_name(printed);
        gov::Person p;
        p.honorific = name.honorific;
        p.given_name = name.given_name;
        p.family_name = name.family_name;
        p.organisation = org;
        const auto id = gov::add_person(reg, p);
        reg.attendance.push_back({meeting, id, status, {}, "", org, false});
        return id;
    }

    Fixture() {
        gov::Board b;
        b.name = "Children's Partnership Board";
        board = gov::add_board(reg, b);
        gov::Meeting m;
        m.board_id = board;
        m.date = br::make_date(2015, 9, 17);
        meeting = gov::add_meeting(reg, m);
        council = gov::add_organisation(reg, {{}, "Chorley Council", {}, ""});
        college = gov::add_organisation(reg, {{}, "West Lancashire College", {}, ""});
    }
};

} // namespace

TEST(GovernancePeople, ParsesPrintedNames) {
    auto n = gov::parse_person_name("Rebecca Huddleston(Chair)");
    EXPECT_EQ(n.given_name, "Rebecca");
    EXPECT_EQ(n.family_name, "Huddleston");
    EXPECT_EQ(n.chair_marker, "Chair");
    n = gov::parse_person_name("County Councillor Bill Winlow (Chair)");
    EXPECT_EQ(n.honorific, "County Councillor");
    EXPECT_EQ(n.given_name, "Bill");
    n = gov::parse_person_name("Cllr Yvonne Gagen");
    EXPECT_EQ(n.honorific, "Cllr");
    EXPECT_EQ(n.family_name, "Gagen");
    n = gov::parse_person_name("CC Richard Newman-Thompson");
    EXPECT_EQ(n.honorific, "CC");
    EXPECT_EQ(n.family_name, "Newman-Thompson");
    EXPECT_THROW(gov::parse_person_name("  "), br::ValidationError);
}

TEST(GovernancePeople, InitialsAndNameMatching) {
    gov::Person p;
    p.given_name = "Karl";
    p.family_name = "Turner";
    EXPECT_EQ(gov::initials_of(p), "KT");
    p.given_name = "Fabian";
    p.family_name = "Craig-Wilson";
    EXPECT_EQ(gov::initials_of(p), "FCW");
    p.initials = "fc";
    EXPECT_EQ(gov::initials_of(p), "FC") << "explicit initials win, upper-cased";

    gov::Person steph;
    steph.given_name = "Steph";
    steph.family_name = "Critchley";
    EXPECT_TRUE(gov::name_matches(steph, gov::parse_person_name("Stephanie Critchley")));
    EXPECT_TRUE(gov::name_matches(steph, gov::parse_person_name("S Critchley")));
    EXPECT_FALSE(gov::name_matches(steph, gov::parse_person_name("Mark Critchley")));
    EXPECT_FALSE(gov::name_matches(steph, gov::parse_person_name("Steph Critchly")));
}

TEST(GovernancePeople, TitlesAreDatedEntries) {
    gov::Person p;
    gov::note_title(p, "Children's Trust Development", br::make_date(2015, 9, 17));
    gov::note_title(p, "Children's Trust Development Officer", br::make_date(2015, 12, 10));
    ASSERT_EQ(p.titles.size(), 2u) << "a changed title is a new entry, not an overwrite";
    EXPECT_EQ(gov::title_on(p, br::make_date(2015, 9, 17)), "Children's Trust Development");
    EXPECT_EQ(gov::title_on(p, br::make_date(2015, 12, 10)), "Children's Trust Development Officer");
    EXPECT_EQ(gov::title_on(p, br::make_date(2016, 1, 5)), "Children's Trust Development Officer");
    p.titles[0].to = br::make_date(2015, 10, 31);
    EXPECT_EQ(gov::title_on(p, br::make_date(2015, 9, 1)), "Children's Trust Development");
}

TEST(GovernanceBoards, NamesInAnotherOrderAreTheSameBoard) {
    EXPECT_EQ(gov::board_name_key("South Ribble, Chorley & West Lancashire Children's Partnership Board"),
              gov::board_name_key("CHORLEY, SOUTH RIBBLE & WEST LANCASHIRE CHILDREN'S PARTNERSHIP BOARD"));
    EXPECT_NE(gov::board_name_key("South Ribble, Chorley & West Lancashire Children's Partnership Board"),
              gov::board_name_key("Preston Children's Partnership Board"));
    gov::Register reg;
    gov::Board b;
    b.name = "South Ribble, Chorley & West Lancashire Children's Partnership Board";
    b.aliases = {"CPB"};
    const auto id = gov::add_board(reg, b);
    EXPECT_EQ(gov::find_board(reg, "Chorley, South Ribble and West Lancashire Childrens Partnership Board"), id);
    EXPECT_EQ(gov::find_board(reg, "cpb"), id);
    EXPECT_FALSE(gov::find_board(reg, "Trust Board").has_value());
    gov::Board twin;
    twin.name = "Chorley, South Ribble & West Lancashire Children's Partnership Board";
    EXPECT_THROW(gov::add_board(reg, twin), br::ValidationError) << "the same board cannot be added twice";
}

TEST(GovernanceBoards, ReportingCyclesAreRefusedAndNamed) {
    gov::Register reg;
    auto add = [&reg](const std::string& name) {
        gov::Board b;
        b.name = name;
        return gov::add_board(reg, b);
    };
    const auto cpb = add("Children's Partnership Board");
    const auto trust = add("Children and Young People's Trust Board");
    const auto hwb = add("Health and Wellbeing Board");
    gov::add_reporting_line(reg, cpb, trust);
    gov::add_reporting_line(reg, trust, hwb);
    gov::add_reporting_line(reg, trust, hwb); // already there: not added twice
    EXPECT_EQ(reg.reporting_lines.size(), 2u);

    const std::string message = message_of([&] { gov::add_reporting_line(reg, hwb, cpb); });
    EXPECT_TRUE(contains(message, "cycle")) << message;
    EXPECT_TRUE(contains(message, "Health and Wellbeing Board -> Children's Partnership Board -> Children and Young "
                                  "People's Trust Board -> Health and Wellbeing Board"))
        << message;
    EXPECT_EQ(reg.reporting_lines.size(), 2u) << "a refused line leaves the register as it was";
    EXPECT_THROW(gov::add_reporting_line(reg, cpb, cpb), br::ValidationError);
    EXPECT_THROW(gov::add_reporting_line(reg, cpb, br::BoardId{99}), br::NotFoundError);

    gov::Board group;
    group.name = "CSE Task and Finish Group";
    group.kind = gov::BoardKind::TaskAndFinishGroup;
    group.parent = cpb;
    const auto tfg = gov::add_board(reg, group);
    EXPECT_THROW(gov::add_reporting_line(reg, cpb, tfg), br::ValidationError) << "a parent link is a reporting line";

    EXPECT_EQ(gov::format_reporting_tree(gov::reporting_tree(reg, hwb)),
              "Health and Wellbeing Board\n"
              "  Children and Young People's Trust Board\n"
              "    Children's Partnership Board\n"
              "      CSE Task and Finish Group\n");
    EXPECT_EQ(gov::reporting_forest(reg).size(), 1u);
    reg.reporting_lines.push_back({hwb, cpb}); // forced past the check
    EXPECT_TRUE(gov::find_reporting_cycle(reg).has_value());
    EXPECT_THROW(gov::check_references(reg), br::ValidationError);
}

TEST(GovernanceQuorum, CountsAndFractionsRoundUp) {
    EXPECT_EQ(gov::required_for_quorum(gov::QuorumRule::fraction(1, 4), 12), 3);
    EXPECT_EQ(gov::required_for_quorum(gov::QuorumRule::fraction(1, 4), 13), 4);
    EXPECT_EQ(gov::required_for_quorum(gov::QuorumRule::fraction(1, 3, 3), 5), 3) << "the minimum applies";
    EXPECT_EQ(gov::required_for_quorum(gov::QuorumRule::at_least(5), 40), 5);
    EXPECT_THROW(gov::required_for_quorum(gov::QuorumRule::at_least(0), 10), br::ValidationError);
    EXPECT_THROW(gov::required_for_quorum(gov::QuorumRule::fraction(5, 4), 10), br::ValidationError);
}

TEST(GovernanceQuorum, SubstitutesCarryTheVoteOfWhomTheyReplace) {
    Fixture f;
    const auto a = f.add("Ann Able", f.council, gov::AttendanceStatus::Present);
    const auto b = f.add("Bob Brown", f.council, gov::AttendanceStatus::Apologies);
    const auto c = f.add("Cat Crewe", f.council, gov::AttendanceStatus::Present);
    const auto d = f.add("Dan Dale", f.council, gov::AttendanceStatus::Absent);
    const auto sub = f.add("Sam Sub", f.council, gov::AttendanceStatus::Substitute);
    f.reg.attendance.back().replaces = d;
    for (const auto id : {a, b, c, d}) f.reg.memberships.push_back({id, f.board, gov::Role::Member, {}, {}, {}, {}, ""});
    f.reg.memberships.push_back({sub, f.board, gov::Role::Adviser, {}, {}, {}, {}, ""}); // non-voting
    EXPECT_THROW(gov::check_quorum(f.reg, f.meeting), br::ValidationError) << "no rule: quorum is never guessed";

    gov::board(f.reg, f.board).quorum = gov::QuorumRule::at_least(3);
    auto q = gov::check_quorum(f.reg, f.meeting);
    EXPECT_EQ(q.voting_members, 4);
    EXPECT_EQ(q.voting_present, 3) << "Able, Crewe, and Dale through his substitute";
    EXPECT_EQ(q.required, 3);
    EXPECT_TRUE(q.quorate);
    gov::board(f.reg, f.board).quorum = gov::QuorumRule::fraction(3, 4);
    q = gov::check_quorum(f.reg, f.meeting);
    EXPECT_EQ(q.required, 3);
    f.reg.attendance.pop_back(); // no substitute after all
    q = gov::check_quorum(f.reg, f.meeting);
    EXPECT_EQ(q.voting_present, 2);
    EXPECT_FALSE(q.quorate);
}

TEST(GovernanceInitials, ResolvesJointOwnersAndNamesAmbiguity) {
    Fixture f;
    const auto sa = f.add("Sarah Ashcroft", f.council, gov::AttendanceStatus::Present);
    const auto sm = f.add("Sheila Minchin", f.college, gov::AttendanceStatus::Present);
    f.add("Mark Gaffney", f.council, gov::AttendanceStatus::Present);
    f.add("Cllr Michael Green", f.council, gov::AttendanceStatus::Present);
    const auto mg_away = f.add("Maria Gilling", f.college, gov::AttendanceStatus::Apologies);
    const auto jb = f.add("Julie Brown", f.college, gov::AttendanceStatus::Apologies);

    EXPECT_EQ(gov::split_initials("SA/SM"), (std::vector<std::string>{"SA", "SM"}));
    EXPECT_EQ(gov::split_initials("kt & sa"), (std::vector<std::string>{"KT", "SA"}));
    EXPECT_EQ(gov::resolve_initials(f.reg, f.meeting, "SA/SM"), (std::vector<br::PersonId>{sa, sm}));
    EXPECT_EQ(gov::resolve_initials(f.reg, f.meeting, "SM / SA / SM"), (std::vector<br::PersonId>{sm, sa}));
    EXPECT_EQ(gov::resolve_initials(f.reg, f.meeting, "JB"), (std::vector<br::PersonId>{jb}))
        << "nobody in the room has them: someone who sent apologies may own an action";

    std::string message = message_of([&] { gov::resolve_initials(f.reg, f.meeting, "SA/MG"); });
    EXPECT_TRUE(contains(message, "ambiguous initials 'MG'")) << message;
    EXPECT_TRUE(contains(message, "Mark Gaffney, Michael Green")) << message;
    EXPECT_FALSE(contains(message, "Maria Gilling")) << "people in the room come first: " << message;
    message = message_of([&] { gov::resolve_initials(f.reg, f.meeting, "SA/XY"); });
    EXPECT_TRUE(contains(message, "unknown initials 'XY'")) << message;
    EXPECT_TRUE(contains(message, "2015-09-17")) << message;
    EXPECT_THROW(gov::resolve_initials(f.reg, f.meeting, " / "), br::ValidationError);
    (void)mg_away;
}

TEST(GovernanceActions, HistoryDueDatesAndOverdueByOwner) {
    Fixture f;
    const auto kt = f.add("Karl Turner", f.council, gov::AttendanceStatus::Present);
    const auto sa = f.add("Sarah Ashcroft", f.council, gov::AttendanceStatus::Present);
    gov::Meeting next;
    next.board_id = f.board;
    next.date = br::make_date(2015, 12, 10);
    gov::add_meeting(f.reg, next);
    gov::Meeting cancelled;
    cancelled.board_id = f.board;
    cancelled.date = br::make_date(2015, 11, 1);
    cancelled.status = gov::MeetingStatus::Cancelled;
    gov::add_meeting(f.reg, cancelled);

    gov::Action joint;
    joint.raised_at = f.meeting;
    joint.text = "Organise a meeting with Young Enterprise";
    joint.owners = {kt, sa};
    joint.due = gov::Due::next_meeting();
    const auto joint_id = gov::add_action(f.reg, joint);
    gov::Action dated;
    dated.raised_at = f.meeting;
    dated.text = "Circulate the e-learning link";
    dated.owners = {sa};
    dated.due = gov::Due::on(br::make_date(2015, 10, 1));
    const auto dated_id = gov::add_action(f.reg, dated);
    gov::Action open_ended;
    open_ended.raised_at = f.meeting;
    open_ended.text = "Keep under review";
    open_ended.owners = {kt};
    gov::add_action(f.reg, open_ended);

    EXPECT_EQ(gov::due_date(f.reg, gov::action(f.reg, joint_id)), br::make_date(2015, 12, 10))
        << "next meeting, the cancelled one skipped";
    auto overdue = gov::overdue_actions_by_owner(f.reg, br::make_date(2015, 11, 30));
    ASSERT_EQ(overdue.size(), 1u);
    EXPECT_EQ(overdue[0].owner, sa);
    EXPECT_EQ(overdue[0].actions, std::vector<br::ActionId>{dated_id});

    overdue = gov::overdue_actions_by_owner(f.reg, br::make_date(2016, 1, 4));
    ASSERT_EQ(overdue.size(), 2u) << "joint owners each see the action";
    EXPECT_EQ(overdue[0].owner, sa) << "family-name order: Ashcroft before Turner";
    EXPECT_EQ(overdue[0].actions, (std::vector<br::ActionId>{dated_id, joint_id})) << "oldest due first";
    EXPECT_EQ(overdue[1].actions, std::vector<br::ActionId>{joint_id});

    auto& a = gov::action(f.reg, dated_id);
    gov::set_status(a, br::make_date(2015, 10, 5), gov::ActionStatus::InProgress);
    gov::set_status(a, br::make_date(2015, 12, 10), gov::ActionStatus::Done, "link sent");
    EXPECT_THROW(gov::set_status(a, br::make_date(2015, 12, 1), gov::ActionStatus::Open), br::ValidationError);
    EXPECT_EQ(gov::status_of(a), gov::ActionStatus::Done);
    EXPECT_EQ(gov::status_on(a, br::make_date(2015, 11, 1)), gov::ActionStatus::InProgress);
    EXPECT_EQ(gov::status_on(a, br::make_date(2015, 9, 30)), gov::ActionStatus::Open);
    overdue = gov::overdue_actions_by_owner(f.reg, br::make_date(2016, 1, 4));
    ASSERT_EQ(overdue.size(), 2u);
    EXPECT_EQ(overdue[0].actions, std::vector<br::ActionId>{joint_id}) << "done actions are not overdue";
    EXPECT_EQ(gov::overdue_actions_by_owner(f.reg, br::make_date(2015, 11, 1))[0].actions,
              std::vector<br::ActionId>{dated_id})
        << "as of a date before it was done, it was overdue";
    EXPECT_THROW(gov::add_action(f.reg, gov::Action{{}, f.meeting, "", "x", {br::PersonId{99}}, "", {}, {}, {}, 0}),
                 br::NotFoundError);
}

TEST(GovernanceAttendance, RatesPerMemberAndPerOrganisation) {
    Fixture f;
    const auto a = f.add("Ann Able", f.council, gov::AttendanceStatus::Present);
    const auto b = f.add("Bob Brown", f.college, gov::AttendanceStatus::Apologies);
    const auto guest = f.add("Gail Guest", f.college, gov::AttendanceStatus::InAttendance);
    const auto absent = f.add("Dan Dale", f.council, gov::AttendanceStatus::Absent);
    const auto sub = f.add("Sam Sub", f.council, gov::AttendanceStatus::Substitute);
    f.reg.attendance.back().replaces = absent;
    gov::Person silent;
    silent.given_name = "Sid";
    silent.family_name = "Silent";
    silent.organisation = f.council;
    const auto s = gov::add_person(f.reg, silent);
    f.reg.memberships.push_back({s, f.board, gov::Role::Member, {}, {}, {}, {}, ""});

    gov::Meeting second;
    second.board_id = f.board;
    second.date = br::make_date(2015, 12, 10);
    const auto m2 = gov::add_meeting(f.reg, second);
    f.reg.attendance.push_back({m2, a, gov::AttendanceStatus::Apologies, {}, "", f.council, false});
    f.reg.attendance.push_back({m2, b, gov::AttendanceStatus::Present, {}, "", f.college, false});
    gov::Meeting diary; // no attendance recorded yet: not counted
    diary.board_id = f.board;
    diary.date = br::make_date(2016, 3, 10);
    gov::add_meeting(f.reg, diary);

    const auto rates = gov::attendance_by_member(f.reg, f.board, br::make_date(2015, 1, 1), br::make_date(2016, 12, 31));
    auto rate_of = [&rates](br::PersonId id) {
        auto it = std::find_if(rates.begin(), rates.end(), [id](const auto& r) { return r.person == id; });
        return it == rates.end() ? gov::MemberAttendance{} : *it;
    };
    EXPECT_EQ(rate_of(a).expected, 2);
    EXPECT_EQ(rate_of(a).present, 1);
    EXPECT_DOUBLE_EQ(rate_of(a).rate(), 0.5);
    EXPECT_EQ(rate_of(b).apologies, 1);
    EXPECT_EQ(rate_of(absent).substituted, 1);
    EXPECT_EQ(rate_of(absent).expected, 1);
    EXPECT_EQ(rate_of(s).expected, 2) << "a member with no record was expected at both meetings";
    EXPECT_EQ(rate_of(s).absent, 2);
    EXPECT_EQ(rate_of(guest).expected, 0) << "guests are not expected";
    EXPECT_EQ(rate_of(sub).expected, 0) << "substitutes are not expected";
    EXPECT_EQ(rates.front().person, a) << "family-name order";
    EXPECT_EQ(gov::attendance_by_member(f.reg, f.board, br::make_date(2015, 10, 1), br::make_date(2016, 12, 31))
                  .size(),
              3u)
        << "the date range is applied: Able, Brown and Silent at the December meeting";

    const auto orgs = gov::attendance_by_organisation(f.reg, f.board, br::make_date(2015, 1, 1),
                                                      br::make_date(2016, 12, 31));
    ASSERT_EQ(orgs.size(), 2u);
    EXPECT_EQ(orgs[0].organisation, f.council);
    EXPECT_EQ(orgs[0].meetings_expected, 2);
    EXPECT_EQ(orgs[0].meetings_represented, 1) << "nobody for the council in December";
    EXPECT_EQ(orgs[0].attendances, 2) << "Able and the substitute in September";
    EXPECT_EQ(orgs[1].organisation, f.college);
    EXPECT_EQ(orgs[1].meetings_represented, 2) << "a guest in September, Brown in December";
}

TEST(GovernanceMemberships, TermsChairsAndOverrunningGroups) {
    Fixture f;
    gov::Person p1, p2, p3;
    p1.family_name = "James";
    p2.family_name = "Huddleston";
    p3.family_name = "Lowe";
    const auto james = gov::add_person(f.reg, p1), huddleston = gov::add_person(f.reg, p2), lowe = gov::add_person(f.reg, p3);
    f.reg.memberships.push_back({james, f.board, gov::Role::Chair, {}, br::make_date(2014, 1, 1),
                                 br::make_date(2015, 9, 16), {}, ""});
    f.reg.memberships.push_back({huddleston, f.board, gov::Role::Chair, {}, br::make_date(2015, 9, 17), {}, {}, ""});
    f.reg.memberships.push_back({lowe, f.board, gov::Role::Member, {}, {}, br::make_date(2016, 3, 31), {}, ""});
    const auto changes = gov::chair_changes(f.reg, f.board);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[1].date, br::make_date(2015, 9, 17));
    EXPECT_EQ(changes[1].outgoing, james);
    EXPECT_EQ(changes[1].incoming, huddleston);
    EXPECT_FALSE(changes[0].outgoing.valid());

    auto ending = gov::terms_ending_within(f.reg, br::make_date(2016, 3, 1), 30);
    ASSERT_EQ(ending.size(), 1u);
    EXPECT_EQ(ending[0].person, lowe);
    EXPECT_TRUE(gov::terms_ending_within(f.reg, br::make_date(2016, 3, 1), 29).empty()) << "31 March is day 30";
    EXPECT_TRUE(gov::terms_ending_within(f.reg, br::make_date(2016, 4, 1), 365).empty());

    gov::Board group;
    group.name = "CSE Task and Finish Group";
    group.kind = gov::BoardKind::TaskAndFinishGroup;
    group.parent = f.board;
    group.planned_end = br::make_date(2015, 7, 31);
    const auto tfg = gov::add_board(f.reg, group);
    for (const auto& d : {br::make_date(2015, 6, 1), br::make_date(2015, 8, 20), br::make_date(2015, 10, 1)}) {
        gov::Meeting m;
        m.board_id = tfg;
        m.date = d;
        gov::add_meeting(f.reg, m);
    }
    auto overrun = gov::overrunning_task_groups(f.reg, br::make_date(2015, 9, 17));
    ASSERT_EQ(overrun.size(), 1u);
    EXPECT_EQ(overrun[0].group, tfg);
    EXPECT_EQ(overrun[0].meetings_after_planned_end, 1) << "the October meeting is after the as-of date";
    EXPECT_EQ(overrun[0].last_meeting, br::make_date(2015, 8, 20));
    EXPECT_TRUE(gov::overrunning_task_groups(f.reg, br::make_date(2015, 7, 1)).empty());
    gov::board(f.reg, tfg).ended = br::make_date(2015, 9, 1);
    EXPECT_TRUE(gov::overrunning_task_groups(f.reg, br::make_date(2015, 9, 17)).empty()) << "stood down";
}

TEST(GovernanceAgenda, DraftHasStandingItemsMattersArisingAndPlannedTopics) {
    Fixture f;
    const auto rh = f.add("Rebecca Huddleston", f.council, gov::AttendanceStatus::Present);
    gov::Meeting printed;
    printed.board_id = f.board;
    printed.date = br::make_date(2015, 6, 1);
    auto item = [](std::string title, bool standing) {
        gov::AgendaItem i;
        i.title = std::move(title);
        i.standing = standing;
        return i;
    };
    printed.agenda = {item("Welcome and apologies", true), item("Minutes of last meeting", true),
                      item("Infant Mortality", false), item("Child Sexual Exploitation", true),
                      item("Prevent Duty", false), item("Any other business", true), item("Future meeting dates", true)};
    for (std::size_t i = 0; i < printed.agenda.size(); ++i) printed.agenda[i].number = std::to_string(i + 1);
    gov::add_meeting(f.reg, printed);
    const auto places = gov::standing_items_from(printed);
    ASSERT_EQ(places.size(), 5u);
    EXPECT_EQ(places[2].place, gov::StandingPlace::Body);
    EXPECT_EQ(places[3].place, gov::StandingPlace::Closing);

    gov::Meeting next;
    next.board_id = f.board;
    next.date = br::make_date(2015, 12, 10);
    next.venue = "Town Hall, Chorley";
    next.start = br::TimeOfDay(14, 0);
    gov::add_meeting(f.reg, next);
    gov::Meeting later;
    later.board_id = f.board;
    later.date = br::make_date(2016, 3, 10);
    later.venue = "Wheel Room";
    gov::add_meeting(f.reg, later);

    gov::Action open;
    open.raised_at = f.meeting;
    open.text = "The Chair to report back to the Trust Board.";
    open.owners = {rh};
    open.part = gov::AgendaPart::Public;
    gov::add_action(f.reg, open);
    gov::Action done = open;
    done.text = "Already done";
    done.history = {{br::make_date(2015, 10, 1), gov::ActionStatus::Done, ""}};
    gov::add_action(f.reg, done);
    f.reg.forward_plan.push_back(
        {f.board, br::make_date(2015, 12, 10), "Prevent Duty", {"Mike Cooney"}, "Presentation", {}, 0});
    f.reg.forward_plan.push_back({f.board, br::make_date(2016, 3, 10), "Later topic", {}, "", {}, 0});
    f.reg.forward_plan.push_back({f.board, std::nullopt, "Bus Services", {}, "", {}, 0});

    const auto draft = gov::draft_agenda(f.reg, f.board, br::make_date(2015, 12, 10));
    std::vector<std::string> titles;
    for (const auto& i : draft.meeting.agenda) titles.push_back(i.number + " " + i.title);
    EXPECT_EQ(titles, (std::vector<std::string>{"1 Welcome and apologies", "2 Minutes of last meeting",
                                                "3 Matters arising from the meeting of 17 September 2015",
                                                "4 Child Sexual Exploitation", "5 Prevent Duty",
                                                "6 Any other business", "7 Future meeting dates"}));
    EXPECT_EQ(draft.meeting.agenda[2].intended_outcome, "Rebecca Huddleston: The Chair to report back to the Trust Board.");
    EXPECT_EQ(draft.meeting.agenda[2].leads, std::vector<std::string>{"Rebecca Huddleston"});
    EXPECT_EQ(draft.meeting.agenda[4].leads, std::vector<std::string>{"Mike Cooney"});
    EXPECT_EQ(draft.meeting.agenda[6].intended_outcome, "Thursday 10 March 2016 \u2013 Wheel Room");
    EXPECT_EQ(draft.matters_arising.size(), 1u);
    ASSERT_EQ(draft.unscheduled_topics.size(), 1u);
    EXPECT_EQ(draft.unscheduled_topics[0].topic, "Bus Services");
    EXPECT_EQ(draft.meeting.venue, "Town Hall, Chorley");
    EXPECT_EQ(draft.meeting.start, br::TimeOfDay(14, 0));
    EXPECT_NO_THROW(gov::validate(draft.meeting));

    // A standing item that names matters arising takes them.
    gov::meeting(f.reg, *gov::find_meeting(f.reg, f.board, br::make_date(2015, 6, 1))).agenda[1].title =
        "Minutes of last meeting and matters arising";
    const auto second = gov::draft_agenda(f.reg, f.board, br::make_date(2015, 12, 10));
    EXPECT_EQ(second.meeting.agenda.size(), 6u);
    EXPECT_EQ(second.meeting.agenda[1].intended_outcome, "Rebecca Huddleston: The Chair to report back to the Trust Board.");

    // Part II business stays Part II: an action raised at an exempt item, an
    // action of no established part, and an exempt forward-plan topic.
    gov::Action exempt = open;
    exempt.text = "PART-II-ACTION placement review";
    exempt.part = gov::AgendaPart::Exempt;
    exempt.exempt_paragraph = 1;
    gov::add_action(f.reg, exempt);
    gov::Action unmarked = open;
    unmarked.text = "UNMARKED-ACTION";
    unmarked.part.reset();
    gov::add_action(f.reg, unmarked);
    f.reg.forward_plan.push_back(
        {f.board, br::make_date(2015, 12, 10), "PART-II-TOPIC", {"Head of HR"}, "", gov::AgendaPart::Exempt, 4});
    const auto third = gov::draft_agenda(f.reg, f.board, br::make_date(2015, 12, 10));
    for (const auto& i : third.meeting.agenda) {
        const bool secret = i.intended_outcome.find("PART-II-ACTION") != std::string::npos ||
                            i.intended_outcome.find("UNMARKED-ACTION") != std::string::npos || i.title == "PART-II-TOPIC";
        EXPECT_EQ(secret, i.is_exempt()) << i.number << " " << i.title;
    }
    const auto& last = third.meeting.agenda.back();
    EXPECT_EQ(last.title, "Matters arising from Part II business");
    EXPECT_EQ(last.exempt_paragraph, 1);
    EXPECT_NO_THROW(gov::validate(third.meeting));
    const auto shown = br::report::public_view(third.meeting);
    for (const auto& i : shown.agenda) {
        EXPECT_EQ(i.intended_outcome.find("PART-II"), std::string::npos);
        EXPECT_EQ(i.intended_outcome.find("UNMARKED"), std::string::npos);
        EXPECT_NE(i.title, "PART-II-TOPIC");
    }
}

TEST(GovernanceRegister, IdsAndReferencesAreChecked) {
    Fixture f;
    EXPECT_EQ(f.board.value(), 1);
    EXPECT_EQ(f.meeting.value(), 1);
    EXPECT_EQ(f.college.value(), 2);
    gov::Organisation named;
    named.id = br::OrganisationId{2};
    named.name = "Duplicate";
    EXPECT_THROW(gov::add_organisation(f.reg, named), br::ValidationError);
    EXPECT_THROW(gov::person(f.reg, br::PersonId{42}), br::NotFoundError);
    EXPECT_EQ(gov::find_organisation(f.reg, "west lancashire college"), f.college);
    EXPECT_NO_THROW(gov::check_references(f.reg));

    f.reg.attendance.push_back({f.meeting, br::PersonId{77}, gov::AttendanceStatus::Present, {}, "", {}, false});
    f.reg.interests.push_back({f.meeting, true, {{br::PersonId{1}, "", gov::InterestKind::Other, "x", {}, 0}}, ""});
    const std::string message = message_of([&] { gov::check_references(f.reg); });
    EXPECT_TRUE(contains(message, "missing person 77")) << message;
    EXPECT_TRUE(contains(message, "'none disclosed' and declarations")) << message;
}

// The lookup index follows the vectors: records appended one at a time or pushed straight
// onto a vector, a vector replaced or shrunk, and (after reindex) a link changed in place.
TEST(GovernanceRegister, TheIndexFollowsTheVectors) {
    gov::Register reg;
    gov::Board a_board;
    a_board.name = "Health and Wellbeing Board";
    const auto first = gov::add_board(reg, a_board);
    gov::Board another;
    another.name = "Community Safety Partnership";
    const auto second = gov::add_board(reg, another);
    std::vector<br::MeetingId> meetings;
    for (int month = 1; month <= 12; ++month) {
        gov::Meeting m;
        m.board_id = month % 2 ? first : second;
        m.date = br::make_date(2016, month, 10);
        meetings.push_back(gov::add_meeting(reg, m));
    }
    for (const auto id : meetings) EXPECT_EQ(gov::meeting(reg, id).id, id);
    EXPECT_EQ(gov::meetings_of(reg, first).size(), 6u);
    EXPECT_EQ(gov::find_meeting(reg, second, br::make_date(2016, 2, 10)), meetings[1]);
    EXPECT_THROW(gov::meeting(reg, br::MeetingId{99}), br::NotFoundError);

    // Pushed straight onto the vector: found all the same.
    gov::Meeting pushed;
    pushed.id = br::MeetingId{50};
    pushed.board_id = first;
    pushed.date = br::make_date(2017, 1, 5);
    reg.meetings.push_back(pushed);
    EXPECT_EQ(gov::meeting(reg, br::MeetingId{50}).date, br::make_date(2017, 1, 5));
    EXPECT_EQ(gov::meetings_of(reg, first).back(), br::MeetingId{50});
    gov::Meeting next;
    next.board_id = second;
    next.date = br::make_date(2017, 2, 5);
    EXPECT_EQ(gov::add_meeting(reg, next), br::MeetingId{51});  // one past the largest id

    // Attendance: one record per person and meeting, found by meeting.
    for (int i = 0; i < 3; ++i) {
        gov::Person p;
        p.family_name = "Person " + std::to_string(i);
        const auto id = gov::add_person(reg, p);
        reg.attendance.push_back({meetings[0], id, gov::AttendanceStatus::Present, {}, "", {}, false});
        reg.attendance.push_back({meetings[2], id, gov::AttendanceStatus::Apologies, {}, "", {}, false});
    }
    EXPECT_EQ(gov::attendance_at(reg, meetings[0]).size(), 3u);
    EXPECT_EQ(gov::attendance_records(reg, meetings[2]).front()->status, gov::AttendanceStatus::Apologies);

    // A vector shrunk, or replaced as a whole.
    reg.attendance.erase(reg.attendance.begin());
    EXPECT_EQ(gov::attendance_at(reg, meetings[0]).size(), 2u);
    EXPECT_EQ(gov::attendance_at(reg, meetings[2]).size(), 3u);
    reg.attendance = {};
    EXPECT_TRUE(gov::attendance_at(reg, meetings[0]).empty());

    // One record removed and another appended: the same size and buffer, the records moved.
    const auto person_count = reg.people.size();
    (void)gov::person(reg, reg.people.back().id);  // indexed as it is
    reg.people.erase(reg.people.begin());
    gov::Person newcomer;
    newcomer.id = br::PersonId{400};
    newcomer.family_name = "Newcomer";
    reg.people.push_back(newcomer);
    ASSERT_EQ(reg.people.size(), person_count);
    EXPECT_EQ(gov::person(reg, br::PersonId{400}).family_name, "Newcomer");

    // A link changed in place is seen after reindex.
    gov::meeting(reg, meetings[0]).board_id = second;
    gov::reindex(reg);
    EXPECT_EQ(gov::meetings_of(reg, first).size(), 6u);  // 5 of the first twelve, and id 50
    EXPECT_EQ(gov::meetings_of(reg, second).size(), 8u);

    // A copy has an index of its own: changing it leaves the original's answers alone.
    gov::Register copy = reg;
    gov::Meeting later;
    later.board_id = first;
    later.date = br::make_date(2018, 1, 1);
    gov::add_meeting(copy, later);
    EXPECT_EQ(gov::meetings_of(copy, first).size(), 7u);
    EXPECT_EQ(gov::meetings_of(reg, first).size(), 6u);
    EXPECT_NO_THROW(gov::check_references(reg));
}

// A board's own records answer the questions about the board as the whole register does.
TEST(GovernanceRegister, BoardRecordsAnswerForTheBoard) {
    Fixture f;
    gov::Board other;
    other.name = "Community Safety Partnership";
    const auto elsewhere = gov::add_board(f.reg, other);
    gov::Meeting m;
    m.board_id = elsewhere;
    m.date = br::make_date(2015, 10, 1);
    const auto their_meeting = gov::add_meeting(f.reg, m);
    const auto sarah = f.add("Sarah Jones", f.council, gov::AttendanceStatus::Present);
    gov::Person stranger;
    stranger.family_name = "Elsewhere";
    const auto stranger_id = gov::add_person(f.reg, stranger);
    f.reg.attendance.push_back({their_meeting, stranger_id, gov::AttendanceStatus::Present, {}, "", {}, false});
    gov::Action a;
    a.raised_at = f.meeting;
    a.text = "Report back";
    a.owners = {sarah};
    a.due = gov::Due::next_meeting();
    gov::add_action(f.reg, a);
    gov::Meeting later;
    later.board_id = f.board;
    later.date = br::make_date(2015, 12, 10);
    gov::add_meeting(f.reg, later);

    const gov::Register own = gov::board_records(f.reg, f.board);
    EXPECT_EQ(own.meetings.size(), 2u);
    EXPECT_EQ(own.people.size(), 1u);  // only the people its records name
    EXPECT_EQ(own.boards.size(), 2u);  // every board, for names and reporting lines
    EXPECT_NO_THROW(gov::check_references(own));
    EXPECT_EQ(gov::due_date(own, own.actions.front()), gov::due_date(f.reg, f.reg.actions.front()));
    EXPECT_EQ(gov::matters_arising(own, f.board, br::make_date(2015, 12, 10)),
              gov::matters_arising(f.reg, f.board, br::make_date(2015, 12, 10)));
    EXPECT_EQ(gov::attendance_by_member(own, f.board, br::make_date(2015, 1, 1), br::make_date(2016, 1, 1)).size(),
              gov::attendance_by_member(f.reg, f.board, br::make_date(2015, 1, 1), br::make_date(2016, 1, 1)).size());
    EXPECT_THROW(gov::board_records(f.reg, br::BoardId{99}), br::NotFoundError);
}

// Ids used twice are reported whether the ids are dense (as allocated) or far apart.
TEST(GovernanceRegister, DuplicateIdsAreFoundDenseOrSparse) {
    for (const std::int64_t big : {std::int64_t{3}, std::int64_t{9'000'000'000}}) {
        gov::Register reg;
        for (const std::int64_t id : {std::int64_t{1}, big, big}) {
            gov::Person p;
            p.id = br::PersonId{id};
            p.family_name = "Person";
            reg.people.push_back(p);
        }
        const std::string message = message_of([&] { gov::check_references(reg); });
        EXPECT_TRUE(contains(message, "person id " + std::to_string(big) + " is used twice")) << message;
        reg.people.pop_back();
        EXPECT_NO_THROW(gov::check_references(reg));
        reg.attendance.push_back({br::MeetingId{big}, br::PersonId{big}, gov::AttendanceStatus::Present, {}, "", {}, false});
        EXPECT_TRUE(contains(message_of([&] { gov::check_references(reg); }), "missing meeting " + std::to_string(big)));
    }
}

// A person recorded twice at one meeting is reported once, at the second record; at a meeting
// in the register or at one missing from it.
TEST(GovernanceRegister, AttendanceRecordedTwiceIsReported) {
    Fixture f;
    const auto sarah = f.add("Sarah Jones", f.council, gov::AttendanceStatus::Present);
    const auto karl = f.add("Karl Smith", f.council, gov::AttendanceStatus::Present);
    EXPECT_NO_THROW(gov::check_references(f.reg));
    f.reg.attendance.push_back({f.meeting, sarah, gov::AttendanceStatus::Apologies, {}, "", {}, false});
    const br::MeetingId missing{12345};
    f.reg.attendance.push_back({missing, karl, gov::AttendanceStatus::Present, {}, "", {}, false});
    f.reg.attendance.push_back({missing, karl, gov::AttendanceStatus::Present, {}, "", {}, false});
    const std::string message = message_of([&] { gov::check_references(f.reg); });
    EXPECT_TRUE(contains(message, "person " + std::to_string(sarah.value()) + " is recorded twice at meeting " +
                                      std::to_string(f.meeting.value()))) << message;
    EXPECT_TRUE(contains(message, "person " + std::to_string(karl.value()) + " is recorded twice at meeting 12345"))
        << message;
    std::size_t reported = 0;
    for (auto at = message.find("recorded twice"); at != std::string::npos; at = message.find("recorded twice", at + 1))
        ++reported;
    EXPECT_EQ(reported, 2u) << message;
}

// A meeting has at most one interests record: a second is reported, at a meeting in the
// register and at one missing from it (with an id far beyond the others: the sparse path).
TEST(GovernanceRegister, TwoInterestsRecordsForOneMeetingAreReported) {
    Fixture f;
    gov::InterestsRecord record;
    record.meeting = f.meeting;
    record.none_disclosed = true;
    f.reg.interests.push_back(record);
    EXPECT_NO_THROW(gov::check_references(f.reg));
    f.reg.interests.push_back(record);
    const br::MeetingId far{1'000'000};
    record.meeting = far;
    f.reg.interests.push_back(record);
    f.reg.interests.push_back(record);
    const std::string message = message_of([&] { gov::check_references(f.reg); });
    EXPECT_TRUE(contains(message, "meeting " + std::to_string(f.meeting.value()) + " has two interests records"))
        << message;
    EXPECT_TRUE(contains(message, "meeting 1000000 has two interests records")) << message;
    EXPECT_TRUE(contains(message, "interests record names missing meeting 1000000")) << message;
}

// The same on many records in a random order, against counting pairs seen before: people at
// the meeting, at a missing meeting, and ids beyond every person (reported as missing too).
TEST(GovernanceRegister, AttendanceRecordedTwiceMatchesPairsSeenBefore) {
    Fixture f;
    const auto sarah = f.add("Sarah Jones", f.council, gov::AttendanceStatus::Present);
    const auto karl = f.add("Karl Smith", f.council, gov::AttendanceStatus::Present);
    const std::vector<br::MeetingId> meetings{f.meeting, br::MeetingId{12345}};
    const std::vector<br::PersonId> people{sarah, karl, br::PersonId{karl.value() + 40}, br::PersonId{karl.value() + 41}};
    std::mt19937 random(7);
    std::set<std::pair<std::int64_t, std::int64_t>> seen;
    for (const auto& a : f.reg.attendance) seen.insert({a.meeting.value(), a.person.value()});
    std::size_t expected = 0;
    for (int k = 0; k < 400; ++k) {
        const br::MeetingId meeting = meetings[random() % meetings.size()];
        const br::PersonId person = people[random() % people.size()];
        if (!seen.insert({meeting.value(), person.value()}).second) ++expected;
        f.reg.attendance.push_back({meeting, person, gov::AttendanceStatus::Present, {}, "", {}, false});
    }
    const std::string message = message_of([&] { gov::check_references(f.reg); });
    std::size_t reported = 0;
    for (auto at = message.find("recorded twice"); at != std::string::npos; at = message.find("recorded twice", at + 1))
        ++reported;
    EXPECT_EQ(reported, expected);
}
