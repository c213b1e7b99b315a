// The JSON interchange: exact round trips of the examples (model -> JSON ->
// model -> JSON, and text -> store -> JSON), errors that name the JSON path,
// the version rule, the Popolo export, and privacy: a public export contains
// none of the private strings planted in the test data.
#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"
#include "boardroom/io/governance_import.hpp"
#include "boardroom/io/json.hpp"
#include "boardroom/io/plan_diagnostic.hpp"
#include "boardroom/io/plan_text.hpp"
#include "boardroom/io/store.hpp"
#include "boardroom/plans/history.hpp"
#include "support/examples.hpp"
#include "support/input_error.hpp"

#include "boardroom/report/disclose.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

namespace br = boardroom;
namespace gov = boardroom::governance;
namespace io = boardroom::io;
namespace plans = boardroom::plans;
using Json = nlohmann::ordered_json;

namespace {

const std::filesystem::path kExamples = std::filesystem::path(BOARDROOM_SOURCE_DIR) / "examples";
const std::filesystem::path kData = std::filesystem::path(BOARDROOM_TEST_DATA_DIR) / "store";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

using boardroom::test::cpb_register;

io::BoardBundle scrutiny_bundle() {
    io::BoardBundle bundle;
    const auto dir = kExamples / "scrutiny-2015";
    io::read_boards_table(bundle.records, dir / "boards.tsv");
    const auto committee = *gov::find_board(bundle.records, "Scrutiny Committee");
    auto minutes = io::import_minutes(bundle.records, committee, io::read_minutes(dir / "minutes-2015-06-19.txt"),
                                      {.memberships_from_attendance = true});
    auto agenda =
        io::import_agenda(bundle.records, committee, io::read_numbered_agenda(dir / "agenda-2015-07-17.txt"));
    auto plan_notes = io::import_work_plan(bundle.records, committee, io::read_work_plan(dir / "work-plan.txt"));
    bundle.data_quality_notes = minutes.notes;
    bundle.data_quality_notes.insert(bundle.data_quality_notes.end(), agenda.notes.begin(), agenda.notes.end());
    bundle.data_quality_notes.insert(bundle.data_quality_notes.end(), plan_notes.begin(), plan_notes.end());
    auto plan = io::read_plan_text(kExamples / "cse-action-plan-2015-2018" / "plan.txt").plan;
    plan.id = br::PlanId{1};
    bundle.plans.push_back(plan);
    bundle.diagnostics.push_back(
        io::read_diagnostic_text(kExamples / "cse-diagnostic-2015" / "responses.txt").diagnostic);
    bundle.self_assessments.push_back(
        io::read_self_assessment_text(kExamples / "prevent-template" / "template.txt").assessment);
    plans::RiskRegister risks;
    risks.title = "Illustrative risk register";
    plans::add_risk(risks, {"R1", "Illustrative risk", "Head of PPU", {4, 5}, plans::RiskScore{2, 5}, {"Team"},
                            {"2.1"}, br::make_date(2015, 9, 30), {}, ""});
    bundle.risk_registers.push_back(risks);
    return bundle;
}

/// Private strings planted in the CPB example: everyone's contact details, and
/// a Part II item with its outcome, leads, minutes, resolution and action.
/// The seeds hold no exempt business: all of this is illustrative.
struct Planted {
    gov::Register reg;
    std::vector<std::string> secrets;
};

Planted planted() {
    Planted out{cpb_register(), {}};
    auto& reg = out.reg;
    for (std::size_t i = 0; i < reg.people.size(); ++i) {
        const auto phone = "01257 555" + std::to_string(100 + i);
        const auto email = "person" + std::to_string(i) + "@private.example";
        reg.people[i].contact = gov::ContactDetails{phone, email, ""};
        out.secrets.push_back(phone);
        out.secrets.push_back(email);
    }
    const auto cpb = *gov::find_board(reg, "CPB");
    auto& september = gov::meeting(reg, *gov::find_meeting(reg, cpb, br::make_date(2015, 9, 17)));
    gov::AgendaItem exempt;
    exempt.number = "14";
    exempt.title = "Exempt business";
    exempt.part = gov::AgendaPart::Exempt;
    exempt.exempt_paragraph = 2;
    exempt.purpose = gov::ItemPurpose::Decision;
    exempt.intended_outcome = "PRIVATE-OUTCOME: decide on the placement";
    exempt.leads = {"PRIVATE-LEAD Head of Service"};
    exempt.pages = gov::PageRange{47, 52};
    exempt.urgent_reason = "PART-II-URGENT-REASON: the placement could not wait";
    september.agenda.push_back(exempt);
    reg.minutes.push_back({september.id, "14", "EXEMPT BUSINESS", {"PART-II-OUTCOME: the board heard the case"},
                           {{"Resolved that", {"PART-II-RESOLUTION: the placement be approved"}}}, {}, 0});
    gov::Action action;
    action.raised_at = september.id;
    action.item = "14";
    action.text = "PART-II-ACTION: write to the family";
    action.owners = {reg.people.front().id};
    gov::add_action(reg, action);
    gov::AgendaItem standing = exempt;
    standing.intended_outcome = "PRIVATE-STANDING-OUTCOME";
    gov::board(reg, cpb).standing_items.push_back({standing, gov::StandingPlace::Closing});
    for (const char* s : {"PRIVATE-OUTCOME", "PRIVATE-LEAD", "PART-II-OUTCOME", "PART-II-RESOLUTION", "PART-II-ACTION",
                          "PRIVATE-STANDING-OUTCOME", "PART-II-URGENT-REASON"})
        out.secrets.emplace_back(s);
    return out;
}

using boardroom::test::input_error;

/// The CPB document with one change made by `edit`, read back.
template <class F>
br::InputError edited(F edit) {
    auto document = Json::parse(io::to_json_text(cpb_register()));
    edit(document);
    const auto text = document.dump(2);
    return input_error([&text] { io::bundle_from_json_text(text, "edited.json"); });
}

} // namespace

TEST(JsonRoundTrip, ExamplesGiveIdenticalText) {
    const auto cpb = planted().reg;
    const auto first = io::to_json_text(cpb);
    EXPECT_EQ(io::to_json_text(io::register_from_json_text(first, "cpb.json")), first);

    const auto bundle = scrutiny_bundle();
    const auto text = io::to_json_text(bundle);
    EXPECT_EQ(io::to_json_text(io::bundle_from_json_text(text, "scrutiny.json")), text);
    EXPECT_TRUE(contains(text, "\"format\": \"boardroom\",\n  \"version\": 4,"));

    const auto plan_text = io::to_json_text(bundle.plans.front());
    EXPECT_EQ(io::plan_from_json_text(plan_text, "plan.json"), bundle.plans.front());
    const auto one_line = io::to_json_text(bundle, {.indent = -1});
    EXPECT_EQ(one_line.find('\n'), std::string::npos);
    EXPECT_EQ(io::to_json_text(io::bundle_from_json_text(one_line, "one-line.json")), text);
}

TEST(JsonRoundTrip, TextToStoreToJsonIsIdentical) {
    const auto path = std::filesystem::temp_directory_path() / ("boardroom-json-" + std::to_string(::getpid()) + ".db");
    auto bundle = scrutiny_bundle();
    const auto text = io::to_json_text(bundle);
    {
        auto store = io::Store::open(path, io::StoreMode::create);
        store.save(io::bundle_from_json_text(text, "scrutiny.json"));
        EXPECT_EQ(io::to_json_text(store.load()), text);
        bundle.records = planted().reg;
        bundle.data_quality_notes.clear();
        store.save(bundle);
        EXPECT_EQ(io::to_json_text(store.load()), io::to_json_text(bundle));
    }
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix, ec);
}

TEST(JsonRoundTrip, DocumentedExampleIsCanonical) {
    // docs/json-format.md shows this document; reading and writing it gives it back byte for byte.
    const auto text = read_file(kData / "board-v4.json");
    const auto bundle = io::bundle_from_json_text(text, "board-v4.json");
    ASSERT_EQ(bundle.records.people.size(), 2u);
    EXPECT_EQ(bundle.records.people[0].honorific, "Cllr");
    ASSERT_EQ(bundle.plans.size(), 1u);
    EXPECT_EQ(bundle.plans[0].actions[0].timescale.kind, plans::TimescaleKind::DueBy);
    EXPECT_EQ(io::to_json_text(bundle) + "\n", text);
}

TEST(JsonRead, VersionOneDocumentsStillRead) {
    // The same records as board-v2.json, written before agenda items had urgent_reason.
    const auto old_text = read_file(kData / "board-v1.json");
    const auto old = io::bundle_from_json_text(old_text, "board-v1.json");
    ASSERT_TRUE(contains(old_text, "\"version\": 1,"));
    EXPECT_FALSE(contains(old_text, "urgent_reason"));
    EXPECT_EQ(io::to_json_text(old) + "\n", read_file(kData / "board-v4.json"));
    // Version 2 (no parts): every minute's and action's part is not established.
    const auto two = io::bundle_from_json_text(read_file(kData / "board-v2.json"), "board-v2.json");
    EXPECT_EQ(io::to_json_text(two) + "\n", read_file(kData / "board-v4.json"));
    for (const auto& minute : two.records.minutes) EXPECT_FALSE(minute.part.has_value());
    auto v2 = Json::parse(read_file(kData / "board-v2.json"));
    v2["minutes"][0]["part"] = "II";
    const auto e2 = input_error([&] { io::bundle_from_json_text(v2.dump(2), "v2.json"); });
    EXPECT_EQ(e2.record(), "minutes[0]");
    EXPECT_EQ(e2.field(), "part");

    // In version 1 the member did not exist, so it is as unknown as a misspelt one.
    auto document = Json::parse(old_text);
    document["meetings"][1]["agenda"][0]["urgent_reason"] = "a reason";
    const auto e = input_error([&] { io::bundle_from_json_text(document.dump(2), "v1.json"); });
    EXPECT_EQ(e.record(), "meetings[1].agenda[0]");
    EXPECT_EQ(e.field(), "urgent_reason");
    EXPECT_TRUE(contains(e.reason(), "unknown member")) << e.what();
}

TEST(JsonRead, VersionThreeDocumentsNameNoIndicator) {
    // Version 3: written before plan actions and risks could name an indicator series.
    const auto text = read_file(kData / "board-v3.json");
    const auto three = io::bundle_from_json_text(text, "board-v3.json");
    EXPECT_EQ(io::to_json_text(three) + "\n", read_file(kData / "board-v4.json"));
    for (const auto& action : three.plans.at(0).actions) EXPECT_EQ(action.indicator, "");
    auto document = Json::parse(text);
    document["plans"][0]["actions"][0]["indicator"] = "Under 18s conception rate";
    const auto e = input_error([&] { io::bundle_from_json_text(document.dump(2), "v3.json"); });
    EXPECT_EQ(e.record(), "plans[0].actions[0]");
    EXPECT_EQ(e.field(), "indicator");
}

TEST(JsonRoundTrip, PlanActionsAndRisksKeepTheirIndicator) {
    auto bundle = io::bundle_from_json_text(read_file(kData / "board-v4.json"), "board-v4.json");
    bundle.plans.at(0).actions.at(0).indicator = "Under 18s conception rate / 1,000";
    plans::RiskRegister risks;
    risks.title = "CSE risks";
    plans::Risk risk;
    risk.reference = "R1";
    risk.description = "Conceptions rise";
    risk.indicator = "Under 18s conception rate / 1,000";
    risks.risks.push_back(risk);
    bundle.risk_registers.push_back(risks);
    const auto back = io::bundle_from_json_text(io::to_json_text(bundle), "indicator.json");
    EXPECT_EQ(back.plans.at(0).actions.at(0).indicator, "Under 18s conception rate / 1,000");
    EXPECT_EQ(back.risk_registers.at(0).risks.at(0).indicator, "Under 18s conception rate / 1,000");
}

TEST(JsonRead, APublicDocumentSaysSo) {
    const auto bundle = io::bundle_from_json_text(read_file(kData / "board-v4.json"), "board-v4.json");
    EXPECT_FALSE(bundle.public_export);
    const auto published = io::bundle_from_json_text(
        io::to_json_text(bundle, {.public_only = true, .unmarked_part = gov::AgendaPart::Public}), "public.json");
    EXPECT_TRUE(published.public_export);
}

TEST(JsonRoundTrip, UrgentBusinessKeepsItsReason) {
    auto reg = cpb_register();
    auto& meeting = *std::find_if(reg.meetings.begin(), reg.meetings.end(),
                                  [](const gov::Meeting& m) { return !m.agenda.empty(); });
    meeting.agenda.back().urgent_reason = "the reply was due before the next meeting";
    const auto text = io::to_json_text(reg);
    const auto back = io::register_from_json_text(text, "urgent.json");
    const auto& item = gov::meeting(back, meeting.id).agenda.back();
    EXPECT_EQ(item.urgent_reason, meeting.agenda.back().urgent_reason);
    EXPECT_FALSE(gov::meeting(back, meeting.id).agenda.front().is_urgent());
    EXPECT_EQ(io::to_json_text(back), text);

    auto document = Json::parse(text);
    const auto index = static_cast<std::size_t>(&meeting - reg.meetings.data());
    auto& agenda = document["meetings"][index]["agenda"];
    agenda[agenda.size() - 1]["urgent_reason"] = "";
    const auto e = input_error([&] { io::bundle_from_json_text(document.dump(2), "blank.json"); });
    EXPECT_TRUE(contains(e.what(), "urgent business")) << e.what();
    EXPECT_EQ(e.field(), "urgent_reason");
    auto blank = reg;  // the register itself with the reason blanked: refused by the model's check too
    for (auto& m : blank.meetings)
        if (m.id == meeting.id) m.agenda.back().urgent_reason = " ";
    EXPECT_THROW(gov::check_references(blank), br::ValidationError);
    agenda[agenda.size() - 1]["urgent_reason"] = 7;
    EXPECT_EQ(input_error([&] { io::bundle_from_json_text(document.dump(2), "number.json"); }).field(),
              "urgent_reason");
}

TEST(JsonRead, ShortExampleOfTheDocumentationReads) {
    const auto page = read_file(std::filesystem::path(BOARDROOM_SOURCE_DIR) / "docs" / "json-format.md");
    const auto section = page.find("## A short example");
    ASSERT_NE(section, std::string::npos);
    const auto begin = page.find("```json\n", section) + 8;
    const auto end = page.find("```", begin);
    const auto reg = io::register_from_json_text(page.substr(begin, end - begin), "docs/json-format.md");
    ASSERT_EQ(reg.actions.size(), 1u);
    EXPECT_EQ(reg.actions[0].owners, std::vector{br::PersonId{9}});
    EXPECT_TRUE(reg.attendance[0].chaired);
}

TEST(JsonRead, MembersLeftOutTakeTheModelDefaults) {
    const auto bundle = io::bundle_from_json_text(
        R"({"format": "boardroom", "version": 1,
            "boards": [{"id": 1, "name": "Scrutiny Committee", "quorum": {"kind": "count", "count": 3}}],
            "meetings": [{"id": 1, "board": "Scrutiny Committee", "board_id": 1, "date": "2015-07-17"}],
            "plans": [{"title": "Plan", "sections": [{"number": "1"}],
                       "actions": [{"number": "1.1", "section": "1"}]}]})",
        "short.json");
    ASSERT_EQ(bundle.records.boards.size(), 1u);
    EXPECT_EQ(bundle.records.boards[0].quorum->denominator, 1);
    EXPECT_EQ(bundle.records.meetings[0].status, gov::MeetingStatus::Scheduled);
    EXPECT_EQ(bundle.plans[0].scheme, plans::default_rag_scheme());
}

TEST(JsonRead, RefusesOtherFormatsAndVersions) {
    auto e = input_error([] { io::bundle_from_json_text(R"({"format": "boardroom", "version": 5})", "new.json"); });
    EXPECT_EQ(e.file(), "new.json");
    EXPECT_EQ(e.field(), "version");
    EXPECT_TRUE(contains(e.reason(), "written by a newer boardroom")) << e.what();
    e = input_error([] { io::bundle_from_json_text(R"({"format": "boardroom", "version": 0})", "zero.json"); });
    EXPECT_EQ(e.field(), "version");
    e = input_error([] { io::bundle_from_json_text(R"({"format": "boardroom"})", "old.json"); });
    EXPECT_EQ(e.field(), "version");
    e = input_error([] { io::bundle_from_json_text(R"({"format": "popolo", "version": 1})", "p.json"); });
    EXPECT_EQ(e.field(), "format");
    e = input_error([] { io::bundle_from_json_text("[1, 2]", "array.json"); });
    EXPECT_TRUE(contains(e.reason(), "expected an object")) << e.what();
    e = input_error([] { io::bundle_from_json_text("{\n  \"format\": \"boardroom\",\n  oops\n}", "broken.json"); });
    EXPECT_EQ(e.line(), 3u) << e.what();
    EXPECT_TRUE(contains(e.reason(), "not valid JSON")) << e.what();
}

TEST(JsonRead, ErrorsNameTheJsonPathOfTheField) {
    auto e = edited([](Json& d) { d["people"][3]["honorific"] = 5; });
    EXPECT_EQ(e.file(), "edited.json");
    EXPECT_EQ(e.record(), "people[3]");
    EXPECT_EQ(e.field(), "honorific");
    EXPECT_TRUE(contains(e.what(), "people[3]")) << e.what();

    e = edited([](Json& d) { d["meetings"][1]["agenda"][2]["purpose"] = "Discus"; });
    EXPECT_EQ(e.record(), "meetings[1].agenda[2]");
    EXPECT_EQ(e.field(), "purpose");
    EXPECT_TRUE(contains(e.reason(), "'Information', 'Action', 'Discuss' or 'Decision'")) << e.what();

    e = edited([](Json& d) { d["actions"][0]["owners"][1] = "SM"; });
    EXPECT_EQ(e.record(), "actions[0]");
    EXPECT_EQ(e.field(), "owners[1]");

    e = edited([](Json& d) { d["meetings"][0]["date"] = "17/09/2015"; });
    EXPECT_EQ(e.field(), "date");
    EXPECT_TRUE(contains(e.reason(), "YYYY-MM-DD")) << e.what();

    e = edited([](Json& d) { d["boards"][0]["quorum"] = Json{{"kind", "third"}}; });
    EXPECT_EQ(e.record(), "boards[0].quorum");
    EXPECT_EQ(e.field(), "kind");

    e = edited([](Json& d) { d["people"][0]["honorfic"] = "Cllr"; });
    EXPECT_EQ(e.record(), "people[0]");
    EXPECT_EQ(e.field(), "honorfic");
    EXPECT_TRUE(contains(e.reason(), "unknown member")) << e.what();

    e = edited([](Json& d) { d["people"][0]["id"] = nullptr; });
    EXPECT_EQ(e.field(), "id");
    e = edited([](Json& d) { d["attendance"] = Json{{"present", 19}}; });
    EXPECT_EQ(e.field(), "attendance");
    e = edited([](Json& d) { d["memberships"].push_back(Json{{"person", 999}, {"board", 1}}); });
    EXPECT_EQ(e.file(), "edited.json");
    EXPECT_TRUE(contains(e.reason(), "999")) << "dangling references are refused: " << e.what();
}

TEST(JsonRead, MakesTheChecksOfTheOtherLoadersNamingTheJsonPath) {
    auto e = edited([](Json& d) { d["meetings"][1]["agenda"][3]["number"] = d["meetings"][1]["agenda"][2]["number"]; });
    EXPECT_EQ(e.record(), "meetings[1].agenda[3]") << e.what();
    EXPECT_EQ(e.field(), "number");
    EXPECT_TRUE(contains(e.reason(), "used twice (also meetings[1].agenda[2])")) << e.what();

    e = edited([](Json& d) { d["meetings"][1]["agenda"][2].erase("purpose"); });
    EXPECT_EQ(e.record(), "meetings[1].agenda[2]") << e.what();
    EXPECT_EQ(e.field(), "purpose");
    e = edited([](Json& d) { d["meetings"][1]["agenda"][2].erase("part"); });
    EXPECT_EQ(e.field(), "part") << "an unmarked item is never assumed public: " << e.what();

    e = edited([](Json& d) { d["meetings"][1]["agenda"][0]["title"] = ""; });
    EXPECT_EQ(e.record(), "meetings[1]") << e.what();
    EXPECT_TRUE(contains(e.reason(), "has no title")) << e.what();

    e = edited([](Json& d) { d["actions"][0]["owners"] = Json::array({999}); });
    EXPECT_EQ(e.record(), "actions[0]") << e.what();
    EXPECT_EQ(e.field(), "owners[0]");
    EXPECT_TRUE(contains(e.reason(), "999")) << e.what();
}

TEST(JsonRead, EveryFailureIsAnInputErrorWithTheFile) {
    auto e = input_error([] { io::bundle_from_json_text(R"({"version": 1e400})", "huge.json"); });
    EXPECT_EQ(e.file(), "huge.json");
    EXPECT_TRUE(contains(e.reason(), "not valid JSON")) << e.what();

    // A smart quote where JSON needs a plain one: a syntax error on its line, the message valid UTF-8.
    e = input_error([] {
        io::bundle_from_json_text("{\n\"format\": \xE2\x80\x9C" "boardroom\xE2\x80\x9D}", "smart.json");
    });
    EXPECT_EQ(e.file(), "smart.json");
    EXPECT_EQ(e.line(), 2u) << e.what();

    // Bytes that are neither UTF-8 nor Windows-1252: the line and byte offset.
    e = input_error([] { io::bundle_from_json_text("{\n\"format\": \"board\x81room\"}", "bad.json"); });
    EXPECT_EQ(e.file(), "bad.json");
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.record(), "byte offset 18") << e.what();
}

TEST(JsonRead, WindowsCodePageTextIsConvertedWithANote) {
    const std::string document = R"({"format": "boardroom", "version": 2,
        "boards": [{"id": 1, "name": "Scrutiny Committee"}],
        "meetings": [{"id": 1, "board": "Scrutiny Committee", "board_id": 1, "date": "2015-07-17",
                      "venue": "VENUE"}]})";
    std::string latin = document;
    latin.replace(latin.find("VENUE"), 5, "Chair\x92s room \xA3");  // Windows-1252 ’ and £
    const auto bundle = io::bundle_from_json_text(latin, "latin.json");
    EXPECT_EQ(bundle.records.meetings[0].venue, "Chair\xE2\x80\x99s room \xC2\xA3");
    ASSERT_EQ(bundle.data_quality_notes.size(), 1u);
    EXPECT_EQ(bundle.data_quality_notes[0].file, "latin.json");
    EXPECT_TRUE(contains(bundle.data_quality_notes[0].message, "Windows-1252"));

    const auto marked = io::bundle_from_json_text("\xEF\xBB\xBF" + document, "bom.json");
    EXPECT_EQ(marked.records.meetings[0].venue, "VENUE");
    EXPECT_TRUE(marked.data_quality_notes.empty());
}

TEST(JsonRead, PlanDocumentHoldsExactlyOnePlan) {
    const auto e = input_error([] { io::plan_from_json_text(io::to_json_text(cpb_register()), "cpb.json"); });
    EXPECT_EQ(e.field(), "plans");
}

TEST(JsonPrivacy, PublicExportHasNoContactDetailsOrPartTwoContent) {
    const auto data = planted();
    const auto full = io::to_json_text(data.reg);
    for (const auto& secret : data.secrets) ASSERT_TRUE(contains(full, secret)) << secret << " was not planted";

    const auto published = io::to_json_text(data.reg, {.public_only = true, .unmarked_part = gov::AgendaPart::Public});
    for (const auto& secret : data.secrets) EXPECT_FALSE(contains(published, secret)) << secret;
    EXPECT_TRUE(contains(published, "\"public\": true"));
    // What may be published of the Part II item survives: number, title, paragraph.
    const auto reg = io::register_from_json_text(published, "public.json");
    const auto& september = gov::meeting(reg, *gov::find_meeting(reg, *gov::find_board(reg, "CPB"), br::make_date(2015, 9, 17)));
    const auto& item = september.item("14");
    EXPECT_EQ(item.title, br::report::withheld_title);
    EXPECT_EQ(item.exempt_paragraph, 2);
    EXPECT_TRUE(item.leads.empty());
    EXPECT_FALSE(item.pages.has_value());
    for (const auto& person : reg.people) EXPECT_FALSE(person.contact.has_value());

    const auto popolo = io::to_popolo_json_text(data.reg);
    for (const auto& secret : data.secrets) EXPECT_FALSE(contains(popolo, secret)) << secret;

    // Either part can be withheld from a private export too.
    const auto no_contacts = io::to_json_text(data.reg, {.include_contact_details = false});
    EXPECT_FALSE(contains(no_contacts, "@private.example"));
    EXPECT_TRUE(contains(no_contacts, "PART-II-OUTCOME"));
}

// The streamed document is the text, in any chunk size (1 byte: a chunk after every record);
// a public one is checked whole first, so a planted secret stops it before anything is written.
TEST(JsonStreaming, WriteJsonGivesTheTextInAnyChunkSize) {
    const auto data = planted();
    io::BoardBundle bundle = io::bundle_from_json_text(read_file(kData / "board-v4.json"), "board-v4.json");
    for (const io::JsonOptions& options : {io::JsonOptions{}, io::JsonOptions{.indent = -1},
                                           io::JsonOptions{.public_only = true, .unmarked_part = gov::AgendaPart::Public}}) {
        const std::string text = io::to_json_text(bundle, options);
        for (const std::size_t chunk : {std::size_t{1}, std::size_t{4096}, std::size_t{1} << 20}) {
            std::ostringstream out;
            io::write_json(out, bundle, options, chunk);
            EXPECT_EQ(out.str(), text) << chunk;
        }
    }
    // A recorded postcode printed in a public field: only the check of the whole text finds it,
    // after every record has been written, and still nothing reaches the stream.
    io::BoardBundle secret;
    secret.records = data.reg;
    secret.records.people.at(0).contact = gov::ContactDetails{"", "", "PR7 1DP"};
    secret.records.meetings.back().venue = "Lives at PR7 1DP";
    const io::JsonOptions published{.public_only = true, .unmarked_part = gov::AgendaPart::Public};
    EXPECT_THROW(io::to_json_text(secret, published), br::DisclosureError);
    std::ostringstream none;
    EXPECT_THROW(io::write_json(none, secret, published, 1), br::DisclosureError);
    EXPECT_TRUE(none.str().empty());
    std::ostringstream failing;
    failing.setstate(std::ios::badbit);
    EXPECT_THROW(io::write_json(failing, bundle, {}, 1), br::StorageError);
}

TEST(JsonPrivacy, AskingAPublicExportForPrivateDataIsADisclosureError) {
    const auto data = planted();
    EXPECT_THROW(io::to_json_text(data.reg, {.public_only = true, .include_contact_details = true}),
                 br::DisclosureError);
    EXPECT_THROW(io::to_json_text(data.reg, {.public_only = true, .include_exempt_content = true}),
                 br::DisclosureError);
    io::BoardBundle bundle;
    bundle.records = data.reg;
    EXPECT_THROW(io::to_json_text(bundle, {.public_only = true, .include_contact_details = true}), br::DisclosureError);

    // Minutes whose part the papers do not establish are never guessed public.
    const auto refused = [&] {
        try {
            (void)io::to_json_text(data.reg, {.public_only = true});
        } catch (const br::DisclosureError& error) {
            return std::string(error.what());
        }
        return std::string();
    }();
    EXPECT_TRUE(contains(refused, "meeting of Thursday 17 September 2015")) << refused;
    EXPECT_TRUE(contains(refused, "--unmarked-part public")) << refused;
    // Withholding every unmarked record publishes none of their text.
    const auto withheld = io::to_json_text(data.reg, {.public_only = true, .unmarked_part = gov::AgendaPart::Exempt});
    EXPECT_FALSE(contains(withheld, "report back to the Trust Board"));
    // An exempt item whose paragraph is not recorded is withheld all the same.
    auto unmarked = data.reg;
    unmarked.meetings.front().agenda.back().exempt_paragraph = 0;
    unmarked.meetings.front().agenda.back().part = gov::AgendaPart::Exempt;
    EXPECT_FALSE(contains(io::to_popolo_json_text(unmarked), "PRIVATE-OUTCOME"));
    unmarked.meetings.front().agenda.back().exempt_paragraph = 8;
    EXPECT_THROW(io::to_popolo_json_text(unmarked), br::ValidationError);
}

TEST(Popolo, PersonsOrganizationsMembershipsAndEvents) {
    const auto reg = io::bundle_from_json_text(io::to_json_text(scrutiny_bundle()), "s.json").records;
    const auto popolo = Json::parse(io::to_popolo_json_text(reg));
    ASSERT_EQ(popolo["persons"].size(), reg.people.size());
    bool councillor = false;
    for (const auto& p : popolo["persons"]) {
        EXPECT_TRUE(p.contains("name"));
        EXPECT_FALSE(p.contains("contact_details"));
        if (p.value("honorific_prefix", "") == "CC") councillor = true;
    }
    EXPECT_TRUE(councillor) << "county councillors keep their honorific";
    EXPECT_EQ(popolo["organizations"].size(), reg.organisations.size() + reg.boards.size());
    bool task_group = false;
    for (const auto& o : popolo["organizations"])
        if (o.value("classification", "") == "task and finish group") task_group = o.contains("parent_id");
    EXPECT_TRUE(task_group) << "task groups point at their parent board";
    bool on_behalf = false;
    for (const auto& m : popolo["memberships"]) {
        EXPECT_TRUE(m.contains("person_id") && m.contains("organization_id"));
        if (m.contains("on_behalf_of_id") || m.value("role", "") == "chair") on_behalf = true;
    }
    EXPECT_TRUE(on_behalf);
    ASSERT_EQ(popolo["events"].size(), reg.meetings.size());
    const auto& june = popolo["events"][0];
    EXPECT_EQ(june["start_date"], "2015-06-19");
    EXPECT_EQ(june["classification"], "meeting");
    EXPECT_TRUE(june["organization_id"].get<std::string>().starts_with("board/"));
    EXPECT_GT(june["attendees"].size(), 5u);
    EXPECT_FALSE(june["attendees"][0]["name"].get<std::string>().empty());
}
