// Store::load_board: one board's records read with SQL give exactly what
// load() narrowed by governance::board_records gives, in the same order, on a
// store of the current schema and on an older one (without the indexes).
#include "boardroom/core/error.hpp"
#include "boardroom/governance/board.hpp"
#include "boardroom/io/json.hpp"
#include "boardroom/io/plan_text.hpp"
#include "boardroom/io/store.hpp"

#include "support/examples.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <unistd.h>
#include <unordered_map>

namespace br = boardroom;
namespace gov = boardroom::governance;
namespace io = boardroom::io;
namespace plans = boardroom::plans;

namespace {

/// A fresh directory per test, removed afterwards.
struct TempDir : boardroom::test::TempDir {
    TempDir() : boardroom::test::TempDir("store-board") {}
};

/// The example, with the CSE group made the CPB's task-and-finish group, and
/// meetings of the group and of other boards that name the CPB's people and
/// people of their own, so that a board's read must leave records out.
io::BoardBundle mixed_bundle() {
    io::BoardBundle bundle;
    auto& reg = bundle.records;
    reg = br::test::cpb_register(gov::AgendaPart::Public);
    const auto cpb = *gov::find_board(reg, "CPB");
    const auto group = *gov::find_board(reg, "CSE Task and Finish Group");
    const auto trust = *gov::find_board(reg, "Trust Board");
    const auto hwb = *gov::find_board(reg, "Health and Wellbeing Board");
    gov::board(reg, group).parent = cpb;
    const auto shared = reg.attendance.front().person;
    const auto own = [&reg](const std::string& family) {
        gov::Person p;
        p.given_name = "Illustrative";
        p.family_name = family;
        return gov::add_person(reg, p);
    };
    const auto outsider = own("Outsider");
    const auto grouper = own("Grouper");
    const auto meeting = [&reg](br::BoardId board, const std::string& name, br::Date date) {
        gov::Meeting m;
        m.board_id = board;
        m.board = name;
        m.date = date;
        m.status = gov::MeetingStatus::Held;
        gov::AgendaItem item;
        item.number = "1";
        item.title = "Illustrative item";
        item.leads = {"Chair"};
        m.agenda.push_back(item);
        return gov::add_meeting(reg, m);
    };
    // Interleaved with the CPB's, so that the order of the kept rows is tested too.
    const auto t1 = meeting(trust, "Trust Board", br::make_date(2015, 10, 1));
    const auto g1 = meeting(group, "CSE Task and Finish Group", br::make_date(2015, 10, 8));
    const auto h1 = meeting(hwb, "Health and Wellbeing Board", br::make_date(2015, 11, 1));
    for (const auto& [m, p] : {std::pair{t1, outsider}, std::pair{g1, grouper}, std::pair{t1, shared},
                              std::pair{h1, outsider}, std::pair{g1, shared}}) {
        gov::Attendance a;
        a.meeting = m;
        a.person = p;
        reg.attendance.push_back(a);
    }
    reg.memberships.push_back({outsider, trust, gov::Role::Member, {}, {}, {}, {}, ""});
    reg.memberships.push_back({grouper, group, gov::Role::Chair, {}, {}, {}, {}, ""});
    reg.interests.push_back({t1, false, {{outsider, "1", gov::InterestKind::Other, "Illustrative", {}, 0}}, ""});
    reg.interests.push_back({g1, true, {}, "None declared."});
    reg.minutes.push_back({t1, "1", "Illustrative minute", {"A paragraph."}, {{"Resolved", {"one"}}}, {}, 0});
    reg.minutes.push_back({g1, "1", "Illustrative minute", {"A paragraph."}, {}, {}, 0});
    reg.approvals.push_back({h1, "2", br::make_date(2015, 10, 1), t1, true, ""});
    reg.approvals.push_back({g1, "2", br::make_date(2015, 9, 17), {}, true, ""});
    for (const auto& [m, p] : {std::pair{t1, outsider}, std::pair{g1, grouper}}) {
        gov::Action a;
        a.raised_at = m;
        a.item = "1";
        a.text = "Illustrative action";
        a.owners = {p};
        gov::add_action(reg, a);
    }
    reg.forward_plan.push_back({trust, br::make_date(2016, 1, 1), "Trust topic", {"Lead"}, "", gov::AgendaPart::Public, 0});
    reg.forward_plan.push_back({group, std::nullopt, "Group topic", {}, "", gov::AgendaPart::Public, 0});
    reg.forward_plan.push_back({cpb, br::make_date(2016, 3, 1), "CPB topic", {}, "", gov::AgendaPart::Public, 0});

    auto plan = io::read_plan_text(br::test::kExampleFolder / "cse-action-plan-2015-2018" / "plan.txt").plan;
    // The CPB's (by alias), the Trust Board's, no board's and an outside body's.
    for (const std::string owner : {"CPB", "Lancashire CYP Trust Board", "", "A partner's own board"}) {
        plan.id = {};
        plan.title = "Plan of " + (owner.empty() ? std::string("no board") : owner);
        plan.board = owner;
        bundle.plans.push_back(plan);
    }
    plans::RiskRegister risks;
    risks.title = "Trust risks";
    risks.board = "Trust Board";
    bundle.risk_registers.push_back(risks);
    risks.title = "CPB risks";
    risks.board = "South Ribble, Chorley & West Lancashire Children's Partnership Board";
    bundle.risk_registers.push_back(risks);
    bundle.data_quality_notes.push_back({"notes.txt", 3, "an illustrative note"});
    return bundle;
}

/// What the pack keeps of `whole` for `board`: the board's records, and the
/// plans and risk registers of that board or of no board the store knows.
io::BoardBundle narrowed(const io::BoardBundle& whole, br::BoardId board) {
    io::BoardBundle out = whole;
    out.records = gov::board_records(whole.records, board);
    std::unordered_map<std::string, br::BoardId> keys;
    for (const auto& b : whole.records.boards) {
        keys.try_emplace(gov::board_name_key(b.name), b.id);
        for (const auto& alias : b.aliases) keys.try_emplace(gov::board_name_key(alias), b.id);
    }
    const auto shown = [&](const std::string& owner) {
        const auto found = keys.find(gov::board_name_key(owner));
        return owner.empty() || found == keys.end() || found->second == board;
    };
    std::erase_if(out.plans, [&](const plans::Plan& p) { return !shown(p.board); });
    std::erase_if(out.risk_registers, [&](const plans::RiskRegister& r) { return !shown(r.board); });
    return out;
}

void expect_each_board_reads_alone(const io::Store& store) {
    const auto whole = store.load();
    ASSERT_GE(whole.records.boards.size(), 4U);
    for (const auto& b : whole.records.boards) {
        const auto expected = io::to_json_text(narrowed(whole, b.id));
        EXPECT_EQ(io::to_json_text(store.load_board(b.id)), expected) << b.name;
        EXPECT_EQ(io::to_json_text(store.load_board(b.name)), expected) << b.name;
    }
}

} // namespace

TEST(StoreBoard, EachBoardEqualsTheWholeStoreNarrowed) {
    TempDir dir;
    io::Store::init(dir / "board.sqlite", mixed_bundle());
    const auto store = io::Store::open(dir / "board.sqlite", io::StoreMode::read_only);
    expect_each_board_reads_alone(store);
    const auto cpb = store.load_board("CPB");
    EXPECT_EQ(cpb.plans.size(), 3U) << "the CPB's, no board's and an outside body's";
    EXPECT_EQ(cpb.risk_registers.size(), 1U);
    EXPECT_EQ(cpb.data_quality_notes.size(), 1U);
    const auto group_meetings = std::count_if(cpb.records.meetings.begin(), cpb.records.meetings.end(),
                                              [](const gov::Meeting& m) { return m.board == "CSE Task and Finish Group"; });
    EXPECT_EQ(group_meetings, 1) << "a board's read keeps its task-and-finish groups' meetings";
}

TEST(StoreBoard, UnknownBoardsAreNotFound) {
    TempDir dir;
    io::Store::init(dir / "board.sqlite", mixed_bundle());
    const auto store = io::Store::open(dir / "board.sqlite", io::StoreMode::read_only);
    EXPECT_THROW((void)store.load_board(br::BoardId{999}), br::NotFoundError);
    try {
        (void)store.load_board("Scrutiny Committee");
        FAIL() << "an unknown name was read";
    } catch (const br::NotFoundError& e) {
        EXPECT_NE(std::string(e.what()).find("no board is called 'Scrutiny Committee' (boards: 'Health"),
                  std::string::npos)
            << e.what();
    }
}

TEST(StoreBoard, AnOlderStoreReadOnlyReadsByBoardWithoutItsIndexes) {
    TempDir dir;
    io::StoreOptions older;
    older.schema_version = 6;
    io::Store::init(dir / "old.sqlite", mixed_bundle(), older);
    {
        const auto store = io::Store::open(dir / "old.sqlite", io::StoreMode::read_only);
        EXPECT_EQ(store.schema_version(), 6) << "a read-only open migrates nothing";
        expect_each_board_reads_alone(store);
    }
    // Opened read-write it gains the indexes, and reads the same.
    const auto store = io::Store::open(dir / "old.sqlite", io::StoreMode::read_write);
    EXPECT_EQ(store.schema_version(), 7);
    expect_each_board_reads_alone(store);
}
