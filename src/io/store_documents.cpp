// The store's plans and the documents kept beside them (risk registers,
// diagnostics, self-assessments): each public operation one transaction.
#include "boardroom/core/error.hpp"
#include "boardroom/plans/history.hpp"
#include "store_impl.hpp"
#include "store_tables.hpp"
#include "store_validate.hpp"

namespace boardroom::io {

using store_detail::Db;

namespace {

/// One audit-trail row for a document saved or removed whole.
std::vector<StoreChange> changed(std::string record, std::string what) {
    return {StoreChange{std::move(record), "", "", std::move(what)}};
}

} // namespace

// ---- plans

PlanId Store::save_plan(const plans::Plan& plan) {
    impl_->require_writable();
    impl_->require_version(2, "plans");
    if (store_detail::names_indicators(plan)) impl_->require_version(6, "indicator series");
    plans::validate(plan);
    PlanId id = plan.id;
    impl_->write(Impl::Check::replaces, "save plan", [&] {
        if (!id.valid()) id = PlanId{impl_->db.scalar("SELECT COALESCE(MAX(id) + 1, 1) FROM plans")};
        plans::Plan numbered = plan;
        numbered.id = id;
        store_detail::write_plan(impl_->db, numbered, impl_->options.on_progress, impl_->version);
        return changed("plan " + plan.title, "saved");
    });
    return id;
}

plans::Plan Store::load_plan(PlanId id) const {
    impl_->require_version(2, "plans");
    auto plan = impl_->read([&] { return store_detail::read_plan(impl_->db, id, impl_->version); });
    if (!plan) throw NotFoundError("the store has no plan " + std::to_string(id.value()));
    return std::move(*plan);
}

std::vector<plans::Plan> Store::load_plans() const {
    impl_->require_version(2, "plans");
    return impl_->read([this] {
        std::vector<plans::Plan> out;
        for (const auto id : store_detail::plan_ids(impl_->db)) out.push_back(*store_detail::read_plan(impl_->db, id, impl_->version));
        return out;
    });
}

void Store::remove_plan(PlanId id) {
    impl_->require_version(2, "plans");
    impl_->write(Impl::Check::appends, "remove plan", [&] {
        const auto plan = store_detail::read_plan(impl_->db, id, impl_->version);
        store_detail::delete_plan(impl_->db, id);
        return changed("plan " + (plan ? plan->title : std::to_string(id.value())), "removed");
    });
}

namespace {

plans::Plan stored_plan(Db& db, PlanId id, int schema_version) {
    auto plan = store_detail::read_plan(db, id, schema_version);
    if (!plan) throw NotFoundError("the store has no plan " + std::to_string(id.value()));
    return std::move(*plan);
}

} // namespace

void Store::add_rating(PlanId plan, const plans::RagRating& rating) {
    impl_->require_version(2, "plans");
    impl_->write(Impl::Check::appends, "rate", [&] {
        auto stored = stored_plan(impl_->db, plan, impl_->version);
        // The action's latest rating before this one: what the change moves it from.
        std::string before;
        for (const auto& r : stored.ratings)
            if (r.action == rating.action && r.date <= rating.date) before = r.status + " on " + to_iso_string(r.date);
        plans::add_rating(stored, rating);  // checks against the stored plan; throws before any write
        store_detail::rewrite_ratings(impl_->db, stored);
        std::string after = rating.status + " on " + to_iso_string(rating.date);
        if (!rating.rated_by.empty()) after += " by " + rating.rated_by;
        if (!rating.note.empty()) after += ": " + rating.note;
        return std::vector<StoreChange>{{"plan " + stored.title + " action " + rating.action, "rating", before, after}};
    });
}

void Store::add_position_update(PlanId plan, const plans::PositionUpdate& update) {
    impl_->require_version(2, "plans");
    impl_->write(Impl::Check::appends, "position", [&] {
        auto stored = stored_plan(impl_->db, plan, impl_->version);
        plans::add_position_update(stored, update);
        store_detail::rewrite_positions(impl_->db, stored);
        return std::vector<StoreChange>{{"plan " + stored.title + " action " + update.action, "position", "", update.text}};
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
    if (store_detail::names_indicators(register_)) impl_->require_version(6, "indicator series");
    store_detail::validate_for_store(register_);
    impl_->write(Impl::Check::replaces, "save risk register", [&] {
        store_detail::write_risk_register(impl_->db, register_, impl_->version);
        return changed("risk register " + register_.title, "saved");
    });
}

plans::RiskRegister Store::load_risk_register(std::string_view title) const {
    impl_->require_version(2, "risk registers");
    return found_or_throw(impl_->read([&] { return store_detail::read_risk_register(impl_->db, title, impl_->version); }),
                          "risk register", title);
}

std::vector<plans::RiskRegister> Store::load_risk_registers() const {
    impl_->require_version(2, "risk registers");
    return impl_->read([this] {
        std::vector<plans::RiskRegister> out;
        for (const auto& t : store_detail::titles(impl_->db, "risk_registers"))
            out.push_back(*store_detail::read_risk_register(impl_->db, t, impl_->version));
        return out;
    });
}

void Store::record_risk_review(std::string_view register_title, std::string_view reference, Date reviewed,
                               std::optional<plans::RiskScore> residual, std::optional<Date> next_review) {
    impl_->require_version(2, "risk registers");
    impl_->write(Impl::Check::appends, "risk review", [&] {
        auto stored = found_or_throw(store_detail::read_risk_register(impl_->db, register_title, impl_->version), "risk register",
                                     register_title);
        plans::record_review(stored, reference, reviewed, residual, next_review);
        store_detail::write_risk_register(impl_->db, stored, impl_->version);
        return std::vector<StoreChange>{{"risk " + std::string(register_title) + " " + std::string(reference),
                                         "last reviewed", "", to_iso_string(reviewed)}};
    });
}

void Store::save_diagnostic(const plans::Diagnostic& diagnostic) {
    impl_->require_version(2, "diagnostics");
    store_detail::validate_for_store(diagnostic);
    impl_->write(Impl::Check::replaces, "save diagnostic", [&] {
        store_detail::write_diagnostic(impl_->db, diagnostic);
        return changed("diagnostic " + diagnostic.title, "saved");
    });
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
    impl_->write(Impl::Check::appends, "finding progress", [&] {
        auto stored =
            found_or_throw(store_detail::read_diagnostic(impl_->db, diagnostic_title), "diagnostic", diagnostic_title);
        plans::add_progress(stored, progress);
        store_detail::write_diagnostic(impl_->db, stored);
        return std::vector<StoreChange>{{"diagnostic " + stored.title + " finding " + std::to_string(progress.finding),
                                         "progress", "", progress.status + ": " + progress.note}};
    });
}

void Store::save_self_assessment(const plans::SelfAssessment& assessment) {
    impl_->require_version(2, "self-assessments");
    store_detail::validate_for_store(assessment);
    impl_->write(Impl::Check::replaces, "save self-assessment", [&] {
        store_detail::write_self_assessment(impl_->db, assessment);
        return changed("self-assessment " + assessment.title, "saved");
    });
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
