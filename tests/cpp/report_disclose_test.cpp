// The disclosure gate: what report::disclose() keeps and withholds, on records
// planted with unique markers in every field of a Part II item.
#include "boardroom/core/error.hpp"
#include "boardroom/governance/parts.hpp"
#include "boardroom/governance/queries.hpp"
#include "boardroom/io/governance_minutes.hpp"
#include "boardroom/io/json.hpp"
#include "boardroom/report/disclose.hpp"
#include "boardroom/report/public_text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace br = boardroom;
namespace gov = boardroom::governance;
namespace io = boardroom::io;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// A board with one held meeting whose minutes have a Part II item numbered
/// differently from its agenda ("07." against "7"), an action, a declaration
/// and a forward-plan topic on it, and contact details for everyone.
struct Planted {
    io::BoardBundle bundle;
    std::vector<std::string> secrets;
    br::MeetingId meeting;
};

Planted planted() {
    Planted out;
    auto& reg = out.bundle.records;
    gov::Board board;
    board.name = "Health and Wellbeing Board";
    const auto board_id = gov::add_board(reg, board);
    gov::Person chair;
    chair.given_name = "Ann";
    chair.family_name = "Smith";
    chair.contact = gov::ContactDetails{"01772 123456", "ann.smith@private.example", "PR1 8XY"};
    const auto ann = gov::add_person(reg, chair);
    gov::Meeting meeting;
    meeting.board_id = board_id;
    meeting.board = board.name;
    meeting.date = br::make_date(2016, 3, 10);
    meeting.status = gov::MeetingStatus::Held;
    gov::AgendaItem open;
    open.number = "1";
    open.title = "Welcome";
    gov::AgendaItem exempt;
    exempt.number = "7";
    exempt.title = "MARKER-TITLE";
    exempt.intended_outcome = "MARKER-OUTCOME";
    exempt.leads = {"MARKER-LEAD"};
    exempt.pages = gov::PageRange{3, 9};
    exempt.part = gov::AgendaPart::Exempt;
    exempt.exempt_paragraph = 3;
    exempt.urgent_reason = "MARKER-URGENT";
    meeting.agenda = {open, exempt};
    out.meeting = gov::add_meeting(reg, meeting);
    reg.minutes.push_back({out.meeting, "1", "WELCOME", {"The chair welcomed everyone."}, {}, {}, 0});
    reg.minutes.push_back({out.meeting, "07.", "MARKER-MINUTE-TITLE", {"MARKER-NARRATIVE"},
                           {{"Resolved that", {"MARKER-RESOLUTION"}}}, {}, 0});
    gov::Action action;
    action.raised_at = out.meeting;
    action.item = "07";
    action.text = "MARKER-ACTION";
    action.owners = {ann};
    action.owners_as_printed = "MARKER-INITIALS";
    action.history = {{br::make_date(2016, 4, 1), gov::ActionStatus::InProgress, "MARKER-STATUS-NOTE"}};
    gov::add_action(reg, action);
    reg.interests.push_back({out.meeting, false,
                             {{ann, "7", gov::InterestKind::Pecuniary, "MARKER-DECLARATION", {}, 0},
                              {ann, "", gov::InterestKind::Other, "A general interest", {}, 0}},
                             "MARKER-AS-MINUTED"});
    reg.forward_plan.push_back({board_id, br::make_date(2016, 6, 9), "MARKER-TOPIC", {"MARKER-PLAN-LEAD"},
                                "MARKER-PLAN-NOTE", gov::AgendaPart::Exempt, 1});
    gov::StandingItem standing;
    standing.item = exempt;
    standing.item.intended_outcome = "MARKER-STANDING";
    gov::board(reg, board_id).standing_items.push_back(standing);
    out.bundle.data_quality_notes.push_back({"/home/officer/Documents/MARKER-PATH.txt", 4, "MARKER-NOTE"});
    out.secrets = {"MARKER-TITLE",      "MARKER-OUTCOME",     "MARKER-LEAD",        "MARKER-URGENT",
                   "MARKER-MINUTE-TITLE", "MARKER-NARRATIVE", "MARKER-RESOLUTION",  "MARKER-ACTION",
                   "MARKER-INITIALS",   "MARKER-STATUS-NOTE", "MARKER-DECLARATION", "MARKER-AS-MINUTED",
                   "MARKER-TOPIC",      "MARKER-PLAN-LEAD",   "MARKER-PLAN-NOTE",   "MARKER-STANDING",
                   "MARKER-PATH",       "MARKER-NOTE",        "01772 123456",       "ann.smith@private.example",
                   "PR1 8XY"};
    return out;
}

} // namespace

TEST(Disclose, NoPlantedMarkerSurvivesAndHeadingsStay) {
    const auto data = planted();
    const auto full = io::to_json_text(data.bundle);
    for (const auto& secret : data.secrets) ASSERT_TRUE(contains(full, secret)) << secret << " was not planted";

    const auto shown = br::report::disclose(data.bundle);
    const auto published = io::to_json_text(shown);
    for (const auto& secret : data.secrets) EXPECT_FALSE(contains(published, secret)) << secret;
    const auto exported = io::to_json_text(data.bundle, {.public_only = true});
    for (const auto& secret : data.secrets) EXPECT_FALSE(contains(exported, secret)) << secret;
    const auto popolo = io::to_popolo_json_text(data.bundle.records);
    for (const auto& secret : data.secrets) EXPECT_FALSE(contains(popolo, secret)) << secret;

    const auto& reg = shown.records;
    ASSERT_EQ(reg.minutes.size(), 2u);
    EXPECT_EQ(reg.minutes[0].part, gov::AgendaPart::Public) << "item 1 is Part I on the agenda";
    EXPECT_EQ(reg.minutes[0].paragraphs.size(), 1u);
    EXPECT_EQ(reg.minutes[1].number, "07.") << "the withheld minute keeps its number";
    EXPECT_EQ(reg.minutes[1].part, gov::AgendaPart::Exempt) << "'07.' is agenda item 7";
    EXPECT_EQ(reg.minutes[1].exempt_paragraph, 3);
    EXPECT_EQ(reg.actions[0].part, gov::AgendaPart::Exempt);
    EXPECT_TRUE(reg.actions[0].owners.empty());
    EXPECT_EQ(reg.actions[0].history.size(), 1u) << "the status stays, its note goes";
    ASSERT_EQ(reg.interests[0].declarations.size(), 1u);
    EXPECT_EQ(reg.interests[0].declarations[0].text, "A general interest");
    EXPECT_EQ(reg.forward_plan[0].topic, br::report::withheld_title);
    EXPECT_EQ(reg.forward_plan[0].exempt_paragraph, 1);
    EXPECT_TRUE(shown.data_quality_notes.empty());
    EXPECT_FALSE(reg.people[0].contact.has_value());
}

TEST(Disclose, MinutesOfUnknownPartAreRefusedNotGuessed) {
    auto data = planted();
    // Without the agenda, nothing says whether minute 07. is Part I or II.
    data.bundle.records.meetings[0].agenda.clear();
    try {
        (void)br::report::disclose(data.bundle);
        FAIL() << "expected DisclosureError";
    } catch (const br::DisclosureError& error) {
        const std::string message = error.what();
        EXPECT_TRUE(contains(message, "Health and Wellbeing Board, meeting of Thursday 10 March 2016")) << message;
        EXPECT_TRUE(contains(message, "minute 1")) << message;
        EXPECT_TRUE(contains(message, "--unmarked-part public")) << message;
    }
    // Withholding every unmarked record publishes none of them.
    const auto withheld = io::to_json_text(br::report::disclose(data.bundle, {gov::AgendaPart::Exempt}));
    for (const auto& secret : data.secrets) EXPECT_FALSE(contains(withheld, secret)) << secret;
    // The minutes' own marks settle it without the agenda.
    data.bundle.records.minutes[0].part = gov::AgendaPart::Public;
    data.bundle.records.minutes[1].part = gov::AgendaPart::Exempt;
    const auto shown = br::report::disclose(data.bundle);
    EXPECT_EQ(shown.records.minutes[0].paragraphs.size(), 1u);
    EXPECT_TRUE(shown.records.minutes[1].paragraphs.empty());
    EXPECT_EQ(shown.records.actions[0].part, gov::AgendaPart::Exempt) << "raised at an exempt minute";
    // Stating public does not override a Part II mark.
    const auto stated = br::report::disclose(data.bundle, {gov::AgendaPart::Public});
    EXPECT_TRUE(stated.records.minutes[1].paragraphs.empty());
}

TEST(Disclose, PartsCombineStrictly) {
    const gov::ItemPart open{};
    const gov::ItemPart two{gov::AgendaPart::Exempt, 0};
    const gov::ItemPart three{gov::AgendaPart::Exempt, 3};
    EXPECT_EQ(gov::stricter(open, two), two);
    EXPECT_EQ(gov::stricter(two, three), three);
    EXPECT_EQ(gov::stricter(three, open), three);
    EXPECT_EQ(gov::stricter(std::optional<gov::ItemPart>{}, std::optional<gov::ItemPart>{}), std::nullopt);
    EXPECT_EQ(gov::exemption_stated("Contract award (Part II, paragraph 3)"), three);
    EXPECT_EQ(gov::exemption_stated("Not for publication"), two);
    EXPECT_EQ(gov::exemption_stated("Part 2: staffing"), two);
    EXPECT_FALSE(gov::exemption_stated("Partnership working, part 1").has_value());
    EXPECT_FALSE(gov::exemption_stated("Prevent duty").has_value());
}

TEST(MinutesParts, HeadingsMarkTheItemsUnderThem) {
    const std::string text =
        "HEALTH AND WELLBEING BOARD\n"
        "MINUTES OF THE MEETING HELD ON THURSDAY, 10 MARCH 2016 AT COUNTY HALL\n"
        "1 WELCOME\n"
        "The chair welcomed everyone.\n"
        "2. Budget\n"
        "The board noted the budget.\n"
        "PART II (Not Open to Press and Public)\n"
        "3. Contract award\n"
        "MARKER-EXEMPT-NARRATIVE\n"
        "4. Staffing\n"
        "Not for publication by virtue of paragraph 1 of Part 1 of Schedule 12A\n"
        "MARKER-STAFFING\n";
    const auto doc = io::parse_minutes(text, "minutes.txt");
    ASSERT_EQ(doc.items.size(), 4u);
    EXPECT_TRUE(doc.parts_marked);
    EXPECT_EQ(doc.items[0].part, gov::AgendaPart::Public);
    EXPECT_EQ(doc.items[1].part, gov::AgendaPart::Public);
    EXPECT_EQ(doc.items[2].part, gov::AgendaPart::Exempt);
    EXPECT_EQ(doc.items[3].part, gov::AgendaPart::Exempt);
    EXPECT_EQ(doc.items[3].exempt_paragraph, 1);
    for (const auto& item : doc.items)
        for (const auto& paragraph : item.paragraphs)
            EXPECT_FALSE(contains(paragraph.text, "Not Open to Press")) << "the heading is not narrative";

    const auto unmarked = io::parse_minutes(
        "BOARD\nNOTES OF MEETING HELD ON THURSDAY, 10 MARCH 2016\n1 WELCOME\nHello.\n", "notes.txt");
    EXPECT_FALSE(unmarked.parts_marked);
    EXPECT_FALSE(unmarked.items[0].part.has_value());

    const auto exempt_first = io::parse_minutes(
        "BOARD\nMINUTES OF THE MEETING HELD ON THURSDAY, 10 MARCH 2016\n1 WELCOME\nHello.\n"
        "2 CASE REVIEW\nExempt information under paragraph 2\nMARKER\n3 ANY OTHER BUSINESS\nNone.\n",
        "m.txt");
    EXPECT_EQ(exempt_first.items[0].part, gov::AgendaPart::Public);
    EXPECT_EQ(exempt_first.items[1].part, gov::AgendaPart::Exempt) << "the statement covers the item it stands in";
    EXPECT_EQ(exempt_first.items[1].exempt_paragraph, 2);
    EXPECT_EQ(exempt_first.items[2].part, gov::AgendaPart::Exempt) << "and what follows it";
}
