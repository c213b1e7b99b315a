// The store's guarantees: schema versions and migrations, refusal of files it
// does not understand, one writer at a time with a clear "busy" error, and
// all-or-nothing writes — including a writer killed with SIGKILL mid-transaction.
#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"
#include "boardroom/io/governance_import.hpp"
#include "boardroom/io/plan_text.hpp"
#include "boardroom/io/store.hpp"
#include "boardroom/plans/history.hpp"

#include "support/examples.hpp"
#include "support/input_error.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

namespace br = boardroom;
namespace gov = boardroom::governance;
namespace io = boardroom::io;
namespace plans = boardroom::plans;
using namespace std::chrono_literals;

namespace {

const std::filesystem::path kExamples = std::filesystem::path(BOARDROOM_SOURCE_DIR) / "examples";

/// A fresh directory per test, removed afterwards.
struct TempDir : boardroom::test::TempDir {
    TempDir() : boardroom::test::TempDir("store") {}
};

using boardroom::test::cpb_register;

plans::Plan cse_plan() {
    auto plan = io::read_plan_text(kExamples / "cse-action-plan-2015-2018" / "plan.txt").plan;
    plan.id = br::PlanId{1};
    return plan;
}

/// A register with many rows, so that a write of it takes a while.
gov::Register big_register(const gov::Register& base, int meetings) {
    gov::Register reg = base;
    const auto board = reg.boards.front().id;
    for (int i = 0; i < meetings; ++i) {
        gov::Meeting m;
        m.board_id = board;
        m.date = br::make_date(2030 + i / 300, 1 + static_cast<unsigned>(i % 12), 1 + static_cast<unsigned>(i % 28));
        for (int n = 1; n <= 5; ++n) {
            gov::AgendaItem item;
            item.number = std::to_string(n);
            item.title = "Illustrative item " + std::to_string(n) + " of meeting " + std::to_string(i);
            item.leads = {"Chair", "Board business manager"};
            m.agenda.push_back(item);
        }
        gov::add_meeting(reg, m);
    }
    return reg;
}

std::size_t count_meetings(const gov::Register& reg) { return reg.meetings.size(); }

std::string storage_message(const std::function<void()>& f) { return br::test::message_of<br::StorageError>(f); }

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

/// Overwrites a big-endian 32-bit field of the SQLite header (user_version is
/// at offset 60, application_id at 68): a store made by someone else.
void patch_header(const std::filesystem::path& path, std::streamoff offset, std::uint32_t value) {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    ASSERT_TRUE(file);
    const char bytes[4] = {static_cast<char>(value >> 24), static_cast<char>(value >> 16),
                           static_cast<char>(value >> 8), static_cast<char>(value)};
    file.seekp(offset);
    file.write(bytes, 4);
}

} // namespace

TEST(Store, CreatesAtTheLatestSchemaVersionAndReopens) {
    const TempDir dir;
    {
        auto store = io::Store::open(dir / "board.db", io::StoreMode::create);
        EXPECT_EQ(store.schema_version(), io::store_schema_version);
        EXPECT_FALSE(store.read_only());
        EXPECT_TRUE(store.load_register().people.empty());
        store.verify();
    }
    auto again = io::Store::open(dir / "board.db", io::StoreMode::read_write);
    EXPECT_EQ(again.schema_version(), io::store_schema_version);
    EXPECT_EQ(again.path(), dir / "board.db");
}

TEST(Store, MissingFileIsRefusedUnlessCreating) {
    const TempDir dir;
    const auto message = storage_message([&] { io::Store::open(dir / "none.db", io::StoreMode::read_write); });
    EXPECT_TRUE(contains(message, "there is no store at this path")) << message;
    EXPECT_THROW(io::Store::open(dir / "none.db", io::StoreMode::read_only), br::StorageError);
    EXPECT_FALSE(std::filesystem::exists(dir / "none.db"));
}

TEST(Store, MigratesAVersionOneStoreKeepingItsRecords) {
    const TempDir dir;
    const auto reg = cpb_register();
    {
        auto v1 = io::Store::open(dir / "board.db", io::StoreMode::create, {.schema_version = 1});
        EXPECT_EQ(v1.schema_version(), 1);
        v1.save_register(reg);
        const auto message = storage_message([&] { v1.save_plan(cse_plan()); });
        EXPECT_TRUE(contains(message, "schema version 1, which holds no plans")) << message;
    }
    {
        // Read-only opens do not migrate; what version 1 holds can still be read.
        auto reader = io::Store::open(dir / "board.db", io::StoreMode::read_only);
        EXPECT_EQ(reader.schema_version(), 1);
        EXPECT_EQ(reader.load_register().people.size(), reg.people.size());
        EXPECT_THROW(reader.load_plans(), br::StorageError);
    }
    auto store = io::Store::open(dir / "board.db", io::StoreMode::read_write);
    EXPECT_EQ(store.schema_version(), io::store_schema_version) << "migrations 2 and 3 ran on open";
    EXPECT_EQ(store.load_register().meetings.size(), reg.meetings.size());
    const auto id = store.save_plan(cse_plan());
    EXPECT_EQ(store.load_plan(id).actions.size(), 40u);
    store.verify();
}

TEST(Store, MigratesAVersionTwoStoreToHoldUrgentBusiness) {
    const TempDir dir;
    const auto reg = cpb_register();
    auto urgent = reg;
    ASSERT_FALSE(urgent.meetings.empty());
    auto& with_agenda = *std::find_if(urgent.meetings.begin(), urgent.meetings.end(),
                                      [](const gov::Meeting& m) { return !m.agenda.empty(); });
    with_agenda.agenda.back().urgent_reason = "admitted by the chair: the reply was due before the next meeting";
    {
        auto v2 = io::Store::open(dir / "board.db", io::StoreMode::create, {.schema_version = 2});
        EXPECT_EQ(v2.schema_version(), 2);
        v2.save_register(reg);
        const auto message = storage_message([&] { v2.save_register(urgent); });
        EXPECT_TRUE(contains(message, "schema version 2, which holds no urgent business")) << message;
        EXPECT_EQ(v2.load_register().meetings.size(), reg.meetings.size()) << "the refused write changed nothing";
    }
    {
        // A read-only open leaves the store at version 2 and reads it as it is: nothing urgent.
        auto reader = io::Store::open(dir / "board.db", io::StoreMode::read_only);
        EXPECT_EQ(reader.schema_version(), 2);
        for (const auto& m : reader.load_register().meetings)
            for (const auto& item : m.agenda) EXPECT_FALSE(item.is_urgent()) << item.number;
    }
    auto store = io::Store::open(dir / "board.db", io::StoreMode::read_write);
    EXPECT_EQ(store.schema_version(), io::store_schema_version) << "migrations 3 and 4 ran on open";
    const auto migrated = store.load_register();
    ASSERT_EQ(migrated.meetings.size(), reg.meetings.size());
    for (std::size_t m = 0; m < reg.meetings.size(); ++m) {
        ASSERT_EQ(migrated.meetings[m].agenda.size(), reg.meetings[m].agenda.size());
        for (const auto& item : migrated.meetings[m].agenda) EXPECT_FALSE(item.is_urgent());
    }
    store.save_register(urgent);
    const auto loaded = store.load_register();
    const auto& item = std::find_if(loaded.meetings.begin(), loaded.meetings.end(),
                                    [&](const gov::Meeting& m) { return m.id == with_agenda.id; })
                           ->agenda.back();
    EXPECT_EQ(item.urgent_reason, with_agenda.agenda.back().urgent_reason);
    store.verify();
}

TEST(Store, MigratesAVersionFiveStoreToHoldIndicators) {
    const TempDir dir;
    auto plan = cse_plan();
    plan.id = {};
    auto named = plan;
    named.actions.at(0).indicator = "Under 18s conception rate / 1,000";
    plans::RiskRegister risks;
    risks.title = "CSE risks";
    plans::Risk risk;
    risk.reference = "R1";
    risk.description = "Conceptions rise";
    risk.indicator = "Under 18s conception rate / 1,000";
    risks.risks.push_back(risk);
    br::PlanId id;
    {
        auto v5 = io::Store::open(dir / "board.db", io::StoreMode::create, {.schema_version = 5});
        id = v5.save_plan(plan);
        named.id = id;
        const auto message = storage_message([&] { v5.save_plan(named); });
        EXPECT_TRUE(contains(message, "schema version 5, which holds no indicator series")) << message;
        EXPECT_THROW(v5.save_risk_register(risks), br::StorageError);
        EXPECT_EQ(v5.load_plan(id).actions.at(0).indicator, "") << "the refused write changed nothing";
    }
    auto store = io::Store::open(dir / "board.db", io::StoreMode::read_write);
    EXPECT_EQ(store.schema_version(), io::store_schema_version) << "migration 6 ran on open";
    EXPECT_EQ(store.load_plan(id).actions.at(0).indicator, "");
    store.save_plan(named);
    store.save_risk_register(risks);
    EXPECT_EQ(store.load_plan(id), named);
    EXPECT_EQ(store.load_risk_register("CSE risks").risks.at(0).indicator, "Under 18s conception rate / 1,000");
    auto bundle = store.load();
    EXPECT_EQ(bundle.plans.at(0).actions.at(0).indicator, "Under 18s conception rate / 1,000");
    store.save(bundle);
    EXPECT_EQ(store.load().risk_registers.at(0), risks);
    store.verify();
}

TEST(Store, RefusesAStoreFromANewerBoardroom) {
    const TempDir dir;
    { io::Store::open(dir / "board.db", io::StoreMode::create); }  // closing checkpoints the WAL into the file
    patch_header(dir / "board.db", 60, 99);
    for (const auto mode : {io::StoreMode::read_write, io::StoreMode::read_only}) {
        const auto message = storage_message([&] { io::Store::open(dir / "board.db", mode); });
        EXPECT_TRUE(contains(message, "schema version 99, written by a newer boardroom")) << message;
    }
}

TEST(Store, RefusesFilesThatAreNotBoardroomStores) {
    const TempDir dir;
    std::ofstream(dir / "notes.txt") << "Minutes of the meeting held on 21 May\n";
    auto message = storage_message([&] { io::Store::open(dir / "notes.txt", io::StoreMode::read_write); });
    EXPECT_TRUE(contains(message, "not a boardroom store")) << message;

    { io::Store::open(dir / "other.db", io::StoreMode::create); }
    patch_header(dir / "other.db", 68, 0x12345678);
    message = storage_message([&] { io::Store::open(dir / "other.db", io::StoreMode::read_write); });
    EXPECT_TRUE(contains(message, "an SQLite database of another program")) << message;

    std::ofstream(dir / "empty.db").close();
    message = storage_message([&] { io::Store::open(dir / "empty.db", io::StoreMode::read_only); });
    EXPECT_TRUE(contains(message, "empty")) << message;
}

TEST(Store, RefusesAnUnknownTargetVersion) {
    const TempDir dir;
    EXPECT_THROW(io::Store::open(dir / "a.db", io::StoreMode::create, {.schema_version = 0}), br::StorageError);
    EXPECT_THROW(io::Store::open(dir / "a.db", io::StoreMode::create, {.schema_version = io::store_schema_version + 1}),
                 br::StorageError);
}

TEST(Store, ReadOnlyStoreRefusesWrites) {
    const TempDir dir;
    { io::Store::open(dir / "board.db", io::StoreMode::create).save_register(cpb_register()); }
    auto reader = io::Store::open(dir / "board.db", io::StoreMode::read_only);
    EXPECT_TRUE(reader.read_only());
    const auto message = storage_message([&] { reader.save_register({}); });
    EXPECT_TRUE(contains(message, "read-only")) << message;
    EXPECT_THROW(reader.record_action_status(br::ActionId{1}, br::make_date(2015, 12, 10), gov::ActionStatus::Done),
                 br::StorageError);
    EXPECT_EQ(reader.load_register().people.size(), 25u);
}

TEST(Store, SecondWriterIsToldTheStoreIsBusyWhileReadersSeeTheLastCommit) {
    const TempDir dir;
    const auto before = cpb_register();
    const auto after = big_register(before, 3);
    {
        auto setup = io::Store::open(dir / "board.db", io::StoreMode::create);
        setup.save_register(before);
    }
    auto second = io::Store::open(dir / "board.db", io::StoreMode::read_write, {.busy_timeout = 50ms});
    auto reader = io::Store::open(dir / "board.db", io::StoreMode::read_only);
    bool checked = false;
    io::StoreOptions options{.busy_timeout = 50ms};
    options.on_progress = [&](const io::StoreProgress& progress) {
        if (checked || progress.table != "meetings") return;
        checked = true;  // the first writer is mid-transaction, holding the write lock
        const auto message = storage_message([&] { second.save_register(after); });
        EXPECT_EQ(message, (dir / "board.db").string() + ": the store is busy: another program is writing to it");
        EXPECT_THROW(second.record_action_status(br::ActionId{1}, br::make_date(2015, 12, 10), gov::ActionStatus::Done),
                     br::StorageError);
        EXPECT_EQ(count_meetings(reader.load_register()), count_meetings(before)) << "readers see the last commit";
        // Opening the store needs no write lock, so it works mid-write too.
        EXPECT_EQ(io::Store::open(dir / "board.db", io::StoreMode::read_write).schema_version(),
                  io::store_schema_version);
    };
    auto first = io::Store::open(dir / "board.db", io::StoreMode::read_write, options);
    first.save_register(after);
    EXPECT_TRUE(checked);
    EXPECT_EQ(count_meetings(reader.load_register()), count_meetings(after));
    second.save_register(before);  // the lock is free again
    EXPECT_EQ(count_meetings(reader.load_register()), count_meetings(before));
    reader.verify();
}

TEST(Store, WriterInAnotherProcessMakesThisOneBusy) {
    const TempDir dir;
    const auto reg = cpb_register();
    { io::Store::open(dir / "board.db", io::StoreMode::create).save_register(reg); }
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(ready[0]);
        io::StoreOptions options;
        options.on_progress = [&](const io::StoreProgress&) {
            if (::write(ready[1], "w", 1) != 1) ::_exit(2);
            for (;;) ::pause();  // hold the write lock until killed
        };
        try {
            io::Store::open(dir / "board.db", io::StoreMode::read_write, options).save_register(reg);
        } catch (...) {
        }
        ::_exit(3);
    }
    ::close(ready[1]);
    char signal = 0;
    ASSERT_EQ(::read(ready[0], &signal, 1), 1);
    auto store = io::Store::open(dir / "board.db", io::StoreMode::read_write, {.busy_timeout = 100ms});
    const auto message = storage_message([&] { store.save_register(reg); });
    EXPECT_TRUE(contains(message, "the store is busy: another program is writing to it")) << message;
    EXPECT_EQ(store.load_register().people.size(), reg.people.size());
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(ready[0]);
    store.save_register(reg);  // the lock died with the writer
}

TEST(Store, WriterKilledMidTransactionLeavesExactlyThePreviousContent) {
    const TempDir dir;
    const auto before = cpb_register();
    const auto big = big_register(before, 20000);  // 20,000 meetings, 100,000 agenda items
    {
        auto store = io::Store::open(dir / "board.db", io::StoreMode::create);
        store.save_register(before);
        store.save_plan(cse_plan());
    }
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(ready[0]);
        bool told = false;
        io::StoreOptions options;
        options.on_progress = [&](const io::StoreProgress& progress) {
            // After the old records are deleted and the first table written,
            // tell the parent and carry on writing; never reach COMMIT.
            if (!told && ::write(ready[1], "w", 1) == 1) told = true;
            if (progress.table == "forward_plan")
                for (;;) ::pause();
        };
        try {
            io::Store::open(dir / "board.db", io::StoreMode::read_write, options).save_register(big);
        } catch (...) {
        }
        ::_exit(3);
    }
    ::close(ready[1]);
    char signal = 0;
    ASSERT_EQ(::read(ready[0], &signal, 1), 1);
    ASSERT_EQ(::kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ::close(ready[0]);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the writer was killed, not finished";

    auto store = io::Store::open(dir / "board.db", io::StoreMode::read_write);
    store.verify();
    const auto after = store.load_register();
    EXPECT_EQ(after.meetings.size(), before.meetings.size());
    EXPECT_EQ(after.people.size(), before.people.size());
    EXPECT_EQ(after.attendance.size(), before.attendance.size());
    EXPECT_EQ(after.actions.size(), before.actions.size());
    EXPECT_EQ(store.load_plans().size(), 1u);
    // And the store still takes writes.
    store.save_register(big_register(before, 2));
    EXPECT_EQ(store.load_register().meetings.size(), before.meetings.size() + 2);
}

TEST(Store, ExceptionDuringAWriteRollsItBack) {
    const TempDir dir;
    const auto before = cpb_register();
    io::StoreOptions options;
    bool fail = false;
    options.on_progress = [&fail](const io::StoreProgress& progress) {
        if (fail && progress.table == "attendance") throw std::runtime_error("interrupted");
    };
    auto store = io::Store::open(dir / "board.db", io::StoreMode::create, options);
    store.save_register(before);
    fail = true;
    EXPECT_THROW(store.save_register(big_register(before, 10)), std::runtime_error);
    EXPECT_EQ(store.load_register().meetings.size(), before.meetings.size());
    fail = false;
    store.save_register(big_register(before, 10));
    EXPECT_EQ(store.load_register().meetings.size(), before.meetings.size() + 10);
}

TEST(Store, InvalidRegisterIsRefusedBeforeAnythingIsWritten) {
    const TempDir dir;
    const auto before = cpb_register();
    auto store = io::Store::open(dir / "board.db", io::StoreMode::create);
    store.save_register(before);
    auto broken = before;
    broken.memberships.push_back({br::PersonId{999}, broken.boards.front().id, gov::Role::Member, {}, {}, {}, {}, ""});
    EXPECT_THROW(store.save_register(broken), br::ValidationError);
    EXPECT_EQ(store.load_register().memberships.size(), before.memberships.size());
}

TEST(Store, RecordsActionStatusChangesBetweenMeetings) {
    const TempDir dir;
    auto store = io::Store::open(dir / "board.db", io::StoreMode::create);
    store.save_register(cpb_register());
    const auto action = store.load_register().actions.front().id;

    store.record_action_status(action, br::make_date(2015, 10, 1), gov::ActionStatus::InProgress, "started");
    store.record_action_status(action, br::make_date(2015, 12, 10), gov::ActionStatus::Done, "reported back");
    auto stored = gov::action(store.load_register(), action);
    ASSERT_EQ(stored.history.size(), 2u);
    EXPECT_EQ(gov::status_of(stored), gov::ActionStatus::Done);
    EXPECT_EQ(stored.history[0].note, "started");

    // A change dated before the last one is refused, and nothing is written.
    EXPECT_THROW(store.record_action_status(action, br::make_date(2015, 11, 1), gov::ActionStatus::Dropped),
                 br::ValidationError);
    EXPECT_THROW(store.record_action_status(br::ActionId{999}, br::make_date(2016, 1, 1), gov::ActionStatus::Done),
                 br::NotFoundError);
    EXPECT_EQ(gov::action(store.load_register(), action).history.size(), 2u);
}

TEST(Store, AppendsRatingsAndPositionsToAStoredPlan) {
    const TempDir dir;
    auto store = io::Store::open(dir / "board.db", io::StoreMode::create);
    const auto id = store.save_plan(cse_plan());
    // An illustrative history: the seed's RAG cells are empty.
    store.add_rating(id, {"1.1", br::make_date(2015, 9, 30), "A", "CSE Strategic Group", "illustrative"});
    store.add_rating(id, {"1.1", br::make_date(2015, 12, 31), "G", "CSE Strategic Group", "illustrative"});
    store.add_rating(id, {"1.2", br::make_date(2015, 9, 30), "R", "CSE Strategic Group", "illustrative"});
    store.add_position_update(id, {"1.1", br::make_date(2015, 12, 31), "Sessions delivered", "officer"});

    auto plan = store.load_plan(id);
    ASSERT_EQ(plan.ratings.size(), 3u);
    EXPECT_EQ(plan.ratings[1].action, "1.2") << "kept in date order, as the model keeps them";
    EXPECT_EQ(plans::rating_as_of(plan, "1.1", br::make_date(2015, 10, 31))->status, "A");

    // Refused, leaving the plan as it was: an unknown status, a second rating
    // on one date, an unknown action, an unknown plan.
    EXPECT_THROW(store.add_rating(id, {"1.1", br::make_date(2016, 3, 31), "Purple", "", ""}), br::ValidationError);
    EXPECT_THROW(store.add_rating(id, {"1.1", br::make_date(2015, 12, 31), "R", "", ""}), br::ValidationError);
    EXPECT_THROW(store.add_rating(id, {"9.9", br::make_date(2016, 3, 31), "R", "", ""}), br::ValidationError);
    EXPECT_THROW(store.add_rating(br::PlanId{42}, {"1.1", br::make_date(2016, 3, 31), "R", "", ""}), br::NotFoundError);
    EXPECT_EQ(store.load_plan(id), plan);
}

TEST(Store, PlansAreNumberedReplacedAndRemoved) {
    const TempDir dir;
    auto store = io::Store::open(dir / "board.db", io::StoreMode::create);
    auto plan = cse_plan();
    plan.id = {};
    const auto first = store.save_plan(plan);
    const auto second = store.save_plan(plan);
    EXPECT_EQ(first, br::PlanId{1});
    EXPECT_EQ(second, br::PlanId{2});
    plan.id = first;
    plan.title = "Renamed";
    store.save_plan(plan);
    const auto all = store.load_plans();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].title, "Renamed") << "a replaced plan keeps its place";
    store.remove_plan(second);
    EXPECT_THROW(store.load_plan(second), br::NotFoundError);
    EXPECT_THROW(store.remove_plan(second), br::NotFoundError);
    auto invalid = plan;
    invalid.ratings.push_back({"1.1", br::make_date(2015, 9, 30), "Purple", "", ""});
    EXPECT_THROW(store.save_plan(invalid), br::ValidationError);
    EXPECT_EQ(store.load_plan(first), plan);
    store.verify();
}
