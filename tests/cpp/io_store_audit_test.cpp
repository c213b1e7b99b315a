// The store's audit trail: every write records who, when, which record and
// its old and new values, in the write's own transaction; older stores are
// migrated to hold it, and a store kept at an older version writes none.
#include "boardroom/core/error.hpp"
#include "boardroom/io/plan_text.hpp"
#include "boardroom/io/store.hpp"

#include "support/examples.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

namespace br = boardroom;
namespace gov = boardroom::governance;
namespace io = boardroom::io;

namespace {

/// A fresh directory per test, removed afterwards.
struct TempDir : boardroom::test::TempDir {
    TempDir() : boardroom::test::TempDir("audit") {}
};

io::BoardBundle cpb_bundle() {
    io::BoardBundle bundle;
    bundle.records = boardroom::test::cpb_register();
    return bundle;
}

} // namespace

TEST(StoreAudit, EveryWriteRecordsWhoWhenWhatAndOldAndNewValues) {
    const TempDir dir;
    io::Store::init(dir / "board.db", cpb_bundle(), {.user = "clerk"});
    auto store = io::Store::open(dir / "board.db", io::StoreMode::read_write, {.user = "manager"});
    const auto created = store.audit_trail();
    ASSERT_EQ(created.size(), 1u);
    EXPECT_EQ(created[0].user, "clerk");
    EXPECT_EQ(created[0].operation, "create");
    EXPECT_EQ(created[0].change.record, "the whole store");
    EXPECT_NE(created[0].change.new_value.find("meetings"), std::string::npos) << created[0].change.new_value;
    EXPECT_EQ(created[0].at.size(), 20u) << created[0].at;  // 2016-03-01T10:15:00Z
    EXPECT_EQ(created[0].at.back(), 'Z');

    const auto action = store.load_register().actions.front().id;
    store.record_action_status(action, br::make_date(2015, 10, 1), gov::ActionStatus::Done, "reported back");
    const auto trail = store.audit_trail();
    ASSERT_EQ(trail.size(), 2u);
    const auto& latest = trail.front();  // newest first
    EXPECT_EQ(latest.user, "manager");
    EXPECT_EQ(latest.operation, "action");
    EXPECT_EQ(latest.change.field, "status");
    EXPECT_EQ(latest.change.old_value, "open");
    EXPECT_EQ(latest.change.new_value, "done on 2015-10-01: reported back");
    EXPECT_GT(latest.revision, trail.back().revision);
    ASSERT_TRUE(store.last_changed());
    EXPECT_EQ(store.last_changed()->change.record, latest.change.record);

    // A save with the caller's own account of its changes records them as given.
    auto bundle = store.load();
    store.save(bundle, "import board.xlsx",
               {{"meeting CPB 2015-09-17", "venue", "Civic Centre", "Town Hall"},
                {"meeting CPB 2015-09-17", "status", "scheduled", "held"}});
    const auto after_import = store.audit_trail();
    ASSERT_EQ(after_import.size(), 4u);
    const auto& imported = after_import.front();  // one write's changes in the order it made them
    EXPECT_EQ(imported.operation, "import board.xlsx");
    EXPECT_EQ(imported.change.old_value, "Civic Centre");
    EXPECT_EQ(imported.change.new_value, "Town Hall");
    EXPECT_EQ(after_import[1].change.field, "status");
    EXPECT_EQ(after_import[1].revision, imported.revision);
    EXPECT_EQ(store.last_changed()->change.field, "status") << "the last change made";

    // since: only the changes on or after that day; none before them.
    EXPECT_EQ(store.audit_trail(br::make_date(2000, 1, 1)).size(), 4u);
    EXPECT_TRUE(store.audit_trail(br::make_date(2999, 1, 1)).empty());
}

TEST(StoreAudit, ARefusedWriteLeavesNoTrail) {
    const TempDir dir;
    io::Store::init(dir / "board.db", cpb_bundle());
    auto store = io::Store::open(dir / "board.db", io::StoreMode::read_write);
    const auto action = store.load_register().actions.front().id;
    store.record_action_status(action, br::make_date(2015, 12, 1), gov::ActionStatus::Done);
    EXPECT_THROW(store.record_action_status(action, br::make_date(2015, 11, 1), gov::ActionStatus::Open),
                 br::ValidationError);
    EXPECT_EQ(store.audit_trail().size(), 2u) << "the refused change is not in the trail";
    EXPECT_EQ(store.audit_trail().front().change.new_value, "done on 2015-12-01");
}

TEST(StoreAudit, OlderStoresAreMigratedAndAStoreKeptOlderHasNoTrail) {
    const TempDir dir;
    {
        auto v4 = io::Store::open(dir / "board.db", io::StoreMode::create, {.schema_version = 4});
        v4.save(cpb_bundle());  // nowhere to record it: the version has no trail
        EXPECT_FALSE(v4.last_changed());
        EXPECT_THROW((void)v4.audit_trail(), br::StorageError);
    }
    {
        auto reader = io::Store::open(dir / "board.db", io::StoreMode::read_only);
        EXPECT_EQ(reader.schema_version(), 4);
        EXPECT_FALSE(reader.last_changed());
    }
    auto store = io::Store::open(dir / "board.db", io::StoreMode::read_write, {.user = "manager"});
    EXPECT_EQ(store.schema_version(), io::store_schema_version);
    EXPECT_TRUE(store.audit_trail().empty()) << "the trail starts at the migration";
    store.save(store.load());
    ASSERT_EQ(store.audit_trail().size(), 1u);
    EXPECT_EQ(store.audit_trail().front().user, "manager");
    store.verify();
}

TEST(StoreAudit, RatingsRecordTheActionsPreviousRating) {
    const TempDir dir;
    auto plan = io::read_plan_text(std::filesystem::path(BOARDROOM_SOURCE_DIR) / "examples" /
                                   "cse-action-plan-2015-2018" / "plan.txt")
                    .plan;
    auto store = io::Store::open(dir / "board.db", io::StoreMode::create, {.user = "lead"});
    const auto id = store.save_plan(plan);
    store.add_rating(id, {"1.1", br::make_date(2015, 9, 30), "A", "CSE Strategic Group", ""});
    store.add_rating(id, {"1.1", br::make_date(2015, 12, 31), "G", "", "sessions delivered"});
    const auto latest = store.audit_trail().front();
    EXPECT_EQ(latest.operation, "rate");
    EXPECT_EQ(latest.change.old_value, "A on 2015-09-30");
    EXPECT_EQ(latest.change.new_value, "G on 2015-12-31: sessions delivered");
    EXPECT_NE(latest.change.record.find("action 1.1"), std::string::npos) << latest.change.record;
}
