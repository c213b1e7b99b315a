// Opening a store (identify, migrate, configure) and its public operations,
// each exactly one transaction: validate, write, commit; anything thrown on
// the way rolls the whole operation back.
#include "boardroom/io/store.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/plans/history.hpp"
#include "store_tables.hpp"
#include "store_validate.hpp"

#include <algorithm>
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

struct Store::Impl {
    Impl(const std::filesystem::path& p, StoreMode mode, StoreOptions o)
        : path(p), db(p, flags_for(mode)), options(std::move(o)), read_only(mode == StoreMode::read_only) {}

    std::filesystem::path path;
    Db db;
    StoreOptions options;
    bool read_only{false};
    int version{0};

    void require_writable() const {
        if (read_only) throw StorageError(db.path(), "the store was opened read-only");
    }

    void require_version(int needed, std::string_view what) const {
        if (version < needed)
            throw StorageError(db.path(), "the store has schema version " + std::to_string(version) + ", which holds no " +
                                              std::string(what) + "; open it read-write with this boardroom to upgrade it");
    }

    template <class F>
    void write(F&& body) {
        require_writable();
        Transaction transaction(db, Transaction::Kind::write);
        body();
        transaction.commit();
    }

    template <class F>
    auto read(F&& body) {
        Transaction transaction(db, Transaction::Kind::read);
        auto result = body();
        transaction.commit();
        return result;
    }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&& other) noexcept = default;
Store& Store::operator=(Store&& other) noexcept = default;
Store::~Store() = default;

Store Store::open(const std::filesystem::path& path, StoreMode mode, const StoreOptions& options) {
    const int target = options.schema_version.value_or(store_schema_version);
    if (target < 1 || target > store_schema_version)
        throw StorageError(path.string(), "cannot open a store at schema version " + std::to_string(target) +
                                              "; this boardroom knows versions 1 to " +
                                              std::to_string(store_schema_version));
    std::error_code ec;
    if (mode != StoreMode::create && !std::filesystem::exists(path, ec))
        throw StorageError(path.string(), "there is no store at this path");

    auto impl = std::make_unique<Impl>(path, mode, options);
    Db& db = impl->db;
    const auto timeout = options.busy_timeout.count();
    sqlite3_busy_timeout(db.handle(), static_cast<int>(std::clamp<decltype(timeout)>(timeout, 0, 3'600'000)));
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
        // killed mid-transaction leaves only uncommitted frames behind.
        // FULL: a committed transaction survives a power cut too.
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        if (id.version < target) impl->version = migrate(db, target, may_initialise);
    }
    return Store(std::move(impl));
}

const std::filesystem::path& Store::path() const noexcept { return impl_->path; }
int Store::schema_version() const noexcept { return impl_->version; }
bool Store::read_only() const noexcept { return impl_->read_only; }

void Store::verify() const {
    Db& db = impl_->db;
    std::string problems;
    Statement integrity(db, "PRAGMA integrity_check(10)");
    integrity.query();
    while (integrity.next())
        if (const auto line = integrity.text(0); line != "ok") problems.append("\n").append(line);
    Statement foreign(db, "PRAGMA foreign_key_check");
    foreign.query();
    while (foreign.next())
        problems.append("\n").append(foreign.text(0)).append(" row ").append(foreign.text(1))
            .append(" refers to a missing ").append(foreign.text(2));
    if (!problems.empty()) throw StorageError(db.path(), "the store is damaged:" + problems);
}

// ---- everything at once

void Store::save(const BoardBundle& bundle) {
    impl_->require_writable();
    impl_->require_version(2, "plans");
    if (store_detail::has_urgent_business(bundle.records)) impl_->require_version(3, "urgent business");
    if (store_detail::has_record_parts(bundle.records)) impl_->require_version(4, "record parts or private postcodes");
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

    impl_->write([&] {
        Db& db = impl_->db;
        const auto& progress = impl_->options.on_progress;
        store_detail::delete_register(db);
        store_detail::delete_plan_documents(db);
        db.exec("DELETE FROM data_quality_notes");
        store_detail::write_register(db, bundle.records, progress, impl_->version);
        store_detail::write_data_quality_notes(db, bundle.data_quality_notes, 0);
        for (const auto& plan : numbered) store_detail::write_plan(db, plan, progress);
        for (const auto& r : bundle.risk_registers) store_detail::write_risk_register(db, r);
        for (const auto& d : bundle.diagnostics) store_detail::write_diagnostic(db, d);
        for (const auto& a : bundle.self_assessments) store_detail::write_self_assessment(db, a);
        if (progress) progress(StoreProgress{"data_quality_notes", bundle.data_quality_notes.size()});
    });
}

BoardBundle Store::load() const {
    impl_->require_version(2, "plans");
    return impl_->read([this] {
        Db& db = impl_->db;
        BoardBundle bundle;
        bundle.records = store_detail::read_register(db, impl_->version);
        bundle.data_quality_notes = store_detail::read_data_quality_notes(db);
        for (const auto id : store_detail::plan_ids(db)) bundle.plans.push_back(*store_detail::read_plan(db, id));
        for (const auto& t : store_detail::titles(db, "risk_registers"))
            bundle.risk_registers.push_back(*store_detail::read_risk_register(db, t));
        for (const auto& t : store_detail::titles(db, "diagnostics"))
            bundle.diagnostics.push_back(*store_detail::read_diagnostic(db, t));
        for (const auto& t : store_detail::titles(db, "self_assessments"))
            bundle.self_assessments.push_back(*store_detail::read_self_assessment(db, t));
        return bundle;
    });
}

// ---- governance records

void Store::save_register(const governance::Register& reg) {
    impl_->require_writable();
    governance::check_references(reg);
    if (store_detail::has_urgent_business(reg)) impl_->require_version(3, "urgent business");
    if (store_detail::has_record_parts(reg)) impl_->require_version(4, "record parts or private postcodes");
    impl_->write([&] {
        store_detail::delete_register(impl_->db);
        store_detail::write_register(impl_->db, reg, impl_->options.on_progress, impl_->version);
    });
}

governance::Register Store::load_register() const {
    return impl_->read([this] { return store_detail::read_register(impl_->db, impl_->version); });
}

void Store::save_data_quality_notes(const std::vector<governance::DataQualityNote>& notes) {
    impl_->write([&] {
        impl_->db.exec("DELETE FROM data_quality_notes");
        store_detail::write_data_quality_notes(impl_->db, notes, 0);
    });
}

void Store::add_data_quality_notes(const std::vector<governance::DataQualityNote>& notes) {
    impl_->write([&] {
        const auto first = impl_->db.scalar("SELECT COALESCE(MAX(seq) + 1, 0) FROM data_quality_notes");
        store_detail::write_data_quality_notes(impl_->db, notes, first);
    });
}

std::vector<governance::DataQualityNote> Store::load_data_quality_notes() const {
    return impl_->read([this] { return store_detail::read_data_quality_notes(impl_->db); });
}

void Store::record_action_status(ActionId action, Date date, governance::ActionStatus status, const std::string& note) {
    impl_->write([&] {
        auto stored = store_detail::read_action(impl_->db, action, impl_->version);
        governance::set_status(stored, date, status, note);
        store_detail::append_status_change(impl_->db, action, stored.history.size() - 1, stored.history.back());
    });
}

// ---- plans

PlanId Store::save_plan(const plans::Plan& plan) {
    impl_->require_writable();
    impl_->require_version(2, "plans");
    plans::validate(plan);
    PlanId id = plan.id;
    impl_->write([&] {
        if (!id.valid()) id = PlanId{impl_->db.scalar("SELECT COALESCE(MAX(id) + 1, 1) FROM plans")};
        plans::Plan numbered = plan;
        numbered.id = id;
        store_detail::write_plan(impl_->db, numbered, impl_->options.on_progress);
    });
    return id;
}

plans::Plan Store::load_plan(PlanId id) const {
    impl_->require_version(2, "plans");
    auto plan = impl_->read([&] { return store_detail::read_plan(impl_->db, id); });
    if (!plan) throw NotFoundError("the store has no plan " + std::to_string(id.value()));
    return std::move(*plan);
}

std::vector<plans::Plan> Store::load_plans() const {
    impl_->require_version(2, "plans");
    return impl_->read([this] {
        std::vector<plans::Plan> out;
        for (const auto id : store_detail::plan_ids(impl_->db)) out.push_back(*store_detail::read_plan(impl_->db, id));
        return out;
    });
}

void Store::remove_plan(PlanId id) {
    impl_->require_version(2, "plans");
    impl_->write([&] { store_detail::delete_plan(impl_->db, id); });
}

namespace {

plans::Plan stored_plan(Db& db, PlanId id) {
    auto plan = store_detail::read_plan(db, id);
    if (!plan) throw NotFoundError("the store has no plan " + std::to_string(id.value()));
    return std::move(*plan);
}

} // namespace

void Store::add_rating(PlanId plan, const plans::RagRating& rating) {
    impl_->require_version(2, "plans");
    impl_->write([&] {
        auto stored = stored_plan(impl_->db, plan);
        plans::add_rating(stored, rating);  // checks against the stored plan; throws before any write
        store_detail::rewrite_ratings(impl_->db, stored);
    });
}

void Store::add_position_update(PlanId plan, const plans::PositionUpdate& update) {
    impl_->require_version(2, "plans");
    impl_->write([&] {
        auto stored = stored_plan(impl_->db, plan);
        plans::add_position_update(stored, update);
        store_detail::rewrite_positions(impl_->db, stored);
    });
}

// ---- risk registers, diagnostics, self-assessments

namespace {

template <class T>
T found_or_throw(std::optional<T> value, std::string_view what, std::string_view title) {
    if (!value) throw NotFoundError("the store has no " + std::string(what) + " titled '" + std::string(title) + "'");
    return std::move(*value);
}

} // namespace

void Store::save_risk_register(const plans::RiskRegister& register_) {
    impl_->require_version(2, "risk registers");
    store_detail::validate_for_store(register_);
    impl_->write([&] { store_detail::write_risk_register(impl_->db, register_); });
}

plans::RiskRegister Store::load_risk_register(std::string_view title) const {
    impl_->require_version(2, "risk registers");
    return found_or_throw(impl_->read([&] { return store_detail::read_risk_register(impl_->db, title); }),
                          "risk register", title);
}

std::vector<plans::RiskRegister> Store::load_risk_registers() const {
    impl_->require_version(2, "risk registers");
    return impl_->read([this] {
        std::vector<plans::RiskRegister> out;
        for (const auto& t : store_detail::titles(impl_->db, "risk_registers"))
            out.push_back(*store_detail::read_risk_register(impl_->db, t));
        return out;
    });
}

void Store::record_risk_review(std::string_view register_title, std::string_view reference, Date reviewed,
                               std::optional<plans::RiskScore> residual, std::optional<Date> next_review) {
    impl_->require_version(2, "risk registers");
    impl_->write([&] {
        auto stored = found_or_throw(store_detail::read_risk_register(impl_->db, register_title), "risk register",
                                     register_title);
        plans::record_review(stored, reference, reviewed, residual, next_review);
        store_detail::write_risk_register(impl_->db, stored);
    });
}

void Store::save_diagnostic(const plans::Diagnostic& diagnostic) {
    impl_->require_version(2, "diagnostics");
    store_detail::validate_for_store(diagnostic);
    impl_->write([&] { store_detail::write_diagnostic(impl_->db, diagnostic); });
}

plans::Diagnostic Store::load_diagnostic(std::string_view title) const {
    impl_->require_version(2, "diagnostics");
    return found_or_throw(impl_->read([&] { return store_detail::read_diagnostic(impl_->db, title); }), "diagnostic",
                          title);
}

std::vector<plans::Diagnostic> Store::load_diagnostics() const {
    impl_->require_version(2, "diagnostics");
    return impl_->read([this] {
        std::vector<plans::Diagnostic> out;
        for (const auto& t : store_detail::titles(impl_->db, "diagnostics"))
            out.push_back(*store_detail::read_diagnostic(impl_->db, t));
        return out;
    });
}

void Store::add_finding_progress(std::string_view diagnostic_title, const plans::FindingProgress& progress) {
    impl_->require_version(2, "diagnostics");
    impl_->write([&] {
        auto stored =
            found_or_throw(store_detail::read_diagnostic(impl_->db, diagnostic_title), "diagnostic", diagnostic_title);
        plans::add_progress(stored, progress);
        store_detail::write_diagnostic(impl_->db, stored);
    });
}

void Store::save_self_assessment(const plans::SelfAssessment& assessment) {
    impl_->require_version(2, "self-assessments");
    store_detail::validate_for_store(assessment);
    impl_->write([&] { store_detail::write_self_assessment(impl_->db, assessment); });
}

plans::SelfAssessment Store::load_self_assessment(std::string_view title) const {
    impl_->require_version(2, "self-assessments");
    return found_or_throw(impl_->read([&] { return store_detail::read_self_assessment(impl_->db, title); }),
                          "self-assessment", title);
}

std::vector<plans::SelfAssessment> Store::load_self_assessments() const {
    impl_->require_version(2, "self-assessments");
    return impl_->read([this] {
        std::vector<plans::SelfAssessment> out;
        for (const auto& t : store_detail::titles(impl_->db, "self_assessments"))
            out.push_back(*store_detail::read_self_assessment(impl_->db, t));
        return out;
    });
}

} // namespace boardroom::io
