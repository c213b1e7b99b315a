// The store against what happens to real files: two programs saving over each
// other, read-only media, a full disk during init, damage inside a page, and
// paths that are not files at all (a FIFO must be refused, not waited on).
#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"
#include "boardroom/io/governance_import.hpp"
#include "boardroom/io/plan_text.hpp"
#include "boardroom/io/store.hpp"

#include "support/examples.hpp"
#include "support/input_error.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <iterator>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace br = boardroom;
namespace fs = std::filesystem;
namespace gov = boardroom::governance;
namespace io = boardroom::io;

namespace {

const fs::path kExamples = fs::path(BOARDROOM_SOURCE_DIR) / "examples";

/// A fresh directory per test, removed afterwards.
struct TempDir : boardroom::test::TempDir {
    TempDir() : boardroom::test::TempDir("safety") {}
};

using boardroom::test::cpb_register;

io::BoardBundle cpb_bundle() {
    io::BoardBundle bundle;
    bundle.records = cpb_register();
    auto plan = io::read_plan_text(kExamples / "cse-action-plan-2015-2018" / "plan.txt").plan;
    plan.id = br::PlanId{1};
    bundle.plans.push_back(plan);
    return bundle;
}

/// The register with its first meeting's venue changed: a visible edit.
gov::Register with_venue(gov::Register reg, const std::string& venue) {
    reg.meetings.front().venue = venue;
    return reg;
}

std::string storage_message(const std::function<void()>& f) { return br::test::message_of<br::StorageError>(f); }

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::vector<std::string> entries(const fs::path& directory) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(directory)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void write_bytes(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// Runs `child` in a forked process and returns its exit code (or 128 + the
/// signal that ended it). `child` returns the code; exceptions give 99.
int in_child(const std::function<int()>& child) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        int code = 99;
        try {
            code = child();
        } catch (...) {
        }
        ::_exit(code);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

// ---- lost updates

TEST(StoreSafety, SaveAfterAnotherHandlesSaveIsRefused) {
    const TempDir dir;
    const auto path = dir / "board.db";
    io::Store::init(path, cpb_bundle());
    auto alice = io::Store::open(path, io::StoreMode::read_write);
    auto bob = io::Store::open(path, io::StoreMode::read_write);
    auto alices = alice.load();
    auto bobs = bob.load();

    alices.records = with_venue(alices.records, "Alice's room");
    alice.save(alices);
    bobs.records = with_venue(bobs.records, "Bob's room");
    const auto message = storage_message([&] { bob.save(bobs); });
    EXPECT_TRUE(contains(message, "changed since you loaded it")) << message;
    EXPECT_TRUE(contains(message, "nothing was saved")) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << "one line";
    EXPECT_THROW(bob.save_register(bobs.records), br::StorageError);
    EXPECT_EQ(io::Store::open(path, io::StoreMode::read_only).load_register().meetings.front().venue, "Alice's room");

    // Loading again is what makes Bob's next save safe.
    bobs = bob.load();
    EXPECT_EQ(bobs.records.meetings.front().venue, "Alice's room");
    bobs.records = with_venue(bobs.records, "Bob's room");
    bob.save(bobs);
    // Alice's own save left her current, but Bob has saved since.
    EXPECT_THROW(alice.save(alices), br::StorageError);
}

TEST(StoreSafety, AnAppendBySomeoneElseAlsoMakesALoadedCopyStale) {
    const TempDir dir;
    const auto path = dir / "board.db";
    io::Store::init(path, cpb_bundle());
    auto alice = io::Store::open(path, io::StoreMode::read_write);
    auto bob = io::Store::open(path, io::StoreMode::read_write);
    const auto reg = alice.load_register();
    const auto action = reg.actions.front().id;
    bob.record_action_status(action, br::make_date(2015, 12, 1), gov::ActionStatus::Done, "by Bob");
    // Alice's own append after Bob's does not make her loaded copy current.
    alice.add_data_quality_notes({});
    const auto message = storage_message([&] { alice.save_register(reg); });
    EXPECT_TRUE(contains(message, "changed since you loaded it")) << message;
    EXPECT_EQ(gov::status_of(gov::action(alice.load_register(), action)), gov::ActionStatus::Done);
    // Her own changes, one after another, need no reload.
    auto edited = alice.load_register();
    alice.save_register(with_venue(edited, "One"));
    alice.record_action_status(action, br::make_date(2015, 12, 2), gov::ActionStatus::InProgress);
    alice.save_register(with_venue(alice.load_register(), "Two"));
}

TEST(StoreSafety, AHandleThatHasReadNothingWritesBlindAsAnImportDoes) {
    const TempDir dir;
    const auto path = dir / "board.db";
    io::Store::init(path, cpb_bundle());
    auto importer = io::Store::open(path, io::StoreMode::read_write);
    io::Store::open(path, io::StoreMode::read_write).save_register(with_venue(cpb_register(), "Elsewhere"));
    importer.save_register(cpb_register());
    EXPECT_EQ(importer.load_register().meetings.front().venue, cpb_register().meetings.front().venue);
}

TEST(StoreSafety, SaveAfterASaveInAnotherProcessIsRefused) {
    const TempDir dir;
    const auto path = dir / "board.db";
    io::Store::init(path, cpb_bundle());
    auto store = io::Store::open(path, io::StoreMode::read_write);
    auto mine = store.load();
    const int code = in_child([&] {
        auto theirs = io::Store::open(path, io::StoreMode::read_write);
        auto bundle = theirs.load();
        bundle.records = with_venue(bundle.records, "Their room");
        theirs.save(bundle);
        return 0;
    });
    ASSERT_EQ(code, 0);
    mine.records = with_venue(mine.records, "My room");
    const auto message = storage_message([&] { store.save(mine); });
    EXPECT_TRUE(contains(message, "changed since you loaded it")) << message;
    EXPECT_EQ(store.load_register().meetings.front().venue, "Their room");
}

// ---- read-only media

namespace {

/// In a child process with its own mount namespace (as root, or as an
/// unprivileged user where user namespaces are allowed): mounts a tmpfs on
/// `mount_point`, copies `files` into it, remounts it read-only and returns
/// what `check` returns; 77 if the mount is not possible here.
int on_read_only_mount(const fs::path& mount_point, const std::vector<fs::path>& files,
                       const std::function<int()>& check) {
    return in_child([&] {
        if (::unshare(CLONE_NEWNS) != 0 && ::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) return 77;
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return 77;
        if (::mount("tmpfs", mount_point.c_str(), "tmpfs", 0, "size=16m") != 0) return 77;
        for (const auto& file : files) fs::copy_file(file, mount_point / file.filename());
        if (::mount(nullptr, mount_point.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0) return 77;
        return check();
    });
}

} // namespace

TEST(StoreSafety, AWalStoreOnReadOnlyMediaOpensReadOnly) {
    const TempDir dir;
    const auto path = dir / "board.db";
    {
        auto store = io::Store::open(path, io::StoreMode::create);  // WAL, as every read-write open leaves it
        store.save(cpb_bundle());
    }
    fs::create_directory(dir / "media");
    const auto expected = cpb_register().meetings.size();
    const int code = on_read_only_mount(dir / "media", {path}, [&]() -> int {
        const auto copy = dir / "media" / "board.db";
        if (::access((dir / "media").c_str(), W_OK) == 0 || errno != EROFS) return 10;
        auto store = io::Store::open(copy, io::StoreMode::read_only);
        if (!store.read_only()) return 11;
        if (store.load_register().meetings.size() != expected) return 12;
        if (store.load_plans().size() != 1) return 13;
        store.verify();
        if (!contains(storage_message([&] { store.save_register({}); }), "read-only")) return 14;
        // A read-write open cannot work there, and says so.
        try {
            io::Store::open(copy, io::StoreMode::read_write);
            return 15;
        } catch (const br::StorageError&) {
        }
        return 0;
    });
    if (code == 77) GTEST_SKIP() << "cannot mount a read-only file system here";
    EXPECT_EQ(code, 0);
}

TEST(StoreSafety, ChangesStillInTheWalAreNotSilentlyLostOnReadOnlyMedia) {
    const TempDir dir;
    const auto path = dir / "board.db";
    auto writer = io::Store::open(path, io::StoreMode::create);
    writer.save(cpb_bundle());
    auto wal = path;
    wal += "-wal";
    ASSERT_TRUE(fs::exists(wal) && fs::file_size(wal) > 0) << "the open writer keeps its changes in the WAL";
    fs::create_directory(dir / "media");
    const int code = on_read_only_mount(dir / "media", {path, wal}, [&]() -> int {
        const auto message =
            storage_message([&] { io::Store::open(dir / "media" / "board.db", io::StoreMode::read_only); });
        return contains(message, "-wal file") ? 0 : 1;
    });
    if (code == 77) GTEST_SKIP() << "cannot mount a read-only file system here";
    EXPECT_EQ(code, 0);
}

// ---- atomic init

TEST(StoreSafety, InitThatFailsLeavesNothingBehind) {
    const TempDir dir;
    const auto path = dir / "board.db";
    io::StoreOptions failing;
    failing.on_progress = [](const io::StoreProgress& progress) {
        if (progress.table == "attendance") throw br::StorageError("", "simulated failure");
    };
    EXPECT_THROW(io::Store::init(path, cpb_bundle(), failing), br::StorageError);
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{}) << "no store, no temporary file";

    auto invalid = cpb_bundle();
    invalid.plans.push_back(invalid.plans.front());  // two plans with one id
    EXPECT_THROW(io::Store::init(path, invalid), br::ValidationError);
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{});

    io::Store::init(path, cpb_bundle());
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"board.db"});
    const auto message = storage_message([&] { io::Store::init(path, {}); });
    EXPECT_TRUE(contains(message, "already exists")) << message;
    auto store = io::Store::open(path, io::StoreMode::read_write);
    EXPECT_EQ(store.load_register().meetings.size(), cpb_register().meetings.size());
    store.verify();
}

TEST(StoreSafety, InitOnAFullDiskLeavesNothingBehind) {
    const TempDir dir;
    const auto path = dir / "board.db";
    const auto bundle = cpb_bundle();
    // A file size limit stands in for a full disk: writes past it fail (EFBIG
    // rather than ENOSPC, so SQLite reports a disk I/O error, not "full").
    const int code = in_child([&] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{32 * 1024, 32 * 1024};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) return 77;
        try {
            io::Store::init(path, bundle);
        } catch (const br::StorageError& e) {
            return contains(e.what(), path.string()) ? 0 : 2;
        }
        return 1;
    });
    EXPECT_EQ(code, 0);
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{}) << "no half-made store that 'already exists'";
    io::Store::init(path, bundle);  // with room again
    io::Store::open(path, io::StoreMode::read_only).verify();
}

TEST(StoreSafety, CreatingAnEmptyStoreIsAtomicToo) {
    const TempDir dir;
    const mode_t umask = ::umask(022);
    auto store = io::Store::open(dir / "board.db", io::StoreMode::create);
    io::Store::init(dir / "other.db", {});
    ::umask(umask);
    EXPECT_EQ(store.schema_version(), io::store_schema_version);
    for (const auto& name : entries(dir.path())) EXPECT_FALSE(name.starts_with(".")) << name;
    for (const auto* name : {"board.db", "other.db"}) {
        struct stat info {};
        ASSERT_EQ(::stat((dir / name).c_str(), &info), 0);
        EXPECT_EQ(info.st_mode & 0777, 0644u) << name << ": as SQLite itself would create it, not private";
    }
    const auto missing = storage_message([&] { io::Store::open(dir / "no" / "board.db", io::StoreMode::create); });
    EXPECT_TRUE(contains(missing, "cannot create a new store")) << missing;
}

// ---- verify

TEST(StoreSafety, VerifyReportsDamageInsideAPage) {
    const TempDir dir;
    const auto path = dir / "board.db";
    io::Store::init(path, cpb_bundle());
    io::Store::open(path, io::StoreMode::read_only).verify();
    const std::string good = read_bytes(path);
    constexpr std::size_t page = 4096;
    ASSERT_EQ(good.size() % page, 0u);

    // Bytes overwritten in the middle of the page that holds the meetings'
    // dates: the record is still there, but not what was written.
    auto damaged = good;
    const auto at = damaged.find("2015-09-17");
    ASSERT_NE(at, std::string::npos);
    ASSERT_GT(at, page) << "not in the header page";
    damaged.replace(at, 10, "20\xff\xfe-0\x01-17");
    const auto copy = dir / "copy.db";
    write_bytes(copy, damaged);
    auto store = io::Store::open(copy, io::StoreMode::read_only);
    const auto message = storage_message([&] { store.verify(); });
    EXPECT_TRUE(contains(message, "the store is damaged")) << message;
    EXPECT_TRUE(contains(message, "'20\\xff\\xfe-0\\x01-17'")) << "damaged bytes quoted as text: " << message;

    // A whole page's middle overwritten: every page after the first in turn;
    // each that held records is reported, none passes unnoticed as damage
    // that verify() says is fine while a load fails.
    std::size_t reported = 0;
    for (std::size_t first = page; first < good.size(); first += page) {
        auto bytes = good;
        for (std::size_t i = first + page / 2 - 64; i < first + page / 2 + 64; ++i) bytes[i] = '\xA5';
        write_bytes(copy, bytes);
        bool verified = false;
        try {
            auto damaged_store = io::Store::open(copy, io::StoreMode::read_only);
            damaged_store.verify();
            verified = true;
            damaged_store.load();
        } catch (const br::StorageError& e) {
            if (!verified) ++reported;
            EXPECT_FALSE(verified) << "verify() passed but load() failed at page " << first / page + 1 << ": "
                                   << e.what();
        }
    }
    EXPECT_GT(reported, 0u);
}

// ---- paths that are not files

TEST(StoreSafety, NonRegularFilesAreRefusedWithoutWaiting) {
    const TempDir dir;
    ::alarm(60);  // a FIFO opened by SQLite would block forever: fail instead
    const auto fifo = dir / "board.db";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    for (const auto mode : {io::StoreMode::read_only, io::StoreMode::read_write, io::StoreMode::create}) {
        const auto message = storage_message([&] { io::Store::open(fifo, mode); });
        EXPECT_TRUE(contains(message, "is a named pipe (FIFO)")) << message;
    }
    EXPECT_TRUE(contains(storage_message([&] { io::Store::init(fifo, {}); }), "named pipe"));
    EXPECT_TRUE(contains(storage_message([&] { io::Store::open(dir.path(), io::StoreMode::read_only); }),
                         "is a directory"));
    EXPECT_TRUE(contains(storage_message([&] { io::Store::open("/dev/null", io::StoreMode::read_write); }),
                         "is a character device"));

    // SQLite's companion files too: a FIFO where the WAL goes.
    const auto path = dir / "real.db";
    io::Store::init(path, {});
    auto wal = path;
    wal += "-wal";
    ASSERT_EQ(::mkfifo(wal.c_str(), 0600), 0);
    const auto message = storage_message([&] { io::Store::open(path, io::StoreMode::read_only); });
    EXPECT_TRUE(contains(message, "the store's wal file is a named pipe")) << message;
    ::alarm(0);
}
