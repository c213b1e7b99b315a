// Opening a store (identify, migrate, configure) and its public operations,
// each exactly one transaction: validate, write, commit; anything thrown on
// the way rolls the whole operation back.
#include "boardroom/io/store.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/plans/history.hpp"
#include "store_files.hpp"
#include "store_impl.hpp"
#include "store_tables.hpp"
#include "store_validate.hpp"

#include <algorithm>
#include <chrono>
#include <thread>
#include <set>

namespace boardroom::io {

using store_detail::Db;
using store_detail::Statement;
using store_detail::Transaction;

namespace {

// "BRDM": marks the file as a boardroom store, so that an unrelated SQLite
// file is refused rather than migrated into one.
constexpr std::int64_t kApplicationId = 0x4252444D;

int flags_for(StoreMode mode) {
    switch (mode) {
    case StoreMode::create: return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    case StoreMode::read_write: return SQLITE_OPEN_READWRITE;
    case StoreMode::read_only: return SQLITE_OPEN_READONLY;
    }
    return SQLITE_OPEN_READONLY;
}

struct Identity {
    std::int64_t application_id{0};
    int version{0};
    std::int64_t objects{0};  ///< tables, indexes, ... in the file

    bool empty() const noexcept { return application_id == 0 && version == 0 && objects == 0; }
};

Identity identify(Db& db) {
    return {db.scalar("PRAGMA application_id"), static_cast<int>(db.scalar("PRAGMA user_version")),
            db.scalar("SELECT count(*) FROM sqlite_schema")};
}

/// Refuses files that are not boardroom stores, or are from a newer boardroom.
void check_identity(const Db& db, const Identity& id, bool may_initialise) {
    if (id.empty()) {
        if (may_initialise) return;
        throw StorageError(db.path(), "not a boardroom store (the database is empty)");
    }
    if (id.application_id != kApplicationId)
        throw StorageError(db.path(), "not a boardroom store (an SQLite database of another program)");
    if (id.version > store_schema_version)
        throw StorageError(db.path(), "the store has schema version " + std::to_string(id.version) +
                                          ", written by a newer boardroom; this one reads versions up to " +
                                          std::to_string(store_schema_version) + ". Upgrade boardroom to open it");
}

/// Applies the migrations from the store's version up to `target`, all in one
/// transaction: a store is never left half-migrated.
int migrate(Db& db, int target, bool may_initialise) {
    Transaction transaction(db, Transaction::Kind::write);
    const Identity id = identify(db);  // again: another program may have migrated it meanwhile
    check_identity(db, id, may_initialise);
    if (id.version >= target) return id.version;
    if (id.empty()) db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    for (const auto& migration : store_detail::migrations()) {
        if (migration.version <= id.version || migration.version > target) continue;
        db.exec(std::string(migration.sql));
        // Prepared after the migration: the first one creates the log table.
        Statement(db, "INSERT INTO schema_migrations (version, description, applied_at) "
                      "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))")
            .run(migration.version, migration.description);
    }
    db.exec("PRAGMA user_version = " + std::to_string(target));
    transaction.commit();
    return target;
}

} // namespace

// ---- revisions (see store_impl.hpp)

namespace store_detail {

std::int64_t stored_revision(Db& db) {
    if (db.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'store_meta'") == 0) return 0;
    return db.scalar("SELECT value FROM store_meta WHERE name = 'revision'");
}

void write_revision(Db& db, std::int64_t revision) {
    db.exec("CREATE TABLE IF NOT EXISTS store_meta (name TEXT PRIMARY KEY, value NOT NULL) WITHOUT ROWID");
    Statement(db, "INSERT INTO store_meta (name, value) VALUES ('revision', ?1) "
                  "ON CONFLICT (name) DO UPDATE SET value = excluded.value")
        .run(revision);
}

std::string changed_message(std::int64_t loaded, std::int64_t now) {
    return "the store was changed since you loaded it (by another program, or another open handle: it is at "
           "revision " + std::to_string(now) + ", you loaded revision " + std::to_string(loaded) +
           "); nothing was saved. Load it again, make your changes to what it holds now, and save";
}

} // namespace store_detail

// ---- opening

/// How open() reaches the file: as it is, as a new store being built under a
/// temporary name (`building`), or through an SQLite URI (`open_as`).
struct Store::Opening {
    std::string open_as;
    bool building{false};
    bool immutable{false};
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&& other) noexcept = default;
Store& Store::operator=(Store&& other) noexcept = default;
Store::~Store() = default;

namespace {

void check_target_version(const std::filesystem::path& path, int target) {
    if (target < 1 || target > store_schema_version)
        throw StorageError(path.string(), "cannot open a store at schema version " + std::to_string(target) +
                                              "; this boardroom knows versions 1 to " +
                                              std::to_string(store_schema_version));
}

/// SQLite could open the file but not the WAL index beside it: the
/// directory cannot be written (read-only media), so no -shm can be made.
bool cannot_read_in_place(int code) {
    const int primary = code & 0xff;
    return primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY;
}

/// Switches the store to WAL. A store whose journal is still SQLite's rollback
/// journal (as built, or written by an older boardroom) needs the file to
/// itself for that, and SQLite reports another program merely reading it as
/// busy at once, without waiting: so wait here, as the busy timeout says.
void use_wal(Db& db, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const int rc = sqlite3_exec(db.handle(), "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK) return;
        if ((rc & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline)
            db.fail(rc, "cannot switch the store to its write-ahead log");
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

} // namespace

std::optional<Store> Store::open_with(const std::filesystem::path& path, StoreMode mode, const StoreOptions& options,
                                      const Opening& how) {
    const int target = options.schema_version.value_or(store_schema_version);
    const int flags = flags_for(mode) | (how.open_as.empty() || !how.open_as.starts_with("file:") ? 0 : SQLITE_OPEN_URI);
    auto impl = std::make_unique<Impl>(path, flags, how.open_as, options, mode == StoreMode::read_only);
    Db& db = impl->db;
    const auto timeout = options.busy_timeout.count();
    sqlite3_busy_timeout(db.handle(), static_cast<int>(std::clamp<decltype(timeout)>(timeout, 0, 3'600'000)));

    // The first read opens the WAL index; on read-only media that fails, and
    // the caller may retry immutable.
    if (const int rc = sqlite3_exec(db.handle(), "PRAGMA schema_version", nullptr, nullptr, nullptr); rc != SQLITE_OK) {
        if (mode == StoreMode::read_only && !how.immutable && cannot_read_in_place(rc)) return std::nullopt;
        db.fail(rc, "cannot read the store");
    }
    db.exec("PRAGMA foreign_keys = ON");
    if (db.scalar("PRAGMA foreign_keys") != 1)
        throw StorageError(db.path(), "this SQLite library cannot enforce foreign keys");

    // Identify the file in a read transaction first: a store that needs no
    // migration opens even while another program is writing to it.
    const bool may_initialise = mode != StoreMode::read_only;
    const Identity id = [&db] {
        Transaction transaction(db, Transaction::Kind::read);
        auto found = identify(db);
        transaction.commit();
        return found;
    }();
    check_identity(db, id, may_initialise);
    impl->version = id.version;

    if (mode != StoreMode::read_only) {
        // WAL: readers keep reading while one writer writes, and a writer
        // killed mid-transaction leaves only uncommitted frames behind. A
        // store being built keeps SQLite's rollback journal instead, so that
        // once it is closed the one file holds everything and can be renamed.
        // FULL: a committed transaction survives a power cut too.
        // A store being built switches too: closing its one connection folds
        // the log back into the file, which is then renamed whole, and nobody
        // opening it later has to wait for the switch.
        use_wal(db, options.busy_timeout);
        db.exec("PRAGMA synchronous = FULL");
        if (id.version < target) impl->version = migrate(db, target, may_initialise);
    }
    return Store(std::move(impl));
}

Store Store::open(const std::filesystem::path& path, StoreMode mode, const StoreOptions& options) {
    check_target_version(path, options.schema_version.value_or(store_schema_version));
    // Before SQLite sees it: a FIFO would block it forever.
    store_detail::check_regular_files(path);
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && mode != StoreMode::create) throw StorageError(path.string(), "there is no store at this path");
    if (!exists) {
        // Built beside its name and renamed into place: a failure leaves no
        // half-made store. If another program created it meanwhile, open theirs.
        store_detail::TempStoreFile temp(path);
        open_with(path, StoreMode::create, options, {.open_as = temp.path().string(), .building = true});
        temp.publish();
    }
    if (auto store = open_with(path, mode, options, {})) return std::move(*store);

    // Read-only media: SQLite cannot create the -shm file that reading a WAL
    // store needs. The file cannot change there, so open it as immutable,
    // unless changes still wait in a -wal file, which that would not see.
    if (store_detail::has_pending_wal(path))
        throw StorageError(path.string(),
                           "cannot read the store here: its latest changes are still in its -wal file, and SQLite "
                           "cannot set up the -shm index it needs to read them (the folder, or those files, cannot "
                           "be written). Open it read-write once on a writable disk, which folds them into the "
                           "store, and copy the store again");
    return std::move(*open_with(path, mode, options,
                                {.open_as = store_detail::immutable_uri(path), .immutable = true}));
}

void Store::init(const std::filesystem::path& path, const BoardBundle& bundle, const StoreOptions& options) {
    check_target_version(path, options.schema_version.value_or(store_schema_version));
    store_detail::check_regular_files(path);
    const auto exists_error = [&path] {
        return StorageError(path.string(), "already exists; init makes a new store");
    };
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) throw exists_error();
    store_detail::TempStoreFile temp(path);
    {
        auto store = *open_with(path, StoreMode::create, options, {.open_as = temp.path().string(), .building = true});
        store.save(bundle, "create", {});
    }  // closed before the rename: the file is complete and nothing holds it
    if (!temp.publish()) throw exists_error();
}

const std::filesystem::path& Store::path() const noexcept { return impl_->path; }
int Store::schema_version() const noexcept { return impl_->version; }
bool Store::read_only() const noexcept { return impl_->read_only; }

// ---- checking

namespace {

/// Everything a version 2+ store holds (a version 1 store: the register and
/// the data-quality notes), in the caller's transaction.
BoardBundle read_bundle(Db& db, int version) {
    BoardBundle bundle;
    bundle.records = store_detail::read_register(db, version);
    bundle.data_quality_notes = store_detail::read_data_quality_notes(db);
    if (version < 2) return bundle;
    for (const auto id : store_detail::plan_ids(db)) bundle.plans.push_back(*store_detail::read_plan(db, id, version));
    for (const auto& t : store_detail::titles(db, "risk_registers"))
        bundle.risk_registers.push_back(*store_detail::read_risk_register(db, t, version));
    for (const auto& t : store_detail::titles(db, "diagnostics"))
        bundle.diagnostics.push_back(*store_detail::read_diagnostic(db, t));
    for (const auto& t : store_detail::titles(db, "self_assessments"))
        bundle.self_assessments.push_back(*store_detail::read_self_assessment(db, t));
    return bundle;
}

/// The message of `error` without the store's path in front (verify names it once).
std::string without_path(const Db& db, const std::exception& error) {
    std::string_view text = error.what();
    const std::string prefix = db.path() + ": ";
    if (text.starts_with(prefix)) text.remove_prefix(prefix.size());
    return std::string(text);
}

} // namespace

void Store::verify() const {
    Db& db = impl_->db;
    std::vector<std::string> problems;
    const auto run = [&](auto&& check) {
        try {
            check();
        } catch (const Error& e) {
            // A page damaged badly enough stops the check itself ("database
            // disk image is malformed"): that is a finding too.
            problems.push_back(without_path(db, e));
        }
    };
    // SQLite's own check reads every page: the b-trees, the records in them,
    // the indexes against their tables, NOT NULL and CHECK constraints.
    run([&] {
        Statement integrity(db, "PRAGMA integrity_check(20)");
        integrity.query();
        while (integrity.next())
            if (auto line = integrity.text(0); line != "ok") problems.push_back(std::move(line));
    });
    run([&] {
        Statement foreign(db, "PRAGMA foreign_key_check");
        foreign.query();
        while (foreign.next())
            problems.push_back(foreign.text(0) + " row " + foreign.text(1) + " refers to a missing " + foreign.text(2));
    });
    // Then boardroom's: every value reads back as what it should be (dates,
    // times, the words of enumerations) and the records refer to each other.
    if (problems.empty())
        run([&] {
            Transaction transaction(db, Transaction::Kind::read);
            const auto bundle = read_bundle(db, impl_->version);
            transaction.commit();
            governance::check_references(bundle.records);
        });
    if (problems.empty()) return;
    std::string message = "the store is damaged";
    if (problems.size() > 1) message += " (" + std::to_string(problems.size()) + " problems)";
    message += ": " + problems.front();
    for (std::size_t i = 1; i < problems.size() && i < 5; ++i) message += "; " + problems[i];
    if (problems.size() > 5) message += "; ...";
    throw StorageError(db.path(), message + ". Restore it from a backup, or export what still reads and re-import it");
}

// ---- everything at once

namespace {

std::string count(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

/// What a whole save leaves in the store, in a few words, for the audit trail.
std::string summary(const BoardBundle& b) {
    const auto& r = b.records;
    return count(r.boards.size(), "board", "boards") + ", " + count(r.people.size(), "person", "people") + ", " +
           count(r.meetings.size(), "meeting", "meetings") + ", " + count(r.actions.size(), "action", "actions") +
           ", " + count(b.plans.size(), "plan", "plans") + ", " +
           count(b.risk_registers.size(), "risk register", "risk registers");
}

std::string summary(const governance::Register& r) {
    BoardBundle b;
    b.records = r;
    const auto text = summary(b);
    return text.substr(0, text.find(", 0 plans"));
}

} // namespace

void Store::save(const BoardBundle& bundle) { save(bundle, "save", {}); }

void Store::save(const BoardBundle& bundle, std::string_view operation, const std::vector<StoreChange>& changes) {
    impl_->require_writable();
    impl_->require_version(2, "plans");
    if (store_detail::has_urgent_business(bundle.records)) impl_->require_version(3, "urgent business");
    if (store_detail::has_record_parts(bundle.records)) impl_->require_version(4, "record parts or private postcodes");
    const auto indicators = [](const auto& d) { return store_detail::names_indicators(d); };
    if (std::any_of(bundle.plans.begin(), bundle.plans.end(), indicators) ||
        std::any_of(bundle.risk_registers.begin(), bundle.risk_registers.end(), indicators))
        impl_->require_version(6, "indicator series");
    store_detail::validate_bundle(bundle);
    // Plans without an id are numbered after the highest id in the bundle.
    std::vector<plans::Plan> numbered = bundle.plans;
    PlanId::value_type next = 1;
    std::set<PlanId::value_type> ids;
    for (const auto& plan : numbered) {
        if (!plan.id.valid()) continue;
        if (!ids.insert(plan.id.value()).second)
            throw ValidationError("two plans have the id " + std::to_string(plan.id.value()));
        next = std::max(next, plan.id.value() + 1);
    }
    for (auto& plan : numbered)
        if (!plan.id.valid()) plan.id = PlanId{next++};

    impl_->write(Impl::Check::replaces, operation, [&] {
        Db& db = impl_->db;
        const auto& progress = impl_->options.on_progress;
        store_detail::delete_register(db);
        store_detail::delete_plan_documents(db);
        db.exec("DELETE FROM data_quality_notes");
        store_detail::write_register(db, bundle.records, progress, impl_->version);
        store_detail::write_data_quality_notes(db, bundle.data_quality_notes, 0);
        for (const auto& plan : numbered) store_detail::write_plan(db, plan, progress, impl_->version);
        for (const auto& r : bundle.risk_registers) store_detail::write_risk_register(db, r, impl_->version);
        for (const auto& d : bundle.diagnostics) store_detail::write_diagnostic(db, d);
        for (const auto& a : bundle.self_assessments) store_detail::write_self_assessment(db, a);
        if (progress) progress(StoreProgress{"data_quality_notes", bundle.data_quality_notes.size()});
        if (!changes.empty()) return changes;
        return std::vector<StoreChange>{{"the whole store", "", "", summary(bundle)}};
    });
}

BoardBundle Store::load() const {
    impl_->require_version(2, "plans");
    return impl_->read(Impl::Refresh::all, [this] { return read_bundle(impl_->db, impl_->version); });
}

// ---- governance records

void Store::save_register(const governance::Register& reg) {
    impl_->require_writable();
    governance::check_references(reg);
    if (store_detail::has_urgent_business(reg)) impl_->require_version(3, "urgent business");
    if (store_detail::has_record_parts(reg)) impl_->require_version(4, "record parts or private postcodes");
    impl_->write(Impl::Check::replaces, "save records", [&] {
        store_detail::delete_register(impl_->db);
        store_detail::write_register(impl_->db, reg, impl_->options.on_progress, impl_->version);
        return std::vector<StoreChange>{{"the governance records", "", "", summary(reg)}};
    });
}

governance::Register Store::load_register() const {
    return impl_->read(Impl::Refresh::all, [this] { return store_detail::read_register(impl_->db, impl_->version); });
}

void Store::save_data_quality_notes(const std::vector<governance::DataQualityNote>& notes) {
    impl_->write(Impl::Check::replaces, "save notes", [&] {
        impl_->db.exec("DELETE FROM data_quality_notes");
        store_detail::write_data_quality_notes(impl_->db, notes, 0);
        return std::vector<StoreChange>{{"the data-quality notes", "", "", count(notes.size(), "note", "notes")}};
    });
}

void Store::add_data_quality_notes(const std::vector<governance::DataQualityNote>& notes) {
    impl_->write(Impl::Check::appends, "add notes", [&] {
        const auto first = impl_->db.scalar("SELECT COALESCE(MAX(seq) + 1, 0) FROM data_quality_notes");
        store_detail::write_data_quality_notes(impl_->db, notes, first);
        return std::vector<StoreChange>{{"the data-quality notes", "", "", count(notes.size(), "note", "notes") + " added"}};
    });
}

std::vector<governance::DataQualityNote> Store::load_data_quality_notes() const {
    return impl_->read([this] { return store_detail::read_data_quality_notes(impl_->db); });
}

void Store::record_action_status(ActionId action, Date date, governance::ActionStatus status, const std::string& note) {
    impl_->write(Impl::Check::appends, "action", [&] {
        auto stored = store_detail::read_action(impl_->db, action, impl_->version);
        const auto before = stored.history.empty()
                                ? std::string(governance::to_string(governance::ActionStatus::Open))
                                : std::string(governance::to_string(stored.history.back().status)) + " on " +
                                      to_iso_string(stored.history.back().date);
        governance::set_status(stored, date, status, note);
        store_detail::append_status_change(impl_->db, action, stored.history.size() - 1, stored.history.back());
        std::string after = std::string(governance::to_string(status)) + " on " + to_iso_string(date);
        if (!note.empty()) after += ": " + note;
        // Named as officers know it: the board and date of the meeting that raised it, and the item.
        std::string record = "action " + std::to_string(action.value());
        Statement meeting(impl_->db, "SELECT COALESCE(b.name, m.board_name), m.date FROM meetings m "
                                     "LEFT JOIN boards b ON b.id = m.board_id WHERE m.id = ?1");
        meeting.query(stored.raised_at);
        if (meeting.next()) record = "action " + meeting.text(0) + " " + meeting.text(1) + " item " + stored.item;
        return std::vector<StoreChange>{{record, "status", before, after}};
    });
}

} // namespace boardroom::io
