#include "boardroom/core/error.hpp"
#include "boardroom/governance/meeting.hpp"
#include "boardroom/report/disclose.hpp"
#include "boardroom/report/public_view.hpp"

#include <gtest/gtest.h>

namespace br = boardroom;
namespace gov = boardroom::governance;

namespace {

gov::Meeting sample_meeting() {
    gov::Meeting meeting;
    meeting.board = "Scrutiny Committee";
    meeting.date = br::make_date(2015, 7, 17);
    gov::AgendaItem minutes;
    minutes.number = "3";
    minutes.title = "Minutes of the Meeting held on 19 June 2015";
    minutes.leads = {"Chair"};
    minutes.pages = gov::PageRange{1, 6};
    gov::AgendaItem exempt;
    exempt.number = "9";
    exempt.title = "Serious case review: family A";
    exempt.purpose = gov::ItemPurpose::Decision;
    exempt.intended_outcome = "Members to consider the confidential findings about the child";
    exempt.leads = {"Jane Doe, Independent Reviewer"};
    exempt.pages = gov::PageRange{40, 52};
    exempt.part = gov::AgendaPart::Exempt;
    exempt.exempt_paragraph = 2;
    meeting.agenda = {minutes, exempt};
    return meeting;
}

} // namespace

TEST(Governance, ParsesPurposesPartsAndStatuses) {
    EXPECT_EQ(gov::parse_item_purpose(" discuss "), gov::ItemPurpose::Discuss);
    EXPECT_EQ(gov::parse_item_purpose("Decision"), gov::ItemPurpose::Decision);
    EXPECT_FALSE(gov::parse_item_purpose("Informaton").has_value());
    EXPECT_EQ(gov::parse_agenda_part("II"), gov::AgendaPart::Exempt);
    EXPECT_EQ(gov::parse_agenda_part("i"), gov::AgendaPart::Public);
    EXPECT_FALSE(gov::parse_agenda_part("").has_value());
    EXPECT_EQ(gov::parse_meeting_status("To be confirmed"), gov::MeetingStatus::ToBeConfirmed);
    EXPECT_EQ(gov::to_string(gov::MeetingStatus::Cancelled), "cancelled");
    EXPECT_EQ(gov::to_string(gov::AgendaPart::Exempt), "II");
}

TEST(Governance, ValidateNamesTheItem) {
    auto meeting = sample_meeting();
    EXPECT_NO_THROW(gov::validate(meeting));
    meeting.agenda[1].exempt_paragraph = 8;
    try {
        gov::validate(meeting);
        FAIL() << "expected ValidationError";
    } catch (const br::ValidationError& error) {
        EXPECT_NE(std::string(error.what()).find("agenda item '9'"), std::string::npos);
    }
    meeting = sample_meeting();
    meeting.agenda[0].exempt_paragraph = 3;
    EXPECT_THROW(gov::validate(meeting), br::ValidationError);
    meeting = sample_meeting();
    meeting.agenda[1].number = "3";
    EXPECT_THROW(gov::validate(meeting), br::ValidationError);
    meeting.agenda[1].number = "03.";
    EXPECT_THROW(gov::validate(meeting), br::ValidationError) << "'03.' and '3' are the same item";
    EXPECT_THROW(gov::exempt_paragraph_description(8), br::ValidationError);
    EXPECT_NE(gov::exempt_paragraph_description(7).find("crime"), std::string_view::npos);
}

TEST(Governance, UrgentBusinessNeedsItsRecordedReason) {
    auto meeting = sample_meeting();
    EXPECT_FALSE(meeting.agenda[0].is_urgent());
    meeting.agenda[0].urgent_reason = "the report must be considered before the next meeting";
    EXPECT_TRUE(meeting.agenda[0].is_urgent());
    EXPECT_NO_THROW(gov::validate(meeting));
    for (const char* blank : {"", "  \t"}) {
        meeting.agenda[0].urgent_reason = blank;
        try {
            gov::validate(meeting);
            ADD_FAILURE() << "expected ValidationError for reason '" << blank << "'";
        } catch (const br::ValidationError& error) {
            const std::string message = error.what();
            EXPECT_NE(message.find("agenda item '" + meeting.agenda[0].number + "'"), std::string::npos) << message;
            EXPECT_NE(message.find("urgent business"), std::string::npos) << message;
        }
    }
}

TEST(PublicView, DropsPartTwoContentButKeepsTheHeading) {
    const auto original = sample_meeting();
    const auto view = br::report::public_view(original);
    ASSERT_EQ(view.agenda.size(), 2u);
    EXPECT_EQ(view.agenda[0].leads, original.agenda[0].leads);
    EXPECT_EQ(view.agenda[0].pages, original.agenda[0].pages);
    const auto& exempt = view.agenda[1];
    EXPECT_EQ(exempt.title, br::report::withheld_title) << "the title may itself disclose the exempt matter";
    EXPECT_EQ(exempt.number, original.agenda[1].number);
    EXPECT_TRUE(exempt.intended_outcome.empty());
    EXPECT_TRUE(exempt.leads.empty());
    EXPECT_FALSE(exempt.pages.has_value());
    EXPECT_EQ(br::report::exempt_notice(exempt),
              "Exempt \u2014 paragraph 2 of Schedule 12A to the Local Government Act 1972");
    EXPECT_EQ(br::report::exempt_notice(view.agenda[0]), "");

    auto urgent = original;
    urgent.agenda[0].urgent_reason = "PUBLIC-REASON";
    urgent.agenda[1].urgent_reason = "EXEMPT-REASON";
    const auto shown = br::report::public_view(urgent);
    EXPECT_EQ(shown.agenda[0].urgent_reason, "PUBLIC-REASON") << "Part I: the reason is minuted in public";
    EXPECT_EQ(shown.agenda[1].urgent_reason,
              "withheld (Exempt \u2014 paragraph 2 of Schedule 12A to the Local Government Act 1972)");
    EXPECT_NO_THROW(gov::validate(shown));
    // the original is untouched
    EXPECT_FALSE(original.agenda[1].leads.empty());
}

TEST(PublicView, WithholdsAnExemptItemWhoseParagraphIsNotRecorded) {
    auto meeting = sample_meeting();
    meeting.agenda[1].exempt_paragraph = 0;
    const auto view = br::report::public_view(meeting);
    EXPECT_TRUE(view.agenda[1].leads.empty());
    EXPECT_EQ(view.agenda[1].title, br::report::withheld_title);
    EXPECT_NE(br::report::exempt_notice(view.agenda[1]).find("paragraph not recorded"), std::string::npos);
    meeting.agenda[1].exempt_paragraph = 9;
    EXPECT_THROW(br::report::public_view(meeting), br::ValidationError);
}

TEST(ItemKey, OneFormForEveryPrintedNumber) {
    EXPECT_EQ(gov::item_key("7."), "7");
    EXPECT_EQ(gov::item_key("07"), "7");
    EXPECT_EQ(gov::item_key(" Item 7 "), "7");
    EXPECT_EQ(gov::item_key("5A"), "5a");
    EXPECT_EQ(gov::item_key("5 a)"), "5a");
    EXPECT_EQ(gov::item_key("10"), "10");
    EXPECT_EQ(gov::item_key("0"), "0");
    EXPECT_EQ(gov::item_key(""), "");
}

TEST(Html, EscapesMarkup) {
    EXPECT_EQ(br::report::html_escape("Children's <b>\"Trust\"</b> & Co"),
              "Children&#39;s &lt;b&gt;&quot;Trust&quot;&lt;/b&gt; &amp; Co");
}
