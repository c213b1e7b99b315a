// Store::load_board: one board's records, read with SQL alone, so that a
// meeting's pack costs what its own board holds rather than what the whole
// store holds (a county or national register of hundreds of boards).
#include "boardroom/governance/board.hpp"
#include "boardroom/io/store.hpp"
#include "../text.hpp"
#include "store_impl.hpp"
#include "store_tables.hpp"

#include <string>
#include <unordered_map>

namespace boardroom::io {

using store_detail::Db;
using store_detail::RecordScope;
using store_detail::Statement;

namespace {

/// Decides, as the pack does (report.pack.board_plans), whether a plan or a
/// risk register owned by the board printed `owner` is shown for `board`:
/// it is if it names that board, no board, or a board the store does not know.
class OwnedBy {
public:
    OwnedBy(const governance::Register& reg, BoardId board) : board_(board) {
        for (const auto& b : reg.boards) {
            keys_.try_emplace(governance::board_name_key(b.name), b.id);
            for (const auto& alias : b.aliases) keys_.try_emplace(governance::board_name_key(alias), b.id);
        }
    }
    bool operator()(std::string_view owner) const {
        if (text::trim(owner).empty()) return true;
        const auto found = keys_.find(governance::board_name_key(owner));
        return found == keys_.end() || found->second == board_;
    }

private:
    BoardId board_;
    std::unordered_map<std::string, BoardId> keys_;
};

BoardBundle read_board_bundle(Db& db, int version, RecordScope scope) {
    BoardBundle bundle;
    bundle.records = store_detail::read_register(db, version, scope);
    bundle.data_quality_notes = store_detail::read_data_quality_notes(db);
    const OwnedBy shown(bundle.records, scope.board);
    Statement plans(db, "SELECT id, board FROM plans ORDER BY seq");
    plans.query();
    std::vector<PlanId> ids;
    while (plans.next())
        if (shown(plans.text(1))) ids.push_back(plans.id<PlanId>(0));
    for (const auto id : ids) bundle.plans.push_back(*store_detail::read_plan(db, id, version));
    Statement registers(db, "SELECT title, board FROM risk_registers ORDER BY seq");
    registers.query();
    std::vector<std::string> titles;
    while (registers.next())
        if (shown(registers.text(1))) titles.push_back(registers.text(0));
    for (const auto& t : titles) bundle.risk_registers.push_back(*store_detail::read_risk_register(db, t, version));
    for (const auto& t : store_detail::titles(db, "diagnostics"))
        bundle.diagnostics.push_back(*store_detail::read_diagnostic(db, t));
    for (const auto& t : store_detail::titles(db, "self_assessments"))
        bundle.self_assessments.push_back(*store_detail::read_self_assessment(db, t));
    return bundle;
}

} // namespace

// A part of the store, not all of it: the handle's revision is refreshed only
// if it held none, as for the other partial reads.
BoardBundle Store::load_board(BoardId board) const {
    impl_->require_version(2, "plans");
    return impl_->read([this, board] { return read_board_bundle(impl_->db, impl_->version, RecordScope{board, {}}); });
}

BoardBundle Store::load_board(std::string_view name) const {
    impl_->require_version(2, "plans");
    return impl_->read([this, name] { return read_board_bundle(impl_->db, impl_->version, RecordScope{{}, name}); });
}

} // namespace boardroom::io
