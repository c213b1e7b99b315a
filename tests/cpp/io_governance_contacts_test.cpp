// The contacts table (private data): the example's rows attached to the people
// of the board's papers, errors that name file, line and field, and a public
// JSON export that contains none of it.
#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"
#include "boardroom/io/governance_contacts.hpp"
#include "boardroom/io/governance_import.hpp"
#include "boardroom/io/json.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace br = boardroom;
namespace gov = boardroom::governance;
namespace io = boardroom::io;

namespace {

const std::filesystem::path kCpb = std::filesystem::path(BOARDROOM_SOURCE_DIR) / "examples" / "cpb-2015-09-17";

gov::Register cpb_register() {
    gov::Register reg;
    io::read_boards_table(reg, kCpb / "boards.tsv");
    const auto board = *gov::find_board(reg, "CPB");
    // The notes hold no exempt business and mark no parts.
    io::import_minutes(reg, board, io::read_minutes(kCpb / "notes.txt"), {.unmarked_part = gov::AgendaPart::Public});
    return reg;
}

const gov::Person& named(const gov::Register& reg, std::string_view name) {
    const auto found = gov::find_people(reg, gov::parse_person_name(name));
    EXPECT_EQ(found.size(), 1u) << name;
    return gov::person(reg, found.at(0));
}

using boardroom::test::input_error;

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

constexpr std::string_view kHeader = "Name\tTitle\tOrganisation\tTel. Number\n";

} // namespace

TEST(Contacts, ExampleRowAttachesToThePersonOfThePapers) {
    auto reg = cpb_register();
    const auto notes = io::load_contacts(reg, kCpb / "contacts.tsv");
    const auto& sheila = named(reg, "Sheila Minchin");
    ASSERT_TRUE(sheila.contact.has_value());
    EXPECT_EQ(sheila.contact->phone, "01695 52361");
    EXPECT_EQ(sheila.contact->email, "");
    std::size_t with_contact = 0;
    for (const auto& p : reg.people) with_contact += p.contact.has_value();
    EXPECT_EQ(with_contact, 1u);
    // The table's title differs from the attendance list's "Interim Director of Quality & Support".
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].line, 7u);
    EXPECT_TRUE(contains(notes[0].message, "'Director of Quality & Support'")) << notes[0].message;
    EXPECT_TRUE(contains(notes[0].message, "'Interim Director of Quality & Support'")) << notes[0].message;
}

TEST(Contacts, EmailPrintedInTheTelephoneCellIsTakenOut) {
    auto reg = cpb_register();
    const std::string text = std::string(kHeader) + "SECTION\t\t\t\n" +
                             "Sheila Minchin\t\tWest Lancashire College\t01772 413029 / 07943 050822 sm@college.example.ac.uk\n";
    io::attach_contacts(reg, io::parse_tab_table(text, "contacts.tsv"));
    const auto& contact = *named(reg, "Sheila Minchin").contact;
    EXPECT_EQ(contact.phone, "01772 413029 / 07943 050822");
    EXPECT_EQ(contact.email, "sm@college.example.ac.uk");
}

TEST(Contacts, CsvWithAnEmailColumn) {
    auto reg = cpb_register();
    const auto table = io::CsvTable::parse("Name,Email\nKarl Turner,karl.turner@lancashire.example.gov.uk\n", "c.csv");
    EXPECT_TRUE(io::attach_contacts(reg, table).empty());
    EXPECT_EQ(named(reg, "Karl Turner").contact->email, "karl.turner@lancashire.example.gov.uk");
    EXPECT_EQ(named(reg, "Karl Turner").contact->phone, "");
}

TEST(Contacts, ErrorsNameFileLineAndFieldAndAttachNothing) {
    auto check = [](const std::string& rows, std::size_t line, const std::string& field, std::string_view reason) {
        auto reg = cpb_register();
        const auto before = reg;
        const auto e = input_error(
            [&] { io::attach_contacts(reg, io::parse_tab_table("List\n\n" + std::string(kHeader) + rows, "c.tsv")); });
        EXPECT_EQ(e.file(), "c.tsv") << rows;
        EXPECT_EQ(e.line(), line) << rows;
        EXPECT_EQ(e.field(), field) << rows;
        EXPECT_TRUE(contains(e.what(), reason)) << e.what();
        for (const auto& p : reg.people) EXPECT_FALSE(p.contact.has_value()) << "nothing attached: " << p.family_name;
    };
    const std::string sheila = "Sheila Minchin\t\t\t01695 52361\n";
    // Someone not in the board's papers (a row of the seed's table that is not transcribed).
    check(sheila + "Lynne Griffin\tGroup Director\tNCG\t0191 200 4000\n", 5, "Name", "no one called 'Lynne Griffin'");
    check("Sheila Minchin\t\t\t01695 52361 sheila.minchin@\n", 4, "Tel. Number", "is not an email address");
    check("Sheila Minchin\t\t\tsm@@college.example\n", 4, "Tel. Number", "is not an email address");
    check("\tDuty Team\tLancashire County Council\t0300 123 6721\n", 4, "Name", "no name");
    check(sheila + sheila, 5, "Name", "a second row for Sheila Minchin (the first is line 4)");
    check("Sheila Minchin\tDirector\t\t\n", 4, "Tel. Number", "neither a telephone number nor an email");
}

TEST(Contacts, MalformedEmailColumnIsNamed) {
    auto reg = cpb_register();
    const auto e = input_error([&] {
        io::attach_contacts(reg, io::CsvTable::parse("Name,Tel. Number,Email\nKarl Turner,,karl at lcc\n", "c.csv"));
    });
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.field(), "Email");
    EXPECT_TRUE(io::is_plausible_email("prevent@lancashire.pnn.police.uk"));
    EXPECT_FALSE(io::is_plausible_email("prevent@lancashire"));
    EXPECT_FALSE(io::is_plausible_email("@lancashire.pnn.police.uk"));
    EXPECT_FALSE(io::is_plausible_email("a b@c.uk"));
}

TEST(Contacts, PublicJsonHoldsNoneOfTheExampleContactDetails) {
    auto reg = cpb_register();
    io::load_contacts(reg, kCpb / "contacts.tsv");
    const auto full = io::to_json_text(reg);
    EXPECT_TRUE(contains(full, "01695 52361")) << "the private document keeps them";
    const auto published = io::to_json_text(reg, {.public_only = true});
    EXPECT_FALSE(contains(published, "01695 52361"));
    EXPECT_FALSE(contains(published, "01695"));
    EXPECT_THROW(io::to_json_text(reg, {.public_only = true, .include_contact_details = true}), br::DisclosureError);
}
