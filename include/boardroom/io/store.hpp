// The store: one SQLite file holding a board bundle (governance records,
// data-quality notes, plans, risk registers, diagnostics, self-assessments) in
// normalised tables, so that analysts can also query it with any SQLite tool.
//
// Guarantees:
// - Every write is one transaction (BEGIN IMMEDIATE ... COMMIT): if it fails,
//   throws, or the process is killed, the store is exactly as it was before.
// - Many readers, one writer (WAL journal). A second writer waits for the busy
//   timeout and then gets a StorageError "the store is busy: another program is
//   writing to it"; readers see the last committed state throughout.
// - Foreign keys are enforced; the schema is versioned and migrated forwards on
//   open; a store written by a newer boardroom is refused, not guessed at.
// - Models are validated before anything is written (ValidationError,
//   NotFoundError), and incremental updates validate against the stored state.
// - No lost updates: every write adds one to the store's revision, and a write
//   that replaces stored content (save, save_register, save_plan, ...) is
//   refused with a StorageError "... changed since you loaded it ..." if
//   another handle or program has written since this handle last read or
//   wrote. Load again, redo the change, save.
// - A new store is built under a temporary name beside its path and renamed
//   into place, so a failed create or init leaves no file behind.
// - Read-only opens work on read-only media (SQLite's immutable mode when the
//   WAL index cannot be created there). Paths that are not regular files
//   (a FIFO, a directory, a device) are refused before SQLite opens them.
//
// A Store is one connection: use it from one thread at a time, and open one
// Store per thread or process that needs it.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/core/id.hpp"
#include "boardroom/governance/action.hpp"
#include "boardroom/io/store_bundle.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

/// The schema version this build writes. Version 1 holds the governance
/// records; version 2 adds plans, risk registers, diagnostics and
/// self-assessments; version 3 records the reason for urgent business on
/// agenda items; version 4 the part (I / II) of minutes, actions,
/// declarations and forward-plan topics, and private postcodes; version 5
/// the audit trail; version 6 the indicator series plan actions and risks
/// name; version 7 the indexes that let load_board read one board's records.
inline constexpr int store_schema_version = 7;

/// One change to one record, as the audit trail keeps it: which record (in
/// words, by its natural key: "action Health and Wellbeing Board 2016-03-01
/// item 4 action 1"), which field (empty when the whole record was added,
/// replaced or removed) and its value before and after, as shown to people.
struct StoreChange {
    std::string record;
    std::string field;
    std::string old_value;
    std::string new_value;
};

/// A row of the audit trail: a change, who made it, when and in which write.
struct AuditEntry {
    std::int64_t revision{0};  ///< the store revision the write made (one per transaction)
    std::string at;            ///< UTC, ISO 8601: "2016-03-01T10:15:00Z"
    std::string user;          ///< StoreOptions::user of the handle that wrote
    std::string operation;     ///< "save", "import board.xlsx", "action", "rate", "new", ...
    StoreChange change;
};

enum class StoreMode {
    create,      ///< open the file, creating an empty store (atomically) if it does not exist
    read_write,  ///< open an existing store for reading and writing
    read_only,   ///< open an existing store; every write throws StorageError
};

/// Reported by a bulk write after each table: how many rows it wrote there.
struct StoreProgress {
    std::string_view table;
    std::size_t rows{0};
};

struct StoreOptions {
    /// How long a write waits for another writer to finish before it gives up
    /// with "the store is busy". Short, because officers would rather be told
    /// than wait on a colleague's long import.
    std::chrono::milliseconds busy_timeout{500};
    /// Migrate a store only up to this version (and create new stores at it),
    /// for tools that must hand a store to an older boardroom, and for tests
    /// of the migrations. Empty: the latest, store_schema_version.
    std::optional<int> schema_version{};
    /// Called inside bulk writes after each table (for a progress display).
    /// It runs inside the transaction: if it throws, the write is rolled back
    /// and the exception propagates.
    std::function<void(const StoreProgress&)> on_progress{};
    /// Who writes through this handle, for the audit trail (a login name);
    /// empty: "unknown".
    std::string user{};
};

class Store {
public:
    /// Opens (or, with StoreMode::create, creates) the store at `path`, then
    /// applies any pending migrations in one transaction. A read-only open
    /// migrates nothing: an older store is read as it is, and what its version
    /// lacks (plans in a version 1 store) throws StorageError when asked for.
    /// Throws StorageError if the file cannot be opened, is not a regular file
    /// (or a link to one), is not a boardroom store, was written by a newer
    /// schema version than this build knows, or is busy while it needs
    /// migrating.
    static Store open(const std::filesystem::path& path, StoreMode mode, const StoreOptions& options = {});

    Store(Store&& other) noexcept;
    Store& operator=(Store&& other) noexcept;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    ~Store();

    const std::filesystem::path& path() const noexcept;
    /// The schema version of the open store (after migration).
    int schema_version() const noexcept;
    bool read_only() const noexcept;

    /// Runs SQLite's integrity check (every page, record and index) and
    /// foreign-key check, then reads every record back as boardroom would;
    /// throws StorageError "the store is damaged: ..." naming the first
    /// problems. For use after a crash or a copy. Damage that leaves a value
    /// well-formed (one letter of a name changed) cannot be told from an edit.
    void verify() const;

    // ---- everything at once

    /// Replaces the whole content of the store with `bundle` (plans without an
    /// id are given one). Validates every part first. Throws StorageError if
    /// another handle or program wrote since this one last loaded or saved.
    void save(const BoardBundle& bundle);
    /// The same, recording `changes` under `operation` in the audit trail
    /// (the caller knows what it changed, record by record, as an import
    /// does); with no changes, one entry summarises the new content.
    void save(const BoardBundle& bundle, std::string_view operation, const std::vector<StoreChange>& changes);
    BoardBundle load() const;

    /// What a board's pack needs, read with SQL alone, without the other
    /// boards' records: exactly load() narrowed by governance::board_records
    /// (the meetings of the board and of its task-and-finish groups with
    /// their agendas, attendance, interests, minutes, approvals and actions;
    /// those boards' memberships and forward plan; the people these name;
    /// every organisation, board and reporting line), in the same order. The
    /// plans and risk registers are those of the board or of no board the
    /// store knows (by board_name_key, as the pack shows them); diagnostics,
    /// self-assessments and data-quality notes name no board and come whole.
    /// Its cost follows the board's records on a store of schema version 7
    /// (indexes by board and meeting); an older store opened read-only is
    /// read the same way, by scanning. Throws NotFoundError for an unknown
    /// board.
    BoardBundle load_board(BoardId board) const;
    /// The same for the board called `name` (its name or an alias under
    /// governance::board_name_key, as governance::find_board finds it).
    BoardBundle load_board(std::string_view name) const;

    // ---- the audit trail (schema version 5 on): every write records who,
    // when, which records and their old and new values, in the write's own
    // transaction, so the trail and the content cannot disagree.

    /// Newest write first (the changes of one write in the order made); with
    /// `since`, only the changes made on or after that day (UTC). Throws StorageError for a store before version 5 (open it
    /// read-write to upgrade it).
    std::vector<AuditEntry> audit_trail(std::optional<Date> since = std::nullopt) const;
    /// The latest change, or std::nullopt if the trail is empty (or the
    /// store predates it).
    std::optional<AuditEntry> last_changed() const;

    // ---- governance records

    /// Replaces every governance record (not the data-quality notes or plans).
    /// Throws ValidationError (check_references) before writing anything.
    void save_register(const governance::Register& reg);
    governance::Register load_register() const;

    /// Replaces the data-quality notes.
    void save_data_quality_notes(const std::vector<governance::DataQualityNote>& notes);
    /// Appends notes, as an import reports them.
    void add_data_quality_notes(const std::vector<governance::DataQualityNote>& notes);
    std::vector<governance::DataQualityNote> load_data_quality_notes() const;

    /// Records a change of an action's status between meetings (see
    /// governance::set_status). Throws NotFoundError for an unknown action and
    /// ValidationError for a date before the last change; the store is
    /// unchanged then.
    void record_action_status(ActionId action, Date date, governance::ActionStatus status,
                              const std::string& note = {});

    // ---- plans

    /// Saves a plan, replacing the stored plan with the same id; a plan with
    /// no id (0) is given the next free one. Throws ValidationError
    /// (plans::validate) before writing. Returns the id.
    PlanId save_plan(const plans::Plan& plan);
    /// Throws NotFoundError for an unknown id.
    plans::Plan load_plan(PlanId id) const;
    /// Every plan, in the order they were first saved.
    std::vector<plans::Plan> load_plans() const;
    /// Throws NotFoundError for an unknown id.
    void remove_plan(PlanId id);

    /// Appends a RAG rating to a stored plan (see plans::add_rating): checked
    /// against the stored plan, all or nothing.
    void add_rating(PlanId plan, const plans::RagRating& rating);
    /// Appends a dated position / evidence update (see plans::add_position_update).
    void add_position_update(PlanId plan, const plans::PositionUpdate& update);

    // ---- risk registers, diagnostics, self-assessments: keyed by their title

    /// Saves a register, replacing the stored one with the same title. Throws
    /// ValidationError for an empty title, invalid scheme, thresholds or
    /// scores, or a duplicate reference.
    void save_risk_register(const plans::RiskRegister& register_);
    plans::RiskRegister load_risk_register(std::string_view title) const;
    std::vector<plans::RiskRegister> load_risk_registers() const;
    /// Records a review of one risk (see plans::record_review).
    void record_risk_review(std::string_view register_title, std::string_view reference, Date reviewed,
                            std::optional<plans::RiskScore> residual, std::optional<Date> next_review);

    void save_diagnostic(const plans::Diagnostic& diagnostic);
    plans::Diagnostic load_diagnostic(std::string_view title) const;
    std::vector<plans::Diagnostic> load_diagnostics() const;
    /// Appends progress on a finding (see plans::add_progress).
    void add_finding_progress(std::string_view diagnostic_title, const plans::FindingProgress& progress);

    void save_self_assessment(const plans::SelfAssessment& assessment);
    plans::SelfAssessment load_self_assessment(std::string_view title) const;
    std::vector<plans::SelfAssessment> load_self_assessments() const;

    /// Creates a new store at `path` holding `bundle`, all or nothing: it is
    /// built in a temporary file in the same folder and renamed into place only
    /// when complete, so a failure (a full disk, a crash, an invalid bundle)
    /// leaves no file at `path`. Throws StorageError if `path` exists.
    static void init(const std::filesystem::path& path, const BoardBundle& bundle, const StoreOptions& options = {});

private:
    struct Impl;  // the SQLite connection, kept out of this header
    struct Opening;
    explicit Store(std::unique_ptr<Impl> impl);
    /// Empty if a read-only open must fall back to SQLite's immutable mode.
    static std::optional<Store> open_with(const std::filesystem::path& path, StoreMode mode,
                                          const StoreOptions& options, const Opening& how);
    std::unique_ptr<Impl> impl_;
};

} // namespace boardroom::io
