// The store's schema and the code that maps models onto its tables. None of
// these functions begins a transaction: store.cpp wraps each public operation
// in exactly one, so a failure anywhere rolls all of it back.
#pragma once

#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/register.hpp"
#include "boardroom/io/store.hpp"
#include "boardroom/plans/diagnostic.hpp"
#include "boardroom/plans/plan.hpp"
#include "boardroom/plans/risk.hpp"
#include "boardroom/plans/self_assessment.hpp"
#include "store_sqlite.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace boardroom::io::store_detail {

struct Migration {
    int version{0};              ///< the version the store has after it
    std::string_view description;
    std::string_view sql;
};

/// In version order, starting at 1.
std::span<const Migration> migrations() noexcept;

/// Called after each table of a bulk write (StoreOptions::on_progress).
using Progress = std::function<void(const StoreProgress&)>;

// ---- governance (store_governance.cpp, reading in store_governance_read.cpp)

/// The schema version from which records carry their part.
inline constexpr int kPartsVersion = 4;

/// Which governance records a read keeps: the whole store (no board), or one
/// board's own, exactly those governance::board_records keeps: the meetings of
/// the board and of its task-and-finish groups (boards whose parent it is)
/// with their attendance, interests, minutes, approvals and actions, the
/// memberships and forward plan of those boards, the people these name, and
/// every organisation, board and reporting line. Each is one query on the
/// indexes of schema version 7 (an older store is read by scanning).
/// A scope given by `name` (a name or alias under board_name_key, as
/// governance::find_board) is resolved once the boards are read; NotFoundError
/// if no board is called that.
struct RecordScope {
    BoardId board{};
    std::optional<std::string_view> name{};
    bool whole() const noexcept { return !board.valid() && !name; }
};

void delete_register(Db& db);
/// `schema_version` is the open store's: what an older version has no column
/// for is left out (the caller refuses to write it, has_urgent_business).
void write_register(Db& db, const governance::Register& reg, const Progress& progress, int schema_version);
/// Reads the boards first, so that a scope by name is resolved (its board
/// written into `scope`) before anything of one board is read.
governance::Register read_register(Db& db, int schema_version, RecordScope& scope);
governance::Register read_register(Db& db, int schema_version);
/// True if any agenda or standing item is urgent business (schema version 3 on).
bool has_urgent_business(const governance::Register& reg) noexcept;
/// True if any minute, action or declaration has its part, a forward-plan
/// topic is Part II or a contact has a postcode: what a store before version
/// 4 cannot hold. Dropping a Part II mark on the way in would let the
/// record's content be published later, so such a save is refused.
bool has_record_parts(const governance::Register& reg) noexcept;
/// True if a plan action or a risk names an indicator series (schema version 6 on).
bool names_indicators(const plans::Plan& plan) noexcept;
bool names_indicators(const plans::RiskRegister& register_) noexcept;
void write_data_quality_notes(Db& db, const std::vector<governance::DataQualityNote>& notes, std::int64_t first_seq);
std::vector<governance::DataQualityNote> read_data_quality_notes(Db& db);
/// One action with its owners and history; NotFoundError if absent.
governance::Action read_action(Db& db, ActionId id, int schema_version);
void append_status_change(Db& db, ActionId id, std::size_t seq, const governance::StatusChange& change);

// ---- plans and the documents kept beside them (store_plans.cpp)

/// Writes a plan with `plan.id` (valid), replacing any stored plan with that id.
/// `schema_version`: the store's; before version 6 actions and risks have no indicator.
void write_plan(Db& db, const plans::Plan& plan, const Progress& progress, int schema_version);
/// std::nullopt if there is no plan with that id.
std::optional<plans::Plan> read_plan(Db& db, PlanId id, int schema_version);
std::vector<PlanId> plan_ids(Db& db);
void delete_plan(Db& db, PlanId id);
void rewrite_ratings(Db& db, const plans::Plan& plan);
void rewrite_positions(Db& db, const plans::Plan& plan);

void write_risk_register(Db& db, const plans::RiskRegister& register_, int schema_version);
std::optional<plans::RiskRegister> read_risk_register(Db& db, std::string_view title, int schema_version);
void write_diagnostic(Db& db, const plans::Diagnostic& diagnostic);
std::optional<plans::Diagnostic> read_diagnostic(Db& db, std::string_view title);
void write_self_assessment(Db& db, const plans::SelfAssessment& assessment);
std::optional<plans::SelfAssessment> read_self_assessment(Db& db, std::string_view title);
/// Titles of the stored documents of a kind ("risk_registers", "diagnostics",
/// "self_assessments"), in the order first saved.
std::vector<std::string> titles(Db& db, std::string_view table);
/// Deletes every plan, risk register, diagnostic and self-assessment.
void delete_plan_documents(Db& db);

} // namespace boardroom::io::store_detail
